"""Kinds of question read wrongly in the session-43 trial (nc43a), second part: a reward asked after two levels passed
(考了中级又考了高级，能拿多少) shown for the last level only; whether a level's subjects must be passed in one sitting
(两科必须一次都过吗) read as a count of subjects to confirm."""

from __future__ import annotations

import pytest

from bot.core import wording
from bot.core.replies import Outcome
from tests.helpers import Ask, answered

NOT_ADDED = wording.REWARDS_NOT_ADDED


@pytest.mark.parametrize(
    ("question", "entry", "shown", "left_out"),
    [
        ("我在宁波考了中级又考了高级，能拿多少奖励", "ningbo-reward", ("3000元", "5000元"), "1500元"),
        ("宁波考过初级后来又考了高级，能领多少奖励", "ningbo-reward", ("1500元", "5000元"), "3000元"),
        ("我在宁波先考了初级后来又考了中级，一共能领多少", "ningbo-reward", ("1500元", "3000元"), "5000元"),
        ("在台州考了助理又考了社工师，总共奖多少", "taizhou-reward", ("1000元", "2000元"), "5000元"),
    ],
)
def test_a_reward_after_two_levels_passed_shows_both_levels_and_that_no_source_adds_them(
    ask: Ask, question: str, entry: str, shown: tuple[str, ...], left_out: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry, reply.text
    assert all(sum_ in reply.text for sum_ in shown) and left_out not in reply.text, reply.text
    assert NOT_ADDED in reply.text, reply.text


def test_a_reward_after_two_levels_passed_in_two_cities_shows_both_levels_of_each(ask: Ask) -> None:
    text = ask("我考了初级又考了中级，宁波和台州分别奖多少").text
    assert all(sum_ in text for sum_ in ("1500元", "3000元", "1000元", "2000元")) and NOT_ADDED in text, text
    held = ask("宁波有中级证的再考高级奖励多少").text  # a certificate held, one level asked: that level's alone
    assert "5000元" in held and "3000元" not in held and NOT_ADDED not in held, held


@pytest.mark.parametrize("question", ["我考了中级，宁波能拿多少奖励", "我在宁波刚考过中级，能领多少奖励"])
def test_a_reward_after_one_level_passed_is_that_levels(ask: Ask, question: str) -> None:
    text = ask(question).text
    assert "3000元" in text and "1500元" not in text and "5000元" not in text and NOT_ADDED not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "初级两科必须一次都过吗",
        "初级两科要一次考过吗",
        "初级两门可以分两年考吗",
        "中级三科要一年内全部考过吗",
        "中级三门必须同一年考过吗",
        "中级三科可以分开考吗",
    ],
)
def test_whether_a_levels_subjects_must_pass_at_one_sitting_gets_the_carry_over_with_no_figure_confirmed(
    ask: Ask, question: str
) -> None:
    reply = ask(question)
    assert answered(reply) == "score-carryover", reply.text
    assert "资料里的" not in reply.text and "各科全部合格取得证书" in reply.text, reply.text


@pytest.mark.parametrize(
    ("asked_of", "put_forward", "count"),
    [("初级两科必须一次都过吗", "初级是考两科吗", "两科"), ("初级两科要一次考过吗", "初级考两门对吗", "两门")],
)
def test_a_count_of_subjects_asked_something_else_of_is_not_confirmed_as_one_put_forward_is(
    ask: Ask, asked_of: str, put_forward: str, count: str
) -> None:
    assert "资料里的数字" not in ask(asked_of).text
    assert f"资料里的数字正是{count}" in ask(put_forward).text


@pytest.mark.parametrize(
    "question", ["社工属于哪个部门管", "社工归哪个部门管理", "社工的主管部门是哪个", "社工由民政局管吗"]
)
def test_who_governs_social_workers_is_honest_and_names_what_the_sources_say_each_body_does(
    ask: Ask, question: str
) -> None:
    reply = ask(question)
    assert answered(reply) == "governing-body", reply.text
    assert "没有核实过的资料" in reply.text and "民政部负责全国的登记管理" in reply.text, reply.text
    assert answered(ask("社工考试是哪个部门管的")) == "exam-organisers"  # the exam's: its organisers


@pytest.mark.parametrize("question", ["社工可以转行做什么", "不想做社工了可以转什么行业", "社工辞职后能干嘛"])
def test_what_to_do_after_leaving_social_work_is_honest_not_why_people_leave(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "career-change", reply.text
    assert "没有核实过的资料" in reply.text and "三四千" not in reply.text, reply.text
    assert answered(ask("社工为什么转行")) == "why-people-leave"


@pytest.mark.parametrize("question", ["登记要带什么东西", "登记需要准备什么东西", "去民政局登记要带啥东西"])
def test_things_to_bring_to_registration_are_its_materials(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "registration-where", reply.text
    assert ask("结婚登记要带什么东西").outcome is Outcome.DECLINED  # another registration: not this subject


@pytest.mark.parametrize("question", ["社会工作实务这门是初级中级都有吗", "综合能力这科初级中级都有吗"])
def test_a_subject_asked_of_two_levels_as_this_one_gets_the_subjects_of_each_level(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "subjects-overview", reply.text


def test_a_follow_up_written_alike_in_both_scripts_keeps_a_traditional_chat_traditional(ask: Ask) -> None:
    ask("拿到社工證後要去登記嗎", chat="trad")
    first = ask("有效期多久", chat="trad")
    assert "登記" in first.text and "登记" not in first.text, first.text
    assert "登記" in ask("多久一次", chat="trad").text  # the thread's script, though the last question told none
    assert "登记" in ask("有效期多久", chat="simplified").text  # no thread: Simplified


@pytest.mark.parametrize("question", ["宝妈没有工作经验能考社工吗", "我没工作过能考社工证吗"])
def test_no_work_experience_is_answered_under_a_heading_for_it_not_for_graduates(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "graduate-eligibility", reply.text
    assert "没有工作经验" in reply.text.splitlines()[0], reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("高級社工師需要什麼學歷", "eligibility-senior"),
        ("高级社工师需要什么学历", "eligibility-senior"),
        ("社工證考完多久要登記", "registration"),
        ("中级考完多久要登记", "registration"),
        ("北京社工现在多少人了", "beijing-workforce"),
        ("北京的社工目前多少人了", "beijing-workforce"),
        ("北京目前社工人才一共多少人", "beijing-workforce"),
    ],
)
def test_questions_only_suggested_before_are_answered(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry and reply.outcome is Outcome.ANSWERED, reply.text
