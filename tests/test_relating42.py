"""Session 42's conversations: a clause asking how the things it joins stand to each other (社工证和职称挂钩吗) is one
question, not a part for each thing (社工证 alone was answered with what the exam is)."""

from __future__ import annotations

import pytest

from tests.helpers import Ask, buttons


@pytest.mark.parametrize("question", ["社工证和职称挂钩吗", "社工证和职称有关系吗"])
def test_how_two_things_stand_is_asked_whole(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert "【社工考试是什么考试？】" not in reply.text, reply.text
    assert "用人单位" in reply.text and "专业技术" in reply.text, reply.text


def test_two_things_related_to_a_third_are_offered_not_the_first_alone(ask: Ask) -> None:
    reply = ask("社工证和职称工资挂钩吗")
    assert "社工考试是什么考试" not in reply.text, reply.text
    assert "社工证算职称吗？" in [*buttons(reply), reply.text], (reply.text, buttons(reply))
