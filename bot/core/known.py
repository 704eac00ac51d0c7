"""How much of a question the phrasings know: the share of its units, or of an English question's words' weight,
that no phrasing has."""

from __future__ import annotations

import itertools
from operator import itemgetter

from bot.core.clauses import MAX_UNITS
from bot.core.features import CHAR, PAIR, SOUND, WORD
from bot.core.index import FeatureIndex
from bot.core.normalize import Normalizer
from bot.core.sounds import Kind, Unit, units
from bot.core.text import FIGURE_RE, HANZI_RE


def _feature(unit: Unit) -> str:
    """The feature that says a unit is known on its own."""
    return {Kind.HANZI: CHAR + unit.text, Kind.PINYIN: SOUND + unit.sound, Kind.WORD: WORD + unit.text}[unit.kind]


class KnownWords:
    """What the phrasings of one index know of a question's words."""

    def __init__(self, index: FeatureIndex, normalizer: Normalizer) -> None:
        self._index = index
        self._normalizer = normalizer
        # English words any question may hold (to, my, would) that no phrasing has: they weigh nothing in a question, so
        # an everyday word the phrasings happen not to use never counts against what the question shares with them.
        words = (WORD + word for word in normalizer.common_words if word.isascii() and " " not in word)
        self.idle = frozenset(word for word in words if not index.knows(word))
        # The English terms of several words that questions are read as (staffing requirements), longest first.
        terms = (term.split() for term in normalizer.terms if term.isascii() and " " in term)
        self._latin_terms = tuple(sorted({tuple(term) for term in terms}, key=len, reverse=True))

    def latin_unknown_share(self, question: str, found: list[Unit]) -> float:
        """The share of a question in Latin letters whose words' weight is in words that no phrasing has (0 for a
        question with Chinese in it): a word in many entries' phrasings (is, what) weighs little, a common word no
        phrasing has (`idle`) and a figure nothing, and a term it was read as (social work: 社工; staffing
        requirements) is one word, weighing as its rarest character or word."""
        if HANZI_RE.search(question):
            return 0.0
        words: list[tuple[float, bool]] = []  # each word's weight, and whether some phrasing has it
        for _, run in itertools.groupby(
            zip(self._words_of(found), found, self._known(found), strict=True), itemgetter(0)
        ):
            weighed = [
                (self._index.weight(_feature(unit)), known)
                for _, unit, known in run
                if _feature(unit) not in self.idle and not FIGURE_RE.fullmatch(unit.text)  # 40 hours: no unknown word
            ]
            if weighed:
                words.append((max(w for w, _ in weighed), all(k for _, k in weighed)))
        unknown = sum(weight for weight, known in words if not known)
        return unknown / total if (total := sum(weight for weight, _ in words)) else 0.0

    def _words_of(self, found: list[Unit]) -> list[int]:
        """For each unit, the number of the word it is part of: a run of Chinese characters is one word, and so are the
        English words of a term the question was read as (staffing requirements)."""
        numbers: list[int] = []
        while len(numbers) < len(found):
            position, size = len(numbers), 1
            if found[position].kind == Kind.HANZI:
                while position + size < len(found) and found[position + size].kind == Kind.HANZI:
                    size += 1
            else:
                texts = tuple(unit.text for unit in found[position:])
                size = next((len(term) for term in self._latin_terms if texts[: len(term)] == term), 1)
            numbers += [position] * size
        return numbers

    def unknown_share(self, normalized: str) -> float:
        """The share of a normalised question's units, but for its common words (如果, 之后; English ones where no
        phrasing has them) and figures (5年), that no phrasing has as written."""
        found = units(FIGURE_RE.sub(" ", self._normalizer.without_common_words(normalized)))[:MAX_UNITS]
        known = [k for unit, k in zip(found, self._known(found), strict=True) if _feature(unit) not in self.idle]
        return known.count(False) / len(known) if known else 0.0

    def _known(self, found: list[Unit]) -> list[bool]:
        """For each unit, whether some phrasing has it as written: a character counts as known when it forms a known
        pair with a neighbour, so two known words side by side (宁波 + 奖励) stay known."""
        known = [False] * len(found)
        for position, (left, right) in enumerate(itertools.pairwise(found)):
            if left.kind == right.kind == Kind.HANZI and self._index.knows(PAIR + left.text + right.text):
                known[position] = known[position + 1] = True
        for position, unit in enumerate(found):  # a word, a typed syllable or a lone character is known by itself
            alone = unit.kind != Kind.HANZI or len(found) == 1
            known[position] = known[position] or (alone and self._index.knows(_feature(unit)))
        return known
