"""Session 42's conversations: what one must do after passing (考过了要干嘛, 拿证以后要做什么) is the registration that
follows, not a question nobody answers; what the certificate is good for (考过了能干嘛) is not read so."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask


@pytest.mark.parametrize(
    "question", ["考过了要干嘛", "考过了以后要做什么", "拿证以后要干啥", "考完了要干嘛", "考过了要干嘛，要登记吗"]
)
def test_what_follows_passing_is_the_registration(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and "民发〔2009〕44号" in reply.text, reply.text
    assert "1年内" in reply.text, reply.text


def test_what_the_certificate_is_good_for_is_not_the_registration(ask: Ask) -> None:
    reply = ask("考过了能干嘛")
    assert "民发〔2009〕44号" not in reply.text, reply.text
