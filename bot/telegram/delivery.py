"""Getting replies to Telegram through trouble: flood limits, failing sends, and the order of each chat's replies."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter, BaseUpdateProcessor

log = logging.getLogger(__name__)
UNLIMITED = 2**31 - 1  # PTB's own limit on updates handled at once, when a processor counts its slots itself


class PatientRateLimiter(AIORateLimiter):
    """PTB's limiter (queues bursts, honours 429 `retry_after`), which also retries a request that failed on the
    way (a 5xx from the Bot API, a timeout, a dropped connection) with exponential back-off.

    A request Telegram rejected as malformed (400) is not retried. A timeout after Telegram had already accepted a
    message cannot be told apart from one before: the message is then sent again rather than lost.
    """

    def __init__(self, attempts: int, first_delay: float, **limits: Any) -> None:
        super().__init__(**limits)
        self.attempts = attempts
        self.first_delay = first_delay

    async def process_request(
        self,
        callback: Any,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        delay = self.first_delay
        for attempt in range(1, self.attempts + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as error:
                if attempt == self.attempts:
                    raise
                log.warning(
                    "%s failed (%s), attempt %d of %d; retrying in %.1f s",
                    endpoint,
                    type(error).__name__,
                    attempt,
                    self.attempts,
                    delay,
                )
                await asyncio.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover


class PerChatOrder(BaseUpdateProcessor):
    """Handles the updates of one chat one after another, in the order they came; up to `max_concurrent_updates`
    chats at once.

    An update waits for its chat's turn before it takes a slot, so a chat with many updates queued never holds slots
    that other chats' updates could use (tests/test_lifecycle.py). PTB's `process_update` takes its semaphore before
    the processor sees the update (and is final), so PTB's own limit is set out of the way and the slots are counted
    here, after the chat's lock. PTB's own processors have no per-chat order; `test_reliability.py -k 429` shows
    the order this keeps.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(UNLIMITED)
        self._slots = asyncio.BoundedSemaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: Counter[int] = Counter()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = getattr(update, "effective_chat", None)
        if chat is None:
            async with self._slots:
                await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._users[chat.id] += 1
        try:
            async with lock, self._slots:  # the chat's turn first, then a slot
                await coroutine
        finally:
            self._users[chat.id] -= 1
            if not self._users[chat.id]:
                del self._users[chat.id], self._locks[chat.id]

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
