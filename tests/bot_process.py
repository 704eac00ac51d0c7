"""The bot's real entry point, `python -m bot run`, as a subprocess polling a fake Bot API server."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.config import PROJECT_DIR
from tests.fake_bot_api import TOKEN, FakeBotApi, FakeBotApiServer

WAIT_SECONDS = 30


def bot_environment(base_url: str, data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a bot that talks to `base_url` with the fake's token, keeps its journal in `data_dir`
    (the test's tmp_path, which pytest cleans up), and takes nothing from `.env`."""
    return {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": base_url,
        "WEBHOOK_URL": "",
        "WEBHOOK_SECRET": "",
        "KNOWLEDGE_DIR": "",
        "LOG_LEVEL": "INFO",
        "ADMIN_IDS": "",
        "PORT": "",
        "DATA_DIR": str(data_dir),
        **extra,
    }


async def start_bot(base_url: str, data_dir: Path, **extra: str) -> asyncio.subprocess.Process:
    """`python -m bot run` with its output captured."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=PROJECT_DIR,
        env=bot_environment(base_url, data_dir, **extra),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (yet)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@asynccontextmanager
async def running_bot(api: FakeBotApi, data_dir: Path) -> AsyncIterator[asyncio.subprocess.Process]:
    """The fake server and the bot polling it; the bot gets SIGTERM on exit if it is still running."""
    server = FakeBotApiServer(api)
    server.start()
    process = await start_bot(server.base_url, data_dir)
    try:
        yield process
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.communicate(), timeout=WAIT_SECONDS)
        await server.stop()


class Output:
    """What a process writes to stderr, read line by line as it comes, so a test can wait for a line."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        assert process.stderr is not None
        self.lines: list[str] = []
        self._reading = asyncio.create_task(self._read(process.stderr))

    async def _read(self, stream: asyncio.StreamReader) -> None:
        async for line in stream:
            self.lines.append(line.decode())

    def count(self, text: str) -> int:
        """How many lines so far contain `text`."""
        return sum(text in line for line in self.lines)

    async def text(self) -> str:
        """Everything written, once the process has closed its stderr."""
        await asyncio.wait_for(self._reading, timeout=WAIT_SECONDS)
        return "".join(self.lines)
