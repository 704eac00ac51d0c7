"""Turns that ask about the answer just given rather than a question of their own (出处呢, 这个数字是哪年的, 谁说的,
详细点): which of these a turn asks (`AboutPrevious.asked`), and its reply from that answer's entries (`reply`): where
they are from, when their figures or rules are from, the year what they say began, who the answer says said it, or
the questions related to them. The words are `about_previous` in `synonyms.yaml`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum

from bot.core import wording
from bot.core.knowledge import Entry
from bot.core.replies import Action, Button
from bot.core.text import HANZI_RE, LIST_MARK_RE, clean, to_simplified

MAX_CHARS = 24  # a longer turn says more than what it asks of the answer
_CLAUSE_RE = re.compile(r"[，。；：！？、“”‘’（）()\n]")  # where an answer's clauses end
_SENTENCE_RE = re.compile(r"(?<=[。；\n])")  # where its sentences end
_MARKS = "·0123456789. "  # what a list line of an answer opens with (· 一名社工说…; 1. 助理社会工作师…)
_BEGAN_RE = re.compile(r"(?:19|20)\d\d年(?:起|开始|以来)")  # a year something began (从2018年起)
_HAPPENED_RE = re.compile(r"(?:^|[：:])(?:19|20)\d\d年，")  # the year what an answer tells happened (2013年，…创办了)
_FIGURE_RE = re.compile(r"\d(?![\d.]*年)")  # a figure, not a year (960家, 7.96万)
# a figure as a question names it, with its unit (7.96万, 3000元)
_STATED_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.年])[万亿家个元人名件次项%]?")
# A period before 年的 (22.8万人是一年的吗, 是每年的吗): how often a figure falls, not which year it is of
_PERIOD_YEAR_RE = re.compile(r"(?:[一二两三四五六七八九十半每几]|多少)年的")
_EARLIER_RE = re.compile(r"刚才|刚刚")  # a turn about an earlier answer than the last (刚才北京的数字谁说的)
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
    MEANING = "meaning"


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
        self._pointed = [
            (asked, re.compile(f"(.+?)(?:{_any_of(listed[asked.value])})(?:{pointing})*"))
            for asked in Asked
            if asked.value in listed
        ]
        self._pointing = re.compile(pointing)
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

    def pointed(self, question: str) -> tuple[Asked, tuple[str, ...]] | None:
        """What a turn asks of an earlier answer it points at, with the words it names that answer by: a figure that
        answer states (960家是哪年的), or after 刚才 what it was about (刚才北京的数字谁说的); else None (not a period
        asked of a figure: 22.8万人是一年的吗)."""
        if len(question) > MAX_CHARS:
            return None
        typed = clean(question).replace(" ", "")
        for asked, pattern in self._pointed:
            if asked is Asked.DATE and _PERIOD_YEAR_RE.search(typed):
                continue
            if (match := pattern.fullmatch(typed)) and (named := tuple(filter(None, self._pointing.split(match[1])))):
                return (asked, named) if _EARLIER_RE.search(typed) or _FIGURE_RE.search(match[1]) else None
        return None

    @staticmethod
    def claims(named: Sequence[str]) -> bool:
        """Whether the words a turn names an answer by (`pointed`) say more than its figures (北京有796万社工, not
        796万): a claim, asked if true, not where a figure is from."""
        return any(HANZI_RE.search(_STATED_RE.sub("", word)) for word in named)

    @staticmethod
    def figures(question: str) -> tuple[str, ...]:
        """The figures (not years) a question names, each once as written with its unit (2022年报考89万是哪里的数据:
        89万)."""
        return tuple(dict.fromkeys(_STATED_RE.findall(to_simplified(unicodedata.normalize("NFKC", question)))))

    @staticmethod
    def states(figures: Sequence[str], entry: Entry) -> bool:
        """Whether an entry's answer states each of `figures`, as a whole figure (8万 is not in 22.8万)."""
        return _stated_in(figures, entry.answer)

    @staticmethod
    def names(named: Sequence[str], entries: Sequence[Entry]) -> bool:
        """Whether the answer given from `entries` is the one a turn `pointed` at with `named`: its answers state each
        figure named, and each other word is in their questions or the places and subjects they are about."""
        return all(any(_names(word, e) for e in entries) for word in named)

    def reply(
        self,
        asked: Asked,
        entries: Sequence[Entry],
        footer: str,
        others: Mapping[str, Entry],
        figures: Sequence[str] = (),
        outside: bool = False,
    ) -> tuple[str, tuple[tuple[Button, ...], ...]]:
        """The reply to a turn asking `asked` of an answer given from `entries`, whose `footer` names their sources
        and dates, with its buttons: for more (or what it means, naming no figure), the entries related to them (in
        `others`), or the topics when there are none; for what `figures` it names mean, the lines stating them. The
        answer is named as the one stating `figures` when the turn named them `outside` the chat's thread."""
        titles = "".join(wording.ABOUT_TITLE.format(question=e.question) for e in entries)
        stating = wording.ABOUT_STATING.format(figures=wording.LIST_SEPARATOR.join(figures), titles=titles)
        said_in = stating if outside else wording.ABOUT_ANSWERED.format(titles=titles)
        if asked is Asked.MEANING and (lines := _stating_lines(figures, entries)):
            return wording.ABOUT_MEANING.format(said_in=said_in, lines=lines, footer=footer), ()
        if asked in (Asked.MORE, Asked.MEANING):
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
                return said.format(said_in=said_in, who=who, footer=footer), ()
            return wording.ABOUT_NO_SPEAKER.format(said_in=said_in, footer=footer), ()
        if asked is Asked.SINCE:
            if began := _sentences(entries, _BEGAN_RE):
                return wording.ABOUT_SINCE.format(said_in=said_in, said=began, footer=footer), ()
            return wording.ABOUT_NO_SINCE.format(said_in=said_in, footer=footer), ()
        if asked is Asked.DATE:
            dates = wording.LIST_SEPARATOR.join(dict.fromkeys(c.as_of for e in entries for c in e.citations))
            if happened := _sentences(entries, _HAPPENED_RE):
                return wording.ABOUT_HAPPENED.format(said_in=said_in, said=happened, dates=dates, footer=footer), ()
            return wording.ABOUT_DATE.format(said_in=said_in, dates=dates, footer=footer), ()
        return wording.ABOUT_SOURCE.format(said_in=said_in, footer=footer), ()

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


def _names(word: str, entry: Entry) -> bool:
    """Whether a word a turn points at an answer with names `entry`: a figure its answer states, or else a word of
    its question or a place or subject it is about."""
    if _FIGURE_RE.search(word):
        return _stated_in((word,), entry.answer)  # as the turn's words are read (7.96万 as 796万)
    return word in entry.question or word in (*entry.about.places, *entry.about.subjects)


def _stated_in(figures: Sequence[str], text: str) -> bool:
    """Whether a text states each of `figures` (as a turn names them), as a whole figure (8万 is not in 22.8万)."""
    typed = clean(text).replace(" ", "")
    return all(re.search(rf"(?<!\d){re.escape(clean(figure).replace(' ', ''))}", typed) for figure in figures)


def _stating_lines(figures: Sequence[str], entries: Sequence[Entry]) -> str:
    """The sentences of the answers given from `entries` stating any of `figures`, each once and quoted, as they are
    written without their list marks and closing stop (社区（村）社会工作服务站835个)."""
    lines = (LIST_MARK_RE.sub("", line) for e in entries for line in e.answer.splitlines())
    sentences = (s.strip().rstrip("。；;，,") for line in lines for s in _SENTENCE_RE.split(line))
    stating = (s for s in sentences if any(_stated_in((figure,), s) for figure in figures))
    return wording.LIST_SEPARATOR.join(f"“{s}”" for s in dict.fromkeys(stating))


def _sentences(entries: Sequence[Entry], pattern: re.Pattern[str]) -> str:
    """The sentences of the answers given from `entries` that `pattern` finds, as they are written."""
    return "".join(s.strip() for e in entries for s in _SENTENCE_RE.split(e.answer) if pattern.search(s.strip()))
