"""Core replies as Telegram messages: escaped HTML split to Telegram's limit, keyboards, callback data."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

from bot.core.replies import Action, Button, Reply

MESSAGE_LIMIT = MessageLimit.MAX_TEXT_LENGTH  # characters
CALLBACK_DATA_LIMIT = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA  # bytes
_SCRIPTS = {"s": False, "t": True}


def encode_button(button: Button, traditional: bool) -> str:
    """Callback data for a button: `action:script:value[@origin]`, never over Telegram's 64 bytes."""
    origin = "" if button.origin is None else f"@{button.origin}"
    data = f"{button.action.value}:{'t' if traditional else 's'}:{button.value}{origin}"
    if len(data.encode()) > CALLBACK_DATA_LIMIT:
        raise ValueError(f"callback data over {CALLBACK_DATA_LIMIT} bytes: {data!r}")
    return data


def decode_button(data: str | None) -> tuple[Button, bool] | None:
    """The button (without its label) and script (Traditional or not) of callback data, or None when this bot did
    not make it."""
    action_code, _, rest = (data or "").partition(":")
    script, _, value = rest.partition(":")
    value, at, origin = value.partition("@")
    action = next((a for a in Action if a.value == action_code), None)
    if action is None or script not in _SCRIPTS or (at and not origin.isdigit()):
        return None
    return Button("", action, value, int(origin) if origin else None), _SCRIPTS[script]


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    """The reply's buttons as an inline keyboard (None when it has none)."""
    if not reply.buttons:
        return None
    rows = [
        [InlineKeyboardButton(b.label, callback_data=encode_button(b, reply.traditional)) for b in row]
        for row in reply.buttons
    ]
    return InlineKeyboardMarkup(rows)


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Plain text in pieces whose escaped HTML fits `limit`: at paragraph breaks, else line breaks, else anywhere."""
    return _pack(text, ("\n\n", "\n"), limit) or [""]


def _fits(text: str, limit: int) -> bool:
    return len(html.escape(text)) <= limit


def _pack(text: str, separators: tuple[str, ...], limit: int) -> list[str]:
    """Joins the parts between the first separator while they fit; a part too long is split at the next one."""
    if _fits(text, limit):
        return [text]
    if not separators:
        chunks = [""]
        for char in text:
            if not _fits(chunks[-1] + char, limit):
                chunks.append("")
            chunks[-1] += char
        return chunks
    separator, finer = separators[0], separators[1:]
    pieces: list[str] = []
    current: str | None = None
    for part in text.split(separator):
        joined = part if current is None else current + separator + part
        if _fits(joined, limit):
            current = joined
            continue
        if current is not None:
            pieces.append(current)
        current = part if _fits(part, limit) else None
        if current is None:
            pieces.extend(_pack(part, finer, limit))
    if current is not None:
        pieces.append(current)
    return pieces


def html_pieces(reply: Reply) -> list[str]:
    """The reply's text as escaped HTML messages."""
    return [html.escape(piece) for piece in split_text(reply.text)]
