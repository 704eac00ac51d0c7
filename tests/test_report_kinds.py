"""The report's groups, from conversations journalled as `chat --journal` does: honest replies listed apart as asked
and not covered by the sources; questions naming other places or levels never one draft; follow-ups as read, and
fragments never drafted; no personal data in any format; and `report --help` saying what each group means."""

from __future__ import annotations

import csv
import io
from collections import deque
from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.core.answerer import Answerer
from bot.core.engine import Engine
from bot.journal.reading import GROUPS, Kind
from bot.journal.recorder import Recorder
from bot.journal.report import NOTHING_TO_SAVE, Finding, as_csv, as_markdown, as_yaml, findings
from bot.journal.store import DATABASE_FILE, Journal, load_key
from bot.terminal import chat


def journalled(answerer: Answerer, tmp_path: Path, *conversations: tuple[str, ...]) -> Journal:
    """A journal of terminal conversations, each a new chat (no question before its first), recorded as
    `chat --journal` records them."""
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    for lines in conversations:
        typed = deque(lines)

        def read(_: str, typed: deque[str] = typed) -> str:
            if not typed:
                raise EOFError
            return typed.popleft()

        chat(answerer, read, lambda _: None, Recorder(journal))
    return journal


def reported(answerer: Answerer, tmp_path: Path, *conversations: tuple[str, ...]) -> list[Finding]:
    journal = journalled(answerer, tmp_path, *conversations)
    return findings(answerer.engine, journal.unsure(journal._clock().date()))


def drafted(found: list[Finding], engine: Engine) -> list[str]:
    """The questions of the new entries the YAML report drafts."""
    return [entry["question"] for entry in (yaml.safe_load(as_yaml(found, engine)) or {}).get("entries", [])]


def test_questions_the_sources_do_not_cover_are_listed_as_such_never_drafted(
    answerer: Answerer, tmp_path: Path
) -> None:
    """上海社工工资多少 gets the honest reply that no verified figure is known (other-city-pay): it used to be counted
    as answered and kept no text, so a maintainer never saw that people keep asking for Shanghai's pay. Asked three
    ways, it is one group; 深圳有多少社工, which the bot says it has no facts on, is listed so too; a question nothing
    answers is still drafted."""
    shanghai = ("上海社工工资多少", "上海做社工一个月多少钱", "how much do social workers earn in Shanghai")
    found = reported(answerer, tmp_path, (*shanghai, "深圳有多少社工", "社工可以养猫吗"))
    by_question = {f.question: f for f in found}
    pay = by_question[shanghai[0]]
    assert (pay.kind, pay.count, pay.nearest, set(pay.examples)) == (Kind.NOT_COVERED, 3, "other-city-pay", {*shanghai})
    shenzhen = by_question["深圳有多少社工"]
    assert (shenzhen.kind, shenzhen.uncovered, shenzhen.nearest) == (Kind.NOT_COVERED, ("深圳", "从业人数"), None)
    assert by_question["社工可以养猫吗"].kind is Kind.SUBJECT
    markdown = as_markdown(found, date.today())
    covered = markdown.split("### Asked, and the sources do not cover it\n")[1].split("###")[0]
    assert f"| 3 |  | {shanghai[0]} | " in covered and "| other-city-pay (100) |" in covered
    assert "| 1 |  | 深圳有多少社工 | 深圳有多少社工 | no facts on: 深圳 从业人数 | — |" in covered
    assert "社工可以养猫吗" not in covered
    text = as_yaml(found, answerer.engine)
    assert drafted(found, answerer.engine) == ["社工可以养猫吗"]
    assert f"#   {shanghai[0]} (×3): other-city-pay (100)\n" in text
    assert "#   深圳有多少社工 (×1): no facts on: 深圳 从业人数\n" in text
    rows = {row["question"]: row for row in csv.DictReader(io.StringIO(as_csv(found)))}
    assert (rows[shanghai[0]]["kind"], rows[shanghai[0]]["nearest"]) == ("not-covered", "other-city-pay")
    assert (rows["深圳有多少社工"]["kind"], rows["深圳有多少社工"]["uncovered"]) == ("not-covered", "深圳 从业人数")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("上海社工站周末开门吗", "浙江社工站周末开门吗"),  # places
        ("初级社工可以养猫吗", "中级社工可以养猫吗"),  # levels
    ],
)
def test_questions_naming_other_places_or_levels_are_never_one_draft(
    answerer: Answerer, tmp_path: Path, first: str, second: str
) -> None:
    """Worded alike (fuzz ratio over 70), they were one draft: a maintainer would have written one answer for both.
    The same question asked twice is still one."""
    found = reported(answerer, tmp_path, (first, second, first.replace("吗", "么")))
    assert sorted(drafted(found, answerer.engine)) == sorted([first, second])
    assert {f.question: f.count for f in found} == {first: 2, second: 1}


def test_follow_ups_are_reported_as_read_and_fragments_never_drafted(answerer: Answerer, tmp_path: Path) -> None:
    """高级呢 after 台州's reward is read, and journalled, as the question about 台州's senior level, which the
    sources do not cover; 报考条件呢, which the bot answers on its own (with another entry offered beside), and 中级呢
    asked first in a chat, with no question before it, are not drafted as entries of their own."""
    found = reported(
        answerer,
        tmp_path,
        ("宁波中级奖励多少", "那台州呢", "高级呢", "社工证怎么考", "报考条件呢"),
        ("中级呢",),
    )
    kinds = {f.question: f.kind for f in found}
    assert kinds == {"台州高级社工师奖励多少": Kind.NOT_COVERED, "报考条件呢": Kind.ANSWERED, "中级呢": Kind.FOLLOW_UP}
    assert drafted(found, answerer.engine) == []
    text = as_yaml(found, answerer.engine)
    assert text.startswith(NOTHING_TO_SAVE[0])
    assert "# Set apart: follow-ups read on their own." in text and "#   中级呢 (×1)\n" in text
    markdown = as_markdown(found, date.today())
    assert "## Set apart: follow-ups read on their own" in markdown
    senior = "台州高级社工师奖励多少"
    assert f"| 1 |  | {senior} | {senior} | no facts on: 台州 高级社工师 奖励 | — |" in markdown


def test_no_format_of_the_report_shows_personal_data(answerer: Answerer, tmp_path: Path) -> None:
    """An honest reply's question keeps its text now, redacted as every other: the name and phone number said with
    it reach neither the journal's files nor any format, and it counts with another asking for the same."""
    found = reported(answerer, tmp_path, ("我叫张丽，手机13812345678，上海社工工资多少", "上海做社工一个月多少钱"))
    [pay] = found
    assert (pay.kind, pay.count, pay.question) == (Kind.NOT_COVERED, 2, "上海做社工一个月多少钱")
    texts = [as_markdown(found, date.today()), as_csv(found), as_yaml(found, answerer.engine)]
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(DATABASE_FILE))
    for secret in ("张丽", "13812345678"):
        assert secret.encode() not in stored
        assert all(secret not in text for text in texts), secret
    assert "我叫[姓名]，手机[手机号]，上海社工工资多少" in texts[0]


def test_report_help_says_what_each_group_means(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    for heading, what in GROUPS.values():
        assert f"{heading}: {what}" in shown
    assert "asked, and the sources do not cover it: The bot said plainly" in shown
