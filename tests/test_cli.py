"""The command line, run as a user runs it: `python -m bot ...` in a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from bot.config import PROJECT_DIR
from bot.core import wording
from bot.journal.store import DATABASE_FILE, Journal, load_key
from bot.terminal import ASKER

pytestmark = pytest.mark.e2e

KEYS = ["question", "outcome", "reply", "answer", "id", "more", "score", "suggestions"]


def run_bot(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "KNOWLEDGE_DIR": "", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
        env=environment,
        timeout=60,
        check=False,
    )


def test_ask_json_single_question() -> None:
    result = run_bot("ask", "--json", "社工工资多少")
    assert result.returncode == 0
    record = json.loads(result.stdout)
    assert list(record) == KEYS
    assert record["id"] == "pay"
    assert record["answer"].startswith("据2023年《浙江日报》报道") and "📅 数据时间：2023年报道" in record["answer"]
    assert record["score"] == 100 and record["suggestions"] == []


def test_ask_json_batch_keeps_order_and_nulls_declines() -> None:
    too_long = "社工" * 200
    questions = [
        "北京有多少社工",
        "潜水证怎么考",
        "北京社工",
        "",
        too_long,
        "你好",
        "大专学历能考初级吗",
        "中级考几门，一年有几次机会",
    ]
    result = run_bot("ask", "--json", stdin="\n".join(questions) + "\n")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in records] == [q for q in questions if q]  # blank lines are skipped
    answered, declined, suggested, long, hello, verdict, two_parts = records
    assert long["outcome"] == "info" and long["answer"] is None and long["id"] is None and long["suggestions"] == []
    assert answered["id"] == "beijing-workforce" and "7.96万人" in answered["answer"]
    assert declined["outcome"] == "declined" and declined["answer"] is None and declined["id"] is None
    assert declined["reply"].startswith("抱歉")
    assert suggested["answer"] is None and suggested["id"] is None and len(suggested["suggestions"]) == 3
    assert set(suggested["suggestions"][0]) == {"id", "question"}
    assert hello["outcome"] == "info" and hello["reply"] and hello["answer"] is None  # small talk: no answer
    assert verdict["outcome"] == "answered" and verdict["id"] is None and "助理社会工作师" in verdict["answer"]
    assert (two_parts["id"], two_parts["more"]) == ("subjects-intermediate", ["exam-frequency"])
    assert all(0 <= r["score"] <= 100 for r in records)


def test_every_run_ranks_a_near_tie_alike() -> None:
    """Scores must not hang on the order Python hashes strings in: these suggestions once swapped between runs."""
    question = "Do you need math to be a social worker?"
    runs = [run_bot("ask", "--json", question, env={"PYTHONHASHSEED": seed}) for seed in ("1", "2", "3")]
    suggestions = [json.loads(run.stdout)["suggestions"] for run in runs]
    assert len(suggestions[0]) == 3
    assert suggestions[1] == suggestions[0] and suggestions[2] == suggestions[0]


def test_ask_takes_the_chats_commands_as_the_chat_does() -> None:
    """/topics, 话题, /about … get the chat's reply, its choices numbered, and a note that choosing one takes the chat;
    a question after them is still a question."""
    result = run_bot("ask", "--json", stdin="/topics\n話題\n/about\n/check\n社工工资多少\n")
    assert result.returncode == 0, result.stderr
    topics, traditional, about, check, question = (json.loads(line) for line in result.stdout.splitlines())
    assert topics["outcome"] == "info" and topics["reply"].startswith("请选择话题：\n  1. 认识社工\n  2. ")
    assert traditional["reply"] == topics["reply"]
    assert about["outcome"] == "info" and about["reply"].startswith("我的全部资料来自：")
    assert check["reply"].startswith("报考条件自测") and "  1. 助理社会工作师（初级）" in check["reply"]
    assert question["id"] == "pay"
    assert result.stderr.count("run `python -m bot chat`") == 3  # after the topics (twice) and the check, not /about
    text = run_bot("ask", "/topics")
    assert text.stdout.startswith("Q: /topics\nA: 请选择话题：\n  1. 认识社工\n")


def test_ask_help_says_what_ask_does_not_the_chats_help() -> None:
    """The chat's help speaks of numbered choices and 退出, which `ask` has not: its /help says how `ask` reads."""
    asked, chat = run_bot("ask", "--json", "/help"), run_bot("chat", stdin="帮助\n")
    reply = json.loads(asked.stdout)["reply"]
    assert reply == wording.ASK_HELP and "python -m bot chat" in reply
    assert "数字" not in reply and "退出" not in reply
    assert wording.TERMINAL_HELP.splitlines()[0] in chat.stdout  # the chat's own help is unchanged


def test_a_reader_that_stops_early_ends_ask_quietly() -> None:
    """`python -m bot ask | head -1`: the closed pipe ends the command without a BrokenPipeError traceback."""
    command = [sys.executable, "-m", "bot", "ask"]
    environment = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "KNOWLEDGE_DIR": ""}
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=PROJECT_DIR, env=environment
    ) as process:
        assert process.stdin is not None and process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader has gone before the first answer
        process.stdin.write("社工工资多少\n".encode() * 200)
        process.stdin.close()
        error = process.stderr.read().decode()
    assert process.returncode == 1
    assert "Traceback" not in error and "BrokenPipeError" not in error, error


def test_ask_readable_text() -> None:
    result = run_bot("ask", "北京社工")
    assert result.stdout.startswith("Q: 北京社工\nA: 您是不是想问：\n  - ")
    assert "  - 都不是" in result.stdout


def test_validate_reports_counts() -> None:
    result = run_bot("validate")
    assert result.returncode == 0
    assert result.stdout.startswith("ok: 11 files, 7 categories, ")


def test_validate_fails_on_a_broken_knowledge_base(tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text("sources: []\n", encoding="utf-8")
    (tmp_path / "synonyms.yaml").write_text("groups: []\nfillers: []\n", encoding="utf-8")
    (tmp_path / "topic.yaml").write_text(
        "category: {id: t, title: T, order: 1}\nentries: [{id: x}]\n", encoding="utf-8"
    )
    result = run_bot("validate", "--knowledge", str(tmp_path))
    assert result.returncode == 1
    assert f"{tmp_path}/topic.yaml:2: entry: missing `question`; add `question:`" in result.stderr
    assert "not checked further until these are fixed: the entries whose fields are wrong (x)" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_bot_never_starts_on_an_invalid_knowledge_base(tmp_path: Path) -> None:
    result = run_bot(env={"KNOWLEDGE_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert "sources.yaml:1: missing file" in result.stderr


def test_eval_prints_rates_and_misses() -> None:
    result = run_bot("eval", "tests/data/questions.yaml")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("answerable questions: ")
    assert lines[1].startswith("  right: ") and lines[2].startswith("  within one tap: ")
    assert any(line.startswith("confidently wrong overall: ") for line in lines)
    assert "verdict" in result.stdout  # the table of misses


def test_eval_summary_prints_the_rates_without_misses() -> None:
    result = run_bot("eval", "--summary", "tests/data/questions.yaml")
    assert result.returncode == 0
    assert result.stdout.splitlines()[-2].startswith("confidently wrong overall: ")
    assert result.stdout.splitlines()[-1].startswith("  of them with the right answer as a button beside: ")
    assert "verdict" not in result.stdout


def test_eval_of_a_file_without_answerable_questions_shows_no_rate_for_them() -> None:
    result = run_bot("eval", "--summary", "tests/data/negatives.yaml")
    assert "  right:                   — (0)" in result.stdout.splitlines()


def test_no_token_opens_the_terminal_chat() -> None:
    result = run_bot(stdin="社工是什么\n")
    assert result.returncode == 0
    assert result.stdout.startswith("TELEGRAM_BOT_TOKEN is not set: opening a terminal chat")
    assert "社工的全称是“社会工作者”" in result.stdout
    assert result.stdout.rstrip().endswith("再见！")


def test_piped_questions_read_as_a_transcript_and_leave_no_journal(tmp_path: Path) -> None:
    result = run_bot("chat", stdin="你好\n社工是什么\n", env={"DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    asked = [number for number, line in enumerate(lines) if line.startswith("你：")]
    assert [lines[number] for number in asked] == ["你：你好", "你：社工是什么"]  # each after its prompt, as if typed
    hello, answer = (lines[number + 1] for number in asked)  # each reply starts the next line
    assert hello.startswith("助手：你好！") and answer.startswith("助手：据2023年《浙江日报》报道")
    assert lines[-2:] == ["", "再见！"]
    assert not (tmp_path / "data").exists()  # without --journal, the chat keeps none


def test_a_journalled_chat_feeds_the_report(tmp_path: Path) -> None:
    data = tmp_path / "data"
    chat = run_bot("chat", "--journal", stdin="今天天气怎么样\n社工是什么\n北京社工\n1\n", env={"DATA_DIR": str(data)})
    assert chat.returncode == 0, chat.stderr
    assert chat.stdout.startswith(f"Recording the questions in the journal {data / DATABASE_FILE}")
    report = run_bot("report", env={"DATA_DIR": str(data)})
    assert report.returncode == 0, report.stderr
    assert "| 今天天气怎么样 | 今天天气怎么样 |" in report.stdout  # declined
    assert "社工是什么" not in report.stdout  # answered
    unsure = next(row for row in report.stdout.splitlines() if "| 北京社工 |" in row)
    assert unsure.endswith("| beijing-workforce ×1 |")  # offered suggestions, then the first picked by its number
    journal = Journal(data / DATABASE_FILE, load_key(data), 180)
    with closing(sqlite3.connect(data / DATABASE_FILE)) as db:
        askers = db.execute("SELECT DISTINCT chat_type, user_key FROM questions").fetchall()
    assert askers == [("terminal", journal.user_key(ASKER))]  # one pseudo user, hashed like any other
    journal.close()


def test_the_report_of_a_journalled_chat_keeps_no_personal_data_typed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    typed = {
        "我是张丽，住在丽水莲都区人民路88号，潜水证怎么考": ("张丽", "人民路88号"),
        "加我微信wxm_1990，潜水证怎么考": ("wxm_1990",),
        "我QQ 123456789，潜水证怎么考": ("123456789",),
        "my name is Li Hua, how do I get a diving licence": ("Li Hua",),
    }
    chat = run_bot("chat", "--journal", stdin="\n".join(typed) + "\n", env={"DATA_DIR": str(data)})
    assert chat.returncode == 0, chat.stderr
    report = run_bot("report", "--format", "csv", env={"DATA_DIR": str(data)})
    assert report.returncode == 0, report.stderr
    assert "丽水莲都区[地址]" in report.stdout and "加我微信[账号]" in report.stdout  # the question stays readable
    for secrets in typed.values():
        for secret in secrets:
            assert secret not in report.stdout, secret


def test_a_bad_log_level_is_a_one_line_error_naming_it_as_typed() -> None:
    result = run_bot("validate", env={"LOG_LEVEL": "bogus"})
    assert result.returncode == 2
    assert result.stderr == "error: LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, not 'bogus'\n"


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "soon"])
def test_a_bad_reload_interval_stops_run_with_one_line(tmp_path: Path, value: str) -> None:
    token = "5000001:TEST-token-for-the-fake-bot-api-server"
    env = {"RELOAD_SECONDS": value, "TELEGRAM_BOT_TOKEN": token, "DATA_DIR": str(tmp_path / "data")}
    result = run_bot("run", env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("error: RELOAD_SECONDS must be") and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("setting", [{"PORT": "abc"}, {"RELOAD_SECONDS": "0"}], ids=["PORT", "RELOAD_SECONDS"])
@pytest.mark.parametrize("command", [["validate"], ["ask", "社工是什么"], ["chat"]])
def test_a_setting_only_run_uses_does_not_stop_the_other_commands(command: list[str], setting: dict[str, str]) -> None:
    result = run_bot(*command, stdin="社工是什么\n", env=setting)
    assert result.returncode == 0, result.stderr
    assert next(iter(setting)) not in result.stderr


def test_a_bad_port_stops_run_with_one_line(tmp_path: Path) -> None:
    token = "5000001:TEST-token-for-the-fake-bot-api-server"
    result = run_bot("run", env={"PORT": "abc", "TELEGRAM_BOT_TOKEN": token, "DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 2
    assert result.stderr == "error: PORT must be a port number (1-65535), not 'abc'\n"
    assert not (tmp_path / "data").exists()


def test_a_malformed_token_creates_no_journal(tmp_path: Path) -> None:
    result = run_bot("run", env={"TELEGRAM_BOT_TOKEN": "not-a-token", "DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 2
    assert result.stderr.startswith("error: TELEGRAM_BOT_TOKEN is malformed")
    assert not (tmp_path / "data").exists()  # no journal, no user-hash key
