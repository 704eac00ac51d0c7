"""The figure check: every number an answer states occurs in one of the sources its entry cites (the loader runs it).

- A figure is an Arabic number (1500, 7.96, 2008; with a following 万 the figure is `89万`, checked with its 万), or a
  run of Chinese numerals directly followed by a counting unit (三年, 两年, 十四个, 一次, 三四千元). Numbers in a
  list marker at the start of a line (`1.`, `2、`) and ordinals after 第 are not figures.
- An Arabic figure passes when a cited source holds the same number standing alone (not part of a longer number), or
  with its 万 for a 万 figure (9万 is not in 89万); the source is read with whitespace removed too, since the
  newspaper page breaks lines inside words.
- A Chinese-numeral figure passes when a cited source holds its value as an Arabic number or an English word (`3`,
  `three`; 一次 also as `once`), or the numeral words as written (一次, 三四千).
- An Arabic figure with a unit right after it (%, 万, 亿, 元, 人, 名, 个, 家, 年, 个月, 学时, 小时, 天, 科,
  分 …; 多 or 余 may stand between: 20多个) passes only when a cited source also holds that number with that unit
  (20% not where the source has 20万 and 20多个), the source read without whitespace as above; the rules sources, in
  English, write the unit as the word after the number (3年: `3 years`, 90学时: `90 hours`, 2科: `two subjects`).
  A year (2019年) passes only where a source names that year, not an amount (2000元).

The words a rule of knowledge/eligibility.yaml follows are looked up in its source's text as written, any whitespace
read as one space (`quoted`), and the years they give are read as the unit check reads a source (`years_given`).

A question asking to confirm (…对吗, …吧, 听说…？, true?) is checked the same way against the answer it gets: the
figures it puts forward (`put_forward`: 七点九六万, ７.９６万 and 7.96万 alike), whether the answer states each
(`stated`, `proposed`), and the question it asks of them (`as_asked`: 北京有7.96万社工对吗 asks 北京有多少社工).
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.text import (
    CHINESE_NUMERALS,
    HANZI_RE,
    LIST_MARK_RE,
    NEARLY,
    SUM_AFTER_PERIOD,
    chinese_number,
    in_arabic,
    to_simplified,
)

_NUMERALS = "零一二两三四五六七八九十百千"
_UNITS = "年|个月|个|科|门|级|名|元|千|万|次|小时|学时|天|日|人|家|项|倍|岁|分"
_ARABIC = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(万?)")
_CHINESE = re.compile(rf"(?<![第{_NUMERALS}])([{_NUMERALS}]+)(?={_UNITS})")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # the comma of 80,000
# What may not come just before a figure with Chinese in it, by whether it opens with a numeral: 9万 is not in 89万,
# nor 三年 in 十三年.
_NOT_AFTER = {False: r"(?<![\d.])", True: rf"(?<![{_NUMERALS}])"}
_TIMES = {1: ("once",), 2: ("twice",)}  # 一次 in a source written in English
_ENGLISH = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# The units after an Arabic figure that a source in English writes as a word after the number, each with how a source
# writes it in Chinese and in English; then those only a source in Chinese writes.
_ENGLISH_UNITS = {
    "%": ("[%％]", "percent|per cent"),
    "％": ("[%％]", "percent|per cent"),
    "个工作日": ("个?工作日", "working days?"),
    "个月": ("个月", "months?"),
    "学时": ("学时", "hours?"),
    "小时": ("小时", "hours?"),
    "分钟": ("分钟", "minutes?"),
    "年": ("年", "years?"),
    "天": ("天", "days?"),
    "日": ("日", "days?"),
    "科": ("科", "subjects?"),
    "门": ("门", "subjects?"),
    "次": ("次", "times"),
    "岁": ("岁", "years? old"),
    "元": ("元", "yuan"),
}
_UNIT_FORMS = {**{unit: (unit, "") for unit in "万亿千人名个家项级倍分"}, **_ENGLISH_UNITS}
_MEASURED = re.compile(
    rf"(?<![\d.])(\d+(?:\.\d+)?)\s*([多余]?)({'|'.join(sorted(map(re.escape, _UNIT_FORMS), key=len, reverse=True))})"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
# A year standing alone in a source's text: not part of a longer number, nor an amount (2000元) or a count.
_YEAR_IN_SOURCE = r"(?<![0-9.]){}(?![0-9.])(?!\s*[元万千人名个家项次])"
SOURCE_YEAR_RE = re.compile(_YEAR_IN_SOURCE.format(f"({_YEAR.pattern})"))


@dataclass(frozen=True)
class Figure:
    """A number an answer states, and what may stand for it in a source."""

    text: str  # as the answer writes it
    forms: tuple[str, ...]  # what may stand for it in a source (already without whitespace)


def figures(line: str) -> list[Figure]:
    """The figures one line of an answer states."""
    line = LIST_MARK_RE.sub("", line)
    found = []
    for match in _ARABIC.finditer(line):
        number, wan = match.groups()
        found.append(Figure(number + wan, (number + wan,)))
    for match in _CHINESE.finditer(line):
        numerals = match.group(1)
        said = chinese_number(numerals)
        if said is None or not said.isdigit():  # a range (三四千) is checked as written
            found.append(Figure(numerals, (numerals,)))
        else:
            value = int(said)
            words: tuple[str, ...] = (_ENGLISH[value],) if value < len(_ENGLISH) else ()
            words += _TIMES.get(value, ()) if line[match.end() :].startswith("次") else ()
            found.append(Figure(numerals, (str(value), *words, numerals)))
    return found


def searchable(text: str) -> str:
    """A source's text as figures are looked up in it: without whitespace (words split by line breaks), then as
    written (whole English words such as `3 years`)."""
    return re.sub(r"\s+", "", text) + "\n" + text


def occurs(figure: Figure, text: str) -> bool:
    """Whether a source's searchable text holds the figure in one of its forms."""
    for form in figure.forms:
        if _NUMBER.fullmatch(form):
            if re.search(rf"(?<![\d.]){re.escape(form)}(?![\d]|\.\d)", text):
                return True
        elif form.isascii():
            if re.search(rf"\b{form}\b", text, re.IGNORECASE):
                return True
        elif re.search(rf"{_NOT_AFTER[form[0] in _NUMERALS]}{re.escape(form)}", text):
            return True
    return False


@dataclass(frozen=True)
class Unsourced:
    """A figure of an answer that none of its sources holds, as the answer writes it; `number` when one holds its
    number, but never with its unit."""

    text: str
    number: str | None = None


def _measured(line: str) -> list[tuple[str, str, re.Pattern[str]]]:
    """The figures of one answer line with a unit, each as written, with its number and how a source may write it."""
    found = []
    for match in _MEASURED.finditer(LIST_MARK_RE.sub("", line)):
        number, about, unit = match.groups()
        chinese, english = _UNIT_FORMS[unit]
        forms = [rf"{re.escape(number + about)}(?:{chinese})"]
        if english and not about:
            forms.append(rf"{re.escape(number)}\s*-?\s*(?:{english})")
            if number.isdigit() and int(number) < len(_ENGLISH):
                forms.append(rf"\b{_ENGLISH[int(number)]}\s+(?:{english})")
        if unit == "年" and _YEAR.fullmatch(number):
            forms = [_YEAR_IN_SOURCE.format(number)]
        pattern = re.compile(rf"(?<![\d.])(?:{'|'.join(forms)})", re.IGNORECASE)
        found.append((number + about + unit, number, pattern))
    return found


def unsupported_figures(line: str, sources: list[str]) -> list[Unsourced]:
    """The figures of one answer line that none of the sources' searchable texts holds: those whose number none
    holds (`unsupported`), then those with a unit whose number one holds, but none with that unit."""
    missing = unsupported(line, sources)
    unmeasured = [
        Unsourced(text, number)
        for text, number, written in _measured(line)
        if text not in missing and number not in missing and not any(written.search(source) for source in sources)
    ]
    return [*(Unsourced(figure) for figure in missing), *unmeasured]


# The units of what the rules set, which an honest answer may repeat: spans of time, how often, ages, subjects, marks.
_RULED = frozenset({"年", "个月", "个工作日", "学时", "小时", "分钟", "天", "日", "次", "岁", "科", "门", "分"})
_MONEY = frozenset("元千万亿")


def amounts(line: str) -> list[str]:
    """The amounts and counts one answer line states (1500元, 7.96万, 960家, 20%, 十四个), as the answer writes them:
    every figure but a calendar year (2023年《浙江日报》), what the rules set (每3年, 90学时, 每年一次), an ordinal
    (第1) and a count under ten said in words (一名社工, 两个例子)."""
    line = LIST_MARK_RE.sub("", line)
    found = []
    for match in _ARABIC.finditer(line):
        number, wan = match.groups()
        measured = _MEASURED.match(line, match.start())
        unit = measured[2] + measured[3] if measured else wan
        year = _YEAR.fullmatch(number) and unit in ("", "年")
        if wan or not (year or unit in _RULED or line[: match.start()].endswith("第")):
            found.append(number + unit)
    for match in _CHINESE.finditer(line):
        unit = next(unit for unit in _UNITS.split("|") if line.startswith(unit, match.end()))  # 个月 before 个
        said = chinese_number(match[1])
        small = said is not None and said.isdigit() and int(said) < 10
        if unit not in _RULED and (unit in _MONEY or not small):
            found.append(match[1] + unit)
    return found


# A question that puts something forward to be confirmed: it closes with 吗 or 吧 or asks 对吗, 是真的吗, true?, or in
# English asks whether something is (is it…); or, asking nothing else (no 多少, 什么, how), it says 听说 or is a
# statement with a question mark (北京有7.96万社工？ national exam started 2006?).
_CONFIRMING = re.compile(
    r"(?:[吗吧]|(?<![什怎这那多])么)[?]?$|是不是|对吗|对吧|对不对|没错吧|是真的|(?<![a-z])(?:true|right|correct|really)\W*$"
    r"|^(?:is|are|was|were)(?![a-z])"
)
_HEARSAY = re.compile(r"听说|据说|[?]$")
_ASKING = re.compile(
    r"多少|几|什么|啥|哪|怎|谁|如何|为何|是否|有没有|能不能|可不可以|要不要|还是|呢"
    r"|^(?:what|how|when|where|who|which|why|can|could|may|might|must|shall|should|will|would|do|does|did|has|have|had|am|if)(?![a-z])"
)
# The words that ask to confirm, left out of the question it confirms.
_TO_CONFIRM = re.compile(
    r"听说|据说|是不是真的|是真的吗|是真的|对不对|对吗|对吧|没错吧|吧(?=[?]?$)"
    r"|(?<![a-z])(?:is it true(?: that)?|true|right|correct|really)(?![a-z])"
)
# A figure as a question says it (7.96万, 一千五百, 两, 五六千, 2021-2025), with the unit after it (元, 人, 年 …).
_SAID = rf"\d+万\d[千百](?:\d[百十])?|\d+(?:\.\d+)?[万千]?|[{CHINESE_NUMERALS}]+"  # and 15万6千, 7万9千6百
_FIGURE_SAID = re.compile(
    rf"(?<![\d.{CHINESE_NUMERALS}第])(?P<number>(?:{_SAID})(?:\s*[-~至到]\s*(?:{_SAID}))?)"
    r"(?P<unit>元|块|人|名|位|个月|个?学时|个?小时|个|家|项|科|门|次(?!性)|天|年)?"
)
_APPROXIMATE = re.compile(r"\s*(?:多|余|来|左右|上下|出头)")  # 七万多, 三千左右: about a figure, not it
# Before a figure: a round figure near the true one (将近8万, nearly 80,000), held to within `_NEAR`
_NEARLY = re.compile(rf"(?:{NEARLY})\s*$")
_NEAR = 0.05
_LATER = re.compile(r"\s*(?:以后|之后|过后|后)")  # 三年后会作废吗: a time the question sets, not a figure put forward
_BEFORE_CONFIRMING = re.compile(r"\s*(?:对|是真的|是不是真的)?(?:[吗吧]|对不对)")  # 1500对吗, 20万吗
_TOLD_OF_ONESELF = re.compile(
    r"(?:(?:做|干|工作|从事|当|读|学|待)了?(?:社工|社会工作)?了?|考了|考过|过了"
    r"|(?<![a-z])(?:worked|working|for|with|have|had|been|am|aged?))\s*$"
)  # 做了8年, 做社工3年, worked for 3 years: the asker's own
# A count of subjects that a question asks something else of (两科必须一次都过吗, 三科要一年内全部考过吗,
# 三科不在同一年过可以吗): what it is about, not a figure put forward; and a figure said after 分 (分两年考): what a
# thing is split into.
_ASKED_OF = re.compile(
    r"\s*(?:必须|需要|要|得|可以|可不可以|能|能不能|都|全部|全都|一次|同时|不在|不再|不是同|分开|分两|分几)"
)
_COUNT_OF_SUBJECTS = ("科", "门")
_SPLIT_INTO = re.compile(r"分\s*$")
_CALENDAR_YEAR = re.compile(r"(?:19|20)\d\d(?:-(?:19|20)\d\d)?")
# A year put forward as when something started (national exam started 2006?), and as an answer states it.
_STARTED = re.compile(r"开始|起|首次|第一次|首届|(?<![a-z])(?:start|started|starts|began|begin|since|first)(?![a-z])")
_STARTED_IN_ANSWER = re.compile(r"((?:19|20)\d\d)年?(?:起|开始|首次)")
# A figure that is one end of a range an answer states (3000 in 三四千, written 3000-4000) is not stated alone.
_NO_RANGE_BEFORE, _NO_RANGE_AFTER = r"(?<!\d[-~至到])", r"(?![-~至到]\d)"
_RANGE = r"(?<![\d.])(\d+(?:\.\d+)?[万千]?)[-~至到](\d+(?:\.\d+)?[万千]?)"
_YEAR_SPAN_IN_ANSWER = re.compile(r"((?:19|20)\d\d)年?\s*[-–—~至到]\s*((?:19|20)\d\d)")
_SAME_UNIT = {"块": "元", "名": "人", "位": "人", "个学时": "学时", "个小时": "小时"}
# The words things are counted by stand for one another (三门 for 3科, 960个 for 960家, 两三个人 for 两三名), but 个月
_COUNTED = dict.fromkeys(("个", "家", "项", "科", "门"), "个(?!月)|家|项|科|门|名|位|所")
_UNITS_WRITTEN = {"元": "元|块", "人": "人|名|位", "学时": "学时|小时", "小时": "小时|学时", **_COUNTED}
# Before a figure, or after it: asked as more or less than it (超过80万了吗, 不到90万吧, 15万以上), not as it
_MORE = r"超过|超出|多于|高于|大于|不止|至少|起码|突破|过了|上了|more than|over|at least"
_LESS = r"不到|少于|低于|小于|不足|没到|没有到|不满|less than|under|fewer than"
_MORE_BEFORE, _LESS_BEFORE = (re.compile(rf"(?:{words})\s*$") for words in (_MORE, _LESS))
_MORE_AFTER = re.compile(r"\s*(?:以上|多个|还多|or more)")
_LESS_AFTER = re.compile(r"\s*(?:以下|以内|or less)")
_THAN_ASKED = re.compile(rf"(?:{_MORE}|{_LESS})\s*(?=多少)|(?<=多少)\s*(?:以上|以下|以内)")  # 超过多少: 多少
_WAN = 10_000
_AS_CHINESE = str.maketrans("0123456789", "零一二三四五六七八九")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_CLAUSES = re.compile(r"(?:[,;!?，。；！？、\s]|\.(?!\d))+")
_IS_HOW_MANY = re.compile(r"(?:是不是|是)(多少[^\s吗]?)吗?")  # 是多少吗, asked of a figure put forward: 有多少
_PERIODS = {  # how often a figure is said to fall, as a question says it; 一年 alone is a length (考过一年了), but
    # not before a sum (一年拿三四千)
    "每年": re.compile(
        rf"每一?年|年年|每个?年度|按年|年薪|年收入|一年(?={SUM_AFTER_PERIOD}|(?:能|要|可以)?[拿挣赚发给有]?(?:多少|几多))"
        r"|(?<=[是算])一年的|一年的(?=吗|数据|数字)"  # 22.8万人是一年的吗: a year's
        r"|(?<![a-z])(?:per year|a year|annually|yearly|each year|every year)"
    ),
    "每月": re.compile(
        r"每一?个?月|一个月|按月|月薪|月收入|(?<![a-z])(?:per month|a month|monthly|each month|every month)"
    ),
}
_ASKED_PERIODS = {  # a period a question asks of a sum with no figure (是一次性的吗), as `_PERIODS`, and once
    **_PERIODS,
    "一次性": re.compile(r"一次性|(?<![a-z])(?:one-off|one-time|one time|lump sum)"),
}
_HOW_MUCH = re.compile(r"多少(?!人)|几多|(?<![a-z])how much")  # a sum or hours, not how many people
# A total so far, as the entries say it (截至2023年5月底，北京各级社工服务平台累计完成…): up to when, if said
_TOTAL_IN_ANSWER = re.compile(r"(?:(?P<until>截至[^，。；\n]{2,12}?[底末])[^。；\n]*?)?(?P<total>累计)")
_SENTENCES = re.compile(r"[。；\n]")
_PERIOD_IN_ANSWER = re.compile(r"每一?年|每个?年度|每一?个?月|一次性|每个?\d年|有效期内")  # as the entries say it
_CLAUSE_OF = re.compile(r"[，。；;,!?！？\n]")  # around a figure: its clause (spaces kept: per year)
_NOTHING_ELSE = re.compile(r"(?:[是有就那这也约共吗呢么嘛啊呀的]|大概|差不多|\W)*")  # 是…吗, 那有…？
_ENGLISH_CLAUSES = re.compile(r"[,;!?]+|\.(?:\s|$)")


@dataclass(frozen=True)
class PutForward:
    """A figure a question puts forward to be confirmed: as the question writes it (7.96万, 一千五百元, 两年), where
    its number stands in the question as read (`read`), its value in Arabic numerals (7.96万, 1500, 2021-2025), its
    unit (元, 人, 年, or none) and whether it is a year."""

    text: str
    start: int
    end: int
    value: str
    unit: str
    year: bool = False  # a calendar year or a span of them, said as when something started or ran
    near: bool = False  # said as about that figure (将近8万): a figure within `_NEAR` of it is the one meant
    than: str = ""  # said as more ("more") or less ("less") than it (超过80万了吗), not as it


def period_unsaid(question: str, figures: list[PutForward], answer: str) -> tuple[str, str | None] | None:
    """The period a question puts a figure forward for (继续教育每年要72学时吗: 每年) when the answer never gives its
    figures for it, with the period it gives them for instead: as the clause stating the figure says it (新入职社工
    一年拿三四千对吗: 每个月), "" when only another clause says one (每个3年登记有效期内), None when none does (台州中级
    奖2000元每年都有吗: the report does not say); else None."""
    for figure in figures:
        clause = _CLAUSE_OF.split(question[: figure.start])[-1] + _CLAUSE_OF.split(question[figure.start :])[0]
        for period, said in _PERIODS.items():
            if said.search(clause) and not said.search(answer):
                own = (_PERIOD_IN_ANSWER.search(c) for c in _CLAUSE_OF.split(answer) if stated(figure, c))
                if (instead := next(filter(None, own), None)) is not None:
                    return period, instead.group()
                if total := _in_total(figure, answer):  # 服务22.8万人是一年的吗: 截至2023年5月底累计
                    return period, total
                return period, "" if _PERIOD_IN_ANSWER.search(answer) else None
    return None


def _in_total(figure: PutForward, answer: str) -> str:
    """How the sentence of an answer stating a figure says it is a total so far (截至2023年5月底…累计), or ""."""
    for sentence in _SENTENCES.split(answer):
        if stated(figure, sentence) and (total := _TOTAL_IN_ANSWER.search(sentence)):
            return f"{total['until'] or ''}{total['total']}"
    return ""


def period_asked(question: str, answer: str) -> tuple[str, str] | None:
    """For a question (as `read`) asking whether a sum falls once, every year or every month, or how much it is by one
    of those, without putting a figure forward (台州奖励是一次性的吗, 奖励每年都有吗, 是一次性发还是每年都发, 宁波奖励
    一年多少; the caller knows it puts none), when the answer says none of those asked: the periods asked
    (一次性还是每年), with the one the answer says instead, or "" when it says none; else None."""
    between = "还是" in question
    asking = _ASKING.search(question.replace("还是", "") if between else question)
    how_much = asking is not None and _HOW_MUCH.search(question) is not None  # 一年多少: a sum by the year
    if not (how_much or ((_CONFIRMING.search(question) or between) and not asking)):
        return None
    found = ((said.search(question), period) for period, said in _ASKED_PERIODS.items())
    asked = [period for at, period in sorted((m.start(), p) for m, p in found if m)]  # in the question's order
    if not asked or any(_ASKED_PERIODS[period].search(answer) for period in asked):
        return None
    other = _PERIOD_IN_ANSWER.search(answer)
    return "还是".join(asked if between else asked[:1]), other.group() if other else ""


def read(question: str) -> str:
    """A question as its figures are read: NFKC (full-width digits), Simplified, lower case, with no separator of
    thousands (80,000: 80000)."""
    return _THOUSANDS.sub("", to_simplified(unicodedata.normalize("NFKC", question)).lower().strip())


def confirms(question: str) -> bool:
    """Whether a question (as `read`) asks to confirm what it says (北京有7.96万社工对吗, 听说…有100万人？)."""
    return bool(_CONFIRMING.search(question) or (_HEARSAY.search(question) and not _ASKING.search(question)))


def put_forward(question: str) -> list[PutForward]:
    """The figures a question (as `read`) puts forward to be confirmed: amounts with a unit (3000元, 两年, 228万人),
    a 万 or 千 (有20万持证社工, 五六千), a bare number before 吗 or 对吗 (奖励是2000吗) or in English (16 district
    centres), and a calendar year only as a span (2021-2025年) or as when something started (started 2006); never
    the asker's own (做了8年), an ordinal (第一), a time the question sets (三年后), nor a numeral that is part of a
    word (一次性, 一样)."""
    if not confirms(question):
        return []
    english = not HANZI_RE.search(question)
    found = []
    for said in (f for at, end in _asking_clauses(question) for f in _FIGURE_SAID.finditer(question, at, end)):
        number, unit = said.group("number"), said.group("unit") or ""
        value = "-".join(_value(side) for side in re.split(r"\s*[-~至到]\s*", number))
        if (
            number == "一"  # 等一年, 一个专业: a word, not a figure (but 两年)
            or not re.fullmatch(r"[\d.\-万千]+", value)
            or _TOLD_OF_ONESELF.search(question, 0, said.start())
            or _APPROXIMATE.match(question, said.end())  # 七万多: more than a figure, not one to hold to
            or _LATER.match(question, said.end())
            or (unit in _COUNT_OF_SUBJECTS and _ASKED_OF.match(question, said.end()))
            or _SPLIT_INTO.search(question, 0, said.start())
        ):
            continue
        before_confirming = bool(_BEFORE_CONFIRMING.match(question, said.end()))
        calendar = bool(_CALENDAR_YEAR.fullmatch(value)) and unit in ("", "年")
        year = calendar and ("-" in value or bool(_STARTED.search(question)))
        if calendar and not year and not before_confirming:
            continue  # 2023年的奖励: when, not what (but 奖励是2000吗)
        at = said.start()
        near = _NEARLY.search(question, 0, at) is not None
        than = _than(question, at, said.end())
        figure = PutForward(said.group(), at, at + len(number), value, _SAME_UNIT.get(unit, unit), year, near, than)
        in_english = english and bool(_NOUN_AFTER.match(question, said.end()))  # 16 district centres, not 9 5
        if year or unit or in_english or re.search("[万千]", number) or before_confirming:
            found.append(figure)
    return found


def _than(question: str, start: int, end: int) -> str:
    """Whether a figure said from `start` to `end` is asked as more ("more") or less ("less") than it, or as it ("")."""
    if _MORE_BEFORE.search(question, 0, start) or _MORE_AFTER.match(question, end):
        return "more"
    return "less" if _LESS_BEFORE.search(question, 0, start) or _LESS_AFTER.match(question, end) else ""


def compared(figure: PutForward, answer: str) -> tuple[str, bool] | None:
    """For a figure asked as more or less than it (超过80万了吗), the answer's figure in its unit nearest to it (89万)
    and whether that is more (less) than it; None for a figure asked as it, or an answer stating none in its unit."""
    wanted = _amount(figure.value)
    if not figure.than or wanted <= 0:
        return None
    found = [(m[0], _amount(m[1])) for m in re.finditer(_in_its_unit(figure), in_arabic(answer))]
    found = [(said, amount) for said, amount in found if amount > 0]
    if not found:
        return None
    said, amount = min(found, key=lambda pair: abs(math.log(pair[1] / wanted)))
    if amount == wanted:
        return None  # 至少15.6万: the figure itself, confirmed as any other
    return said.strip(), amount > wanted if figure.than == "more" else amount < wanted


def _asking_clauses(question: str) -> list[tuple[int, int]]:
    """Where the clauses that ask to confirm stand: those that do (有两次机会吗，…是不是要等), and the last that says
    more than the words asking (北京有7.96万持证社工，对吗); a clause before them is told, not put forward
    (今年约89万人报考社工 这个工作有意思吗)."""
    parted = _CLAUSES if HANZI_RE.search(question) else _ENGLISH_CLAUSES
    starts = [0, *(m.end() for m in parted.finditer(question)), len(question)]
    clauses = [(at, end) for at, end in itertools.pairwise(starts) if at < end]
    saying = [bool(_TO_CONFIRM.sub("", question[at:end]).strip(" ,.;!?，。；！？吗")) for at, end in clauses]
    last = max((n for n, says in enumerate(saying) if says), default=0)
    return [
        (at, end) for n, (at, end) in enumerate(clauses) if n == last or confirms(question[at:end].rstrip(" ,.;!、"))
    ]


def stated(figure: PutForward, answer: str) -> bool:
    """Whether an answer states a figure put forward, however either writes its numbers (1500元 in 1500元/人, 三四千元
    for 3000-4000元; 89万 for 89万人; 2006 for started 2006 only where the answer says something started then)."""
    text = in_arabic(answer)
    if figure.year and "-" in figure.value:
        return tuple(figure.value.split("-")) in _YEAR_SPAN_IN_ANSWER.findall(text)
    if figure.year and (started := _STARTED_IN_ANSWER.findall(text)):
        return figure.value in started
    unit = "" if _counted_in_wan(figure) else figure.unit
    values = "|".join(map(re.escape, _written_as(figure.value)))
    if re.search(rf"(?<![\d.]){_NO_RANGE_BEFORE}(?:{values}){_NO_RANGE_AFTER}{_after(unit)}", text):
        return True
    year = "" if unit == "年" else "(?!年)"  # 将近两千: not 2023年
    near = rf"(?<![\d.]){_NO_RANGE_BEFORE}(\d+(?:\.\d+)?[万千]?){year}{_NO_RANGE_AFTER}{_after(unit)}"
    found = re.finditer(near, text) if figure.near else iter(())
    wanted = _amount(figure.value)
    return any(abs(_amount(m[1]) - wanted) <= _NEAR * wanted for m in found)


def within_range(figure: PutForward, answer: str) -> bool:
    """Whether an answer states a range in the unit of a figure put forward that holds it (三千 in 三四千元)."""
    wanted = _amount(figure.value)
    ranges = re.finditer(rf"{_RANGE}{_after(figure.unit)}", in_arabic(answer))
    return not figure.year and wanted > 0 and any(_amount(m[1]) <= wanted <= _amount(m[2]) for m in ranges)


def rounded_from(figure: PutForward, answer: str) -> str | None:
    """The answer's figure in the unit of one put forward that rounds to it at the place of its last digit, when the
    answer does not state it (8万 of 7.96万: about it; not 20万 of 15.6万), as the answer writes it; else None."""
    wanted, number = _amount(figure.value), _NUMBER.search(figure.value)
    if figure.year or wanted <= 0 or number is None or stated(figure, answer):
        return None
    place = 10.0 ** -len(number[0].partition(".")[2]) * (wanted / float(number[0]))  # 8万: 1万; 7.5万: 0.1万
    for found in re.finditer(_in_its_unit(figure), in_arabic(answer)):
        amount = _amount(found[1])
        if amount and abs(amount - wanted) <= min(place / 2, _NEAR * wanted):
            return found[0]
    return None


def _amount(value: str) -> float:
    """A figure's value (7.96万, 5000, 1.5千) as a number; 0 for a span or anything else."""
    found = re.fullmatch(r"(\d+(?:\.\d+)?)([万千]?)", value)
    return float(found[1]) * {"万": _WAN, "千": 1000, "": 1}[found[2]] if found else 0.0


def _value(said: str) -> str:
    """A figure as a question says it, in Arabic numerals; one said in 万 and the places below (15万6千, 七万九千六百)
    in 万 (15.6万, 7.96万), as the answers write such counts."""
    head, wan, tail = said.partition("万")
    if wan and tail:
        low = in_arabic(head)
        rest = chinese_number(tail.translate(_AS_CHINESE))
        if low.isdigit() and rest is not None and rest.isdigit():
            return f"{(int(low) * _WAN + int(rest)) / _WAN:g}万"
    return in_arabic(said)


def _written_as(value: str) -> tuple[str, ...]:
    """How an answer may write a figure's value: as said, and a count of ten thousand or more in 万 as well (79600:
    7.96万)."""
    if value.isdigit() and int(value) >= _WAN and (wan := f"{int(value) / _WAN:g}万") != value:
        return value, wan
    return (value,)


def in_unit(figure: PutForward, text: str) -> bool:
    """Whether a text states any figure in the unit of one put forward (72小时 for 90学时; years of time for 2年, not
    a calendar year as 2006年; a count in 万 for 100万人, as answers write counts), or any figure at all for one put
    forward without a unit."""
    return re.search(_in_its_unit(figure), in_arabic(text)) is not None


def _in_its_unit(figure: PutForward) -> str:
    """The pattern of a figure (its number and unit captured) in the unit of one put forward, as answers write it: a
    count in 万 for a count of people in 万; never a calendar year for a length of years (2006年 for 2年)."""
    calendar = "" if figure.year else r"(?!(?:19|20)\d\d年)"
    number = r"(\d+(?:\.\d+)?万)" if _counted_in_wan(figure) else rf"(\d+(?:\.\d+)?[万千]?){_after(figure.unit)}"
    return rf"(?<![\d.]){calendar}{number}"


def _counted_in_wan(figure: PutForward) -> bool:
    """Whether a figure put forward counts people in 万 (80万人), which answers write as a count in 万 (89万)."""
    return figure.unit == "人" and figure.value.endswith("万")


def _after(unit: str) -> str:
    """What follows a figure in its unit as an answer writes it (1500元 or 1500块), or ends a figure with none."""
    units = _UNITS_WRITTEN.get(unit, re.escape(unit))
    return rf"\s*[多余]?(?:{units})" if unit else r"(?!\d|\.\d)"


def proposed(question: str, answer: str) -> list[str]:
    """The figures a question puts forward (台州中级奖励是3000元吗: 3000元) that the answer does not state, as the
    question writes them."""
    return [figure.text for figure in put_forward(read(question)) if not stated(figure, answer)]


def _rewritten(question: str, said_as: Callable[[PutForward], tuple[int, str]]) -> str:
    """A question (as `read`) with each figure it puts forward, up to the end `said_as` gives, said as it says."""
    for figure in reversed(put_forward(question)):
        end, said = said_as(figure)
        question = f"{question[: figure.start]}{said}{question[end:]}"
    return question


def without_proposed(question: str) -> str:
    """A question (read) without the figures it puts forward, so that none is read as a year asked about (奖励是2000吗,
    北京行动计划2021-2025年对吗)."""
    return _rewritten(read(question), lambda figure: (figure.end, " "))


def as_asked(question: str) -> str:
    """The question a question asking to confirm asks (北京有7.96万社工对吗: 北京有多少社工): each figure it puts
    forward as 多少 (how many; a year as 哪年, since when), without the words asking to confirm; else the question
    itself."""
    text = read(question)
    if not confirms(text):
        return question
    chinese = bool(HANZI_RE.search(text))

    def asking(figure: PutForward) -> tuple[int, str]:
        if figure.year:  # 2021-2025年 as a whole
            return figure.start + len(figure.text), "哪年" if chinese else " since when "
        if not chinese:
            return figure.end, " how many "
        how_many = "几年" if figure.unit == "年" else f"多少{figure.unit}"  # 五千块: 多少元; 五年: 几年, as entries say
        return figure.start + len(figure.text), how_many

    asked = _IS_HOW_MANY.sub(r"有\1", _THAN_ASKED.sub("", _rewritten(text, asking)))  # 北京社工是8万吗: 北京社工有多少
    return " ".join(_TO_CONFIRM.sub(" ", asked).split())


def only_put_forward(question: str) -> bool:
    """Whether a question says nothing but figures it puts forward (是3000元对吧, 听说有20万？): after an answer, a
    figure of that answer to confirm."""
    text = read(question)
    rest = _TO_CONFIRM.sub("", _rewritten(text, lambda figure: (figure.start + len(figure.text), "")))
    return bool(put_forward(text)) and bool(_NOTHING_ELSE.fullmatch(rest))


def only_confirming(question: str) -> bool:
    """Whether a question says nothing but the words asking to confirm (是真的吗, 对吗): of what was said before it."""
    text = read(question)
    return (rest := _TO_CONFIRM.sub("", text)) != text and bool(_NOTHING_ELSE.fullmatch(rest))


def unsupported(line: str, sources: list[str]) -> list[str]:
    """The figures of one answer line that none of the sources' searchable texts holds, as the answer writes them."""
    return [figure.text for figure in figures(line) if not any(occurs(figure, source) for source in sources)]


def _written(source: str) -> list[str]:
    """The words of a source's searchable text as written: after its copy without whitespace, which has no break."""
    return source.partition("\n")[2].split()


def quoted(quote: str, source: str) -> bool:
    """Whether a source's searchable text holds a quote word for word, any whitespace (a line break and the indent
    after it) read as one space."""
    return " ".join(quote.split()) in " ".join(_written(source))


def closest_quote(quote: str, source: str) -> str | None:
    """The run of a source's words, as many as a quote has, most like it (its last punctuation left out), or None
    when none is close."""
    words, size = _written(source), len(quote.split())
    runs = [" ".join(words[start : start + size]).rstrip(";,.:") for start in range(len(words) - size + 1)]
    close = difflib.get_close_matches(" ".join(quote.split()), runs, n=1)
    return close[0] if close else None


def years_given(text: str) -> frozenset[int]:
    """The spans of years a text gives, read as the unit check reads a source: 4 in `4 years`, `four years`, `4-year`
    and 4年, 1 in `1 year` (a calendar year, 2006年, is none)."""
    chinese, english = _UNIT_FORMS["年"]
    arabic = rf"(?<![\d.])(?:(\d{{1,2}})(?:{chinese})|(\d+)\s*-?\s*(?:{english})\b)"  # 4年 (not 2006年), 4 years
    spelt = rf"\b({'|'.join(_ENGLISH)})\s+(?:{english})\b"  # four years
    given = (match.groups() for match in re.finditer(f"{arabic}|{spelt}", text, re.IGNORECASE))
    return frozenset(_ENGLISH.index(word.lower()) if word else int(a or b) for a, b, word in given)
