"""Conversations where a question asks a measure its nearest card does not state: the stations rather than the
agencies, a figure per head or per station, a share, a degree's employment rate or length, an agency's staff, why a
figure is what it is, and things beside the subject (a day for social workers, the sign-up photo, the entrance exam).
Each is answered with the card that states it, or named as not in the sources, never given a neighbour's figure."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered, values


@pytest.mark.parametrize("question", ["北京街道和社区社工站一共多少个", "北京街道和社區社工站一共多少個"])
def test_stations_counted_are_the_stations_not_the_agencies(ask: Ask, question: str) -> None:
    reply = ask(question)  # 225 centres and 835 stations; the 960 agencies are another count
    text = to_simplified(reply.text)
    assert answered(reply) == "beijing-service-network" and "225个" in text and "835个" in text, reply.text
    assert "960家" not in text
    assert ask("宁波社工站有多少个").text.startswith("关于宁波的社工站数，本助手没有核实过的资料")


@pytest.mark.parametrize(
    "question", ["北京每个社工服务多少人", "北京社工服务平均每个站服务多少人", "北京每個社工服務多少人"]
)
def test_a_figure_per_head_or_station_is_named_as_not_given_and_the_totals_offered(ask: Ask, question: str) -> None:
    reply = ask(question)  # the report gives totals, never an average: the totals are a tap away
    assert reply.outcome is Outcome.DECLINED and "平均数" in to_simplified(reply.text), reply.text
    assert "22.8万" not in reply.text and "beijing-cases" in values(reply)


def test_after_the_stations_a_figure_per_station_is_named_as_not_given(ask: Ask) -> None:
    assert answered(ask("北京有多少社工站", chat="stations")) == "beijing-service-network"
    reply = ask("每个站服务多少人", chat="stations")
    assert reply.outcome is Outcome.DECLINED and reply.text.startswith("关于北京的服务人数的平均数"), reply.text
    assert "beijing-cases" in values(reply)
    assert "平均数" not in ask("每个社工都要考证吗", chat="stations").text  # every one of them, no figure per head


@pytest.mark.parametrize("question", ["浙江持证社工占报考人数多少", "浙江持證社工佔報考人數多少"])
def test_a_share_of_the_applicants_is_no_count_of_them(ask: Ask, question: str) -> None:
    reply = ask(question)  # no source gives a share: never the 20万 applicants as if it were one
    assert reply.outcome is Outcome.DECLINED and "比例" in to_simplified(reply.text), reply.text
    assert "20万" not in to_simplified(reply.text)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("社会工作专业就业率多少", "就业率"),
        ("社會工作專業就業率多少", "就业率"),
        ("社会工作专业本科学几年", "学制几年"),
        ("社會工作專業本科學幾年", "学制几年"),
    ],
)
def test_the_degree_s_employment_rate_and_length_are_the_universities_to_say(
    ask: Ask, question: str, says: str
) -> None:
    reply = ask(question)  # the honest card on the degree: not the fields of work, nor an eligibility verdict
    text = to_simplified(reply.text)
    assert answered(reply) == "social-work-major" and says in text, reply.text
    assert "报考助理社会工作师不要求工作年限" not in text


@pytest.mark.parametrize("question", ["社工机构全职人员多少", "社工機構全職人員多少"])
def test_an_agency_s_staff_is_not_the_count_of_agencies(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "agency-funding" and "两三名全职工作人员" in to_simplified(reply.text), reply.text


@pytest.mark.parametrize("question", ["为什么浙江报考人数第一", "為什麼浙江報考人數第一"])
def test_why_zhejiang_leads_gets_the_reasons_given_and_that_its_lead_is_not_explained(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-popularity", reply.text
    assert "浙江报考人数为什么比其他省份多，报道没有单独说明" in to_simplified(reply.text)


@pytest.mark.parametrize("question", ["为什么宁波奖励比台州高", "為什麼寧波獎勵比台州高"])
def test_why_two_cities_rewards_differ_says_the_report_gives_no_reason(ask: Ask, question: str) -> None:
    text = to_simplified(ask(question).text)  # the amounts, and that why they were set so is not said
    assert "1500元" in text and "1000元" in text
    assert "没有说明标准为什么定为这些数额" in text and "没有说明标准为什么这样定" in text, text


def test_why_the_applicants_grew_offers_the_reasons_first(ask: Ask) -> None:
    reply = ask("为什么2022年报考人数增加了6.1万")
    assert values(reply)[:1] == ["exam-popularity"] or answered(reply) == "exam-popularity", reply.buttons
    assert answered(ask("为啥社工工资低")) == "pay"  # the pay card says the report gives no reason


@pytest.mark.parametrize(
    ("question", "named"),
    [("社工节是哪天", "社工节"), ("国际社工日是几号", "社工节"), ("國際社工日是幾號", "社工节")],
)
def test_a_day_for_social_workers_is_named_as_not_in_the_sources(ask: Ask, question: str, named: str) -> None:
    reply = ask(question)  # not the exam's dates
    assert reply.outcome is Outcome.DECLINED and f"关于{named}" in to_simplified(reply.text), reply.text
    assert answered(ask("社工的日常职责有哪些")) == "what-is-social-worker"  # 社工日常 is no day


@pytest.mark.parametrize("question", ["社工证照片什么要求", "社工證照片有什麼要求"])
def test_the_sign_up_photo_is_the_exam_notice_s(ask: Ask, question: str) -> None:
    reply = ask(question)  # not who may sit the exam
    assert answered(reply) == "exam-registration-details" and "照片" in to_simplified(reply.text), reply.text


@pytest.mark.parametrize("question", ["社工专业研究生好考吗", "社工專業研究生好考嗎"])
def test_the_master_s_entrance_exam_is_the_universities(ask: Ask, question: str) -> None:
    reply = ask(question)  # not the social-work exam's difficulty
    assert reply.outcome is Outcome.DECLINED and "招生院校" in to_simplified(reply.text), reply.text
