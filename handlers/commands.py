"""Commands: /start, /help, /topics, /about and /ask."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.core.replies import Outcome, Reply
from bot.telegram.send import send_reply
from handlers.context import asker_of, may_answer, responder_of

COMMANDS = (
    ("start", "开始使用，按话题浏览"),
    ("topics", "按话题浏览全部问题"),
    ("ask", "提问，例如 /ask 社工证怎么考（群聊里用）"),
    ("help", "怎么提问"),
    ("about", "资料来源和数据时间"),
)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greets the user with what the bot answers and the topics."""
    if update.effective_message:
        await send_reply(update.effective_message, responder_of(context).welcome())


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explains how to ask, the commands and inline use."""
    if update.effective_message:
        await send_reply(update.effective_message, responder_of(context).help())


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Lists the topics to browse."""
    if update.effective_message:
        await send_reply(update.effective_message, responder_of(context).topics())


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Names the sources and the dates of their figures."""
    if update.effective_message:
        await send_reply(update.effective_message, responder_of(context).about())


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers `/ask 问题` in any chat; in groups it stays silent when it has no answer."""
    message = update.effective_message
    if message is None:
        return
    question = " ".join(context.args or [])
    in_group = message.chat.type != ChatType.PRIVATE
    if not question:
        await send_reply(message, Reply("用法：/ask 你的问题，例如 /ask 社工证怎么考"), quote=in_group)
        return
    if not await may_answer(update, context, warn=not in_group):
        return
    reply = responder_of(context).ask(question, asker_of(update))
    if in_group and reply.outcome is Outcome.DECLINED:
        return
    await send_reply(message, reply, quote=in_group)
