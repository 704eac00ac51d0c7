"""What a conversation adds to single questions: small talk, and what each chat said last (`Recent`), such as the
thread that follow-ups (那台州呢) are read in."""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

from bot.core.clauses import clauses_of
from bot.core.knowledge import SmallTalk
from bot.core.text import clean

_PARTICLES_RE = re.compile(r"[啊呀吗呢吧哈哦嘛啦咯哟喔]+$")
FUZZY_CUTOFF = 85  # a near spelling of a whole small-talk message (你好呀, thank u) still counts
FUZZY_MAX_CHARS = 8  # longer messages are questions, even when they start with a greeting


def talk_key(text: str) -> str:
    """A message as small talk is looked up: cleaned, without trailing particles unless it is nothing but them (哈哈),
    and as typed when cleaning leaves nothing (👍)."""
    cleaned = clean(text).replace(" ", "")
    return _PARTICLES_RE.sub("", cleaned) or cleaned or text.strip()


class SmallTalkReader:
    """Recognises messages that are nothing but small talk, for their one-line reply."""

    def __init__(self, smalltalk: tuple[SmallTalk, ...]) -> None:
        self._replies = {talk_key(said): item for item in smalltalk for said in item.says}

    def reply_to(self, text: str) -> SmallTalk | None:
        """The small talk a whole message is, else None; a message of several clauses is small talk when each is
        (我很累，做社工好辛苦; 好的，谢谢), and is read as the last."""
        if (talk := self._reply_to(text)) is not None or len(clauses := clauses_of(text)) < 2:
            return talk
        talks = [self._reply_to(clause) for clause in clauses]
        return talks[-1] if all(talks) else None

    def _reply_to(self, text: str) -> SmallTalk | None:
        key = talk_key(text)
        if not key or len(key) > FUZZY_MAX_CHARS:
            return self._replies.get(key) if key else None
        if key in self._replies:
            return self._replies[key]
        found = process.extractOne(key, self._replies.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self._replies[found[0]] if found else None


V = TypeVar("V")


class Recent(Generic[V]):
    """The latest value of each chat, kept in memory only, for `seconds`, for at most `size` chats."""

    def __init__(self, seconds: float = 600.0, size: int = 10_000, clock: Callable[[], float] = time.monotonic):
        self.seconds, self.size, self._clock = seconds, size, clock
        self._last: OrderedDict[Hashable, tuple[float, V]] = OrderedDict()

    def last(self, chat: Hashable) -> V | None:
        """The chat's latest value, if it is recent enough."""
        found = self._last.get(chat)
        if found is None or self._clock() - found[0] > self.seconds:
            self._last.pop(chat, None)
            return None
        return found[1]

    def keep(self, chat: Hashable, value: V) -> None:
        """Notes a chat's latest value, forgetting the oldest chat past `size`."""
        self._last[chat] = (self._clock(), value)
        self._last.move_to_end(chat)
        while len(self._last) > self.size:
            self._last.popitem(last=False)

    def forget(self, chat: Hashable) -> None:
        """Forgets a chat's value."""
        self._last.pop(chat, None)


RECENT_QUESTIONS = 5  # the answered questions a thread keeps, the last first: a follow-up may swap into an earlier one
_BETWEEN = "\x1e"  # between a thread's questions in its text (a record separator: never typed)


def thread_questions(thread: str | None) -> tuple[str | None, tuple[str, ...]]:
    """A thread's text (`Threads.last`) as its last answered question and the ones before it, the latest first."""
    if thread is None:
        return None, ()
    last, *earlier = thread.split(_BETWEEN)
    return last, tuple(earlier)


class Threads(Recent[str]):
    """The last answered questions of each chat, which follow-ups are read after: as one text (`thread_questions`
    reads it), so that a front end passes it on as it is."""

    def remember(self, chat: Hashable, question: str | None) -> None:
        """Notes a chat's answered question (`Reply.read_as`; None, when nothing was answered, keeps the thread) before
        the `RECENT_QUESTIONS` it keeps, once (真的吗 answered with the question before it)."""
        if question is None:
            return
        question = question.replace(_BETWEEN, " ")
        last, earlier = thread_questions(self.last(chat))
        kept = [] if last is None else [q for q in (last, *earlier) if q != question]
        self.keep(chat, _BETWEEN.join([question, *kept][:RECENT_QUESTIONS]))
