"""`make bench`: the engine against the naive rapidfuzz scan on synthetic knowledge bases, start-up time, and an
end-to-end load of 200 users asking at once through the fake Bot API.

Each measurement of the engine and the baseline runs in a fresh subprocess, so peak memory (max RSS) is its own.
Times are wall-clock and noisy on shared machines: compare the ratios within one run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType

import yaml

from bot.config import DEFAULT_KNOWLEDGE_DIR, PROJECT_DIR
from bot.core.knowledge import Category, Entry, KnowledgeBase
from bot.core.loader import load_knowledge

SIZES = (100, 1_000, 10_000)
PHRASINGS_PER_ENTRY = 10
WARM_UP = 100
QUESTIONS = Path(__file__).parent / "data" / "questions.yaml"
# Names that make each synthetic entry distinct, the way real entries differ by place or level (2 characters each).
NAME_CHARS = (
    "东南西北中上下前后左右春夏秋冬金木水火土山川河湖海江林森花草云雨风雪星月日天青红白黑黄绿蓝紫"
    "兰竹松梅桃李杏柳石玉珠宝光明安宁和平康乐福寿喜庆吉祥如意长久永恒新华美丽清秀文武忠义仁礼智信勇"
)


def synthetic(knowledge: KnowledgeBase, size: int) -> KnowledgeBase:
    """`size` entries of ten phrasings each, made from the real ones and told apart by a two-character name."""
    real = list(knowledge.entries.values())
    entries: dict[str, Entry] = {}
    for number in range(size):
        base = real[number % len(real)]
        name = NAME_CHARS[number // len(NAME_CHARS) % len(NAME_CHARS)] + NAME_CHARS[number % len(NAME_CHARS)]
        phrasings = [f"{name}{p}" for p in base.all_phrasings]
        phrasings = (phrasings * PHRASINGS_PER_ENTRY)[: PHRASINGS_PER_ENTRY + 1]
        entry_id = f"e{number}"
        entries[entry_id] = Entry(
            entry_id,
            "synthetic",
            phrasings[0],
            tuple(phrasings[1:]),
            base.answer,
            base.citations,
            (),
            base.keywords,
        )
    category = Category("synthetic", "synthetic", 1, tuple(entries))
    return KnowledgeBase((category,), MappingProxyType(entries), knowledge.sources, knowledge.vocabulary, 1)


def questions(size: int, count: int) -> list[str]:
    """The labelled questions, each also asked with one of the synthetic names, `count` in all."""
    labelled = [item["question"] for item in yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))]
    named = [NAME_CHARS[n % len(NAME_CHARS)] * 2 + q for n, q in enumerate(labelled)]
    asked = labelled + named
    return (asked * (count // len(asked) + 1))[:count]


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def build(kind: str, knowledge: KnowledgeBase) -> Callable[[str], object]:
    """The matcher of one kind, ready to ask."""
    if kind == "engine":
        from bot.core.engine import Engine

        return Engine(knowledge).match
    from rapidfuzz import fuzz, process

    phrasings = [p for e in knowledge.entries.values() for p in e.all_phrasings]
    return lambda question: process.extractOne(question, phrasings, scorer=fuzz.WRatio)


def measure(kind: str, size: int, count: int, passes: int) -> dict[str, float]:
    """One size, one matcher, inside its own process: the median over `passes` builds and passes over the
    questions (the machines are noisy), and the process's peak memory."""
    knowledge = synthetic(load_knowledge(DEFAULT_KNOWLEDGE_DIR), size)
    asked = questions(size, count)
    builds, p50s, p99s = [], [], []
    for _ in range(passes):
        started = time.perf_counter()
        ask = build(kind, knowledge)
        builds.append(time.perf_counter() - started)
        for question in asked[:WARM_UP]:  # a running bot has answered questions before: warm its caches
            ask(question)
        times = []
        for question in asked:
            begin = time.perf_counter()
            ask(question)
            times.append(time.perf_counter() - begin)
        p50s.append(percentile(times, 0.5))
        p99s.append(percentile(times, 0.99))
        del ask
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "build_s": statistics.median(builds),
        "p50_ms": statistics.median(p50s) * 1000,
        "p99_ms": statistics.median(p99s) * 1000,
        "peak_mb": peak_mb,
    }


def in_subprocess(kind: str, size: int, count: int, passes: int) -> dict[str, float]:
    command = [sys.executable, "-m", "tests.bench", "--one", kind, str(size), str(count), str(passes)]
    output = subprocess.run(command, cwd=PROJECT_DIR, capture_output=True, text=True, check=True).stdout
    result: dict[str, float] = json.loads(output)
    return result


def storage(count: int) -> dict[str, float]:
    """Per answered question: the time to answer it, and the time its journal record adds (SQLite, WAL)."""
    from bot.core.answerer import Answerer
    from bot.core.engine import Engine
    from bot.journal.recorder import Recorder
    from bot.journal.store import Asker, Journal

    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(Path(folder) / "journal.sqlite3", b"k" * 32, 180)
        recorder = Recorder(journal)
        answerer = Answerer(Engine(load_knowledge(DEFAULT_KNOWLEDGE_DIR)))
        asked = questions(0, count)
        answer_times, store_times = [], []
        for number, question in enumerate(asked):
            begin = time.perf_counter()
            reply = answerer.ask(question)
            middle = time.perf_counter()
            recorder.question(reply, Asker("private", number % 500), question)
            answer_times.append(middle - begin)
            store_times.append(time.perf_counter() - middle)
        journal.close()
    return {
        "answer_p50": percentile(answer_times, 0.5) * 1000,
        "answer_p99": percentile(answer_times, 0.99) * 1000,
        "store_p50": percentile(store_times, 0.5) * 1000,
        "store_p99": percentile(store_times, 0.99) * 1000,
    }


def startup_seconds() -> float:
    """Wall time of `python -m bot ask QUESTION`, from process start to its answer."""
    begin = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "社工工资多少"],
        cwd=PROJECT_DIR,
        capture_output=True,
        check=True,
        env={**os.environ, "TELEGRAM_BOT_TOKEN": ""},
    )
    return time.perf_counter() - begin


async def load_test(users: int) -> dict[str, float]:
    """`users` private chats ask at once through the fake Bot API; the real bot process answers."""
    from tests.bot_process import running_bot
    from tests.fake_bot_api import FakeBotApi
    from tests.updates import message, private_chat

    api = FakeBotApi()
    asked = questions(0, users)
    for number in range(users):
        api.push(message(asked[number % len(asked)], private_chat(10_000 + number)))
    with tempfile.TemporaryDirectory(prefix="shegong-bench-") as data_dir:
        async with running_bot(api, Path(data_dir)) as process:
            begin = time.monotonic()
            while (
                len({c.params["chat_id"] for c in api.sent("sendMessage")}) < users and time.monotonic() - begin < 120
            ):
                await asyncio.sleep(0.02)
            stamps = api.sent_at("sendMessage")
            process.send_signal(signal.SIGTERM)
            await process.wait()
    answered = len({c.params["chat_id"] for c in api.sent("sendMessage")})
    elapsed = (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0.0
    return {
        "users": users,
        "answered": answered,
        "messages": len(stamps),
        "elapsed_s": elapsed,
        "rate_per_s": (len(stamps) - 1) / elapsed if elapsed else 0.0,
        "flood_breaches": api.flood_breaches,
        "max_in_any_second": api.max_per_second("sendMessage"),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--one", nargs=4, metavar=("KIND", "SIZE", "COUNT", "PASSES"), help=argparse.SUPPRESS)
    parser.add_argument("--questions", type=int, default=1000, help="questions per size for the engine")
    parser.add_argument("--baseline-questions", type=int, default=200, help="questions per size for the baseline")
    parser.add_argument("--passes", type=int, default=5, help="builds and passes per measurement (median taken)")
    args = parser.parse_args()
    if args.one:
        kind, size, count, passes = args.one
        print(json.dumps(measure(kind, int(size), int(count), int(passes))))
        return
    print("Answer engine vs naive rapidfuzz.process.extractOne(question, all_phrasings, scorer=fuzz.WRatio)")
    print(
        f"{PHRASINGS_PER_ENTRY + 1} phrasings per synthetic entry; times per question, median of {args.passes} builds"
        " and passes for the engine; peak = max RSS of the process"
    )
    header = (
        f"{'entries':>8} {'matcher':>9} {'build s':>8} {'p50 ms':>8} {'p99 ms':>8} {'peak MB':>8} {'p50 speed-up':>13}"
        f" {'p99 speed-up':>13}"
    )
    print(header)
    for size in SIZES:
        engine = in_subprocess("engine", size, args.questions, args.passes)
        baseline = in_subprocess("baseline", size, args.baseline_questions, 1)
        for kind, row in (("engine", engine), ("baseline", baseline)):
            ratio = ""
            if kind == "engine":
                ratio = (
                    f"{baseline['p50_ms'] / engine['p50_ms']:>12.1f}x {baseline['p99_ms'] / engine['p99_ms']:>12.1f}x"
                )
            print(
                f"{size:>8} {kind:>9} {row['build_s']:>8.2f} {row['p50_ms']:>8.3f} {row['p99_ms']:>8.3f}"
                f" {row['peak_mb']:>8.0f} {ratio}"
            )
    print(f"\nstart-up: `python -m bot ask QUESTION` answered in {startup_seconds():.2f} s (whole process)")
    stored = storage(3000)
    print(
        f"\nstorage: recording a question in the journal takes p50 {stored['store_p50']:.3f} ms, "
        f"p99 {stored['store_p99']:.3f} ms; answering it takes p50 {stored['answer_p50']:.3f} ms, "
        f"p99 {stored['answer_p99']:.3f} ms (real knowledge base, 3,000 questions)"
    )
    load = asyncio.run(load_test(200))
    print(f"\nend to end: {load['users']} users asking at once through the fake Bot API")
    print(
        f"  answered {load['answered']}/{load['users']}, {load['messages']} messages in {load['elapsed_s']:.1f} s"
        f" = {load['rate_per_s']:.1f} messages/s (Telegram's ceiling: 30/s); at most {load['max_in_any_second']}"
        f" in any one second; flood-limit breaches (429s): {load['flood_breaches']}"
    )


if __name__ == "__main__":
    main()
