"""Faults end to end: the real `python -m bot run` against a fake Bot API that goes away, webhook requests
without the secret or with broken JSON, and logs searched for the token."""

from __future__ import annotations

import asyncio
import itertools
import json
import signal
import socket
from pathlib import Path

import httpx
import pytest

from tests import updates
from tests.bot_process import WAIT_SECONDS, Output, free_port, start_bot
from tests.fake_bot_api import TOKEN, FakeBotApi, FakeBotApiServer
from tests.helpers import to_chat, wait_for

pytestmark = pytest.mark.e2e
OUTAGE = "the Bot API cannot be reached"
BACK = "the Bot API is reachable again"


async def stop(process: asyncio.subprocess.Process) -> str:
    process.send_signal(signal.SIGTERM)
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=WAIT_SECONDS)
    assert process.returncode == 0, stderr.decode()
    return stderr.decode()


async def test_the_bot_api_down_at_start_up_and_mid_run(tmp_path: Path) -> None:
    api = FakeBotApi()
    port = free_port()
    first, second, third = (updates.private_chat(n) for n in (71_000, 72_000, 73_000))
    api.push(updates.message("社工工资多少", first))
    process = await start_bot(f"http://127.0.0.1:{port}/bot", tmp_path)
    output = Output(process)
    await wait_for(lambda: output.count(OUTAGE) == 1)
    assert process.returncode is None  # waiting, not crashed
    server = FakeBotApiServer(api, port)
    server.start()
    await wait_for(lambda: len(to_chat(api, first["id"])) == 1)
    await server.stop()  # the Bot API goes away mid-run
    api.push(updates.message("北京有多少社工", second))
    await wait_for(lambda: output.count(OUTAGE) == 2)
    server = FakeBotApiServer(api, port)
    server.start()
    await wait_for(lambda: len(to_chat(api, second["id"])) == 1)
    api.push(updates.message("社工是什么", third))  # answered after any duplicate of the earlier ones
    await wait_for(lambda: len(to_chat(api, third["id"])) == 1)
    process.send_signal(signal.SIGTERM)
    await asyncio.wait_for(process.wait(), timeout=WAIT_SECONDS)
    stderr = await output.text()
    await server.stop()
    assert process.returncode == 0, stderr
    assert [len(to_chat(api, chat["id"])) for chat in (first, second)] == [1, 1]
    events = [line for line in stderr.splitlines() if OUTAGE in line or BACK in line]
    assert sum(OUTAGE in line for line in events) >= 2, stderr
    assert all((OUTAGE in a) != (OUTAGE in b) for a, b in itertools.pairwise(events)), stderr  # once each
    assert TOKEN not in stderr


async def test_webhook_rejects_requests_without_the_secret_and_broken_json(tmp_path: Path) -> None:
    api = FakeBotApi()
    server = FakeBotApiServer(api)
    server.start()
    port, secret = free_port(), "s3cr3t-token_1"
    process = await start_bot(
        server.base_url,
        tmp_path,
        WEBHOOK_URL="https://bot.example.org/hook",
        WEBHOOK_SECRET=secret,
        LISTEN="127.0.0.1",
        PORT=str(port),
    )
    try:
        await wait_for(lambda: bool(api.sent("setWebhook")))
        assert api.sent("setWebhook")[0].params["secret_token"] == secret
        update = json.dumps(updates.message("社工工资多少", updates.private_chat(81_000)))
        url = f"http://127.0.0.1:{port}/hook"
        async with httpx.AsyncClient(timeout=10) as client:
            for _ in range(WAIT_SECONDS * 10):  # the web server starts just after setWebhook (slower under load)
                try:
                    await client.get(url)
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.1)
            header = "X-Telegram-Bot-Api-Secret-Token"
            json_type = {"Content-Type": "application/json"}
            missing = await client.post(url, content=update, headers=json_type)
            wrong = await client.post(url, content=update, headers={**json_type, header: "wrong"})
            broken = await client.post(url, content="{not json", headers={**json_type, header: secret})
            good = await client.post(url, content=update, headers={**json_type, header: secret})
        assert [r.status_code for r in (missing, wrong, broken, good)] == [403, 403, 400, 200]
        # The rejected requests were answered (403, 400) before the good one was sent, so had any of them been
        # queued, its reply would come before the good one's.
        await wait_for(lambda: len(api.sent("sendMessage")) >= 1)
        assert len(api.sent("sendMessage")) == 1  # only the request with the secret was processed
    finally:
        stderr = await stop(process)
        await server.stop()
    assert TOKEN not in stderr and secret not in stderr


async def test_the_token_never_appears_in_the_logs_of_a_failing_run(tmp_path: Path) -> None:
    api = FakeBotApi()
    api.failures.extend([500] * 20)  # every send fails, every retry too
    server = FakeBotApiServer(api)
    server.start()
    process = await start_bot(server.base_url, tmp_path, LOG_LEVEL="DEBUG")
    log = Output(process)
    api.push(updates.message("社工工资多少", updates.private_chat(91_000)))
    api.push(updates.message("社工是什么", updates.private_chat(92_000)))
    try:
        await wait_for(lambda: log.count("error handling a message update") == 2)  # both sends gave up
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), timeout=WAIT_SECONDS)
        stderr = await log.text()
        rejected = await start_bot(
            server.base_url, tmp_path / "rejected", TELEGRAM_BOT_TOKEN="5000002:another-well-formed-token-xyz"
        )
        _, output = await asyncio.wait_for(rejected.communicate(), timeout=WAIT_SECONDS)
    finally:
        await server.stop()
    assert "error handling a message update" in stderr
    assert "sendMessage failed (NetworkError), attempt 1 of 5" in stderr
    assert TOKEN not in stderr and TOKEN.split(":")[1] not in stderr
    assert rejected.returncode == 2
    assert output.decode().strip() == "error: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather"
    assert not (tmp_path / "rejected").exists()  # the token is checked before the journal and its key are made


async def run_webhook_bot(tmp_path: Path, api: FakeBotApi, **extra: str) -> tuple[int | None, str]:
    """`python -m bot run` in webhook mode against the fake, run until it exits by itself: its status and stderr."""
    server = FakeBotApiServer(api)
    server.start()
    settings = {"WEBHOOK_URL": "https://bot.example.org/hook", "WEBHOOK_SECRET": "s3cr3t", "LISTEN": "127.0.0.1"}
    process = await start_bot(server.base_url, tmp_path / "data", **{**settings, **extra})
    try:
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=WAIT_SECONDS)
    finally:
        if process.returncode is None:  # pragma: no cover - only when the test fails
            process.kill()
            await process.wait()
        await server.stop()
    return process.returncode, stderr.decode()


def assert_one_line_error(status: int | None, stderr: str, setting: str) -> None:
    assert status not in (0, None), stderr
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and setting in lines[0], stderr


async def test_a_webhook_port_in_use_is_one_line_and_the_webhook_is_not_registered(tmp_path: Path) -> None:
    api = FakeBotApi()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        status, stderr = await run_webhook_bot(tmp_path, api, PORT=str(port))
    assert_one_line_error(status, stderr, "PORT")
    assert "already in use" in stderr
    assert api.sent("setWebhook") == []  # Telegram is never sent to a port the bot cannot open
    assert not (tmp_path / "data").exists()


async def test_a_listen_address_that_is_not_a_host_is_one_line(tmp_path: Path) -> None:
    api = FakeBotApi()
    status, stderr = await run_webhook_bot(tmp_path, api, LISTEN="not.a.host", PORT=str(free_port()))
    assert_one_line_error(status, stderr, "LISTEN")
    assert "'not.a.host'" in stderr
    assert api.sent("setWebhook") == []


async def test_telegram_refusing_the_webhook_is_one_line(tmp_path: Path) -> None:
    api = FakeBotApi()
    api.refusals["setWebhook"] = "Bad Request: bad webhook: Failed to resolve host: Name or service not known"
    status, stderr = await run_webhook_bot(tmp_path, api, PORT=str(free_port()))
    assert_one_line_error(status, stderr, "WEBHOOK_URL")
    assert "failed to resolve host" in stderr.lower()
    assert TOKEN not in stderr and "s3cr3t" not in stderr


async def test_the_webhook_is_registered_only_once_its_port_is_open(tmp_path: Path) -> None:
    api = FakeBotApi()
    api.webhook_port = free_port()
    server = FakeBotApiServer(api)
    server.start()
    process = await start_bot(
        server.base_url,
        tmp_path,
        WEBHOOK_URL="https://bot.example.org/hook",
        WEBHOOK_SECRET="s3cr3t",
        LISTEN="127.0.0.1",
        PORT=str(api.webhook_port),
    )
    try:
        await wait_for(lambda: bool(api.webhook_port_open))
    finally:
        await stop(process)
        await server.stop()
    assert api.webhook_port_open == [True]
