"""Maintainers' commands, for ADMIN_IDS only: /stats, /unanswered, /reload. They are registered behind PTB's
`filters.User` (handlers/__init__.py), so anyone else's command falls through to the reply for a command the bot does
not have (silence in groups)."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import ContextTypes

from bot.core.replies import Reply
from bot.journal.stats import reload_text, stats_text, unanswered_text
from bot.telegram.send import send_reply
from handlers.context import service_of


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Shows today's and the week's questions (answered, honest, declined, suggested), top entries, feedback and top
    unanswered."""
    if update.effective_message:
        journal = service_of(context).journal
        text = stats_text(journal.stats() if journal else None)
        await send_reply(update.effective_message, Reply(text))


async def unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Lists the most frequent unanswered questions of the last 30 days, grouped by similarity."""
    if update.effective_message:
        await send_reply(update.effective_message, Reply(unanswered_text(service_of(context).journal)))


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reloads knowledge/ and says what changed, or why the old knowledge base stays in service."""
    if update.effective_message:
        result = await asyncio.to_thread(service_of(context).reload)
        await send_reply(update.effective_message, Reply(reload_text(result)))
