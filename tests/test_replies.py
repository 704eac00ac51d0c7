"""The core's replies: answers with source and date, suggestions, declines, topics, the user's script."""

from __future__ import annotations

from bot.core.answerer import Answerer, for_group
from bot.core.replies import Action, Button, Outcome, Reply, to_traditional_reply


def actions(reply_buttons: tuple[tuple[Button, ...], ...]) -> list[tuple[Action, str]]:
    return [(b.action, b.value) for row in reply_buttons for b in row]


def test_an_answer_carries_its_date_and_source_and_related_buttons(answerer: Answerer) -> None:
    reply = answerer.ask("宁波考社工证有奖励吗")
    assert reply.outcome is Outcome.ANSWERED
    assert "1500元" in reply.text
    assert "📅 数据时间：2023年报道时的标准" in reply.text
    assert "📰 来源：《浙江日报》" in reply.text
    assert actions(reply.buttons) == [
        (Action.ENTRY, "taizhou-reward"),
        (Action.ENTRY, "other-city-rewards"),
        (Action.ENTRY, "certificate-value"),
        (Action.HELPFUL, "ningbo-reward"),
        (Action.UNHELPFUL, "ningbo-reward"),
    ]


def test_suggestions_offer_questions_and_none_of_these(answerer: Answerer) -> None:
    reply = answerer.ask("北京社工")
    assert reply.outcome is Outcome.SUGGESTED
    assert reply.text == "您是不是想问："
    assert [a for a, _ in actions(reply.buttons)] == [Action.ENTRY] * 3 + [Action.NONE_OF_THESE]
    assert reply.buttons[-1][0].label == "都不是"


def test_a_decline_is_honest_and_shows_how_to_browse(answerer: Answerer) -> None:
    reply = answerer.ask("潜水证怎么考")
    assert reply.outcome is Outcome.DECLINED
    assert "没有可靠的资料" in reply.text and "/topics" in reply.text and "中国人事考试网" in reply.text
    assert actions(reply.buttons) == [(Action.TOPICS, "")]


def test_traditional_question_gets_a_traditional_answer(answerer: Answerer) -> None:
    reply = answerer.ask("寧波考社工證有獎勵嗎")
    assert reply.outcome is Outcome.ANSWERED
    assert "寧波按以下標準一次性發放獎勵" in reply.text
    assert reply.buttons[0][0].label == "台州考社工證有獎勵嗎？"


def test_topics_paginate_and_every_page_links_back(answerer: Answerer) -> None:
    topics = answerer.topics()
    assert [b.value for row in topics.buttons for b in row][:2] == ["basics:0", "exam:0"]
    first = answerer.topic("exam", 0)
    second = answerer.topic("exam", 1)
    assert first is not None and second is not None
    assert first.text == "社工考试与证书（1/4）："
    assert len([b for row in first.buttons for b in row if b.action is Action.ENTRY]) == Answerer.PAGE_SIZE
    assert (Action.TOPIC, "exam:1") in actions(first.buttons)
    assert (Action.TOPIC, "exam:0") in actions(second.buttons)
    assert actions(first.buttons)[-1] == (Action.TOPICS, "")
    assert answerer.topic("no-such-topic") is None


def test_button_presses(answerer: Answerer) -> None:
    answer = answerer.press(Button("", Action.ENTRY, "pay"))
    assert answer is not None and answer.text.startswith("据2023年《浙江日报》报道，一名社工说")
    assert answerer.press(Button("", Action.ENTRY, "gone-entry")) is None
    none_fit = answerer.press(Button("", Action.NONE_OF_THESE))
    assert none_fit is not None and none_fit.outcome is Outcome.DECLINED
    thanks = answerer.press(Button("", Action.HELPFUL, "pay"), traditional=True)
    assert thanks is not None and thanks.text == "謝謝你的反饋！"


def test_about_lists_every_source(answerer: Answerer) -> None:
    text = answerer.about().text
    for source in answerer.knowledge.sources.values():
        assert source.citation in text
    assert "2023年5月底" in text


def test_traditional_conversion_keeps_every_field_of_a_button() -> None:
    suggestion = Button("社会工作者", Action.ENTRY, "pay", origin=42)
    reply = Reply("您是不是想问：", ((suggestion,),), Outcome.SUGGESTED)
    converted = to_traditional_reply(reply)
    assert converted.buttons[0][0] == Button("社會工作者", Action.ENTRY, "pay", origin=42)
    assert (converted.text, converted.outcome, converted.traditional) == ("您是不是想問：", Outcome.SUGGESTED, True)


def test_check_answers_a_state_with_a_value(answerer: Answerer) -> None:
    reply = answerer.check("i.-.-.-.-", "bk")
    assert reply.text == "你学的是社会工作专业吗？"
    assert actions(reply.buttons) == [(Action.CHECK, "i.bk.s.-.-"), (Action.CHECK, "i.bk.o.-.-")]
    assert answerer.check("i.-.-.-.-", "not a choice").text == "你的最高学历是？"
    assert answerer.press(Button("", Action.CHECK, "i.bk.o.3.-")) == answerer.check("i.bk.o.-.-", "3")
    assert "还差2年" in answerer.check("i.bk.o.-.-", "3").text
    assert answerer.press(Button("", Action.CHECK, "i.bk.o.13.-")) is None


def test_in_a_group_a_decline_becomes_one_short_line(answerer: Answerer) -> None:
    answered = answerer.ask("宁波考社工证有奖励吗")
    assert for_group(answered) is answered
    declined = for_group(answerer.ask("潛水證怎麼考"))
    assert declined.outcome is Outcome.DECLINED and declined.traditional and not declined.buttons
    assert declined.text.startswith("這個問題我沒有可靠的資料。我能回答：") and declined.text.endswith(
        "發送 /topics 瀏覽全部問題。"
    )
