"""Session 39's trial of eligibility questions typed as people type them: a wish or a plan told in a story
(一直想转行做社工) says nothing of the years of work it tells; years said roughly (差不多5年, 五年左右) or close to
their number (快五年) are repeated as said, never as a figure not said (如果这4年都算…); /check with details (/check
本科 社工专业 1年) starts the self-check with them, in the terminal as in Telegram; answers typed to /check in pinyin
(bu shi, si nian) are read."""

from __future__ import annotations

import pytest

from bot.core.answerer import Answerer
from bot.core.text import to_traditional
from bot.terminal import command
from tests import updates
from tests.helpers import Ask, BotSession, only, verdict_of
from tests.test_chat import talk

# 1. A wish or a plan says nothing of the years told.

CARE_HOME = "我今年三十五岁了在一家养老院做护工做了五年了高中毕业{wish}但是不知道我这个学历能不能考社工证有没有人知道的"
WISHES = ["一直想转行做社工", "打算做社工", "准备去做社工", "以后想当社工", "，想转行做社工，", "，计划转行去社工站，"]


@pytest.mark.parametrize("wish", WISHES)
@pytest.mark.parametrize("script", [str, to_traditional])
def test_a_wish_in_a_story_leaves_the_years_told_as_without_it(ask: Ask, wish: str, script: object) -> None:
    assert callable(script)
    with_wish, without = script(CARE_HOME.format(wish=wish)), script(CARE_HOME.format(wish=""))
    said = verdict_of(ask(with_wish))
    assert said == verdict_of(ask(without)), said
    assert script("如果这5年都算从事社会工作，你已满5年，可以报考") in said, said
    assert script("养老院的工作算不算") in said, said
    assert script("还差4年") not in said and script("开始做社工之前") not in said, said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("我在养老院做护工五年了，高中，准备去做社工，能考初级吗", "如果这5年都算从事社会工作，你已满5年"),
        ("我在養老院做護工做了五年了高中畢業打算做社工能考初級嗎", "如果這5年都算從事社會工作，你已滿5年"),
        ("我本科，在银行工作了6年，现在想转行做社工，能考中级吗", "不算银行的6年，你还没有从事社会工作的年限"),
    ],
)
def test_the_years_before_a_wish_are_read_as_told(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert says in said, said
    assert "开始做社工之前" not in said and "開始做社工之前" not in said, said


def test_social_work_done_after_another_job_still_starts_the_years_counted(ask: Ask) -> None:
    said = verdict_of(ask("我本科会计，做了10年会计，后来做社工2年，能考中级吗"))
    assert "你做了2年，还差3年。\n你开始做社工之前的10年（会计）" in said, said


# 2. Years said roughly or close to their number: as said, and where the rule asks just that number, whether they are
# full decides.

ROUGHLY = ["差不多５年了", "大概五年", "五年左右", "大约5年"]


@pytest.mark.parametrize("years", ROUGHLY)
def test_years_said_roughly_of_a_rule_asking_that_number_say_it_depends_on_their_being_full(
    ask: Ask, years: str
) -> None:
    said = verdict_of(ask(f"本科行政管理，在救助站工作{years}，能考中级吗"))
    assert "就可以报考，不满的话还不能" in said and "满5年（年限算到报名当年年底）" in said, said
    assert "已满5年" not in said and "4年" not in said and "还不满5年" not in said, said


@pytest.mark.parametrize("years", [*ROUGHLY, "快五年了", "将近5年"])
def test_years_said_roughly_or_nearly_are_never_another_figure(ask: Ask, years: str) -> None:
    said = verdict_of(ask(f"本科行政管理，在救助站工作{years}，能考初级吗"))
    assert "都算从事社会工作，你已满2年，可以报考，否则暂不能" in said, said
    assert "4年" not in said and "已满5年" not in said, said


def test_years_said_roughly_in_traditional_are_repeated_as_said(ask: Ask) -> None:
    said = verdict_of(ask("本科行政管理，在救助站工作差不多５年了，能考初級嗎"))
    assert "如果這差不多5年都算從事社會工作，你已滿2年，可以報考" in said, said
    said = verdict_of(ask("本科行政管理，在救助站工作五年左右，能考中級嗎"))
    assert "你說的是五年左右：滿5年（年限算到報名當年年底）就可以報考，不滿的話還不能" in said, said


def test_the_trials_story_of_nearly_five_years_is_judged_as_said(ask: Ask) -> None:
    said = verdict_of(
        ask(
            "各位大佬，我是2019年本科毕业的，学的是行政管理，毕业后一直在民政局下属的一个救助站工作，到现在差不多５年了吧，"
            "中间还换过一次岗位，想问问我现在能直接报中级社工师吗？还是必须先考初级？"
        )
    )
    assert "你说的是差不多5年：满5年（年限算到报名当年年底）就可以报考，不满的话还不能" in said, said
    assert "如果这差不多5年都算从事社会工作，你已满2年" in said and "4年" not in said, said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "本科会计，做了大概4年社工，能考中级吗",
            "你说的是大概4年，离5年还差1年左右；年限算到报名当年年底，到那时满5年就可以按这一条报考，否则还不能",
        ),
        (
            "大专会计，做了差不多3年社工，能考中级吗",
            "你说的是差不多3年，离6年还差3年左右；年限算到报名当年年底，今年报名的话，到年底也满不了6年，暂不能报考",
        ),
        (
            "本科，做了差不多3年社工，能考中级吗",
            "你说的是差不多3年，年限算到报名当年年底：满3年的话，要求3年的那一种可以报考；不满的话哪一种都还不够",
        ),
        ("本科会计，做社工快五年了，能考初级吗", "你说的是快五年，已满2年，可以报考。"),
    ],
)
def test_years_said_roughly_weighed_against_other_rules(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert says in said, said


@pytest.mark.parametrize(
    ("lines", "says"),
    [
        (("自测", "中级", "本科", "其他专业", "差不多5年"), "你说的是约5年：满5年（年限算到报名当年年底）就可以报考"),
        (("自测", "中级", "本科", "其他专业", "快5年"), "你说的是快5年，还不满5年"),
        (("自测", "初级", "本科", "其他专业", "五年左右"), "你说的是约5年，已满2年，可以报考。"),
        (("自測", "中級", "本科", "其他專業", "大概五年"), "你說的是約5年：滿5年（年限算到報名當年年底）就可以報考"),
    ],
)
def test_years_typed_to_the_check_roughly_are_repeated_as_said(
    answerer: Answerer, lines: tuple[str, ...], says: str
) -> None:
    verdict = list(talk(answerer, *lines).replies())[-1]
    assert says in verdict and "4年多" not in verdict, verdict


# 3. /check with details starts the self-check with them, in the terminal (and `bot ask`) as in Telegram.


def test_check_with_details_in_the_terminal_starts_the_check_with_them(answerer: Answerer) -> None:
    replies = list(talk(answerer, "/check 本科 社工专业 1年", "社会工作师（中级）").replies())
    assert replies[0].startswith("助手：按你给的情况：本科、社会工作专业、1年。\n你想报考哪个级别？"), replies[0]
    assert replies[1].startswith(
        "助手：自测结果：\n按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；你做了1年，还差2年。"
    ), replies[1]


@pytest.mark.parametrize(
    ("line", "says"),
    [
        (
            "/check 中級 碩士 社工專業 一年",
            "自測結果：\n按2006年規定，社工專業碩士報考社會工作師需從事社會工作滿1年；你已滿1年",
        ),
        ("自测 大专", "按你给的情况：大专。\n你想报考哪个级别？"),
        ("/check@shegong_faq_bot", "报考条件自测：回答几个问题，我按考试规定告诉你能否报考。\n你想报考哪个级别？"),
        ("/check 中级 本科", "按你给的情况：社会工作师（中级）、本科。\n你学的是社会工作专业吗？"),
    ],
)
def test_a_check_command_with_details_is_never_a_topic_answer(answerer: Answerer, line: str, says: str) -> None:
    reply = command(answerer, line)  # what the chat and `bot ask` answer a command with
    assert reply is not None and reply.text.startswith(says), reply


async def test_check_with_details_in_telegram_starts_the_check_with_them(real_session: BotSession) -> None:
    asked = only(await real_session.push(updates.command("/check 本科 社工专业 1年")))
    assert asked.text == "按你给的情况：本科、社会工作专业、1年。\n你想报考哪个级别？"
    assert asked.buttons[1] == [("社会工作师（中级）", "c:s:i.bk.s.1.-")]
    verdict = only(await real_session.push(updates.command("/check 中級 碩士 社工專業 一年")))
    assert verdict.text.startswith("自測結果：\n按2006年規定，社工專業碩士報考社會工作師需從事社會工作滿1年；你已滿1年")


# 4. Answers typed to /check in pinyin.


@pytest.mark.parametrize(
    ("lines", "says"),
    [
        (
            ("自测", "chuji", "dazhuan", "bu shi", "si nian"),
            "其他专业大专报考助理社会工作师需从事社会工作满4年；你已满4年",
        ),
        (
            ("自测", "chuji", "dazhuan", "shi", "liang nian"),
            "社工专业大专报考助理社会工作师需从事社会工作满2年；你已满2年",
        ),
        (
            ("自测", "中级", "benke", "shi", "liang nian"),
            "社工专业本科报考社会工作师需从事社会工作满3年；你做了2年，还差1年",
        ),
        (("自测", "高级", "benke", "mei you"), "没有社会工作师证书暂不能报考"),
        (("自測", "中級", "碩士", "shi", "yi nian"), "社工專業碩士報考社會工作師需從事社會工作滿1年；你已滿1年"),
    ],
)
def test_a_check_answered_in_pinyin_reaches_the_verdict(answerer: Answerer, lines: tuple[str, ...], says: str) -> None:
    replies = list(talk(answerer, *lines).replies())
    assert replies[-1].startswith(("助手：自测结果：", "助手：自測結果：")), replies[-1]
    assert says in replies[-1], replies[-1]
