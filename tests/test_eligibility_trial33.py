"""What session 33's newcomer found in the verdicts and /check, as conversations in Simplified and Traditional: words
from elsewhere in a message read as the asker's facts (一年考几次 as a year of work, 本科 会计 as a job, a job plainly
not social work at a social-work agency); /check answers that echo the question and say no (社工专业吗？不是), a fact
corrected (哦不对 我其实是大专), part-years (两年半) and a certificate held read as one to sit below it; follow-ups
about another person (我老婆呢 她本科…), or asking only the years (还差几年, 要几年); and phrasings the reader missed
(考中级还差多少, 我想考中级 本科…, 有机会考社工证吗, 报初级还是中级)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.answerer import Answerer
from bot.core.text import to_simplified
from tests import updates
from tests.helpers import Ask, BotSession, only
from tests.test_chat import talk
from tests.test_eligibility_stage import verdict_text
from tests.test_handlers import choose

INTERMEDIATE_OTHER_BACHELOR = (
    "按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；"
)
INTERMEDIATE_OTHER_COLLEGE = (
    "按2006年规定，其他专业大专报考社会工作师需从事社会工作满6年（社工专业4年，其他专业加2年）；"
)


def check_replies(answerer: Answerer, *typed: str) -> list[str]:
    """The replies of the terminal chat to the answers typed to /check, one each, in Simplified, without 助手：."""
    return [to_simplified(reply).removeprefix("助手：") for reply in talk(answerer, "/check", *typed).replies()][1:]


# --- Words from elsewhere in the message are not the asker's facts ---


@pytest.mark.parametrize(
    "question",
    [
        "社工证一年考几次 我社工本科毕业 能考中级吗",
        "社工證一年考幾次 我社工本科畢業 能考中級嗎",
        "社工证两年考一次吗 我社工本科毕业 能考中级吗",
    ],
)
def test_how_often_the_exam_is_held_is_no_year_of_work(ask: Ask, question: str) -> None:
    said = verdict_text(ask(question))
    assert said == (
        "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年。\n"
        "按2006年规定判断能否报考社会工作师，还需要知道：从事社会工作的年限。"
    ), said


@pytest.mark.parametrize(
    "question",
    [
        "社工證一年考幾次 我在台中唸社工碩士 畢業後想去廈門 能不能考中級",
        "社工证一年考几次 我在北京念社工硕士 能不能考中级",
    ],
)
def test_a_degree_being_read_somewhere_is_not_held_yet(ask: Ask, question: str) -> None:
    said = verdict_text(ask(question))
    assert said.startswith(
        "按2006年规定，社工专业硕士报考社会工作师需从事社会工作满1年；这一条要求已取得这一学历，你还在读，"
    ), said
    assert "你已满1年" not in said


@pytest.mark.parametrize(
    ("first", "details", "level"),
    [("初级报考条件", "我本科 会计 工作3年", "那中级呢"), ("初級報考條件", "我本科，會計，工作3年", "那中級呢")],
)
def test_a_major_said_after_the_degree_is_no_job(ask: Ask, first: str, details: str, level: str) -> None:
    ask(first)
    said = verdict_text(ask(details))
    assert said.startswith(
        "按2006年规定，其他专业本科报考助理社会工作师需从事社会工作满2年；如果这3年都算从事社会工作，你已满3年，可以报考"
    ), said
    assert "会计的工作不是" not in said
    assert verdict_text(ask(level)).startswith(f"{INTERMEDIATE_OTHER_BACHELOR}你做了3年，还差2年。")


@pytest.mark.parametrize(
    "question", ["做会计 在社工机构管账 大专 干了5年 初级能考吗", "做會計 在社工機構管賬 大專 幹了5年 初級能考嗎"]
)
def test_a_job_plainly_not_social_work_at_an_agency_keeps_the_condition(ask: Ask, question: str) -> None:
    said = verdict_text(ask(question))
    assert "如果这5年都算从事社会工作，你已满5年，可以报考，否则暂不能。" in said, said
    assert "社工机构会计的工作算不算，以当年报考通知和当地资格审核为准。" in said


# --- /check: negations, corrections, part-years, certificates held ---


@pytest.mark.parametrize("negated", ["社工专业吗？不是", "是社工吗 不是的", "是社工嗎 不是的"])
def test_a_no_after_the_question_echoed_is_the_other_major(answerer: Answerer, negated: str) -> None:
    replies = check_replies(answerer, "初级", "本科", negated, "1")
    assert replies[2].startswith("你从事社会工作满几年了"), replies[2]
    assert replies[3].startswith(
        "自测结果：\n按2006年规定，其他专业本科报考助理社会工作师需从事社会工作满2年；你做了1年，还差1年。"
    ), replies[3]
    agreed = check_replies(answerer, "初级", "本科", negated.replace("不是", "是"))  # a yes: social work
    assert agreed[2].startswith("自测结果：\n按2006年规定，社工专业本科报考助理社会工作师不要求工作年限；可以报考。")


@pytest.mark.parametrize("corrected", ["哦不对 我其实是大专", "哦不對 我其實是大專"])
def test_a_fact_corrected_goes_on_from_it(answerer: Answerer, corrected: str) -> None:
    replies = check_replies(answerer, "初级", "高中", corrected, "社工专业", "2")
    assert replies[2].startswith("好的，已改为大专。\n你学的是社会工作专业吗？"), replies[2]  # said back, then on
    assert replies[4].startswith(
        "自测结果：\n按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；你已满2年，可以报考。"
    ), replies[4]


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        (
            ("中级", "本科", "1", "我干了两年半"),
            "社工专业本科报考社会工作师需从事社会工作满3年；你做了2年6个月，还差6个月；",
        ),
        (("中級", "碩士", "1", "半年"), "社工专业硕士报考社会工作师需从事社会工作满1年；你做了6个月，还差6个月；"),
        (("中级", "本科", "1", "两年多"), "社工专业本科报考社会工作师需从事社会工作满3年；你做了2年多，还差不到1年；"),
    ],
)
def test_a_part_of_a_year_typed_is_said_as_read(answerer: Answerer, typed: tuple[str, ...], says: str) -> None:
    said = check_replies(answerer, *typed)[-1]
    assert said.startswith(f"自测结果：\n按2006年规定，{says}年限算到报名当年年底，到那时满"), said
    assert "还没有社会工作年限" not in said and "助理社会工作师" not in said


def test_a_certificate_held_is_not_offered_the_level_below(answerer: Answerer) -> None:
    said = check_replies(answerer, "高级", "本科", "有", "4")[-1]
    assert said.startswith(
        "自测结果：\n按2018年评价办法，本科报考高级社会工作师需通过全国考试取得社会工作师证书后从事社会工作满5年；"
        "你做了4年，还差1年。\n\n"
    ), said
    assert "助理社会工作师" not in said


async def at_major(session: BotSession, chat: dict[str, Any] | None) -> None:
    """/check, 社会工作师（中级） tapped, 本科 typed: the major question."""
    started = only(await session.push(updates.command("/check", chat)))
    await choose(session, started, "社会工作师（中级）", chat)
    said = updates.message("本科", chat) if chat is None else updates.mention("本科")
    assert only(await session.push(said)).text == "你学的是社会工作专业吗？"


@pytest.mark.parametrize("chat", [None, updates.GROUP])
async def test_a_no_and_a_part_year_typed_in_telegram(real_session: BotSession, chat: dict[str, Any] | None) -> None:
    await at_major(real_session, chat)
    typed = updates.message if chat is None else updates.mention
    asked = only(await real_session.push(typed("社工专业吗？不是")))
    assert asked.text == "你从事社会工作满几年了？（算到报名当年年底）"
    verdict = only(await real_session.push(typed("两年半")))
    assert verdict.text.startswith(f"自测结果：\n{INTERMEDIATE_OTHER_BACHELOR}你做了2年6个月，还差2年6个月；"), (
        verdict.text
    )


async def test_a_correction_typed_in_telegram(real_session: BotSession) -> None:
    await at_major(real_session, None)
    asked = only(await real_session.push(updates.message("不对，其实是大专")))
    assert asked.text == "好的，已改为大专。\n你学的是社会工作专业吗？"
    assert asked.buttons[0][0][1] == "c:s:i.dz.s.-.-"


# --- Follow-ups about another person, or asking only the years ---


@pytest.mark.parametrize(
    ("before", "other", "says"),
    [
        (
            ("本科社工 毕业一年 街道 初级?", "那中级呢"),
            "我老婆是大专呢 她是学护理的 在医院做了三年",
            f"{INTERMEDIATE_OTHER_COLLEGE}她做了3年，还差3年。",
        ),
        (
            ("本科社工 4年 中级?",),
            "那我老婆呢 她本科 学的是英语 在街道干了4年",
            f"{INTERMEDIATE_OTHER_BACHELOR}她做了4年，还差1年。",
        ),
        (("本科社工3年 中级?",), "我同事呢 他大专 非社工 干了5年", f"{INTERMEDIATE_OTHER_COLLEGE}他做了5年，还差1年。"),
        (("本科社工3年 中級?",), "我同事呢 他大專 非社工 幹了5年", f"{INTERMEDIATE_OTHER_COLLEGE}他做了5年，还差1年。"),
        (
            ("初级报考条件",),
            "那我呢 高中毕业 在残联干了3年",
            "按2006年规定，高中/中专报考助理社会工作师需从事社会工作满4年；你做了3年，还差1年。",
        ),
    ],
)
def test_another_persons_details_get_their_own_verdict(
    ask: Ask, before: tuple[str, ...], other: str, says: str
) -> None:
    for question in before:
        ask(question)
    said = verdict_text(ask(other))
    assert said.startswith(says), said


def test_the_asker_after_another_person_is_read_alone(ask: Ask) -> None:
    ask("本科社工3年 中级?")
    assert verdict_text(ask("我同事呢 他大专 非社工 干了5年")).startswith(INTERMEDIATE_OTHER_COLLEGE)
    said = verdict_text(ask("那我呢 本科英语 工作6年"))
    assert said.startswith(f"{INTERMEDIATE_OTHER_BACHELOR}如果这6年都算从事社会工作，你已满6年，可以报考"), said


@pytest.mark.parametrize(
    ("details", "gap"),
    [("我想考中级 本科 汉语言 工作3年了", "还差几年"), ("我想考中級 本科 漢語言 工作3年了", "還差幾年")],
)
def test_details_said_beside_the_level_wanted_then_the_gap_asked(ask: Ask, details: str, gap: str) -> None:
    assert verdict_text(ask(details)).startswith(f"{INTERMEDIATE_OTHER_BACHELOR}你做了3年，还差2年。")
    assert verdict_text(ask(gap)).startswith(f"{INTERMEDIATE_OTHER_BACHELOR}你做了3年，还差2年。")


def test_the_years_asked_after_a_verdict_repeat_its_gap(ask: Ask) -> None:
    for question in ("社工专业大专 工作两年", "能报初级吗", "中级呢"):
        ask(question)
    said = verdict_text(ask("要几年"))
    assert said.startswith("按2006年规定，社工专业大专报考社会工作师需从事社会工作满4年；你做了2年，还差2年。"), said


@pytest.mark.parametrize("years", ["要几年", "要幾年"])
def test_the_years_asked_after_a_level_named_are_that_levels(ask: Ask, years: str) -> None:
    for question in ("社工证怎么考", "那中级呢", "高级呢"):
        ask(question)
    said = verdict_text(ask(years))
    assert said.startswith(
        "按2018年评价办法，本科及以上报考高级社会工作师需通过全国考试取得社会工作师证书后从事社会工作满5年。"
    ), said
    ask("宁波中级奖励多少", "rewards")  # a level named, but not its exam: no rule of who may sit it
    assert "报考社会工作师需" not in ask(years, "rewards").text


# --- Phrasings the reader missed ---


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "全日制大专 社工专业 干了三年多了 考中级还差多少",
            "按2006年规定，社工专业大专报考社会工作师需从事社会工作满4年；你做了三年多，还差不到1年；",
        ),
        (
            "我大专社工 工作两年了 考中级还差多少",
            "按2006年规定，社工专业大专报考社会工作师需从事社会工作满4年；你做了2年，还差2年。",
        ),
        (
            "我大專社工 工作兩年了 考中級還差多少",
            "按2006年规定，社工专业大专报考社会工作师需从事社会工作满4年；你做了2年，还差2年。",
        ),
        (
            "92年 大专行政管理 社工机构项目助理两年半 报初级还是中级",
            "按2006年规定，其他专业大专报考助理社会工作师需从事社会工作满4年；你做了两年半，还差1年6个月；",
        ),
    ],
)
def test_ordinary_ways_of_asking_the_gap_get_a_verdict(ask: Ask, question: str, says: str) -> None:
    said = verdict_text(ask(question))
    assert said.startswith(says), said


@pytest.mark.parametrize(
    "question", ["43岁 初中文化 网格员8年 有机会考社工证吗", "43歲 初中文化 網格員8年 有機會考社工證嗎"]
)
def test_schooling_below_the_lowest_level_is_said_so(ask: Ask, question: str) -> None:
    reply = ask(question)
    said = verdict_text(reply)
    assert said.startswith("按2006年规定，报考助理社会工作师至少需高中/中专学历，初中及以下暂不能报考。"), said
    assert "本助手依据的资料没有写年龄限制。" in said
    assert "以当年官方报考通知为准" in to_simplified(reply.text)
