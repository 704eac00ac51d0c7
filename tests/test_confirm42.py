"""Session 42's conversations: a tag asking to confirm (对吗, 对不对) after a figure is no word of the question, so a
figure put forward alone is read with the entry that states it."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask


@pytest.mark.parametrize("question", ["90学时对吗", "90学时对不对"])
def test_a_figure_put_forward_with_a_tag_is_confirmed_from_its_entry(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and "资料里的数字正是90学时" in reply.text, reply.text
    assert "民发〔2009〕123号" in reply.text, reply.text
