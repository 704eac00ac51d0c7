"""Session 42's conversations, re-tried: more wordings of the kinds fixed this session — the next step after
passing (考完社工证以后要做什么), doubts social workers meet (社工经常遇到什么质疑), what one may ask
(我能问你哪些问题), and the holders counted as 持有人数 (not the applicants' card)."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("question", "entry"),
    [("考完社工证以后要做什么", "registration"), ("社工经常遇到什么质疑", "recognition")],
)
def test_more_wordings_of_the_kinds_fixed_are_answered(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


def test_asking_what_one_may_ask_is_small_talk(ask: Ask) -> None:
    assert ask("我能问你哪些问题").text.startswith("我是社工问答助手")


def test_holders_counted_as_holders_are_not_the_applicants(ask: Ask) -> None:
    reply = ask("全国社工证持有人数最多的省份")
    assert answered(reply) != "exam-applicants" and "89万" not in reply.text, reply.text
    assert reply.outcome is not Outcome.ANSWERED or "15.6万" in reply.text, reply.text
