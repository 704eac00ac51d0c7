"""Shared fixtures: the real knowledge base (content tests) and a small made-up one (plumbing tests), each loaded
once, and the engine and answerer built on the real one."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.core.answerer import Answerer
from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeBase
from bot.core.loader import load_knowledge

DATA_DIR = Path(__file__).parent / "data"
FIXTURE_KNOWLEDGE_DIR = Path(__file__).parent / "fixtures" / "knowledge"  # 3 made-up entries, for plumbing tests


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
