"""Reading a question's toneless pinyin (dazhuan neng kao zhongji ma) as the Chinese words of the reading's patterns."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.core.eligibility.grammar import DIGITS, NUMERAL
from bot.core.sounds import longest_runs, spellings, split_pinyin
from bot.core.text import HANZI

MAX_WORD_SYLLABLES = 5  # the longest word read in pinyin (社会工作师)
_SPACED_SYLLABLES = 4  # the shortest word read in pinyin parted by spaces (shehui gongzuo)


class Pinyin:
    """The words of some patterns as toneless pinyin spells them."""

    def __init__(self, sources: Iterable[str], alike: Iterable[Sequence[str]]) -> None:
        """`sources`: the patterns whose words are read; `alike`: lists of words read alike (中级 and 中极)."""
        self._spelled = _spelled_words(sources, alike)
        # A numeral's syllable before 年 or 个月 (gongzuo yi nian): that numeral, though it spells other words (以, 已).
        self._numerals = {s[0]: char for char in re.findall(f"[{HANZI}]", NUMERAL) for s in spellings(char)}
        syllables = "|".join(sorted(self._numerals, key=len, reverse=True))
        self._numeral = re.compile(rf"(?<![a-z])({syllables}) ?(?=年|个月)")

    def in_hanzi(self, text: str, *, syllables_alone: bool = False) -> str:
        """A question's pinyin words (dazhuan neng kao zhongji ma) written as the words of the patterns they spell,
        longest first, a word spelt across spaces too (shehui gongzuo); only when one of them is a word of two
        syllables or more, so an English word that spells a syllable (she) is not read on its own, unless
        `syllables_alone` (an answer typed to a /check question: si nian, liang nian)."""
        if not re.search("[a-z]{2}", lowered := text.lower()):
            return text
        syllables: list[str] = []
        for word in re.findall("[a-z]+|[^a-z]+", lowered):
            split = split_pinyin(word) if word.isalpha() and word.isascii() else None
            syllables.extend(split if split else [word])
        read = longest_runs(syllables, 2 * MAX_WORD_SYLLABLES - 1, self._spelled_run)
        if not syllables_alone and all(length == 1 for _, length in read):
            return text
        words = self._numeral.sub(lambda found: self._numerals[found[1]], "".join(word for word, _ in read))
        return re.sub(f"(?<=[{HANZI}]) +(?=[{HANZI}])", "", words)

    def _spelled_run(self, run: Sequence[str]) -> str | None:
        """The word a run of syllables spells; one of four syllables or more may be parted by single spaces (shehui
        gongzuo: 社会工作), a shorter one not (shegong shi is 社工 是, not 社工师)."""
        spelled = tuple(piece for piece in run if piece != " ")
        if run[0] == " " or run[-1] == " " or (len(spelled) < len(run) and len(spelled) < _SPACED_SYLLABLES):
            return None
        return self._spelled.get(spelled) if len(spelled) <= MAX_WORD_SYLLABLES else None


def _spelled_words(sources: Iterable[str], alike: Iterable[Sequence[str]]) -> dict[tuple[str, ...], str]:
    """Every run of characters in the patterns (本科, 会计, 能) and each of their characters (三, 年), by how
    toneless pinyin spells it; a spelling of two words read alike (of one list of `alike`: 中级 and 中极, 其他专业 and
    其它专业) is the one listed first, of two different words (ke: 可, 科) is left out."""
    runs = {run for source in sources for run in re.findall(f"[{HANZI}]+", source)}
    words = {*runs, *(char for run in runs for char in run), *DIGITS}
    group = {word: (number, place) for number, said in enumerate(alike) for place, word in enumerate(said)}
    meanings: dict[tuple[str, ...], set[str]] = {}
    for word in words:
        if len(word) <= MAX_WORD_SYLLABLES:
            for spelled in spellings(word):
                meanings.setdefault(spelled, set()).add(word)
    spelled_words = {}
    for spelled, found in meanings.items():
        groups = {group[word][0] if word in group else word for word in found}
        if len(groups) == 1:
            spelled_words[spelled] = min(found, key=lambda word: group.get(word, (0, 0)))
    return spelled_words
