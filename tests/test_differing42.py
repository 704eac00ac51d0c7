"""Session 42's conversations: how two jobs differ, neither of them social work (志愿者与义工有什么区别,
社区工作者和网格员一样吗), is no question an entry answers: the comparison of one of them with social workers is
offered, not given as the answer; a comparison with social workers, or with one side left to the chat
(和志愿者有什么区别), is answered."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    "question",
    ["志愿者与义工有什么区别", "志愿者與義工有什么區別", "义工和志愿者是一回事吗", "社区工作者和网格员有什么区别"],
)
def test_two_other_jobs_compared_are_not_answered_with_social_workers_comparison(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text
    assert "不一样。" not in reply.text and "都不是！" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("社工和志愿者有什么区别", "vs-volunteer"),
        ("志愿者和社工一样吗", "vs-volunteer"),
        ("和志愿者有什么区别", "vs-volunteer"),
        ("社工和社区工作者有什么区别", "vs-community-worker"),
        ("行政督导和专业督导的区别", "supervision"),  # two kinds of one job, which an entry tells
    ],
)
def test_a_comparison_with_social_workers_is_answered(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry
