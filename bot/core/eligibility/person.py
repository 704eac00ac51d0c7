"""Reading whom a question's details are of (我儿子…他能考吗: 他), whether it tells an age (35岁, 退休), and where an
asker says they live, of Hong Kong, Macao and Taiwan (我是香港人)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.eligibility.grammar import NUMERAL, any_of
from bot.core.eligibility.words import Words

_PRONOUN_RE = re.compile(r"(?<!其)[他她](?![们人])")  # not 其他, 他们, 他人


class Person:
    """Whom the details are of, an age told and where the asker lives, read with the words of one knowledge base."""

    def __init__(self, words: Words) -> None:
        self._age = re.compile(rf"{any_of(words.age)}|(?:\d{{1,3}}|{NUMERAL})多?(?:周)?岁")
        # The details are another person's (我儿子…他能考吗): the pronoun said, else the relation's.
        self._relations = {word: called for called, said in words.relations for word in said}
        self._relation = re.compile(f"我(?:的|家)?({any_of(self._relations)})")
        self._residents = {word: said for said, words_said in words.residents for word in words_said}
        self._resident = re.compile(rf"{any_of(self._residents)}(?![a-z])", re.IGNORECASE)

    def spelled(self) -> Iterator[re.Pattern[str]]:
        """The patterns whose words are read in pinyin too."""
        yield from (self._age, self._relation, self._resident)

    def resident_of(self, text: str) -> str:
        """Where an asker says they live, of Hong Kong, Macao and Taiwan (我是香港人, from Hong Kong: 香港), else
        empty."""
        found = self._resident.search(text)
        return self._residents[found[0].lower()] if found else ""

    def without_residence(self, text: str) -> str:
        """A text without where its asker says they live (我是香港人: 我是): what is left says where a degree was
        taken, if anything does."""
        return self._resident.sub(" ", text)

    def age_told(self, text: str) -> bool:
        """Whether a question tells an age (35岁, 退休): the sources set no age limit."""
        return self._age.search(text) is not None

    def of(self, text: str) -> str:
        """Whom the details are of when the asker speaks of no "我" but as a relation's (我儿子…他能考吗: 他), else
        empty (我老公支持我考, 同事说他考过了，我本科: the asker's own)."""
        relation = self._relation.search(text)
        if text.count("我") > (relation is not None):
            return ""
        pronoun = _PRONOUN_RE.search(text)
        return pronoun[0] if pronoun else self._relations[relation[1]] if relation else ""
