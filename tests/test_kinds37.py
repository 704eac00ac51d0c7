"""Kinds of question read wrongly before session 37: a place said without 在 as where the asker sat the exam, a year
dating the asker's own past taken as a year of figures, the applicants counted as 报考的人, a self-introduction
diluting a short question, a sum of pay said for a year, a follow-up naming another group after a question on one,
rewards asked in total over levels, and English asking whether continuing education is free."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    "question",
    [
        "宁波考的证书，到杭州还能用吗",
        "北京考的社工证在浙江认吗",
        "杭州考的社工证到上海有效吗",
        "台州考过初级，去杭州能用吗",
        "我在宁波考的证书，到杭州还能用吗",
        "寧波考的證書，到杭州還能用嗎",
    ],
)
def test_a_place_sat_at_without_zai_is_the_scene_not_a_place_asked_of(ask: Ask, question: str) -> None:
    reply = ask(question)  # not 宁波's rewards or 浙江's applicants: whether the certificate holds elsewhere
    assert answered(reply) == "certificate-nationwide" and "全国范围有效" in to_simplified(reply.text), reply.text


@pytest.mark.parametrize(("question", "expected"), [("台州考的证书要在哪里登记", "registration-where")])
def test_a_place_sat_at_leaves_the_question_asked_of_the_certificate(ask: Ask, question: str, expected: str) -> None:
    assert answered(ask(question)) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [("杭州考社工证有奖励吗", "other-city-rewards"), ("宁波考社工证有奖励吗", "ningbo-reward")],
)
def test_a_place_one_is_to_sit_at_is_still_asked_of(ask: Ask, question: str, expected: str) -> None:
    assert answered(ask(question)) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("我去年在台州考过了，证书要登记吗", "registration"),
        ("我去年在宁波拿的证，现在要再登记吗", "re-registration"),
        ("我前年6月在杭州考过中级，现在要继续教育吗", "continuing-education"),
    ],
)
def test_a_year_dating_the_askers_own_past_is_no_year_of_figures(ask: Ask, question: str, expected: str) -> None:
    reply = ask(question)
    assert answered(reply) == expected and "资料里没有" not in reply.text, reply.text


@pytest.mark.parametrize("question", ["我前年考的初级，现在还有效吗", "我去年拿的初级证，现在还有效吗"])
def test_whether_a_certificate_sat_years_ago_still_holds_gets_its_registration(ask: Ask, question: str) -> None:
    reply = ask(question)  # not the assistant level's eligibility: the level is the one held
    assert answered(reply) == "registration" and "资料里没有" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    ["2022年报名的人比2021年多多少", "报名的人有多少", "2022年报考的人增加了多少", "2022年报考的人比2021年多多少"],
)
def test_the_people_who_apply_are_the_applicants_count(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-applicants" and "6.1万" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("我是老师，想了解社工考试有几个级别", "exam-levels"),
        ("我是学生，想了解社工考试有几个级别", "exam-levels"),
        ("我是宝妈，想问社工证有几个等级", "exam-levels"),
        ("本人在社区上班，想了解社工考试有几个级别", "exam-levels"),
        ("我是一名护士，社工证怎么考", "how-to-get-certificate"),
        ("我是退休人员，想了解一下社工证有什么用", "certificate-value"),
    ],
)
def test_a_self_introduction_does_not_dilute_what_is_asked(ask: Ask, question: str, expected: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == expected, reply.text


@pytest.mark.parametrize(
    "question", ["我是社区网格员，想问社工证怎么报名", "我是网格员，社工证怎么报名", "我是护工，社工证怎么报名"]
)
def test_a_job_the_asker_introduces_themselves_by_is_not_what_is_asked(ask: Ask, question: str) -> None:
    reply = ask(question)  # not "关于网格员的情况…不作回答"
    assert answered(reply) == "exam-registration-details", reply.text


@pytest.mark.parametrize("question", ["我是护士，社工可以吗", "我想养猫，社工可以吗"])
def test_a_clause_carrying_what_is_asked_is_not_dropped_as_an_introduction(ask: Ask, question: str) -> None:
    reply = ask(question)  # 社工可以吗 alone would read as what a social worker is
    assert answered(reply) != "what-is-social-worker", reply.text


@pytest.mark.parametrize(
    "question",
    [
        "新入职社工一年拿三四千对吗",
        "刚入职的社工每年三四千是真的吗",
        "新入职的社工一年也就三四千吧",
        "社工一年工资三四千对吗",
    ],
)
def test_a_sum_of_pay_said_for_a_year_is_the_pay_said_for_its_month(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "pay" and "说的是每个月的，不是每年的" in reply.text, reply.text


def test_a_sum_of_pay_said_for_a_month_is_confirmed(ask: Ask) -> None:
    reply = ask("新入职社工一个月三四千对吗")
    assert answered(reply) == "pay" and "资料里的数字正是三四千" in reply.text, reply.text


@pytest.mark.parametrize(
    ("first", "then", "read_as"),
    [
        ("社工是公务员吗", "那社区工作者呢", "社区工作者是公务员"),
        ("社工算不算公务员", "那社区工作者呢", "社区工作者算不算公务员"),
        ("社工是公务员吗", "what about community workers?", "社区工作者是公务员"),
    ],
)
def test_a_job_swapped_in_after_asking_what_social_workers_are_is_asked_the_same(
    ask: Ask, first: str, then: str, read_as: str
) -> None:
    ask(first, chat="job")
    reply = ask(then, chat="job")  # whether community workers are civil servants, not whether social workers are them
    assert reply.read_as == read_as, reply.read_as


@pytest.mark.parametrize("then", ["那社区工作者呢", "what about community workers?"])
def test_whether_community_workers_are_civil_servants_is_declined_by_name(ask: Ask, then: str) -> None:
    ask("社工是公务员吗", chat="civil")
    reply = ask(then, chat="civil")  # not the report's "都不是" on whether social workers are community workers
    assert reply.outcome is Outcome.DECLINED and "社区工作者、公务员" in reply.text, reply.text


def test_a_job_swapped_in_for_the_job_asked_about_is_still_swapped(ask: Ask) -> None:
    ask("社工是不是社区工作者", chat="same")
    reply = ask("那社区工作者呢", chat="same")
    assert answered(reply) == "vs-community-worker", reply.text


@pytest.mark.parametrize(
    ("question", "expected", "shown"),
    [
        ("宁波考到高级一共能拿多少", "ningbo-reward", "5000元"),
        ("宁波初级中级高级都考了一共奖励多少", "ningbo-reward", "1500元"),
        ("台州考到中级一共多少钱", "taizhou-reward", "2000元"),
        ("宁波奖励能叠加吗", "ningbo-reward", "3000元"),
    ],
)
def test_rewards_asked_in_total_over_levels_say_the_sources_do_not_add_them(
    ask: Ask, question: str, expected: str, shown: str
) -> None:
    reply = ask(question)
    assert answered(reply) == expected and shown in reply.text, reply.text
    assert "没有说几个等级或两地的奖励能不能累加" in reply.text, reply.text


def test_one_levels_reward_asked_alone_gets_no_note_on_adding_them(ask: Ask) -> None:
    reply = ask("宁波考到高级能拿多少")
    assert answered(reply) == "ningbo-reward" and "累加" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Is continuing education free?",
        "Is continuing education free of charge?",
        "Do I have to pay for continuing education?",
        "How much does continuing education cost?",
    ],
)
def test_whether_continuing_education_is_free_in_english_is_declined_as_its_cost(ask: Ask, question: str) -> None:
    reply = ask(question)  # not the hours: no source says what it costs
    assert reply.outcome is Outcome.DECLINED and "继续教育费用" in reply.text and "民政部门" in reply.text, reply.text
