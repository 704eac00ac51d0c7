"""The recorder: journals what people asked and pressed, beside the answerer, which stays pure.

`question` records a finished reply and stamps the journal id on its suggestion buttons (and on the other questions
offered beside a looser answer), so that the suggestion a user picks (or 都不是) is tied to the question it answered;
`press` records picks and 👍/👎. Without a journal (it could not be opened) every call is a no-op and replies pass
through unchanged.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from bot.core.match import Match
from bot.core.replies import Action, Button, Outcome, Reply
from bot.journal.store import Asker, Journal

PICKS = (Action.ENTRY, Action.NONE_OF_THESE)
FEEDBACK = (Action.HELPFUL, Action.UNHELPFUL)
JOURNALLED = (Outcome.ANSWERED, Outcome.DECLINED, Outcome.SUGGESTED)  # the replies to a question (INFO: small talk …)
POPULAR_DAYS = 7


class Recorder:
    """Writes questions, picks and feedback to the journal, if there is one."""

    def __init__(self, journal: Journal | None) -> None:
        self.journal = journal

    def question(self, reply: Reply, asker: Asker, asked: str) -> Reply:
        """Records the question `asked` that a reply answers (an eligibility verdict too, which no entry gives; not
        small talk or a command's reply); returns the reply with the journal id on its suggestion buttons."""
        match = reply.match
        if self.journal is None or (match is None and reply.outcome not in JOURNALLED):
            return reply
        if match is None:  # a verdict, or what an answer cites: as asked, its text kept only when declined
            self.journal.question(asker, asked, reply.outcome.value, None, 0, ())
            return reply
        origin = self.journal.question(
            asker,
            match.question,  # as asked (or as a follow-up was read), before normalisation
            reply.outcome.value,
            match.entry.id if match.entry else None,
            match.score,
            tuple(e.id for e in match.suggestions),
            honest=_honest(match),
        )
        offered = reply.outcome is Outcome.SUGGESTED or match.uncovered is not None  # buttons stand for the question
        beside = {e.id for e in match.suggestions}  # or, beside an answer, the other questions it may have meant
        if origin is None or not (offered or beside):
            return reply
        rows = tuple(
            tuple(_stamped(b, origin) if offered or b.value in beside else b for b in row) for row in reply.buttons
        )
        return replace(reply, buttons=rows)

    def press(self, button: Button, asker: Asker, entries: Container[str]) -> None:
        """Records a suggestion picked (or 都不是), and feedback on an answer whose id is in `entries`."""
        if self.journal is None:
            return
        if button.action in PICKS and button.origin is not None:
            self.journal.pick(asker, button.origin, button.value or None)
        elif button.action in FEEDBACK and button.value in entries:
            self.journal.feedback(asker, button.value, button.action is Action.HELPFUL)

    def popular(self, limit: int) -> list[str]:
        """The most answered entries of the last week (none without a journal)."""
        return self.journal.top_entries(POPULAR_DAYS, limit) if self.journal else []


def _honest(match: Match) -> bool:
    """Whether the reply says the sources do not cover what was asked: an honest entry's answer, or one naming what
    no entry has facts on."""
    return match.entry.honest if match.entry is not None else match.uncovered is not None


def _stamped(button: Button, origin: int) -> Button:
    return replace(button, origin=origin) if button.action in PICKS else button
