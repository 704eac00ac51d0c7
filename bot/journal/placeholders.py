"""What an asker says of themselves among the placeholders for personal data (`bot.core.placeholders`), and how a
redaction puts one in."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.placeholders import ACCOUNT, AGE, BANK_CARD, EMAIL, FAMILY, ID_CARD, NAME, NUMBER, PHONE, SEX

# What an asker says of themselves; an address, a school and a class come with words the bot reads (the district, the
# grade), so they are not among them.
OF_ONESELF = (PHONE, ID_CARD, EMAIL, BANK_CARD, ACCOUNT, NUMBER, NAME, AGE, SEX, FAMILY)
OF_ONESELF_PATTERN = "|".join(re.escape(p) for p in OF_ONESELF)


def kept(placeholder: str) -> Callable[[re.Match[str]], str]:
    """A replacement by `placeholder` that keeps the words introducing it (the match's first group that took part)."""
    return lambda found: next((words for words in found.groups() if words), "") + placeholder
