"""Conversations about qualitative cards whose facts come from one place's report (the outlook, recognition, agencies'
funding, the talent gap, why the exam is popular: 2023 reports on Zhejiang and Beijing): asked of another place, the
bot names what was asked and offers the cards labelled with where their facts are from; asked of no place, or of a
place they cover, it answers. Another occupation's rules (教师继续教育) never get social work's."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered, buttons


def _labels(reply: object) -> list[str]:
    """A reply's button labels in Simplified characters."""
    return [to_simplified(label) for label in buttons(reply)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("general", "elsewhere", "said"),
    [
        ("社工前景怎么样", "上海社工前景怎么样", "关于上海的前景"),
        ("社工行業前景怎麼樣", "深圳社工好就業嗎", "关于深圳的前景"),
        ("社工认可度高吗", "深圳社工认可度高吗", "关于深圳的职业认可度"),
        ("社工機構的錢從哪裡來", "廣州社工機構的錢從哪裡來", "关于广州的机构经费来源"),
        ("怎样解决社工人才缺口", "上海怎么解决社工人才缺口", "关于上海的人才缺口"),
        ("社工考试为什么这么火", "上海社工考试为什么这么火", "关于上海的热度"),
        ("为什么这么多人考社工证", "宁波为什么这么多人考社工", "关于宁波的热度"),
    ],
)
def test_a_card_from_one_place_s_report_is_offered_never_given_for_another_place(
    ask: Ask, general: str, elsewhere: str, said: str
) -> None:
    card = ask(general, chat=general).match  # named no place: the card itself
    assert card is not None and card.entry is not None and not card.entry.honest
    reply = ask(elsewhere, chat=general)
    assert reply.outcome is Outcome.DECLINED and answered(reply) is None, reply.text
    assert to_simplified(reply.text).startswith(f"{said}，本助手没有核实过的资料"), reply.text
    labelled = [label for label in _labels(reply) if label.endswith(f"的资料：{card.entry.question}")]
    assert labelled and "浙江" in labelled[0], reply.buttons  # offered, labelled with where its facts are from


def test_a_follow_up_that_swaps_in_another_place_is_not_answered_with_the_card(ask: Ask) -> None:
    assert answered(ask("社工认可度高吗")) == "recognition"
    reply = ask("深圳呢")
    assert reply.text.startswith("关于深圳的职业认可度，本助手没有核实过的资料"), reply.text
    assert answered(ask("那浙江呢")) == "recognition"  # the report's own province


def test_english_naming_another_city_gets_the_honest_reply(ask: Ask) -> None:
    reply = ask("Is social work a good career in Shanghai?")
    assert reply.text.startswith("关于上海的前景，本助手没有核实过的资料"), reply.text
    assert "全国、浙江、北京的资料：社工行业前景怎么样？" in buttons(reply)
    assert answered(ask("is social work a good career in China")) == "career-outlook"  # the whole country


@pytest.mark.parametrize(("question", "place"), [("杭州社工前景怎么样", "杭州"), ("溫州社工認可度高嗎", "温州")])
def test_a_city_inside_the_reported_province_gets_the_card_said_to_be_the_province_s(
    ask: Ask, question: str, place: str
) -> None:
    reply = ask(question)
    assert answered(reply) in {"career-outlook", "recognition"}
    assert f"（{place}属于浙江，下面是浙江的资料。）" in to_simplified(reply.text), reply.text


def test_facts_that_hold_nationwide_still_answer_any_place(ask: Ask) -> None:
    assert answered(ask("上海社工证怎么考", chat="sh")) == "how-to-get-certificate"
    assert ask("上海社工前景怎么样", chat="sh").outcome is Outcome.DECLINED  # but not the report's outlook


@pytest.mark.parametrize("question", ["浙江社工队伍存在什么问题", "浙江社工隊伍有什麼問題"])
def test_the_problems_the_zhejiang_report_names_answer_a_question_about_zhejiang(ask: Ask, question: str) -> None:
    reply = ask(question)
    text = to_simplified(reply.text)
    assert answered(reply) == "sector-problems", reply.text
    assert all(problem in text for problem in ("社会地位低", "人才流失", "三四千元", "职业认可度低")), text


def test_beijing_s_gap_is_not_answered_with_the_zhejiang_professor_s_advice(ask: Ask) -> None:
    reply = ask("北京怎么解决社工人才缺口")  # the Beijing report names no gap: its tasks are offered, labelled
    assert reply.text.startswith("关于北京的人才缺口，本助手没有核实过的资料"), reply.text
    assert "北京的资料：北京社工队伍还有什么问题？" in buttons(reply)
    assert answered(ask("北京社工队伍还有什么问题")) == "beijing-problems"


@pytest.mark.parametrize(
    ("question", "job"),
    [
        ("教师继续教育每年多少学时", "教师职业"),
        ("護士繼續教育多少學時", "护士职业"),
        ("律师的继续教育要多少小时", "律师职业"),
    ],
)
def test_another_occupation_s_continuing_education_never_gets_social_work_s_hours(
    ask: Ask, question: str, job: str
) -> None:
    reply = ask(question, chat=job)
    text = to_simplified(reply.text)
    assert answered(reply) is None and text.startswith(f"关于{job}的学时，本助手没有核实过的资料"), reply.text
    assert "72" not in text and "该职业的主管部门" in text
    assert answered(ask("社工继续教育要多少学时", chat=job)) == "continuing-education"


def test_another_exam_s_conditions_are_not_the_social_work_exam_s(ask: Ask) -> None:
    reply = ask("会计考试报考条件")
    assert answered(reply) == "other-certificates" and "助理社会工作师：" not in reply.text, reply.text
