"""Session 42's conversations: asking what one may ask (你能回答什么) is told what the bot answers, not declined."""

from __future__ import annotations

import pytest

from tests.helpers import Ask


@pytest.mark.parametrize("question", ["你能回答什么", "我可以问什么", "What can I ask?"])
def test_what_one_may_ask_is_told_what_the_bot_answers(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.text.startswith("我是社工问答助手") and "没有可靠的资料" not in reply.text, reply.text
