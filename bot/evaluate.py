"""Scores the bot's replies (the answerer's, as every front end gets them) on a labelled question file, the way a user
would judge each reply.

Every question ends in one of five outcomes: the right answer; a suggestion that leads to it (one tap away); an
honest reply (an entry that says the sources do not answer, a reply naming what was asked that no entry covers, or
one that says first it has no figures for the year asked);
declined; or confidently wrong (an answer with another entry's facts). Questions the sources cannot answer are
labelled `none` or with the honest entry that says so. A question with personal details gets the eligibility
verdict rather than an entry: it is right when the question was labelled with one of the entries the verdict
answers for the asker (`VERDICT_ANSWERS`).
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import yaml

from bot.core import wording
from bot.core.answerer import Answerer
from bot.core.replies import Outcome, Reply

NONE = "none"
VERDICT = "verdict"  # what a miss got when it got the eligibility verdict
VERDICT_ANSWERS = frozenset(  # the general rules that a verdict on the asker's own details answers for them
    {
        "eligibility-overview",
        "eligibility-assistant",
        "eligibility-intermediate",
        "eligibility-senior",
        "non-major-eligibility",
        "graduate-eligibility",
        "work-years-rules",
        "regulation-definition",  # the verdict names what the rules count as social work (在居委会工作…可以报考吗)
    }
)


class Verdict(Enum):
    """How a reply to a labelled question turned out."""

    RIGHT = "right"
    ONE_TAP = "one tap"
    HONEST = "honest"
    DECLINED = "declined"
    WRONG = "wrong"


@dataclass(frozen=True, slots=True)
class Labelled:
    """A question, the entry that answers it (None when the bot should decline), and entries for its other parts."""

    question: str
    expected: str | None
    also: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Miss:
    """A question not answered right."""

    question: str
    expected: str
    got: str
    verdict: Verdict
    score: int


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Verdicts for the questions the sources answer and for those they do not, and every miss."""

    answerable: Counter[Verdict]
    unanswerable: Counter[Verdict]
    misses: tuple[Miss, ...]
    wrong_with_right_beside: int = 0  # wrong answers that offered the right entry as a button beside them

    @property
    def accuracy(self) -> float:
        """The share of answerable questions answered right."""
        return _share(self.answerable, Verdict.RIGHT)

    @property
    def within_one_tap(self) -> float:
        """The share of answerable questions answered right or with a suggestion that leads to the answer."""
        return _share(self.answerable, Verdict.RIGHT, Verdict.ONE_TAP)

    @property
    def decline_rate(self) -> float:
        """The share of unanswerable questions declined or answered honestly as such."""
        return _share(self.unanswerable, *GOOD_WHEN_UNANSWERABLE)

    @property
    def false_rate(self) -> float:
        """The share of all questions answered confidently with the wrong facts."""
        total = self.answerable + self.unanswerable
        return total[Verdict.WRONG] / total.total() if total.total() else 0.0


WANTED = "a labelled file is a YAML list of {question: ..., expected: ...} items"
GOOD_WHEN_UNANSWERABLE = (Verdict.RIGHT, Verdict.ONE_TAP, Verdict.HONEST, Verdict.DECLINED)


def _share(counts: Counter[Verdict], *verdicts: Verdict) -> float:
    return sum(counts[v] for v in verdicts) / counts.total() if counts.total() else 1.0


def load_labelled(path: Path, known_ids: set[str]) -> list[Labelled]:
    """The labelled questions of a YAML file; raises ValueError naming each malformed item."""
    return labelled(read_labelled(path), path, known_ids)


def read_labelled(path: Path) -> list[object]:
    """The items of a labelled YAML file, their ids unchecked; raises ValueError saying plainly why there are none
    (no such file, a directory, not UTF-8, not YAML, not a list)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: does not exist") from None
    except IsADirectoryError:
        raise ValueError(f"{path}: is a directory; {WANTED}") from None
    except OSError as error:
        raise ValueError(f"{path}: cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError as error:
        raise ValueError(f"{path}: not UTF-8 text (byte {error.start}); save it as UTF-8") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise ValueError(f"{where}: not valid YAML ({getattr(error, 'problem', None) or error})") from None
    if data is None:
        raise ValueError(f"{path}: is empty; {WANTED}")
    if not isinstance(data, list):
        raise ValueError(f"{path}: {WANTED}")
    return data


def labelled(data: list[object], path: Path, known_ids: set[str]) -> list[Labelled]:
    """The labelled questions of a file's items; raises ValueError naming each malformed item and each unknown id."""
    items, problems = [], []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("question"), str) or "expected" not in item:
            problems.append(f"{path}: item {number}: needs `question` (text) and `expected` (an entry id or none)")
            continue
        expected, also = item["expected"], item.get("also") or []
        if not isinstance(expected, str) or not isinstance(also, list) or not all(isinstance(a, str) for a in also):
            problems.append(f"{path}: item {number}: `expected` is one entry id (or none), `also` a list of ids")
            continue
        if unknown := [i for i in (expected, *also) if i != NONE and i not in known_ids]:
            close = difflib.get_close_matches(unknown[0], sorted(known_ids), n=1)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            problems.append(f"{path}: item {number}: unknown entry id `{unknown[0]}`{hint}")
            continue
        items.append(Labelled(item["question"], None if expected == NONE else expected, tuple(also)))
    if problems:
        raise ValueError("\n".join(problems))
    return items


def judge(item: Labelled, reply: Reply, titles: Mapping[str, str] | None = None) -> Verdict:
    """The verdict on one reply to a labelled question; `titles`, each entry's title as a part of a reply shows it
    (`wording.PART`), by id: a verdict showing a wanted entry beside it (我是台湾人…可以报考社工师吗: the residents'
    answer) answers the question as that entry does."""
    wanted = {item.expected, *item.also} - {None}
    match = reply.match
    if match is None:  # no entry was looked for: an eligibility verdict, small talk or an over-long message
        if reply.outcome is not Outcome.ANSWERED:
            return Verdict.DECLINED
        shown = {entry_id for entry_id, title in (titles or {}).items() if title in reply.text}
        return Verdict.RIGHT if wanted & (VERDICT_ANSWERS | shown) else Verdict.WRONG
    if match.entry is not None:
        if {e.id for e in (match.entry, *match.more)} & wanted:
            return Verdict.RIGHT
        says_so = not wanted and reply.year_missing is not None  # "no 2024 figures; these are:"
        return Verdict.HONEST if match.entry.honest or says_so else Verdict.WRONG
    if wanted & {e.id for e in match.suggestions}:
        return Verdict.ONE_TAP
    return Verdict.HONEST if match.uncovered is not None else Verdict.DECLINED


def evaluate(answerer: Answerer, items: list[Labelled]) -> EvalReport:
    """Asks every labelled question and judges each reply."""
    knowledge = answerer.knowledge
    answerable: Counter[Verdict] = Counter()
    unanswerable: Counter[Verdict] = Counter()
    misses = []
    beside = 0
    titles = {e.id: wording.PART.format(question=e.question, answer="") for e in knowledge.entries.values()}
    for item in items:
        reply = answerer.ask(item.question)
        verdict = judge(item, reply, titles)
        if verdict is Verdict.WRONG and reply.match is not None:
            beside += bool({item.expected, *item.also} & {e.id for e in reply.match.suggestions})
        honest = item.expected is None or knowledge.entries[item.expected].honest
        (unanswerable if honest else answerable)[verdict] += 1
        if verdict not in (GOOD_WHEN_UNANSWERABLE if honest else (Verdict.RIGHT,)):
            misses.append(Miss(item.question, item.expected or NONE, _got(reply), verdict, _score(reply)))
    return EvalReport(answerable, unanswerable, tuple(misses), beside)


def _got(reply: Reply) -> str:
    match = reply.match
    if match is None:
        return VERDICT if reply.outcome is Outcome.ANSWERED else NONE
    return match.entry.id if match.entry else "uncovered" if match.uncovered else NONE


def _score(reply: Reply) -> int:
    return reply.match.score if reply.match else 0


def _rate(share: float, counts: Counter[Verdict]) -> str:
    """A share as a percentage, or a dash when there is nothing to share (no answerable questions in the file)."""
    return f"{share:.1%}" if counts.total() else "—"


def render(report: EvalReport, *, misses: bool = True) -> str:
    """The report as text: the rates with their counts, then (unless `misses` is false) a table of misses."""
    answerable, unanswerable = report.answerable, report.unanswerable
    total = answerable + unanswerable
    lines = [
        f"answerable questions:      {answerable.total()}",
        f"  right:                   {_rate(report.accuracy, answerable)} ({answerable[Verdict.RIGHT]})",
        f"  within one tap:          {_rate(report.within_one_tap, answerable)} (+{answerable[Verdict.ONE_TAP]} by a "
        "suggestion)",
        f"  honest or declined:      {answerable[Verdict.HONEST] + answerable[Verdict.DECLINED]}",
        f"  confidently wrong:       {answerable[Verdict.WRONG]}",
        f"questions the sources cannot answer: {unanswerable.total()}",
        f"  declined or honest:      {_rate(report.decline_rate, unanswerable)}",
        f"  confidently wrong:       {unanswerable[Verdict.WRONG]}",
        f"confidently wrong overall: {report.false_rate:.1%} ({total[Verdict.WRONG]}/{total.total()})",
        f"  of them with the right answer as a button beside: {report.wrong_with_right_beside}",
    ]
    if misses and report.misses:
        lines += ["", f"{'score':>5}  {'verdict':<9} {'expected':<28} {'got':<28} question"]
        lines += [
            f"{m.score:>5}  {m.verdict.value:<9} {m.expected:<28} {m.got:<28} {m.question}" for m in report.misses
        ]
    return "\n".join(lines)
