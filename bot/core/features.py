"""The features one text is matched on: characters, character pairs, sound pairs and words, each with its kind's weight.

Chinese has no spaces, so word-based scorers do not apply: pairs of neighbouring characters stand in for
words, and pairs of neighbouring sounds let a sound-alike typo (社工正) or typed pinyin (shegongzheng)
still meet the phrasing it meant.
"""

from __future__ import annotations

from functools import lru_cache

from bot.core.sounds import Kind, Unit

CHAR, PAIR, SOUND_PAIR, SOUND, WORD = "c", "b", "s", "u", "w"
KIND_WEIGHT = {CHAR: 1.0, PAIR: 1.0, SOUND_PAIR: 0.5, SOUND: 0.5, WORD: 1.0}
SOUND_KINDS = (SOUND_PAIR, SOUND)


@lru_cache(maxsize=1 << 16)
def _own(unit: Unit) -> tuple[str, ...]:
    """The features a unit has on its own, whatever its neighbours."""
    if unit.kind == Kind.WORD:
        return (WORD + unit.text,)
    if unit.kind == Kind.HANZI:
        return (CHAR + unit.text, SOUND + unit.sound)
    return (SOUND + unit.sound,)


@lru_cache(maxsize=1 << 18)
def _pair(left: Unit, right: Unit) -> tuple[str, ...]:
    """The features of two neighbouring units: their sounds together, and their characters together."""
    if left.kind == Kind.WORD or right.kind == Kind.WORD:
        return ()
    sounds = f"{SOUND_PAIR}{left.sound} {right.sound}"
    if left.kind == right.kind == Kind.HANZI:
        return (sounds, PAIR + left.text + right.text)
    return (sounds,)


def features(units: list[Unit]) -> set[str]:
    """Every feature of a text; the first character of each names its kind."""
    return set().union(*map(_own, units), *map(_pair, units, units[1:]))


def is_sound(feature: str) -> bool:
    """Whether a feature describes sound only (what typed pinyin can match)."""
    return feature[0] in SOUND_KINDS
