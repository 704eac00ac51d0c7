"""`python -m bot report`: unanswered and unsure questions grouped by similarity, each with its count, examples
and the nearest entry, as Markdown, CSV, or YAML stubs ready to paste into knowledge/ (new phrasings for the
nearest entry, or a new entry). Groups of five or more are marked as suggestions, as active learning does."""

from __future__ import annotations

import csv
import io
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import yaml

from bot.config import Settings
from bot.core.engine import Engine
from bot.journal.grouping import group_similar
from bot.journal.store import Journal, Record

SUGGEST_AT = 5  # a group this large is marked as a suggestion
EXAMPLES = 5
AGE_RE = re.compile(r"^(\d+)([dw])$")


@dataclass(frozen=True, slots=True)
class Finding:
    """One group of similar questions and what to do about it."""

    question: str
    count: int
    examples: tuple[str, ...]
    nearest: str | None  # the nearest existing entry, if any
    nearest_score: int
    picked: tuple[tuple[str, int], ...]  # suggestions users picked for these questions, with counts

    @property
    def suggested(self) -> bool:
        """Whether enough people asked this to act on it."""
        return self.count >= SUGGEST_AT

    @property
    def target(self) -> str | None:
        """The entry users picked most for these questions, if they picked one: they belong there."""
        chosen = [entry for entry, _ in self.picked if entry != "none"]
        return chosen[0] if chosen else None


def parse_age(text: str) -> timedelta:
    """`7d` or `2w` as a duration; raises ValueError otherwise."""
    found = AGE_RE.match(text.strip())
    if not found:
        raise ValueError(f"--since takes a number of days or weeks, like 7d or 2w, not {text!r}")
    return timedelta(days=int(found[1]) * (7 if found[2] == "w" else 1))


def findings(engine: Engine, records: list[Record]) -> list[Finding]:
    """The records grouped by similarity, each group with its nearest entry and the suggestions users picked."""
    result = []
    for group in group_similar(r.question for r in records):
        members = set(group.examples)
        picked = Counter(r.picked for r in records if r.question in members and r.picked)
        nearest = engine.nearest(group.representative)
        result.append(
            Finding(
                question=group.representative,
                count=group.count,
                examples=tuple(q for q, _ in group.examples.most_common(EXAMPLES)),
                nearest=nearest[0].id if nearest else None,
                nearest_score=nearest[1] if nearest else 0,
                picked=tuple(picked.most_common()),
            )
        )
    return result


def as_markdown(found: list[Finding]) -> str:
    lines = [
        "| count | suggestion | question | examples | nearest entry (score) | picked |",
        "| ---: | :---: | --- | --- | --- | --- |",
    ]
    for f in found:
        picked = ", ".join(f"{entry} ×{n}" for entry, n in f.picked) or "—"
        nearest = f"{f.nearest} ({f.nearest_score})" if f.nearest else "—"
        lines.append(
            f"| {f.count} | {'★' if f.suggested else ''} | {f.question} | {'；'.join(f.examples)} | "
            f"{nearest} | {picked} |"
        )
    return "\n".join(lines)


def as_csv(found: list[Finding]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["count", "suggestion", "question", "examples", "nearest", "nearest_score", "picked"])
    for f in found:
        writer.writerow(
            [
                f.count,
                int(f.suggested),
                f.question,
                "；".join(f.examples),
                f.nearest or "",
                f.nearest_score,
                ";".join(f"{e}:{n}" for e, n in f.picked),
            ]
        )
    return out.getvalue()


def as_yaml(found: list[Finding], engine: Engine) -> str:
    """Stubs to paste: new phrasings for the entry users picked, or else a new entry to write and source."""
    stubs: list[dict[str, object]] = []
    for number, f in enumerate(found, start=1):
        note = f"{f.count} questions" + (" — suggested" if f.suggested else "")
        if f.nearest and not f.target:
            note += f"; nearest entry: {f.nearest} ({f.nearest_score})"
        target = f.target
        if target and target in engine.knowledge.entries:
            stubs.append({"note": note, "entry": target, "add_phrasings": list(f.examples)})
        else:
            stubs.append(
                {
                    "note": note,
                    "new_entry": {
                        "id": f"new-question-{number}",
                        "question": f.question,
                        "phrasings": list(f.examples),
                        "answer": "TODO: answer from ../shared/sources only, or decline honestly",
                        "source": {"ref": "TODO", "as_of": "TODO"},
                        "related": [],
                    },
                }
            )
    return yaml.safe_dump(stubs, allow_unicode=True, sort_keys=False)


def report(engine: Engine, settings: Settings, since: str, output: str) -> int:
    """Prints the report; returns the exit status."""
    try:
        age = parse_age(since)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    journal = Journal.open(settings.data_dir, settings.retention_days)
    if journal is None:
        print(f"error: cannot open the journal in {settings.data_dir}", file=sys.stderr)
        return 1
    found = findings(engine, journal.unsure((datetime.now(UTC) - age).date()))
    journal.close()
    text = {"md": as_markdown, "csv": as_csv}.get(output, lambda f: as_yaml(f, engine))(found)
    print(text.rstrip("\n"))
    return 0
