"""Script-level clean-up of raw user text: width, case, Traditional characters, symbols and invisible characters."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

HANZI = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HANZI_RE = re.compile(f"[{HANZI}]")
# Letters and numbers carry meaning; everything else (punctuation, symbols and emoji, controls, format characters
# such as zero-width joiners, combining marks left after NFKC, the underscore) becomes a single space.
_NOT_WORD_RE = re.compile(r"[\W_]+")
# A calendar year (2023, 2023年): it says when, never what, in a question; the group is the year's digits. A sum of
# money (2000元, 2000块) is no year.
YEAR_RE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?: ?年|(?! ?[元块万千]))(?![0-9])")
# A year said as the one before or after the year a question is read in (去年: the one before), longest first.
RELATIVE_YEARS = {
    **{"大前年": -3, "前年": -2, "去年": -1, "今年": 0, "明年": 1, "后年": 2},
    **{"last year": -1, "this year": 0, "next year": 1},
}
RELATIVE_YEAR_RE = re.compile(
    r"(?<![a-z])(?:" + "|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)) + r")(?![a-z])"
)
# A figure the asker gives, with its unit (5年, 7.96万 read as 7 96万, 2000元): a number, never a word to know.
FIGURE_RE = re.compile(r"[0-9]+(?: [0-9]+)* ?[年万元块千百个岁月号]?")


@lru_cache(maxsize=1)
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2tw")


def to_simplified(text: str) -> str:
    """Traditional Chinese characters to Simplified (other text unchanged)."""
    return str(_to_simplified().convert(text))


def to_traditional(text: str) -> str:
    """Simplified Chinese characters to Traditional (other text unchanged)."""
    return str(_to_traditional().convert(text))


def is_traditional(text: str) -> bool:
    """Whether text is written in Traditional characters: more of them change to Simplified than the reverse."""
    hanzi = "".join(HANZI_RE.findall(text))
    simplified, traditional = to_simplified(hanzi), to_traditional(hanzi)
    to_s = sum(1 for a, b in zip(hanzi, simplified, strict=False) if a != b)
    to_t = sum(1 for a, b in zip(hanzi, traditional, strict=False) if a != b)
    return to_s > to_t


def plain_letters(text: str) -> str:
    """NFKC text with pinyin's tone marks dropped (kǎoshì: kaoshi) and ü written v, as pinyin is typed."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text))
    decomposed = decomposed.replace("u\u0308", "v").replace("U\u0308", "V")
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def clean(text: str) -> str:
    """Half-width, lower-case, Simplified text of letters, digits and single spaces."""
    text = plain_letters(text).casefold()
    return to_simplified(_NOT_WORD_RE.sub(" ", text)).strip()
