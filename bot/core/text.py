"""Script-level clean-up of raw user text: width, case, Traditional characters, symbols and invisible characters."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

BULLET = "· "  # how an answer in `knowledge/` starts a line of a list (a level's subjects, a city's reward)
LIST_MARK_RE = re.compile(r"^\s*(?:·|\d+[.、．](?!\d))\s*")  # a list line's mark (· , 1. ), not a figure (15.6万)
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
# What follows a period of time said with a sum of money (一年拿三四千, 一个月到手5000元, 每月也就一万): the words that
# may stand before the sum, and the sum.
SUM_AFTER_PERIOD = (
    r"(?:能|才|就|也就|只|只有|大概|差不多|约|拿|挣|赚|到手|收入|工资|薪水|发)*"
    r"(?:[0-9][0-9.]* ?(?:[千万kK]|元|块)|[0-9]{3,}|[一二两三四五六七八九十百点]*[千万])"
)
# A figure the asker gives, with its unit (5年, 7.96万 read as 7 96万, 2000元): a number, never a word to know.
FIGURE_RE = re.compile(r"[0-9]+(?: [0-9]+)* ?[年万元块千百个岁月号]?")
# A number in Chinese numerals (七点九六万, 一千五百, 两, 三四千: neighbouring digits are a range).
CHINESE_NUMERALS = "零一二两三四五六七八九十百千万点"
# Words before a figure saying it is about that figure, not it (将近8万, nearly 80,000)
NEARLY = r"将近|接近|差不多|几乎|大约|大概|约|近|快|nearly|almost|about|around|roughly|approximately"
# Texts whose script-level clean-up is kept: one question's reading cleans its clauses and parts again and again.
_CLEANED_TEXTS = 512
_DIGIT_VALUES = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PLACE_VALUES = {"十": 10, "百": 100, "千": 1000}
_CHINESE_NUMBER_RE = re.compile(f"[{CHINESE_NUMERALS}]+")


@lru_cache(maxsize=1)
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2tw")


@lru_cache(maxsize=_CLEANED_TEXTS)
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


def in_either_script(text: str) -> bool:
    """Whether text has no character written differently in Simplified and Traditional (有效期多久): it tells none."""
    hanzi = "".join(HANZI_RE.findall(text))
    return to_simplified(hanzi) == hanzi == to_traditional(hanzi)


@lru_cache(maxsize=_CLEANED_TEXTS)
def plain_letters(text: str) -> str:
    """NFKC text with pinyin's tone marks dropped (kǎoshì: kaoshi) and ü written v, as pinyin is typed."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text))
    decomposed = decomposed.replace("u\u0308", "v").replace("U\u0308", "V")
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


@lru_cache(maxsize=_CLEANED_TEXTS)
def clean(text: str) -> str:
    """Half-width, lower-case, Simplified text of letters, digits and single spaces."""
    text = plain_letters(text).casefold()
    return to_simplified(_NOT_WORD_RE.sub(" ", text)).strip()


def _whole(numerals: str) -> tuple[int, int] | None:
    """Chinese numerals of a whole number as its lowest and highest value (三四千: 3000, 4000; 一千五百: 1500, 1500),
    or None when they read as none (two ranges, digits not neighbours, nothing but 零)."""
    low = high = 0
    digits: list[int] = []
    ranged = False
    last_place = 1  # the place value just read, while no 零 stands after it: 一千五 is 1500, 一千零五 1005
    for char in numerals:
        if char == "零" and not digits:
            last_place = 1
            continue  # 一千零五
        if char in _DIGIT_VALUES:
            digits.append(_DIGIT_VALUES[char])
            if len(digits) > 2 or (len(digits) == 2 and (ranged or digits[1] != digits[0] + 1)):
                return None
            continue
        if char not in _PLACE_VALUES:
            return None
        ranged = ranged or len(digits) == 2
        low += (digits[0] if digits else 1) * _PLACE_VALUES[char]
        high += (digits[-1] if digits else 1) * _PLACE_VALUES[char]
        digits = []
        last_place = _PLACE_VALUES[char]
    if not numerals.strip("零"):
        return None
    # digits closing a number right after 百 or 千 stand for the place below it (一千五: 1500; 三百五: 350)
    scale = last_place // 10 if last_place >= _PLACE_VALUES["百"] else 1
    return low + (digits[0] if digits else 0) * scale, high + (digits[-1] if digits else 0) * scale


def chinese_number(numerals: str) -> str | None:
    """Chinese numerals as an Arabic number, a 万 at their end kept: 七点九六万 → 7.96万, 一千五百 → 1500, 两 → 2,
    十四 → 14, 二十万 → 20万, and a range with a dash: 三四千 → 3000-4000; None when they read as no number."""
    wan = "万" if numerals.endswith("万") and len(numerals) > 1 else ""
    integer, point, decimals = numerals.removesuffix(wan).partition("点")
    whole = _whole(integer)
    if whole is None or (point and not (decimals and all(c in _DIGIT_VALUES for c in decimals))):
        return None
    low, high = whole
    if point:
        return None if low != high else f"{low}.{''.join(str(_DIGIT_VALUES[c]) for c in decimals)}{wan}"
    return f"{low}{wan}" if low == high else f"{low}-{high}{wan}"


def in_arabic(text: str) -> str:
    """A text with each number in Chinese numerals written in Arabic ones (七点九六万 → 7.96万, 三四千元 →
    3000-4000元), to compare figures however they are written; numerals that read as no number stay."""
    return _CHINESE_NUMBER_RE.sub(lambda run: chinese_number(run.group()) or run.group(), text)
