"""The terminal chat puts edits to knowledge/ in service as the Telegram bot does (`KnowledgeService`): a valid edit
answers from the next line on, an invalid one is named once and the knowledge base before it stays."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.core import wording
from bot.core.answerer import Answerer
from bot.core.knowledge import KnowledgeBase
from bot.service import KnowledgeService
from bot.terminal import chat, reloaded

ASKED = "宁波奖励多少"
SAID, SAID_AFTER = "据2023年《浙江日报》报道，宁波", "据2023年《浙江日报》的报道，宁波"


def edit(path: Path, old: str, new: str) -> Callable[[], None]:
    def edited() -> None:
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")

    return edited


def lines_with_edits(directory: Path) -> list[str | Callable[[], None]]:
    """A question, a valid edit of its answer, the question, an edit that does not validate, the question twice."""
    rewards = directory / "rewards.yaml"
    return [ASKED, edit(rewards, SAID, SAID_AFTER), ASKED, edit(rewards, "1500元/人", "2500元/人"), ASKED, ASKED]


def reading(lines: list[str | Callable[[], None]]) -> Callable[[str], str]:
    """Reads the lines one by one, making each edit just before the line after it is typed."""
    left = iter(lines)

    def read(_: str) -> str:
        line = next(left, None)
        while callable(line):
            line()
            line = next(left, None)
        if line is None:
            raise EOFError
        return line

    return read


@pytest.fixture
def directory(tmp_path: Path) -> Path:
    return Path(shutil.copytree(DEFAULT_KNOWLEDGE_DIR, tmp_path / "knowledge"))


def check_conversation(said: list[str]) -> None:
    """The reload notices stand before the answer to the line after each edit, the failed one once."""
    answers = [i for i, text in enumerate(said) if text.startswith(f"助手：【宁波考社工证有多少奖励？】\n{SAID[:8]}")]
    assert len(answers) == 4, said
    first, valid, invalid, last = answers
    assert SAID in said[first] and SAID_AFTER in said[valid] and SAID_AFTER in said[invalid], said
    assert said[valid - 1] == wording.RELOADED.format(added="无", removed="无", edited="ningbo-reward")
    notice = said[invalid - 1]
    assert notice.startswith(wording.RELOAD_FAILED.split("\n")[0]) and "the figure 2500 is in none" in notice
    assert "1500元/人" in said[invalid] and said[last - 1] == said[invalid]  # the old answer, the notice said once
    assert sum(text == notice for text in said) == 1


def test_the_chat_reloads_an_edited_knowledge_base(directory: Path, knowledge: KnowledgeBase) -> None:
    service = KnowledgeService(directory, knowledge=knowledge)
    said: list[str] = []
    chat(service.answerer, reading(lines_with_edits(directory)), said.append, reload=lambda: reloaded(service))
    check_conversation(said)


class Typed:
    """Standard input typed line by line, with the edits made between lines."""

    def __init__(self, lines: list[str | Callable[[], None]]) -> None:
        self.read = reading(lines)

    def readline(self) -> str:
        try:
            return self.read("") + "\n"
        except EOFError:
            return ""

    def isatty(self) -> bool:
        return False


def test_the_chat_command_reloads_and_says_it_once(
    directory: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m bot chat` as a maintainer runs it: the notice in the chat, not repeated by the reload's log lines."""
    monkeypatch.setattr(sys, "stdin", Typed(lines_with_edits(directory)))
    assert main(["chat", "--knowledge", str(directory)]) == 0
    out, err = capsys.readouterr()
    valid = out.index(wording.RELOADED.format(added="无", removed="无", edited="ningbo-reward"))
    invalid = out.index(wording.RELOAD_FAILED.split("\n")[0])
    assert out.count("the figure 2500 is in none") == 1 and err == "", (out, err)
    assert out.index(SAID) < valid < out.index(SAID_AFTER) < invalid, out


@pytest.mark.parametrize("line", ["/stats", "/reload", "/unanswered@shegong_faq_bot", "/foo 北京"])
def test_a_command_the_chat_has_not_is_named_as_telegram_names_it(answerer: Answerer, line: str) -> None:
    """A maintainer's /stats or /reload (Telegram's, for ADMIN_IDS) is no question to decline."""
    said: list[str] = []
    chat(answerer, reading([line, "/topics"]), said.append)
    replies = [text for text in said if text.startswith("助手：")]
    assert replies[0] == f"助手：{wording.UNKNOWN_COMMAND}"
    assert replies[1].startswith("助手：请选择话题")
