"""Telegram handlers: each translates one kind of update into a core call and the reply back.

`register` is the one place where they are wired to an application, in order.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.service import KnowledgeService
from bot.telegram.throttle import Throttle
from handlers import admin
from handlers.buttons import button
from handlers.commands import about, ask, check, help_command, start, topics
from handlers.context import bot_data_of
from handlers.errors import back_online, on_error
from handlers.gate import throttle_gate
from handlers.inline import inline_query
from handlers.jobs import check_knowledge, prune_journal
from handlers.messages import group_question, not_text, private_question, unknown_command

# Edited messages and channel posts are left out of every filter below: they are ignored quietly.
NEW_MESSAGES = filters.UpdateType.MESSAGE
PRUNE_SECONDS = 6 * 3600


def register(
    application: Application,  # type: ignore[type-arg]
    service: KnowledgeService,
    admins: frozenset[int],
    throttle: Throttle,
    reload_seconds: float,
) -> None:
    """Wires the knowledge service, the admins, the per-user limit, every handler and the repeating jobs to the
    application."""
    shared = bot_data_of(application)
    shared.service, shared.throttle = service, throttle
    shared.admins.user_ids = admins
    # Groups -2 and -1 run before the others, for every update: the end of an outage is noted first, then the
    # per-user limit stops an update past it (ApplicationHandlerStop) before any handler does work for it.
    application.add_handler(TypeHandler(Update, back_online), group=-2)
    application.add_handler(TypeHandler(Update, throttle_gate), group=-1)
    # Commands come first so that a command is never read as a question.
    application.add_handler(CommandHandler("start", start, filters=NEW_MESSAGES))
    application.add_handler(CommandHandler("help", help_command, filters=NEW_MESSAGES))
    application.add_handler(CommandHandler("topics", topics, filters=NEW_MESSAGES))
    application.add_handler(CommandHandler("about", about, filters=NEW_MESSAGES))
    application.add_handler(CommandHandler("ask", ask, filters=NEW_MESSAGES))
    application.add_handler(CommandHandler("check", check, filters=NEW_MESSAGES))
    # Maintainers' commands, for ADMIN_IDS only (PTB's filters.User); anyone else's falls through to the unknown
    # command reply below in private chats, and to silence in groups.
    for_admins = NEW_MESSAGES & shared.admins
    application.add_handler(CommandHandler("stats", admin.stats, filters=for_admins))
    application.add_handler(CommandHandler("unanswered", admin.unanswered, filters=for_admins))
    application.add_handler(CommandHandler("reload", admin.reload, filters=for_admins))
    # Questions: any text in a private chat; in groups only text addressed to the bot (checked in the handler).
    text = NEW_MESSAGES & filters.TEXT & ~filters.COMMAND
    application.add_handler(MessageHandler(text & filters.ChatType.PRIVATE, private_question))
    application.add_handler(MessageHandler(text & filters.ChatType.GROUPS, group_question))
    # Anything else in a private chat gets one short hint: unknown commands, then stickers, photos, voice...
    private = NEW_MESSAGES & filters.ChatType.PRIVATE
    application.add_handler(MessageHandler(private & filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(private, not_text))
    application.add_handler(CallbackQueryHandler(button))
    application.add_handler(InlineQueryHandler(inline_query))
    application.add_error_handler(on_error)
    jobs = application.job_queue
    if jobs is None:  # pragma: no cover - the job-queue extra is a dependency
        raise RuntimeError("python-telegram-bot's job queue is missing: install python-telegram-bot[job-queue]")
    jobs.run_repeating(check_knowledge, interval=reload_seconds, first=reload_seconds, name="knowledge reload")
    jobs.run_repeating(prune_journal, interval=PRUNE_SECONDS, first=0, name="journal pruning")
