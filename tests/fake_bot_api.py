"""A fake Telegram Bot API: records every request the bot makes and answers like Telegram would.

Two ways in: `RecordingRequest` plugs straight into the bot as its HTTP client (handler tests), and
`FakeBotApiServer` serves the same fake over HTTP on 127.0.0.1 for the real application to poll (end to end).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData
from tornado.httpserver import HTTPServer
from tornado.log import access_log
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

BOT_ID = 5000001
BOT_USERNAME = "shegong_faq_bot"
TOKEN = "5000001:TEST-token-for-the-fake-bot-api-server"
BOT_USER = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "社工问答助手",
    "username": BOT_USERNAME,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
SENDING = {"sendMessage", "editMessageText"}
FLOOD_PER_SECOND = 30


@dataclass(frozen=True)
class Call:
    """One request the bot made: the Bot API method and its parameters."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic, compare=False)
    delivered: bool = True  # False when the fake refused it (429, 5xx)

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def buttons(self) -> list[list[tuple[str, str]]]:
        """The inline keyboard as rows of (label, callback data)."""
        markup = self.params.get("reply_markup") or {}
        return [[(b["text"], b.get("callback_data", "")) for b in row] for row in markup.get("inline_keyboard", [])]


@dataclass
class FakeBotApi:
    """The state of the fake: updates waiting to be fetched, and every call received."""

    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    flood_breaches: int = 0
    rejections: list[int] = field(default_factory=list)  # retry_after seconds for the next sends, in order
    failures: list[int] = field(default_factory=list)  # HTTP statuses (500, 502) for the next sends, in order
    refusals: dict[str, str] = field(default_factory=dict)  # method -> the description of a 400 Telegram answers
    webhook_port: int | None = None  # when set, setWebhook notes whether 127.0.0.1:port accepts connections
    webhook_port_open: list[bool] = field(default_factory=list)  # what each setWebhook found, in order
    _sent_at: list[float] = field(default_factory=list)
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)

    def push(self, update: dict[str, Any]) -> None:
        """Queues an update for the next getUpdates."""
        self.updates.append(update)
        self._arrived.set()

    def sent(self, method: str | None = None) -> list[Call]:
        """The calls received that send to users (sendMessage, editMessageText...), or those of one method."""
        return [c for c in self.calls if (c.method == method if method else c.method in SENDING)]

    def delivered(self, method: str = "sendMessage") -> list[Call]:
        """The calls of one method that the fake accepted."""
        return [c for c in self.sent(method) if c.delivered]

    def sent_at(self, method: str) -> list[float]:
        """When each call of one method arrived (monotonic seconds)."""
        return [c.at for c in self.sent(method)]

    def max_per_second(self, method: str) -> int:
        """The most calls of one method that arrived within any one second."""
        stamps = self.sent_at(method)
        return max((sum(1 for t in stamps[i:] if t - start < 1.0) for i, start in enumerate(stamps)), default=0)

    async def get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates:
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), timeout=min(float(params.get("timeout") or 0), 0.5))
            except TimeoutError:
                return []
        return list(self.updates)

    def answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """The HTTP status and JSON body Telegram would send back (the call is recorded)."""
        if method in SENDING and self.failures:
            status = self.failures.pop(0)
            self.calls.append(Call(method, params, delivered=False))
            return status, {"ok": False, "error_code": status, "description": "Bad Gateway"}
        self.calls.append(Call(method, params))
        if method == "setWebhook" and self.webhook_port is not None:
            try:  # as Telegram would: it posts to the webhook as soon as it is set
                socket.create_connection(("127.0.0.1", self.webhook_port), timeout=5).close()
                self.webhook_port_open.append(True)
            except OSError:
                self.webhook_port_open.append(False)
        if method in self.refusals:
            self.calls[-1] = Call(method, params, delivered=False)
            return 400, {"ok": False, "error_code": 400, "description": self.refusals[method]}
        if method in SENDING and self.rejections:
            retry_after = self.rejections.pop(0)
            self.calls[-1] = Call(method, params, delivered=False)
            return 429, {
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {retry_after}",
                "parameters": {"retry_after": retry_after},
            }
        if method in SENDING:
            now = time.monotonic()
            self._sent_at = [t for t in self._sent_at if now - t < 1.0] + [now]
            if len(self._sent_at) > FLOOD_PER_SECOND:
                self.flood_breaches += 1
                self.calls[-1] = Call(method, params, delivered=False)
                return 429, {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests: retry after 1",
                    "parameters": {"retry_after": 1},
                }
        return 200, {"ok": True, "result": self._result(method, params)}

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method in SENDING:
            chat_id = int(params.get("chat_id") or 1)
            chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
            return {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": chat,
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
        return True


def _decode(value: str) -> Any:
    """A form value as Telegram reads it: JSON for objects, lists and numbers, else the text itself."""
    try:
        return json.loads(value) if value[:1] in "{[-0123456789" else value
    except ValueError:
        return value


class RecordingRequest(BaseRequest):
    """The bot's HTTP client replaced by the fake: nothing leaves the process. `timeouts` sends time out first."""

    def __init__(self, api: FakeBotApi) -> None:
        self.api = api
        self.timeouts = 0

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = json.loads(json.dumps(request_data.parameters)) if request_data else {}
        if name == "getUpdates":
            return 200, json.dumps({"ok": True, "result": await self.api.get_updates(params)}).encode()
        if name in SENDING and self.timeouts:
            self.timeouts -= 1
            self.api.calls.append(Call(name, params, delivered=False))
            raise TimedOut("the fake Bot API did not answer in time")
        status, body = self.api.answer(name, params)
        return status, json.dumps(body).encode()


class _MethodHandler(RequestHandler):
    def initialize(self, api: FakeBotApi) -> None:  # tornado's per-request set-up hook
        self.api = api

    async def post(self, token: str, method: str) -> None:
        if token != TOKEN:
            self.set_status(401)
            self.write({"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        body = self.request.body.decode()
        if self.request.headers.get("Content-Type", "").startswith("application/json"):
            params = json.loads(body or "{}")
        else:
            params = {key: _decode(value) for key, value in parse_qsl(body, keep_blank_values=True)}
        if method == "getUpdates":
            self.write({"ok": True, "result": await self.api.get_updates(params)})
            return
        status, response = self.api.answer(method, params)
        self.set_status(status)
        self.write(response)


class FakeBotApiServer:
    """The fake served over HTTP on 127.0.0.1, on a free port."""

    def __init__(self, api: FakeBotApi, port: int = 0) -> None:
        access_log.disabled = True  # the fake's own request log would drown the test output
        self.api = api
        self._sockets = bind_sockets(port, "127.0.0.1")
        self.port = self._sockets[0].getsockname()[1]
        self._server = HTTPServer(Application([(r"/bot([^/]+)/(\w+)", _MethodHandler, {"api": api})]))

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def start(self) -> None:
        self._server.add_sockets(self._sockets)

    async def stop(self) -> None:
        self._server.stop()
        await self._server.close_all_connections()
