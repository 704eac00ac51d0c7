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
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_VALUES = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DIGITS = "".join(_VALUES)
_NUMERALS = _DIGITS + "十百千"
_UNITS = "年|个月|个|科|门|级|名|元|千|万|次|小时|学时|天|日|人|家|项|倍|岁|分"
_ARABIC = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(万?)")
_CHINESE = re.compile(rf"(?<![第{_NUMERALS}])([{_NUMERALS}]+)(?={_UNITS})")
_LIST_MARKER = re.compile(r"^\s*\d+[.、．](?!\d)\s*")  # 1. but not 15.6万
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# What may not come just before a figure with Chinese in it, by whether it opens with a numeral: 9万 is not in 89万,
# nor 三年 in 十三年.
_NOT_AFTER = {False: r"(?<![\d.])", True: rf"(?<![{_NUMERALS}])"}
_TIMES = {1: ("once",), 2: ("twice",)}  # 一次 in a source written in English
# An amount a question puts forward: with a unit of money, people or hours, a span of years (有效期是5年吗: no
# calendar year has two digits), or bare as what something is or has (奖励是2000吗, 有20万吗: no year, though 2000
# reads like one).
_PROPOSED = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?万?)(?:元|块|人|学时|小时)|(?<![\d.])(\d{1,2})个?年"
    r"|(?<![\d.])(\d+(?:\.\d+)?万?)(?=(?:对|對|是真的|是不是真的)?[吗嗎吧]|对不对|對不對)"  # 1500对吗, 20万吗
)
_YES_OR_NO = re.compile(r"[吗嗎][?？]?$|是不是|对吗|對嗎|对吧|對吧|对不对|對不對|没错吧|沒錯吧")
_TOLD_OF_ONESELF = re.compile(r"(?:做|干|幹|工作|从事|從事|当|當|读|讀|学|學|了)$")  # 做了8年: the asker's years
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


def chinese_value(numerals: str) -> int | None:
    """三 → 3, 十四 → 14, 两 → 2, 二十 → 20; None for ranges like 三四 or 两三 (checked as written)."""
    total, digit = 0, None
    for char in numerals:
        if char in _DIGITS:
            if digit is not None:
                return None
            digit = _VALUES[char]
        else:
            total += (1 if digit is None else digit) * {"十": 10, "百": 100, "千": 1000}[char]
            digit = None
    return total + (digit or 0)


def figures(line: str) -> list[Figure]:
    """The figures one line of an answer states."""
    line = _LIST_MARKER.sub("", line)
    found = []
    for match in _ARABIC.finditer(line):
        number, wan = match.groups()
        found.append(Figure(number + wan, (number + wan,)))
    for match in _CHINESE.finditer(line):
        numerals = match.group(1)
        value = chinese_value(numerals)
        if value is None:
            found.append(Figure(numerals, (numerals,)))
        else:
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
    for match in _MEASURED.finditer(_LIST_MARKER.sub("", line)):
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


def without_proposed(question: str) -> str:
    """A question without the amounts it puts forward, so that none is read as a year (奖励是2000吗)."""
    return _PROPOSED.sub(" ", question) if _YES_OR_NO.search(question) else question


def proposed(question: str, answer: str) -> list[str]:
    """The amounts a yes-or-no question puts forward (台州中级奖励是3000元吗: 3000元) that the answer does not state,
    as the question writes them: a figure with a unit of money, people, hours or years, not a calendar year, nor
    the asker's own years (做了8年社工)."""
    if not _YES_OR_NO.search(question):
        return []
    text = searchable(answer)
    return [
        match.group()
        for match in _PROPOSED.finditer(question)
        if not _TOLD_OF_ONESELF.search(question, 0, match.start())
        and not any(occurs(figure, text) for figure in figures(next(group for group in match.groups() if group)))
    ]


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
