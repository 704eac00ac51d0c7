"""Session 41's second trial (nc41b): ranks asked in English, whether a city has agencies, two levels in one year,
an ordinal year (第二年) that is no years of work, and dates asked of a figure by a year's end or a building."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask


def test_which_city_comes_first_asked_in_english_is_named_not_the_provinces_figure(ask: Ask) -> None:
    reply = ask("which city in zhejiang has the most applicants")
    assert reply.outcome is Outcome.DECLINED and "关于浙江的报考人数的省内排名" in reply.text, reply.text


def test_which_province_comes_first_asked_in_english_is_answered(ask: Ask) -> None:
    assert "居全国各省份首位" in ask("which province has the most certified social workers").text


@pytest.mark.parametrize("question", ["宁波有社工机构吗", "宁波海曙区有社工机构吗"])
def test_whether_a_city_has_agencies_is_not_its_reward(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is not Outcome.ANSWERED and "元/人" not in reply.text, reply.text


def test_two_levels_in_one_year_are_the_exam_arrangements(ask: Ask) -> None:
    assert "同一年能不能同时报考两个级别" in ask("同一年能考初级和中级吗").text


def test_an_ordinal_year_is_no_years_of_work(ask: Ask) -> None:
    reply = ask("拿到中级证书后第二年能考高级吗")
    assert "你做了2年" not in reply.text and "从事社会工作的年限" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "date"),
    [("7.96万是2022年底的吗", "2023年会议报道时"), ("北京16个区级中心是什么时候建成的", "截至2023年5月底")],
)
def test_a_figures_date_asked_by_a_years_end_or_a_building(ask: Ask, question: str, date: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and f"数据时间是：{date}" in reply.text, reply.text


@pytest.mark.parametrize("question", ["20万是全国报考人数吗", "全国有20万人报考社工吗"])
def test_a_figure_the_card_gives_for_another_place_is_not_confirmed(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert "正是20万" not in reply.text and "不是20万" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"), [("全国报考人数是89万吗", "正是89万"), ("浙江报考人数是20万吗", "正是20万")]
)
def test_a_figure_the_card_gives_for_the_place_asked_is_confirmed(ask: Ask, question: str, says: str) -> None:
    assert says in ask(question).text


def test_a_town_an_agency_was_founded_in_offers_that_agency(ask: Ask) -> None:
    reply = ask("玉环有社工机构吗")  # the count is named as unknown; the township agency's card is one tap away
    assert any("浙江第一家乡镇社工机构是哪家" in b.label for row in reply.buttons for b in row), reply.text


def test_a_wish_to_sit_with_no_level_beside_the_details_gets_the_verdict(ask: Ask) -> None:
    ask("我想考社工证 本科会计专业 工作一年", chat="wish")
    reply = ask("还差几年", chat="wish")
    assert "其他专业本科报考助理社会工作师需从事社会工作满2年；你做了1年" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("宁波奖励在浙江排第几", "关于宁波的奖励的省内排名"),
        ("宁波的持证社工在浙江排第几", "关于宁波的持证人数的省内排名"),
    ],
)
def test_a_rank_within_the_province_is_named_so(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and says in reply.text, reply.text


def test_sitting_the_exam_on_a_phone_is_the_exams_format(ask: Ask) -> None:
    assert "是机考还是纸笔考试" in ask("社工考试可以在手机上考吗").text
