"""An inverted index of weighted features over many phrasings, scored for all of them at once with numpy."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bot.features import KIND_WEIGHT, is_sound

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Query:
    """A question's features that the index knows, with their weights, and the weight of all its features."""

    ids: npt.NDArray[np.int64]
    weights: FloatArray
    total: float
    unknown: frozenset[str]


class FeatureIndex:
    """Features weighted by kind and rarity (idf over groups, here entries); immutable once built."""

    def __init__(self, documents: Sequence[set[str]], groups: Sequence[int]) -> None:
        self.documents = len(documents)
        n_groups = max(groups, default=-1) + 1
        ids: dict[str, int] = {}
        doc_of: list[int] = []
        feature_of: list[int] = []
        for doc, features in enumerate(documents):
            for feature in features:
                feature_of.append(ids.setdefault(feature, len(ids)))
                doc_of.append(doc)
        self._ids = ids
        feature_arr = np.asarray(feature_of, dtype=np.int64)
        doc_arr = np.asarray(doc_of, dtype=np.int64)
        group_arr = np.asarray(groups, dtype=np.int64)[doc_arr] if doc_of else doc_arr
        # Document frequency counts groups, not phrasings: a term in every phrasing of one entry stays rare.
        pairs = np.unique(feature_arr * max(n_groups, 1) + group_arr) if doc_of else feature_arr
        df = np.bincount(pairs // max(n_groups, 1), minlength=len(ids)).astype(np.float64)
        self.unknown_idf = math.log(1.0 + max(n_groups, 1))
        kind_weight = np.array([KIND_WEIGHT[f[0]] for f in ids], dtype=np.float64)
        self._weights = kind_weight * np.log(1.0 + max(n_groups, 1) / np.maximum(df, 1.0))
        sound = np.array([is_sound(f) for f in ids], dtype=bool)
        self._sound = sound
        posting_weight = self._weights[feature_arr] if doc_of else np.zeros(0)
        self.doc_total = np.bincount(doc_arr, weights=posting_weight, minlength=len(documents))
        sound_mask = sound[feature_arr] if doc_of else np.zeros(0, dtype=bool)
        self.doc_sound_total = np.bincount(
            doc_arr[sound_mask], weights=posting_weight[sound_mask], minlength=len(documents)
        )
        order = np.argsort(feature_arr, kind="stable")
        self._postings = doc_arr[order].astype(np.int32)
        self._starts = np.searchsorted(feature_arr[order], np.arange(len(ids) + 1))

    def query(self, features: Iterable[str], sound_only: bool = False) -> Query:
        """The known features of a question (only sound ones when `sound_only`), weighted."""
        known: list[int] = []
        unknown: set[str] = set()
        unknown_total = 0.0
        for feature in features:
            if sound_only and not is_sound(feature):
                continue
            fid = self._ids.get(feature)
            if fid is None:
                unknown.add(feature)
                unknown_total += KIND_WEIGHT[feature[0]] * self.unknown_idf
            else:
                known.append(fid)
        ids = np.asarray(known, dtype=np.int64)
        weights = self._weights[ids]
        return Query(ids, weights, float(weights.sum()) + unknown_total, frozenset(unknown))

    def overlap(self, query: Query) -> FloatArray:
        """For every document, the summed weight of the query's features it shares."""
        if not len(query.ids):
            return np.zeros(self.documents)
        starts, ends = self._starts[query.ids], self._starts[query.ids + 1]
        docs = np.concatenate([self._postings[s:e] for s, e in zip(starts, ends, strict=True)])
        weights = np.repeat(query.weights, ends - starts)
        return np.asarray(np.bincount(docs, weights=weights, minlength=self.documents), dtype=np.float64)

    def knows(self, feature: str) -> bool:
        """Whether any document has this feature."""
        return feature in self._ids
