"""Session 42's conversations: which place comes first, asked after the superlative (浙江报考人数最多的是哪个市), is the
rank as when asked before it; a rank among a province's parts asked of the whole country is the national rank, never
全国的省内排名."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered, buttons


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("浙江报考人数最多的是哪个市", "关于浙江的报考人数的省内排名"),
        ("浙江持证社工最多的是哪个城市", "关于浙江的持证人数的省内排名"),
    ],
)
def test_which_city_asked_after_the_superlative_is_not_the_provinces_figure(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and says in reply.text, reply.text
    assert "20万" not in reply.text and "15.6万" not in reply.text, reply.text


@pytest.mark.parametrize("question", ["全国哪个地方持证社工最多", "持证社工人数全国最多的是哪个地方"])
def test_which_place_in_the_country_comes_first_is_the_national_rank(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert "省内排名" not in reply.text, reply.text
    offered = "浙江有多少持证社工？" in buttons(reply)  # or answered: Zhejiang is first of the provinces (session 43)
    assert offered or answered(reply) == "zhejiang-holders", (reply.text, buttons(reply))
