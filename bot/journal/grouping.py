"""Groups of similar questions (rapidfuzz on the cleaned text: no punctuation, one case, Simplified, and no
placeholders of redacted personal data, so a question with an e-mail address joins the same question without one),
most frequent first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.core.text import clean
from bot.journal.redact import without_placeholders

SIMILAR = 70  # fuzz.ratio at or above which two cleaned questions are one group


@dataclass
class Group:
    """Similar questions: the most asked one stands for the group."""

    representative: str
    count: int = 0
    examples: Counter[str] = field(default_factory=Counter)


def group_similar(questions: Iterable[str], similar: int = SIMILAR) -> list[Group]:
    """Groups questions, each joining the first group whose representative is similar enough."""
    counts: Counter[str] = Counter()
    written: dict[str, str] = {}  # each cleaned question as first written
    for question in questions:
        if key := clean(without_placeholders(question)):
            counts[key] += 1
            written.setdefault(key, question)
    groups: list[Group] = []
    keys: list[str] = []  # each group's representative, cleaned
    for key, count in counts.most_common():
        found = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=similar) if keys else None
        group = groups[found[2]] if found else Group(written[key])
        if not found:
            groups.append(group)
            keys.append(key)
        group.count += count
        group.examples[written[key]] += count
    return sorted(groups, key=lambda g: (-g.count, g.representative))
