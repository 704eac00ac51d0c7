"""End to end: `python -m bot run` polls a fake Bot API server on 127.0.0.1, answers, and shuts down on SIGTERM."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest

from tests import updates
from tests.bot_process import WAIT_SECONDS, running_bot, start_bot
from tests.fake_bot_api import TOKEN, FakeBotApi
from tests.helpers import to_chat, wait_for

pytestmark = pytest.mark.e2e


async def test_conversation_through_the_real_application(tmp_path: Path) -> None:
    api = FakeBotApi()
    chats = {
        name: updates.private_chat(700 + n)
        for n, name in enumerate(
            ["start", "question", "button", "suggestion", "traditional", "sticker", "long", "html"]
        )
    }
    quiet_group = {"id": -100777, "type": "group", "title": "另一个群"}
    button = updates.callback("e:s:pay", chats["button"])
    pick = updates.callback("e:s:beijing-cases", chats["suggestion"])
    inline = updates.inline("宁波奖励")
    for update in [
        updates.command("/start", chats["start"]),
        updates.message("社工证怎么考", chats["question"]),
        button,
        updates.message("北京社工", chats["suggestion"]),
        pick,
        updates.message("高級社工證怎麼考", chats["traditional"]),
        updates.mention("社工工资多少"),
        updates.message("社工工资多少", quiet_group),
        inline,
        updates.sticker(chats["sticker"]),
        updates.message("社工" + "很长的问题" * 1000, chats["long"]),
        updates.message("<i>社工</i>&amp;工资 <a href='x'>多少</a>", chats["html"]),
    ]:
        api.push(update)

    async with running_bot(api, tmp_path) as process:
        await wait_for(
            lambda: (
                len(api.sent("sendMessage")) >= 10
                and len(api.sent("answerInlineQuery")) == 1
                and len(api.sent("answerCallbackQuery")) == 2
            )
        )
        await asyncio.sleep(0.5)  # nothing more should arrive: the quiet group gets no reply
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=WAIT_SECONDS)
        assert process.returncode == 0

    commands = api.sent("setMyCommands")
    assert len(commands) == 1 and [c["command"] for c in commands[0].params["commands"]] == [
        "start",
        "topics",
        "check",
        "ask",
        "help",
        "about",
    ]
    assert to_chat(api, chats["start"]["id"])[0].text.startswith("你好！我是社工问答助手")
    answer = to_chat(api, chats["question"]["id"])[0].text
    assert answer.startswith("按2006年的规定，社工证要通过全国社会工作者职业水平考试取得")
    answered = [str(c.params["callback_query_id"]) for c in api.sent("answerCallbackQuery")]
    assert sorted(answered) == sorted([button["callback_query"]["id"], pick["callback_query"]["id"]])
    assert to_chat(api, chats["button"]["id"])[0].text.startswith("据2023年《浙江日报》报道，一名社工说")
    suggestion, picked = to_chat(api, chats["suggestion"]["id"])
    assert suggestion.text == "您是不是想问：" and picked.text.startswith("截至2023年5月底，北京各级社工服务平台")
    assert "考評結合" in to_chat(api, chats["traditional"]["id"])[0].text
    group = to_chat(api, updates.GROUP["id"])
    assert len(group) == 1 and group[0].params["reply_parameters"]["message_id"]
    assert to_chat(api, quiet_group["id"]) == []
    inline_answer = api.sent("answerInlineQuery")[0]
    assert str(inline_answer.params["inline_query_id"]) == inline["inline_query"]["id"]
    assert inline_answer.params["results"][0]["id"] == "ningbo-reward"
    assert to_chat(api, chats["sticker"]["id"])[0].text.startswith("我只能回答文字问题")
    assert len(to_chat(api, chats["long"]["id"])) == 1
    html = to_chat(api, chats["html"]["id"])[0].text
    assert html.startswith("【社工工资多少？】\n据2023年《浙江日报》报道，一名社工说")
    assert api.flood_breaches == 0
    assert TOKEN not in stderr.decode()


async def test_bad_settings_are_one_line_errors(tmp_path: Path) -> None:
    for extra, message in [
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "error: TELEGRAM_BOT_TOKEN is malformed"),
        ({"WEBHOOK_URL": "https://bot.example.org/hook"}, "error: WEBHOOK_URL needs WEBHOOK_SECRET"),
        ({"PORT": "eighty"}, "error: PORT must be a port number"),
    ]:
        process = await start_bot("http://127.0.0.1:9/bot", tmp_path, **extra)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=WAIT_SECONDS)
        assert process.returncode == 2
        assert stderr.decode().strip().startswith(message), stderr
        assert len(stderr.decode().strip().splitlines()) == 1
