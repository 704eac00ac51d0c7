"""Kinds of question read wrongly in session 44's trial as the bot's users would ask (tests/data/written5.yaml): the
holders asked of as 有证的社工 answered with Beijing's workforce or declined; where people go after social work asked
as 转行能干啥 answered with why people leave; a clause naming no subject of its own (要钱吗) after one that does
(继续教育在哪里学) answered with the exam's fees; a year the asker tells of what they have not done (今年还没登记) taken
as a year asked about; a level swapped in after a question on a measure (高级呢 after 社工考试考哪些科目) answered with
that level's card on another measure; whether the certificate raises pay (有社工证工资会高一点吗), why people move
on (人员流动这么大), how many are missing (缺多少人) and whether one may sit asked as 有戏吗, all declined or only
offered."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("question", "entry", "figure"),
    [
        ("北京有证的社工有多少", "holders-count", None),  # Beijing's 7.96万 are its workforce, not its holders
        ("浙江有证的社工一共多少", "zhejiang-holders", "15.6万"),
        ("全国有证的社工有多少人", "holders-count", None),
    ],
)
def test_holders_asked_as_those_with_the_certificate(ask: Ask, question: str, entry: str, figure: str | None) -> None:
    reply = ask(question)
    assert answered(reply) == entry, reply.text
    assert "7.96万" not in reply.text, reply.text
    assert figure is None or figure in reply.text


@pytest.mark.parametrize(
    "question", ["社工转行能干什么", "社工转行能干啥", "社工转行以后一般去做啥", "不干社工了能去哪", "社工跳槽去哪里"]
)
def test_where_people_go_after_social_work_is_no_reason_they_leave(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "career-change"


@pytest.mark.parametrize("question", ["为什么很多社工干几年就转行", "社工转行的人多吗"])
def test_why_people_leave_is_still_answered(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "why-people-leave"


@pytest.mark.parametrize(
    "question", ["继续教育在哪里学，要钱吗", "继续教育怎么参加？收费吗", "继续教育要多少学时，要钱吗"]
)
def test_a_clause_without_its_own_subject_asks_of_the_one_before(ask: Ask, question: str) -> None:
    reply = ask(question)  # the cost of continuing education, which no source gives: not the exam's fees
    assert reply.match is not None and reply.match.entry is not None, reply.text
    assert [e.id for e in (reply.match.entry, *reply.match.more)] == ["continuing-education"], reply.text
    assert "报名费" not in reply.text and "缴费" not in reply.text, reply.text


def test_a_clause_without_its_own_subject_is_still_answered_of_the_one_before(ask: Ask) -> None:
    reply = ask("社工考试一年几次？谁组织的？")
    assert reply.match is not None and reply.match.entry is not None, reply.text
    assert [e.id for e in (reply.match.entry, *reply.match.more)] == ["exam-frequency", "exam-organisers"]


def test_a_part_of_a_measure_no_entry_covers_is_still_declined(ask: Ask) -> None:
    reply = ask("高级社工评审要交什么材料，要不要论文")
    assert answered(reply) is None and reply.outcome is not Outcome.ANSWERED, reply.text


@pytest.mark.parametrize(
    "question", ["我去年考过了初级，今年还没登记，现在去登记还来得及吗", "今年还没去登记，过期了吗"]
)
def test_a_year_of_what_the_asker_has_not_done_is_no_year_asked(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) in {"registration", "registration-late"}, reply.text
    assert "没有今年" not in reply.text, reply.text


def test_a_level_swapped_in_after_a_measure_keeps_the_measure(ask: Ask) -> None:
    ask("社工考试考哪些科目")
    reply = ask("高级呢")
    assert answered(reply) == "subjects-overview", reply.text
    assert "考试科目本助手没有核实过" in reply.text and "高级社工师怎么评" not in reply.text, reply.text


def test_a_level_swapped_in_after_a_question_on_no_measure_gets_its_cards(ask: Ask) -> None:
    ask("社工证怎么考")
    reply = ask("那中级呢")
    assert "社会工作师（中级）报考条件" in reply.text and "中级社工考哪几科" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("有社工证工资会高一点吗", "certificate-value"),
        ("持证社工工资会高一些吗", "certificate-value"),
        ("社工人员流动这么大是为什么", "why-people-leave"),
        ("社工流动性大吗", "why-people-leave"),
        ("社工到底缺多少人", "talent-gap"),
        ("全国还缺多少社工", "talent-gap"),
    ],
)
def test_common_questions_in_other_words_are_answered(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


@pytest.mark.parametrize("question", ["只有初中文凭，社工证有戏吗", "初中学历考社工有戏吗"])
def test_whether_one_may_sit_asked_as_a_chance_gets_a_verdict(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and reply.match is None, reply.text
    assert "初中及以下暂不能报考" in reply.text, reply.text


def test_a_chance_told_with_details_gets_a_verdict_on_them(ask: Ask) -> None:
    reply = ask("我大专非社工，工作三年，考初级有希望吗")
    assert reply.outcome is Outcome.ANSWERED and reply.match is None, reply.text
    assert "还差1年" in reply.text, reply.text
