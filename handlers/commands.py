"""Commands: /start, /help, /topics, /about, /ask and /check."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.core import wording
from bot.core.answerer import for_group
from bot.core.replies import Reply
from handlers.context import answer, answerer_of, prefers_traditional, send


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greets the user with what the bot answers and the topics."""
    await send(update, context, answerer_of(context).welcome())


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explains how to ask, the commands and inline use."""
    await send(update, context, answerer_of(context).help())


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Lists the topics to browse."""
    await send(update, context, answerer_of(context).topics())


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Names the sources and the dates of their figures."""
    await send(update, context, answerer_of(context).about())


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers `/ask 问题` in any chat; in groups replying to it, a decline as one short line."""
    message = update.effective_message
    if message is None:
        return
    question = " ".join(context.args or [])
    in_group = message.chat.type != ChatType.PRIVATE
    if not question:
        await send(update, context, Reply(wording.ASK_USAGE), quote=in_group)
        return
    reply = answer(update, context, question)
    await send(update, context, for_group(reply) if in_group else reply, quote=in_group)


async def check(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Starts the step-by-step eligibility self-check, in the script of the user's Telegram language (or of the
    details after the command: /check 本科 社工专业 1年 starts with the facts they give, as the terminal's does)."""
    message = update.effective_message
    if message is None:
        return
    reply = answerer_of(context).check_with(" ".join(context.args or []), traditional=prefers_traditional(update))
    await send(update, context, reply, quote=message.chat.type != ChatType.PRIVATE)
