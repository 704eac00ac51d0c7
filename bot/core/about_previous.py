"""Turns that ask about the answer just given rather than a question of their own (出处呢, 这个数字是哪年的, 谁说的,
详细点): which of these a turn asks (`AboutPrevious.asked`), and its reply from that answer's entries (`reply`): where
they are from, when their figures or rules are from, the year what they say began, who the answer says said it, or
the questions related to them. The words are `about_previous` in `synonyms.yaml`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum

from bot.core import wording
from bot.core.knowledge import Entry
from bot.core.replies import Action, Button
from bot.core.text import clean

MAX_CHARS = 24  # a longer turn says more than what it asks of the answer
_CLAUSE_RE = re.compile(r"[，。；：！？、“”‘’（）()\n]")  # where an answer's clauses end
_SENTENCE_RE = re.compile(r"(?<=[。；\n])")  # where its sentences end
_MARKS = "·0123456789. "  # what a list line of an answer opens with (· 一名社工说…; 1. 助理社会工作师…)
_BEGAN_RE = re.compile(r"(?:19|20)\d\d年(?:起|开始|以来)")  # a year something began (从2018年起)
_NO_SPEAKER_RE = re.compile(
    r"^[他她这那也就还不没据]|报道|规定|资料|助手"
)  # no one named (他也说, 报道还说, 不提供建议)
_ACCORDING_RE = re.compile(r"据(\S{2,40}?(?:报道|统计|数据|》))")  # a whole clause naming whom it is according to
_REPORT_RE = re.compile(r"报道|《")  # a report, which carries what others say (据2023年《浙江日报》报道)
_WHO_PAYS_RE = re.compile(r"谁发(?!布)")  # 谁发的: after an answer about money handed out, who pays it
_PAID_RE = re.compile(r"奖励|补贴|发放")  # an answer about money handed out


class Asked(Enum):
    """What a turn asks of the answer just given (each the key of its words in `about_previous`)."""

    SOURCE = "source"
    DATE = "date"
    SINCE = "since"
    SPEAKER = "speaker"
    MORE = "more"


def _any_of(words: Iterable[str]) -> str:
    """A pattern matching any of `words` as cleaned and written without spaces, longest first."""
    typed = {clean(word).replace(" ", "") for word in words} - {""}
    return "|".join(map(re.escape, sorted(typed, key=len, reverse=True))) or r"(?!x)x"


class AboutPrevious:
    """Reads turns that ask about the answer just given, and replies from that answer's entries."""

    def __init__(self, words: Sequence[tuple[str, Sequence[str]]]) -> None:
        listed = dict(words)
        pointing = _any_of(listed.get("pointing", ()))
        self._kinds = [
            (asked, re.compile(f"(?:{pointing})*(?:{_any_of(listed[asked.value])})(?:{pointing})*"))
            for asked in Asked
            if asked.value in listed
        ]
        speaking = "|".join(map(re.escape, sorted(listed.get("speaking", ()), key=len, reverse=True)))
        self._speaker = re.compile(rf"(?:报道中)?(\S{{2,20}}?)(?:在报道中)?[还也]?(?:{speaking})(?![明法])")

    @staticmethod
    def asks_who_pays(question: str, entries: Sequence[Entry]) -> bool:
        """Whether a turn read as asking where the answer is from asks who pays what the answer's entries hand out
        (谁发的 after 宁波奖励多少), a question of its own."""
        return bool(_WHO_PAYS_RE.search(question)) and any(_PAID_RE.search(e.answer) for e in entries)

    def asked(self, question: str) -> Asked | None:
        """What a turn asks of the answer before it when it is nothing but the words of one kind and pointing words
        (这个数字是哪年的, 出处呢, source?); else None (社工考试从哪年开始 asks a question of its own)."""
        if len(question) > MAX_CHARS:
            return None
        typed = clean(question).replace(" ", "")
        return next((asked for asked, pattern in self._kinds if pattern.fullmatch(typed)), None)

    def reply(
        self, asked: Asked, entries: Sequence[Entry], footer: str, others: Mapping[str, Entry]
    ) -> tuple[str, tuple[tuple[Button, ...], ...]]:
        """The reply to a turn asking `asked` of an answer given from `entries`, whose `footer` names their sources
        and dates, with its buttons: for more, the entries related to them (in `others`), or the topics when there
        are none."""
        titles = "".join(wording.ABOUT_TITLE.format(question=e.question) for e in entries)
        if asked is Asked.MORE:
            shown = {e.id for e in entries}
            related = dict.fromkeys(r for e in entries for r in e.related if r in others and r not in shown)
            if not related:
                return wording.ABOUT_NOTHING_MORE.format(titles=titles), (
                    (Button(wording.BROWSE_TOPICS, Action.TOPICS),),
                )
            rows = tuple((Button(others[r].question, Action.ENTRY, r),) for r in related)
            return wording.ABOUT_MORE.format(titles=titles), rows
        if asked is Asked.SPEAKER:
            speakers, reports = self._speakers(entries)
            if speakers or reports:
                said = wording.ABOUT_SPEAKERS if speakers else wording.ABOUT_REPORTED
                who = wording.LIST_SEPARATOR.join(speakers or reports)
                return said.format(titles=titles, who=who, footer=footer), ()
            return wording.ABOUT_NO_SPEAKER.format(titles=titles, footer=footer), ()
        if asked is Asked.SINCE:
            began = [s.strip() for e in entries for s in _SENTENCE_RE.split(e.answer) if _BEGAN_RE.search(s)]
            if began:
                return wording.ABOUT_SINCE.format(titles=titles, said="".join(began), footer=footer), ()
            return wording.ABOUT_NO_SINCE.format(titles=titles, footer=footer), ()
        if asked is Asked.DATE:
            dates = wording.LIST_SEPARATOR.join(dict.fromkeys(c.as_of for e in entries for c in e.citations))
            return wording.ABOUT_DATE.format(titles=titles, dates=dates, footer=footer), ()
        return wording.ABOUT_SOURCE.format(titles=titles, footer=footer), ()

    def _speakers(self, entries: Sequence[Entry]) -> tuple[list[str], list[str]]:
        """Whom the answers name as saying what they report, as they write it, each once in order: people and the
        bodies whose data they cite (一名社工, 民政部数据, 浙江省民政厅统计), and the reports they are according to
        (2023年《浙江日报》报道)."""
        clauses = [c.strip().lstrip(_MARKS) for e in entries for c in _CLAUSE_RE.split(e.answer)]
        said = (m.group(1).removesuffix("的") for c in clauses if (m := self._speaker.match(c)))
        according = [m.group(1) for c in clauses if (m := _ACCORDING_RE.fullmatch(c))]
        speakers = [who for who in said if not _NO_SPEAKER_RE.search(who)]
        speakers += [who for who in according if not _REPORT_RE.search(who)]
        return list(dict.fromkeys(speakers)), list(dict.fromkeys(w for w in according if _REPORT_RE.search(w)))
