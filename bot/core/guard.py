"""An entry's topic guard, read one way by the engine and by the loader's check of phrasings: one of the entry's
keywords is in a question, in writing or by sound, and not only inside a longer topic term (社工 in 社工证)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from bot.core.knowledge import About
from bot.core.normalize import Normalizer
from bot.core.sounds import Unit, units


def sound_line(items: list[Unit]) -> str:
    """The sounds of a text's units, space-separated and space-framed, so that a sound is found as whole syllables."""
    return " " + " ".join(u.sound for u in items) + " "


def guard_text(normalizer: Normalizer, normalized: str, named: About) -> str:
    """A question as keywords are looked for in it: with the places its places lie in (鄞州: 宁波)."""
    around = (normalizer.place_rules.regions_of(place) for place in named.places)
    return " ".join([normalized, *itertools.chain(*around)])


@dataclass(frozen=True, slots=True)
class Keywords:
    """An entry's keywords, normalised, with their sounds."""

    texts: tuple[str, ...]
    sounds: tuple[str, ...]

    @classmethod
    def of(cls, keywords: tuple[str, ...], normalizer: Normalizer) -> Keywords:
        """The keywords as `normalizer` reads them."""
        texts = tuple(normalizer.normalize(k) for k in keywords)
        return cls(texts, tuple(sound_line(units(t)) for t in texts))

    def present(self, normalizer: Normalizer, text: str, line: str) -> bool:
        """Whether a keyword is in `text` (a `guard_text`), in writing or by sound (`line`); true if there are none."""
        if not self.texts:
            return True
        for keyword, sound in zip(self.texts, self.sounds, strict=True):
            alone = normalizer.within_longer_terms(text, keyword)
            if alone == text:
                if keyword in text or sound in line:
                    return True
            elif keyword in alone or sound in sound_line(units(alone)):
                return True
        return False
