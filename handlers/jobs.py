"""Repeating jobs on PTB's job queue: the knowledge reload check and journal pruning. A job that fails reaches the
error handler and runs again at its next time."""

from __future__ import annotations

import asyncio
import logging

from telegram.ext import ContextTypes

from handlers.context import service_of

log = logging.getLogger(__name__)


async def check_knowledge(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reloads `knowledge/` when a file in it changed since the last load."""
    service = service_of(context)
    if service.changed():
        await asyncio.to_thread(service.reload)


async def prune_journal(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Deletes journal records older than RETENTION_DAYS."""
    journal = service_of(context).journal
    if journal is not None:
        pruned = await asyncio.to_thread(journal.prune)
        log.info("journal pruned: %d old records", pruned)
