"""What the bot reads and where it speaks: the question length limit and what is posted into groups."""

from __future__ import annotations

from bot.core.replies import Outcome

MAX_QUESTION_CHARS = 300  # a longer message is not read: it is no question a FAQ answers


def too_long(question: str) -> bool:
    """Whether a message is too long to be read as a question."""
    return len(question) > MAX_QUESTION_CHARS


def posts_in_group(outcome: Outcome) -> bool:
    """Whether a reply with this outcome is posted into a group as it is: a decline is not (the long private decline
    would be noise there); a question addressed to the bot gets one short line instead (`answerer.for_group`)."""
    return outcome is not Outcome.DECLINED
