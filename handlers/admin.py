"""Maintainers' commands, for ADMIN_IDS only: /stats, /unanswered, /reload. Anyone else gets the same reply as
for a command the bot does not have."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.core import wording
from bot.core.replies import Reply
from bot.journal.stats import reload_text, stats_text, unanswered_text
from bot.telegram.send import send_reply
from handlers.context import is_admin, service_of


async def _allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether the sender is an admin; if not, answers as for an unknown command (silence in groups)."""
    if is_admin(update, context):
        return True
    message = update.effective_message
    if message is not None and message.chat.type == ChatType.PRIVATE:
        await message.reply_text(wording.UNKNOWN_COMMAND)
    return False


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Shows today's and the week's questions, answer rates, top entries, feedback and top unanswered."""
    if update.effective_message and await _allowed(update, context):
        journal = service_of(context).journal
        text = stats_text(journal.stats() if journal else None)
        await send_reply(update.effective_message, Reply(text))


async def unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Lists the most frequent unanswered questions of the last 30 days, grouped by similarity."""
    if update.effective_message and await _allowed(update, context):
        await send_reply(update.effective_message, Reply(unanswered_text(service_of(context).journal)))


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reloads knowledge/ and says what changed, or why the old knowledge base stays in service."""
    if update.effective_message and await _allowed(update, context):
        result = await asyncio.to_thread(service_of(context).reload)
        await send_reply(update.effective_message, Reply(reload_text(result)))
