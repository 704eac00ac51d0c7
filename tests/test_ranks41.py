"""Session 41's conversations: which place comes first, asked around what it is first in (浙江哪个市报考人数最多,
哪个省报考社工的人最多): the rank is read with the figure it ranks, and the country a national rank is among is no
place asked (全国持证社工排名第一的省份)."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("浙江哪个市报考人数最多", "关于浙江的报考人数的省内排名"),
        ("浙江哪个城市的持证社工最多", "关于浙江的持证人数的省内排名"),
        ("宁波哪个区考社工证的人最多", "关于宁波的报考人数的省内排名"),
        ("浙江哪個市報考人數最多", "關於浙江的報考人數的省內排名"),
    ],
)
def test_which_city_of_a_province_comes_first_is_not_the_provinces_figure(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and says in reply.text, reply.text
    assert "20万" not in reply.text and "15.6万" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("哪个省报考社工的人最多", "连续六年居全国第一"),
        ("考社工的人哪个省最多", "连续六年居全国第一"),
        ("全国哪个省持证社工最多", "居全国各省份首位"),
        ("全国持证社工排名第一的省份", "居全国各省份首位"),
    ],
)
def test_which_province_comes_first_is_answered_by_the_province_the_sources_put_first(
    ask: Ask, question: str, says: str
) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and says in reply.text, reply.text


def test_a_national_rank_names_what_it_ranks_not_the_country_twice(ask: Ask) -> None:
    reply = ask("四川持证社工人数在全国排第几")
    assert "关于四川的持证人数的全国排名" in reply.text and "全国的全国排名" not in reply.text, reply.text


def test_a_rank_of_what_no_entry_ranks_is_declined_by_name(ask: Ask) -> None:
    reply = ask("哪个省考社工证的奖励最多")
    assert reply.outcome is Outcome.DECLINED and "关于奖励的全国排名" in reply.text, reply.text
