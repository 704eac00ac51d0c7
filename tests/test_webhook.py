"""The webhook server (bot/telegram/webhook.py) on 127.0.0.1, driven by raw HTTP: requests without the secret are
refused on their headers before the body is read, bodies over the limit get 413, a malformed update gets 400 and one
log line, and no request writes an access-log line."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest
from telegram import Update
from telegram.ext import Application, ApplicationBuilder
from tornado.netutil import bind_sockets

from bot.telegram.webhook import MAX_BODY_BYTES, SECRET_HEADER, webhook_server
from tests import updates
from tests.fake_bot_api import TOKEN
from tests.helpers import ptbs_own_webhook

SECRET = "s3cr3t-token_1"
WAIT_SECONDS = 10


@dataclass
class Webhook:
    application: Application  # type: ignore[type-arg]
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"


@pytest.fixture
async def webhook() -> AsyncIterator[Webhook]:
    """The real webhook server in front of an application that is not started: accepted updates wait in its queue."""
    application = ApplicationBuilder().token(TOKEN).updater(None).build()
    server = webhook_server(application, "/hook", SECRET)
    sockets = bind_sockets(0, "127.0.0.1")
    server.add_sockets(sockets)
    try:
        yield Webhook(application, sockets[0].getsockname()[1])
    finally:
        server.stop()
        await server.close_all_connections()


async def raw_request(port: int, headers: dict[str, str], body_part: bytes, hang_up: bool = False) -> bytes:
    """Sends a POST's headers and only the first bytes of the body it declares (then, with `hang_up`, closes its
    sending side); returns the status line the server answers without waiting for the rest, once the server has hung
    up (a timeout here fails the test), or b"" when the server hung up without answering."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = "".join(f"{name}: {value}\r\n" for name, value in {"Host": "127.0.0.1", **headers}.items())
    writer.write(f"POST /hook HTTP/1.1\r\n{head}\r\n".encode() + body_part)
    await writer.drain()
    if hang_up:
        writer.write_eof()
    try:
        status = await asyncio.wait_for(reader.readline(), WAIT_SECONDS)
        with contextlib.suppress(ConnectionResetError):
            await asyncio.wait_for(reader.read(), WAIT_SECONDS)  # returns at EOF: the server hung up
        return status
    finally:
        writer.close()


@pytest.mark.parametrize("secret", [None, "wrong"])
async def test_a_request_without_the_secret_is_refused_before_its_body_is_read(
    webhook: Webhook, secret: str | None
) -> None:
    headers = {"Content-Type": "application/json", "Content-Length": str(95_000_000)}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    status = await raw_request(webhook.port, headers, b"x" * 16)
    assert status.startswith(b"HTTP/1.1 403"), status
    assert webhook.application.update_queue.empty()


async def test_ptbs_own_webhook_waits_for_the_body_before_refusing_a_wrong_secret() -> None:
    """Why the webhook server is our own, not PTB's run_webhook: PTB's reads a request's whole body before it checks
    the secret, so anyone who finds the URL can make it buffer up to 100 MB a request (defect 7). Here the body
    never comes: PTB's server sends no 403 at all, only hangs up at the end of the stream; ours (above) refuses on
    the headers."""
    async with ptbs_own_webhook(SECRET) as api:
        headers = {"Content-Type": "application/json", "Content-Length": "95000000", SECRET_HEADER: "wrong"}
        status = await raw_request(api.webhook_port, headers, b"x" * 16, hang_up=True)
    assert status == b""


async def test_ptbs_own_run_webhook_registers_before_its_port_is_open() -> None:
    """Also why: PTB's Updater calls setWebhook (its bootstrap) before its server listens; ours opens the port
    first (tests/test_faults.py)."""
    async with ptbs_own_webhook(SECRET) as api:
        pass
    assert api.webhook_port_open == [False]


async def test_a_declared_body_over_the_limit_gets_413_before_it_is_read(webhook: Webhook) -> None:
    headers = {SECRET_HEADER: SECRET, "Content-Length": str(MAX_BODY_BYTES + 1)}
    status = await raw_request(webhook.port, headers, b"{")
    assert status.startswith(b"HTTP/1.1 413"), status


async def test_a_chunked_body_over_the_limit_gets_413(webhook: Webhook) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(2 * MAX_BODY_BYTES // 65_536 + 1):
            yield b" " * 65_536

    async with httpx.AsyncClient(timeout=WAIT_SECONDS) as client:
        response = await client.post(webhook.url, content=chunks(), headers={SECRET_HEADER: SECRET})
    assert response.status_code == 413
    assert webhook.application.update_queue.empty()


@pytest.mark.parametrize(
    "body",
    [
        {"update_id": 1, "message": "社工工资多少"},  # a message that is not an object: AttributeError inside PTB
        {"update_id": 1, "message": {"message_id": 1, "date": "today", "chat": {"id": 1, "type": "private"}}},
        {"update_id": "one"},
        ["not", "an", "object"],
    ],
)
async def test_a_wrongly_typed_update_gets_400_and_one_log_line(
    webhook: Webhook, body: object, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with httpx.AsyncClient(timeout=WAIT_SECONDS) as client:
        response = await client.post(webhook.url, content=json.dumps(body), headers={SECRET_HEADER: SECRET})
    assert response.status_code == 400
    assert webhook.application.update_queue.empty()
    server_side = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore", "asyncio"))]
    assert [(r.name, r.levelname, r.exc_info) for r in server_side] == [("bot.telegram.webhook", "WARNING", None)]
    assert "not a valid update" in caplog.text
    assert "社工" not in caplog.text and "today" not in caplog.text  # nothing of the content


async def test_an_accepted_update_is_queued_and_writes_no_access_log(
    webhook: Webhook, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    update = updates.message("社工工资多少", updates.private_chat(81_000))
    async with httpx.AsyncClient(timeout=WAIT_SECONDS) as client:
        responses = [
            await client.post(webhook.url, content=json.dumps(update), headers={SECRET_HEADER: SECRET})
            for _ in range(3)
        ]
        refused = await client.post(webhook.url, content=json.dumps(update))
    assert [r.status_code for r in responses] == [200, 200, 200] and refused.status_code == 403
    queued = await asyncio.wait_for(webhook.application.update_queue.get(), WAIT_SECONDS)
    assert isinstance(queued, Update) and queued.message is not None and queued.message.text == "社工工资多少"
    assert not [r for r in caplog.records if r.name.startswith("tornado")], caplog.text


async def test_refused_requests_with_small_bodies_always_get_their_403(webhook: Webhook) -> None:
    """Closing a connection with unread bytes resets it, and the 403 can be lost: a small refused body is drained."""
    update = json.dumps({"update_id": 1}).encode() * 200
    async with httpx.AsyncClient(timeout=WAIT_SECONDS) as client:
        statuses = [(await client.post(webhook.url, content=update)).status_code for _ in range(40)]
    assert statuses == [403] * 40
    assert webhook.application.update_queue.empty()


async def test_a_refusal_says_the_connection_closes_so_a_client_does_not_reuse_it(webhook: Webhook) -> None:
    """The server hangs up after a refusal; without `Connection: close` a client's next request on that connection
    can meet the hang-up (httpx.ReadError)."""
    async with httpx.AsyncClient(timeout=WAIT_SECONDS) as client:
        refused = await client.get(webhook.url)  # no secret, no body
        assert refused.status_code == 403 and refused.headers["Connection"] == "close"
        statuses = [(await client.post(webhook.url, content=b"{}")).status_code for _ in range(20)]
    assert statuses == [403] * 20
