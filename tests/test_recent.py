"""The bounded memo that spares one question's reading from normalising the same text again."""

from __future__ import annotations

from bot.core.recent import Recent


def test_a_key_asked_again_is_not_computed_again() -> None:
    asked: list[str] = []
    recent: Recent[str, str] = Recent(2)
    assert [recent.get(k, lambda key: asked.append(key) or key.upper()) for k in ("a", "a", "b", "a")] == list("AABA")
    assert asked == ["a", "b"]


def test_the_oldest_key_is_forgotten_first_and_the_memo_stays_bounded() -> None:
    asked: list[str] = []
    recent: Recent[str, int] = Recent(2)
    for key in ("a", "b", "c", "b", "a"):
        recent.get(key, lambda k: asked.append(k) or len(asked))
    assert asked == ["a", "b", "c", "a"]  # b was still kept; a had been forgotten when c came
