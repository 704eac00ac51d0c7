"""The line leading the answer to a question that puts something forward to be confirmed: whether the sources say so.

- A figure (北京有7.96万社工对吗, 宁波初级奖一千五百元吗): the answer states it, or not (the answer stands); and when
  the sources give it for something else, what they say of it (浙江有20万持证社工对吧: 20万 applied, not hold).
- A title of a subject or document (初级考社会工作法规与政策吗): the answer has it, or which entry's it is.
- Of two things asked between (是一次性还是每年): the one the answer says, when it says only one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from bot.core import wording
from bot.core.facts import (
    PutForward,
    compared,
    confirms,
    in_unit,
    period_asked,
    period_unsaid,
    proposed,
    put_forward,
    read,
    rounded_from,
    stated,
    within_range,
)
from bot.core.knowledge import About, Entry
from bot.core.text import BULLET, HANZI, LIST_MARK_RE, in_arabic

_CLAUSES = re.compile(r"[，。；：\n]")
# a clause stating a change (比2021年增加了6.1万), or a question asking one (比去年多了6.1万吗)
_CHANGED = re.compile(r"增加|增长|新增|多了|少了|减少|下降|提高|上升|涨|比(?:\d|去年|上一?年|前一?年)")
# A time put before or after something, right before a figure (到期后3个月内, 考试前1年内): 前 and 后 are opposite
_SIDE_RE = re.compile(r"([前后])\s*$")
# After a figure put forward, what the question says all of it is (960家都是民办的吗), which no figure confirms
_ALL_RE = re.compile(r"(?:都|全都|全部|全)(?:是|在|有|属于|为)[^，。？?！!；;]*?(?=[吗吧呢]|$)")
_ASIDE = re.compile(r"（[^（）]*）")  # 7.96万人（报道没有说明…）: an aside is left out of a clause quoted
_TITLE = re.compile(r"《([^《》]+)》")
_FIELD = "社会工作"  # what a title may be said without (法规与政策: 《社会工作法规与政策》)
MIN_TITLE_CHARS = 4  # a title said shorter (实务) is too common a word to be read as it
_CLOSING = re.compile("[的呢吗呀啊哦]+$")
_HANZI_PAIR = re.compile(f"(?=([{HANZI}]{{2}}))")
_CLAUSE_END = r"[,;!?，。；！？\s]"
MIN_CHOICE_CHARS = 2


LevelsIn = Callable[[str], tuple[str, ...]]  # the levels a line of an answer names


def lead(
    question: str,
    entry: Entry,
    shown: str,
    others: Iterable[Entry],
    asked: About,
    levels_in: LevelsIn,
    year: str | None = None,
) -> str:
    """The line before `shown` (the entry's answer as shown) for a question putting something forward, or "": on its
    figures, what the sources say of one they give elsewhere (in `others` about one of the places `asked`, and of
    other measures than the entry's), on a title, and on two things asked between. `year`: the year asked that none
    of the answer's figures is from (2023年全国报考人数是89万吗: 89万 is of 2022)."""
    text = read(question)
    others = tuple(others)
    figures = put_forward(text)  # most questions put none forward
    on_figures = (
        _of_another_year(figures, shown, year)
        if year
        else _on_figures(question, figures, entry, shown, others, asked, levels_in)
    )
    on_title = _on_title(text, shown, others) if confirms(text) else ""
    period = "" if entry.honest or figures else _period(text, shown)  # a figure's period is `_on_figures`'s
    chosen = "" if entry.honest else _chosen(text, shown)  # an honest answer names both to say it has neither
    return on_figures + on_title + (chosen or period)


def where_given(question: str, entries: Iterable[Entry], asked: About) -> str:
    """For a question putting figures forward that no entry answers as asked (台州高级奖励是5000吗, or 是5000吗 after
    台州高级奖励多少), where the sources give each of them (`_said_in`)."""
    entries = tuple(entries)
    return "".join(_said_in(figure, entries, asked) for figure in put_forward(read(question)))


def _said_in(figure: PutForward, entries: tuple[Entry, ...], asked: About) -> str:
    """Where the first of `entries` about a measure `asked` (any, when it asks none) whose answer states a figure
    states it: its line of a list whole (高级：5000元/人), else its clause, with the entry's question; "" when none
    does (上海社工工资是5000吗: 宁波's 5000 is a reward, not pay)."""
    for entry in (e for e in entries if not asked.measures or set(asked.measures) & set(e.about.measures)):
        for line in entry.answer.splitlines():
            if not stated(figure, line):
                continue
            listed = line.startswith(BULLET)
            said = LIST_MARK_RE.sub("", _ASIDE.sub("", line)).strip() if listed else _said_of(figure, [line], ())
            return wording.SAID_IN.format(figure=figure.text, clause=said, question=entry.question)
    return ""


def _period(question: str, shown: str) -> str:
    """For a question asking whether the answer's sums fall once, every year or every month (台州奖励是一次性的吗),
    with no figure: the period the answer says instead, or that it says none (never of an answer saying it has no
    such sums: 苏州有一次性奖励吗)."""
    if (asked := period_asked(question, shown)) is None:
        return ""
    period, said = asked
    if said and "还是" in period:
        return wording.CHOSEN.format(said=said)
    if said:  # 宁波奖励每年都有吗: 一次性
        return wording.SAID_NOT.format(said=said, period=period)
    return (
        wording.PERIODS_NOT_WRITTEN.format(periods=period)
        if "还是" in period
        else wording.PERIOD_NOT_WRITTEN.format(period=period)
    )


def _elsewhere(entry: Entry, others: tuple[Entry, ...], places: Sequence[str], figure: PutForward) -> list[Entry]:
    """The entries whose figures a figure put forward may be instead: of other measures than the entry's (浙江's
    applicants beside its holders, not 台州's reward beside 宁波's), about a place asked; with no place asked, any for
    a count in 万, which no two entries share (15.6万是报考人数吗: Zhejiang's holders), but none for a smaller figure
    (2年 of a rule on sitting the exam is no answer to 登记要在两年内吧)."""
    anywhere = not places and figure.value.endswith("万")
    return [
        other
        for other in others
        if other is not entry
        and set(other.about.measures) != set(entry.about.measures)
        and (anywhere or set(places) & set(other.about.places))
    ]


def _missing(
    question: str, figures: list[PutForward], shown: str, levels: Sequence[str], levels_in: LevelsIn
) -> list[str]:
    """The figures put forward (`figures`, of `question`) that the answer does not state, or, for a level asked,
    states only for another level or nothing in particular while its lines on levels give that unit's figure and
    none for that one (初级继续教育90学时对吗: 72 hours; but 助理每三年要72学时吧: the 3 years are every level's)."""
    missing = proposed(question, shown)
    stated_ones = [f for f in figures if f.text not in missing] if levels else []
    lines = [line for line in shown.split("\n") if levels_in(line)] if stated_ones else []
    own = [line for line in lines if set(levels_in(line)) & set(levels)]
    return missing + [
        f.text
        for f in stated_ones
        if any(in_unit(f, line) for line in lines) and not any(stated(f, line) for line in own)
    ]


def _on_figures(
    question: str,
    figures: list[PutForward],
    entry: Entry,
    shown: str,
    others: tuple[Entry, ...],
    asked: About,
    levels_in: LevelsIn,
) -> str:
    """Whether the answer states the figures put forward (`figures`, of the question as read) as what is asked (a
    total, unless the question asks a change); for those it does not, where the sources give them."""
    if not figures:
        return ""
    judged = [(f, c) for f in figures if (c := compared(f, shown)) is not None]  # 超过80万了吗: 89万
    if judged and len(judged) == len(figures):
        return "".join(
            (wording.THAN_HOLDS if holds else wording.THAN_FAILS).format(
                found=found, than=wording.MORE_THAN if f.than == "more" else wording.LESS_THAN, figure=f.text
            )
            for f, (found, holds) in judged
        )
    text = read(question)
    # an answer about the one level asked has no other level's lines (its 社会工作师 line is what 高级 requires)
    levels = () if entry.about.levels and set(entry.about.levels) <= set(asked.levels) else asked.levels
    missing = _missing(question, figures, shown, levels, levels_in)
    ranged = [f.text for f in figures if f.text in missing and within_range(f, shown)]  # 三千 in 三四千
    # 8万人 of 7.96万人: about it, not another figure
    rounded = {f.text: found for f in figures if f.text in missing and (found := rounded_from(f, shown)) is not None}
    missing = [m for m in missing if m not in ranged and m not in rounded]
    if entry.honest and not missing:
        return ""
    misplaced = [
        f
        for f in figures
        if f.text not in missing
        and (
            _in_another_line(f, text, shown)
            or (not _CHANGED.search(text) and _as_a_change(f, shown))
            or _of_another_place(f, shown, asked.places, (entry, *others))
        )
    ]
    if not missing and not misplaced:
        amounts = "、".join(f.text for f in figures)
        if ranged:
            return wording.WITHIN_THE_RANGE.format(amounts="、".join(ranged))
        if rounded:
            return wording.ROUNDED.format(found="、".join(rounded.values()), amounts="、".join(rounded))
        if (other_side := _other_side(text, figures, shown)) is not None:  # 到期后3个月内: 满前3个月内
            return wording.ON_THE_OTHER_SIDE.format(figure=other_side[0], clause=other_side[1])
        if unsaid := period_unsaid(text, figures, shown):  # 继续教育每年要72学时吗: per registration period
            period, other = unsaid
            said = wording.NOT_THE_PERIOD if other == "" else wording.PERIOD_SAID if other else wording.PERIOD_UNSAID
            return said.format(amounts=amounts, period=period, said=other)
        if not asked.levels and (levels := _of_levels(figures, shown, levels_in)):  # 宁波奖励是5000吗: 高级's
            return wording.THE_AMOUNT_OF.format(amounts=amounts, levels="、".join(levels))
        if (said_of_all := _ALL_RE.search(text, max(f.end for f in figures))) is not None:  # 960家都是民办的吗
            return wording.THE_AMOUNT_NOT_ALL.format(amounts=amounts, all=said_of_all[0])
        near = any(f.near and not stated(replace(f, near=False), shown) for f in figures)  # 将近8万: 7.96万
        return (wording.NEAR_THE_AMOUNT if near else wording.THE_AMOUNT).format(amounts=amounts)
    wrong = missing + [f.text for f in misplaced]
    told: list[str] = []
    line = ""
    for figure in (f for f in figures if f.text in wrong):
        instead = [] if figure in misplaced else _elsewhere(entry, others, asked.places, figure)  # its own line first
        if (clause := _said_of(figure, [shown, *(e.answer for e in instead)], asked.places)) is not None:
            told.append(wording.SAID_OF_ANOTHER.format(figure=figure.text, clause=clause))
            line += wording.IN_A_NOTE.format(said=told[-1])
        elif entry.honest:  # 杭州奖励1500吗: the honest answer has none, 宁波's has
            line += _said_in(figure, others, asked)
    if entry.honest:
        return line
    # one note: not the figure, and what the sources say of it (浙江持证社工有20万是吗: 20万 applied)
    return wording.NOT_THE_AMOUNT.format(amounts="、".join(wrong), said="".join(f"；{part}" for part in told))


def _of_another_year(figures: list[PutForward], shown: str, year: str) -> str:
    """For a question putting figures forward of a year none of the answer's figures is from, those the answer
    states, as of another year (2023年全国报考人数是89万吗: 89万 is 2022's), in the one note saying there is nothing of
    that year; those it does not state are neither confirmed nor denied (`states_of_another_year`: no such note)."""
    stating = [f for f in figures if not f.year and stated(f, shown)]
    return wording.NOT_OF_THE_YEAR.format(amounts="、".join(f.text for f in stating), year=year) if stating else ""


def states_of_another_year(question: str, shown: str, year: str) -> bool:
    """Whether the line before the answer (`lead`, for a `year` none of its figures is from) says the answer states
    figures put forward as of another year, and so that it has nothing of that year (`wording.NOT_OF_THE_YEAR`)."""
    return _of_another_year(put_forward(read(question)), shown, year) != ""


def _other_side(question: str, figures: list[PutForward], shown: str) -> tuple[str, str] | None:
    """A figure the question puts after something (到期后3个月内) that the answer states before it (满前3个月内), or the
    other way round, with the answer's clause stating it; else None."""
    for figure in figures:
        if (asked := _SIDE_RE.search(question[: figure.start])) is None:
            continue
        for clause in _CLAUSES.split(_ASIDE.sub("", shown)):
            said = re.search(rf"([前后])\s*{re.escape(figure.value)}", in_arabic(clause))
            if said is not None and said[1] != asked[1] and stated(figure, clause):
                return figure.text, clause.strip(BULLET + " ")
    return None


def _in_another_line(figure: PutForward, question: str, shown: str) -> bool:
    """Whether the answer states a figure in a line of its list about another thing than the one the question names
    with it (北京有225个社区社工站对吗: 225 are the street centres, 835 the community stations): another line of the
    list with a figure in its unit shares more of the question's words than the figure's own line, counting only the
    words that tell the lines apart."""
    lines = [_ASIDE.sub("", line) for line in shown.split("\n") if line.startswith(BULLET) and in_unit(figure, line)]
    own = [n for n, line in enumerate(lines) if stated(figure, line)]
    if len(lines) < 2 or len(own) != 1:
        return False
    pairs = [set(_HANZI_PAIR.findall(line)) for line in lines]
    shared = set.intersection(*pairs)
    asked = set(_HANZI_PAIR.findall(question))
    told = [len((found - shared) & asked) for found in pairs]
    return max(told) > told[own[0]]


def _of_another_place(figure: PutForward, shown: str, asked: Sequence[str], entries: Iterable[Entry]) -> bool:
    """Whether the answer states a figure only after naming another place than those `asked` (of those `entries` are
    about), the place named last before it in its line (20万是全国报考人数吗: the national card's 20万 follows
    浙江是报考大省; not 浙江连续六年第一吗, whose 六年 comes before 居全国第一)."""
    if not asked:
        return False
    places = {p for e in entries for p in e.about.places}
    named = []
    for line in _ASIDE.sub("", shown).split("\n"):
        if (before := _before_stated(figure, line)) is not None:
            named.append(max(places, key=before.rfind) if any(p in before for p in places) else None)
    return bool(named) and all(place is not None and place not in asked for place in named)


def _before_stated(figure: PutForward, line: str) -> str | None:
    """A line up to the end of where it first states a figure, or None if it does not."""
    if not stated(figure, line):
        return None
    return next(line[:end] for end in range(1, len(line) + 1) if stated(figure, line[:end]))


def _of_levels(figures: list[PutForward], shown: str, levels_in: LevelsIn) -> tuple[str, ...]:
    """The levels of the lines of the answer's list stating the figures, when only lines naming levels state them."""
    lines = [line for line in shown.split("\n") if any(stated(f, line) for f in figures)]
    named = [levels_in(_ASIDE.sub("", line)) if line.startswith(BULLET) else () for line in lines]  # not (高级要…)
    return tuple(dict.fromkeys(level for levels in named for level in levels)) if named and all(named) else ()


def _as_a_change(figure: PutForward, shown: str) -> bool:
    """Whether the answer states a figure only as a change (比2021年增加了6.1万), in every clause stating it."""
    clauses = [clause for clause in _CLAUSES.split(_ASIDE.sub("", shown)) if stated(figure, clause)]
    return bool(clauses) and all(_CHANGED.search(clause) for clause in clauses)


def _said_of(figure: PutForward, texts: list[str], places: Sequence[str]) -> str | None:
    """The clause stating a figure, of the first text that has one, one naming a place asked first; None if none."""
    found = [
        (not any(place in clause for place in places), order, at, clause)
        for order, text in enumerate(texts)
        for at, clause in enumerate(LIST_MARK_RE.sub("", part).strip() for part in _CLAUSES.split(_ASIDE.sub("", text)))
        if stated(figure, clause)
    ]
    return min(found)[-1] if found else None


@lru_cache(maxsize=512)
def _titles(text: str) -> tuple[str, ...]:
    """The titles a text names (《社会工作法规与政策》), each without the level after it (（中级）)."""
    return tuple(_ASIDE.sub("", title) for title in _TITLE.findall(text))


def _said_title(title: str, question: str) -> bool:
    """Whether a question names a title, whole or without the field it opens with (法规与政策)."""
    short = title.removeprefix(_FIELD)
    return title in question or (len(short) >= MIN_TITLE_CHARS and short in question)


def _on_title(question: str, shown: str, others: tuple[Entry, ...]) -> str:
    """Whether the answer has the title a question puts forward; if not, which entry's it is."""
    asked = "".join(question.split())
    if said := next((t for t in _titles(shown) if _said_title(t, asked)), None):
        return wording.THE_TITLE.format(title=said)
    named = [
        (len(entry.about.levels) + len(entry.about.places), order, title)  # the entry most to the point first
        for order, entry in enumerate(others)
        for title in _titles(entry.answer)
        if _said_title(title, asked)
    ]
    if not named:
        return ""
    _, order, title = min(named)
    return wording.NOT_THE_TITLE.format(title=title, question=others[order].question)


def _chosen(question: str, shown: str) -> str:
    """Of two things a question asks between (宁波高级奖5000是一次性还是每年), the one the answer states as asked when
    it states only that one; each is what stands in its clause after 是 and before 还是, and after 还是 up to the
    words closing the question."""
    before, between, after = question.partition("还是")
    if not between or confirms(question):  # 还是全国第一吗: still, not or
        return ""
    clause = re.split(_CLAUSE_END, before)[-1]
    first = _CLOSING.sub("", clause.rpartition("是")[2])
    second = _CLOSING.sub("", re.split(_CLAUSE_END, after)[0])
    if "是" not in clause:  # 社工证报考初级还是中级: 初级 against 中级, not the whole clause
        first = first[-len(second) :]
    if min(len(first), len(second)) < MIN_CHOICE_CHARS:  # 评的还是考的: too short to tell in an answer
        return ""
    said = [side for side in (first, second) if side in shown]
    if len(said) != 1:
        return ""
    pairs = zip(reversed(first), reversed(second), strict=False)  # their shared ending (人社部发的还是民政部发的: 部发)
    shared = next((n for n, (a, b) in enumerate(pairs) if a != b), min(len(first), len(second)))
    other = (second if said[0] == first else first)[: -shared or None]
    return "" if other in shown else wording.CHOSEN.format(said=said[0])  # both named (人社部和民政部): neither chosen
