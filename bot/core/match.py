"""What the engine makes of a question (`Match`), and the thresholds it decides by."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.knowledge import About, Entry


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When the engine answers, suggests or declines (scores are 0-1 here, 0-100 in a `Match`)."""

    answer: float = 0.40
    off_topic_answer: float = 0.7  # a question that does not name social work needs a closer match
    gap: float = 0.06  # the runner-up must be this far behind, or the answer is ambiguous (a suggestion instead)
    instead_gap: float = 0.12  # an asking clause read alone must put its entry this far ahead of the whole's answer
    sure: float = 0.85  # at or above this, no gap is needed
    suggest: float = 0.25
    sound_only_factor: float = 0.9  # typed pinyin matches on sound alone, at a small discount
    max_unknown: float = 0.1  # the share of unknown characters allowed in a question that does not name social work
    max_unknown_latin: float = 0.35  # more of an English question's weight unknown: offered (below `sure`)...
    max_unknown_alone: float = 0.65  # ...unless it is at most this and its entry stands alone: scores `alone`, with
    alone: float = 0.7  # every other entry `alone_gap` behind it (the few words known point at one entry only)
    alone_gap: float = 0.1
    uncovered_penalty: float = 0.9  # for an entry whose `about` misses a place, level or measure a question names
    overview_penalty: float = 0.7  # for an entry about several levels (places) when one level (place) is asked
    levelless_penalty: float = 0.9  # for an entry about no level in particular when one level is asked
    part: float = 0.6  # each clause of a multi-part question must match this closely to be answered
    coverage: float = 0.35  # the share of a question's weight the answer's phrasings must have, or it is suggested
    clause: float = 0.5  # or one clause of a question of several must match this closely (the others are named)
    max_suggestions: int = 3
    alternative_gap: float = 0.15  # an answer below `sure` offers the entries scoring this close to it beside it
    top_phrasings: int = 40  # the best-scored candidate phrasings whose entries are ranked


@dataclass(frozen=True, slots=True)
class Match:
    """What the engine made of one question."""

    question: str
    entry: Entry | None
    score: int
    suggestions: tuple[Entry, ...]  # instead of an answer, or beside one the engine is less sure of
    normalized: str = ""  # the question as the engine read it
    uncovered: About | None = None  # what the question names (place, level, measure...) when no entry covers it
    more: tuple[Entry, ...] = ()  # the answers to a multi-part question's other parts, in the order asked
    answered: str = ""  # when the entry answers one clause of several: that clause, as asked
    unanswered: tuple[str, ...] = ()  # and the other clauses; or, beside parts, the places (levels, measures) left
    later: tuple[str, ...] = ()  # the asking clauses beyond the parts one reply answers, to be asked again
