"""Reading the years of work a question states: a span (3年, 两年多, 1年10个月, 半年), said short of its number
(不到2年, 快2年) or reached by the end of this year (年底就满4年), or counted from a year said (2019年毕业，
一直做社工)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.core.eligibility.certificates import Certificates, age
from bot.core.eligibility.education import Schooling
from bot.core.eligibility.grammar import (
    CLAUSE_RE,
    LATER_YEAR,
    LATER_YEARS,
    NOT_AGO,
    NUMERAL,
    PHRASE_RE,
    SHORT_BEFORE,
    YEAR_SAID,
    any_of,
    clause,
    clause_start,
    number,
    ranged,
)
from bot.core.eligibility.rules import ABOUT, NEARLY, UNDER, JobYears
from bot.core.eligibility.words import Words
from bot.core.eligibility.work import NO_WORK_RE, Work

_SHORT_YEAR = rf"{SHORT_BEFORE}\d{{2}}\s*年(?!(?:以|之)?前)"
_YEARS_AGO = {"去年": 1, "前年": 2, "大前年": 3}
_MAX_YEARS_AGO = 60
_THIS_YEAR = "今年"  # the year the asker would sit in, said as this one
# Between the year the asker would sit in and the word asking whether they may (2024年的时候我能报吗): only these.
_BEFORE_SITTING = "(?:的时候|的话|时|我|他|她|就|还|也|再|才)*"
_SINCE_GRADUATING, _SINCE_STARTING = "毕业后", "开始"  # how years from a year are said
SINCE_OBTAINING = "取得证书后"  # years counted from the year a certificate was obtained
_SHORT_WINDOW = 12  # characters before years said read for the words that they fall short (下个月就满)
YEAR_END = "year_end"  # of a span of years: reached by the end of this year (到今年年底就满4年)
_LATER_YEAR_RE = re.compile("(?:明|后)年?$")  # before a year end (明年年底, 明年底): a later year's
# After a number of years said short of it (years said short, `under`), before 满/到 (快满2年, 下个月就满2年).
_SHORT_TAIL = "(?:就|要|才|能|会|可以|也|都|已经|刚好|正好|刚)*(?:满|到|够|有)?"
GRADUATED_RE = re.compile(r"毕业了?$")  # before the years: 毕业两年 counts the time since, not years of work
_CALENDAR_YEAR = 60  # "2018年", "92年" (born then) are dates, not years of work
_MONTH = rf"(?:(?:\d{{1,2}}|{NUMERAL})月份?(?:底|初|中)?)"  # a month said (今年7月毕业, 今年六月份毕业)
# After 一年 (两年): how often the exam is held (一年考几次, 一年一次, 两年考一次吗), not years of work.
_HOW_OFTEN = "(?!(?:都|只|能|会|要|就)?(?:考|报|举行|举办|开考|组织|办|有)?(?:几|多少|[一两二三四1-4])次)"
_MONTHS_A_YEAR = 12
_MONTH_AFTER_RE = re.compile(rf"\s*年\s*(\d{{1,2}}|{NUMERAL})月")  # after a calendar year: its month (2025年1月)
_HALF, _HALF_YEAR = "半", 6  # after whole years (两年半): half a year more, in months


@dataclass(frozen=True, slots=True)
class Span:
    """Years of work as a question states them: the whole years, whether they were rounded down, whether they are only
    the years since graduating, where they are said; as said when they fall short of their number or are reached by
    the end of this year (`short`: UNDER, NEARLY, ABOUT or YEAR_END), and the months when said to the month (18个月)."""

    years: int
    floored: bool
    since: bool
    match: re.Match[str]
    said: str = ""
    short: str = ""
    months: int | None = None
    jobs: tuple[JobYears, ...] = ()  # the years of several jobs told, added up (see `Years.years_of`)
    ranged: bool = False  # said as two numbers (五六年): the lower is taken

    def read(self) -> tuple[int | None, bool, bool, re.Match[str] | None]:
        """The whole years, whether they were rounded down, whether they are only the years since graduating, and
        where they are said."""
        return self.years, self.floored, self.since, self.match


class Years:
    """The years of work a question states, read with the words of one knowledge base."""

    def __init__(
        self, words: Words, work: Work, certificates: Certificates, schooling: Schooling, this_year: Callable[[], int]
    ) -> None:
        """`this_year`: the year questions are read in, for years counted from a year said."""
        self._work, self._certificates, self._schooling, self._this_year = work, certificates, schooling, this_year
        # Years said short of their number (不到2年, 快2年, 2年不到), roughly (差不多5年, 五年左右) or reached by the
        # end of this year (年底就满4年).
        self._short_before = re.compile(
            rf"(?:(?P<end>{any_of(words.year_end)})|(?P<under>{any_of(words.under)})|(?P<nearly>{any_of(words.nearly)})"
            rf"|(?P<about>{any_of(words.about)})){_SHORT_TAIL}\s*$"
        )
        reached = any_of(word for word in words.under if word[-1] in "到满够足")  # 2年不到, 两年还没满
        self._under_after = re.compile(rf"了?(?:还|都|也)?(?:{reached or '(?!)'})(?!意)")
        self._about_after = re.compile(rf"\s*(?:{any_of(words.about_after)})")
        fresh = "|".join(  # 今年本科毕业, 今年7月毕业 as 今年毕业
            f"{re.escape(said[: -len('毕业')])}{_MONTH}?(?:{schooling.any_degree})?毕业"
            if said.endswith("毕业")
            else re.escape(said)
            for said in words.new_graduates
        )
        self._years = re.compile(  # 十几年, 20多年: at least 10, 20; 1年10个月; not 第二年, 同一年, 每一年
            rf"(?<![第同每])(?P<number>\d+(?:\.\d+)?|{NUMERAL})(?P<more>几|多|余)?\s*"
            rf"(?P<unit>年{NOT_AGO}{_HOW_OFTEN}(?:(?:零|又)?(?P<months>\d{{1,2}}|{NUMERAL})个?月(?!份))?|个月)(?P<rest>半|多)?|"
            rf"(?P<half>半年)|(?P<fresh>{fresh})"
        )
        # Years counted from a year said: a graduation with the work going on since, or the start of the work.
        self._graduated_in = re.compile(rf"{YEAR_SAID}[^,，。;；!！?？]{{0,12}}?毕业")
        # 19年本科毕业, 21年开始做社工, 21年拿的证: a calendar year, not 19 years of work
        self._calendar = re.compile(
            rf"{_SHORT_YEAR}(?=[^,，。;；!！?？]{{0,12}}?毕业|(?:[底初中末]|\d{{1,2}}月份?)?(?:{any_of(words.starting)})"
            rf"|(?:就|已经|已)?(?:{certificates.obtaining}))"
        )
        self._started_in = re.compile(rf"{YEAR_SAID}[^,，。;；!！?？]{{0,8}}?(?:{any_of(words.starting)})")
        # 从2021年干到现在, 从去年起: the work said anywhere in the question started then.
        self._from_year = re.compile(rf"从{YEAR_SAID}(?![^,，。;；!！?？]{{0,12}}?毕业)")
        self._part_of = re.compile(any_of(words.part_of))  # 在社区工作10年，其中做社工3年: not added
        # The year the asker would sit in (2024年能报高级吗, 明年能考吗): years from a year said are counted to its end.
        sitting = any_of(words.asking)
        self._sitting = re.compile(
            rf"(?:(?P<year>(?:19|20)\d{{2}})\s*年|(?P<later>{any_of((_THIS_YEAR, *LATER_YEARS))}))"
            rf"{_BEFORE_SITTING}(?:{sitting})[^,，。;；!！?？]{{0,3}}?[考报]"
        )
        # Years more than those told before (再干一年呢, 过两年呢, 明年呢): added to them.
        opening = "|".join(("^", r"(?<=[\W_])", *(f"(?<={re.escape(word)})" for word in words.linking)))
        self._more = re.compile(
            rf"(?:{any_of(words.adding)}|(?:{opening})(?:{any_of(words.adding_opening)}))"
            rf"\s*(?P<number>\d{{1,2}}|{NUMERAL})\s*年{NOT_AGO}|{LATER_YEAR}"
        )

    def spelled(self) -> Iterator[re.Pattern[str]]:
        """The patterns whose words are read in pinyin too."""
        yield from (self._short_before, self._under_after, self._about_after, self._years)
        yield from (self._graduated_in, self._calendar, self._started_in, self._from_year, self._part_of, self._more)

    def sitting_year(self, text: str) -> tuple[int, re.Match[str]] | None:
        """The year a question says the asker would sit in (2024年能报高级吗: 2024; 明年能考吗: next year), and where
        it is said; None when it says none."""
        if (said := self._sitting.search(text)) is None:
            return None
        later = said["later"]
        year = int(said["year"]) if said["year"] else self._this_year() + LATER_YEARS.get(later, 0)
        return year, said

    def more(self, text: str) -> re.Match[str] | None:
        """Where a follow-up says years more than those told before (再干一年, 再过两年, 明年, 后年), or None; their
        number is `added`'s."""
        return self._more.search(text)

    def years_of(self, text: str) -> tuple[Span | None, int | None, tuple[int, str] | None]:
        """The span of years of work a question states, else the years it states with none (0: 没工作过; None: not
        said), and the years of another job said before social work started, with that job. Of several spans, one
        reached by the end of this year (做了3年社工，到今年年底就满4年了: 4), else the first said to be social work in
        its clause (工作10年，其中做社工3年: 3), else the first; a word of a new graduate (刚毕业: none yet) only when
        no years are stated. Years of another job said before social work started
        (做了10年会计，后来做社工2年; 工作了10年开始做社工) are never these: they come last, with their job (10,
        会计), and when no other years are said the years of social work are not known (None). The years of several
        jobs told are added up (`_added`)."""
        spans = list(self._spans(text))
        if any(span.match["fresh"] is None for span in spans):  # 刚毕业，工作一年了: the years stated, not none
            spans = [span for span in spans if span.match["fresh"] is None]
        switched = [self._work.switched_to_social(text, span.match) for span in spans]
        added = self._added(text, spans, switched)
        counted = [span for span, to in zip(spans, switched, strict=True) if to is None]
        social = [span for span in counted if self._work.social_work_job.search(clause(text, *span.match.span()))]
        by_year_end = [span for span in counted if span.short == YEAR_END]
        added_up, parts = added if added is not None else (None, [])
        prior = next(
            ((span, to) for span, to in zip(spans, switched, strict=True) if to is not None and span not in parts), None
        )
        before = (prior[0].years, prior[1]) if prior is not None else None
        if added_up is not None:
            return added_up, None, before
        if counted:
            return (by_year_end or social or counted)[0], None, before
        if prior is not None:
            return None, None, before
        return None, (0 if NO_WORK_RE.search(text) else None), None

    def _added(self, text: str, spans: list[Span], switched: list[str | None]) -> tuple[Span, list[Span]] | None:
        """The years of several jobs told, each in a clause of its own, added up (之前在街道做了三年网格员，现在在社工
        机构做了一年: 4; 在养老院做了两年，又在社工站做了一年: 3), with the spans added; years of a job before social
        work started are among them when that job may count (做了6年社区工作，后来去社工站做了1年), never when it is
        plainly not social work or unnamed (those are `years_of`'s years before). None when
        fewer than two jobs are told so, or any years counted name no job, one plainly not social work (当了3年老师),
        years since graduating, years said short of their number or reached by the year end, or part of years said
        before (其中做社工3年)."""
        told: list[tuple[Span, tuple[str, bool]]] = []
        for span, to in zip(spans, switched, strict=True):
            if to is not None and (not to or to in self._work.unlike):
                continue
            own = clause(text, *span.match.span())
            if self._work.job_told(own) is None:  # English: its words are parted by spaces, its clauses by commas
                own = clause(text, *span.match.span(), PHRASE_RE)
            job = None if span.since or span.short or self._part_of.search(own) else self._work.job_told(own)
            if job is None:
                return None
            told.append((span, job))
        if len(told) < 2 or len({clause_start(text, span.match.start()) for span, _ in told}) < len(told):
            return None
        months = [_months(span) for span, _ in told]
        total = sum(m for m in months if m is not None) if None not in months else None
        years, floored = (total // 12, total % 12 != 0) if total is not None else (sum(s.years for s, _ in told), True)
        jobs = tuple(
            JobYears(job, span.said or span.match[0] if span.floored else f"{span.years}年", span.years, social)
            for span, (job, social) in told
        )
        said = f"{years}年多" if floored else ""
        by_month = total if any(span.months is not None for span, _ in told) else None  # 1年10个月: to the month
        return Span(years, floored, False, told[0][0].match, said, months=by_month, jobs=jobs), [s for s, _ in told]

    def _spans(self, text: str) -> Iterator[Span]:
        """Each span of years of work a question states (see `years_of`), in order: the whole years, whether they
        were rounded down, whether they are only the years since graduating, where they are said, and whether they
        fall short of the number said (不到2年, 快2年: one year less, rounded down) or are reached by the end of this
        year (到今年年底就满4年)."""
        for match in self._years.finditer(text):
            said, unit, months, rest = match["number"], match["unit"], match["months"], match["rest"] or match["more"]
            since = GRADUATED_RE.search(text, 0, match.start()) is not None
            if match["half"] or match["fresh"]:
                yield Span(0, bool(match["half"]), since, match, months=6 if match["half"] else None)
                continue
            amount = number(said)
            schooled = self._schooling.schooled.search(text, 0, match.start()) is not None
            yearly = unit.startswith("年")
            calendar = yearly and (self._calendar.match(text, match.start()) is not None)  # 19年毕业
            if amount is None or (yearly and amount >= _CALENDAR_YEAR) or schooled or calendar:
                continue
            if not yearly:
                whole = amount == int(amount)
                yield Span(int(amount // 12), amount % 12 != 0, since, match, months=int(amount) if whole else None)
                continue
            extra = number(months) if months else None
            if extra is not None and amount == int(amount):  # 1年10个月
                total = int(amount) * 12 + int(extra)
                yield Span(total // 12, total % 12 != 0, since, match, months=total)
                continue
            if not rest and amount == int(amount) and amount >= 1 and (short := self._short_of(text, match)):
                kind, words = short
                if kind == YEAR_END:
                    yield Span(int(amount), False, since, match, words, kind)
                else:
                    yield Span(int(amount) - 1, True, since, match, words, kind)
                continue
            floored, months = bool(rest) or amount != int(amount), _to_the_month(amount, rest)
            yield Span(int(amount), floored, since, match, months=months, ranged=ranged(said))

    def _short_of(self, text: str, match: re.Match[str]) -> tuple[str, str] | None:
        """How whole years said fall short of their number: UNDER (不到2年, 2年不到), NEARLY (快2年, 下个月就满2年),
        ABOUT (差不多5年, 五年左右: roughly), or reached by the end of this year (到今年年底就满4年); with the years as
        said, the words that say so included."""
        if (after := self._about_after.match(text, match.end())) is not None:
            return ABOUT, re.sub(r"\s+", "", text[match.start() : after.end()])
        before = self._short_before.search(text, max(0, match.start() - _SHORT_WINDOW), match.start())
        if before is not None:
            kind = YEAR_END if before["end"] else UNDER if before["under"] else ABOUT if before["about"] else NEARLY
            if kind == YEAR_END and _LATER_YEAR_RE.search(text, 0, before.start()):  # 明年年底满4年: not this year's
                kind = NEARLY
            return kind, re.sub(r"\s+", "", text[before.start() : match.end()])
        after = self._under_after.match(text, match.end())
        return (UNDER, re.sub(r"\s+", "", text[match.start() : after.end()])) if after is not None else None

    def counted(self, text: str, to: int | None = None) -> tuple[int, str, tuple[int, int]] | None:
        """Years counted from a year said to the end of this year (the rules count them up to the end of the year of
        registration): a graduation with the work going on since (2019年本科毕业，一直做社工; 2020年毕业后一直在社工机构
        上班), the year the work started (2021年开始做社工, 去年开始在社工站做社工), or the year the certificate was
        obtained with the work going on since (2020年拿到初级证，一直做社工); with how they were counted (2019年毕业后)
        and where the work is said; to the end of `to`, the year the asker would sit in, when said. Of several, the
        fewest years (2015年毕业…去年开始做社工: from last year). None when no work is said to go on from a year said,
        or it stopped."""
        work = self._work
        anchors = [
            *((match, _SINCE_GRADUATING) for match in self._graduated_in.finditer(text)),
            *((match, _SINCE_STARTING) for match in self._started_in.finditer(text)),
            *((match, _SINCE_STARTING) for match in self._from_year.finditer(text)),
            *((match, SINCE_OBTAINING) for pattern in self._certificates.obtained for match in pattern.finditer(text)),
            *((match, SINCE_OBTAINING) for match in self._certificates.aged_in(text)),  # 中级证拿了6年，一直做社工
        ]
        found = []
        for match, since in anchors:
            aged = "age" in match.re.groupindex
            years = (age(match) or None) if aged else self.years_ago(match, to)
            if years is None or work.stopped.search(text, match.end()):
                continue
            back = len("毕业") if since == _SINCE_GRADUATING else 0  # 毕业后 is a continuing word
            going_on = match if since == _SINCE_STARTING else work.continuing.search(text, match.end() - back)
            if going_on is None:
                continue
            end = CLAUSE_RE.search(text, going_on.end())
            start, rest = going_on.end(), text[going_on.end() : end.start() if end else len(text)]  # the work after it
            if work.named(rest) is None and match.re is self._from_year:  # 在居委会工作…从2021年干到现在
                start, rest = 0, text
            named = work.named(rest)
            if named is None or work.intending.search(rest, 0, named) or work.none_done(rest):
                continue
            if aged:
                said = f"{years}年前"
            elif match["ago"] or match["last"]:
                said = f"{match['ago']}年前" if match["ago"] else match["last"]
            else:
                month = self._month_of(match)
                said = f"{self._year_of(match)}年" + (f"{month}月" if month else "")
            at = start + named
            found.append((years, said + since, (at, at)))
        return min(found, key=lambda counted: counted[0], default=None)

    @staticmethod
    def _month_of(match: re.Match[str]) -> int | None:
        """The month said right after a calendar year (2025年1月: 1), or None."""
        if not (match["year"] or match["short"]):
            return None
        said = _MONTH_AFTER_RE.match(match.string, match.end("year" if match["year"] else "short"))
        month = number(said[1]) if said else None
        return int(month) if month is not None and 1 <= month <= _MONTHS_A_YEAR else None

    def _year_of(self, match: re.Match[str]) -> int:
        """The calendar year a match of a year said names (19年: the latest such year not after this one)."""
        year = int(match["year"] or match["short"])
        if year < 100:
            year += 2000 if 2000 + year <= self._this_year() else 1900
        return year

    def years_ago(self, match: re.Match[str], to: int | None = None) -> int | None:
        """The whole years from a year said to the end of this year (or of `to`, the year the asker would sit in):
        that year less the year said, counted to the month when one is said (2025年1月: 2 years by the end of 2026);
        years ago: as many, and as many more to `to`."""
        end = to if to is not None else self._this_year()
        if match["year"] or match["short"]:
            whole = end - self._year_of(match)
            month = self._month_of(match) or _MONTHS_A_YEAR  # no month said: its last, the fewest years
            years: float | None = (whole * _MONTHS_A_YEAR + _MONTHS_A_YEAR + 1 - month) // _MONTHS_A_YEAR
        else:
            ago = number(match["ago"]) if match["ago"] else _YEARS_AGO[match["last"]]
            years = ago + end - self._this_year() if ago is not None else None
        return int(years) if years is not None and 0 < years <= _MAX_YEARS_AGO else None


def added(more: re.Match[str]) -> int:
    """The years more a match of `Years.more` says (再干一年: 1, 后年: 2)."""
    return LATER_YEARS[more["later"]] if more["later"] else int(number(more["number"]) or 0)


def _months(span: Span) -> int | None:
    """The months a span of years stands for (2年: 24, 两年半: 30, 18个月: 18), or None when not said to the month
    (两年多)."""
    return span.months if span.months is not None else None if span.floored else span.years * 12


def _to_the_month(amount: float, rest: str | None) -> int | None:
    """The months of years said with a part of a year to the month (两年半, 2.5年: 30), else None (3年, 两年多)."""
    if rest == _HALF:
        return int(amount) * 12 + _HALF_YEAR
    return round(amount * 12) if not rest and amount != int(amount) else None
