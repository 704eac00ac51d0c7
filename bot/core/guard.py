"""The entries' topic guards, read one way by the engine and by the loader's check of phrasings: an entry passes a
question that holds one of its keywords, in writing or by sound, and not only inside a longer topic term (社工 in
社工证); an entry about other places also passes one that names such a place."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.core.knowledge import About, Coverage
from bot.core.normalize import Normalizer
from bot.core.sounds import Unit, units


def sound_line(items: list[Unit]) -> str:
    """The sounds of a text's units, space-separated and space-framed, so that a sound is found as whole syllables."""
    return " " + " ".join(u.sound for u in items) + " "


@dataclass(frozen=True, slots=True)
class Asked:
    """A question as the guards read it: its text with the places its places lie in (鄞州: 宁波) and its one level
    read as any level's certificate (社工师证: 社工证), its sounds, and the places, levels, measures and subjects it
    names."""

    text: str
    line: str
    named: About
    any_level: str | None = None  # `Normalizer.as_any_level` of the question
    scene: bool = False  # its places are all named as the scene of the asker's story (`Normalizer.named_as_scene`)

    @classmethod
    def of(cls, normalizer: Normalizer, normalized: str, found: list[Unit]) -> Asked:
        """A normalised question (`found`: its units) as the guards read it."""
        named = normalizer.named(normalized)
        scene = normalizer.named_as_scene(normalized, named.places)
        if (
            scene and not named.measures
        ):  # 我在北京考的中级，调去浙江，证书还有效吗: of no place (我在杭州，考出社工证有补贴吗: of 杭州)
            named = replace(named, places=())
        around = [*itertools.chain(*(normalizer.place_rules.regions_of(place) for place in named.places))]
        any_level = normalizer.as_any_level(normalized, named.levels)
        text = " ".join([normalized, *around, *filter(None, [any_level])])
        return cls(text, sound_line(found), named, any_level, scene)


@dataclass(frozen=True, slots=True)
class _Keywords:
    texts: tuple[str, ...]
    sounds: tuple[str, ...]


class TopicGuards:
    """The topic guard of every entry of one knowledge base, by position."""

    def __init__(self, normalizer: Normalizer, keywords: Sequence[tuple[str, ...]], coverage: Coverage) -> None:
        self._normalizer = normalizer
        self._coverage = coverage
        forms = {words: self._forms(words) for words in set(keywords)}  # entries often share keywords (北京, 浙江...)
        self._keywords = [forms[words] for words in keywords]

    def _forms(self, keywords: tuple[str, ...]) -> _Keywords:
        texts = tuple(self._normalizer.normalize(k) for k in keywords)
        return _Keywords(texts, tuple(sound_line(units(t)) for t in texts))

    def passes(self, entry: int, asked: Asked) -> bool:
        """Whether the entry's guard lets the question through: a keyword, or for an entry about other places, a
        place it covers named (上海 for the other cities' rewards; not 宁波); but never an entry of a place's figures
        for a question naming places only as the scene of the asker's story and none of those figures (我在浙江考的
        社工证，到四川能用吗: not Zhejiang's applicants)."""
        return (self._has_keyword(entry, asked) or self._coverage.elsewhere(asked.named, entry)) and not (
            asked.scene and self._figures_unasked(entry, asked)
        )

    def _figures_unasked(self, entry: int, asked: Asked) -> bool:
        """Whether an entry is about places' figures (measures) and the question names none of them."""
        about = self._coverage.abouts[entry]
        return bool(about.places and about.measures) and not set(about.measures) & set(asked.named.measures)

    def by_place_alone(self, entry: int, asked: Asked) -> bool:
        """Whether an entry about other places lets the question through only by the place it names, which names
        nothing the entry is about (上海社工多不多: not the other cities' pay)."""
        return self._coverage.by_place_alone(asked.named, entry) and not self._has_keyword(entry, asked)

    def _has_keyword(self, entry: int, asked: Asked) -> bool:
        """Whether one of the entry's keywords is in the question, in writing or by sound; true if it has none."""
        keywords = self._keywords[entry]
        if not keywords.texts:
            return True
        for keyword, sound in zip(keywords.texts, keywords.sounds, strict=True):
            alone = self._normalizer.within_longer_terms(asked.text, keyword)
            if alone == asked.text:
                if keyword in asked.text or sound in asked.line:
                    return True
            elif keyword in alone or sound in sound_line(units(alone)):
                return True
        return False
