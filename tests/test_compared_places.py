"""Conversations that set places side by side (北京社工比浙江多吗, 北京和浙江的社工分别有多少): each place's count, or
that there is none for it, with the other counts there is for it offered."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered, values


@pytest.mark.parametrize(
    "question",
    [
        "北京社工比浙江多吗",
        "北京和浙江哪个社工多",
        "浙江的社工比北京多吗",
        "北京和浙江的社工分别有多少",
        "北京和浙江社工各有多少",
        "北京社工比浙江多嗎",
    ],
)
def test_places_side_by_side_get_each_one_s_count_or_that_there_is_none(ask: Ask, question: str) -> None:
    reply = ask(question)
    text = to_simplified(reply.text)
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == "beijing-workforce", text
    assert "7.96万" in text and "浙江的从业人数：本助手没有核实过的资料" in text, text
    assert {"zhejiang-holders", "zhejiang-applicants"} <= set(values(reply)), values(reply)  # Zhejiang's counts


def test_a_place_without_figures_beside_one_with_them_is_named(ask: Ask) -> None:
    reply = ask("北京和上海哪个社工多")
    assert answered(reply) == "beijing-workforce" and "上海的从业人数：本助手没有核实过的资料" in reply.text, reply.text


@pytest.mark.parametrize("question", ["北京和浙江的社工工资哪个高", "北京和浙江的社工证一样吗"])
def test_places_side_by_side_asking_no_count_are_not_asked_one(ask: Ask, question: str) -> None:
    reply = ask(question)  # pay and the certificate: their own measures, never the count of social workers
    assert "从业人数" not in reply.text and "7.96万" not in reply.text, reply.text
