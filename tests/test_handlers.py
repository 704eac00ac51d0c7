"""Handlers, driven with real Update JSON through the real Application; every request the bot makes is recorded."""

from __future__ import annotations

import asyncio
import logging
from datetime import date
from typing import Any

import pytest

from bot.core.replies import Reply
from bot.core.wording import COMMANDS, NOT_TEXT_HINT, SORRY, UNKNOWN_COMMAND
from bot.service import KnowledgeService
from bot.telegram.render import html_pieces, split_text
from tests import updates
from tests.fake_bot_api import Call
from tests.helpers import BotSession, FailingAnswerer, only, open_session

USER_CHAT = updates.USER["id"]


PAY_ANSWER = "【夹具】社工工资的测试答案。"  # tests/fixtures/knowledge


async def test_start_greets_with_topic_buttons(real_session: BotSession) -> None:
    sent = only(await real_session.push(updates.command("/start")))
    assert sent.params["chat_id"] == USER_CHAT
    assert sent.params["parse_mode"] == "HTML"
    assert sent.text.startswith("你好！我是社工问答助手")
    assert "2023年的新闻报道和2006、2009、2018年的规定" in sent.text
    assert sent.buttons[0] == [("认识社工", "t:s:basics:0")]
    assert [row[0][0] for row in sent.buttons] == [
        "认识社工",
        "社工考试与证书",
        "考证奖励与加分",
        "薪酬与职业发展",
        "浙江社工",
        "北京社工",
        "证书登记与继续教育",
    ]


@pytest.mark.parametrize(
    ("name", "start"), [("/help", "直接用一句话提问"), ("/about", "我的全部资料来自"), ("/topics", "请选择话题")]
)
async def test_commands(session: BotSession, name: str, start: str) -> None:
    assert only(await session.push(updates.command(name))).text.startswith(start)


async def test_a_question_gets_its_answer_source_date_related_and_feedback(real_session: BotSession) -> None:
    sent = only(await real_session.push(updates.message("北京有多少社工？")))
    assert sent.text.startswith(
        "据2023年北京全市社会工作专业人才队伍建设联席会议的报道：北京全市社工专业人才总数已达7.96万人"
    )
    assert "📅 数据时间：2023年会议报道时" in sent.text and "📰 来源：报道《北京召开" in sent.text
    assert sent.buttons == [
        [("北京的三级社会工作服务体系是什么？", "e:s:beijing-service-network")],
        [("北京社工服务了多少人？", "e:s:beijing-cases")],
        [("北京社工覆盖哪些领域？", "e:s:beijing-fields")],
        [("👍 有帮助", "y:s:beijing-workforce"), ("👎 没帮助", "x:s:beijing-workforce")],
    ]
    assert "reply_parameters" not in sent.params  # private chats are not quoted


async def test_a_traditional_question_is_answered_in_traditional(real_session: BotSession) -> None:
    sent = only(await real_session.push(updates.message("台州考社工證有獎勵嗎")))
    assert "台州對新考取證書的人給予獎勵" in sent.text
    assert sent.buttons[0] == [("寧波考社工證有多少獎勵？", "e:t:ningbo-reward")]


async def test_between_thresholds_it_offers_suggestions(real_session: BotSession) -> None:
    sent = only(await real_session.push(updates.message("北京社工")))
    assert sent.text == "您是不是想问："
    assert len(sent.buttons) == 4
    assert all(data.startswith("e:s:beijing-") for [(_, data)] in sent.buttons[:3])
    assert sent.buttons[3][0][0] == "都不是" and sent.buttons[3][0][1].startswith("n:s:@")


async def test_a_traditional_suggestion_picked_is_recorded(
    real_session: BotSession, real_service: KnowledgeService
) -> None:
    sent = only(await real_session.push(updates.message("北京社工們")))
    assert sent.text == "您是不是想問："
    _, data = sent.buttons[0][0]
    assert data.startswith("e:t:beijing-") and "@" in data
    await real_session.push(updates.callback(data))
    assert real_service.journal is not None
    [record] = real_service.journal.unsure(date.today())
    assert record.picked == data.split(":")[2].split("@")[0]


async def test_a_decline_names_what_was_asked_and_points_to_the_topics(session: BotSession) -> None:
    sent = only(await session.push(updates.message("潜水证怎么考")))
    assert sent.text.startswith("抱歉，关于“潜水证怎么考”，我没有可靠的资料")
    assert sent.buttons == [[("浏览全部话题", "T:s:")]]


async def test_pressing_a_suggestion_answers_the_callback_first(session: BotSession) -> None:
    calls = await session.push(updates.callback("e:s:pay"))
    assert [c.method for c in calls] == ["answerCallbackQuery", "sendMessage"]
    assert calls[0].params.get("text") is None
    assert calls[1].text.startswith(PAY_ANSWER)


async def test_browsing_topics_edits_the_message_in_place(real_session: BotSession) -> None:
    calls = await real_session.push(updates.callback("t:s:exam:1"))
    assert [c.method for c in calls] == ["answerCallbackQuery", "editMessageText"]
    assert calls[1].text == "社工考试与证书（2/4）："
    assert ("⬅️ 上一页", "t:s:exam:0") in calls[1].buttons[-2]


@pytest.mark.parametrize("data", ["e:s:entry-that-was-removed", "zzz", "e:q:pay", "", "t:s:gone:0"])
async def test_stale_or_forged_buttons_expire_politely(session: BotSession, data: str) -> None:
    sent = only(await session.push(updates.callback(data)), "answerCallbackQuery")
    assert sent.params["text"] == "按钮已过期，请重新提问或发送 /topics。"


async def test_feedback_is_acknowledged_with_a_toast(session: BotSession) -> None:
    sent = only(await session.push(updates.callback("y:s:pay")), "answerCallbackQuery")
    assert sent.params["text"] == "谢谢你的反馈！"


async def test_group_message_without_mention_gets_no_reply(session: BotSession) -> None:
    assert await session.push(updates.message("社工工资多少", updates.GROUP)) == []


async def test_group_mention_is_answered_quoting_the_question(session: BotSession) -> None:
    update = updates.mention("社工工资多少")
    sent = only(await session.push(update))
    assert sent.params["chat_id"] == updates.GROUP["id"]
    assert sent.params["reply_parameters"]["message_id"] == update["message"]["message_id"]
    assert sent.text.startswith(PAY_ANSWER)


async def test_group_reply_to_the_bot_is_answered(session: BotSession) -> None:
    assert only(await session.push(updates.reply_to_bot("社工工资多少"))).text.startswith(PAY_ANSWER)


GROUP_DECLINE = (
    "这个问题我没有可靠的资料。我能回答：社工是什么、社工考试和证书、考证奖励、社工薪酬与职业发展，以及北京、浙江的"
    "社工数据。发送 /topics 浏览全部问题。"
)
GROUP_DECLINE_TRADITIONAL = (
    "這個問題我沒有可靠的資料。我能回答：社工是什麼、社工考試和證書、考證獎勵、社工薪酬與職業發展，以及北京、浙江的"
    "社工數據。發送 /topics 瀏覽全部問題。"
)


@pytest.mark.parametrize(
    "update",
    [
        updates.mention("潜水证怎么考"),
        updates.reply_to_bot("潜水证怎么考"),
        updates.command("/ask 上海有多少人口", updates.GROUP),
    ],
)
async def test_a_question_addressed_in_a_group_that_it_cannot_answer_gets_one_short_reply(
    session: BotSession, update: dict[str, Any]
) -> None:
    sent = only(await session.push(update))
    assert sent.params["chat_id"] == updates.GROUP["id"]
    assert sent.params["reply_parameters"]["message_id"] == update["message"]["message_id"]
    assert sent.text == GROUP_DECLINE
    assert sent.buttons == []


async def test_a_traditional_question_in_a_group_gets_the_short_reply_in_traditional(session: BotSession) -> None:
    update = updates.mention("潛水證怎麼考")
    sent = only(await session.push(update))
    assert sent.params["reply_parameters"]["message_id"] == update["message"]["message_id"]
    assert sent.text == GROUP_DECLINE_TRADITIONAL


async def test_an_unaddressed_group_question_it_cannot_answer_stays_unanswered(session: BotSession) -> None:
    assert await session.push(updates.message("潜水证怎么考", updates.GROUP)) == []


async def test_ask_command_in_a_group(session: BotSession) -> None:
    update = updates.command("/ask 社工证怎么考", updates.GROUP)
    sent = only(await session.push(update))
    assert sent.text.startswith("【夹具】考社工证的测试答案。")
    assert sent.params["reply_parameters"]["message_id"] == update["message"]["message_id"]


async def test_inline_query_offers_up_to_five_answers(real_session: BotSession) -> None:
    sent = only(await real_session.push(updates.inline("北京社工")), "answerInlineQuery")
    results = sent.params["results"]
    assert 1 <= len(results) <= 5
    assert all(r["id"].startswith("beijing-") for r in results)
    assert results[0]["title"].startswith("北京")
    assert results[0]["description"] and len(results[0]["description"]) <= 60
    assert results[0]["input_message_content"]["parse_mode"] == "HTML"
    assert "📰 来源" in results[0]["input_message_content"]["message_text"]


async def test_empty_inline_query_offers_each_topics_first_question(real_session: BotSession) -> None:
    sent = only(await real_session.push(updates.inline("")), "answerInlineQuery")
    assert [r["id"] for r in sent.params["results"]] == [
        "what-is-social-worker",
        "exam-overview",
        "ningbo-reward",
        "pay",
        "zhejiang-applicants",
    ]


async def test_non_text_in_private_gets_one_hint(session: BotSession) -> None:
    assert only(await session.push(updates.sticker())).text == NOT_TEXT_HINT
    assert only(await session.push(updates.command("/nosuchcommand"))).text == UNKNOWN_COMMAND


@pytest.mark.parametrize(
    "update",
    [
        updates.sticker(updates.GROUP),
        updates.edited("社工工资多少"),
        updates.channel_post("社工工资多少"),
        updates.member_joined(),
    ],
)
async def test_other_updates_are_ignored_quietly(session: BotSession, update: dict[str, Any]) -> None:
    assert await session.push(update) == []


async def test_html_in_a_question_is_harmless(session: BotSession) -> None:
    sent = only(await session.push(updates.message("<b>社工</b> & 工资 <script>多少</script>")))
    assert sent.text.startswith("【社工工资多少？】\n" + PAY_ANSWER)  # titled: it reads the question loosely


async def test_a_5000_character_message(session: BotSession) -> None:
    sent = only(await session.push(updates.message("社工工资多少" + "啊" * 5000)))
    assert len(sent.text) <= 4096


def test_dynamic_text_is_escaped_and_long_text_split_at_paragraphs() -> None:
    assert html_pieces(Reply("a<b>&c")) == ["a&lt;b&gt;&amp;c"]
    paragraphs = ["段" * 3000, "落" * 3000, "<" * 1500]
    pieces = split_text("\n\n".join(paragraphs))
    assert pieces == [*paragraphs[:2], "<" * 1024, "<" * 476]  # 1024 × "&lt;" is 4096 characters
    assert split_text("") == [""]


async def test_a_429_is_honoured_and_the_reply_delivered_once(session: BotSession) -> None:
    session.api.rejections.append(1)
    calls = await session.push(updates.message("社工工资多少"))
    assert [c.method for c in calls] == ["sendMessage", "sendMessage"]
    assert calls[1].at - calls[0].at >= 1.0
    assert calls[0].text == calls[1].text


async def test_a_burst_is_queued_within_the_flood_limit_not_dropped(session: BotSession) -> None:
    chats = [updates.private_chat(30_000 + n) for n in range(45)]
    await asyncio.gather(*(session.push(updates.message("社工工资多少", chat)) for chat in chats))
    assert {c.params["chat_id"] for c in session.api.sent("sendMessage")} == {chat["id"] for chat in chats}
    assert session.api.flood_breaches == 0
    assert session.api.max_per_second("sendMessage") <= 30


async def test_errors_are_logged_by_kind_and_the_user_is_told(
    service: KnowledgeService, caplog: pytest.LogCaptureFixture
) -> None:
    service.answerer = FailingAnswerer(service.answerer.engine)
    async for failing in open_session(service):
        with caplog.at_level(logging.ERROR):
            sent = only(await failing.push(updates.message("社工工资多少")))
        assert sent.text == SORRY
        assert "error handling a message update: RuntimeError" in caplog.text
        assert "777001" not in caplog.text and "小王" not in caplog.text


def with_language(update: dict[str, Any], code: str) -> dict[str, Any]:
    """The update sent by a user whose Telegram app is set to `code`."""
    update["message"]["from"] = {**update["message"]["from"], "language_code": code}
    return update


async def choose(session: BotSession, shown: Call, label: str, chat: dict[str, Any] | None = None) -> Call:
    """Presses the button labelled `label` under `shown`; returns the message as the press edited it."""
    [data] = [data for row in shown.buttons for text, data in row if text == label]
    calls = await session.push(updates.callback(data, chat))
    assert [c.method for c in calls] == ["answerCallbackQuery", "editMessageText"]
    return calls[1]


async def test_check_in_a_private_chat_walks_to_the_verdict(real_session: BotSession) -> None:
    asked = only(await real_session.push(updates.command("/check")))
    assert asked.text == "报考条件自测：回答几个问题，我按考试规定告诉你能否报考。\n你想报考哪个级别？"
    assert asked.buttons == [
        [("助理社会工作师（初级）", "c:s:a.-.-.-.-")],
        [("社会工作师（中级）", "c:s:i.-.-.-.-")],
        [("高级社会工作师", "c:s:s.-.-.-.-")],
    ]
    assert "reply_parameters" not in asked.params
    asked = await choose(real_session, asked, "社会工作师（中级）")
    assert asked.text == "你的最高学历是？"
    assert asked.buttons[0] == [
        ("初中及以下", "c:s:i.cz.-.-.-"),
        ("高中/中专", "c:s:i.gz.-.-.-"),
        ("大专", "c:s:i.dz.-.-.-"),
    ]
    asked = await choose(real_session, asked, "本科")
    assert asked.text == "你学的是社会工作专业吗？"
    asked = await choose(real_session, asked, "其他专业")
    assert asked.text == "你从事社会工作满几年了？（算到报名当年年底）"
    verdict = await choose(real_session, asked, "3年")
    assert verdict.text == (
        "自测结果：\n按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；"
        "你做了3年，还差2年。\n\n📅 数据时间：2006年规定\n"
        "📰 来源：《社会工作者职业水平评价暂行规定》及考试实施办法（国人部发〔2006〕71号）；以当年官方报考通知为准"
    )
    assert verdict.buttons == [[("🔄 重新自测", "c:s:-.-.-.-.-")], [("浏览全部话题", "T:s:")]]
    again = await choose(real_session, verdict, "🔄 重新自测")
    assert again.text.endswith("你想报考哪个级别？")


@pytest.mark.parametrize("code", ["zh-hant", "zh-TW", "zh-hk", "zh-mo"])
async def test_check_is_in_traditional_for_a_traditional_telegram_language(real_session: BotSession, code: str) -> None:
    asked = only(await real_session.push(with_language(updates.command("/check"), code)))
    assert asked.text == "報考條件自測：回答幾個問題，我按考試規定告訴你能否報考。\n你想報考哪個級別？"
    asked = await choose(real_session, asked, "高級社會工作師")
    assert asked.text == "你的最高學歷是？"
    asked = await choose(real_session, asked, "本科")
    assert asked.text == "你已通過全國考試取得社會工作師證書了嗎？"
    asked = await choose(real_session, asked, "有")
    assert asked.text == "取得社會工作師證書後，你從事社會工作滿幾年了？（算到報名當年年底）"
    verdict = await choose(real_session, asked, "6年及以上")
    assert verdict.text.startswith("自測結果：\n按2018年")
    assert "可以報考" in verdict.text and "以當年官方通知和本省評審規定為準" in verdict.text
    assert all(data.startswith(("c:t:", "T:t:")) for row in verdict.buttons for _, data in row)


async def test_check_in_simplified_for_other_telegram_languages(real_session: BotSession) -> None:
    for code in ["zh-hans", "zh-cn", "en", "zh-hanti"]:
        asked = only(await real_session.push(with_language(updates.command("/check"), code)))
        assert asked.text.endswith("你想报考哪个级别？"), code


async def test_check_in_a_group_replies_to_the_command_and_edits_in_place(real_session: BotSession) -> None:
    command = updates.command("/check", updates.GROUP)
    asked = only(await real_session.push(command))
    assert asked.params["chat_id"] == updates.GROUP["id"]
    assert asked.params["reply_parameters"]["message_id"] == command["message"]["message_id"]
    asked = await choose(real_session, asked, "高级社会工作师", updates.GROUP)
    assert asked.params["chat_id"] == updates.GROUP["id"]
    verdict = await choose(real_session, asked, "大专", updates.GROUP)
    assert verdict.text == (
        "自测结果：\n按2018年评价办法，报考高级社会工作师至少需本科学历，大专暂不能报考。\n"
        "\n📅 数据时间：2018年评价办法\n"
        "📰 来源：《高级社会工作师评价办法》（人力资源和社会保障部、民政部，2018年）；以当年官方通知和本省评审规定为准"
    )


async def test_check_addressed_to_another_bot_in_a_group_is_ignored(real_session: BotSession) -> None:
    assert await real_session.push(updates.command("/check@some_other_bot", updates.GROUP)) == []


@pytest.mark.parametrize(
    "data", ["c:s:x.y", "c:s:a.dz.s.9.-", "c:s:i.bk.o.seven.-", "c:s:", "c:q:a.-.-.-.-", "c:s:a.-.-.-.-@1x"]
)
async def test_stale_or_forged_check_data_expires_politely(real_session: BotSession, data: str) -> None:
    sent = only(await real_session.push(updates.callback(data)), "answerCallbackQuery")
    assert sent.params["text"] == "按钮已过期，请重新提问或发送 /topics。"


async def test_without_eligibility_rules_check_says_so(session: BotSession) -> None:
    sent = only(await session.push(updates.command("/check")))
    assert sent.text == "报考条件自测暂时不可用，请发送 /topics 查看各级别的报考条件。"


async def test_help_and_the_command_menu_list_check(session: BotSession) -> None:
    assert "/check 报考条件自测" in only(await session.push(updates.command("/help"))).text
    assert [name for name, _ in COMMANDS] == ["start", "topics", "check", "ask", "help", "about"]


async def test_a_follow_up_continues_the_askers_own_thread_in_private_and_in_groups(real_session: BotSession) -> None:
    assert "1500元/人" in only(await real_session.push(updates.message("宁波考社工证有奖励吗"))).text
    assert "2000元" in only(await real_session.push(updates.message("那台州呢"))).text
    assert "1500元/人" in only(await real_session.push(updates.mention("宁波考社工证有奖励吗"))).text
    assert "2000元" in only(await real_session.push(updates.mention("那臺州呢"))).text  # Traditional too
    other = updates.mention("那台州呢")
    other["message"]["from"] = {**updates.USER, "id": 777002}  # another member of the group has no thread
    assert "2000元" not in only(await real_session.push(other)).text
