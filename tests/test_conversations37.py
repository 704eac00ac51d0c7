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


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("继续教育学时可以顺延吗", "学时转移或结转"),
        ("继续教育学时能跨省认定吗", "学时转移或结转"),
        ("这个周期多出来的继续教育学时能累计到下个周期吗", "学时转移或结转"),
        ("Can my continuing education hours be transferred to another province?", "学时转移或结转"),
        ("继续教育在哪个网站上学", "网上学习"),
        ("Where do I do continuing education online?", "网上学习"),
    ],
)
def test_more_wordings_of_a_side_detail_are_declined_by_name(ask: Ask, question: str, named: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and named in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("台州考证奖励是一次性发还是每年都发", "是一次性还是每年，资料没有写"),
        ("台州奖励是按年发放吗", "是不是每年的，资料没有写"),
    ],
)
def test_periods_asked_between_or_by_year_of_taizhous_reward_are_unwritten(ask: Ask, question: str, line: str) -> None:
    reply = ask(question)
    assert answered(reply) == "taizhou-reward" and line in reply.text, reply.text


@pytest.mark.parametrize("question", ["社工證書三年後會作廢嗎", "社工证书三年后会作废吗"])
def test_a_time_the_question_sets_is_no_figure_to_deny(ask: Ask, question: str) -> None:
    reply = ask(question)  # 三年后: when, not a figure put forward (each registration does last 3 years)
    assert answered(reply) == "registration", reply.text
    assert "資料裡的數字不是" not in reply.text and "资料里的数字不是" not in reply.text, reply.text


@pytest.mark.parametrize("question", ["社工考试报名资格审核要带什么", "报名资格审核需要哪些材料"])
def test_the_exams_review_of_who_may_sit_is_the_exams_card(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "exam-registration-details"


@pytest.mark.parametrize("question", ["社工证登记需要交费吗", "再登记需要交钱吗"])
def test_what_registering_costs_is_declined_by_name_pointing_to_the_province(ask: Ask, question: str) -> None:
    reply = ask(question)  # 需要交费 is a cost word; each province's civil-affairs department runs registration
    assert reply.outcome is Outcome.DECLINED and "登记费用" in reply.text and "本省民政部门" in reply.text, reply.text


def test_two_levels_asked_between_without_is_choose_neither(ask: Ask) -> None:
    reply = ask("社工证报考初级还是中级?")  # 初级 against 中级: the levels' answer names both, so neither is chosen
    assert "资料里说的是" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("first", "then", "entry"),
    [
        ("社工考几科", "初级的", "subjects-assistant"),
        ("报考条件", "高级的", "eligibility-senior"),
        ("社工是什么", "初级的", "exam-levels"),  # nothing of the level in that answer: the levels' own
    ],
)
def test_a_level_said_alone_after_an_answer_swaps_it_in(ask: Ask, first: str, then: str, entry: str) -> None:
    ask(first, chat="bare")
    assert answered(ask(then, chat="bare")) == entry


@pytest.mark.parametrize(
    "question",
    [
        "宁波和台州的奖励可以叠加吗",
        "我是宁波人在台州考的证，两边奖励都能拿吗",
        "考了初级再考中级，宁波的奖励能拿两次吗",
    ],
)
def test_rewards_of_two_places_or_taken_twice_say_the_sources_do_not_add_them(ask: Ask, question: str) -> None:
    reply = ask(question)  # not the tables alone, read as a yes; nor 两次 denied as a figure
    assert "没有说几个等级或两地的奖励能不能累加" in reply.text and "不是两次" not in reply.text, reply.text


def test_years_of_social_work_said_before_a_level_are_no_figure_to_deny(ask: Ask) -> None:
    reply = ask("做社工3年能考初级吗")  # the asker's own years, as 做了3年 is
    assert "资料里的数字不是" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("told", "then", "said"),
    [
        ("我大专学历非社工专业", "做社工3年能考初级吗", "还差1年"),
        ("我本科学的会计", "在社区做了三年，能考中级吗", "5年"),
    ],
)
def test_years_and_a_level_asked_after_details_told_get_the_verdict(ask: Ask, told: str, then: str, said: str) -> None:
    ask(told, chat="told")
    reply = ask(then, chat="told")  # the details told before, with the years said now: not the level's rules for all
    assert reply.match is None and said in reply.text, reply.text
