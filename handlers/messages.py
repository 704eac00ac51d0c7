"""Text messages: questions (or answers typed to /check) in private chats, and in groups when the bot is mentioned or
replied to."""

from __future__ import annotations

from telegram import Message, MessageEntity, Update
from telegram.ext import ContextTypes

from bot.core import wording
from bot.core.answerer import for_group
from handlers.context import reply_to, send


async def private_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers a question asked in a private chat, or an answer typed to /check instead of tapped."""
    message = update.effective_message
    if message is None or not message.text:
        return
    await send(update, context, reply_to(update, context, message.text))


async def group_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers a group message addressed to the bot (or an answer typed to /check), quoting it; declines in a line."""
    message = update.effective_message
    if message is None or not message.text:
        return
    question = addressed_question(message, context.bot.username, context.bot.id)
    if question is None:
        return
    await send(update, context, for_group(reply_to(update, context, question)), quote=True)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Gives one short hint for stickers, photos, voice and the like in a private chat."""
    if update.effective_message:
        await update.effective_message.reply_text(wording.NOT_TEXT_HINT)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Points to /help when a private chat sends a command the bot does not have."""
    if update.effective_message:
        await update.effective_message.reply_text(wording.UNKNOWN_COMMAND)


def addressed_question(message: Message, username: str, bot_id: int) -> str | None:
    """The question in a group message that mentions the bot or replies to it, without the mention; else None."""
    mention = f"@{username}".casefold()
    text = message.text or ""
    mentions = [
        entity
        for entity in message.entities
        if entity.type == MessageEntity.MENTION and _slice(text, entity)[1].casefold() == mention
    ]
    replied = message.reply_to_message
    replied_to_bot = replied is not None and replied.from_user is not None and replied.from_user.id == bot_id
    if not mentions and not replied_to_bot:
        return None
    for entity in sorted(mentions, key=lambda e: e.offset, reverse=True):
        before, _, after = _slice(text, entity)
        text = before + after
    return text.strip() or None


def _slice(text: str, entity: MessageEntity) -> tuple[str, str, str]:
    """The text before, inside and after an entity. Telegram counts offsets in UTF-16 code units; an entity that
    splits a character or runs past the text is cut to what it covers, never an error."""
    encoded = text.encode("utf-16-le", errors="surrogatepass")
    start, end = entity.offset * 2, (entity.offset + entity.length) * 2

    def decode(part: bytes) -> str:
        return part.decode("utf-16-le", errors="ignore")

    return decode(encoded[:start]), decode(encoded[start:end]), decode(encoded[end:])
