"""/check in Telegram answered by typing instead of tapping (本科, 社工专业, 两年, 本科畢業): the typed answer gets the
reply its button would give, in private chats and in groups; once the chat gets any other reply, or when the text
answers none of the choices, the message is a question again."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.policy import MAX_QUESTION_CHARS
from bot.core.wording import NOT_TEXT_HINT, UNKNOWN_COMMAND
from bot.service import KnowledgeService
from tests import updates
from tests.fake_bot_api import Call
from tests.helpers import BotSession, only
from tests.test_handlers import choose, with_language

LEVELS = {"a": "助理社会工作师（初级）", "i": "社会工作师（中级）", "s": "高级社会工作师"}
EDUCATION = "你的最高学历是？"
MAJOR = "你学的是社会工作专业吗？"
YEARS = "你从事社会工作满几年了？（算到报名当年年底）"
VERDICT = "自测结果：\n按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；"


async def at_education(session: BotSession, chat: dict[str, Any] | None = None) -> Call:
    """/check, then 社会工作师（中级） tapped: the education question."""
    started = only(await session.push(updates.command("/check", chat)))
    return await choose(session, started, LEVELS["i"], chat)


async def typed(session: BotSession, update: dict[str, Any]) -> Call:
    """The one message the bot sends for a typed message."""
    return only(await session.push(update))


def as_shown(call: Call) -> tuple[str, list[list[tuple[str, str]]]]:
    return call.text, call.buttons


def read_as_question(call: Call, step: str) -> bool:
    """Whether a reply is no step of the check (neither `step` nor any with the check's buttons)."""
    return call.text != step and not any(data.startswith("c:") for row in call.buttons for _, data in row)


async def test_an_answer_typed_in_a_private_chat_gets_the_reply_its_button_gives(real_session: BotSession) -> None:
    asked = await at_education(real_session)
    answered = await typed(real_session, updates.message("本科"))
    assert as_shown(answered) == as_shown(await choose(real_session, asked, "本科"))
    assert answered.text == MAJOR
    assert answered.buttons[0][0][1] == "c:s:i.bk.s.-.-"
    assert (await typed(real_session, updates.message("社工专业"))).text == YEARS
    verdict = await typed(real_session, updates.message("3年"))
    assert verdict.text.startswith(VERDICT + "你已满3年，可以报考。"), verdict.text


async def test_typed_answers_are_not_journalled_as_questions(
    real_session: BotSession, real_service: KnowledgeService
) -> None:
    await at_education(real_session)
    assert (await typed(real_session, updates.message("本科毕业"))).text == MAJOR
    assert real_service.journal is not None
    stats = real_service.journal.stats()
    assert stats is not None and stats.today.asked == 0  # as a tap is not


async def test_an_answer_typed_in_a_group_mentioning_or_replying_to_the_bot(real_session: BotSession) -> None:
    asked = await at_education(real_session, updates.GROUP)
    assert await real_session.push(updates.message("本科", updates.GROUP)) == []  # not addressed to the bot
    mentioned = updates.mention("本科")
    answered = await typed(real_session, mentioned)
    assert as_shown(answered) == as_shown(await choose(real_session, asked, "本科", updates.GROUP))
    assert answered.params["chat_id"] == updates.GROUP["id"]
    assert answered.params["reply_parameters"]["message_id"] == mentioned["message"]["message_id"]
    assert (await typed(real_session, updates.reply_to_bot("社工"))).text == YEARS
    verdict = await typed(real_session, updates.mention("两年"))
    assert verdict.text.startswith(VERDICT + "你做了2年，还差1年。"), verdict.text


async def test_an_answer_typed_in_traditional_stays_in_the_checks_script(real_session: BotSession) -> None:
    started = only(await real_session.push(with_language(updates.command("/check"), "zh-hant")))
    asked = await choose(real_session, started, "社會工作師（中級）")
    answered = await typed(real_session, updates.message("本科畢業"))
    assert as_shown(answered) == as_shown(await choose(real_session, asked, "本科"))
    assert answered.text == "你學的是社會工作專業嗎？"
    assert all(data.startswith("c:t:") for row in answered.buttons for _, data in row)
    assert (await typed(real_session, updates.message("社會工作專業"))).text.startswith("你從事社會工作滿幾年了？")


@pytest.mark.parametrize(
    ("said", "level"), [("中级", "i"), ("社会工作师", "i"), ("初级", "a"), ("助理", "a"), ("高级", "s")]
)
async def test_a_level_typed_picks_that_level(real_session: BotSession, said: str, level: str) -> None:
    started = only(await real_session.push(updates.command("/check")))
    answered = await typed(real_session, updates.message(said))
    assert as_shown(answered) == as_shown(await choose(real_session, started, LEVELS[level]))
    assert answered.text == EDUCATION


@pytest.mark.parametrize("said", ["社工", "社会工作"])
async def test_social_work_typed_at_the_level_question_picks_no_level(real_session: BotSession, said: str) -> None:
    only(await real_session.push(updates.command("/check")))
    answered = await typed(real_session, updates.message(said))
    elsewhere = await typed(real_session, updates.message(said, updates.private_chat(777009)))
    assert answered.text == elsewhere.text != EDUCATION  # a question, as in a chat with no check
    started = only(await real_session.push(updates.command("/check")))
    assert as_shown(await typed(real_session, updates.message("中级"))) == as_shown(
        await choose(real_session, started, LEVELS["i"])
    )


async def test_text_that_answers_no_choice_is_a_question_and_ends_the_offer(real_session: BotSession) -> None:
    await at_education(real_session)
    assert (await typed(real_session, updates.message("本科"))).text == MAJOR
    assert "1500元/人" in (await typed(real_session, updates.message("宁波考社工证有奖励吗"))).text
    assert read_as_question(await typed(real_session, updates.message("社工专业")), YEARS)


async def test_a_message_too_long_to_read_is_refused_not_read_as_an_answer(real_session: BotSession) -> None:
    await at_education(real_session)
    assert (await typed(real_session, updates.message("本科"))).text == MAJOR
    refused = await typed(real_session, updates.message("社工专业" + "。" * MAX_QUESTION_CHARS))
    assert refused.text.startswith("你的问题有点长")


async def test_a_hint_for_a_sticker_or_an_unknown_command_keeps_the_offer(real_session: BotSession) -> None:
    await at_education(real_session)
    assert only(await real_session.push(updates.sticker())).text == NOT_TEXT_HINT
    assert only(await real_session.push(updates.command("/nosuchcommand"))).text == UNKNOWN_COMMAND
    assert (await typed(real_session, updates.message("本科"))).text == MAJOR


@pytest.mark.parametrize(
    "other",
    [
        lambda: updates.message("社工工资多少"),
        lambda: updates.command("/help"),
        lambda: updates.command("/topics"),
        lambda: updates.callback("T:s:"),
    ],
    ids=["question", "help", "topics", "topics-button"],
)
async def test_after_any_other_reply_a_typed_answer_is_a_question(real_session: BotSession, other: Any) -> None:
    asked = await at_education(real_session)
    assert await real_session.push(other())
    assert read_as_question(await typed(real_session, updates.message("本科")), MAJOR)
    started = only(await real_session.push(updates.command("/check")))
    await choose(real_session, started, LEVELS["i"])  # a tap offers the choices again
    assert as_shown(await typed(real_session, updates.message("本科"))) == as_shown(
        await choose(real_session, asked, "本科")
    )


async def test_a_group_question_ends_the_groups_offer(real_session: BotSession) -> None:
    await at_education(real_session, updates.GROUP)
    assert (await typed(real_session, updates.reply_to_bot("本科"))).text == MAJOR
    assert "1500元/人" in (await typed(real_session, updates.mention("宁波考社工证有奖励吗"))).text
    assert read_as_question(await typed(real_session, updates.mention("社工专业")), YEARS)


async def test_a_typed_verdict_can_be_followed_up_and_the_check_left_with_a_word(real_session: BotSession) -> None:
    await at_education(real_session)
    for answer in ("本科", "社工专业", "3年"):
        verdict = await typed(real_session, updates.message(answer))
    assert verdict.text.startswith(VERDICT), verdict.text
    other = await typed(real_session, updates.message("那初级呢"))  # the details given to the check are kept
    assert "助理社会工作师" in other.text and "还需要知道" not in other.text, other.text
    await at_education(real_session)
    left = await typed(real_session, updates.message("算了不测了"))  # leaves the check: no step, no decline
    assert left.text.startswith("已退出自测") and read_as_question(left, EDUCATION), left.text
