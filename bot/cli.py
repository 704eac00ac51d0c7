"""The command line: `python -m bot [run|chat|ask|eval|validate|schema|report|stats]`."""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bot.config import Settings, SettingsError
from bot.core import wording
from bot.core.answerer import Answerer
from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeBase
from bot.core.loader import SOURCES_DIR, load_knowledge
from bot.core.problems import KnowledgeError
from bot.core.replies import Outcome, Reply

HELP_WIDTH = 100


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="社工问答助手: a social-work FAQ bot.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    knowledge = argparse.ArgumentParser(add_help=False)
    knowledge.add_argument("--knowledge", type=Path, metavar="DIR", help="knowledge directory (default: knowledge/)")
    commands.add_parser("run", parents=[knowledge], help="serve Telegram (needs TELEGRAM_BOT_TOKEN)")
    chat = commands.add_parser("chat", parents=[knowledge], help="a conversation in this terminal")
    chat.add_argument("--journal", action="store_true", help="record the questions in DATA_DIR's journal, as run does")
    ask = commands.add_parser("ask", parents=[knowledge], help="answer a question, or one per line of stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("question", nargs="?", help="the question (default: read lines from stdin)")
    evaluate = commands.add_parser("eval", parents=[knowledge], help="score the engine on a labelled file")
    evaluate.add_argument("file", type=Path, help="YAML list of {question, expected} items")
    evaluate.add_argument("--summary", action="store_true", help="the rates only, no misses (for held-out files)")
    commands.add_parser("validate", parents=[knowledge], help="check the knowledge base")
    commands.add_parser("schema", help="print the JSON Schema of a topic file (knowledge/knowledge.schema.json)")
    report = commands.add_parser(
        "report",
        parents=[knowledge],
        help="what people asked that the bot could not answer",
        description="What people asked that the bot could not answer, from DATA_DIR's journal (personal data masked),\n"
        "in groups of similar questions naming the same places, levels and measures.",
        epilog=_report_groups(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument("--since", default="7d", metavar="AGE", help="how far back: 7d, 30d, 12w (default 7d)")
    report.add_argument("--format", choices=("md", "csv", "yaml"), default="md", help="output format (default md)")
    report.add_argument("--output", type=Path, metavar="FILE", help="write the report into FILE once it is built")
    report.add_argument("--force", action="store_true", help="with --output, replace FILE if it exists")
    commands.add_parser(
        "stats",
        help="what /stats shows: questions (answered, honest, declined, suggested), top entries, feedback, unanswered",
    )
    return parser


def _report_groups() -> str:
    """What each group of the report holds, in its order, for `report --help`."""
    from bot.journal.reading import GROUPS

    groups = (
        textwrap.fill(f"{h}: {what}", HELP_WIDTH, initial_indent="  ", subsequent_indent="    ")
        for h, what in GROUPS.values()
    )
    return "groups, in the report's order:\n" + "\n".join(groups)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command; returns the exit status. A reader that stops early (`| head`) ends it quietly, as the Python
    documentation on SIGPIPE advises: stdout goes to /dev/null, so the exit flushes nothing into the closed pipe."""
    if isinstance(sys.stdin, io.TextIOWrapper):  # bytes that are not UTF-8 are read as �, not raised mid-chat
        sys.stdin.reconfigure(errors="replace")
    try:
        return _command(_parser().parse_args(argv))
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _command(args: argparse.Namespace) -> int:
    if args.command == "schema":
        from bot.core.schema import render

        sys.stdout.write(render())
        return 0
    items: list[object] = []
    if args.command == "eval":  # the labelled file is read before the seconds loading takes
        from bot.evaluate import read_labelled

        try:
            items = read_labelled(args.file)
        except ValueError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    try:
        settings = Settings.load()
        if args.command == "stats":
            return _stats(settings)
        directory: Path = getattr(args, "knowledge", None) or settings.knowledge_dir
        if args.command == "report" and (refused := _refused_output(args.output, args.force, directory)):
            print(refused, file=sys.stderr)  # before the seconds loading takes
            return 1
        knowledge = load_knowledge(directory)
    except KnowledgeError as error:
        print(f"the knowledge base has {len(error.problems)} problem(s):", file=sys.stderr)
        print(error, file=sys.stderr)
        if args.command == "report" and (into := _stdout_in(directory)) is not None:
            print(wording.REPORT_INTO_KNOWLEDGE.format(path=into), file=sys.stderr)
        if not SOURCES_DIR.is_dir():
            print(wording.NO_SOURCES.format(path=SOURCES_DIR), file=sys.stderr)
        return 1
    except SettingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.command == "validate":
        print(
            f"ok: {knowledge.files} files, {len(knowledge.categories)} categories, "
            f"{len(knowledge.entries)} entries, {knowledge.phrasing_count} questions and phrasings"
        )
        return 0
    if args.command == "run" or (args.command is None and settings.token):
        from bot.journal.store import Journal
        from bot.service import KnowledgeService
        from bot.telegram.app import serve  # Telegram is imported only when serving it

        try:
            settings = Settings.load(serving=True)
        except SettingsError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2

        def service() -> KnowledgeService:  # opened only once Telegram has accepted the token
            return KnowledgeService(directory, Journal.open(settings.data_dir, settings.retention_days), knowledge)

        return serve(settings, service)
    if args.command in (None, "chat"):
        if args.command is None:
            print(wording.TERMINAL_NO_TOKEN)
        _chat(directory, knowledge, settings, journalled=getattr(args, "journal", False))
        return 0
    engine = Engine(knowledge)
    if args.command == "ask":
        return _ask(Answerer(engine), args.question, args.json)
    if args.command == "report":
        from bot.journal.report import report

        return report(engine, settings, args.since, args.format, args.output)
    return _eval(engine, args.file, items, summary=args.summary)  # eval, the last command


def _stats(settings: Settings) -> int:
    """Prints what /stats shows, from DATA_DIR's journal (no knowledge base needed)."""
    from bot.journal.stats import stats_text
    from bot.journal.store import Journal

    journal = Journal.existing(settings.data_dir, settings.retention_days)
    if isinstance(journal, str):
        print(journal, file=sys.stderr)
        return 1
    try:
        print(stats_text(journal.stats()))
    finally:
        journal.close()
    return 0


def _refused_output(output: Path | None, force: bool, directory: Path) -> str | None:
    """Why the report may not be written into `output`, if it may not: a file there already (unless `force`), or a
    path inside the knowledge directory, where a draft's empty answers would stop the bot at its next start."""
    if output is None:
        return None
    if output.resolve().is_relative_to(directory.resolve()):
        return wording.REPORT_INSIDE_KNOWLEDGE.format(path=output, directory=directory)
    return wording.REPORT_EXISTS.format(path=output) if output.exists() and not force else None


def _stdout_in(directory: Path) -> Path | None:
    """The empty file of `directory` stdout writes into (`report > knowledge/new-questions.yaml`), if it does."""
    try:
        out = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no file (captured, closed)
        return None
    files = (path for path in directory.glob("*.yaml") if path.is_file())
    return next((path for path in files if os.path.samestat(path.stat(), out)), None) if out.st_size == 0 else None


def _chat(directory: Path, knowledge: KnowledgeBase, settings: Settings, *, journalled: bool) -> None:
    """The terminal chat, which puts edits to `directory` in service as `run` does; `journalled`, it records its
    questions in the journal `run` keeps, pruned as `run` does."""
    from bot.journal.store import Journal
    from bot.service import KnowledgeService
    from bot.terminal import chat, reloaded

    journal = Journal.open(settings.data_dir, settings.retention_days) if journalled else None
    if journal is not None:
        journal.prune()
        print(wording.TERMINAL_JOURNAL.format(path=journal.path))
    service = KnowledgeService(directory, journal, knowledge)
    reloads = logging.getLogger(KnowledgeService.__module__)  # its lines would repeat what the chat says of a reload
    level = reloads.level
    reloads.setLevel(logging.CRITICAL)
    try:
        chat(service.answerer, recorder=service.recorder, reload=lambda: reloaded(service))
    finally:
        reloads.setLevel(level)
        if journal is not None:
            journal.close()


def _ask(answerer: Answerer, question: str | None, as_json: bool) -> int:
    """Answers each question, and each command of the chat (/topics, 话题 …) as the chat does, but /help, which says
    what `ask` does."""
    from bot.terminal import command, render

    typed = question.encode(errors="surrogateescape").decode(errors="replace") if question is not None else None
    questions = [typed] if typed is not None else (line.strip() for line in sys.stdin)
    for text in questions:
        if not text:
            continue
        if (reply := command(answerer, text, wording.ASK_HELP)) is not None:
            shown, choices = render(reply)
            _show(text, replace(reply, text=shown, buttons=()), as_json)
            if choices:
                print(wording.ASK_CHOICES, file=sys.stderr, flush=True)
            continue
        _show(text, answerer.ask(text), as_json)
    return 0


def _show(text: str, reply: Reply, as_json: bool) -> None:
    """Prints a question or command and its reply, as readable text or one JSON object."""
    match = reply.match
    entry = match.entry if match is not None else None
    if as_json:
        record = {
            "question": text,
            "outcome": reply.outcome.value,
            "reply": reply.text,
            "answer": reply.text if reply.outcome is Outcome.ANSWERED else None,
            "id": entry.id if entry is not None else None,
            "more": [e.id for e in match.more] if match is not None else [],
            "score": match.score if match is not None else 0,
            "suggestions": [{"id": e.id, "question": e.question} for e in (match.suggestions if match else ())],
        }
        print(json.dumps(record, ensure_ascii=False), flush=True)
    else:
        labels = [b.label for row in reply.buttons for b in row] if reply.outcome is Outcome.SUGGESTED else []
        options = "".join(f"\n  - {label}" for label in labels)
        print(f"Q: {text}\nA: {reply.text}{options}\n", flush=True)


def _eval(engine: Engine, path: Path, items: list[object], *, summary: bool) -> int:
    """Scores the engine on the items read from a labelled file, once their ids are checked."""
    from bot.evaluate import evaluate, labelled, render

    try:
        questions = labelled(items, path, set(engine.knowledge.entries))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(render(evaluate(Answerer(engine), questions), misses=not summary))
    return 0
