"""`python -m bot report`: unanswered and unsure questions grouped by similarity (never questions naming other
places, levels or measures), each with its count, examples and the nearest entry, as Markdown, CSV, or a YAML topic
draft to finish outside knowledge/ and then move into it (new entries with their phrasings, and new phrasings for
the entry users picked). Groups of five or more are marked as suggestions, as active learning does. Only questions
nothing answers are drafted as new entries; those the bot answers saying its sources do not cover them, those it
answers with others offered beside, follow-ups read on their own, and questions off topic or small talk are listed
apart (`GROUPS`)."""

from __future__ import annotations

import csv
import io
import re
import sys
import textwrap
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import yaml

from bot.config import Settings
from bot.core import wording
from bot.core.conversation import SmallTalkReader
from bot.core.engine import Engine
from bot.core.placeholders import PLACEHOLDER_RE
from bot.journal.grouping import group_similar
from bot.journal.label import label
from bot.journal.reading import GROUPS, Kind, Reading, read
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
    kind: Kind  # what the bot makes of the question now: only a question of its subject is proposed
    uncovered: tuple[str, ...] = ()  # what the questions name that no entry has facts on, when the bot says so

    @property
    def suggested(self) -> bool:
        """Whether enough people asked this to act on it."""
        return self.count >= SUGGEST_AT

    def picks(self, none: str = "none") -> str:
        """The suggestions picked, with counts, 都不是 written as `none`; empty when nothing was picked."""
        return ", ".join(f"{none if entry == 'none' else entry} ×{n}" for entry, n in self.picked)

    @property
    def reply(self) -> str:
        """The entry the bot answers with or offers first now, with its score, or what it says it has no facts on."""
        if self.uncovered:
            return f"no facts on: {' '.join(self.uncovered)}"
        return f"{self.nearest} ({self.nearest_score})" if self.nearest else "—"

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
    kind; questions of other kinds, or naming other places, levels, measures or subjects, are never one group."""
    smalltalk = SmallTalkReader(engine.knowledge.smalltalk)
    readings: dict[str, Reading] = {}

    def reading(question: str) -> Reading:
        if question not in readings:
            readings[question] = read(question, engine, smalltalk)
        return readings[question]

    def apart(question: str) -> tuple[Kind, tuple[frozenset[str], ...], str | None]:
        now = reading(question)
        return now.kind, now.named, now.match.entry.id if now.match.entry else None

    questions = [r.question for r in records]
    # Questions the sources do not cover are one group when they name the same and get the same reply, however
    # worded (上海社工工资多少, how much do social workers earn in Shanghai): what a maintainer sees is the demand.
    covered = group_similar((q for q in questions if reading(q).kind is not Kind.NOT_COVERED), apart)
    uncovered = group_similar((q for q in questions if reading(q).kind is Kind.NOT_COVERED), apart, similar=0)
    result = []
    for group in sorted(covered + uncovered, key=lambda g: g.rank):
        picked = Counter(r.picked for r in records if r.picked and group.holds(r.question))
        now = reading(group.headline)
        nearest = None if now.uncovered else now.nearest
        result.append(
            Finding(
                question=group.headline,
                count=group.count,
                examples=tuple(q for q, _ in group.examples.most_common(EXAMPLES)),
                nearest=nearest[0].id if nearest else None,
                nearest_score=nearest[1] if nearest else 0,
                picked=tuple(picked.most_common()),
                kind=now.kind,
                uncovered=now.uncovered,
            )
        )
    return result


ABOUT_THE_SUBJECT = (Kind.SUBJECT, Kind.NOT_COVERED, Kind.ANSWERED)
SET_APART = tuple(kind for kind in GROUPS if kind not in ABOUT_THE_SUBJECT)


def _of_kind(found: list[Finding], kind: Kind) -> list[Finding]:
    return [f for f in found if f.kind is kind]


# What a maintainer who has never seen the Markdown report needs to read its table.
MARKDOWN_KEY = (
    "One row per group of similar questions naming the same places, levels and measures, most asked first. ★: asked "
    f"{SUGGEST_AT} times or more. examples: up to {EXAMPLES} ways it was asked, with personal data masked ([姓名], "
    "[年龄] …). nearest entry: what the bot answers or offers first for it now, with its score (0–100), or what it "
    "says it has no facts on. picked: the entries askers chose among the bot's suggestions (none: 都不是)."
)

NONE_TO_REPORT = "None since then: nothing to add to knowledge/."


def as_markdown(found: list[Finding], first_day: date) -> str:
    """The questions about social work in a table a group, under a key (or a line saying there are none), then each
    group set apart in a table of its own."""
    title = f"## Questions about social work the bot could not answer, or was unsure of, since {first_day.isoformat()}"
    about = [(kind, rows) for kind in ABOUT_THE_SUBJECT if (rows := _of_kind(found, kind))]
    lines = [title, "", MARKDOWN_KEY] if about else [title, "", NONE_TO_REPORT]
    for kind, rows in about:
        heading, what = GROUPS[kind]
        lines += ["", f"### {heading.capitalize()}", "", what, ""]
        lines += ["| count | ★ | question | examples | nearest entry (score) | picked |"]
        lines += ["| ---: | :---: | --- | --- | --- | --- |"]
        lines += [
            f"| {f.count} | {'★' if f.suggested else ''} | {f.question} | {'；'.join(f.examples)} | {f.reply} | "
            f"{f.picks() or '—'} |"
            for f in rows
        ]
    for kind in SET_APART:
        if apart := _of_kind(found, kind):
            heading, what = GROUPS[kind]
            lines += ["", f"## Set apart: {heading}", "", what, ""]
            lines += ["| count | question | examples |", "| ---: | --- | --- |"]
            lines += [f"| {f.count} | {f.question} | {'；'.join(f.examples)} |" for f in apart]
    return "\n".join(lines)


def as_csv(found: list[Finding]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["count", "suggestion", "question", "examples", "nearest", "nearest_score", "picked", "kind", "uncovered"]
    )
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
                " ".join(f.uncovered),
            ]
        )
    return out.getvalue()


STUB_FILE = "new-questions.yaml"
# The introduction of a draft with new entries, and of one without, which is no topic file to save.
SAVE_AS = (
    "# yaml-language-server: $schema=knowledge.schema.json",
    "# From `python -m bot report --format yaml`: questions the bot could not answer, drafted as entries. Write each",
    "# answer from the sources, cite them under `sources` and give each entry at least six phrasings, then move",
    "# this file (or each entry, into its topic file) into knowledge/ and run `make validate`: it names, by",
    "# FILE:LINE, every field still to fill in. An unfinished draft left in knowledge/ stops the bot's next start.",
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
    """A draft topic file, to finish outside `knowledge/` and then move into it: one entry per group of questions
    nothing answers, with a label the loader accepts as its question (bot.journal.label), its examples as phrasings,
    an empty `answer` and no `sources`, so `make validate` names by FILE:LINE exactly what the maintainer must write
    (and the bot never serves an unwritten entry). Questions whose askers picked an existing entry (among those
    nothing answers or answered unsure) become commented phrasing lines to paste under that entry's `phrasings:`; the
    other groups (`GROUPS`) are listed in comments, never as entries. A question with a placeholder is never drafted
    as a phrasing: it is listed in a comment as needing rewording. Without a new entry, the draft says it is no file
    to save."""
    notes: list[str] = []  # the comments after the introduction: phrasings to paste, questions listed apart
    entries: list[str] = []  # each new entry, under a comment on its questions
    listed: list[Finding] = []  # neither drafted nor pasted
    for f in found:
        note = f"{f.count} question{'' if f.count == 1 else 's'}" + (" (often asked: first)" if f.suggested else "")
        target = f.target if f.kind in (Kind.SUBJECT, Kind.ANSWERED) else None
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
        if f.kind is not Kind.SUBJECT:
            listed.append(f)
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
    for kind, (heading, what) in GROUPS.items():
        if apart := _of_kind(listed, kind):
            title = f"Set apart: {heading}" if kind in SET_APART else heading.capitalize()
            notes += ["#", *(f"# {line}" for line in textwrap.wrap(f"{title}. {what}", COMMENT_WIDTH))]
            notes += [f"#   {f.question} (×{f.count}){_replied(f)}" for f in apart]
    text = "\n".join([*(SAVE_AS if entries else NOTHING_TO_SAVE), *notes]) + "\n"
    if entries:
        text += _dump({"category": STUB_CATEGORY}) + "entries:\n" + "\n".join(entries) + "\n"
    return text


def _replied(f: Finding) -> str:
    """What the bot replies to a question about social work that is listed, not drafted (: other-city-pay (100))."""
    return f": {f.reply}" if f.kind in ABOUT_THE_SUBJECT else ""


def report(engine: Engine, settings: Settings, since: str, form: str, into: Path | None = None) -> int:
    """Prints the report in `form` (md, csv or yaml), or writes it into the file `into` once it is built; returns the
    exit status."""
    try:
        first_day = since_day(since, datetime.now(UTC))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    journal = Journal.existing(settings.data_dir, settings.retention_days)
    if isinstance(journal, str):
        print(journal, file=sys.stderr)
        return 1
    found = findings(engine, journal.unsure(first_day))
    journal.close()
    text = as_markdown(found, first_day) if form == "md" else as_csv(found) if form == "csv" else as_yaml(found, engine)
    if into is None:
        print(text.rstrip("\n"))
        return 0
    return _write(into, text.rstrip("\n") + "\n", drafts=form == "yaml")


def _write(path: Path, text: str, *, drafts: bool) -> int:
    """Writes `text` into `path` at once (a file beside it, renamed over it), so a bot reloading `knowledge/` never
    reads it half written; a draft of no entry, which as a file would stop the loader, is not written."""
    if drafts and yaml.safe_load(text) is None:
        print(wording.REPORT_NOTHING_TO_WRITE.format(path=path), file=sys.stderr)
        return 0
    partial = path.with_name(f"{path.name}.tmp")  # no *.yaml: the loader never reads it
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        print(f"error: cannot write {path}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(wording.REPORT_WRITTEN.format(path=path), file=sys.stderr)
    return 0
