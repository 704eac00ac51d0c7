"""Helpers shared by the tests: settings, a session that records what the bot sent, waiting for conditions."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from telegram import Bot, Update
from telegram.ext import Application, Updater

from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.core.answerer import Answerer
from bot.core.engine import Engine
from bot.core.replies import Button, Outcome, Reply
from bot.journal.recorder import Recorder
from bot.journal.store import MIGRATIONS, Asker, Journal
from bot.service import KnowledgeService
from bot.telegram.app import build_application
from tests.bot_process import WAIT_SECONDS, free_port
from tests.fake_bot_api import TOKEN, Call, FakeBotApi, FakeBotApiServer, RecordingRequest

Ask = Callable[..., Reply]  # a question (and a chat) in, the reply out: the `ask` fixture


def answered(reply: Reply) -> str | None:
    """The id of the entry a reply answers with, or None."""
    return reply.match.entry.id if reply.match is not None and reply.match.entry is not None else None


def buttons(reply: Reply) -> list[str]:
    """The labels of a reply's buttons, row by row."""
    return [b.label for row in reply.buttons for b in row]


def values(reply: Reply) -> list[str]:
    """What a reply's buttons lead to (entry ids for entries), row by row."""
    return [b.value for row in reply.buttons for b in row]


def verdict_of(reply: Reply) -> str:
    """An eligibility verdict's own lines: the text before the /check hint (a verdict has no entry and no buttons)."""
    assert reply.outcome is Outcome.ANSWERED and reply.match is None, reply.text
    assert reply.buttons == ()
    return reply.text.split("\n（按你说的情况判断")[0]


def settings(data_dir: Path, admins: frozenset[int] = frozenset()) -> Settings:
    return Settings(
        token=TOKEN,
        knowledge_dir=DEFAULT_KNOWLEDGE_DIR,
        api_base_url="https://api.telegram.invalid/bot",
        webhook_url="",
        webhook_secret="",
        listen="127.0.0.1",
        port=8443,
        log_level="INFO",
        data_dir=data_dir,
        retention_days=180,
        admin_ids=admins,
        reload_seconds=0.2,
        questions_per_minute=20,
    )


class BotSession:
    """Push an update in, get back exactly what the bot sent in reply."""

    def __init__(self, application: Application, api: FakeBotApi) -> None:  # type: ignore[type-arg]
        self.application = application
        self.api = api

    async def push(self, update: dict[str, Any]) -> list[Call]:
        before = len(self.api.calls)
        await self.application.process_update(Update.de_json(update, self.application.bot))
        return self.api.calls[before:]


async def open_session(service: KnowledgeService, admins: frozenset[int] = frozenset()) -> AsyncIterator[BotSession]:
    api = FakeBotApi()
    application = build_application(settings(service.directory, admins), service, request=RecordingRequest(api))
    await application.initialize()
    try:
        yield BotSession(application, api)
    finally:
        await application.shutdown()


def only(calls: list[Call], method: str = "sendMessage") -> Call:
    assert [c.method for c in calls] == [method], calls
    return calls[0]


async def wait_for(condition: Callable[[], bool]) -> None:
    for _ in range(WAIT_SECONDS * 20):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("timed out waiting for the bot")  # pragma: no cover


def to_chat(api: FakeBotApi, chat_id: int) -> list[Call]:
    return [c for c in api.sent() if int(c.params["chat_id"]) == chat_id]


@contextlib.asynccontextmanager
async def ptbs_own_webhook(secret: str) -> AsyncIterator[FakeBotApi]:
    """PTB's own webhook server (`Updater.start_webhook`) on 127.0.0.1, registered with a fake Bot API, which it
    yields (`webhook_port` is the server's port); for the tests that show why the bot runs its own."""
    api = FakeBotApi()
    api.webhook_port = free_port()
    server = FakeBotApiServer(api)
    server.start()
    updater = Updater(Bot(TOKEN, base_url=server.base_url), asyncio.Queue())
    try:
        async with updater:
            await updater.start_webhook(
                "127.0.0.1", api.webhook_port, "hook", webhook_url="https://bot.example.org/hook", secret_token=secret
            )
            try:
                yield api
            finally:
                await updater.stop()
    finally:
        await server.stop()


class FailingAnswerer(Answerer):
    """An answerer whose every question fails, for testing what the handlers do with an error."""

    def ask(self, question: str, previous: str | None = None) -> Reply:
        raise RuntimeError("engine exploded")


class Asking:
    """The answerer and the recorder, used together as the Telegram handlers use them."""

    def __init__(self, engine: Engine, journal: Journal | None) -> None:
        self.answerer = Answerer(engine)
        self.recorder = Recorder(journal)

    def ask(self, question: str, asker: Asker) -> Reply:
        return self.recorder.question(self.answerer.ask(question), asker, question)

    def press(self, button: Button, asker: Asker) -> Reply | None:
        self.recorder.press(button, asker, self.answerer.knowledge.entries)
        return self.answerer.press(button)


def stored_after_upgrade(path: Path, version: int, question: str) -> str:
    """The question as stored once a journal written at schema `version`, holding only it, is opened again."""
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(f"BEGIN; {MIGRATIONS[0]} {MIGRATIONS[1]} PRAGMA user_version = {version}; COMMIT;")
    old.execute(
        "INSERT INTO questions (at, day, chat_type, user_key, question, outcome, entry_id, score) "
        "VALUES ('2026-11-28T12:00:00+00:00', '2026-11-28', 'private', 'k', ?, 'declined', NULL, 20)",
        (question,),
    )
    old.close()
    Journal(path, b"k" * 32, 180).close()
    [(stored,)] = sqlite3.connect(path).execute("SELECT question FROM questions").fetchall()
    return str(stored)
