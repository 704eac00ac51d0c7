"""Conversations where a follow-up asks more of the answer just given in a few words (谁提供, 在哪交, 她做了啥), or
swaps a place and says a year (2021年浙江呢)."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("before", "then", "entry", "says"),
    [
        ("继续教育多少学时", "谁提供", "continuing-education", "省级民政部门组织继续教育"),
        ("繼續教育多少學時", "誰提供", "continuing-education", "省級民政部門組織繼續教育"),
        ("张露娜是谁", "她做了啥", "township-agency", "创办"),
        ("首次登记交什么材料", "在哪交", "registration-where", ""),
        ("北京社工联席会议", "谁开的", "beijing-joint-meeting", ""),
        ("社工证挂靠能赚钱吗", "违法吗", "certificate-renting", ""),
        ("继续教育多少学时", "3年内吗", "continuing-education", "每个3年登记有效期内"),
    ],
)
def test_a_few_words_after_an_answer_ask_more_of_it(ask: Ask, before: str, then: str, entry: str, says: str) -> None:
    ask(before, chat="brief")
    reply = ask(then, chat="brief")  # the answer just given holds what the sources say of it
    assert answered(reply) == entry and says in reply.text, reply.text


def test_a_few_words_ask_more_of_the_answer_in_a_group_thread_too(ask: Ask) -> None:
    ask("继续教育多少学时", chat=("group", 7))
    ask("北京区级中心几个", chat=("group", 8))
    assert answered(ask("谁提供", chat=("group", 7))) == "continuing-education"


@pytest.mark.parametrize(
    ("before", "then", "not_entry"),
    [
        ("社工工资多少", "机构资金呢", "pay"),  # its own words point at the agencies' funding
        ("继续教育在哪里上", "多少钱", "continuing-education"),  # a cost, which the hours' answer is not about
        ("继续教育多少学时", "今天天气怎么样", "continuing-education"),  # chat, not a question of the answer
        ("社工证要登记吗", "你吃饭了吗", "registration"),
        # a kind of fact the answer does not say: a time, who built them, who reviews
        ("社工证怎么考", "要多久", "how-to-get-certificate"),
        ("北京区级中心几个", "谁建的", "beijing-service-network"),
        ("高级社工考试合格成绩有效期多久", "谁评审", "senior-pass-validity"),
    ],
)
def test_a_short_question_of_its_own_is_not_answered_with_the_answer_before(
    ask: Ask, before: str, then: str, not_entry: str
) -> None:
    ask(before, chat="own")
    reply = ask(then, chat="own")
    assert answered(reply) != not_entry, reply.text


@pytest.mark.parametrize(
    ("turns", "year", "entry"),
    [
        (["2022年全国报考多少人", "浙江呢", "2021年浙江呢"], "2021年", "zhejiang-applicants"),
        (["宁波奖励", "台州2022年呢"], "2022年", "taizhou-reward"),
        (["全国报考人数", "浙江2020年的呢"], "2020年", "zhejiang-applicants"),
        (["寧波獎勵", "台州2022年呢"], "2022年", "taizhou-reward"),
        (["宁波奖励多少", "去年台州呢"], "去年", "taizhou-reward"),
    ],
)
def test_a_follow_up_swapping_the_place_keeps_the_year_it_says(
    ask: Ask, turns: list[str], year: str, entry: str
) -> None:
    for turn in turns[:-1]:
        ask(turn, chat="year")
    reply = ask(turns[-1], chat="year")  # that year's figures are not in the sources: said, never left out
    text = to_simplified(reply.text)
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == entry, text
    assert f"没有{year}" in text, text


@pytest.mark.parametrize(
    ("before", "then", "says"),
    [
        # Taizhou's senior reward, which no source gives: not how the senior level is evaluated
        ("台州奖励多少", "高级有吗", "台州的高级社工师的奖励，本助手没有核实过的资料"),
        ("宁波奖励多少", "台州多少", "社会工作师：2000元"),
        ("台州獎勵多少", "高級有嗎", "台州的高級社工師的獎勵，本助手沒有核實過的資料"),
    ],
)
def test_names_asked_after_an_answer_swap_them_in(ask: Ask, before: str, then: str, says: str) -> None:
    ask(before, chat="names")
    reply = ask(then, chat="names")
    assert says in reply.text, reply.text


@pytest.mark.parametrize(
    ("then", "says"), [("街道中心几个", "225个"), ("社区站呢", "835个"), ("服务了多少人", "22.8万")]
)
def test_a_follow_up_naming_no_place_is_asked_where_the_question_before_was(ask: Ask, then: str, says: str) -> None:
    ask("北京有多少社工", chat="place")
    reply = ask(then, chat="place")  # Beijing's entries are guarded by its name, which the thread gives
    assert reply.outcome is Outcome.ANSWERED and says in reply.text, reply.text


@pytest.mark.parametrize(
    ("before", "then", "entry", "says"),
    [
        ("继续教育怎么算学时", "读个社工硕士能抵吗", "continuing-education", "一次性计90学时"),
        ("繼續教育怎麼算學時", "讀個社工碩士能抵嗎", "continuing-education", "一次性計90學時"),
        ("工作年限怎么算", "志愿者算吗", "work-years-rules", ""),
        ("宁波和台州哪个奖励多", "初级差多少", "ningbo-reward", "1000元"),  # both rewards, Taizhou's too
    ],
)
def test_a_short_question_asking_whether_it_counts_asks_of_the_answer_before(
    ask: Ask, before: str, then: str, entry: str, says: str
) -> None:
    ask(before, chat="counts")
    reply = ask(then, chat="counts")  # not what volunteers are, nor the degree's own entry
    assert answered(reply) == entry and says in reply.text, reply.text
