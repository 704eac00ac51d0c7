"""The maintainers' loop: hot reload (atomic, invalid edits kept out), admin-only commands, the report."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import IO

import pytest
import yaml

from bot.config import DEFAULT_KNOWLEDGE_DIR, PROJECT_DIR, Settings
from bot.core.engine import Engine
from bot.core.loader import MAX_LABEL_CHARS, load_knowledge
from bot.core.placeholders import NAME
from bot.core.problems import KnowledgeError
from bot.core.wording import (
    REPORT_EXISTS,
    REPORT_INTO_KNOWLEDGE,
    REPORT_NOTHING_TO_WRITE,
    REPORT_WRITTEN,
    UNKNOWN_COMMAND,
)
from bot.journal.label import label
from bot.journal.reading import Kind
from bot.journal.report import (
    NONE_TO_REPORT,
    NOTHING_TO_SAVE,
    REWORDING,
    Finding,
    as_csv,
    as_markdown,
    as_yaml,
    findings,
)
from bot.journal.stats import unanswered_text
from bot.journal.store import DATABASE_FILE, Asker, Journal, load_key
from bot.service import KnowledgeService, ReloadResult
from tests import updates
from tests.helpers import Asking, BotSession, only, open_session, wait_for

# Asked five ways, a question about social work that nothing answers (社工证挂靠, which the tests once asked, now has
# an honest entry).
CATS = ("社工可以养猫吗", "社工可以养猫吗？", "社工能养猫吗", "社工可不可以养猫", "社工可以养猫么")
OLD = "据2023年《浙江日报》报道，一名社工说，现在社工工资待遇普遍不高"
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
    admin_session.application.bot_data.admins.user_ids = {424242}  # the filter is checked on every call
    assert only(await admin_session.push(updates.command(name))).text == UNKNOWN_COMMAND
    assert await admin_session.push(updates.command(name, updates.GROUP)) == []  # and silent in groups


async def test_stats_and_unanswered_for_an_admin(admin_session: BotSession) -> None:
    asked = [
        "社工工资多少",
        "潜水教练资格证怎么考",
        "潜水教练资格证怎么考？",
        "潜水教练资格证如何报考",
        "上海有多少人口",
        "我叫张丽，潜水教练资格证怎么考",  # a twin: it adds only a name
    ]
    for question in asked:
        await admin_session.push(updates.message(question, updates.private_chat(ADMIN)))
    stats = only(await admin_session.push(updates.command("/stats"))).text
    assert stats.startswith("今天：6 个问题，回答 1（回答率 17%），说明资料没有涵盖 0，未能回答 5，给出相近问题 0")
    assert "· pay：1" in stats
    assert "· 潜水教练资格证怎么考：3" in stats  # 怎么考？ is 怎么考
    unanswered = only(await admin_session.push(updates.command("/unanswered"))).text
    assert "· 4 次：潜水教练资格证怎么考（也问：潜水教练资格证如何报考）" in unanswered  # as asked; 怎么考？ is 怎么考
    assert "· 1 次：上海有多少人口" in unanswered


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
    for question in [*CATS, "社工上班要穿制服吗"]:
        journal.question(asker, question, "declined", None, 20, ())
    journal.question(asker, "北京社工", "suggested", None, 60, ("beijing-workforce",))
    journal.pick(asker, 7, "beijing-workforce")
    found = findings(engine, journal.unsure(journal._clock().date()))
    counts = {f.question: f.count for f in found}
    assert counts[CATS[0]] == 5 and counts["社工上班要穿制服吗"] == 1
    grouped = next(f for f in found if f.question == CATS[0])
    assert grouped.suggested and grouped.nearest is not None
    beijing = next(f for f in found if f.question == "北京社工")
    assert beijing.picked == (("beijing-workforce", 1),) and beijing.target == "beijing-workforce"
    text = as_yaml(found, engine)
    stubs = yaml.safe_load(text)
    assert (
        "# 1 question; askers picked beijing-workforce ×1\n# paste under the `phrasings:` of `beijing-workforce` (topic"
        in text
    )
    assert "#   - 北京社工" in text
    assert "  # 5 questions (often asked: first); nearest entry: skills-needed (" in text
    assert [e["question"] for e in stubs["entries"]] == [CATS[0], "社工上班要穿制服吗"]
    assert all(e["answer"] == "" and e["sources"] == [] for e in stubs["entries"])


def test_a_report_with_no_new_entry_says_so_and_drafts_no_file_to_save(engine: Engine) -> None:
    """Saved as a topic file, a draft of comments only would stop `make validate` (file is empty): it says there is
    nothing to save; and a pick of 都不是 beside an entry's is named as such, not counted for the entry."""
    examples = ("北京社工", "北京社工怎么样")
    picked = Finding(examples[0], 2, examples, None, 0, (("beijing-workforce", 1), ("none", 1)), Kind.SUBJECT)
    chatter = Finding("今天天气怎么样", 1, ("今天天气怎么样",), None, 0, (), Kind.OFF_TOPIC)
    text = as_yaml([picked, chatter], engine)
    assert text.startswith(f"{NOTHING_TO_SAVE[0]}\n") and "schema" not in text and "\nentries:" not in text
    assert "# 2 questions; askers picked beijing-workforce ×1, 都不是 ×1\n" in text
    assert "| 北京社工 | 北京社工；北京社工怎么样 | — | beijing-workforce ×1, none ×1 |" in as_markdown(
        [picked], date.today()
    )
    empty = as_markdown([chatter], date(2024, 1, 1)).split("\n## Set apart: ")[0]
    assert empty.endswith(f"since 2024-01-01\n\n{NONE_TO_REPORT}\n") and "| count |" not in empty


def test_report_proposes_no_entry_for_chatter_or_small_talk_and_lists_them_apart(
    engine: Engine, tmp_path: Path
) -> None:
    """The bot declines 今天天气怎么样 as off topic, as it does a place alone (上海有多少人口), and answers 你好 as
    small talk (journalled before smalltalk.yaml had it); a question of the subject it offers nothing for
    (宁波本科生人才补贴) is still proposed."""
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    asking = Asking(engine, journal)
    asked = ["今天天气怎么样", "今天天气怎么样啊", "上海有多少人口", "宁波本科生人才补贴有多少", "社工可以养猫吗"]
    for question in asked:
        asking.ask(question, Asker("private", 1))
    journal.question(Asker("private", 2), "你好", "declined", None, 0, ())
    found = findings(engine, journal.unsure(journal._clock().date()))
    assert {f.question: f.kind for f in found} == {
        "今天天气怎么样": Kind.OFF_TOPIC,
        "上海有多少人口": Kind.OFF_TOPIC,
        "你好": Kind.SMALL_TALK,
        "宁波本科生人才补贴有多少": Kind.SUBJECT,
        "社工可以养猫吗": Kind.SUBJECT,
    }
    text = as_yaml(found, engine)
    assert [e["question"] for e in yaml.safe_load(text)["entries"]] == ["宁波本科生人才补贴有多少", "社工可以养猫吗"]
    assert "#   今天天气怎么样 (×2)\n#   上海有多少人口 (×1)\n#\n# Set apart: small talk." in text
    day = journal._clock().date()
    markdown = as_markdown(found, day).split("## Set apart: ")
    assert markdown[0].startswith(
        f"## Questions about social work the bot could not answer, or was unsure of, since {day}"
    )
    assert "★: asked 5 times or more." in markdown[0]
    assert "宁波本科生人才补贴有多少" in markdown[0] and "今天天气怎么样" not in markdown[0]
    assert markdown[1].startswith("not about social work") and "| 2 | 今天天气怎么样 |" in markdown[1]
    assert markdown[2].startswith("small talk") and "| 1 | 你好 |" in markdown[2]
    kinds = {row["question"]: row["kind"] for row in csv.DictReader(io.StringIO(as_csv(found)))}
    assert kinds["今天天气怎么样"] == "off-topic" and kinds["社工可以养猫吗"] == "subject"


def test_report_reads_a_miss_naming_what_the_knowledge_base_is_about_as_a_question_of_its_subject(
    engine: Engine, tmp_path: Path
) -> None:
    """Declined questions that name a place entries are about (北京) or an entry's keyword (考完) are proposed, not set
    apart as off topic; chatter that names neither (今天天气怎么样, a place no entry is about: 上海) still is."""
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    asked = ["北京有哪些好的案例", "考完证之后干嘛", "今天天气怎么样", "上海有多少人口"]
    for question in asked:
        journal.question(Asker("private", 1), question, "declined", None, 0, ())
    found = findings(engine, journal.unsure(journal._clock().date()))
    assert {f.question: f.kind for f in found} == {
        "北京有哪些好的案例": Kind.SUBJECT,
        "考完证之后干嘛": Kind.SUBJECT,
        "今天天气怎么样": Kind.OFF_TOPIC,
        "上海有多少人口": Kind.OFF_TOPIC,
    }
    markdown = as_markdown(found, journal._clock().date()).split("## Set apart: ")
    assert "北京有哪些好的案例" in markdown[0] and "考完证之后干嘛" in markdown[0]
    assert "北京有哪些好的案例" not in markdown[1] and "今天天气怎么样" in markdown[1]


def test_a_group_is_headlined_by_a_question_as_asked_not_its_masked_form(engine: Engine, tmp_path: Path) -> None:
    """The most asked question of a group written without personal data stands for it, however often a similar one
    with a placeholder was asked; the masked form only when every question of the group has one."""
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    asked = {"住在阳光小区，附近有社工站吗": 3, "附近有社工站吗": 2, "我叫张丽，社工证考几科": 2, "社工证考几科啊": 1}
    asked |= {"我叫王强，潜水证怎么考": 2}
    for user, (question, times) in enumerate(asked.items()):
        for _ in range(times):
            journal.question(Asker("private", user), question, "declined", None, 0, ())
    found = findings(engine, journal.unsure(journal._clock().date()))
    assert {(f.question, f.count) for f in found} == {
        ("附近有社工站吗", 5),
        ("社工证考几科啊", 3),
        (f"我叫{NAME}，潜水证怎么考", 2),
    }
    assert "· 5 次：附近有社工站吗（也问：住在[地址]，附近有社工站吗）" in unanswered_text(journal)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("我是[姓名]，今年[年龄]岁，[婚育情况]，在深圳做社工，工资多少", "工资多少"),
        ("我[年龄]岁能考中级吗", "能考中级吗"),
        ("我[年龄]岁了还能考吗", "还能考吗"),
        ("[姓名]老师您好，我在台州椒江区，潜水证怎么考", "潜水证怎么考"),
        ("社工证怎么考，要多少钱", "社工证怎么考，要多少钱"),
        (
            "社工证考出来以后在宁波能领多少奖励，怎么申请，需要什么材料，多久能到账",
            "社工证考出来以后在宁波能领多少奖励，怎么申请，需要什么材料",
        ),
        ("我是[姓名]，社工证挂靠", "社工证挂靠"),
        ("社工证怎么考[手机号]", "社工证怎么考"),
        ("丽水莲都区[地址]附近有社工站吗", "丽水莲都区 附近有社工站吗"),  # the district stays, read by the bot
        (
            "my name is [姓名], how much do social workers earn in Shanghai and Beijing",
            "how much do social workers earn",
        ),
        (  # cut before a phrase it can do without, never after a word that opens one (… I need for)
            "what documents do I need for registration as a social worker",
            "what documents do I need",
        ),
    ],
)
def test_a_proposed_question_is_what_was_asked_without_the_scene_or_personal_data(question: str, expected: str) -> None:
    assert label(question) == expected
    assert len(expected) <= MAX_LABEL_CHARS


def test_a_drafted_question_is_the_groups_most_asked_wording_whole(engine: Engine, tmp_path: Path) -> None:
    """A newcomer's trial drafted 该怎么做 for 我想当社工，该怎么做 (which the bot answers now): the draft's question
    is the one people asked most, whole, when it fits a button and nothing in it is masked."""
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    asked = ["我在社工站上班，周末开门吗", "我在社工站上班周末开门吗啊", "我想养猫，社工可以吗"]
    asked.append(asked[0])  # the most asked wording of its group
    for user, question in enumerate(asked):
        journal.question(Asker("private", user), question, "declined", None, 0, ())
    stubs = yaml.safe_load(as_yaml(findings(engine, journal.unsure(journal._clock().date())), engine))["entries"]
    assert sorted(stub["question"] for stub in stubs) == [asked[0], asked[2]]


def test_a_proposed_question_too_long_to_cut_whole_is_left_whole() -> None:
    """A clause with no word boundary within the button limit (Chinese writes none) is never cut in two: the loader
    then names it as too long, for the maintainer to shorten."""
    question = "社工证考出来以后在宁波能领多少奖励需要准备哪些材料到哪个部门去申请"
    assert len(question) > MAX_LABEL_CHARS
    assert label(question) == question
    assert label(f"我叫{NAME}，{question}") == question


def test_a_proposal_from_a_long_masked_question_passes_the_loaders_question_check(
    engine: Engine, kb_dir: Path, tmp_path: Path
) -> None:
    """我是[姓名]，今年[年龄]岁，[婚育情况]，在深圳做社工，升职要多久 is over the label limit as journalled."""
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    Asking(engine, journal).ask("我是张丽，今年35岁，已婚，在深圳做社工，升职要多久", Asker("private", 1))
    [finding] = findings(engine, journal.unsure(journal._clock().date()))
    assert len(finding.question) > MAX_LABEL_CHARS
    text = as_yaml([finding], engine)
    [stub] = yaml.safe_load(text)["entries"]
    assert (stub["question"], stub["phrasings"]) == ("升职要多久", [])
    path = kb_dir / "new-questions.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(kb_dir)
    line = text.splitlines().index("    question: 升职要多久") + 1
    problems = [str(p) for p in caught.value.problems]
    assert problems and not [p for p in problems if p.startswith(f"{path}:{line}:") or ": question" in p], problems


def test_a_proposal_repeats_no_example_that_reads_as_its_question(engine: Engine) -> None:
    """The loader rejects two phrasings of one reading: 请问社工证可以挂靠吗 goes with the label 社工证可以挂靠吗？"""
    examples = ("社工证可以挂靠吗？", "请问社工证可以挂靠吗", "社工证挂靠违法吗")
    finding = Finding(examples[0], 3, examples, None, 0, (), Kind.SUBJECT)
    [stub] = yaml.safe_load(as_yaml([finding], engine))["entries"]
    assert (stub["question"], stub["phrasings"]) == (examples[0], [examples[2]])


def test_a_masked_question_is_never_drafted_as_a_phrasing_but_listed_for_rewording(engine: Engine) -> None:
    """A placeholder ([姓名]) in a phrasing would be matched as words: such a question is listed in a comment to
    reword, for a new entry and for an entry askers picked alike."""
    new = (f"我叫{NAME}，社工证可以挂靠吗", "社工证挂靠违法吗")
    picked = (f"我叫{NAME}，北京社工", "北京社工有多少")
    found = [
        Finding(new[0], 2, new, None, 0, (), Kind.SUBJECT),
        Finding(picked[0], 2, picked, None, 0, (("beijing-workforce", 2),), Kind.SUBJECT),
    ]
    text = as_yaml(found, engine)
    [stub] = yaml.safe_load(text)["entries"]
    assert (stub["question"], stub["phrasings"]) == ("社工证可以挂靠吗", ["社工证挂靠违法吗"])
    assert f"  # {REWORDING}\n  #   {new[0]}\n  - id: new-question-1" in text
    assert f"#   - 北京社工有多少\n# {REWORDING}\n#   {picked[0]}\n" in text
    assert f"- {picked[0]}" not in text and f"- {new[0]}" not in text


def test_report_merges_masked_twins_and_names_the_entry_the_bot_gave(engine: Engine, tmp_path: Path) -> None:
    """A question with an e-mail address is one group with the same question without it, and the report's nearest
    entry and score are those the journal recorded when the bot answered it."""
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    asking = Asking(engine, journal)
    asker = Asker("private", 1)
    for question in ["社工考试考几天", "我的邮箱是zhang@example.com，社工考试考几天", "社工考试考几天"]:
        asking.ask(question, asker)
    rows = sqlite3.connect(journal.path).execute("SELECT question, entry_id, score, suggestions FROM questions")
    recorded = {(entry or suggestions.split(",")[0], score) for _, entry, score, suggestions in rows}
    assert len(recorded) == 1, recorded  # the address changed nothing in how the bot read the question
    [finding] = findings(engine, journal.unsure(journal._clock().date()))
    assert finding.count == 3 and finding.question == "社工考试考几天"
    assert {(finding.nearest, finding.nearest_score)} == recorded


def test_report_counts_the_picks_of_masked_twins_written_apart(engine: Engine, tmp_path: Path) -> None:
    """Twins written with other punctuation are one group, and so are the suggestions their askers picked."""
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    for user, question in enumerate(["我叫张丽，北京社工", "我叫欧阳娜娜。北京社工", "我叫王小明 北京社工"]):
        asker = Asker("private", user)
        journal.pick(asker, journal.question(asker, question, "suggested", None, 60, ("beijing-workforce",)), "x")
    [finding] = findings(engine, journal.unsure(journal._clock().date()))
    assert (finding.question, finding.count, finding.picked) == (f"我叫{NAME}，北京社工", 3, (("x", 3),))


def test_the_report_of_a_newcomers_trial_keeps_what_was_asked_but_no_personal_details(
    engine: Engine, tmp_path: Path
) -> None:
    """What a first trial typed: relatives' names, a name before a title, surname, age, sex, marriage and children."""
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    asking = Asking(engine, journal)
    trial = [
        "我老公叫陈强，他在宁波做社工，中级，工作3年，有什么奖励",
        "我儿子王浩然今年大三学社工，本科毕业能考中级吗",
        "刘德华老师您好，我在台州椒江区，潜水证怎么考",
        "我姓王，今年35岁，女，离异带两个孩子，在杭州上城区，想学插花",
    ]
    for question in trial:
        asking.ask(question, Asker("private", 1))
    journal.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(DATABASE_FILE))
    for secret in ("陈强", "王浩然", "刘德华", "我姓王", "35岁", "离异", "两个孩子"):
        assert secret.encode() not in stored, secret
    kept = [row[0] for row in sqlite3.connect(tmp_path / DATABASE_FILE).execute("SELECT question FROM questions")]
    assert any("台州" in text and "[姓名]老师" in text for text in kept), kept
    assert any("杭州上城区" in text and "[年龄]岁" in text for text in kept), kept


@pytest.mark.e2e
def test_report_command_prints_every_format(tmp_path: Path) -> None:
    journal = Journal(tmp_path / DATABASE_FILE, load_key(tmp_path), 180)
    journal.question(Asker("private", 1), CATS[0], "declined", None, 20, ())
    journal.close()
    env = {**os.environ, "DATA_DIR": str(tmp_path), "TELEGRAM_BOT_TOKEN": "", "KNOWLEDGE_DIR": ""}
    for output, check in [
        ("md", f"| 1 |  | {CATS[0]} |"),
        ("csv", f"1,0,{CATS[0]}"),
        ("yaml", "  - id: new-question-1"),
    ]:
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


def record_unanswered(engine: Engine, data_dir: Path, questions: dict[str, int]) -> None:
    """A journal in `data_dir` holding each question, declined, the given number of times."""
    journal = Journal(data_dir / DATABASE_FILE, load_key(data_dir), 180)
    for question, times in questions.items():
        for _ in range(times):
            journal.question(Asker("private", 1), engine.normalizer.normalize(question), "declined", None, 20, ())
    journal.close()


def run_report(data_dir: Path, *args: str, stdout: IO[str] | int = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATA_DIR": str(data_dir), "TELEGRAM_BOT_TOKEN": "", "KNOWLEDGE_DIR": ""}
    command = [sys.executable, "-m", "bot", "report", *args]
    return subprocess.run(
        command, stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=PROJECT_DIR, env=env, check=False, timeout=60
    )


@pytest.mark.e2e
def test_report_yaml_saved_into_knowledge_asks_only_for_what_a_maintainer_writes(
    engine: Engine, kb_dir: Path, tmp_path: Path
) -> None:
    record_unanswered(engine, tmp_path, {CATS[0]: 3, CATS[2]: 2, CATS[3]: 1, "社工上班要穿制服吗": 1})
    result = run_report(tmp_path, "--format", "yaml")
    assert result.returncode == 0, result.stderr
    (kb_dir / "new-questions.yaml").write_text(result.stdout, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(kb_dir)
    problems = [str(p) for p in caught.value.problems]
    path = f"{kb_dir / 'new-questions.yaml'}:"
    assert problems and all(p.startswith(path) for p in problems), problems  # FILE:LINE, only the new file
    fill_in = ("answer is empty", "sources needs at least one", "phrasings; write at least")
    assert all(any(hint in p for hint in fill_in) for p in problems), problems
    lines = {int(p[len(path) :].split(":")[0]) for p in problems}
    assert len(lines) == len(problems)  # each problem at the line of its own field
    assert sum("answer is empty" in p for p in problems) == 2  # one per new entry
    assert sum("phrasings; write at least" in p for p in problems) == 2  # in the same run, not after the answers


@pytest.mark.e2e
def test_report_output_writes_the_file_once_built_and_replaces_none_unasked(
    engine: Engine, kb_dir: Path, tmp_path: Path
) -> None:
    """`--output new-questions.yaml` holds what the report prints, the knowledge base it is moved into then names
    only what a maintainer writes, and a file already there is replaced only with --force (never half written: no
    .tmp left)."""
    record_unanswered(engine, tmp_path, {CATS[0]: 3, "社工上班要穿制服吗": 1})
    target = tmp_path / "drafts" / "new-questions.yaml"
    target.parent.mkdir()
    written = run_report(tmp_path, "--format", "yaml", "--output", str(target))
    assert (written.returncode, written.stdout, written.stderr) == (0, "", REPORT_WRITTEN.format(path=target) + "\n")
    draft = target.read_text(encoding="utf-8")
    assert draft == run_report(tmp_path, "--format", "yaml").stdout
    moved = kb_dir / target.name
    moved.write_text(draft, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(kb_dir)
    assert all(str(p).startswith(f"{moved}:") for p in caught.value.problems), caught.value.problems
    again = run_report(tmp_path, "--format", "md", "--output", str(target))
    assert (again.returncode, again.stderr) == (1, REPORT_EXISTS.format(path=target) + "\n")
    assert target.read_text(encoding="utf-8") == draft
    forced = run_report(tmp_path, "--format", "md", "--output", str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert target.read_text(encoding="utf-8").startswith("## Questions about social work")
    assert sorted(p.name for p in target.parent.iterdir() if p.suffix == ".tmp") == []


@pytest.mark.e2e
def test_report_output_of_no_new_entry_writes_no_file(engine: Engine, tmp_path: Path) -> None:
    """A draft of comments alone would stop the loader as an empty file: it is not written."""
    record_unanswered(engine, tmp_path, {"今天天气怎么样": 2})
    target = tmp_path / "new-questions.yaml"
    result = run_report(tmp_path, "--format", "yaml", "--output", str(target))
    assert (result.returncode, result.stderr) == (0, REPORT_NOTHING_TO_WRITE.format(path=target) + "\n")
    assert not target.exists()


@pytest.mark.e2e
def test_report_redirected_into_the_knowledge_it_loads_says_how_to_write_it(
    engine: Engine, kb_dir: Path, tmp_path: Path
) -> None:
    """`report --format yaml > knowledge/new-questions.yaml`: the shell creates the file empty before the report loads
    the knowledge base, which then fails on it; the error says to delete it and use --output."""
    record_unanswered(engine, tmp_path, {"社工证挂靠": 1})
    target = kb_dir / "new-questions.yaml"
    with target.open("w", encoding="utf-8") as out:
        result = run_report(tmp_path, "--knowledge", str(kb_dir), "--format", "yaml", stdout=out)
    assert result.returncode == 1
    assert f"{target}:1: file is empty" in result.stderr
    assert result.stderr.endswith(REPORT_INTO_KNOWLEDGE.format(path=target) + "\n")


@pytest.mark.e2e
def test_report_since_too_far_back_is_one_line(tmp_path: Path, engine: Engine) -> None:
    record_unanswered(engine, tmp_path, {"社工证挂靠": 1})
    for age in ("1000000d", "99999999999999999999w"):
        result = run_report(tmp_path, "--since", age)
        assert result.returncode == 2, result.stderr
        assert result.stderr == f"error: --since {age} is too far back; the journal keeps at most RETENTION_DAYS\n"


@pytest.mark.e2e
def test_report_without_a_journal_says_so_and_creates_none(tmp_path: Path) -> None:
    result = run_report(tmp_path / "elsewhere")
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: no journal in {tmp_path / 'elsewhere'}: `python -m bot run` records")
    assert not (tmp_path / "elsewhere").exists()


def test_a_relative_data_dir_is_read_against_the_project_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", "./data")
    assert Settings.load(env_file=None).data_dir == PROJECT_DIR / "data"
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "abs"))
    assert Settings.load(env_file=None).data_dir == tmp_path / "abs"
