"""Session 37's conversations, from a newcomer's trial of whole chats: a follow-up naming a level and a measure after an
answer for every level gets that measure, and a follow-up after a question the bot only offered suggestions for
continues that question, not the answer before it."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered, values


@pytest.mark.parametrize(
    ("first", "then", "says", "not_said"),
    [
        ("在哪报名", "那初级考几科", "考2科", "即可报考"),
        ("考试费多少", "那初级考几科", "考2科", "即可报考"),
        ("社工证怎么考", "那中级考几科", "考3科", "即可报考"),
    ],
)
def test_a_level_swapped_in_with_a_measure_gets_that_measure(
    ask: Ask, first: str, then: str, says: str, not_said: str
) -> None:
    ask(first, chat="swap")
    reply = ask(then, chat="swap")  # not the level's eligibility rules, which the answer before lists as related
    assert says in reply.text and not_said not in reply.text, reply.text


def test_a_level_swapped_in_alone_still_gets_the_levels_related_answer(ask: Ask) -> None:
    ask("社工证怎么考", chat="alone")
    reply = ask("那中级呢", chat="alone")
    assert "社会工作师（中级）报考条件" in reply.text, reply.text


@pytest.mark.parametrize(
    ("answered_first", "offered", "then", "about"),
    [
        ("what is a social worker", "how many in Beijing", "and Zhejiang", "浙江"),
        ("社工是什么", "北京有几个", "浙江呢", "浙江"),
    ],
)
def test_a_follow_up_after_suggestions_continues_the_question_they_were_for(
    ask: Ask, answered_first: str, offered: str, then: str, about: str
) -> None:
    ask(answered_first, chat="offered")
    assert ask(offered, chat="offered").outcome is Outcome.SUGGESTED
    reply = ask(then, chat="offered")  # the place asked of the question before, not of 社工是什么
    assert answered(reply) != "what-is-social-worker", reply.text
    assert all(value.startswith("zhejiang") for value in values(reply) if "-" in value), values(reply)
    assert about in reply.text or reply.outcome is Outcome.SUGGESTED, reply.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("继续教育学时可以跨省转吗，我从浙江调到江苏", "学时转移或结转"),
        ("繼續教育學時能結轉到下一個周期嗎", "学时转移或结转"),
        ("继续教育哪个平台报名", "网上学习"),
        ("社工证奖励要交税吗", "个税"),
    ],
)
def test_a_side_detail_of_a_covered_topic_is_declined_by_name(ask: Ask, question: str, named: str) -> None:
    reply = ask(question)  # not the hours card (or the rewards) as if it answered whether hours move, or tax
    text = reply.text.replace("學時轉移或結轉", "学时转移或结转")
    assert reply.outcome is Outcome.DECLINED and named in text, reply.text


@pytest.mark.parametrize("question", ["社工证三年后就作废了吗", "社工證三年後就作廢了嗎", "证书3年后会作废吗"])
def test_whether_the_certificate_is_void_after_three_years_is_the_registration_answer(ask: Ask, question: str) -> None:
    reply = ask(question)  # every 3 years a registration; the certificate's own validity is not written
    assert answered(reply) == "registration" and "3年" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry", "line"),
    [
        ("台州奖励是一次性的吗", "taizhou-reward", "是不是一次性的，资料没有写"),
        ("Is the Taizhou reward a one-off?", "taizhou-reward", "是不是一次性的，资料没有写"),
        ("台州的奖励每年都有吗", "taizhou-reward", "是不是每年的，资料没有写"),
        ("宁波奖励每年都发吗", "ningbo-reward", "资料里说的是“一次性”"),
    ],
)
def test_a_period_asked_of_a_sum_without_a_figure_is_said_or_said_to_be_unwritten(
    ask: Ask, question: str, entry: str, line: str
) -> None:
    reply = ask(question)  # the report says 一次性 of Ningbo's rewards only
    assert answered(reply) == entry and line in reply.text, reply.text


def test_a_period_the_answer_says_gets_no_line(ask: Ask) -> None:
    reply = ask("宁波奖励是一次性的吗")
    assert answered(reply) == "ningbo-reward" and "资料没有写" not in reply.text and "资料里说的是" not in reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("登记审核不通过怎么办", "registration-where"),  # the registration's review, not the exam's 资格审核
        ("民政部还是人社部管社工证登记", "registration-where"),  # who registers, not who runs the exam
        ("继续教育证明什么时候交", "re-registration"),  # handed in when re-registering
        ("北京印发了什么文件", "beijing-policies"),
        ("行动计划是哪年的", "beijing-policies"),
        ("法规与政策是哪一级考的", "subjects-overview"),
    ],
)
def test_certificate_holders_and_documents_questions_get_their_answer(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


def test_the_exams_own_review_is_still_the_exams(ask: Ask) -> None:
    assert answered(ask("资格审核不通过怎么办")) == "exam-registration-details"


def test_a_place_gone_to_after_the_nationwide_answer_is_that_answer_again(ask: Ask) -> None:
    ask("社工证全国通用吗", chat="go")
    reply = ask("去北京能用吗", chat="go")  # 去 weighs nothing, as 在 does: the certificate is valid nationwide
    assert answered(reply) == "certificate-nationwide", reply.text
