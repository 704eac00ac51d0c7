"""What handlers read from the application: the shared responder."""

from __future__ import annotations

from telegram.ext import ContextTypes

from bot.replies import Responder

RESPONDER_KEY = "responder"


def responder_of(context: ContextTypes.DEFAULT_TYPE) -> Responder:
    """The responder the application was built with."""
    responder: Responder = context.bot_data[RESPONDER_KEY]
    return responder
