"""Session 38's conversations: a figure asked of where or when it is from in a chat that never gave it is answered
from the answer that states it."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("2022年报考89万是哪里的数据", "exam-applicants", "“89万”所在的回答【全国每年有多少人考社工证？】出自"),
        ("北京社工人才7.96万是哪年的", "beijing-workforce", "数据时间是：2023年会议报道时"),
        ("960家是谁统计的", "beijing-workforce", "《北京召开全市社会工作专业人才队伍建设联席会议》"),
        ("浙江持證社工15.6萬是哪年的數據", "zhejiang-holders", "“15.6萬”所在的回答"),
    ],
)
def test_a_figure_asked_of_in_a_new_chat_gets_the_answer_stating_it(
    ask: Ask, question: str, entry: str, says: str
) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == entry, reply.text
    assert says in reply.text and "刚才" not in reply.text, reply.text


def test_a_figure_two_answers_state_names_both(ask: Ask) -> None:
    reply = ask("3000元是哪年的")
    assert "【宁波考社工证有多少奖励？】" in reply.text and "2023年报道时的标准" in reply.text, reply.text


def test_a_figure_inside_another_is_not_that_figure(ask: Ask) -> None:
    reply = ask("北京8万社工是哪年的数据")  # 22.8万 people served is not 8万
    assert answered(reply) != "beijing-cases" and "22.8万" not in reply.text, reply.text


def test_a_figure_asked_of_after_the_answer_giving_it_is_still_that_answer(ask: Ask) -> None:
    ask("北京有多少社工", chat="given")
    reply = ask("960家是哪年的", chat="given")
    assert reply.text.startswith("刚才回答的【北京有多少社工？】"), reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("2022年全国报考人数是6.1万吗", "资料里的数字不是6.1万"),
        ("2022年全國報考人數是6.1萬嗎", "資料裡的數字不是6.1萬"),
        ("2022年报考人数比2021年增加了6.1万吗", "资料里的数字正是6.1万"),
        ("2022年比2021年多了6.1万对吗", "资料里的数字正是6.1万"),
    ],
)
def test_a_figure_the_answer_gives_as_a_rise_confirms_only_a_rise(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-applicants" and says in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("宁波奖励是5000吗", "资料里的5000是高级社工师的"),
        ("台州考社工证奖励2000吗", "资料里的2000是社工师的"),
        ("宁波高级奖励是5000吗", "资料里的数字正是5000"),
    ],
)
def test_a_figure_of_one_level_confirmed_without_a_level_names_the_level(ask: Ask, question: str, says: str) -> None:
    assert says in ask(question).text
