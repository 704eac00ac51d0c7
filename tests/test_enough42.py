"""Session 42's conversations: details followed by a level and whether they are enough
(大专社工专业，工作3年，中级够不够) ask whether one may sit that level, as …能考中级吗 does; a level's pay 够不够
does not."""

from __future__ import annotations

import pytest

from tests.helpers import Ask


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("大专社工专业，工作3年，中级够不够", "还差1年"),
        ("本科非社工，工作两年，初级够吗", "你已满2年"),
    ],
)
def test_a_level_with_enough_after_details_gets_a_verdict(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert says in reply.text and "按你说的情况判断" in reply.text, reply.text


def test_a_levels_pay_asked_enough_is_no_verdict(ask: Ask) -> None:
    reply = ask("中级工资够不够")
    assert "按你说的情况判断" not in reply.text, reply.text
