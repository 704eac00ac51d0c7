"""Session 41's conversations: years of work told with a level and no degree (我在养老院工作3年能考中级吗) get the
verdict's rules for that level and what is still needed, not the rules' definition of social work."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask


@pytest.mark.parametrize(
    ("question", "level", "workplace"),
    [
        ("我在养老院工作3年能考中级吗", "社会工作师", "养老院的工作算不算"),
        ("在福利院干了两年能考初级吗", "助理社会工作师", "福利院的工作算不算"),
        ("我在社区做了3年能考中级吗", "社会工作师", "社区的工作算不算"),
    ],
)
def test_years_at_a_workplace_and_a_level_get_the_verdict_and_what_is_missing(
    ask: Ask, question: str, level: str, workplace: str
) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert f"判断能否报考{level}，还需要知道：学历、专业" in reply.text, reply.text
    assert workplace in reply.text and "/check" in reply.text, reply.text


def test_a_workplace_of_the_rules_definition_with_a_degree_gets_the_verdict(ask: Ask) -> None:
    reply = ask("我在救助站工作4年，本科，能考中级吗")
    assert "其他专业本科报考社会工作师需从事社会工作满5年" in reply.text, reply.text
    assert "还需要知道：专业" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("高级要求的5年算到哪天", "年限算到报名当年年底"),  # the rule's years, not the asker's
        ("初级和中级能同一年一起报吗", "同一年能不能同时报考两个级别"),  # 一年 is no years of work
    ],
)
def test_years_that_are_no_ones_work_get_no_verdict(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert says in reply.text and "还需要知道" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("first", "then", "says"),
    [
        ("社工考试报名条件", "大专呢", "社工专业大专报考社会工作师需从事社会工作满4年"),
        ("报考条件是什么", "本科呢", "本科报考高级社会工作师需通过全国考试取得社会工作师证书后从事社会工作满5年"),
        ("社工證報考條件", "大專呢", "社工專業大專報考社會工作師需從事社會工作滿4年"),
    ],
)
def test_a_degree_after_every_levels_rules_gets_each_levels_verdict(ask: Ask, first: str, then: str, says: str) -> None:
    ask(first, chat="overview")
    reply = ask(then, chat="overview")
    assert says in reply.text and "概括如下" not in reply.text, reply.text


def test_a_level_after_every_levels_rules_is_still_that_levels_rules(ask: Ask) -> None:
    ask("社工证报考条件", chat="overview")
    assert "符合下列条件之一即可报考社会工作师" in ask("中级呢", chat="overview").text
