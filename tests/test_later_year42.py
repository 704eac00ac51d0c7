"""Session 42's conversations: years of work told with a later year to sit in, in one message
(社工干了3年，明年报初级够吗, 下一年, 2027年), are the years by then, as 明年呢 after a verdict counts them (3 + 1), not
one less; a named year is counted from the year the question is read in."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.answerer import Answerer
from bot.core.engine import Engine
from tests.helpers import Ask


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("高中毕业，社工干了3年，明年报初级够吗", "按你说的3年再加1年，共4年；你已满4年，可以报考"),
        ("本科社工专业，工作两年，明年可以考中级吗", "按你说的2年再加1年，共3年"),
        ("大专社工，工作1年，明年能考初级吗", "按你说的1年再加1年，共2年"),
        ("高中学历，社工做了3年，下一年能考初级吗", "按你说的3年再加1年，共4年；你已满4年，可以报考"),
    ],
)
def test_years_told_with_a_later_year_count_to_that_year(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert says in reply.text and "还差" not in reply.text, reply.text


def test_the_same_years_asked_in_a_follow_up_give_the_same_verdict(ask: Ask) -> None:
    assert "还差1年" in ask("高中毕业，社工干了3年").text
    assert "按你说的3年再加1年，共4年；你已满4年，可以报考" in ask("明年呢").text


@pytest.mark.parametrize(
    ("today", "says"), [(date(2026, 12, 1), "共4年；你已满4年，可以报考"), (date(2027, 3, 1), "还差1年")]
)
def test_a_named_year_to_sit_in_adds_the_years_until_then(engine: Engine, today: date, says: str) -> None:
    reply = Answerer(engine, today=lambda: today).ask("我高中学历，做社工3年了，2027年能考初级吗")
    assert says in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("本科，中级证拿了4年，明年能考高级吗", "取得证书到2027年年底的5年是持证的时间，不是从事社会工作的年限"),
        ("本科学历，拿中级证3年了，2028年能报高级吗", "取得证书到2028年年底的5年是持证的时间"),
        ("本科，中级证拿了2年，明年能考高级吗", "你取得证书到2027年年底满3年，不满5年，暂不能报考"),
    ],
)
def test_years_held_with_a_later_year_are_held_to_that_year_not_worked(
    engine: Engine, question: str, says: str
) -> None:
    """Session 43: held to the end of the year sat in, as 2021年拿的中级证，明年 is; no years of work, so no verdict
    that counts them as work (按你取得证书…共5年，若都在取得证书之后，可以报考)."""
    reply = Answerer(engine, today=lambda: date(2026, 12, 1)).ask(question)
    assert says in reply.text and "可以报考" not in reply.text and "-1年" not in reply.text, reply.text
