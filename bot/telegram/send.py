"""Sending a core reply as one or more Telegram messages."""

from __future__ import annotations

from telegram import Message

from bot.core.replies import Reply
from bot.telegram.render import html_pieces, keyboard


async def send_reply(message: Message, reply: Reply, quote: bool = False) -> None:
    """Sends the reply under `message`, its keyboard on the last piece; quotes the message in groups."""
    pieces = html_pieces(reply)
    for number, piece in enumerate(pieces, start=1):
        markup = keyboard(reply) if number == len(pieces) else None
        await message.reply_text(piece, reply_markup=markup, do_quote=quote)  # HTML: the application's Defaults
