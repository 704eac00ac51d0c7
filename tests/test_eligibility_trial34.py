"""What session 34's newcomer found in the verdicts and /check: several degrees (第二学位是社工, 两个本科, 大专社工
then 专升本 会计) read as one other-major degree or a job; years counted by the calendar year alone (2025年1月), a
certificate's date said in words (去年才拿的), phrasings not read (从2021年干到现在, 毕业就进了, 五六年, 刚入职); a
second ask dropped beside a verdict (有效期几年, 要准备哪些材料); a profile given in pieces across turns (我是本科会计,
then 在社区做了三年, then 能考吗) and 那我呢 after a colleague's; /check answers going back (返回, 上一步), years typed
as a number beyond the buttons (7) or a part of a year (0.5), and a correction said back. The date is fixed: today is
2026-11-30."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from bot.core import wording
from bot.core.answerer import Answerer
from bot.core.conversation import Threads
from bot.core.engine import Engine
from bot.core.replies import Reply
from tests.test_eligibility_stage import verdict_text
from tests.test_eligibility_trial33 import check_replies

TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def dated(engine: Engine) -> Answerer:
    """An answerer that reads questions on TODAY."""
    return Answerer(engine, lambda: TODAY)


Say = Callable[[str], Reply]


@pytest.fixture
def say(dated: Answerer) -> Say:
    """Asks in one chat, as a front end does."""
    threads = Threads()

    def asking(question: str) -> Reply:
        reply = dated.ask(question, threads.last("chat"))
        threads.remember("chat", reply.read_as)
        return reply

    return asking


# --- Several degrees: the most favourable, named; a minor is not the major ---


TWO_DEGREES = (
    "我第二学位是社会工作，第一学位是英语，工作一年，能考初级吗",
    "我有两个本科，一个会计一个社会工作，工作一年，能考初级吗",
)


@pytest.mark.parametrize("question", TWO_DEGREES)
def test_a_bachelors_in_social_work_among_two_needs_no_years(say: Say, question: str) -> None:
    said = verdict_text(say(question))
    assert said.startswith("按2006年规定，社工专业本科报考助理社会工作师不要求工作年限；可以报考。"), said
    assert "会计的" not in said


def test_a_junior_college_degree_in_social_work_decides_beside_a_later_bachelors(say: Say) -> None:
    said = verdict_text(say("我大专是社工，后来专升本读了会计，工作4年，能考中级吗"))
    assert said.startswith(
        wording.BY_DEGREE.format(person="你", levels="", degree="社工专业大专")
        + "\n按2006年规定，社工专业大专报考社会工作师需从事社会工作满4年；"
        + "如果这4年都算从事社会工作，你已满4年，可以报考"
    ), said


def test_a_minor_in_social_work_is_judged_by_the_major_and_the_notice_decides(say: Say) -> None:
    said = verdict_text(say("本科双学位，主修法学辅修社会工作，工作两年，能考中级吗"))
    assert said.startswith("按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年"), said
    assert wording.MINOR.format(minor="辅修社会工作") in said


# --- Years: to the month, from a certificate's date, and phrasings ---


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "大专社工专业，2025年1月开始做社工，今年能考初级吗",
            "按2025年1月开始一直从事社会工作算，到今年年底满2年，你可以报考",
        ),
        ("我在居委会工作，中专，从2021年干到现在，能考初级吗", "按2021年开始一直工作算，到今年年底满5年"),
        (
            "我21年本科毕业，会计专业，毕业就进了街道社工站，中级能报吗",
            "按2021年毕业后一直从事社会工作算，到今年年底满5年，你可以报考",
        ),
        ("高中，有助理证但是去年才拿的，总共工作10年，能考中级吗", "你取得证书到今年年底满1年，不满6年"),
        ("大专护理专业，医院做了五六年护士，能考社工初级吗", "五六年按少的5年算。"),
        ("我刚入职居委会，本科行政管理，什么时候能考初级", "你还没有社会工作年限，还差2年"),
    ],
)
def test_years_are_read_as_said(say: Say, question: str, expected: str) -> None:
    said = verdict_text(say(question))
    assert expected in said, said


# --- Other asks beside a verdict ---


def test_how_long_a_certificate_lasts_is_answered_beside_the_verdict(say: Say) -> None:
    said = say("本科，中级证拿了5年，一直在做社工，能考高级吗，通过后证书有效期几年").text
    assert "【社工证要登记吗？什么时候登记？】" in said, said


def test_a_part_no_entry_answers_is_named_beside_the_verdict(say: Say) -> None:
    said = say("大专社工4年，能考中级吗？要准备哪些材料？").text
    assert wording.PARTS_LEFT.format(rest="要准备哪些材料") in said, said


# --- A profile in pieces ---


def test_a_profile_given_in_pieces_gets_the_verdict_so_far_at_each(say: Say) -> None:
    first = verdict_text(say("我是本科会计"))
    assert "还需要知道" in first, first
    counted = "其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；你做了3年，还差2年"
    assert counted in verdict_text(say("在社区做了三年"))
    assert counted in verdict_text(say("能考吗"))
    corrected = verdict_text(say("不对，我是大专"))
    assert "其他专业大专报考社会工作师需从事社会工作满6年" in corrected, corrected


def test_a_relations_pieces_are_hers(say: Say) -> None:
    for piece in ("我老婆中专", "有初级证", "拿证后干了五年"):
        assert verdict_text(say(piece)), piece
    said = verdict_text(say("能考中级吗"))
    assert said == (
        "按2006年规定，高中/中专报考社会工作师需通过全国考试取得助理社会工作师证书后从事社会工作满6年；她做了5年，还差1年。"
    ), said


def test_pieces_after_a_level_alone_are_read_with_it(say: Say) -> None:
    for piece in ("初级", "大专", "社工专业"):
        say(piece)
    said = verdict_text(say("两年了"))
    assert said == "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；你已满2年，可以报考。", said


def test_that_i_brings_back_the_askers_own_details_after_a_colleagues(say: Say) -> None:
    say("我大专社工专业，做了五年，能考中级吗")
    assert "其他专业本科报考社会工作师" in verdict_text(say("我同事本科会计呢"))
    said = verdict_text(say("那我呢"))
    assert said.startswith("按2006年规定，社工专业大专报考社会工作师需从事社会工作满4年"), said


# --- /check ---


def test_check_goes_back_one_question(dated: Answerer) -> None:
    replies = check_replies(dated, "初级", "大专", "其他", "返回", "社工", "上一步", "上一步", "本科", "社工")
    assert replies[3].startswith(wording.PROMPT_MAJOR), replies[3]
    assert replies[6].startswith(wording.PROMPT_EDUCATION), replies[6]
    assert "社工专业本科报考助理社会工作师不要求工作年限" in replies[-1], replies[-1]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (("高级", "硕士", "有", "7"), "你已满7年，可以报考"),
        (("初级", "大专", "其他", "0.5"), "你做了6个月，还差3年6个月"),
        (("初级", "大专", "其他", "五六年"), "你已满5年，可以报考"),
    ],
)
def test_check_reads_years_as_typed(dated: Answerer, typed: tuple[str, ...], expected: str) -> None:
    result = check_replies(dated, *typed)[-1]
    assert expected in result, result


def test_check_says_a_correction_back(dated: Answerer) -> None:
    replies = check_replies(dated, "中级", "大专", "社工", "不对，我是本科")
    assert replies[-1].startswith(wording.CHECK_CORRECTED.format(facts="本科")), replies[-1]


@pytest.mark.parametrize("question", ["听说大专不能考社工，是吗", "我是大专"])
def test_a_degree_said_alone_gets_what_it_asks_of_each_major_at_each_level(say: Say, question: str) -> None:
    text = say(question).text  # not only what is missing: a 大专 may sit both levels, with years
    assistant = "社工专业大专报考助理社会工作师需从事社会工作满2年；其他专业大专报考助理社会工作师需从事社会工作满4年"
    assert assistant in text, text
    assert "社工专业大专报考社会工作师需从事社会工作满4年" in text and "判断能否报考，还需要知道：专业" in text
