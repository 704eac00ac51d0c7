"""The one throttle gate: the per-user limit, applied before every other handler to each update that costs work."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.core import wording
from bot.telegram.throttle import Verdict
from handlers.context import bot_data_of
from handlers.messages import addressed_question


def costs_work(update: Update, username: str, bot_id: int) -> bool:
    """Whether answering this update costs work: a button press, an inline query, any message in a private chat, and
    in a group a message addressed to the bot (a mention, a reply to it, or a command). Group chatter costs nothing."""
    if update.callback_query is not None or update.inline_query is not None:
        return True
    message = update.message
    if message is None:
        return False
    if message.chat.type == ChatType.PRIVATE:
        return True
    return (message.text or "").startswith("/") or addressed_question(message, username, bot_id) is not None


async def throttle_gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Counts each update that costs work against its sender's limit; past it, says "slow down" once (in a private
    chat, or as a button's toast) and stops the update before any other handler."""
    user, throttle = update.effective_user, bot_data_of(context).throttle
    if user is None or throttle is None or not costs_work(update, context.bot.username, context.bot.id):
        return
    verdict = throttle.check(user.id)
    if verdict is Verdict.ALLOW:
        return
    warn = verdict is Verdict.WARN
    if update.callback_query is not None:
        await update.callback_query.answer(wording.SLOW_DOWN if warn else None)
    elif warn and update.message is not None and update.message.chat.type == ChatType.PRIVATE:
        await update.message.reply_text(wording.SLOW_DOWN)
    raise ApplicationHandlerStop
