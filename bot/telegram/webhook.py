"""Webhook mode: a small web server that takes Telegram's POSTs and hands each update to the application.

Every request must carry WEBHOOK_SECRET in Telegram's header (compared in constant time) or gets 403; a body that is
not a JSON update gets 400. Nothing of a request's content is logged.
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
from tornado.web import HTTPError, RequestHandler

from bot.config import Settings

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class UpdateHandler(RequestHandler):
    """Accepts one update per POST from Telegram."""

    def initialize(self, bot_application: Application, secret: str) -> None:  # type: ignore[type-arg]
        self.bot_application = bot_application
        self.secret = secret

    async def post(self) -> None:
        """Checks the secret, parses the update, queues it; answers 200 at once."""
        sent = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(sent.encode(), self.secret.encode()):
            raise HTTPError(403)
        try:
            data = json.loads(self.request.body)
            update = Update.de_json(data, self.bot_application.bot) if isinstance(data, dict) else None
        except (ValueError, KeyError, TypeError):
            update = None
        if update is None:
            raise HTTPError(400)
        await self.bot_application.update_queue.put(update)

    def log_exception(self, typ: Any, value: Any, tb: Any) -> None:
        """Rejected requests are expected traffic, not errors worth a traceback."""
        if not isinstance(value, HTTPError):
            super().log_exception(typ, value, tb)


async def serve_webhook(application: Application, settings: Settings) -> None:  # type: ignore[type-arg]
    """Runs the application behind the webhook server until SIGINT or SIGTERM, then shuts down cleanly."""
    path = "/" + urlparse(settings.webhook_url).path.lstrip("/")
    web = WebApplication([(path, UpdateHandler, {"bot_application": application, "secret": settings.webhook_secret})])
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stopping.set)
    async with application:
        if application.post_init:
            await application.post_init(application)
        await application.bot.set_webhook(
            settings.webhook_url, secret_token=settings.webhook_secret, allowed_updates=Update.ALL_TYPES
        )
        server = HTTPServer(web, xheaders=True)
        server.listen(settings.port, settings.listen)
        log.info("serving by webhook on %s:%d%s", settings.listen, settings.port, path)
        await application.start()
        await stopping.wait()
        server.stop()
        await application.stop()
