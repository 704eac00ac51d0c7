"""How a normalised text sounds: one unit per Chinese character, pinyin syllable or other word, with its sound."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib.util import find_spec
from itertools import islice, product
from pathlib import Path
from typing import NamedTuple

from bot.core.text import HANZI

_RUN_RE = re.compile(f"([{HANZI}]+)|([a-z]+)|([^\\s{HANZI}a-z]+)")
_MAX_SYLLABLE = 6  # zhuang, shuang, chuang
MAX_SPELLINGS = 8  # ways to type one word in pinyin: enough for its polyphones, bounded for long words


class Kind:
    """What a unit was written as (plain strings: units are hashed and compared on every question)."""

    HANZI = "hanzi"
    PINYIN = "pinyin"
    WORD = "word"


class Unit(NamedTuple):
    """A character, a pinyin syllable typed in Latin letters, or another word (English, digits), with its sound."""

    text: str
    sound: str
    kind: str  # a Kind


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[str, str]:
    """pypinyin's table of every character's readings, by code point (`"31038": "shè"`).

    Read straight from the package's data file: importing pypinyin itself would also load its phrase dictionary,
    which matching never uses and which would double the bot's start-up time.
    """
    spec = find_spec("pypinyin")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pypinyin is not installed")
    table: dict[str, str] = json.loads((Path(spec.origin).parent / "pinyin_dict.json").read_text(encoding="utf-8"))
    return table


_U_UMLAUT = str.maketrans(dict.fromkeys("üǖǘǚǜ", "v"))


def toneless(syllable: str) -> str:
    """A pinyin syllable without its tone marks, ü written v (`lǜ` → `lv`)."""
    bare = unicodedata.normalize("NFD", syllable.translate(_U_UMLAUT))
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)
def reading(char: str) -> str:
    """The toneless pinyin of a character's most common reading (the character itself when it has none).

    Each character is read on its own, not in context: questions and phrasings are read alike, and a
    sound-alike typo keeps the sound of what was meant.
    """
    return readings(char)[0]


@lru_cache(maxsize=1 << 12)
def readings(char: str) -> tuple[str, ...]:
    """Every toneless pinyin reading of a character, the most common first (都: dou, du), or the character itself."""
    table = _pinyin_table().get(str(ord(char)))
    return tuple(dict.fromkeys(toneless(r) for r in table.split(","))) if table else (char,)


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable of two letters or more, or a lone vowel (no bare `n`, `m`, `ng`, `hm`)."""
    readings = {r for rs in _pinyin_table().values() for r in rs.split(",")}
    found = {toneless(r) for r in readings}
    return frozenset(s for s in found if s.isascii() and s.isalpha() and (len(s) > 1 or s in "aeo"))


@lru_cache(maxsize=4096)
def split_pinyin(word: str) -> tuple[str, ...] | None:
    """The fewest pinyin syllables that spell `word` exactly (`shegongzheng` → she gong zheng), or None."""
    known = syllables()
    best: list[tuple[str, ...] | None] = [(), *([None] * len(word))]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _MAX_SYLLABLE), end):
            head, current = best[start], best[end]
            if head is not None and word[start:end] in known and (current is None or len(head) + 1 < len(current)):
                best[end] = (*head, word[start:end])
    return best[len(word)]


@lru_cache(maxsize=1 << 16)
def hanzi_unit(char: str) -> Unit:
    """The unit of one Chinese character (the same object every time)."""
    return Unit(char, reading(char), Kind.HANZI)


def units(normalized: str) -> list[Unit]:
    """The text as units, in order."""
    result: list[Unit] = []
    for match in _RUN_RE.finditer(normalized):
        hanzi, latin, other = match.groups()
        if hanzi:
            result.extend(map(hanzi_unit, hanzi))
        elif latin and len(latin) > 1 and (pinyin := split_pinyin(latin)):
            result.extend(Unit(syllable, syllable, Kind.PINYIN) for syllable in pinyin)
        else:
            word = latin or other
            result.append(Unit(word, word, Kind.WORD))
    return result


def spellings(word: str) -> list[tuple[str, ...]]:
    """How a word of Chinese characters may be typed in toneless pinyin, syllable by syllable: with each reading of a
    character that has several (成都: cheng dou, cheng du), up to `MAX_SPELLINGS` ways."""
    return list(islice(product(*map(readings, word)), MAX_SPELLINGS))


def longest_runs(
    pieces: Sequence[str], most: int, find: Callable[[Sequence[str]], str | None]
) -> list[tuple[str, int]]:
    """`pieces` read from the left, each time as the longest run of at most `most` of them that `find` reads (as what
    it returns), else the piece as it is: what each run was read as, and how many pieces it took."""
    read: list[tuple[str, int]] = []
    start = 0
    while start < len(pieces):
        stops = range(min(len(pieces), start + most), start, -1)
        found = next(((word, stop) for stop in stops if (word := find(pieces[start:stop])) is not None), None)
        word, stop = found or (pieces[start], start + 1)
        read.append((word, stop - start))
        start = stop
    return read
