"""`python -m bot report`: unanswered and unsure questions grouped by similarity, each with its count, examples and
the nearest entry, as Markdown, CSV, or a YAML topic file to save into knowledge/ as it is (new entries with their
phrasings, and new phrasings for the entry users picked). Groups of five or more are marked as suggestions, as active
learning does. Questions the bot reads as off topic or as small talk are set apart: no entry is proposed for them."""

from __future__ import annotations

import csv
import io
import re
import sys
import textwrap
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import yaml

from bot.config import Settings
from bot.core import wording
from bot.core.conversation import SmallTalkReader
from bot.core.engine import Engine
from bot.core.knowledge import Entry
from bot.core.match import Match
from bot.journal.grouping import group_similar
from bot.journal.label import label
from bot.journal.placeholders import PLACEHOLDER_RE
from bot.journal.reading import Kind, kind_of
from bot.journal.store import DATABASE_FILE, Journal, Record

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
    kind: Kind  # what the bot makes of the question now: only a question of its subject is proposed

    @property
    def suggested(self) -> bool:
        """Whether enough people asked this to act on it."""
        return self.count >= SUGGEST_AT

    def picks(self, none: str = "none") -> str:
        """The suggestions picked, with counts, 都不是 written as `none`; empty when nothing was picked."""
        return ", ".join(f"{none if entry == 'none' else entry} ×{n}" for entry, n in self.picked)

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
    try:
        return timedelta(days=int(found[1]) * (7 if found[2] == "w" else 1))
    except OverflowError:
        raise ValueError(f"--since {text} is too far back; the journal keeps at most RETENTION_DAYS") from None


def since_day(text: str, now: datetime) -> date:
    """The first day an age like `7d` covers, counted back from `now`; raises ValueError, in one line, otherwise."""
    age = parse_age(text)
    try:
        return (now - age).date()
    except OverflowError:
        raise ValueError(f"--since {text} is too far back; the journal keeps at most RETENTION_DAYS") from None


def findings(engine: Engine, records: list[Record]) -> list[Finding]:
    """The records grouped by similarity, each group with its nearest entry, the suggestions users picked and its
    kind."""
    smalltalk = SmallTalkReader(engine.knowledge.smalltalk)
    result = []
    for group in group_similar(r.question for r in records):
        picked = Counter(r.picked for r in records if r.picked and group.holds(r.question))
        match = engine.match(group.headline)
        nearest = _nearest(engine, match)
        result.append(
            Finding(
                question=group.headline,
                count=group.count,
                examples=tuple(q for q, _ in group.examples.most_common(EXAMPLES)),
                nearest=nearest[0].id if nearest else None,
                nearest_score=nearest[1] if nearest else 0,
                picked=tuple(picked.most_common()),
                kind=kind_of(match, engine, smalltalk),
            )
        )
    return result


def _nearest(engine: Engine, match: Match) -> tuple[Entry, int] | None:
    """The entry the bot answers a question with, or else the first it offers, with the score it gives the question
    (as the journal records it); for a question it offers nothing for, the nearest entry however weak."""
    if chosen := match.entry or next(iter(match.suggestions), None):
        return chosen, match.score
    return engine.nearest(match.question)


# The kinds set apart from the proposals (only a question of the subject is proposed): a title and what to do.
SET_APART = {
    Kind.OFF_TOPIC: (
        "not about social work",
        "The bot declines these as off topic, so no entry is proposed for them; a message sent often can get a "
        "one-line reply in knowledge/smalltalk.yaml.",
    ),
    Kind.SMALL_TALK: ("small talk", "The bot now answers these from knowledge/smalltalk.yaml: nothing to do."),
}


def _of_kind(found: list[Finding], kind: Kind) -> list[Finding]:
    return [f for f in found if f.kind is kind]


# What a maintainer who has never seen the Markdown report needs to read its table.
MARKDOWN_KEY = (
    f"One row per group of similar questions, most asked first. ★: asked {SUGGEST_AT} times or more. examples: up to "
    f"{EXAMPLES} ways it was asked, with personal data masked ([姓名], [年龄] …). nearest entry: what the bot "
    "answers or offers first for it now, with its score (0–100). picked: the entries askers chose among the bot's "
    "suggestions (none: 都不是); the question belongs in that entry's phrasings. `--format yaml` drafts the other rows "
    "as new entries."
)

NONE_TO_REPORT = "None since then: nothing to add to knowledge/."


def as_markdown(found: list[Finding], first_day: date) -> str:
    """The questions of the subject in one table with a key (or a line saying there are none), then each kind set
    apart in a table of its own."""
    subject = _of_kind(found, Kind.SUBJECT)
    title = f"## Questions about social work the bot could not answer, or was unsure of, since {first_day.isoformat()}"
    table = [
        "| count | ★ | question | examples | nearest entry (score) | picked |",
        "| ---: | :---: | --- | --- | --- | --- |",
    ]
    lines = [title, "", MARKDOWN_KEY, "", *table] if subject else [title, "", NONE_TO_REPORT]
    for f in subject:
        picked = f.picks() or "—"
        nearest = f"{f.nearest} ({f.nearest_score})" if f.nearest else "—"
        lines.append(
            f"| {f.count} | {'★' if f.suggested else ''} | {f.question} | {'；'.join(f.examples)} | "
            f"{nearest} | {picked} |"
        )
    for kind, (title, what) in SET_APART.items():
        if apart := _of_kind(found, kind):
            lines += ["", f"## Set apart: {title}", "", what, ""]
            lines += ["| count | question | examples |", "| ---: | --- | --- |"]
            lines += [f"| {f.count} | {f.question} | {'；'.join(f.examples)} |" for f in apart]
    return "\n".join(lines)


def as_csv(found: list[Finding]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["count", "suggestion", "question", "examples", "nearest", "nearest_score", "picked", "kind"])
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
                f.kind.value,
            ]
        )
    return out.getvalue()


STUB_FILE = "new-questions.yaml"
# The introduction of a draft with new entries, and of one without, which is no topic file to save.
SAVE_AS = (
    "# yaml-language-server: $schema=knowledge.schema.json",
    "# From `python -m bot report --format yaml`: questions the bot could not answer. Save as",
    f"# knowledge/{STUB_FILE} (or move each entry into its topic file), write each answer from the sources,",
    "# cite them under `sources`, give each entry at least six phrasings, then run `make validate`: it names,",
    "# by FILE:LINE, every field still to fill in. Until then the bot keeps the knowledge base it has.",
)
NOTHING_TO_SAVE = (
    "# From `python -m bot report --format yaml`: no new entry to draft, so nothing to save into knowledge/",
    "# (as a file it would hold no topic and stop `make validate`).",
)
REWORDING = "needs rewording (personal data masked), so not drafted as a phrasing:"
COMMENT_WIDTH = 110
STUB_CATEGORY = {"id": "new-questions", "title": "新问题（待写答案）", "order": 99}


def _dump(value: object) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=1000)


def _distinct(engine: Engine, texts: list[str]) -> list[str]:
    """The texts but those the engine reads as one before them (which the loader would reject as repeated)."""
    seen: set[str] = set()
    kept = []
    for text in texts:
        if (read := engine.normalizer.normalize(text)) not in seen:
            seen.add(read)
            kept.append(text)
    return kept


def _rewording(examples: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The examples to draft as phrasings, and comment lines listing those with a placeholder ([姓名]), which are
    never drafted: a maintainer rewords them first (the engine would read the placeholder as words)."""
    plain = [example for example in examples if not PLACEHOLDER_RE.search(example)]
    masked = [example for example in examples if PLACEHOLDER_RE.search(example)]
    comments = [f"# {REWORDING}", *(f"#   {example}" for example in masked)] if masked else []
    return plain, comments


def as_yaml(found: list[Finding], engine: Engine) -> str:
    """A topic file to save as `knowledge/new-questions.yaml` as it is: one entry per group of questions, with a
    label the loader accepts as its question (bot.journal.label), its examples as phrasings, an empty `answer` and
    no `sources`, so `make validate` names by FILE:LINE exactly what the maintainer must write (and the bot never
    serves an unwritten entry). Questions whose askers picked an existing entry become
    commented phrasing lines to paste under that entry's `phrasings:`; those set apart (off topic, small talk) are
    listed in comments, never as entries. A question with a placeholder is never drafted as a phrasing: it is listed
    in a comment as needing rewording. Without a new entry, the draft says it is no file to save."""
    notes: list[str] = []  # the comments after the introduction: phrasings to paste, questions set apart
    entries: list[str] = []  # each new entry, under a comment on its questions
    for f in _of_kind(found, Kind.SUBJECT):
        note = f"{f.count} question{'' if f.count == 1 else 's'}" + (" (often asked: first)" if f.suggested else "")
        target = f.target
        if target and target in engine.knowledge.entries:
            topic = engine.knowledge.entries[target].category_id
            plain, rewording = _rewording(f.examples)
            notes += [
                "#",
                f"# {note}; askers picked {f.picks(wording.NONE_OF_THESE)}",
                f"# paste under the `phrasings:` of `{target}` (topic {topic}):",
            ]
            notes += [f"#   {line}" for line in _dump(plain).splitlines()] if plain else []
            notes += rewording
            continue
        if f.nearest:
            note += f"; nearest entry: {f.nearest} ({f.nearest_score})"
        question = label(f.question)
        plain, rewording = _rewording(f.examples)
        stub = {
            "id": f"new-question-{len(entries) + 1}",
            "question": question,
            "phrasings": _distinct(engine, [question, *plain])[1:],
            "answer": "",
            "sources": [],
        }
        entries.append("\n".join(f"  {line}" for line in [f"# {note}", *rewording, *_dump([stub]).splitlines()]))
    for kind, (title, what) in SET_APART.items():
        if apart := _of_kind(found, kind):
            notes += ["#", *(f"# {line}" for line in textwrap.wrap(f"Set apart: {title}. {what}", COMMENT_WIDTH))]
            notes += [f"#   {f.question} (×{f.count})" for f in apart]
    text = "\n".join([*(SAVE_AS if entries else NOTHING_TO_SAVE), *notes]) + "\n"
    if entries:
        text += _dump({"category": STUB_CATEGORY}) + "entries:\n" + "\n".join(entries) + "\n"
    return text


def report(engine: Engine, settings: Settings, since: str, output: str) -> int:
    """Prints the report; returns the exit status."""
    try:
        first_day = since_day(since, datetime.now(UTC))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not (settings.data_dir / DATABASE_FILE).is_file():  # never start an empty journal in the wrong place
        print(f"error: no journal in {settings.data_dir}; set DATA_DIR to the folder `run` uses", file=sys.stderr)
        return 1
    journal = Journal.open(settings.data_dir, settings.retention_days)
    if journal is None:
        print(f"error: cannot open the journal in {settings.data_dir}", file=sys.stderr)
        return 1
    found = findings(engine, journal.unsure(first_day))
    journal.close()
    text = (
        as_markdown(found, first_day)
        if output == "md"
        else as_csv(found)
        if output == "csv"
        else as_yaml(found, engine)
    )
    print(text.rstrip("\n"))
    return 0
