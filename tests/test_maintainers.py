"""The maintainers' loop: hot reload (atomic, invalid edits kept out), admin-only commands, the report."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import yaml

from bot.config import DEFAULT_KNOWLEDGE_DIR, PROJECT_DIR
from bot.core.engine import Engine
from bot.core.wording import UNKNOWN_COMMAND
from bot.journal.report import as_yaml, findings
from bot.journal.store import DATABASE_FILE, Asker, Journal, load_key
from bot.telegram.service import KnowledgeService, ReloadResult
from tests import updates
from tests.helpers import BotSession, only, open_session, wait_for

OLD = "据2023年《浙江日报》报道，社工工资待遇普遍不高"
NEW = "（已更新）社工工资待遇普遍不高"
ADMIN = updates.USER["id"]


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, target)
    return target


def edit(kb_dir: Path, old: str, new: str) -> None:
    path = kb_dir / "career.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def service(kb_dir: Path, tmp_path: Path) -> KnowledgeService:
    return KnowledgeService(kb_dir, Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180))


def test_a_reload_under_load_answers_each_question_wholly_old_or_new(service: KnowledgeService, kb_dir: Path) -> None:
    seen: set[str] = set()
    stop = threading.Event()

    def ask() -> None:
        while not stop.is_set():
            text = service.answerer.ask("社工工资多少").text
            seen.add("old" if text.startswith(OLD) else "new" if text.startswith(NEW) else text)

    askers = [threading.Thread(target=ask) for _ in range(4)]
    for thread in askers:
        thread.start()
    edit(kb_dir, "  - id: pay\n", "  - id: pay\n    sorce: oops\n")
    invalid = service.reload()  # questions keep coming while an invalid edit is refused...
    edit(kb_dir, "    sorce: oops\n", "")
    edit(kb_dir, OLD, NEW)
    result = service.reload()  # ...and while a valid one goes live
    for _ in range(100):
        if "new" in seen:
            break
        threading.Event().wait(0.01)
    stop.set()
    for thread in askers:
        thread.join()
    assert not invalid.ok
    assert result.ok and result.edited == ("pay",) and result.added == () and result.removed == ()
    assert seen == {"old", "new"}


def test_an_invalid_edit_keeps_the_old_knowledge_in_service(
    service: KnowledgeService, kb_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    edit(kb_dir, "  - id: pay\n", "  - id: pay\n    sorce: oops\n")
    result = service.reload()
    assert not result.ok
    assert any("career.yaml:" in p and "unknown key `sorce`" in p for p in result.problems)
    assert service.answerer.ask("社工工资多少").text.startswith(OLD)
    assert "career.yaml:" in caplog.text


async def test_the_reload_job_picks_up_an_edit_and_survives_an_os_error(
    service: KnowledgeService, kb_dir: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    reload, calls = service.reload, []

    def flaky_reload() -> ReloadResult:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("disk hiccup")
        return reload()

    monkeypatch.setattr(service, "reload", flaky_reload)
    edit(kb_dir, OLD, NEW)
    async for session in open_session(service):
        await session.application.start()
        try:
            await wait_for(lambda: service.answerer.ask("社工工资多少").text.startswith(NEW))
        finally:
            await session.application.stop()
    assert len(calls) == 2
    assert "job 'knowledge reload' failed: OSError" in caplog.text


@pytest.fixture
async def admin_session(service: KnowledgeService) -> AsyncIterator[BotSession]:
    async for opened in open_session(service, admins=frozenset({ADMIN})):
        yield opened


@pytest.mark.parametrize("name", ["/stats", "/unanswered", "/reload"])
async def test_admin_commands_are_unknown_to_everyone_else(admin_session: BotSession, name: str) -> None:
    stranger = updates.private_chat(424242)
    assert only(await admin_session.push(updates.command(name, stranger))).text == UNKNOWN_COMMAND
    admin_session.application.bot_data["admins"] = frozenset({424242})  # checked on every call
    assert only(await admin_session.push(updates.command(name))).text == UNKNOWN_COMMAND
    assert await admin_session.push(updates.command(name, updates.GROUP)) == []  # and silent in groups


async def test_stats_and_unanswered_for_an_admin(admin_session: BotSession) -> None:
    for question in ["社工工资多少", "律师资格证怎么考", "律师资格证怎么考？", "律师资格证如何报考", "上海有多少人口"]:
        await admin_session.push(updates.message(question, updates.private_chat(ADMIN)))
    stats = only(await admin_session.push(updates.command("/stats"))).text
    assert stats.startswith("今天：5 个问题，回答率 20%")
    assert "· pay：1" in stats
    unanswered = only(await admin_session.push(updates.command("/unanswered"))).text
    assert "· 3 次：律师资格证怎么考（也问：律师资格证怎么报名）" in unanswered
    assert "· 1 次：上海有人数口" in unanswered


async def test_reload_command_reports_changes_and_errors(admin_session: BotSession, kb_dir: Path) -> None:
    edit(kb_dir, OLD, NEW)
    assert only(await admin_session.push(updates.command("/reload"))).text == (
        "已重新加载知识库。\n新增：无\n删除：无\n修改：pay"
    )
    edit(kb_dir, "  - id: pay\n", "  - id: pay\n    sorce: oops\n")
    reply = only(await admin_session.push(updates.command("/reload"))).text
    assert reply.startswith("知识库有错误，没有重新加载，仍在使用原来的版本：")
    assert "unknown key `sorce`" in reply


def test_report_groups_similar_questions_with_the_nearest_entry(engine: Engine, tmp_path: Path) -> None:
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    asker = Asker("private", 1)
    for question in [
        "社工证挂靠",
        "社工证挂靠吗",
        "社工证可以挂靠",
        "社工证能挂靠吗",
        "社工证挂靠违法吗",
        "深圳社工站",
    ]:
        journal.question(asker, engine.normalizer.normalize(question), "declined", None, 20, ())
    journal.question(asker, "北京社工", "suggested", None, 60, ("beijing-workforce",))
    journal.pick(asker, 7, "beijing-workforce")
    found = findings(engine, journal.unsure(journal._clock().date()))
    counts = {f.question: f.count for f in found}
    assert counts["社工证挂靠"] == 5 and counts["深圳社工站"] == 1
    grouped = next(f for f in found if f.question == "社工证挂靠")
    assert grouped.suggested and grouped.nearest is not None
    beijing = next(f for f in found if f.question == "北京社工")
    assert beijing.picked == (("beijing-workforce", 1),) and beijing.target == "beijing-workforce"
    stubs = yaml.safe_load(as_yaml(found, engine))
    assert {"note": "1 questions", "entry": "beijing-workforce", "add_phrasings": ["北京社工"]} in stubs
    assert all(("entry" in s) != ("new_entry" in s) for s in stubs)


@pytest.mark.e2e
def test_report_command_prints_every_format(tmp_path: Path) -> None:
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    journal.question(Asker("private", 1), "社工证挂靠", "declined", None, 20, ())
    journal.close()
    env = {**os.environ, "DATA_DIR": str(tmp_path), "TELEGRAM_BOT_TOKEN": "", "KNOWLEDGE_DIR": ""}
    for output, check in [("md", "| 1 |  | 社工证挂靠 |"), ("csv", "1,0,社工证挂靠"), ("yaml", "new_entry:")]:
        result = subprocess.run(
            [sys.executable, "-m", "bot", "report", "--since", "7d", "--format", output],
            capture_output=True,
            text=True,
            cwd=PROJECT_DIR,
            env=env,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert check in result.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "bot", "report", "--since", "yesterday"],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
        env=env,
        check=False,
    )
    assert bad.returncode == 2 and "--since takes" in bad.stderr
    assert json.dumps  # the report needs no network and no token
    assert logging.getLogger("bot.journal.report") is not None
