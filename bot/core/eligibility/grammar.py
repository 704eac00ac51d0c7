"""The grammar the parts of the reading share: numerals, a year said, a span of years, clauses, and words as one
alternative of a pattern."""

from __future__ import annotations

import re
from collections.abc import Iterable

NUMERAL = "[一二两三四五六七八九十]{1,3}"
NOT_AGO = "(?!(?:以|之)?前(?![台端线]))"  # 3年前 is a time, not years of work (3年前台 is)
# A year said: a calendar year (19年 too, but not after 做了: 做了19年 are years of work), years ago, or last year; the
# whole years from it to the end of this year are counted.
SHORT_BEFORE = r"(?<![\d.了做干作满有近已过共计])"
YEAR_SAID = (
    rf"(?:(?P<year>(?:19|20)\d{{2}})\s*年|(?P<ago>\d{{1,2}}|{NUMERAL})\s*年(?:以|之)?前|(?P<last>大前年|前年|去年)"
    rf"|(?P<short>{SHORT_BEFORE}\d{{2}})\s*年)"
)
SPAN = rf"(?:(?:\d+(?:\.\d+)?|{NUMERAL})(?:几|多|余)?\s*(?:年|个月)(?:半|多)?|半年)"  # 3年, 两年多, 18个月, 半年
CLAUSE_RE = re.compile(r"[,，。;；!！?？、\s]+")  # a degree's major is said in its clause (本科是英语，研究生读的社工)
# Punctuation alone, not spaces: English words are parted by spaces (worked 3年 in 销售 at a 公司, and …).
PHRASE_RE = re.compile(r"[,，。;；!！?？、]+|\.(?=\s|$)")
# A later year said alone (明年呢, 到明年呢, 后年呢), not its end (明年年底满4年) nor a date in it: the years more to
# its end than to this year's.
LATER_YEARS = {"明年": 1, "下一年": 1, "后年": 2, "大后年": 3}
LATER_YEAR = (
    rf"(?:到|等到)?(?P<later>{'|'.join(sorted(LATER_YEARS, key=len, reverse=True))})"
    r"(?!年|底|末|初|\d|[一二三四五六七八九十]+月)"
)
DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def any_of(words: Iterable[str]) -> str:
    """Words as one alternative of a pattern, the longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def clause_start(text: str, at: int, parted: re.Pattern[str] = CLAUSE_RE) -> int:
    """Where the clause holding the character at `at` starts (of a text `parted` otherwise, its part)."""
    return max((m.end() for m in parted.finditer(text, 0, at)), default=0)


def clause(text: str, start: int, stop: int, parted: re.Pattern[str] = CLAUSE_RE) -> str:
    """The clause (or clauses) holding `start`:`stop`; of a text `parted` otherwise (by PHRASE_RE: punctuation alone),
    the part holding it."""
    end = parted.search(text, stop)
    return text[clause_start(text, start, parted) : end.start() if end else len(text)]


def ranged(text: str) -> bool:
    """Whether a Chinese numeral says two numbers in a row (五六, 两三: five or six, two or three)."""
    low, high = (DIGITS.get(digit) for digit in (*text, "", "")[:2]) if len(text) == 2 else (None, None)
    return low is not None and high == low + 1


def number(text: str) -> float | None:
    """An Arabic or Chinese numeral (up to 99); of two numerals in a row (五六, 两三: five or six), the lower."""
    if text[0].isdigit():
        return float(text)
    tens, ten, ones = text.partition("十")
    if not ten:
        return DIGITS.get(text) or (DIGITS.get(text[0]) if ranged(text) else None)
    if len(tens) > 1 or len(ones) > 1:
        return None
    return DIGITS.get(tens, 1) * 10 + DIGITS.get(ones, 0)
