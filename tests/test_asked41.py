"""Session 41's conversations: what a question asks beside its place or level (where its stations are, a lifetime, a
thesis, an average per head) is named when no entry covers it, not answered with the place's or level's one card."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("宁波社工站在哪里", "关于宁波的联系方式"),
        ("台州社工站在哪", "关于台州的联系方式"),
        ("北京社工站在哪里", "关于北京的联系方式"),  # its network's card counts the stations, says not where
        ("宁波有社工站吗", "关于宁波的社工站数"),
    ],
)
def test_where_a_citys_stations_are_is_named_not_its_reward(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and says in reply.text, reply.text
    assert "元/人" not in reply.text and "835个" not in reply.text, reply.text


@pytest.mark.parametrize("question", ["社工证是终身的吗", "中级证是终身制吗", "社工證是終身的嗎"])
def test_whether_a_certificate_lasts_for_life_is_the_registration_period(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert "每次登记有效期3年" in reply.text or "每次登記有效期3年" in reply.text, reply.text


def test_a_thesis_for_the_senior_review_is_named_not_the_senior_rules(ask: Ask) -> None:
    reply = ask("考高级要写论文吗")
    assert reply.outcome is Outcome.DECLINED and "关于高级社工师的评审材料" in reply.text, reply.text
    assert "各省高级社会工作师评审委员会" in reply.text and "本科及以上学历" not in reply.text, reply.text


def test_a_student_writing_a_thesis_still_asks_their_question(ask: Ask) -> None:
    assert "社工证要通过全国社会工作者职业水平考试取得" in ask("我要写论文，想问社工证怎么考").text


def test_an_average_per_social_worker_is_not_the_total_served(ask: Ask) -> None:
    reply = ask("北京平均一个社工服务多少人")
    assert reply.outcome is Outcome.DECLINED and "关于北京的服务人数的平均数" in reply.text, reply.text
    assert "22.8万" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("全国89万是2023年的数据吗", "2022年全国数据"),
        ("北京7.96万是2022年的吗", "2023年会议报道时"),
        ("960家是2023年的数据吗", "2023年会议报道时"),
    ],
)
def test_a_year_put_forward_for_a_figure_gets_the_figures_date(ask: Ask, question: str, date: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and f"数据时间是：{date}" in reply.text, reply.text
