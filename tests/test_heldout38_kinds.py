"""Kinds of heldout38's misses (read in session 44, once heldout39 was held out): who pays an agency's or a social
worker's wages is where the money comes from, not how much pay is; workers leaving said with 走 (都走了, 十个七个走)
is the turnover; a full-time community worker (社区专职工作者) is a community worker, so two names of that job
compared get no answer comparing social workers with community workers."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered


@pytest.mark.parametrize("question", ["社工服务中心靠什么发工资", "社工的工资是谁发的", "社工機構的工資是誰發的"])
def test_who_pays_the_wages_is_where_the_money_comes_from(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "agency-funding" and "依赖政府" in reply.text.replace("依賴政府", "依赖政府"), reply.text


def test_how_much_pay_stays_the_pay_card(ask: Ask) -> None:
    assert answered(ask("社工工资多少")) == "pay"


@pytest.mark.parametrize("question", ["为什么社工都走了", "为什么十个社工七个走", "社工為什麼都走光了"])
def test_workers_leaving_said_with_zou_is_the_turnover(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "why-people-leave"


@pytest.mark.parametrize("question", ["社区专职和社区工作人员区别在哪", "专职社区工作者和社区工作者有什么不同"])
def test_two_names_of_the_community_workers_job_compared_get_no_comparison_with_social_workers(
    ask: Ask, question: str
) -> None:
    reply = ask(question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text


@pytest.mark.parametrize("question", ["考上社区专职工作者工资待遇怎么样", "考上社區專職工作者以後工資是怎麼定的"])
def test_a_full_time_community_workers_pay_is_the_community_workers_pay_card(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "community-worker-pay"
