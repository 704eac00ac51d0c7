"""Scores the engine on a labelled question file: accuracy in domain, declines out of domain, false answers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.core.engine import Engine

NONE = "none"


@dataclass(frozen=True, slots=True)
class Labelled:
    """A question and the entry id it should get, or None when the bot should decline."""

    question: str
    expected: str | None


@dataclass(frozen=True, slots=True)
class Miss:
    """A question the engine got wrong."""

    question: str
    expected: str
    got: str
    score: int


@dataclass(frozen=True, slots=True)
class EvalReport:
    """The counts behind the three rates, and every miss."""

    in_domain: int
    correct: int
    out_of_domain: int
    declined: int
    false_answers: int
    misses: tuple[Miss, ...]

    @property
    def accuracy(self) -> float:
        """Top-1 accuracy on the questions the knowledge base answers."""
        return self.correct / self.in_domain if self.in_domain else 1.0

    @property
    def decline_rate(self) -> float:
        """The share of out-of-domain questions declined."""
        return self.declined / self.out_of_domain if self.out_of_domain else 1.0

    @property
    def false_rate(self) -> float:
        """The share of all questions answered with a wrong entry."""
        total = self.in_domain + self.out_of_domain
        return self.false_answers / total if total else 0.0


def load_labelled(path: Path, known_ids: set[str]) -> list[Labelled]:
    """The labelled questions of a YAML file; raises ValueError naming each malformed item."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of {{question: ..., expected: ...}} items")
    items, problems = [], []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("question"), str) or "expected" not in item:
            problems.append(f"{path}: item {number}: needs `question` (text) and `expected` (an entry id or none)")
            continue
        expected = str(item["expected"])
        if expected != NONE and expected not in known_ids:
            problems.append(f"{path}: item {number}: unknown entry id `{expected}`")
            continue
        items.append(Labelled(item["question"], None if expected == NONE else expected))
    if problems:
        raise ValueError("\n".join(problems))
    return items


def evaluate(engine: Engine, items: list[Labelled]) -> EvalReport:
    """Asks the engine every labelled question and counts the outcomes."""
    in_domain = correct = out_of_domain = declined = false_answers = 0
    misses = []
    for item in items:
        match = engine.match(item.question)
        got = match.entry.id if match.entry else None
        if item.expected is None:
            out_of_domain += 1
            declined += got is None
        else:
            in_domain += 1
            correct += got == item.expected
        if got != item.expected:
            false_answers += got is not None
            misses.append(Miss(item.question, item.expected or NONE, got or NONE, match.score))
    return EvalReport(in_domain, correct, out_of_domain, declined, false_answers, tuple(misses))


def render(report: EvalReport) -> str:
    """The report as text: the three rates, then a table of misses."""
    lines = [
        f"in-domain top-1 accuracy: {report.accuracy:.1%} ({report.correct}/{report.in_domain})",
        f"out-of-domain declined:   {report.decline_rate:.1%} ({report.declined}/{report.out_of_domain})",
        f"false answers:            {report.false_rate:.1%} "
        f"({report.false_answers}/{report.in_domain + report.out_of_domain})",
    ]
    if report.misses:
        lines += ["", f"{'score':>5}  {'expected':<28} {'got':<28} question"]
        lines += [f"{m.score:>5}  {m.expected:<28} {m.got:<28} {m.question}" for m in report.misses]
    return "\n".join(lines)
