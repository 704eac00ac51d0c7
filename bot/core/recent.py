"""A bounded memo of a pure function's latest results."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Recent(Generic[K, V]):
    """The results of the last `size` arguments a pure function was asked, the oldest forgotten first: the texts one
    question's reading reads again (its clauses, their readings), kept without a reference to whoever computes them,
    so that a replaced engine is freed at once."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._kept: dict[K, V] = {}

    def get(self, key: K, compute: Callable[[K], V]) -> V:
        """`compute(key)`, computed once while it is among the last `size` keys asked."""
        if key in self._kept:
            return self._kept[key]
        if len(self._kept) >= self._size:
            del self._kept[next(iter(self._kept))]
        value = self._kept[key] = compute(key)
        return value
