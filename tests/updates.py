"""Real Bot API update JSON, as Telegram sends it, for the tests to push into the bot."""

from __future__ import annotations

import itertools
import time
from typing import Any

from tests.fake_bot_api import BOT_ID, BOT_USERNAME

_ids = itertools.count(1)
USER = {"id": 777001, "is_bot": False, "first_name": "小王", "language_code": "zh-hans"}
GROUP = {"id": -100123456, "type": "supergroup", "title": "社工备考群"}


def private_chat(user_id: int = USER["id"]) -> dict[str, Any]:  # type: ignore[assignment]
    return {"id": user_id, "type": "private", "first_name": "小王"}


def message(text: str | None = None, chat: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """A `message` update; `text=None` leaves the text out (stickers, photos)."""
    chat = chat or private_chat()
    sender = {**USER, "id": chat["id"]} if chat["type"] == "private" else USER
    body: dict[str, Any] = {"message_id": next(_ids), "date": int(time.time()), "chat": chat, "from": sender, **extra}
    if text is not None:
        body["text"] = text
    return {"update_id": next(_ids), "message": body}


def command(text: str, chat: dict[str, Any] | None = None) -> dict[str, Any]:
    """A message that starts with a bot command."""
    name = text.split()[0]
    return message(text, chat, entities=[{"type": "bot_command", "offset": 0, "length": len(name)}])


def mention(question: str, chat: dict[str, Any] = GROUP) -> dict[str, Any]:
    """A group message that mentions the bot before the question."""
    handle = f"@{BOT_USERNAME}"
    return message(f"{handle} {question}", chat, entities=[{"type": "mention", "offset": 0, "length": len(handle)}])


def reply_to_bot(question: str, chat: dict[str, Any] = GROUP) -> dict[str, Any]:
    """A group message replying to one of the bot's messages."""
    original = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": chat,
        "text": "之前的回答",
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "社工问答助手", "username": BOT_USERNAME},
    }
    return message(question, chat, reply_to_message=original)


def sticker(chat: dict[str, Any] | None = None) -> dict[str, Any]:
    return message(
        None,
        chat,
        sticker={
            "file_id": "CAAC",
            "file_unique_id": "u1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        },
    )


def callback(data: str, chat: dict[str, Any] | None = None, user: dict[str, Any] = USER) -> dict[str, Any]:
    """A button press on one of the bot's messages, by `user`."""
    chat = chat or private_chat()
    shown = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": chat,
        "text": "…",
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "社工问答助手", "username": BOT_USERNAME},
    }
    return {
        "update_id": next(_ids),
        "callback_query": {"id": str(next(_ids)), "from": user, "chat_instance": "ci", "data": data, "message": shown},
    }


def inline(query: str, user: dict[str, Any] = USER) -> dict[str, Any]:
    """An inline query typed by `user`."""
    return {
        "update_id": next(_ids),
        "inline_query": {"id": str(next(_ids)), "from": user, "query": query, "offset": ""},
    }


def edited(text: str) -> dict[str, Any]:
    update = message(text)
    return {"update_id": update["update_id"], "edited_message": {**update["message"], "edit_date": int(time.time())}}


def channel_post(text: str) -> dict[str, Any]:
    chat = {"id": -100999, "type": "channel", "title": "频道"}
    return {
        "update_id": next(_ids),
        "channel_post": {"message_id": next(_ids), "date": int(time.time()), "chat": chat, "text": text},
    }


def member_joined() -> dict[str, Any]:
    return message(None, GROUP, new_chat_members=[{"id": 888, "is_bot": False, "first_name": "新人"}])
