"""The reply model: what the bot says, as plain text and abstract buttons, which front ends only render."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from bot.core.match import Match
from bot.core.text import to_traditional


class Action(Enum):
    """What pressing a button asks for."""

    ENTRY = "e"  # show an entry's answer
    TOPIC = "t"  # list a topic's questions (value: category id, page)
    TOPICS = "T"  # list all topics
    NONE_OF_THESE = "n"  # none of the suggestions fit
    HELPFUL = "y"  # feedback on an entry
    UNHELPFUL = "x"
    CHECK = "c"  # a step of the eligibility self-check (value: the flow state the choice leads to)


@dataclass(frozen=True, slots=True)
class Button:
    """A button: its label and what it asks for."""

    label: str
    action: Action
    value: str = ""
    origin: int | None = None  # the journal id of the question a suggestion answers


class Outcome(Enum):
    """How a question was handled, for the front ends and the maintainers' records."""

    ANSWERED = "answered"
    SUGGESTED = "suggested"
    DECLINED = "declined"
    INFO = "info"  # not a question: a command, a topic list


@dataclass(frozen=True, slots=True)
class Reply:
    """Text to send and rows of buttons under it."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    outcome: Outcome = Outcome.INFO
    match: Match | None = None
    traditional: bool = False  # written in Traditional characters (so are the replies to its buttons)
    read_as: str | None = None  # the question as read, when an entry answered it: what a follow-up continues
    year_missing: str | None = None  # the year asked that none of the answer's figures is from, said before them


@dataclass(frozen=True, slots=True)
class InlineCard:
    """One result offered in inline mode: a question, the start of its answer, and the message it sends."""

    entry_id: str
    title: str
    description: str
    reply: Reply


def to_traditional_reply(reply: Reply) -> Reply:
    """The reply with its text and button labels in Traditional characters; every other field is kept."""
    rows = tuple(tuple(replace(b, label=to_traditional(b.label)) for b in row) for row in reply.buttons)
    return replace(reply, text=to_traditional(reply.text), buttons=rows, traditional=True)
