"""Per-user question limits: past the limit, one "slow down" reply, then silence for a while; others unaffected."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable
from enum import Enum


class Verdict(Enum):
    """What to do with a user's question."""

    ALLOW = "allow"
    WARN = "warn"  # the first question past the limit: say "slow down" once
    IGNORE = "ignore"  # while quiet: say nothing


class Throttle:
    """At most `limit` questions per user in any `window` seconds; a user past it is ignored for `quiet` seconds.

    Memory stays bounded: users with nothing in the window are dropped as others arrive.
    """

    def __init__(
        self, limit: int, window: float = 60.0, quiet: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window, self.quiet = limit, window, quiet
        self._clock = clock
        self._asked: dict[Hashable, deque[float]] = {}
        self._quiet_until: dict[Hashable, float] = {}

    def check(self, user: Hashable) -> Verdict:
        """Counts a question from `user` and says whether to answer it."""
        now = self._clock()
        if self._quiet_until.get(user, 0.0) > now:
            return Verdict.IGNORE
        self._quiet_until.pop(user, None)
        asked = self._asked.setdefault(user, deque())
        while asked and now - asked[0] >= self.window:
            asked.popleft()
        asked.append(now)
        if len(self._asked) > 4 * self.limit * 1000:
            self._forget_idle(now)
        if len(asked) > self.limit:
            asked.clear()
            self._quiet_until[user] = now + self.quiet
            return Verdict.WARN
        return Verdict.ALLOW

    def _forget_idle(self, now: float) -> None:
        for user in [u for u, times in self._asked.items() if not times or now - times[-1] >= self.window]:
            del self._asked[user]
