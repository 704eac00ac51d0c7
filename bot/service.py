"""The knowledge base in service: one answerer at a time, replaced whole when `knowledge/` changes.

A reload builds the new engine beside the old one and then swaps a single reference, so a question is answered
wholly by the old knowledge base or wholly by the new one. An invalid edit never takes the bot down: the problems
are reported and the old knowledge base stays in service.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from bot.core.answerer import Answerer
from bot.core.conversation import Threads
from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeBase
from bot.core.loader import load_knowledge
from bot.core.problems import KnowledgeError
from bot.journal.recorder import Recorder
from bot.journal.store import Journal

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReloadResult:
    """What a reload changed, or the problems that kept the old knowledge base in service."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    edited: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the new knowledge base is in service."""
        return not self.problems


def fingerprint(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times of the knowledge files: it changes when any file does."""
    try:
        files = sorted(directory.glob("*.yaml"))
        return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files)
    except OSError:
        return ()


def changes(old: KnowledgeBase, new: KnowledgeBase) -> ReloadResult:
    """The entries added, removed and edited between two knowledge bases."""
    before, after = set(old.entries), set(new.entries)
    edited = sorted(i for i in before & after if old.entries[i] != new.entries[i])
    return ReloadResult(tuple(sorted(after - before)), tuple(sorted(before - after)), tuple(edited))


class KnowledgeService:
    """Holds the answerer in service and reloads it from `directory`."""

    def __init__(self, directory: Path, journal: Journal | None = None, knowledge: KnowledgeBase | None = None):
        self.directory = directory
        self.journal = journal
        self.recorder = Recorder(journal)
        self.threads = Threads()  # each chat's last answered question, kept across reloads
        self._fingerprint = fingerprint(directory)
        self.answerer = Answerer(Engine(knowledge or load_knowledge(directory)))
        self._reloading = threading.Lock()

    def reload(self) -> ReloadResult:
        """Loads `knowledge/` again; puts it in service if valid, else keeps the old one and says why."""
        with self._reloading:
            self._fingerprint = fingerprint(self.directory)
            try:
                knowledge = load_knowledge(self.directory)
            except KnowledgeError as error:
                for problem in error.problems:
                    log.error("knowledge not reloaded: %s", problem)
                return ReloadResult(problems=tuple(str(p) for p in error.problems))
            old = self.answerer.knowledge
            self.answerer = Answerer(Engine(knowledge))
        result = changes(old, knowledge)
        log.info(
            "knowledge reloaded: %d added, %d removed, %d edited",
            len(result.added),
            len(result.removed),
            len(result.edited),
        )
        return result

    def changed(self) -> bool:
        """Whether a knowledge file changed since the last load."""
        return fingerprint(self.directory) != self._fingerprint
