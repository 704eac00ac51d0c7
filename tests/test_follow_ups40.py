"""Session 40's conversations: short follow-ups that lost the topic, the level or the asker's details of the chat
(a newcomer's trial): social work swapped in for another job keeps what was asked of it, a verdict's details are kept
for the level asked, the hours asked by the year keep the subject, and a turn nothing answered leaves the thread."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome, Reply
from bot.core.text import to_simplified as simplified
from tests.helpers import Ask, answered, verdict_of


def chat(ask: Ask, turns: list[str], name: str) -> Reply:
    """The reply to the last of `turns`, each asked in one chat."""
    for turn in turns[:-1]:
        ask(turn, chat=name)
    return ask(turns[-1], chat=name)


@pytest.mark.parametrize(
    "turns",
    [
        ["社工和社区工作者有区别吗", "社区工作者工资多少", "那社工呢"],
        ["社区工作者工资多少", "社工呢"],
        ["社区工作者工资多少", "那社会工作者呢"],
        ["社區工作者工資多少", "那社工呢"],
    ],
)
def test_social_work_swapped_in_for_another_job_keeps_the_measure(ask: Ask, turns: list[str]) -> None:
    reply = chat(ask, turns, "job")  # the pay a social worker told of, not how many hold the certificate
    assert answered(reply) == "pay" and "三四千" in simplified(reply.text), reply.text
    assert "2023年" in reply.text and "一名社工" in simplified(reply.text), reply.text


def test_social_work_swapped_in_for_the_first_of_two_jobs_asks_the_same_of_it(ask: Ask) -> None:
    reply = chat(ask, ["社区工作者是公务员吗", "那社工呢"], "two-jobs")  # whether social workers are civil servants
    assert answered(reply) == "bianzhi" and "公务员" in reply.text, reply.text


def test_social_work_swapped_in_after_a_place_keeps_the_place(ask: Ask) -> None:
    reply = chat(ask, ["社工工资多少", "北京呢", "社区工作者呢", "那社工呢"], "job-place")
    assert answered(reply) == "other-city-pay" and "北京" in reply.text, reply.text


def test_after_social_work_swapped_in_a_place_is_asked_the_same(ask: Ask) -> None:
    reply = chat(ask, ["社区工作者工资多少", "那社工呢", "北京呢"], "job-then-place")
    assert answered(reply) == "other-city-pay" and "7.96万" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        (["我是本科会计专业，在养老机构做了三年", "能考哪一级"], "其他专业本科报考社会工作师需从事社会工作满5年"),
        (["我是本科会计", "在社区做了三年", "能考哪一级"], "其他专业本科报考社会工作师需从事社会工作满5年"),
        (["我是本科会计专业，在养老机构做了三年", "我能考哪個級別"], "其他專業本科報考社會工作師需從事社會工作滿5年"),
        (["我是大专社工专业", "工作了3年", "可以报哪一级"], "你已满3年，可以报考"),
    ],
)
def test_which_level_one_may_sit_after_a_verdict_is_judged_on_the_details_told(
    ask: Ask, turns: list[str], says: str
) -> None:
    reply = chat(ask, turns, "which")
    assert says in verdict_of(reply), reply.text


def test_years_asked_after_which_level_continue_the_same_details(ask: Ask) -> None:
    reply = chat(ask, ["我是本科会计专业，在养老机构做了三年", "能考哪一级", "那中级还要几年"], "which-then")
    text = verdict_of(reply)
    assert "社会工作师需从事社会工作满5年" in text and "还差2年" in text, reply.text


@pytest.mark.parametrize(
    "turns",
    [
        ["高级社工怎么考", "条件呢", "大专可以吗"],
        ["高级社工怎么考", "条件呢", "大專可以嗎"],
        ["高级社会工作师报考条件是什么", "大专可以吗"],
    ],
)
def test_a_degree_after_the_rules_of_a_level_gets_that_levels_verdict(ask: Ask, turns: list[str]) -> None:
    reply = chat(ask, turns, "degree")
    assert "大专暂不能报考" in simplified(verdict_of(reply)), reply.text


def test_the_level_of_a_thread_is_kept_after_a_verdict_on_it(ask: Ask) -> None:
    reply = chat(ask, ["高级社工怎么考", "条件呢", "大专可以吗", "成绩管几年"], "level-kept")
    assert answered(reply) == "senior-pass-validity" and "有效期3年" in reply.text, reply.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        (["继续教育要多少学时", "初级呢", "一年要多少"], "助理社会工作师：不少于72小时"),
        (["继续教育要多少学时", "一年要多少"], "每个3年登记有效期内"),
        (["继续教育要多少学时", "三年要多少"], "每个3年登记有效期内"),
        (["繼續教育要多少學時", "初級呢", "一年要多少"], "助理社會工作師：不少於72小時"),
    ],
)
def test_hours_asked_by_the_year_are_the_hours_of_a_registration_period(ask: Ask, turns: list[str], says: str) -> None:
    reply = chat(ask, turns, "hours")  # the rules count hours per 3-year registration, not per year
    assert answered(reply) == "continuing-education" and says in reply.text, reply.text
    assert "3年登记有效期" in simplified(reply.text), reply.text


def test_a_period_asked_of_pay_is_the_pay(ask: Ask) -> None:
    reply = chat(ask, ["社工工资多少", "一个月多少"], "month")
    assert answered(reply) == "pay" and "三四千" in reply.text, reply.text


@pytest.mark.parametrize(
    ("turns", "entry"),
    [
        (["社工证要登记吗", "多久一次", "要带什么"], "registration-where"),
        (["社工证要登记吗", "要带啥"], "registration-where"),
        (["社工证要登记吗", "多久一次", "要帶什麼"], "registration-where"),
        (["社工证要登记吗", "多久一次", "要带什么", "逾期了呢"], "registration-late"),
    ],
)
def test_what_to_bring_and_lateness_after_registration_are_registrations(
    ask: Ask, turns: list[str], entry: str
) -> None:
    assert answered(chat(ask, turns, "register")) == entry


def test_a_turn_nothing_answered_leaves_the_thread_to_the_answer_before(ask: Ask) -> None:
    reply = chat(ask, ["社工证要登记吗", "大专可以吗", "逾期了呢"], "unanswered")  # 大专可以吗: suggestions
    assert answered(reply) == "registration-late", reply.text


@pytest.mark.parametrize(
    "turns", [["社工考试一年几次", "几月份考", "报名费呢"], ["社工考试一年几次", "几月份考", "報名費呢"]]
)
def test_a_fee_after_the_exam_date_is_the_exams_running(ask: Ask, turns: list[str]) -> None:
    reply = chat(ask, turns, "fee")  # 费用 swapped into 几月份考 reads as nothing; 报名费 is the exam's running
    assert answered(reply) == "exam-registration-details" and reply.outcome is Outcome.ANSWERED, reply.text


@pytest.mark.parametrize(
    ("turns", "entry"),
    [
        (["社工工资多少", "为什么这么低"], "pay"),
        (["社工工資多少", "為什麼這麼低"], "pay"),
        (["社工工资多少", "北京呢", "为啥这么少"], "other-city-pay"),
        (["社工考试难吗", "为什么这么难"], "exam-difficulty"),
    ],
)
def test_why_the_answer_s_figure_is_so_asks_of_that_answer(ask: Ask, turns: list[str], entry: str) -> None:
    assert answered(chat(ask, turns, "why")) == entry


def test_why_so_many_sit_is_still_why_the_exam_is_popular(ask: Ask) -> None:
    assert answered(chat(ask, ["浙江报考人数多少", "为什么这么多"], "many")) == "exam-popularity"


@pytest.mark.parametrize(
    ("first", "entry"),
    [("教师工资多少", "pay"), ("医生工资高吗", "pay"), ("教师有编制吗", "bianzhi")],
)
def test_social_work_swapped_for_a_job_named_by_a_bare_word(ask: Ask, first: str, entry: str) -> None:
    ask(first, chat=f"bare-job-{first}")
    reply = ask("那社工呢", chat=f"bare-job-{first}")  # not how many hold the certificate
    assert answered(reply) == entry, reply.text
