"""What happens when continuing education falls short (学时没修够会怎样) is written in no source: the question is
declined by name with who decides, not answered with the hours card as if the card said it; the hours themselves
stay the hours card's."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered

NAMED = "继续教育未完成的后果"


@pytest.mark.parametrize(
    "question",
    [
        "继续教育学时没修够会怎样",
        "继续教育学时没修满会被吊销证书吗",
        "三年没修够学时怎么办",
        "中级继续教育学时不够怎么办",
        "繼續教育學時沒修夠會怎樣",
        "社工继续教育没修够学时能再登记吗",
        "what happens if I do not finish my continuing education hours",
    ],
)
def test_a_shortfall_in_continuing_education_is_declined_by_name_with_who_decides(ask: Ask, question: str) -> None:
    reply = ask(question)
    text = reply.text.replace("繼續教育未完成的後果", NAMED).replace("民政部門", "民政部门")
    assert reply.outcome is Outcome.DECLINED and NAMED in text and "民政部门" in text, reply.text
    assert "学时，本助手" not in text and "72" not in text, reply.text  # the hours are no unknown, and not its answer


@pytest.mark.parametrize(
    "question", ["社工继续教育要多少学时", "不参加继续教育可以吗", "继续教育学时怎么算", "社工继续教育要修够多少学时"]
)
def test_the_hours_asked_stay_the_hours_card(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "continuing-education" and "90小时" in reply.text, reply.text
