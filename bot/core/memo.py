"""A bounded memo of a pure function's latest results."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """The results of the last `size` arguments a pure function was asked, the oldest forgotten first: the texts one
    question's reading reads again (its clauses, their readings), kept without a reference to whoever computes them,
    so that a replaced engine is freed at once. Safe across threads: one normaliser serves the questions answered on
    the event loop and a reload's checks in a worker thread (`normalizer_for`)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._kept: dict[K, V] = {}
        self._lock = threading.Lock()

    def get(self, key: K, compute: Callable[[K], V]) -> V:
        """`compute(key)`, computed once while it is among the last `size` keys asked (outside the lock: computing may
        ask the memo again)."""
        with self._lock:
            if key in self._kept:
                return self._kept[key]
        value = compute(key)
        with self._lock:
            if key not in self._kept and len(self._kept) >= self._size:
                del self._kept[next(iter(self._kept))]
            self._kept[key] = value
        return value
