"""Session 39's maintainer trial: personal data the redaction let through (into the journal, the report and the bot's
own reply quoting a question), a report draft written into knowledge/, eligibility verdicts left out of the journal,
a question with personal data read as a follow-up, and the maintainers' tools missing outside Telegram."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR, PROJECT_DIR
from bot.core.answerer import Answerer
from bot.core.engine import Engine
from bot.core.placeholders import ACCOUNT, BIRTH, NAME, NUMBER, PHONE, PLATE
from bot.core.redact import redact, redact_normalised
from bot.core.replies import Outcome
from bot.core.wording import REPORT_INSIDE_KNOWLEDGE
from bot.journal.reading import Kind, read
from bot.journal.stats import stats_text
from bot.journal.store import DATABASE_FILE, Asker, Journal, load_key
from tests.helpers import Asking, stored_after_upgrade
from tests.test_maintainers import record_unanswered, run_report

# What the trial typed, with the personal data in it and the placeholder it must become.
LEAKED = [
    ("I'm Li Wei, call me at 13900001111, is there a reward in Shanghai", "Li Wei", NAME),
    ("I am Tom Chen and I want to be a social worker", "Tom Chen", NAME),
    ("This is Mary from Ningbo, what is the exam like", "Mary", NAME),
    ("我1990年5月3日出生，上海社工工资多少", "1990年5月3日", BIRTH),
    ("我的生日是1988-11-02，能考社工吗", "1988-11-02", BIRTH),
    ("我是一九九零年五月三日出生的，能考吗", "一九九零年五月三日", BIRTH),
    ("车牌浙A12345，杭州社工工资多少", "A12345", PLATE),
    ("我的车是粤B·D12345，深圳社工待遇", "D12345", PLATE),
    ("我的手机号是一三八一二三四五六七八，上海社工工资多少", "一三八一二三四五六七八", PHONE),
    ("电话 幺三九 零零零零 一一一一 社工证怎么考", "零零零零", PHONE),
    ("我的QQ是一二三四五六七八九，能加吗", "一二三四五六七八九", NUMBER),
    ("我的名字叫做诸葛亮亮，重庆社工工资多少", "亮亮", NAME),
    ("名字叫做王小明，社工证怎么考", "王小明", NAME),
]
# Ordinary words and numbers a question needs, which look like some of those.
KEPT = [
    "2024年11月2日考试，宁波奖励多少",
    "2023年出生人口多少",
    "出生地是杭州能考吗",
    "三四五线城市社工工资多少",
    "I'm a student in Beijing, how do I become a social worker",
    "I'm interested in social work, what is the exam like",
    "call me at the office: how much is the Ningbo reward",
    "宁波A级社工机构有几家",
    "安宁Python课程和社工有关吗",
]


@pytest.mark.parametrize(("question", "secret", "placeholder"), LEAKED)
def test_personal_data_the_trial_typed_is_masked(question: str, secret: str, placeholder: str) -> None:
    for redacted in (redact(question), redact_normalised(question)):
        assert secret not in redacted and placeholder in redacted, redacted


def test_call_me_at_masks_the_number_not_the_word_at() -> None:
    assert redact("call me at 13900001111") == f"call me at {PHONE}"


@pytest.mark.parametrize("question", KEPT)
def test_what_a_question_needs_is_left_alone(question: str) -> None:
    assert redact(question) == question


def test_the_journal_and_the_report_hold_none_of_it(engine: Engine, tmp_path: Path) -> None:
    """Stored as asked through the recorder (the journal file) and printed by the report's groups."""
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    asking = Asking(engine, journal)
    for user, (question, _, _) in enumerate(LEAKED):
        asking.ask(question, Asker("private", user))
    journal.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(DATABASE_FILE))
    for _, secret, _ in LEAKED:
        assert secret.encode() not in stored, secret
    printed = run_report(tmp_path, "--since", "1d", "--format", "yaml")
    assert printed.returncode == 0, printed.stderr
    for _, secret, _ in LEAKED:
        assert secret not in printed.stdout, secret
    assert not re.search(r"question: I'?m ", printed.stdout)


def test_a_journal_written_before_is_redacted_again_with_these_rules(tmp_path: Path) -> None:
    stored = stored_after_upgrade(tmp_path / DATABASE_FILE, 5, "车牌浙A12345，我1990年5月3日出生，杭州社工工资多少")
    assert stored == f"车牌{PLATE}，我{BIRTH}出生，杭州社工工资多少"


def test_a_decline_quotes_the_question_with_its_personal_data_masked(answerer: Answerer) -> None:
    """The decline names what was asked; posted in a group, it must not re-post the asker's QQ number."""
    reply = answerer.ask("我的QQ号是123456789，能加我吗")
    assert reply.outcome is Outcome.DECLINED
    assert "123456789" not in reply.text and f"我的QQ号是{ACCOUNT}" in reply.text


def test_an_eligibility_verdict_is_journalled_as_answered_without_its_text(engine: Engine, tmp_path: Path) -> None:
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    asking = Asking(engine, journal)
    verdict = asking.ask("我在浙江大学社会工作专业2班，毕业能直接考中级吗", Asker("private", 1))
    assert verdict.outcome is Outcome.ANSWERED and verdict.match is None
    asking.ask("宁波奖励多少", Asker("private", 1))
    asking.ask("你好", Asker("private", 1))  # small talk is no question
    stats = journal.stats()
    assert stats is not None and (stats.today.asked, stats.today.answered) == (2, 2)
    assert [entry for entry, _ in stats.top_entries] == ["ningbo-reward"]
    rows = sqlite3.connect(journal.path).execute("SELECT question, outcome FROM questions").fetchall()
    assert rows == [("", "answered"), ("", "answered")]
    journal.close()


def test_a_question_with_personal_data_is_no_follow_up_but_a_fragment_is(engine: Engine) -> None:
    """我的QQ号是[账号]，能加我吗 reads as a fragment (能加我吗) only once its stated details are left out."""
    smalltalk = Answerer(engine).smalltalk
    assert read(f"我的QQ号是{ACCOUNT}，能加我吗", engine, smalltalk).kind is Kind.OFF_TOPIC
    assert read("那台州呢", engine, smalltalk).kind is Kind.FOLLOW_UP


@pytest.mark.e2e
def test_a_report_is_never_written_into_the_knowledge_directory(engine: Engine, tmp_path: Path) -> None:
    """A draft's empty answers would stop the bot's next start: refused before loading, even with --force."""
    kb_dir = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, kb_dir)
    record_unanswered(engine, tmp_path, {"社工上班要穿制服吗": 2})
    for target, force in [(kb_dir / "new-questions.yaml", ()), (kb_dir / "basics.yaml", ("--force",))]:
        before = target.read_bytes() if target.exists() else None
        result = run_report(tmp_path, "--knowledge", str(kb_dir), "--format", "yaml", "--output", str(target), *force)
        assert (result.returncode, result.stderr) == (
            1,
            REPORT_INSIDE_KNOWLEDGE.format(path=target, directory=kb_dir) + "\n",
        )
        assert (target.read_bytes() if target.exists() else None) == before
    outside = tmp_path / "new-questions.yaml"
    written = run_report(tmp_path, "--knowledge", str(kb_dir), "--format", "yaml", "--output", str(outside))
    assert written.returncode == 0 and outside.is_file(), written.stderr


@pytest.mark.e2e
def test_stats_on_the_command_line_prints_what_slash_stats_shows(engine: Engine, tmp_path: Path) -> None:
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    Asking(engine, journal).ask("宁波奖励多少", Asker("private", 1))
    expected = stats_text(journal.stats())
    journal.close()
    env = {**os.environ, "DATA_DIR": str(tmp_path), "TELEGRAM_BOT_TOKEN": ""}
    command = [sys.executable, "-m", "bot", "stats"]
    shown = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_DIR, env=env, check=False, timeout=60)
    assert (shown.returncode, shown.stdout) == (0, expected + "\n"), shown.stderr
    assert "ningbo-reward" in shown.stdout
    elsewhere = {**env, "DATA_DIR": str(tmp_path / "elsewhere")}
    missing = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_DIR, env=elsewhere, timeout=60)
    assert missing.returncode == 1 and missing.stderr.startswith("error: no journal in")
    assert not (tmp_path / "elsewhere").exists()


def test_make_help_lists_every_target() -> None:
    makefile = (PROJECT_DIR / "Makefile").read_text(encoding="utf-8")
    [phony] = re.findall(r"^\.PHONY: (.+)$", makefile, re.MULTILINE)
    shown = subprocess.run(["make", "-s", "help"], capture_output=True, text=True, cwd=PROJECT_DIR, timeout=60)
    assert shown.returncode == 0, shown.stderr
    listed = {line.split()[1] for line in shown.stdout.splitlines() if line.startswith("make ")}
    assert listed == set(phony.split())


@pytest.mark.e2e
def test_a_clone_without_the_sources_says_where_they_are_expected(tmp_path: Path) -> None:
    """A clean clone beside no shared/sources/: after one line per source, one line on where they go."""
    clone = tmp_path / "clone"
    for part in ("bot", "knowledge"):
        shutil.copytree(PROJECT_DIR / part, clone / part, ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "KNOWLEDGE_DIR": "", "PYTHONPATH": str(clone)}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "validate"], capture_output=True, text=True, cwd=clone, env=env, timeout=60
    )
    assert result.returncode == 1
    assert "is not there" in result.stderr
    expected = tmp_path / "shared" / "sources"
    assert result.stderr.splitlines()[-1].startswith(f"the sources' texts are expected in {expected}, beside the clone")
