"""The bounded memo that spares one question's reading from normalising the same text again."""

from __future__ import annotations

import threading

from bot.core.memo import Memo


def test_a_key_asked_again_is_not_computed_again() -> None:
    asked: list[str] = []
    memo: Memo[str, str] = Memo(2)
    assert [memo.get(k, lambda key: asked.append(key) or key.upper()) for k in ("a", "a", "b", "a")] == list("AABA")
    assert asked == ["a", "b"]


def test_the_oldest_key_is_forgotten_first_and_the_memo_stays_bounded() -> None:
    asked: list[str] = []
    memo: Memo[str, int] = Memo(2)
    for key in ("a", "b", "c", "b", "a"):
        memo.get(key, lambda k: asked.append(k) or len(asked))
    assert asked == ["a", "b", "c", "a"]  # b was still kept; a had been forgotten when c came


def test_threads_sharing_the_memo_never_trip_over_each_others_forgetting() -> None:
    memo: Memo[int, int] = Memo(2)  # a reload's checks and the answering share one normaliser's memo
    failures: list[BaseException] = []

    def ask(offset: int) -> None:
        try:
            for n in range(20_000):
                assert memo.get((n + offset) % 7, lambda k: k * 2) == (n + offset) % 7 * 2
        except BaseException as error:  # any failure in a thread is the test's
            failures.append(error)

    threads = [threading.Thread(target=ask, args=(offset,)) for offset in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
