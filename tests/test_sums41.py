"""Session 41's conversations: which of two places' rewards is more (宁波和台州哪个奖励多) is said level by level
above both cards, from the sums they give."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask


def test_which_citys_rewards_are_more_is_compared_for_each_level(ask: Ask) -> None:
    reply = ask("宁波和台州哪个奖励多")
    first = reply.text.splitlines()[0]
    assert first.startswith("（按下面的标准比较："), reply.text
    assert "助理社工师宁波1500元、台州1000元，宁波多500元" in first, first
    assert "社工师宁波3000元、台州2000元，宁波多1000元" in first, first
    assert "高级社工师只有宁波有标准（5000元）" in first, first
    assert "1500元/人" in reply.text and "助理社会工作师：1000元" in reply.text, reply.text  # both cards below


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("宁波初级奖励比台州多多少", "助理社工师宁波1500元、台州1000元，宁波多500元"),
        ("宁波中级和台州中级差多少", "社工师宁波3000元、台州2000元，宁波多1000元"),
        ("宁波和台州考中级哪边给得多", "社工师宁波3000元、台州2000元，宁波多1000元"),
        ("寧波和台州哪個獎勵多", "助理社工師寧波1500元、台州1000元，寧波多500元"),
    ],
)
def test_a_level_asked_is_compared_alone(ask: Ask, question: str, line: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and line in reply.text.splitlines()[0], reply.text


@pytest.mark.parametrize("question", ["宁波和台州的奖励各是多少", "宁波和台州的奖励可以叠加吗"])
def test_rewards_asked_without_comparing_get_no_comparison(ask: Ask, question: str) -> None:
    assert "按下面的标准比较" not in ask(question).text


def test_a_levels_people_in_two_cities_are_not_compared_as_rewards(ask: Ask) -> None:
    reply = ask("宁波和台州中级社工哪个多")
    assert reply.outcome is Outcome.DECLINED and "元" not in reply.text, reply.text
