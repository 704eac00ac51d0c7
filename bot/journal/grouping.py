"""Questions counted together. Twins are questions that differ only in the personal data masked in them, their
punctuation, case or script: one key (the cleaned text without placeholders, nor the words that only state what an
asker says of themselves: no punctuation, one case, Simplified), so 我叫[姓名]，能考中级吗 asked by two people,
我的邮箱是[邮箱]，能考中级吗 and 能考中级吗 count as one question. Groups join twins whose keys are similar
(rapidfuzz), most frequent first; questions told apart (the report tells apart those naming other places, levels or
measures) never share a group."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.core.placeholders import OF_ONESELF_PATTERN, PLACEHOLDER_RE
from bot.core.redact import without_placeholders
from bot.core.text import clean

SIMILAR = 70  # fuzz.ratio at or above which two cleaned questions are one group
_BETWEEN_CLAUSES = r"，,。.；;！!？?\s"
# Personal data said of oneself that ends its clause, with the words before it there (我叫[姓名]，, 邮箱 [邮箱]，): they
# only state it.
_STATED_RE = re.compile(rf"[^{_BETWEEN_CLAUSES}]*\s?(?:{OF_ONESELF_PATTERN})(?=[{_BETWEEN_CLAUSES}]|$)")


def asked(question: str) -> str:
    """What a redacted question asks, as written: without the clauses only stating personal data (我叫[姓名]，) nor
    the placeholders elsewhere, which the engine would read as words (电话[手机号]: a phone number asked for)."""
    return without_placeholders(_STATED_RE.sub(" ", question))


def twin_key(question: str) -> str:
    """What a redacted question asks, whatever personal data came with it and however it was written."""
    return clean(asked(question))


def _details(question: str) -> int:
    return len(PLACEHOLDER_RE.findall(question))


def count_twins(questions: Iterable[str]) -> list[tuple[str, int]]:
    """Each question with its count, twins counted as one under the one of them written with the least personal data
    (the first asked of those); most frequent first, ties in the order first asked. A question that is nothing but
    personal data is left out."""
    counts: Counter[str] = Counter()
    written: dict[str, str] = {}
    for question in questions:
        if key := twin_key(question):
            counts[key] += 1
            if key not in written or _details(question) < _details(written[key]):
                written[key] = question
    return [(written[key], count) for key, count in counts.most_common()]


@dataclass
class Group:
    """Similar questions: the most asked one is the one others are compared with."""

    representative: str
    count: int = 0
    examples: Counter[str] = field(default_factory=Counter)
    keys: set[str] = field(default_factory=set)  # the twin keys of its questions

    @property
    def rank(self) -> tuple[int, str]:
        """Its place among groups: the most asked first."""
        return -self.count, self.representative

    @property
    def headline(self) -> str:
        """The question that stands for the group where people read it: its most asked written without personal data
        (a question as asked), else, when each has some, its representative."""
        plain = (question for question, _ in self.examples.most_common() if not _details(question))
        return next(plain, self.representative)

    def holds(self, question: str) -> bool:
        """Whether `question`, or a twin of it, is one of this group's."""
        return twin_key(question) in self.keys


def group_similar(
    questions: Iterable[str], apart: Callable[[str], Hashable] = lambda _: None, similar: int = SIMILAR
) -> list[Group]:
    """Groups questions, each joining the first group similar enough (`similar`: 0 joins any) of those whose
    questions `apart` gives the same value."""
    groups: list[Group] = []
    representatives: dict[Hashable, tuple[list[str], list[Group]]] = {}  # by `apart`: their keys, their groups
    for question, count in count_twins(questions):
        key = twin_key(question)
        keys, among = representatives.setdefault(apart(question), ([], []))
        found = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=similar)
        group = among[found[2]] if found else Group(question)
        if not found:
            groups.append(group)
            among.append(group)
            keys.append(key)
        group.count += count
        group.examples[question] += count
        group.keys.add(key)
    return sorted(groups, key=lambda g: g.rank)
