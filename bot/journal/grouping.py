"""Groups of similar questions (rapidfuzz on the normalised text), most frequent first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

SIMILAR = 70  # fuzz.ratio at or above which two normalised questions are one group


@dataclass
class Group:
    """Similar questions: the most asked one stands for the group."""

    representative: str
    count: int = 0
    examples: Counter[str] = field(default_factory=Counter)


def group_similar(questions: Iterable[str], similar: int = SIMILAR) -> list[Group]:
    """Groups questions, each joining the first group whose representative is similar enough."""
    counts = Counter(q for q in questions if q)
    groups: list[Group] = []
    for question, count in counts.most_common():
        found = (
            process.extractOne(question, [g.representative for g in groups], scorer=fuzz.ratio, score_cutoff=similar)
            if groups
            else None
        )
        group = groups[found[2]] if found else Group(question)
        if not found:
            groups.append(group)
        group.count += count
        group.examples[question] += count
    return sorted(groups, key=lambda g: (-g.count, g.representative))
