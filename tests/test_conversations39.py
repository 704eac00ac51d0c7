"""Session 39's conversations: what a question asks of, read from its words in any order."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("宁波社工津贴每月多少", "关于宁波的持证津贴"),
        ("台州社工补贴一个月多少", "关于台州的持证津贴"),
        ("台州社工補貼一個月多少", "關於台州的持證津貼"),
    ],
)
def test_an_allowance_asked_by_the_month_is_not_the_one_off_reward(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and says in reply.text, reply.text
    assert "1500元" not in reply.text and "1000元" not in reply.text, reply.text


def test_the_special_allowance_by_the_month_is_still_its_sum(ask: Ask) -> None:
    reply = ask("政府特殊津贴一个月给社工多少钱")
    assert answered(reply) == "zhejiang-incentives" and "津贴每月多少钱，报道没有写" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    ["我户口在安徽能在浙江考社工证吗", "安徽户口可以在杭州报名社工考试吗", "社工必须是本地户口吗"],
)
def test_sitting_the_exam_away_from_ones_household_registration_is_the_exams_running(
    ask: Ask, question: str
) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-registration-details", reply.text
    assert "户口不在本地能不能在工作地报名" in reply.text, reply.text
