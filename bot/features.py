"""The features one text is matched on: characters, character pairs, sound pairs and words, each with its kind's weight.

Chinese has no spaces, so word-based scorers do not apply: pairs of neighbouring characters stand in for
words, and pairs of neighbouring sounds let a sound-alike typo (社工正) or typed pinyin (shegongzheng)
still meet the phrasing it meant.
"""

from __future__ import annotations

from bot.sounds import Kind, Unit

CHAR, PAIR, SOUND_PAIR, SOUND, WORD = "c", "b", "s", "u", "w"
KIND_WEIGHT = {CHAR: 1.0, PAIR: 1.0, SOUND_PAIR: 0.5, SOUND: 0.5, WORD: 1.0}
SOUND_KINDS = (SOUND_PAIR, SOUND)


def features(units: list[Unit]) -> set[str]:
    """Every feature of a text; the first character of each names its kind."""
    found: set[str] = set()
    previous: Unit | None = None
    for unit in units:
        if unit.kind is Kind.WORD:
            found.add(WORD + unit.text)
        else:
            found.add(SOUND + unit.sound)
            if unit.kind is Kind.HANZI:
                found.add(CHAR + unit.text)
            if previous is not None and previous.kind is not Kind.WORD:
                found.add(f"{SOUND_PAIR}{previous.sound} {unit.sound}")
                if previous.kind is unit.kind is Kind.HANZI:
                    found.add(PAIR + previous.text + unit.text)
        previous = unit
    return found


def is_sound(feature: str) -> bool:
    """Whether a feature describes sound only (what typed pinyin can match)."""
    return feature[0] in SOUND_KINDS
