"""Text messages: questions in private chats, and in groups when the bot is mentioned or replied to."""

from __future__ import annotations

from telegram import Message, MessageEntity, Update
from telegram.ext import ContextTypes

from bot.replies import Outcome
from bot.text import is_traditional
from handlers.context import asker_of, responder_of
from handlers.send import send_reply

NOT_TEXT_HINT = "我只能回答文字问题，请直接用文字提问，或发送 /topics 浏览全部问题。"
UNKNOWN_COMMAND = "没有这个命令。发送 /help 查看怎么提问和全部命令。"


async def private_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers a question asked in a private chat."""
    message = update.effective_message
    if message is None or not message.text:
        return
    reply = responder_of(context).ask(message.text, asker_of(update))
    await send_reply(message, reply, is_traditional(message.text))


async def group_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers a group message addressed to the bot; never posts a decline into a group."""
    message = update.effective_message
    if message is None or not message.text:
        return
    question = addressed_question(message, context.bot.username, context.bot.id)
    if question is None:
        return
    reply = responder_of(context).ask(question, asker_of(update))
    if reply.outcome is not Outcome.DECLINED:
        await send_reply(message, reply, is_traditional(question), quote=True)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Gives one short hint for stickers, photos, voice and the like in a private chat."""
    if update.effective_message:
        await update.effective_message.reply_text(NOT_TEXT_HINT)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Points to /help when a private chat sends a command the bot does not have."""
    if update.effective_message:
        await update.effective_message.reply_text(UNKNOWN_COMMAND)


def addressed_question(message: Message, username: str, bot_id: int) -> str | None:
    """The question in a group message that mentions the bot or replies to it, without the mention; else None."""
    mention = f"@{username}".casefold()
    mentions = [
        entity
        for entity in message.entities
        if entity.type == MessageEntity.MENTION and message.parse_entity(entity).casefold() == mention
    ]
    replied = message.reply_to_message
    replied_to_bot = replied is not None and replied.from_user is not None and replied.from_user.id == bot_id
    if not mentions and not replied_to_bot:
        return None
    text = message.text or ""
    for entity in sorted(mentions, key=lambda e: e.offset, reverse=True):
        text = _without(text, entity)
    return text.strip() or None


def _without(text: str, entity: MessageEntity) -> str:
    """The text without one entity (Telegram counts offsets in UTF-16 code units)."""
    encoded = text.encode("utf-16-le")
    return (encoded[: entity.offset * 2] + encoded[(entity.offset + entity.length) * 2 :]).decode("utf-16-le")
