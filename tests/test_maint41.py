"""Session 41, the maintainers' tools: each error a maintainer can reach says plainly what is wrong and how to fix it
(no raw exception), and /stats counts honest replies apart from answers."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.journal.stats import stats_text
from bot.journal.store import DATABASE_FILE, MIGRATIONS, Journal
from bot.service import KnowledgeService
from tests import updates
from tests.conftest import FIXTURE_KNOWLEDGE_DIR
from tests.helpers import only, open_session
from tests.test_loader import problems, replace, shown

ADMIN = updates.USER["id"]
LABELLED = "a labelled file is a YAML list of {question: ..., expected: ...} items"


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No token, the made-up knowledge base, and an empty DATA_DIR; returns that folder."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    monkeypatch.setenv("KNOWLEDGE_DIR", str(FIXTURE_KNOWLEDGE_DIR))
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def command(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """The exit status and what went to stderr of `python -m bot ARGV`."""
    status = main(list(argv))
    return status, capsys.readouterr().err


def test_eval_of_a_missing_file_names_it_before_loading_the_knowledge(
    environment: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nofile.yaml"
    # read first: a broken knowledge directory does not hide it (nor make the maintainer wait for the load)
    status, err = command(capsys, "eval", str(missing), "--knowledge", str(tmp_path / "no-knowledge"))
    assert (status, err) == (2, f"error: {missing}: does not exist\n")
    assert "Errno" not in err


def test_eval_of_a_folder_an_empty_or_a_binary_file_says_which(
    environment: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty, binary = tmp_path / "empty.yaml", tmp_path / "binary.yaml"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    binary.write_bytes(b"- {question: \xff\xfe}\n")
    assert command(capsys, "eval", str(tmp_path)) == (2, f"error: {tmp_path}: is a directory; {LABELLED}\n")
    assert command(capsys, "eval", str(empty)) == (2, f"error: {empty}: is empty; {LABELLED}\n")
    assert command(capsys, "eval", str(binary)) == (2, f"error: {binary}: not UTF-8 text (byte 13); save it as UTF-8\n")


def test_eval_names_each_wrong_item_with_the_id_meant(
    environment: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    labelled = tmp_path / "labelled.yaml"
    labelled.write_text(
        "- {question: 社工工资多少, expected: payy}\n"  # a misspelt id
        "- {question: 社工证怎么考, expected: certificate, also: pay}\n"  # `also` not a list: not read as p, a, y
        "- {question: 北京有多少社工, expected: }\n"  # no id
        "- {question: 社工工资多少, expected: pay}\n",
        encoding="utf-8",
    )
    status, err = command(capsys, "eval", str(labelled))
    assert status == 2
    assert err.splitlines() == [
        f"error: {labelled}: item 1: unknown entry id `payy`; did you mean `pay`?",
        f"{labelled}: item 2: `expected` is one entry id (or none), `also` a list of ids",
        f"{labelled}: item 3: `expected` is one entry id (or none), `also` a list of ids",
    ]


def test_without_a_journal_stats_says_what_records_one(environment: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, err = command(capsys, "stats")
    assert status == 1
    assert err.startswith(f"error: no journal in {environment}: `python -m bot run` records one there")
    assert "`python -m bot chat --journal` in the terminal" in err and "set DATA_DIR" in err
    assert not environment.exists()


def test_validate_of_a_file_says_a_directory_is_expected(
    environment: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# not a knowledge base\n", encoding="utf-8")
    status, err = command(capsys, "validate", "--knowledge", str(readme))
    assert status == 1
    assert f"{readme}:1: is a file, not a directory: give the knowledge directory" in err
    assert "no such knowledge directory" not in err
    _, err = command(capsys, "validate", "--knowledge", str(tmp_path / "nowhere"))
    assert f"{tmp_path / 'nowhere'}:1: no such knowledge directory" in err


def test_a_related_id_in_a_file_that_did_not_parse_is_said_to_be_there_not_another(tmp_path: Path) -> None:
    """career.yaml breaks on the line of `talent-gap`'s id itself: the entries that list it are told it may be in
    career.yaml, not that they meant `close-talent-gap`; an id named nowhere still gets its hint."""
    kb_dir = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, kb_dir)
    career, basics = kb_dir / "career.yaml", kb_dir / "basics.yaml"
    replace(career, "  - id: talent-gap\n", "  - id: [talent-gap\n")
    replace(
        basics, "related: [what-is-social-worker, vs-community-worker, pay]", "related: [vs-community-worker, payy]"
    )
    found = problems(kb_dir)
    about_gap = [p for p in found if "`talent-gap`" in p]
    assert about_gap and all(
        p.endswith(
            f"related id `talent-gap` was not found; it may be in {shown(career)} (did not parse), whose text names "
            "it: fix that file first"
        )
        for p in about_gap
    ), about_gap
    assert not any("did you mean `close-talent-gap`" in p for p in found)
    assert any(p.endswith(f"(nor in {shown(career)}, which did not parse); did you mean `pay`?") for p in found)


async def test_slash_stats_counts_honest_replies_apart_from_answers(real_service: KnowledgeService) -> None:
    """上海社工工资多少 (an honest entry) and 深圳有多少社工 (no entry has 深圳's count) say the sources do not cover
    it: neither is an answer, nor a decline."""
    async for session in open_session(real_service, admins=frozenset({ADMIN})):
        for question in ("社工工资多少", "上海社工工资多少", "深圳有多少社工", "潜水证怎么考", "北京社工"):
            await session.push(updates.message(question, updates.private_chat(ADMIN)))
        stats = only(await session.push(updates.command("/stats"))).text
        assert stats.splitlines()[:2] == [
            "今天：5 个问题，回答 1（回答率 20%），说明资料没有涵盖 2，未能回答 1，给出相近问题 1",
            "最近7天：5 个问题，回答 1（回答率 20%），说明资料没有涵盖 2，未能回答 1，给出相近问题 1",
        ]


def test_an_old_journal_counts_its_kept_days_again_when_it_upgrades(tmp_path: Path) -> None:
    """A journal of version 6 counted an honest entry's answer as answered: the upgrade counts it apart, and the
    declines and suggestions, from the questions kept."""
    path = tmp_path / DATABASE_FILE
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(f"BEGIN; {''.join(MIGRATIONS[:6])} PRAGMA user_version = 6; COMMIT;")
    rows = [  # question, outcome, entry id, suggestions
        ("", "answered", "pay", ""),
        ("上海社工工资多少", "answered", "other-city-pay", ""),
        ("潜水证怎么考", "declined", None, ""),
        ("北京社工", "suggested", None, "beijing-workers"),
    ]
    for question, outcome, entry, suggestions in rows:
        old.execute(
            "INSERT INTO questions (at, day, chat_type, user_key, question, outcome, entry_id, score, suggestions) "
            "VALUES (date('now') || 'T12:00:00+00:00', date('now'), 'private', 'k', ?, ?, ?, 50, ?)",
            (question, outcome, entry, suggestions),
        )
    old.execute("INSERT INTO daily (day, asked, answered) VALUES (date('now'), 4, 2)")
    old.close()
    journal = Journal(path, b"k" * 32, 180)
    stats = journal.stats()
    journal.close()
    assert stats_text(stats).startswith(
        "今天：4 个问题，回答 1（回答率 25%），说明资料没有涵盖 1，未能回答 1，给出相近问题 1"
    )


def test_stats_of_a_data_dir_that_is_a_file_or_not_a_journal_says_which(
    environment: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    environment.write_text("a file where the data folder should be", encoding="utf-8")
    assert command(capsys, "stats") == (1, f"error: DATA_DIR {environment} is a file, not a folder\n")
    garbled = tmp_path / "garbled"
    garbled.mkdir()
    (garbled / DATABASE_FILE).write_text("not a database", encoding="utf-8")
    monkeypatch.setenv("DATA_DIR", str(garbled))
    assert command(capsys, "stats") == (1, f"error: cannot open the journal in {garbled}: file is not a database\n")


def test_ask_reads_bytes_that_are_not_utf8_as_replacement_characters(
    environment: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.BytesIO(b"\xff\xfe\n" + "社工工资多少\n".encode())  # a line in another encoding, then one in UTF-8
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(stdin, encoding="utf-8"))
    assert main(["ask"]) == 0
    assert main(["ask", "\udcff社工工资多少"]) == 0  # a command-line argument of such bytes
    out = capsys.readouterr().out
    assert out.count("Q: ") == 3 and "Q: �" in out


def test_validate_says_a_file_is_not_utf8_and_an_empty_sources_file_once(tmp_path: Path) -> None:
    kb_dir = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, kb_dir)
    (kb_dir / "legacy.yaml").write_bytes("category: 旧\n".encode("gbk"))
    (kb_dir / "sources.yaml").write_text("# to be written\n", encoding="utf-8")
    found = problems(kb_dir)
    assert f"{shown(kb_dir / 'legacy.yaml')}:1: not UTF-8 text (byte 10); save it as UTF-8" in found
    assert f"{shown(kb_dir / 'sources.yaml')}:1: file is empty (only comments or blank lines)" in found
    assert not [p for p in found if "entry `" in p and "unknown source" in p]  # not one per citation
