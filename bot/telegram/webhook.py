"""Webhook mode: a small web server that takes Telegram's POSTs and hands each update to the application.

Every request must carry WEBHOOK_SECRET in Telegram's header (compared in constant time) or gets 403, judged on the
headers before any of the body is read (a small body is then read and dropped, so the 403 arrives); a body over
MAX_BODY_BYTES gets 413 and is not kept; a body that is not a JSON update (broken JSON, a field of the wrong type)
gets 400 and one log line. Nothing of a request's content is logged, and there is no per-request access log.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from typing import Any
from urllib.parse import urlparse

from telegram import Update
from telegram.ext import Application
from tornado.httpserver import HTTPServer
from tornado.web import Application as WebApplication
from tornado.web import HTTPError, RequestHandler, stream_request_body

from bot.config import Settings

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1 << 20  # Telegram's updates are a few kilobytes; a message is at most 4096 characters
# A refused request that declares at most this much body has it read and dropped before the 403, so that the answer
# reaches the sender: closing a connection with unread bytes resets it, and the 403 may be lost on the way.
DRAIN_BYTES = 1 << 16


@stream_request_body
class UpdateHandler(RequestHandler):
    """Accepts one update per POST from Telegram. The body is streamed, so a request is judged on its headers (the
    secret, the declared length) before any of its body is read, and no more than MAX_BODY_BYTES of it is kept."""

    def initialize(self, bot_application: Application, secret: str) -> None:  # type: ignore[type-arg]
        self.bot_application = bot_application
        self.secret = secret
        self.chunks: list[bytes] = []
        self.size = 0
        self.refused = False  # without the secret: the small body is read and dropped, then 403

    def prepare(self) -> None:
        """Runs once the headers are in: 403 without the secret, 413 for a declared length over the limit; either
        closes the connection without reading the body, except that a refused small body is read and dropped first."""
        sent = self.request.headers.get(SECRET_HEADER, "")
        declared = self.request.headers.get("Content-Length")  # a chunked body declares none
        length = int(declared) if declared is not None and declared.isdigit() else None
        if not hmac.compare_digest(sent.encode(), self.secret.encode()):
            if length is None or length > DRAIN_BYTES:
                raise HTTPError(403)
            self.refused = True
            return
        if declared is not None and length is None:
            raise HTTPError(400)
        if length is not None and length > MAX_BODY_BYTES:
            raise HTTPError(413)

    def data_received(self, chunk: bytes) -> None:
        """Keeps the body up to the limit (a chunked body declares no length); past it, keeps nothing."""
        self.size += len(chunk)
        if self.size <= MAX_BODY_BYTES and not self.refused:
            self.chunks.append(chunk)
        else:
            self.chunks.clear()

    async def post(self) -> None:
        """Parses the update and queues it; answers 200 at once."""
        if self.refused:
            raise HTTPError(403)
        if self.size > MAX_BODY_BYTES:
            raise HTTPError(413)
        try:
            data = json.loads(b"".join(self.chunks))
            if not isinstance(data, dict) or type(data.get("update_id")) is not int:
                raise TypeError("not a JSON object with an integer update_id")
            update = Update.de_json(data, self.bot_application.bot)
        except Exception as error:  # whatever a malformed update raises inside PTB, it is the sender's fault
            log.warning("webhook request rejected with 400: not a valid update (%s)", type(error).__name__)
            raise HTTPError(400) from None
        await self.bot_application.update_queue.put(update)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """The error page, saying that the connection closes after it (the server closes it after a refusal), so that
        a client does not send its next request on a connection that is going away."""
        self.set_header("Connection", "close")
        super().write_error(status_code, **kwargs)

    def log_exception(self, typ: Any, value: Any, tb: Any) -> None:
        """Rejected requests are expected traffic, not errors worth a traceback."""
        if not isinstance(value, HTTPError):
            super().log_exception(typ, value, tb)


def _no_access_log(handler: RequestHandler) -> None:
    """Tornado logs every request by default; the webhook logs only what is wrong (see UpdateHandler)."""


def webhook_server(application: Application, path: str, secret: str) -> HTTPServer:  # type: ignore[type-arg]
    """The web server that takes Telegram's POSTs to `path` (not listening yet)."""
    routes = [(path, UpdateHandler, {"bot_application": application, "secret": secret})]
    return HTTPServer(WebApplication(routes, log_function=_no_access_log), xheaders=True)


async def serve_webhook(application: Application, settings: Settings) -> None:  # type: ignore[type-arg]
    """Runs the application behind the webhook server until SIGINT or SIGTERM, then shuts down cleanly."""
    path = "/" + urlparse(settings.webhook_url).path.lstrip("/")
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stopping.set)
    async with application:
        if application.post_init:
            await application.post_init(application)
        server = webhook_server(application, path, settings.webhook_secret)
        server.listen(settings.port, settings.listen)  # open before Telegram is told to post here
        await application.bot.set_webhook(
            settings.webhook_url, secret_token=settings.webhook_secret, allowed_updates=Update.ALL_TYPES
        )
        log.info("serving by webhook on %s:%d%s", settings.listen, settings.port, path)
        await application.start()
        await stopping.wait()
        server.stop()
        await application.stop()
