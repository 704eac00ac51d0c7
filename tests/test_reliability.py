"""Reliability: any input, failing sends, flood limits, per-user limits, and updates nobody meant to send."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Update

from bot.core.answerer import Answerer
from bot.core.engine import Engine
from bot.core.policy import MAX_QUESTION_CHARS
from bot.core.replies import Action, Button
from bot.core.wording import SLOW_DOWN, TOO_LONG
from bot.service import KnowledgeService
from bot.telegram.render import encode_button
from tests import updates
from tests.fake_bot_api import BOT_USERNAME
from tests.helpers import BotSession, only, open_session

ODD = (
    "社工证考试北京浙江宁波台州工资😀👍🏽‍👩‍👩‍👧\u200b\u200c\u200d\u2060\u202e\u202d\u0301\u0308\ufeff\x00\x1b\u3000Ａｂ"
)
texts = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(ODD)), max_size=10_000)


@settings(max_examples=300, deadline=500, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_any_text_normalises_and_matches_without_raising(engine: Engine, text: str) -> None:
    started = time.perf_counter()
    assert isinstance(engine.normalizer.normalize(text), str)
    match = engine.match(text)
    assert 0 <= match.score <= 100
    if match.entry is not None:  # an answer may have near readings beside it, never itself
        assert match.entry not in match.suggestions and len(match.suggestions) < engine.thresholds.max_suggestions
    assert time.perf_counter() - started < 0.5


@settings(max_examples=100, deadline=500)
@given(text=st.text(alphabet=st.characters(categories=["Cs", "Mn", "Cf", "Zs", "So"]), max_size=2000))
def test_surrogates_marks_and_format_characters(engine: Engine, text: str) -> None:
    assert engine.match(text).entry is None


def test_every_phrasing_read_again_in_its_normalised_form_gets_the_same_entry(engine: Engine) -> None:
    """A follow-up reads the previous question in its normalised form. Normalising is not idempotent (a canonical
    term may form another term with its neighbour: 要求持证上岗 holds 要求持证), so this is the property relied on."""
    read_again = [
        phrasing
        for entry in engine.knowledge.entries.values()
        for phrasing in (entry.question, *entry.phrasings)
        if engine.match(engine.normalizer.normalize(phrasing)).entry is not engine.match(phrasing).entry
    ]
    assert read_again == []


def test_an_over_long_question_is_answered_politely_unread(answerer: Answerer) -> None:
    reply = answerer.ask("社工工资多少" + "啊" * (MAX_QUESTION_CHARS * 10))
    assert reply.text == TOO_LONG
    assert reply.match is None


@pytest.fixture
async def session(answerer: Answerer, tmp_path: Path) -> AsyncIterator[BotSession]:
    async for opened in open_session(KnowledgeService(tmp_path, None, answerer.knowledge)):
        yield opened


async def test_a_fast_asker_is_told_once_and_others_are_not_slowed(session: BotSession) -> None:
    flooder, other = updates.private_chat(51_000), updates.private_chat(52_000)
    replies = [await session.push(updates.message("社工工资多少", flooder)) for _ in range(25)]
    assert [len(r) for r in replies[:20]] == [1] * 20
    assert replies[20][0].text == SLOW_DOWN
    assert replies[21:] == [[], [], [], []]
    assert (await session.push(updates.message("社工工资多少", other)))[0].text.startswith("据2023年")


@pytest.mark.parametrize("statuses", [[502], [500, 502, 500]])
async def test_a_failing_send_is_delivered_exactly_once(session: BotSession, statuses: list[int]) -> None:
    session.api.failures.extend(statuses)
    await session.push(updates.message("社工工资多少"))
    assert len(session.api.delivered()) == 1
    assert len(session.api.sent("sendMessage")) == len(statuses) + 1


async def test_a_send_that_times_out_is_delivered_exactly_once(session: BotSession) -> None:
    session.application.bot.request.timeouts = 2  # type: ignore[attr-defined]
    await session.push(updates.message("北京有多少社工"))
    assert [c.text[:20] for c in session.api.delivered()] == ["据2023年北京全市社会工作专业人才队伍"]


async def test_after_a_429_the_queued_replies_go_out_in_order_per_chat(session: BotSession) -> None:
    chat = updates.private_chat(61_000)
    questions = ["社工工资多少", "北京有多少社工", "宁波考社工证有多少奖励", "社工是什么"]
    session.api.rejections.append(1)
    application = session.application
    await application.start()
    try:
        for question in questions:
            await application.update_queue.put(Update.de_json(updates.message(question, chat), application.bot))
        for _ in range(100):
            if len(session.api.delivered()) == len(questions):
                break
            await asyncio_sleep(0.05)
    finally:
        await application.stop()
    delivered = session.api.delivered()
    assert [c.text[:6] for c in delivered] == ["据2023年", "据2023年", "据2023年", "据2023年"]
    assert "三四千元" in delivered[0].text and "7.96万人" in delivered[1].text and "1500元" in delivered[2].text
    assert "社工的全称是“社会工作者”" in delivered[3].text
    assert delivered[0].at - session.api.sent("sendMessage")[0].at >= 1.0


async def asyncio_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def random_update(rng: random.Random) -> tuple[dict[str, Any], str]:
    """A generated update, and what the bot must do with it: `reply`, `answer` (a callback), `inline` or `ignore`."""
    user_chat = updates.private_chat(rng.randrange(10**6, 10**7))
    user = {**updates.USER, "id": user_chat["id"]}  # many users, each well within the per-user limit
    group = {"id": -rng.randrange(10**9, 10**10), "type": rng.choice(["group", "supergroup"]), "title": "群"}
    text = "".join(rng.choice(ODD + "社工工资多少北京？ @") for _ in range(rng.choice([0, 1, 5, 40, 300, 5000])))
    kind = rng.randrange(12)
    if kind == 0:
        return updates.message(text or "?", user_chat), "reply"
    if kind == 1:
        bad_entity = {"type": "mention", "offset": rng.randrange(0, 50), "length": rng.randrange(0, 50)}
        return updates.message(text or "?", group, entities=[bad_entity]), "ignore"
    if kind == 2:
        return updates.mention(text or "社工", group), "maybe"
    if kind == 3:
        data = rng.choice(["", "zzz", "e:s:", "e:x:pay", "t:s:nope:9", "y:s:@", "n:s:@abc", "e:s:pay@12", "r:s:reload"])
        return updates.callback(data, rng.choice([user_chat, group]), user), "answer"
    if kind == 4:
        return updates.inline(text[:256], user), "inline"
    if kind == 5:
        return updates.sticker(user_chat), "reply"
    if kind == 6:
        return updates.sticker(group), "ignore"
    if kind == 7:
        return updates.edited(text or "社工"), "ignore"
    if kind == 8:
        return updates.channel_post(text or "社工"), "ignore"
    if kind == 9:
        return updates.member_joined(), "ignore"
    if kind == 10:
        return updates.command(
            rng.choice(
                [
                    "/start",
                    "/help",
                    "/topics",
                    "/about",
                    "/ask",
                    "/stats",
                    "/reload",
                    f"/ask@{BOT_USERNAME} 社工",
                    "/ask " + text[:100],
                ]
            ),
            user_chat,
        ), "reply"
    message = updates.message(None, user_chat)
    message["message"]["photo"] = [{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}]
    return message, "reply"


async def test_thousands_of_generated_updates(session: BotSession, caplog: pytest.LogCaptureFixture) -> None:
    rng = random.Random(20261128)
    caplog.set_level(logging.ERROR)
    for _ in range(2000):
        update, expected = random_update(rng)
        calls = await session.push(update)
        methods = [c.method for c in calls]
        if expected == "ignore":
            assert methods == [], update
        elif expected == "answer":
            assert methods and methods[0] == "answerCallbackQuery", update
        elif expected == "inline":
            assert methods == ["answerInlineQuery"], update
        elif expected == "reply":
            assert methods and set(methods) == {"sendMessage"}, update
    assert "error handling" not in caplog.text


async def test_button_presses_count_against_the_limit_and_past_it_get_a_toast(session: BotSession) -> None:
    all_topics = encode_button(Button("全部话题", Action.TOPICS), traditional=False)
    presses = [await session.push(updates.callback(all_topics)) for _ in range(22)]
    assert all(c.method == "answerCallbackQuery" for c in presses[20])  # past the limit: no work, only the toast
    assert presses[20][0].params.get("text") == SLOW_DOWN
    assert [c.method for c in presses[21]] == ["answerCallbackQuery"] and "text" not in presses[21][0].params
    assert all("editMessageText" in [c.method for c in p] for p in presses[:20])


async def test_inline_queries_count_against_the_limit(session: BotSession) -> None:
    answered = [await session.push(updates.inline("社工工资")) for _ in range(22)]
    assert [len(a) for a in answered] == [1] * 20 + [0, 0]  # past the limit, inline queries go unanswered


async def test_group_chatter_never_counts_against_the_limit(session: BotSession) -> None:
    for _ in range(30):
        assert await session.push(updates.message("大家好，今天开会", updates.GROUP)) == []
    reply = only(await session.push(updates.mention("社工工资多少")))
    assert reply.text.startswith("据2023年")
