"""The terminal chat, driven like a conversation: push a line in, pop the reply out."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

import pytest

from bot.core.answerer import Answerer
from bot.terminal import chat


class Conversation:
    """Feeds lines to the chat one at a time and collects everything it writes."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = deque(lines)
        self.output: list[str] = []

    def read(self, prompt: str) -> str:
        if not self.lines:
            raise EOFError
        line = self.lines.popleft()
        if line == "^C":
            raise KeyboardInterrupt
        return line

    def write(self, text: str) -> None:
        self.output.append(text)

    def replies(self) -> Iterator[str]:
        return (text for text in self.output if text.startswith("助手："))


def talk(answerer: Answerer, *lines: str) -> Conversation:
    conversation = Conversation(list(lines))
    chat(answerer, conversation.read, conversation.write)
    return conversation


def test_greeting_says_what_it_answers(answerer: Answerer) -> None:
    conversation = talk(answerer)
    assert "社工问答助手" in conversation.output[0]
    assert "话题" in conversation.output[1]
    assert conversation.output[-1] == "\n再见！"


def test_question_then_related_choice(answerer: Answerer) -> None:
    replies = list(talk(answerer, "宁波考社工证有奖励吗", "1").replies())
    assert "1500元/人" in replies[0]
    assert "  1. 台州考社工证有奖励吗？" in replies[0]
    assert replies[1].startswith("助手：据2023年《浙江日报》报道，台州")


def test_topics_then_a_topic_then_a_question(answerer: Answerer) -> None:
    replies = list(talk(answerer, "话题", "6", "1").replies())
    assert replies[0].startswith("助手：请选择话题：\n  1. 认识社工")
    assert replies[1].startswith("助手：北京社工：\n  1. 北京有多少社工？")
    assert "7.96万人" in replies[2]


def test_suggestions_are_numbered(answerer: Answerer) -> None:
    replies = list(talk(answerer, "北京社工", "4").replies())
    assert replies[0].startswith("助手：您是不是想问：\n  1. ")
    assert "  4. 都不是" in replies[0]
    assert "没有可靠的资料" in replies[1]


@pytest.mark.parametrize("ending", ["退出", "^C"])
def test_clean_exit(answerer: Answerer, ending: str) -> None:
    conversation = talk(answerer, "社工是什么", ending, "never read")
    assert conversation.lines == deque(["never read"])
    assert conversation.output[-1].endswith("再见！")
