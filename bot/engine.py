"""The answer engine: a question in, the entry to answer with (or suggestions, or nothing) out.

It knows nothing of Telegram. It is built once per knowledge base, never changes afterwards, and keeps no
state between questions, so one engine serves any number of threads or tasks at once.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import numpy as np

from bot.features import CHAR, PAIR, SOUND, WORD, features
from bot.index import FeatureIndex, FloatArray
from bot.knowledge import Entry, KnowledgeBase
from bot.normalize import Normalizer
from bot.sounds import Kind, Unit, units

MAX_UNITS = 200  # a longer question is read up to here: enough for any real question, bounded for abuse
MAX_CLAUSES = 6
_CLAUSE_RE = re.compile(r"[,.;!?，。；！？、\n]+")


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When the engine answers, suggests or declines (scores are 0-1 here, 0-100 in a `Match`)."""

    answer: float = 0.40
    off_topic_answer: float = 0.65  # a question that does not name social work needs a closer match
    gap: float = 0.04  # the runner-up must be this far behind, or the answer is ambiguous
    sure: float = 0.85  # at or above this, no gap is needed
    suggest: float = 0.25
    sound_only_factor: float = 0.9  # typed pinyin matches on sound alone, at a small discount
    max_unknown: float = 0.0  # the share of unknown word pairs allowed in a question that does not name social work
    entity_penalty: float = 0.9  # for an entry that does not name what a question names (see `_rank`)
    max_suggestions: int = 3
    candidates: int = 40


@dataclass(frozen=True, slots=True)
class Match:
    """What the engine made of one question."""

    question: str
    entry: Entry | None
    score: int
    suggestions: tuple[Entry, ...]

    @property
    def answered(self) -> bool:
        """Whether the engine is confident enough to answer."""
        return self.entry is not None


@dataclass(frozen=True, slots=True)
class _Keywords:
    texts: tuple[str, ...]
    sounds: tuple[str, ...]


def _feature(unit: Unit) -> str:
    """The feature that says a unit is known on its own."""
    return {Kind.HANZI: CHAR + unit.text, Kind.PINYIN: SOUND + unit.sound, Kind.WORD: WORD + unit.text}[unit.kind]


def _sound_line(items: list[Unit]) -> str:
    return " " + " ".join(u.sound for u in items) + " "


class Engine:
    """Matches questions against one knowledge base."""

    def __init__(self, knowledge: KnowledgeBase, thresholds: Thresholds | None = None) -> None:
        self.knowledge = knowledge
        self.thresholds = thresholds or Thresholds()
        self.normalizer = Normalizer(knowledge.vocabulary)
        self._entries: list[Entry] = list(knowledge.entries.values())
        self._exact: dict[str, int] = {}
        self._entities: list[frozenset[str]] = []
        documents: list[set[str]] = []
        doc_entry: list[int] = []
        for position, entry in enumerate(self._entries):
            named: frozenset[str] = frozenset()
            for phrasing in entry.all_phrasings:
                normalized = self.normalizer.normalize(phrasing)
                named |= self.normalizer.entities(normalized)
                self._exact.setdefault(normalized, position)
                documents.append(features(units(normalized)))
                doc_entry.append(position)
            self._entities.append(named)
        self._known_entities = frozenset().union(*self._entities)
        self._doc_entry = np.asarray(doc_entry, dtype=np.int64)
        self._index = FeatureIndex(documents, doc_entry)
        self._keywords = [self._keyword_forms(entry) for entry in self._entries]
        self._topic_sounds = tuple(_sound_line(units(term)) for term in self.normalizer.topic_terms)

    def _keyword_forms(self, entry: Entry) -> _Keywords:
        texts = tuple(self.normalizer.normalize(k) for k in entry.keywords)
        return _Keywords(texts, tuple(_sound_line(units(t)) for t in texts))

    def match(self, question: str) -> Match:
        """The best entry for a question, or up to three suggestions, or neither."""
        return self._analyse(question)[0]

    def top(self, question: str, limit: int) -> tuple[Entry, ...]:
        """The entries a question most likely means, best first: its answer, then the nearest others."""
        match, ranked = self._analyse(question)
        first = () if match.entry is None else (match.entry,)
        others = (self._entries[e] for e, s in ranked if s >= self.thresholds.suggest)
        return (*first, *(e for e in others if e is not match.entry))[:limit]

    def _analyse(self, question: str) -> tuple[Match, list[tuple[int, float]]]:
        """The decision on a question, and the entries ranked for it (none when it is off topic)."""
        question_text = question[: MAX_UNITS * 4]
        normalized = self.normalizer.normalize(question_text)
        exact = self._exact.get(normalized)
        if exact is not None:
            return Match(question, self._entries[exact], 100, ()), []
        found = units(normalized)[:MAX_UNITS]
        if not found:
            return Match(question, None, 0, ()), []
        named = self.normalizer.entities(normalized)
        whole = self._scores_of(found)
        ranked = self._rank(whole, named)
        best_score = round(ranked[0][1] * 100) if ranked else 0
        on_topic = self._on_topic(normalized, found)
        if not on_topic and self._unknown_share(found) > self.thresholds.max_unknown:
            return Match(question, None, best_score, ()), []
        bar = self.thresholds.answer if on_topic else self.thresholds.off_topic_answer
        eligible = [(e, s) for e, s in ranked if self._keywords_present(e, normalized, found)]
        if not self._is_clear(eligible, bar):
            # A long question often buries what it asks in one clause: score the clauses too, keep the best.
            scores = [self._scores_of(clause) for clause in self._clauses(question_text)]
            if scores:
                ranked = self._rank(np.maximum.reduce([whole, *scores]), named)
                eligible = [(e, s) for e, s in ranked if self._keywords_present(e, normalized, found)]
        if self._is_clear(eligible, bar):
            best, score = eligible[0]
            return Match(question, self._entries[best], round(score * 100), ()), ranked
        t = self.thresholds
        suggestions = tuple(self._entries[e] for e, s in ranked[: t.max_suggestions] if s >= t.suggest)
        return Match(question, None, round(ranked[0][1] * 100) if ranked else 0, suggestions), ranked

    def _is_clear(self, eligible: list[tuple[int, float]], bar: float) -> bool:
        """Whether the best eligible entry scores at least `bar` and far enough ahead of the next one."""
        t = self.thresholds
        if not eligible or eligible[0][1] < bar:
            return False
        best_score, runner_up = eligible[0][1], eligible[1][1] if len(eligible) > 1 else 0.0
        return best_score >= t.sure or best_score - runner_up >= t.gap

    def _clauses(self, question: str) -> list[list[Unit]]:
        """Each clause of a question that has several, and each two neighbouring clauses, as units."""
        parts = [units(self.normalizer.normalize(p)) for p in _CLAUSE_RE.split(question)[:MAX_CLAUSES]]
        parts = [p for p in parts if p]
        if len(parts) < 2:
            return []
        return parts + [a + b for a, b in itertools.pairwise(parts)]

    def _scores_of(self, found: list[Unit]) -> FloatArray:
        """Every phrasing's score for a question, on sound alone too when part of it is typed in pinyin."""
        scores = self._scores(features(found), sound_only=False)
        if any(u.kind is Kind.PINYIN for u in found):
            sound = self._scores(features(found), sound_only=True) * self.thresholds.sound_only_factor
            scores = np.maximum(scores, sound)
        return scores

    def _rank(self, scores: FloatArray, named: frozenset[str]) -> list[tuple[int, float]]:
        """Entries by their best phrasing's score, best first (only the top candidates).

        When a question names a place or level, an entry that names none of them is marked down; when it names
        only places no entry covers (温州), an entry that names no place at all is marked down instead.
        """
        count = min(self.thresholds.candidates, len(scores))
        top = np.argpartition(-scores, count - 1)[:count] if count else np.zeros(0, dtype=np.int64)
        best: dict[int, float] = {}
        for doc in top[np.argsort(-scores[top], kind="stable")]:
            score = float(scores[doc])
            entry = int(self._doc_entry[doc])
            if self._mismatched(named, self._entities[entry]):
                score *= self.thresholds.entity_penalty
            if score > 0:
                best.setdefault(entry, score)
        return sorted(best.items(), key=lambda item: (-item[1], item[0]))

    def _mismatched(self, asked: frozenset[str], named: frozenset[str]) -> bool:
        """Whether an entry naming `named` misses what a question naming `asked` is about."""
        if not asked or asked & named:
            return False
        return bool(asked & self._known_entities) or not named

    def _scores(self, question_features: set[str], sound_only: bool) -> FloatArray:
        """Every phrasing's score: the Dice overlap of its weighted features with the question's (0 to 1)."""
        query = self._index.query(question_features, sound_only=sound_only)
        if query.total <= 0:
            return np.zeros(self._index.documents)
        totals = self._index.doc_sound_total if sound_only else self._index.doc_total
        result: FloatArray = 2.0 * self._index.overlap(query) / (totals + query.total)
        return result

    def _on_topic(self, normalized: str, found: list[Unit]) -> bool:
        """Whether the question names social work, in writing or by sound (射工 sounds like 社工)."""
        line = _sound_line(found)
        return self.normalizer.is_on_topic(normalized) or any(s in line for s in self._topic_sounds)

    def _unknown_share(self, found: list[Unit]) -> float:
        """The share of a question's units that no phrasing has as written: a character counts as known when it
        forms a known pair with a neighbour, so two known words side by side (宁波 + 奖励) stay known."""
        known = [False] * len(found)
        for position, (left, right) in enumerate(itertools.pairwise(found)):
            if left.kind is right.kind is Kind.HANZI and self._index.knows(PAIR + left.text + right.text):
                known[position] = known[position + 1] = True
        for position, unit in enumerate(found):
            known[position] = known[position] or (unit.kind is not Kind.HANZI and self._index.knows(_feature(unit)))
            if not known[position] and unit.kind is Kind.HANZI and len(found) == 1:
                known[position] = self._index.knows(_feature(unit))
        return known.count(False) / len(found)

    def _keywords_present(self, entry: int, normalized: str, found: list[Unit]) -> bool:
        """The entry's topic guard: one of its keywords is in the question, in writing or by sound."""
        keywords = self._keywords[entry]
        if not keywords.texts:
            return True
        line = _sound_line(found)
        return any(k in normalized for k in keywords.texts) or any(s in line for s in keywords.sounds)
