"""Session 42's conversations: what social workers are doubted about (社工常被质疑什么) is the recognition card, which
quotes what they are told."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask


@pytest.mark.parametrize("question", ["社工常被质疑什么", "社工会被人误解吗", "社工经常被质疑吗"])
def test_what_social_workers_are_doubted_about_quotes_the_report(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and "多管闲事" in reply.text and "2023" in reply.text, reply.text


def test_the_syllabus_is_the_unified_one_of_the_2006_rules(ask: Ask) -> None:
    reply = ask("社工考试有没有考纲")
    assert "全国统一大纲" in reply.text, reply.text
