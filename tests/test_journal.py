"""The journal: what it stores and prunes, what it never stores, and that it never gets in the way of answering."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.placeholders import ADDRESS, AGE
from bot.core.replies import Action, Button, Outcome
from bot.journal.store import DATABASE_FILE, KEY_FILE, MIGRATIONS, Asker, Counts, Journal, load_key
from tests.helpers import Asking, stored_after_upgrade

USER_ID = 987654321
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(tmp_path: Path, clock: Clock) -> Journal:
    return Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), retention_days=180, clock=clock)


def test_questions_picks_and_feedback_are_stored(engine: Engine, journal: Journal) -> None:
    asking = Asking(engine, journal)
    asker = Asker("private", USER_ID)
    asking.ask("社工工资多少", asker)
    suggested = asking.ask("北京社工", asker)
    asking.ask("潜水证怎么考", asker)
    first = suggested.buttons[0][0]
    assert first.origin is not None
    asking.press(first, asker)
    asking.press(Button("", Action.HELPFUL, "pay"), asker)
    stats = journal.stats()
    assert stats is not None
    assert (stats.today.asked, stats.today.answered) == (3, 1)
    assert stats.top_entries == [("pay", 1)]
    assert stats.feedback == [("pay", 1, 0)]
    assert stats.top_unanswered == [("潜水证怎么考", 1)]
    unsure = journal.unsure(NOW.date())
    assert [(r.question, r.outcome, r.picked) for r in unsure] == [
        ("北京社工", "suggested", first.value),
        ("潜水证怎么考", "declined", None),
    ]
    assert len(unsure[0].suggestions) == 3


def test_an_answer_with_questions_beside_it_is_unsure_and_a_pick_beside_it_is_recorded(
    engine: Engine, journal: Journal
) -> None:
    asking = Asking(engine, journal)
    asker = Asker("private", USER_ID)
    answered = asking.ask("社工工资多少 手机13812345678", asker)  # answered, other cities' pay offered beside
    assert answered.outcome is Outcome.ANSWERED and answered.match is not None and answered.match.suggestions
    beside = next(b for row in answered.buttons for b in row if b.value == "other-city-pay")
    related = [b for row in answered.buttons for b in row if b.action is Action.ENTRY and b is not beside]
    assert beside.origin is not None and all(b.origin is None for b in related)  # see-also links are no picks
    asking.press(beside, asker)
    assert [(r.question, r.outcome, r.picked) for r in journal.unsure(NOW.date())] == [
        ("社工工资多少 手机[手机号]", "answered", "other-city-pay")
    ]


def test_none_of_these_is_recorded(engine: Engine, journal: Journal) -> None:
    asking = Asking(engine, journal)
    suggested = asking.ask("北京社工", Asker("private", 1))
    none = suggested.buttons[-1][0]
    assert none.action is Action.NONE_OF_THESE
    asking.press(none, Asker("private", 1))
    assert journal.unsure(NOW.date())[0].picked == "none"


def test_stats_count_questions_that_differ_only_in_masked_personal_data_as_one(journal: Journal) -> None:
    """Twins: the same question with other personal data masked in it, or other punctuation, from other people, or
    with and without a clause that only states personal data (我叫张丽，); shown as written with the least of it."""
    for user, question in enumerate(
        [
            "我叫张丽，潜水证怎么考",
            "我叫欧阳娜娜。潜水证怎么考？",
            "上海有多少人口",
            "邮箱 li@example.com 潜水证怎么考",
            "我叫王小明 潜水证怎么考",  # a follow-up, as the engine read it
            "我的邮箱是wang_wei@163.com，电话13812345678，潜水证怎么考",
            "潜水证怎么考",
            "我35岁，潜水证怎么考",  # 岁 stays: it asks about an age
            "丽水莲都区人民路88号，潜水证怎么考",  # the district before an address stays
        ]
    ):
        journal.question(Asker("private", user), question, "declined", None, 10, ())
    stats = journal.stats()
    assert stats is not None
    assert stats.top_unanswered == [
        ("潜水证怎么考", 6),
        ("上海有多少人口", 1),
        (f"我{AGE}岁，潜水证怎么考", 1),
        (f"丽水莲都区{ADDRESS}，潜水证怎么考", 1),
    ]


def test_old_records_are_pruned(journal: Journal, clock: Clock) -> None:
    journal.question(Asker("private", 1), "旧问题", "declined", None, 10, ())
    clock.now = NOW + timedelta(days=181)
    journal.question(Asker("private", 1), "新问题", "declined", None, 10, ())
    assert journal.prune() == 1
    assert [r.question for r in journal.unsure(NOW.date())] == ["新问题"]


def test_no_raw_id_or_name_reaches_the_database_files(engine: Engine, journal: Journal, tmp_path: Path) -> None:
    asking = Asking(engine, journal)
    for text in ["社工工资多少", "北京社工", "潜水证怎么考"]:
        asking.ask(text, Asker("private", USER_ID))
    journal.feedback(Asker("group", USER_ID), "pay", helpful=False)
    journal.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(DATABASE_FILE))
    assert str(USER_ID).encode() not in stored
    assert journal.user_key(Asker("private", USER_ID)).encode() in stored
    assert (tmp_path / KEY_FILE).stat().st_mode & 0o077 == 0


def test_a_locked_database_does_not_stop_answering(
    engine: Engine, journal: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.journal")
    blocker = sqlite3.connect(journal.path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    asking = Asking(engine, journal)
    started = time.perf_counter()
    reply = asking.ask("社工工资多少", Asker("private", 1))
    assert reply.outcome is Outcome.ANSWERED
    assert time.perf_counter() - started < 1.0
    assert "the journal is failing" in caplog.text
    blocker.execute("ROLLBACK")
    asking.ask("社工工资多少", Asker("private", 1))
    assert "the journal works again" in caplog.text


def test_a_missing_database_folder_is_logged_and_answering_goes_on(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    assert Journal.open(blocked, 180) is None


def test_the_schema_upgrades_itself(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    Journal(path, b"k" * 32, 180).close()
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version >= 1
    Journal(path, b"k" * 32, 180).close()  # opening again migrates nothing and keeps the data


WRITER = """
import sys
from pathlib import Path
from bot.journal.store import Asker, Journal
journal = Journal(Path(sys.argv[1]), b"k" * 32, 180)
for n in range(1_000_000):
    journal.question(Asker("private", n), f"问题{n}", "declined", None, 1, ())
    print(n, flush=True)
"""


@pytest.mark.e2e
def test_kill_9_during_writes_loses_at_most_the_record_in_flight(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent
    )
    assert writer.stdout is not None
    acknowledged = -1
    while acknowledged < 300:
        acknowledged = int(writer.stdout.readline())
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    database = sqlite3.connect(path)
    assert database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = database.execute("SELECT COUNT(*) FROM questions").fetchone()[0]
    assert stored >= acknowledged + 1  # every record the writer had finished is there
    assert Journal(path, b"k" * 32, 180).stats() is not None


def stored_bytes(directory: Path) -> bytes:
    return b"".join(p.read_bytes() for p in directory.iterdir() if p.name.startswith(DATABASE_FILE))


def test_answered_questions_keep_no_text_and_personal_data_is_replaced(
    engine: Engine, journal: Journal, tmp_path: Path
) -> None:
    asking = Asking(engine, journal)
    asker = Asker("private", USER_ID)
    assert asking.ask("宁波考社工证有多少奖励 我手机13812345678", asker).outcome is Outcome.ANSWERED
    assert asking.ask("潜水证怎么考 我电话 138-1234-5678", asker).outcome is Outcome.DECLINED
    suggested = asking.ask("北京社工 邮箱zhang.san@example.com", asker)
    assert suggested.outcome is Outcome.SUGGESTED
    journal.question(asker, "身份证11010519491231002x 卡号6222 0202 0000 1234 567", "declined", None, 5, ())
    rows = sqlite3.connect(journal.path).execute("SELECT question, outcome, entry_id FROM questions ORDER BY id")
    assert list(rows) == [
        ("", "answered", "ningbo-reward"),
        ("潜水证怎么考 我电话 [手机号]", "declined", None),
        ("北京社工 邮箱[邮箱]", "suggested", None),
        ("身份证[身份证号] 卡号[银行卡号]", "declined", None),
    ]
    stats = journal.stats()
    assert (
        stats is not None
        and (stats.today.asked, stats.today.answered) == (4, 1)
        and stats.top_entries == [("ningbo-reward", 1)]
    )
    journal.close()
    stored = stored_bytes(tmp_path)
    for secret in ("13812345678", "1234 5678", "zhang", "example", "110105194912", "6222", "宁波考社工证"):
        assert secret.encode() not in stored, secret


def test_an_honest_answer_keeps_its_question_redacted_for_the_report(engine: Engine, journal: Journal) -> None:
    """The bot answers 上海社工工资多少 saying no verified figure is known (an honest entry): the report lists what the
    sources lack, so its text is kept, redacted, and counted as honest, apart from answers; another answer still keeps
    none."""
    asking = Asking(engine, journal)
    asker = Asker("private", USER_ID)
    assert asking.ask("我叫张丽，上海社工工资多少", asker).outcome is Outcome.ANSWERED
    asking.ask("社工工资多少", asker)
    rows = sqlite3.connect(journal.path).execute("SELECT question, outcome, entry_id FROM questions ORDER BY id")
    assert list(rows) == [("我叫[姓名]，上海社工工资多少", "answered", "other-city-pay"), ("", "answered", "pay")]
    assert [r.question for r in journal.unsure(NOW.date())] == ["我叫[姓名]，上海社工工资多少"]
    stats = journal.stats()
    assert stats is not None and (stats.today, stats.top_unanswered) == (Counts(2, answered=1, honest=1), [])


def test_the_data_folder_and_its_files_are_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "data" / "bot"
    old_umask = os.umask(0o022)
    try:
        journal = Journal.open(data_dir, 180)
        assert journal is not None
        journal.question(Asker("private", 1), "问题", "declined", None, 1, ())
        assert (data_dir / f"{DATABASE_FILE}-wal").exists()
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        for name in (DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm", KEY_FILE):
            assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600, name
        journal.close()
        (data_dir / DATABASE_FILE).chmod(0o644)  # a journal made by an older version
        Journal.open(data_dir, 180).close()  # type: ignore[union-attr]
        assert stat.S_IMODE((data_dir / DATABASE_FILE).stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)


def test_an_old_journal_loses_answered_text_and_personal_data_when_it_upgrades(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(f"BEGIN; {MIGRATIONS[0]} PRAGMA user_version = 1; COMMIT;")
    insert = (
        "INSERT INTO questions (at, day, chat_type, user_key, question, outcome, entry_id, score) "
        "VALUES ('2026-11-28T12:00:00+00:00', '2026-11-28', 'private', 'k', ?, ?, ?, 50)"
    )
    old.execute(insert, ("社工工资多少", "answered", "pay"))
    old.execute(insert, ("潜水证怎么考 电话13812345678", "declined", None))
    old.close()
    Journal(path, b"k" * 32, 180).close()
    rows = sqlite3.connect(path).execute("SELECT question FROM questions ORDER BY id").fetchall()
    assert rows == [("",), ("潜水证怎么考 电话[手机号]",)]


def test_a_journal_from_before_the_wider_redaction_loses_the_personal_data_it_learnt(tmp_path: Path) -> None:
    question = stored_after_upgrade(
        tmp_path / DATABASE_FILE, 2, "我是张丽，住在人民路88号，加我微信wxm_1990 我QQ 123456789"
    )
    assert question == "我是[姓名]，住在[地址]，加我微信[账号] 我QQ [账号]"
    for secret in ("张丽", "人民路", "wxm_1990", "123456789"):
        assert secret.encode() not in stored_bytes(tmp_path), secret
