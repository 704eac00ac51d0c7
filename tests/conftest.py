"""Shared fixtures: the real knowledge base (content tests) and a small made-up one (plumbing tests), each loaded
once; the engine and answerer built on the real one; and the Telegram side on either, a journal in tmp_path."""

from __future__ import annotations

from collections.abc import AsyncIterator, Hashable, Iterator
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.core.answerer import Answerer
from bot.core.conversation import Threads
from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeBase
from bot.core.loader import load_knowledge
from bot.core.replies import Reply
from bot.journal.store import Journal
from bot.service import KnowledgeService
from tests.helpers import Ask, BotSession, open_session

DATA_DIR = Path(__file__).parent / "data"
FIXTURE_KNOWLEDGE_DIR = Path(__file__).parent / "fixtures" / "knowledge"  # 3 made-up entries, for plumbing tests


@pytest.fixture
def ask(answerer: Answerer) -> Ask:
    """Asks as a front end does: in a chat, a follow-up is read after that chat's last answered question."""
    threads = Threads()

    def asking(question: str, chat: Hashable = "default") -> Reply:
        reply = answerer.ask(question, threads.last(chat))
        threads.remember(chat, reply.read_as)
        return reply

    return asking


@pytest.fixture(scope="session")
def knowledge() -> KnowledgeBase:
    return load_knowledge(DEFAULT_KNOWLEDGE_DIR)


@pytest.fixture(scope="session")
def fixture_knowledge() -> KnowledgeBase:
    return load_knowledge(FIXTURE_KNOWLEDGE_DIR)


@pytest.fixture(scope="session")
def engine(knowledge: KnowledgeBase) -> Engine:
    return Engine(knowledge)


@pytest.fixture(scope="session")
def answerer(engine: Engine) -> Answerer:
    return Answerer(engine)


@pytest.fixture
def service(fixture_knowledge: KnowledgeBase, tmp_path: Path) -> Iterator[KnowledgeService]:
    """The plumbing tests' service: the made-up knowledge base, a journal in tmp_path."""
    journal = Journal(tmp_path / "journal.sqlite3", b"k" * 32, retention_days=180)
    yield KnowledgeService(FIXTURE_KNOWLEDGE_DIR, journal, fixture_knowledge)
    journal.close()


@pytest.fixture
def real_service(knowledge: KnowledgeBase, tmp_path: Path) -> Iterator[KnowledgeService]:
    """The content tests' service: the real knowledge base."""
    journal = Journal(tmp_path / "journal.sqlite3", b"k" * 32, retention_days=180)
    yield KnowledgeService(DEFAULT_KNOWLEDGE_DIR, journal, knowledge)
    journal.close()


@pytest.fixture
async def session(service: KnowledgeService) -> AsyncIterator[BotSession]:
    async for opened in open_session(service):
        yield opened


@pytest.fixture
async def real_session(real_service: KnowledgeService) -> AsyncIterator[BotSession]:
    async for opened in open_session(real_service):
        yield opened
