"""Scoring a question against the phrasings, and ranking the entries by their best phrasing: each marked down for a
place, level or measure it does not cover, or for being about several when one is asked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache, partial

import numpy as np
import numpy.typing as npt

from bot.core.features import features
from bot.core.index import Candidates, FeatureIndex, FloatArray, Query
from bot.core.knowledge import About, Coverage
from bot.core.known import KnownWords
from bot.core.match import Thresholds
from bot.core.memo import Memo
from bot.core.sounds import Kind, Unit, units


def without(normalized: str, terms: list[str]) -> list[Unit]:
    """The units of a normalised question with `terms` left out."""
    for term in terms:
        normalized = normalized.replace(term, " ")
    return units(" ".join(normalized.split()))


BoolArray = npt.NDArray[np.bool_]

_LACKS_CACHED = 1 << 16  # (what a question names, entry) pairs kept: a few questions' worth of every entry
_HOLDING_CACHED = 1 << 10  # sets of places asked about, each with the entries that hold there
_MARKS_CACHED = 1 << 10  # what questions name (About), each with the mark-downs of the entries ranked for it


def _entries_holding(
    abouts: Sequence[About], lacks: Callable[[About, int], About | None], places: tuple[str, ...]
) -> BoolArray:
    """`Ranker.holding` for places none of them `separate`: every entry about no place, and those about a place that
    hold there (a function of the entries alone, so that caching it keeps no ranker alive)."""
    there = About(places=places)
    mask = np.ones(len(abouts), dtype=bool)
    for entry, about in enumerate(abouts):
        if about.places:
            mask[entry] = not set(places).intersection(about.places) and not lacks(there, entry)
    mask.flags.writeable = False  # shared by every question naming these places
    return mask


class Ranker:
    """Scores and ranks the entries of one index (entries by position, `doc_entry` the entry of each phrasing)."""

    def __init__(
        self, index: FeatureIndex, doc_entry: list[int], coverage: Coverage, known: KnownWords, thresholds: Thresholds
    ) -> None:
        self.thresholds = thresholds
        self.about = coverage.abouts
        self._index = index
        self._coverage = coverage
        # What a question names recurs across its clauses, parts and re-rankings: each entry's lack is read once, and
        # the entries that hold at the places it names.
        self._lacks = lru_cache(maxsize=_LACKS_CACHED)(coverage.lacks)
        self._holding = lru_cache(maxsize=_HOLDING_CACHED)(partial(_entries_holding, self.about, self._lacks))
        self._marked: Memo[About, dict[int, tuple[float, ...]]] = Memo(_MARKS_CACHED)
        self._scored: tuple[Candidates | None, dict[tuple[tuple[Unit, ...], ...], FloatArray]] = (None, {})
        self._known = known
        self._doc_entry = np.asarray(doc_entry, dtype=np.int64)
        # Each entry's phrasings are neighbours in the index: documents first[p] to first[p + 1].
        self._first_doc = np.searchsorted(self._doc_entry, np.arange(len(self.about) + 1))
        # The measures of each entry about one place alone (浙江: 报考人数…): asked about that place and those measures,
        # an entry about other places too comes second to it.
        self._own_measures: dict[str, list[set[str]]] = {}
        for about in self.about:
            if len(about.places) == 1:
                self._own_measures.setdefault(about.places[0], []).append(set(about.measures))
        # The entries about the certificate itself (no place or measure): what they say holds at the levels they name,
        # or at any level when they name none.
        self._of_certificate = [not (about.places or about.measures) for about in self.about]
        self._at_level: dict[str, npt.NDArray[np.int64]] = {}
        self._about_place: dict[str, list[int]] = {}  # the entries about each place
        for entry, about in enumerate(self.about):
            for place in about.places:
                self._about_place.setdefault(place, []).append(entry)

    def _features(self, found: list[Unit]) -> set[str]:
        """The features a question is matched on: all of its units' but those of the English common words no phrasing
        has (`KnownWords.idle`)."""
        return features(found) - self._known.idle

    def query(self, found: list[Unit]) -> Query:
        """The index's query for a question's units."""
        return self._index.query(self._features(found))

    def score_whole(self, found: list[Unit]) -> tuple[Query, Candidates, FloatArray]:
        """A whole question's query, the phrasings worth scoring for it, and their scores."""
        query = self.query(found)
        candidates = self._index.candidates(query)
        return query, candidates, self.scores_of([found], candidates)

    def scores_of(self, texts: list[list[Unit]], candidates: Candidates) -> FloatArray:
        """Each candidate's best score over `texts` (a question, or its clauses): the Dice overlap of weighted
        features, and for text partly typed in pinyin also the overlap of sounds alone, at a small discount. Kept
        while the same candidates are scored (one question's clauses and parts read its own text again), read-only."""
        scored_for, scored = self._scored
        if scored_for is not candidates:
            scored = {}
            self._scored = (candidates, scored)
        key = tuple(map(tuple, texts))
        if (found := scored.get(key)) is None:
            found = scored[key] = self._scores(texts, candidates)
            found.flags.writeable = False
        return found

    def _scores(self, texts: list[list[Unit]], candidates: Candidates) -> FloatArray:
        """`scores_of`, worked out."""
        queries, totals, factors = [], [], []
        for found in texts:
            found_features = self._features(found)
            queries.append(self._index.query(found_features))
            totals.append(self._index.doc_total)
            factors.append(1.0)
            if any(u.kind == Kind.PINYIN for u in found):
                queries.append(self._index.query(found_features, sound_only=True))
                totals.append(self._index.doc_sound_total)
                factors.append(self.thresholds.sound_only_factor)
        shared = self._index.overlap(candidates, queries)
        doc_totals = np.stack([total[candidates.docs] for total in totals])
        query_totals = np.array([[q.total] for q in queries])
        denominators = doc_totals + query_totals
        dice = np.divide(2.0 * shared, denominators, out=np.zeros_like(shared), where=denominators > 0)
        result: FloatArray = (dice * np.array(factors)[:, None]).max(axis=0)
        return result

    def wherever(
        self, question: str, normalized: str, named: About, candidates: Candidates, scores: FloatArray
    ) -> FloatArray:
        """The scores with each phrasing of an entry that holds at the places a question names without naming them
        (`holding`) scored also against the question without those places (宁波社工证怎么考 is how to get it anywhere;
        宁波社工前景 is Zhejiang's outlook): a place said only as where the asker is draws the question to that place's
        entries, never away from one that holds there too. Not for a place's own figures (浙江的通过率: `local`
        measures), nor when another entry about the place has facts on what is asked (宁波有奖励吗), nor for English
        that the place's name was most of what was known of (plumber exam requirements in China)."""
        rules = self._coverage.rules
        places = [p for p in named.places if p not in rules.separate]
        if not places or rules.local.intersection(named.measures):
            return scores
        holds = self.holding(places)
        if named.measures and any(
            about.places and not holds[e] and self.uncovered(named, e) is None for e, about in enumerate(self.about)
        ):
            return scores
        placeless = without(normalized, places)
        if not placeless or self._known.latin_unknown_share(question, placeless) > self.thresholds.max_unknown_latin:
            return scores
        anywhere = holds[self._doc_entry[candidates.docs]]
        return np.where(anywhere, np.maximum(scores, self.scores_of([placeless], candidates)), scores)

    def in_region(self, normalized: str, named: About, candidates: Candidates, scores: FloatArray) -> FloatArray:
        """The scores with each phrasing of an entry about the region that the one place a question names lies in
        scored also against the question with the region named instead (鄞州考中级奖励多少 as 宁波's), where that
        entry's facts hold (not its `local` figures: `Coverage.lacks`)."""
        if len(named.places) != 1:
            return scores
        place = named.places[0]
        for region in self._coverage.rules.regions_of(place):
            entries = [e for e in self._about_place.get(region, ()) if not self.uncovered(named, e)]
            if entries:
                holds = np.isin(self._doc_entry[candidates.docs], entries)
                renamed = [units(normalized.replace(place, region))]
                return np.where(holds, np.maximum(scores, self.scores_of(renamed, candidates)), scores)
        return scores

    def any_level(self, renamed: str, level: str, candidates: Candidates, scores: FloatArray) -> FloatArray:
        """The scores with each phrasing of an entry about the certificate itself at `level` (the one a question
        names) scored also against `renamed`, the question with that level read as any level's certificate
        (`Normalizer.as_any_level`): 什么是社会工作师证 is what the certificate is, which the overview says of each
        level; 中级社工证怎么拿 is how to get it."""
        if (entries := self._at_level.get(level)) is None:  # a few levels: each one's entries found once
            at_level = About(levels=(level,))
            found = [e for e, of in enumerate(self._of_certificate) if of and self.uncovered(at_level, e) is None]
            entries = self._at_level[level] = np.asarray(found, dtype=np.int64)
        holds = np.isin(self._doc_entry[candidates.docs], entries)
        return np.where(holds, np.maximum(scores, self.scores_of([units(renamed)], candidates)), scores)

    def rank(self, candidates: Candidates, scores: FloatArray, named: About) -> list[tuple[int, float]]:
        """Entries by their best phrasing's score, best first (only the top candidates), each marked down as
        `_marks` says for what the question names."""
        count = min(self.thresholds.top_phrasings, len(scores))
        top = np.argpartition(-scores, count - 1)[:count] if count else np.zeros(0, dtype=np.int64)
        top = top[np.argsort(-scores[top], kind="stable")]
        marked = self._marked.get(named, lambda _: {})  # each entry's, once for all that name the same
        best: dict[int, float] = {}
        for entry, score in zip(self._doc_entry[candidates.docs[top]].tolist(), scores[top].tolist(), strict=True):
            if entry in best or score <= 0:
                continue  # an entry's best phrasing comes first
            if (marks := marked.get(entry)) is None:
                marks = marked[entry] = self._marks(entry, named)
            for mark in marks:  # in turn, as they always were: the same scores
                score *= mark
            best[entry] = score
        return sorted(best.items(), key=lambda item: (-item[1], item[0]))

    def _marks(self, entry: int, named: About) -> tuple[float, ...]:
        """An entry's mark-downs (applied in turn) for a question naming `named`: one that does not cover a place,
        level or measure it names is marked down, so that one covering it wins; of those that do, one about several
        levels or about none when one level is asked (中级报考条件: the intermediate entry, not the overview; unless
        about the measure asked, 初级有判断题吗: 题型), and one about several places (`place_factor`)."""
        t = self.thresholds
        if self.uncovered(named, entry) is not None:
            return (t.uncovered_penalty,)
        marks = []
        if len(named.levels) == 1:
            marks.append(self.overview_factor(entry, "levels"))
            about = self.about[entry]
            if not about.levels and not (named.measures and set(named.measures) <= set(about.measures)):
                marks.append(t.levelless_penalty)
        return (*marks, self.place_factor(entry, named))

    def uncovered(self, asked: About, entry: int) -> About | None:
        """What a question asks (`asked`, as read by `Normalizer.named`) that an entry's facts do not cover, or None."""
        return self._lacks(asked, entry)

    def covered(self, query: Query, entry: int) -> float:
        """The share of a question's weight that the entry's phrasings have (a wrong answer shares a few words)."""
        return self._index.covered(query, int(self._first_doc[entry]), int(self._first_doc[entry + 1]))

    def share_covered(self, query: Query, normalized: str, named: About, entry: int) -> float:
        """`covered`, or for an entry that holds where the question is asked without naming the place (`holding`),
        the share of the question without the places it names, if more (宁波社工师考完好找工作吗: the outlook, which
        holds in Zhejiang's cities)."""
        covered = self.covered(query, entry)
        places = [p for p in named.places if p not in self._coverage.rules.separate]
        if not places or not self.holding(places)[entry] or not (placeless := without(normalized, places)):
            return covered
        return max(covered, self.covered(self.query(placeless), entry))

    def holding(self, places: list[str]) -> BoolArray:
        """Whether each entry's facts hold at `places` without naming them: those about no place in particular, and
        those about a region they lie in (宁波: the entries about 浙江 whose facts are no `local` figures)."""
        return self._holding(tuple(places))

    def is_clear(self, eligible: list[tuple[int, float]], bar: float) -> bool:
        """Whether the best eligible entry scores at least `bar` and far enough ahead of the next one."""
        t = self.thresholds
        if not eligible or eligible[0][1] < bar:
            return False
        best_score, runner_up = eligible[0][1], eligible[1][1] if len(eligible) > 1 else 0.0
        return best_score >= t.sure or best_score - runner_up >= t.gap

    def place_factor(self, entry: int, asked: About) -> float:
        """The mark-down for an entry about several places, among them the one a question asks about, when that place
        has an entry of its own on the measures asked and on what the entry is mainly about, its first measure (浙江报考
        人数: Zhejiang's entry before the national one that mentions Zhejiang; but 浙江社工前景: no entry about Zhejiang
        alone gives the outlook, and 为什么浙江报考人数第一: none gives why the exam is popular), or for an entry about
        places inside the one asked (浙江的奖励: 宁波's and 台州's in the rewards overview)."""
        if len(asked.places) != 1:
            return 1.0
        about = self.about[entry]
        place, places, mainly = asked.places[0], about.places, set(about.measures[:1])  # its first measure: mainly
        own = place in places and any(set(asked.measures) | mainly <= ms for ms in self._own_measures.get(place, ()))
        inside = any(place in self._coverage.rules.regions_of(p) for p in places)
        return self.overview_factor(entry, "places") if own or inside else 1.0

    def overview_factor(self, entry: int, key: str) -> float:
        """The mark-down for an entry about several places (levels) when one place (level) is asked about."""
        return self.thresholds.overview_penalty if len(getattr(self.about[entry], key)) > 1 else 1.0
