"""Kinds a newcomer's trial found in session 40: a neighbouring card given without naming the detail asked (hours
carried across periods, two levels in one year, the hour the exam starts, what a failed senior review leaves of the
pass), facts the sources give declined or hidden (the senior certificate's name, the province with the most holders,
re-registration's conditions, the certificate's worth, living on the pay, how pay could rise, the ministry's data,
a typo of 证), and a side word pulling another place's measure (积分落户 read as Zhejiang's 户籍落地)."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("继续教育学时可以跨周期累计吗", "学时转移或结转"),
        ("继续教育学时能带到下一个周期吗", "学时转移或结转"),
        ("can extra continuing education hours roll over to the next period", "学时转移或结转"),
        ("上海积分落户社工证能加分吗", "上海的落户"),  # not Zhejiang's 户籍落地 for high-level talent
        ("社工证能在广州积分入户吗", "广州的落户"),
        ("社工证在深圳能入户吗", "深圳的落户"),
    ],
)
def test_a_detail_no_source_gives_is_named_not_answered_with_a_neighbouring_card(
    ask: Ask, question: str, named: str
) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and named in to_simplified(reply.text), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "初级和中级可以一起报嗎",
        "初級和中級可以同時報考嗎",
        "中级和高级能同一年考吗",
        "助理和中级一块考可以吗",
        "can I sit the assistant and intermediate exams in the same year",
    ],
)
def test_two_levels_in_one_year_are_named_as_left_to_the_notice(ask: Ask, question: str) -> None:
    reply = ask(question)
    text = to_simplified(reply.text)
    assert answered(reply) == "exam-registration-details" and "同时报考两个级别" in text, reply.text


@pytest.mark.parametrize("question", ["浙江社工积分落户政策", "社工证能积分落户吗？上海积分能加分吗"])
def test_the_zhejiang_policy_card_says_points_based_settling_is_not_in_the_report(ask: Ask, question: str) -> None:
    reply = ask(question)  # the clause naming Shanghai is named as unanswered beside it
    assert answered(reply) == "zhejiang-incentives" and "积分落户能不能用社工证加分" in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["社工考试几点开始考", "社工考試幾點開始", "what time does the social work exam start"]
)
def test_the_hour_the_exam_starts_is_named_as_left_to_the_notice(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-registration-details" and "几点开考" in to_simplified(reply.text), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "高级社工评审没过，考试成绩还能用吗",
        "高級評審沒過，考試成績還有效嗎",
        "if I fail the senior review, does my exam pass still count",
    ],
)
def test_a_failed_senior_review_gets_how_long_the_pass_counts(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "senior-pass-validity" and "3年" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "expected", "stated"),
    [
        ("高级社工师怎么评", "senior-exam-review", "有效期3年"),  # the pass's validity, not only on a button
        ("高级社工证书叫什么名字", "senior-exam-review", "职业水平证书（高级社会工作师）"),
        (
            "全国持证社工最多的是哪个省",
            "zhejiang-holders",
            "居全国各省份首位",
        ),  # no national count, but the first province: its card (the rank asked after the superlative, session 42)
        ("哪個省持證社工最多", "zhejiang-holders", "居全国各省份首位"),
        ("which province has the most certified social workers", "zhejiang-holders", "15.6万"),
        ("再登记需要什么条件", "re-registration", "满前3个月内"),
        ("再登記需要什麼條件", "re-registration", "继续教育的证明"),
        ("社工证是不是智商税", "certificate-value", "通行证"),
        ("做社工能养活自己吗？三四千够不够", "pay", "所剩无几"),
        ("社工怎么提高待遇", "close-talent-gap", "薪酬保障政策"),
        ("民政部社工数据", "exam-applicants", "89万"),
        ("社工正初级怎么考", "how-to-get-certificate", "助理社会工作师（初级）"),
    ],
)
def test_what_the_sources_say_is_answered(ask: Ask, question: str, expected: str, stated: str) -> None:
    reply = ask(question)
    assert answered(reply) == expected and stated in to_simplified(reply.text), reply.text


def test_the_national_holders_card_names_the_province_first_among_provinces(ask: Ask) -> None:
    reply = ask("全国有多少人持有社工证")
    assert answered(reply) == "holders-count" and "居全国各省份首位" in reply.text, reply.text


@pytest.mark.parametrize("question", ["全国持证社工多少人", "全国持证社工有多少人"])
def test_zhejiangs_count_is_no_national_count(ask: Ask, question: str) -> None:
    reply = ask(question)  # zhejiang-holders is about the whole country only for its rank
    assert answered(reply) != "zhejiang-holders" and "15.6万" not in reply.text, reply.text


def test_what_the_certificate_adds_to_pay_is_not_how_the_trade_could_raise_it(ask: Ask) -> None:
    assert answered(ask("考社工证能提高待遇吗")) == "certificate-value"
