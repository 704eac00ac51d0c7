"""Questions that ask another figure than the nearest card gives (session 34's newcomer trial): what is new each year
or how fast a figure grew, not its total; how many passed or got a reward, not how many applied or how much each
gets; a sum, start date or detail the sources name without giving; who heads an office; and what a line the
knowledge base holds means. Each is answered by the card that says it, or named as not in the sources, never given
a neighbour's figure."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered, values


@pytest.mark.parametrize(
    ("question", "named", "total"),
    [
        ("浙江每年新增多少持证社工", "关于浙江的持证人数的增长情况", "15.6万"),
        ("北京每年新增多少社工", "关于北京的从业人数的增长情况", "7.96万"),
        ("北京每年新增多少家社工机构", "关于北京的机构数的增长情况", "960家"),  # the growth of the count
        ("北京社工人才比去年增加了多少", "关于北京的增长情况", "7.96万"),
        ("北京社工人才增长率是多少", "关于北京的增长率", "7.96万"),
        ("北京每年新增多少社工機構", "关于北京的机构数的增长情况", "960家"),
    ],
)
def test_what_is_new_each_year_is_no_total(ask: Ask, question: str, named: str, total: str) -> None:
    reply = ask(question)
    text = to_simplified(reply.text)
    assert reply.outcome is Outcome.DECLINED and text.startswith(f"{named}，"), reply.text
    assert total not in text


def test_the_people_served_in_a_year_are_not_the_total_so_far(ask: Ask) -> None:
    reply = ask("北京社工站每年服务多少人")
    assert reply.outcome is Outcome.DECLINED and reply.text.startswith("关于北京的每年服务人数"), reply.text
    assert "22.8万" not in reply.text and "beijing-cases" in values(reply)  # the total so far is a tap away


@pytest.mark.parametrize(
    "question", ["2022年全国报考人数比2021年增长了百分之几", "2022年全國報考人數比2021年增長了百分之幾"]
)
def test_the_applicants_growth_as_a_share_gets_the_figures_and_that_no_share_is_given(ask: Ask, question: str) -> None:
    reply = ask(question)
    text = to_simplified(reply.text)
    assert answered(reply) == "exam-applicants", reply.text
    assert "89万" in text and "增加了6.1万" in text and "没有给出增长率" in text
    assert "%" not in text and "百分之" not in text  # never a share worked out from the two figures


@pytest.mark.parametrize("question", ["浙江每年有多少人考出社工证", "全国每年有多少人考出来"])
def test_how_many_passed_is_not_how_many_applied(ask: Ask, question: str) -> None:
    reply = ask(question)  # the honest card on pass figures, never the applicants' count
    assert answered(reply) == "exam-registration-details" and "通过率" in reply.text, reply.text
    assert "20万" not in reply.text and "89万" not in reply.text


@pytest.mark.parametrize("question", ["宁波每年有多少人领社工证奖励", "寧波每年有多少人領社工證獎勵"])
def test_how_many_got_a_reward_is_not_the_sum_each_gets(ask: Ask, question: str) -> None:
    reply = ask(question)
    text = to_simplified(reply.text)
    assert reply.outcome is Outcome.DECLINED and text.startswith("关于宁波的奖励领取人数，"), reply.text
    assert "1500元" not in text and "ningbo-reward" in values(reply)


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("社工享受政府特殊津贴每月多少钱", "zhejiang-incentives", "津贴每月多少钱，报道没有写"),
        ("浙江社工薪酬保障标准是多少", "zhejiang-incentives", "具体标准和数额，报道没有写"),
        ("宁波奖励哪年开始发", "ningbo-reward", "要交什么材料、从哪年开始发"),
        ("台州的奖励标准是哪一年定的", "taizhou-reward", "没有写标准哪年定的"),
        ("工作五年的社工工资多少", "pay", "工作多年以后的工资"),
        ("寧波獎勵哪年開始發", "ningbo-reward", "要交什么材料、从哪年开始发"),
        ("浙江的社工激励政策是哪年出台的", "zhejiang-incentives", "没有写是哪年出台的"),
    ],
)
def test_a_figure_the_card_lacks_is_said_to_be_missing(ask: Ask, question: str, entry: str, says: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry and says in to_simplified(reply.text), reply.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("考社工证要体检吗", "关于体检"),
        ("考社工證要體檢嗎", "关于体检"),
        ("民政部社会工作司司长是谁", "关于部门负责人"),
    ],
)
def test_a_detail_or_person_nobody_covers_is_named(ask: Ask, question: str, named: str) -> None:
    reply = ask(question)  # not the steps to the certificate, nor the exam's organisers
    assert reply.outcome is Outcome.DECLINED and to_simplified(reply.text).startswith(named), reply.text


def test_a_minister_addressed_is_no_question_of_who_heads_an_office(ask: Ask) -> None:
    assert "部门负责人" not in ask("请问王部长，怎么解决社工人才缺口").text


@pytest.mark.parametrize(
    ("question", "entry", "line"),
    [
        ("社工证被叫做通行证是什么意思", "certificate-value", "职业“通行证”"),
        ("社工为什么被称为“通行证”", "certificate-value", "职业“通行证”"),
        ("社工考证热说明了什么", "recognition", "考证热从侧面说明"),
        ("考证热反映了什么", "recognition", "考证热从侧面说明"),
        ("考證熱反映了什麼", "recognition", "考证热从侧面说明"),
    ],
)
def test_what_a_line_means_is_answered_by_the_card_holding_it(ask: Ask, question: str, entry: str, line: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry and line in to_simplified(reply.text), reply.text
