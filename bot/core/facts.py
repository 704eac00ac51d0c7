"""The figure check: every number an answer states occurs in one of the sources its entry cites (the loader runs it).

- A figure is an Arabic number (1500, 7.96, 2008; with a following 万 the figure is `89万`, checked with its 万), or a
  run of Chinese numerals directly followed by a counting unit (三年, 两年, 十四个, 一次, 三四千元). Numbers in a
  list marker at the start of a line (`1.`, `2、`) and ordinals after 第 are not figures.
- An Arabic figure passes when a cited source holds the same number standing alone (not part of a longer number), or
  with its 万 for a 万 figure (9万 is not in 89万); the source is read with whitespace removed too, since the
  newspaper page breaks lines inside words.
- A Chinese-numeral figure passes when a cited source holds its value as an Arabic number or an English word (`3`,
  `three`; 一次 also as `once`), or the numeral words as written (一次, 三四千).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VALUES = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DIGITS = "".join(_VALUES)
_NUMERALS = _DIGITS + "十百千"
_UNITS = "年|个月|个|科|门|级|名|元|千|万|次|小时|学时|天|日|人|家|项|倍|岁|分"
_ARABIC = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(万?)")
_CHINESE = re.compile(rf"(?<![第{_NUMERALS}])([{_NUMERALS}]+)(?={_UNITS})")
_LIST_MARKER = re.compile(r"^\s*\d+[.、．]\s*")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# What may not come just before a figure with Chinese in it, by whether it opens with a numeral: 9万 is not in 89万,
# nor 三年 in 十三年.
_NOT_AFTER = {False: r"(?<![\d.])", True: rf"(?<![{_NUMERALS}])"}
_TIMES = {1: ("once",), 2: ("twice",)}  # 一次 in a source written in English
# An amount a question puts forward: with a unit of money, people or hours, a span of years (有效期是5年吗: no
# calendar year has two digits), or bare as what something is or has (奖励是2000吗, 有20万吗: no year, though 2000
# reads like one).
_PROPOSED = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?万?)(?:元|块|人|学时|小时)|(?<![\d.])(\d{1,2})个?年|(?<=[是有])(\d+(?:\.\d+)?万?)(?=[吗嗎])"
)
_YES_OR_NO = re.compile(r"[吗嗎][?？]?$|是不是|对吗|對嗎|对吧|對吧|对不对|對不對|没错吧|沒錯吧")
_ENGLISH = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


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


def without_proposed(question: str) -> str:
    """A question without the amounts it puts forward, so that none is read as a year (奖励是2000吗)."""
    return _PROPOSED.sub(" ", question) if _YES_OR_NO.search(question) else question


def proposed(question: str, answer: str) -> list[str]:
    """The amounts a yes-or-no question puts forward (台州中级奖励是3000元吗: 3000元) that the answer does not state,
    as the question writes them: a figure with a unit of money, people, hours or years, not a calendar year."""
    if not _YES_OR_NO.search(question):
        return []
    text = searchable(answer)
    return [
        match.group()
        for match in _PROPOSED.finditer(question)
        if not any(occurs(figure, text) for figure in figures(next(group for group in match.groups() if group)))
    ]


def unsupported(line: str, sources: list[str]) -> list[str]:
    """The figures of one answer line that none of the sources' searchable texts holds, as the answer writes them."""
    return [figure.text for figure in figures(line) if not any(occurs(figure, source) for source in sources)]
