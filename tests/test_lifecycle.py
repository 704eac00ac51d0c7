"""What python-telegram-bot runs and where a hand-written piece stays beside it, with the test that shows why."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from bot.telegram.delivery import PerChatOrder
from tests.helpers import wait_for


def chat_update(chat_id: int) -> object:
    return SimpleNamespace(effective_chat=SimpleNamespace(id=chat_id))


async def test_a_busy_chat_does_not_hold_the_slots_other_chats_need() -> None:
    processor = PerChatOrder(2)
    release = asyncio.Event()
    done: list[str] = []

    async def handle(name: str, blocked: bool = False) -> None:
        if blocked:
            await release.wait()
        done.append(name)

    busy = [
        asyncio.create_task(processor.process_update(chat_update(1), handle(f"a{n}", blocked=n == 0))) for n in range(3)
    ]
    other = asyncio.create_task(processor.process_update(chat_update(2), handle("b")))
    try:
        await wait_for(lambda: done == ["b"])  # answered while chat 1's first update is still being handled
    finally:
        release.set()
        await asyncio.gather(*busy, other)
    assert done == ["b", "a0", "a1", "a2"]  # and chat 1's updates kept their order
