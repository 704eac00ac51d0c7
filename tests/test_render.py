"""Rendering for Telegram: the longest button data the knowledge base allows, and every /check button, fit
Telegram's limit."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.answerer import Answerer
from bot.core.loader import MAX_ID_CHARS
from bot.core.replies import Action, Button
from bot.telegram.render import CALLBACK_DATA_LIMIT, decode_button, encode_button

LONGEST_ID = "x" * MAX_ID_CHARS
LARGEST_ORIGIN = 2**63 - 1  # SQLite's largest row id
LONGEST_PAGE = 999


@pytest.mark.parametrize(
    "button",
    [
        Button("", Action.ENTRY, LONGEST_ID, LARGEST_ORIGIN),
        Button("", Action.NONE_OF_THESE, "", LARGEST_ORIGIN),
        Button("", Action.TOPIC, f"{LONGEST_ID}:{LONGEST_PAGE}"),
        Button("", Action.HELPFUL, LONGEST_ID),
        Button("", Action.UNHELPFUL, LONGEST_ID),
    ],
)
@pytest.mark.parametrize("traditional", [False, True])
def test_the_longest_button_data_fits_and_reads_back(button: Button, traditional: bool) -> None:
    data = encode_button(button, traditional)
    assert len(data.encode()) <= CALLBACK_DATA_LIMIT == 64
    assert decode_button(data) == (button, traditional)


def test_data_over_the_limit_is_refused() -> None:
    with pytest.raises(ValueError, match="over 64 bytes"):
        encode_button(Button("", Action.ENTRY, LONGEST_ID + "x", LARGEST_ORIGIN), traditional=False)


def check_buttons(answerer: Answerer) -> list[Button]:
    """Every button of every step of /check reachable from its start, in both scripts."""
    seen: set[str] = set()
    found: list[Button] = []
    waiting = [answerer.check(traditional=False), answerer.check(traditional=True)]
    while waiting:
        reply = waiting.pop()
        for button in (b for row in reply.buttons for b in row):
            found.append(button)
            key = f"{reply.traditional}:{button.value}"
            if button.action is Action.CHECK and key not in seen:
                seen.add(key)
                following = answerer.press(button, reply.traditional)
                assert following is not None, button
                waiting.append(following)
    return found


def test_every_check_button_fits_and_reads_back(answerer: Answerer) -> None:
    buttons = check_buttons(answerer)
    states = {b.value for b in buttons if b.action is Action.CHECK}
    assert len(states) > 50  # every level, education, major, certificate and years
    for button in buttons:
        for traditional in (False, True):
            data = encode_button(button, traditional)
            assert len(data.encode()) <= CALLBACK_DATA_LIMIT
            assert decode_button(data) == (replace(button, label=""), traditional)
