"""What python-telegram-bot runs and where a hand-written piece stays beside it, with the test that shows why."""

from __future__ import annotations

import asyncio
import html
import tomllib
from collections.abc import AsyncIterator
from types import SimpleNamespace

import pytest
import telegram
from packaging.requirements import Requirement
from packaging.version import Version

from bot.config import PROJECT_DIR
from bot.core import wording
from bot.service import KnowledgeService
from bot.telegram.delivery import PerChatOrder
from tests import updates
from tests.conftest import FIXTURE_KNOWLEDGE_DIR
from tests.helpers import BotSession, only, open_session, wait_for

ADMIN = updates.USER["id"]


def chat_update(chat_id: int) -> object:
    return SimpleNamespace(effective_chat=SimpleNamespace(id=chat_id))


async def test_a_busy_chat_does_not_hold_the_slots_other_chats_need() -> None:
    processor = PerChatOrder(2)
    release = asyncio.Event()
    done: list[str] = []

    async def handle(name: str, blocked: bool = False) -> None:
        if blocked:
            await release.wait()
        done.append(name)

    busy = [
        asyncio.create_task(processor.process_update(chat_update(1), handle(f"a{n}", blocked=n == 0))) for n in range(3)
    ]
    other = asyncio.create_task(processor.process_update(chat_update(2), handle("b")))
    try:
        await wait_for(lambda: done == ["b"])  # answered while chat 1's first update is still being handled
    finally:
        release.set()
        await asyncio.gather(*busy, other)
    assert done == ["b", "a0", "a1", "a2"]  # and chat 1's updates kept their order


@pytest.fixture
async def session() -> AsyncIterator[BotSession]:
    async for opened in open_session(KnowledgeService(FIXTURE_KNOWLEDGE_DIR), admins=frozenset({ADMIN})):
        yield opened


async def test_every_message_is_sent_as_html_by_default(session: BotSession) -> None:
    calls = []
    for update in (
        updates.command("/start"),
        updates.command("/nosuchcommand"),  # a plain reply: HTML by PTB's Defaults, not by hand
        updates.command("/stats", updates.private_chat(424242)),  # not an admin: the same plain reply
        updates.message("hello"),
    ):
        calls += await session.push(update)
    sent = [c for c in calls if c.method == "sendMessage"]
    assert len(sent) == 4 and sent[1].text == sent[2].text == wording.UNKNOWN_COMMAND
    assert all(c.params.get("parse_mode") == "HTML" for c in sent), [c.params for c in sent]


def test_the_plain_wording_is_safe_to_send_as_html() -> None:
    texts = {name: value for name, value in vars(wording).items() if name.isupper() and isinstance(value, str)}
    assert texts
    assert {name: value for name, value in texts.items() if html.escape(value, quote=False) != value} == {}


async def test_admin_commands_pass_ptbs_user_filter_only_for_admin_ids(session: BotSession) -> None:
    admins = session.application.bot_data.admins
    assert admins.user_ids == {ADMIN}
    assert only(await session.push(updates.command("/stats", updates.private_chat(ADMIN)))).text != (
        wording.UNKNOWN_COMMAND
    )
    admins.user_ids = set()  # no ADMIN_IDS: nobody, not everybody
    assert only(await session.push(updates.command("/stats", updates.private_chat(ADMIN)))).text == (
        wording.UNKNOWN_COMMAND
    )


def test_the_telegram_library_range_excludes_the_release_that_hangs_at_start_up() -> None:
    """22.4's run_polling(bootstrap_retries=-1) hangs at start-up (fixed upstream in 22.5): the range in
    pyproject.toml and the locked version must both be past it."""
    project = tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = next(Requirement(r) for r in project["project"]["dependencies"] if r.startswith("python-telegram-bot"))
    assert "22.4" not in wanted.specifier and "22.5" in wanted.specifier
    locked = (PROJECT_DIR / "requirements.lock").read_text(encoding="utf-8")
    assert Version(locked.split("python-telegram-bot==")[1].split()[0]) in wanted.specifier
    assert Version(telegram.__version__) in wanted.specifier
