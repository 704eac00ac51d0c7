"""The Telegram application: built from settings and a knowledge service, served by long polling or a webhook."""

from __future__ import annotations

import asyncio
import errno
import logging
import re
import signal
import socket
import sys
from collections.abc import Callable
from urllib.parse import urlparse

from telegram import Bot, BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot.config import Settings, SettingsError
from bot.core.wording import COMMANDS
from bot.service import KnowledgeService
from bot.telegram.delivery import PatientRateLimiter, PerChatOrder
from bot.telegram.logs import configure
from bot.telegram.throttle import Throttle
from bot.telegram.webhook import serve_webhook
from handlers import register
from handlers.context import CONTEXT_TYPES

log = logging.getLogger(__name__)
TOKEN_RE = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{20,}$")
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
SEND_RETRIES = 3  # a send that hits a flood limit (429) waits `retry_after` and tries again, this many times
# Telegram allows about 30 messages a second in all and 20 a minute per group. A leaky bucket lets its capacity
# through at once and then its rate, so capacity + rate over each window must stay within the limit, with room for
# the event loop: sends the bucket lets through while answers keep the loop busy go out together after it (2 at once
# + 20 a second met 31 in one second in make bench's 200 users), so 1 at once + about 17 a second; 5 at once + 15 a
# minute stays at 20 in any minute.
SEND_ATTEMPTS = 5  # a send failing on the way (5xx, timeout) is tried this many times in all, with back-off
FIRST_RETRY_SECONDS = 0.5
MAX_CONCURRENT_UPDATES = 256
RATE_LIMITS = {"overall_max_rate": 1, "overall_time_period": 0.06, "group_max_rate": 5, "group_time_period": 20}


def check(settings: Settings) -> None:
    """Raises SettingsError, in one line, for a missing or malformed token or webhook setting."""
    if not settings.token:
        raise SettingsError("TELEGRAM_BOT_TOKEN is not set; get one from @BotFather and put it in .env")
    if not TOKEN_RE.match(settings.token):
        raise SettingsError("TELEGRAM_BOT_TOKEN is malformed; it looks like 123456789:ABC-def... (from @BotFather)")
    if settings.webhook_url:
        if urlparse(settings.webhook_url).scheme != "https":
            raise SettingsError("WEBHOOK_URL must be an https:// URL")
        if not SECRET_RE.match(settings.webhook_secret):
            raise SettingsError("WEBHOOK_URL needs WEBHOOK_SECRET: 1-256 characters of A-Z a-z 0-9 _ -")


async def _register_commands(application: Application) -> None:  # type: ignore[type-arg]
    """Registers the command menu (in Chinese) with Telegram."""
    await application.bot.set_my_commands([BotCommand(name, description) for name, description in COMMANDS])


def build_application(settings: Settings, service: KnowledgeService, request: BaseRequest | None = None) -> Application:  # type: ignore[type-arg]
    """The application with every handler registered; `request` replaces the HTTP client (tests)."""
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .rate_limiter(PatientRateLimiter(SEND_ATTEMPTS, FIRST_RETRY_SECONDS, max_retries=SEND_RETRIES, **RATE_LIMITS))
        .concurrent_updates(PerChatOrder(MAX_CONCURRENT_UPDATES))
        .post_init(_register_commands)
        .context_types(CONTEXT_TYPES)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    application = builder.build()
    register(application, service, settings.admin_ids, Throttle(settings.questions_per_minute), settings.reload_seconds)
    return application


async def wait_for_bot_api(settings: Settings, longest_wait: float = 30.0) -> None:
    """Returns once the Bot API answers `getMe`, retrying with back-off and logging once per outage; raises
    InvalidToken at once if Telegram rejects the token.

    Kept beside PTB's `bootstrap_retries` (which run_polling also gets): PTB's start-up retry loop logs an outage only
    at DEBUG (`test_faults.py -k down_at_start_up` waits for the WARNING line) and a rejected token with a traceback
    (`-k token_never` wants one line), and the token must be known good before the journal is created."""
    delay, outage = 1.0, False
    while True:
        try:
            async with Bot(settings.token, base_url=settings.api_base_url):  # entering calls getMe
                break
        except NetworkError as error:
            if not outage:
                log.warning("the Bot API cannot be reached (%s); retrying with back-off", type(error).__name__)
            outage = True
            await asyncio.sleep(delay)
            delay = min(delay * 2, longest_wait)
    if outage:
        log.warning("the Bot API is reachable again")


def _stop_waiting(signum: int, frame: object) -> None:
    raise SystemExit(0)


def _port_problem(settings: Settings, error: OSError) -> str:
    """One line naming the setting an OSError from opening the webhook's port comes from, and what to do."""
    where = f"{settings.listen}:{settings.port}"
    if isinstance(error, socket.gaierror) or error.errno == errno.EADDRNOTAVAIL:
        return f"LISTEN {settings.listen!r} is not an address of this machine; set LISTEN to e.g. 127.0.0.1 or 0.0.0.0"
    if error.errno == errno.EADDRINUSE:
        return f"PORT {settings.port} is already in use on {settings.listen}; stop what uses it or choose another PORT"
    if error.errno == errno.EACCES:
        return f"PORT {settings.port} on {settings.listen} needs more privileges; set PORT above 1023"
    return f"cannot listen on {where} (LISTEN, PORT): {error.strerror or error}"


def check_port(settings: Settings) -> None:
    """Raises SettingsError, in one line, when the webhook's LISTEN address and PORT cannot be opened: checked before
    the webhook is registered with Telegram, so Telegram is never sent to a port the bot cannot open."""
    try:
        addresses = socket.getaddrinfo(settings.listen, settings.port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        for family, kind, protocol, _, address in addresses:
            with socket.socket(family, kind, protocol) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as tornado binds it
                probe.bind(address)
    except OSError as error:
        raise SettingsError(_port_problem(settings, error)) from None


def serve(settings: Settings, open_service: Callable[[], KnowledgeService]) -> int:
    """Serves Telegram until SIGINT or SIGTERM; returns the exit status. The settings and the token are checked
    before `open_service` opens the journal, so a bot that cannot start leaves nothing behind."""
    try:
        check(settings)
        if settings.webhook_url:
            check_port(settings)
    except SettingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    configure(settings.log_level, [settings.token, settings.webhook_secret])
    try:
        signal.signal(signal.SIGTERM, _stop_waiting)  # until the application installs its own handlers
        asyncio.run(wait_for_bot_api(settings))
        application = build_application(settings, open_service())
        if settings.webhook_url:
            asyncio.run(serve_webhook(application, settings))
        else:
            log.info("serving by long polling")
            application.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1)
    except InvalidToken:
        print("error: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather", file=sys.stderr)
        return 2
    except OSError as error:  # the port was taken between the check and the server opening it
        print(f"error: {_port_problem(settings, error)}", file=sys.stderr)
        return 2
    except TelegramError as error:  # network errors are retried; this is Telegram refusing a request (setWebhook)
        print(
            f"error: Telegram refused WEBHOOK_URL ({error.message}); set WEBHOOK_URL to a public https:// URL "
            "that reaches this bot, on port 443, 80, 88 or 8443",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        pass
    return 0
