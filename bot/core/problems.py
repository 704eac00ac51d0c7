"""What the knowledge-base check reports: each mistake as `FILE:LINE: message`, where values read from YAML stand,
and the error that carries every mistake of one run."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True, slots=True)
class Problem:
    """One mistake in the knowledge base, where it is and how to fix it."""

    file: str
    line: int
    message: str
    cause: bool = False  # a mistake others follow from (a file that does not parse or is empty): listed first

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge base is invalid; `problems` lists every mistake found in one run (those others follow from
    first), and `unchecked` says what they kept from being checked ('' when nothing)."""

    def __init__(self, problems: list[Problem], unchecked: str = "") -> None:
        self.problems = sorted(problems, key=lambda p: (not p.cause, p.file, p.line, p.message))
        self.unchecked = unchecked
        super().__init__("\n".join([*(str(p) for p in self.problems), *([unchecked] if unchecked else [])]))


@dataclass(slots=True)
class Located:
    """A value read from YAML with the file and line it came from."""

    value: str
    file: str
    line: int


def line(node: yaml.Node | None) -> int:
    """The line a node starts on, counted from 1 (1 for no node)."""
    return node.start_mark.line + 1 if node is not None else 1


def display(path: Path) -> str:
    """A path as problems name it: relative to the current directory, unless it lies outside it."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative
