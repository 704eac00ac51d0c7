"""The error handler: log what failed without personal data or secrets, tell a private-chat user briefly."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import NetworkError
from telegram.ext import ContextTypes

from bot.core import wording
from handlers.context import bot_data_of

log = logging.getLogger(__name__)
_UPDATE_KINDS = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "inline_query",
    "chosen_inline_result",
    "callback_query",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
)


async def back_online(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Notes the end of an outage when updates arrive again (runs before every other handler)."""
    shared = bot_data_of(context)
    if shared.outage:
        shared.outage = False
        log.warning("the Bot API is reachable again")


def update_kind(update: object) -> str:
    """Which kind of update this is (`message`, `callback_query`, ...), never who sent it."""
    if not isinstance(update, Update):
        return type(update).__name__
    return next((kind for kind in _UPDATE_KINDS if getattr(update, kind, None) is not None), "other")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Logs the failure with the update's kind (or the job's name) and, in a private chat, says something went wrong.
    A Bot API that cannot be reached while polling is logged once per outage (polling retries by itself)."""
    error = context.error
    if context.job is not None:
        log.error(
            "job %r failed: %s; it runs again at its next time", context.job.name, type(error).__name__, exc_info=error
        )
        return
    if update is None and isinstance(error, NetworkError):
        shared = bot_data_of(context)
        if not shared.outage:
            log.warning("the Bot API cannot be reached (%s); retrying with back-off", type(error).__name__)
        shared.outage = True
        return
    log.error("error handling a %s update: %s", update_kind(update), type(error).__name__, exc_info=error)
    if isinstance(update, Update) and update.effective_chat and update.effective_chat.type == ChatType.PRIVATE:
        message = update.effective_message
        if message is not None:
            try:
                await message.reply_text(wording.SORRY)
            except Exception:  # the reply failing too must not raise out of the error handler
                log.warning("could not tell the user about the error")
