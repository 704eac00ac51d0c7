"""Conversations where the asker first tells of their own situation (a city, a level passed), then asks."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("question", "entry", "figure"),
    [
        ("我在台州，刚考过初级，能拿多少奖励", "taizhou-reward", "1000元"),
        ("我在台州，剛考過初級，能拿多少獎勵", "taizhou-reward", "1000元"),
        ("刚考完中级，宁波奖励多少", "ningbo-reward", "3000元"),
    ],
)
def test_a_reward_asked_after_the_city_and_the_level_passed_is_that_city_s(
    ask: Ask, question: str, entry: str, figure: str
) -> None:
    reply = ask(question)  # the city named in the scene is the one asked about, not every city's rewards
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == entry, reply.text
    assert figure in reply.text


def test_each_part_after_the_scene_is_answered_with_the_city_it_names(ask: Ask) -> None:
    reply = ask("我是宁波的，去年考了中级，奖励多少？要登记吗？")  # two scene clauses do not use up the parts
    text = to_simplified(reply.text)
    titles = ["【宁波考社工证有多少奖励？】", "【社工证要登记吗？什么时候登记？】"]
    assert all(title in text for title in titles), text
    assert text.find(titles[0]) < text.find(titles[1])
    assert "台州" not in text.split("📅")[0]  # Ningbo's rewards, not the overview of every city


def test_a_level_alone_before_what_is_asked_is_not_a_question_of_its_own(ask: Ask) -> None:
    reply = ask("初级 几科")
    assert answered(reply) == "subjects-assistant" and "【社工证分几个等级？】" not in reply.text, reply.text


def test_a_part_of_a_question_about_hong_kong_gets_no_mainland_rules(ask: Ask) -> None:
    reply = ask(
        "The Social Workers Registration Board has operated for years. What role does it have? "
        "Which of its functions benefit registered social workers?"
    )
    assert "2009" not in reply.text and "每次登记有效期3年" not in reply.text, reply.text
