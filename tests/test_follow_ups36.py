"""Session 36's conversations: a follow-up keeps the year the question before said (浙江呢 after 2022年全国报考人数),
and questions a newcomer's trial found answered with more than the sources say, or with another entry's facts."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("first", "then", "entry", "year"),
    [
        ("2022年全国社工报考人数是多少", "浙江呢", "zhejiang-applicants", "2022年"),
        ("2021年宁波考社工证奖励多少", "那台州呢", "taizhou-reward", "2021年"),
        ("2021年寧波考社工證獎勵多少", "台州呢", "taizhou-reward", "2021年"),
    ],
)
def test_a_follow_up_naming_no_year_keeps_the_year_asked_before(
    ask: Ask, first: str, then: str, entry: str, year: str
) -> None:
    ask(first, chat="year")
    reply = ask(then, chat="year")  # the figures are of another year: the reply says so before them
    assert answered(reply) == entry and f"没有{year}的" in reply.text.replace("沒有", "没有"), reply.text


def test_a_follow_up_saying_its_own_year_is_read_in_that_year(ask: Ask) -> None:
    ask("2021年宁波奖励多少", chat="own")
    reply = ask("2022年台州呢", chat="own")
    assert answered(reply) == "taizhou-reward" and "没有2022年的" in reply.text and "2021年的" not in reply.text


def test_a_follow_up_after_a_question_without_a_year_says_none(ask: Ask) -> None:
    ask("宁波考社工证奖励多少", chat="none")
    reply = ask("台州呢", chat="none")
    assert answered(reply) == "taizhou-reward" and "资料里没有" not in reply.text, reply.text


@pytest.mark.parametrize("question", ["继续教育是免费的吗", "繼續教育是不是免費", "社工证再登记是免费的吗"])
def test_whether_continuing_education_or_registering_is_free_is_declined_by_name(ask: Ask, question: str) -> None:
    reply = ask(question)  # no source says what either costs; the hours' rules are no answer to it
    assert reply.outcome is Outcome.DECLINED and "费用" in reply.text.replace("費用", "费用"), reply.text


@pytest.mark.parametrize("question", ["When did China start the social work exam?", "when did china begin the exam"])
def test_when_the_exam_began_is_the_exams_overview_in_english(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-overview" and "2008" in reply.text, reply.text


def test_taizhous_reward_in_the_overview_is_for_newly_passed_levels(ask: Ask) -> None:
    reply = ask("哪些地方考社工证有奖励")
    assert answered(reply) == "rewards-overview" and "台州：新考取" in reply.text, reply.text


@pytest.mark.parametrize("question", ["社区工作者和社工是一回事吗", "考社工证为什么这么火"])
def test_recruitment_is_said_as_the_report_saw_it_growing_in_some_notices(ask: Ask, question: str) -> None:
    reply = ask(question)  # 逐渐成为优先录用的条件之一，或是…额外加分: either, and becoming so
    assert "逐渐成为" in reply.text and "或是" in reply.text, reply.text


def test_why_people_leave_says_whose_view_each_reason_is(ask: Ask) -> None:
    reply = ask("社工为什么留不住人")
    assert answered(reply) == "why-people-leave", reply.text
    assert "李旭说" in reply.text and "金碧华教授认为" in reply.text, reply.text


@pytest.mark.parametrize("then", ["不修够会怎样", "不修夠會怎樣", "没修满怎么办"])
def test_hours_not_completed_after_the_hours_answer_are_declined_by_name_as_no_source_tells(
    ask: Ask, then: str
) -> None:
    ask("继续教育要多少学时", chat="hours")
    reply = ask(then, chat="hours")  # what follows a shortfall: named, with who decides (session 44)
    text = reply.text.replace("繼續教育未完成的後果", "继续教育未完成的后果")
    assert reply.outcome is Outcome.DECLINED and "继续教育未完成的后果" in text, reply.text


@pytest.mark.parametrize("question", ["北京每个街道有几个社工", "北京每个社区有多少社工"])
def test_a_count_per_street_or_community_is_declined_as_an_average(ask: Ask, question: str) -> None:
    reply = ask(question)  # only totals are given: never the three levels' counts as if they answered it
    assert reply.outcome is Outcome.DECLINED and "平均数" in reply.text, reply.text


def test_who_publishes_applicant_counts_is_named_for_a_place_without_them(ask: Ask) -> None:
    reply = ask("上海报考人数多少")
    assert reply.outcome is Outcome.DECLINED and "民政部或省级民政部门" in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["我在北京考的中级，调去浙江工作，证书还有效吗", "我在北京考的中级，調去浙江工作，證書還有效嗎"]
)
def test_a_certificate_sat_in_one_place_and_taken_to_another_is_valid_nationwide(ask: Ask, question: str) -> None:
    reply = ask(question)  # the places are the asker's story: neither one's figures nor an honest reply about them
    assert answered(reply) == "certificate-nationwide", reply.text


def test_a_place_named_where_one_lives_still_asks_its_reward(ask: Ask) -> None:
    reply = ask("我在杭州，考出社工证有补贴吗")
    assert answered(reply) == "other-city-rewards", reply.text


@pytest.mark.parametrize(
    ("question", "entry", "stray"),
    [
        ("我是学生写论文，北京有多少社工服务机构？", "beijing-workforce", "评审材料"),
        ("我是社工站站长，想问浙江持证社工多少", "zhejiang-holders", "社工站数"),
    ],
)
def test_who_asks_adds_no_part_to_the_question(ask: Ask, question: str, entry: str, stray: str) -> None:
    reply = ask(question)  # a thesis is no senior review's papers; a station head asks no count of stations
    assert answered(reply) == entry and stray not in reply.text, reply.text


def test_groups_asked_together_are_each_counted(ask: Ask) -> None:
    reply = ask("北京有多少社工站和持证社工")  # the stations, and that Beijing's holders are not counted
    assert answered(reply) == "beijing-service-network" and "持证人数" in reply.text, reply.text
