"""Normalisation of questions and phrasings alike: clean-up, synonyms to their canonical term, fillers dropped."""

from __future__ import annotations

import re

from bot.knowledge import Vocabulary
from bot.sounds import reading
from bot.text import HANZI, HANZI_RE, clean

_SPACES_RE = re.compile(r"\s+")


def _term_pattern(terms: list[str]) -> re.Pattern[str]:
    """Longest term first; a Latin term matches whole words only, so `pay` does not match inside `paying`."""
    parts = []
    for term in sorted(terms, key=len, reverse=True):
        escaped = re.escape(term)
        if " " in term and term.isascii():  # a spelled term: typed with no spaces or a space after every syllable
            escaped = f"(?:{re.escape(term.replace(' ', ''))}|{escaped})"
        parts.append(f"(?<![a-z]){escaped}(?![a-z])" if term[0].isascii() else escaped)
    return re.compile("|".join(parts)) if parts else re.compile(r"(?!x)x")


def _spelled(term: str) -> str | None:
    """How a Chinese term of two or more characters is typed in toneless pinyin (`bao kao tiao jian`)."""
    if len(term) < 2 or not all(HANZI_RE.fullmatch(ch) for ch in term):
        return None
    return " ".join(reading(ch) for ch in term)


class Normalizer:
    """Maps any text to the canonical form the matcher compares; loaded once per vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._canonical: dict[str, str] = {}
        topic_terms: set[str] = set()
        for group in vocabulary.groups:
            canonical = clean(group.terms[0])
            for term in group.terms:
                self._canonical.setdefault(clean(term), canonical)
            if group.topic:
                topic_terms.add(canonical)
        spellings: dict[str, str] = {}
        for term, canonical in self._canonical.items():
            if (spelled := _spelled(term)) is not None:
                spellings.setdefault(spelled, canonical)
        # A term typed in pinyin, with or without spaces between syllables, reads as the term itself.
        self._synonyms = _term_pattern([*self._canonical, *spellings])
        self._canonical.update(spellings)
        self._canonical = {term.replace(" ", ""): c for term, c in self._canonical.items()}
        self.topic_terms = tuple(sorted(topic_terms))
        self._fillers = _term_pattern([clean(filler) for filler in vocabulary.fillers])
        self._topic = _term_pattern(sorted(topic_terms))
        self._hanzi_gap = re.compile(f"(?<=[{HANZI}]) (?=[{HANZI}])")
        self._entities = _term_pattern([self.normalize(entity) for entity in vocabulary.entities])

    def normalize(self, text: str) -> str:
        """Clean text with every synonym replaced by its canonical term and every filler removed."""
        text = self._synonyms.sub(lambda m: self._canonical[m.group().replace(" ", "")], clean(text))
        text = self._fillers.sub(" ", text)
        text = self._hanzi_gap.sub("", _SPACES_RE.sub(" ", text))
        return text.strip()

    def entities(self, normalized: str) -> frozenset[str]:
        """The places and exam levels a normalised text names."""
        return frozenset(self._entities.findall(normalized))

    def is_on_topic(self, normalized: str) -> bool:
        """Whether a normalised text names social work itself (a `topic` synonym group)."""
        return self._topic.search(normalized) is not None
