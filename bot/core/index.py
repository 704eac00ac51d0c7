"""An index of weighted features over many phrasings (documents), in compact numpy arrays.

A question is scored in two steps, so its cost does not grow with the number of phrasings: the phrasings that share
its rarest features become candidates (all phrasings that share any feature, while their postings fit a budget, as
they always do for a knowledge base of a few hundred entries), then each candidate's exact overlap is summed from
its own features.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bot.core.features import KIND_WEIGHT, is_sound

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
POSTINGS_BUDGET = 5_000  # postings read to find candidates, at most (beyond the rarest feature's)
SORT_OVER_COUNT = 16  # postings are sorted by phrasing when fewer than 1/16 of the phrasings, else counted
MAX_SCORED = 200  # phrasings scored exactly per question, at most (the candidates)


@dataclass(frozen=True, slots=True)
class Candidates:
    """Phrasings to score for one question, with their features gathered once for every re-scoring."""

    docs: IntArray
    features: npt.NDArray[np.int32]
    segments: IntArray  # where each doc's features start in `features`


@dataclass(frozen=True, slots=True)
class Query:
    """A question's features that the index knows (distinct ids, with weights), and the weight of all of them."""

    ids: IntArray
    weights: FloatArray
    total: float


def _segment_sums(values: npt.NDArray[np.floating], starts: IntArray, ends: IntArray) -> FloatArray:
    """Along the last axis, the sum (in float64) of values[start:end] for each segment (0 for an empty one)."""
    width = values.shape[-1]
    if not width:
        return np.zeros((*values.shape[:-1], len(starts)))
    sums = np.add.reduceat(values, np.minimum(starts, width - 1), axis=-1, dtype=np.float64)
    result: FloatArray = np.where(ends > starts, sums, 0.0)
    return result


def _ranges(starts: IntArray, ends: IntArray) -> IntArray:
    """The concatenation of range(start, end) for each pair, without a Python loop."""
    lengths = ends - starts
    offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
    return offsets + np.arange(int(lengths.sum()), dtype=np.int64)


class FeatureIndex:
    """Features weighted by kind and rarity (idf over groups, here entries); immutable once built."""

    def __init__(self, documents: Iterable[set[str]], groups: Sequence[int]) -> None:
        ids: dict[str, int] = {}
        known = ids.get
        doc_starts = array("q", [0])
        forward = array("i")
        for unordered in documents:
            features = sorted(unordered)  # sums in one order: scores, and so ties, alike in every run
            codes = list(map(known, features))
            if None in codes:
                codes = [ids.setdefault(f, len(ids)) for f in features]
            forward.extend(codes)  # type: ignore[arg-type]
            doc_starts.append(len(forward))
        self._ids = ids
        self.documents = len(doc_starts) - 1
        self._doc_starts = np.frombuffer(doc_starts, dtype=np.int64)
        self._forward = np.frombuffer(forward, dtype=np.int32)
        n_groups = max(max(groups, default=0) + 1, 1)
        self.unknown_idf = math.log(1.0 + n_groups)
        self._starts, self._postings, df = self._postings_of(np.asarray(groups, dtype=np.int32))
        kind_weight = np.fromiter((KIND_WEIGHT[f[0]] for f in ids), dtype=np.float64, count=len(ids))
        self._weights: FloatArray = kind_weight * np.log(1.0 + n_groups / np.maximum(df, 1.0))
        posting_weight = self._weights.astype(np.float32)[self._forward]  # half the memory of float64
        sound = np.fromiter((is_sound(f) for f in ids), dtype=bool, count=len(ids))[self._forward]
        starts, ends = self._doc_starts[:-1], self._doc_starts[1:]
        self.doc_total = _segment_sums(posting_weight, starts, ends)
        self.doc_sound_total = _segment_sums(np.where(sound, posting_weight, np.float32(0)), starts, ends)

    def _postings_of(self, groups: npt.NDArray[np.int32]) -> tuple[IntArray, npt.NDArray[np.int32], FloatArray]:
        """Where each feature's postings start, the postings (phrasings by feature), and each feature's document
        frequency."""
        order = np.argsort(self._forward, kind="stable")
        feature_of = self._forward[order]
        starts = np.searchsorted(feature_of, np.arange(len(self._ids) + 1)).astype(np.int64)
        doc_of = np.searchsorted(self._doc_starts, order, side="right").astype(np.int32) - 1
        del order
        # Document frequency counts groups (entries), not phrasings: a term in every phrasing of one entry stays rare.
        # Postings are in document order and an entry's phrasings are neighbours, so each new group is a change.
        group_of = groups[doc_of]
        first = np.ones(len(group_of), dtype=bool)
        first[1:] = (feature_of[1:] != feature_of[:-1]) | (group_of[1:] != group_of[:-1])
        df = np.bincount(feature_of[first], minlength=len(self._ids)).astype(np.float64)
        return starts, doc_of, df

    def query(self, features: Iterable[str], sound_only: bool = False) -> Query:
        """The known features of a question (only sound ones when `sound_only`), weighted."""
        asked = sorted(f for f in features if is_sound(f)) if sound_only else sorted(features)
        found = list(map(self._ids.get, asked))
        ids = np.fromiter((fid for fid in found if fid is not None), dtype=np.int64)
        unknown = sum(self.weight(f) for f, fid in zip(asked, found, strict=True) if fid is None)
        weights = self._weights[ids]
        return Query(ids, weights, float(weights.sum()) + unknown)

    def candidates(self, query: Query) -> Candidates:
        """The phrasings worth scoring: those sharing the most weight of the question's rarest features, read
        within a postings budget (for a small knowledge base, every phrasing sharing any feature)."""
        docs = np.zeros(0, dtype=np.int64)
        if len(query.ids):
            starts, ends = self._starts[query.ids], self._starts[query.ids + 1]
            lengths = ends - starts
            order = np.argsort(lengths, kind="stable")
            chosen = order[: max(1, int((np.cumsum(lengths[order]) <= POSTINGS_BUDGET).sum()))]
            postings = self._postings[_ranges(starts[chosen], ends[chosen])]
            weights = np.repeat(query.weights[chosen], lengths[chosen])
            if len(postings) * SORT_OVER_COUNT > self.documents:  # as many as there are phrasings: count them
                every = np.bincount(postings, weights=weights, minlength=self.documents)
                docs = np.flatnonzero(every)
                partial = every[docs]
            else:  # few among many: sort them
                by_doc = np.argsort(postings, kind="stable")
                postings, weights = postings[by_doc], weights[by_doc]
                first = np.ones(len(postings), dtype=bool)
                first[1:] = postings[1:] != postings[:-1]
                docs = postings[first].astype(np.int64)
                partial = np.add.reduceat(weights, np.flatnonzero(first))
            if len(docs) > MAX_SCORED:
                dice = partial / (self.doc_total[docs] + query.total)
                docs = np.sort(docs[np.argpartition(-dice, MAX_SCORED - 1)[:MAX_SCORED]])
        starts, ends = self._doc_starts[docs], self._doc_starts[docs + 1]
        lengths = ends - starts
        features = self._forward[_ranges(starts, ends)]
        return Candidates(docs, features, np.cumsum(lengths) - lengths)

    def overlap(self, candidates: Candidates, queries: list[Query]) -> FloatArray:
        """For each query (row) and candidate (column), the summed weight of the query's features it has."""
        weight_of = np.zeros((len(queries), len(self._weights)))  # per question: questions never share state
        for row, query in enumerate(queries):
            weight_of[row, query.ids] = query.weights
        ends = np.append(candidates.segments[1:], len(candidates.features))
        return _segment_sums(weight_of[:, candidates.features], candidates.segments, ends)

    def covered(self, query: Query, first: int, end: int) -> float:
        """The share of a query's weight (its unknown features included) that documents `first` to `end` have."""
        if query.total <= 0:
            return 0.0
        have = self._forward[self._doc_starts[first] : self._doc_starts[end]]
        return float(query.weights[np.isin(query.ids, have)].sum()) / query.total

    def weight(self, feature: str) -> float:
        """A feature's weight (kind and rarity), or the weight of a feature no document has."""
        found = self._ids.get(feature)
        return KIND_WEIGHT[feature[0]] * self.unknown_idf if found is None else float(self._weights[found])

    def knows(self, feature: str) -> bool:
        """Whether any document has this feature."""
        return feature in self._ids
