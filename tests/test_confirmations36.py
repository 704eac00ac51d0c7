"""Confirmations a figures trial found answered with a wrong yes or no: a figure of another line of the answer's list
(北京有225个社区社工站对吗: 225 are the street centres), of another year (2023年…是89万吗: 89万 is 2022's), for a
period the answer gives for another or for none (月薪三四千是年薪吗; 台州…每年都有吗), and a count written out in full
(79600 for 7.96万). In Simplified and in Traditional."""

from __future__ import annotations

import pytest

from bot.core.text import to_simplified, to_traditional
from tests.helpers import Ask, answered
from tests.test_confirmations import SCRIPTS, Script, lead


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("question", "entry", "line"),
    [
        (
            "北京有225个社区社工站对吗",
            "beijing-service-network",
            "（资料里的数字不是225个；资料里的225个说的是另一件事：“街道社会工作服务中心225个”，以下面为准。）",
        ),
        (
            "北京有835个街道社工服务中心对吗",
            "beijing-service-network",
            "（资料里的数字不是835个；资料里的835个说的是另一件事：“社区社会工作服务站835个”，以下面为准。）",
        ),
        (
            "北京有16个社区社工站吗",
            "beijing-service-network",
            "（资料里的数字不是16个；资料里的16个说的是另一件事：“区级社会工作指导中心16个”，以下面为准。）",
        ),
        ("北京有835个社区社工站对吗", "beijing-service-network", "（资料里的数字正是835个，见下面。）"),
        ("北京有225个街道社工服务中心对吗", "beijing-service-network", "（资料里的数字正是225个，见下面。）"),
        ("宁波中级奖3000对吧", "ningbo-reward", "（资料里的数字正是3000，见下面。）"),
        (
            "2023年全国报考人数是89万吗",
            "exam-applicants",
            "（资料里的89万不是2023年的数字；本助手的资料里没有2023年的，下面是资料里有的，时间见文末“数据时间”。）",
        ),
        ("2022年全国报考人数是89万吗", "exam-applicants", "（资料里的数字正是89万，见下面。）"),
        ("北京社工有79600人吗", "beijing-workforce", "（资料里的数字正是79600人，见下面。）"),
        ("社工月薪三四千是年薪吗", "pay", "（资料里的数字是三四千，但说的是每个月的，不是每年的，见下面。）"),
        (
            "台州中级奖2000元每年都有吗",
            "taizhou-reward",
            "（资料里的数字是2000元；是不是每年的，资料没有写，见下面。）",
        ),
        ("宁波中级奖励3000元是每月发吗", "ningbo-reward", "（资料里的数字是3000元，但不是每月的，见下面。）"),
    ],
)
def test_a_figure_is_confirmed_only_of_the_thing_year_and_period_asked(
    ask: Ask, script: Script, question: str, entry: str, line: str
) -> None:
    reply = ask(script(question))
    assert answered(reply) == entry and lead(reply.text) == line, reply.text


def test_a_figure_of_another_year_is_said_before_the_note_that_there_is_none_of_that_year(ask: Ask) -> None:
    text = to_simplified(ask(to_traditional("2023年全国报考人数是89万吗")).text)
    assert text.index("89万不是2023年的数字") < text.index("资料里没有2023年的") < text.index("2022年"), text


def test_a_figure_not_given_for_the_year_asked_is_neither_confirmed_nor_denied(ask: Ask) -> None:
    reply = ask("2024年全国报考人数是95万吗")  # no figure of 2024: nothing to hold 95万 against
    assert answered(reply) == "exam-applicants", reply.text
    assert "正是" not in reply.text and "不是95万" not in reply.text and "没有2024年的" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "note"),
    [
        ("2021年全国报考人数是多少", True),  # the answer compares with 2021 but gives no total of it
        ("2021年全国报考人数是82.9万吗", True),  # a figure reached by arithmetic is neither the sources' nor denied
        ("2021年到2022年报考人数增加了多少", False),  # the change since 2021 is what the answer gives
        ("2022年比2021年报考人数增加了多少", False),
    ],
)
def test_a_year_the_answer_only_compares_with_is_missing_unless_the_change_is_asked(
    ask: Ask, question: str, note: bool
) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-applicants", reply.text
    assert ("没有2021年的" in reply.text) is note and "不是82.9万" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry", "line"),
    [
        ("浙江持证社工15万6千人是吗", "zhejiang-holders", "（资料里的数字正是15万6千人，见下面。）"),
        ("北京社工有七万九千六百人吗", "beijing-workforce", "（资料里的数字正是七万九千六百人，见下面。）"),
        ("浙江持证社工16万人对吗", "zhejiang-holders", "（资料里的数字是15.6万，约16万人，见下面。）"),
    ],
)
def test_a_count_said_in_wan_and_the_places_below_is_read_whole(ask: Ask, question: str, entry: str, line: str) -> None:
    reply = ask(question)  # 15万6千 is 15.6万, never 15万 told it is wrong
    assert answered(reply) == entry and lead(reply.text) == line, reply.text
