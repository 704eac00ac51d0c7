"""The /check self-check answered by typing instead of tapping (两年, 社工, 本科畢業, 中级): the answer is read as a
question's details are, and the check goes on; what cannot be read is asked again with the choices."""

from __future__ import annotations

import pytest

from bot.core.answerer import Answerer
from bot.core.eligibility.check import CheckFlow
from bot.core.text import to_simplified
from tests.test_chat import talk

SOCIAL_WORK_BACHELOR = "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；你已满3年，可以报考。"


def offered(answerer: Answerer, state: str) -> list[str]:
    """The states the choices of a step of the check lead to."""
    return [button.value for row in answerer.check(state).buttons for button in row]


@pytest.mark.parametrize(
    "lines",
    [
        ("自测", "中级", "本科", "社工", "3年"),
        ("自测", "社工师", "本科毕业", "社会工作专业", "三年"),
        ("自测", "zhongji", "benke", "学社工的", "3 years"),
    ],
)
def test_a_check_answered_in_words_reaches_the_verdict(answerer: Answerer, lines: tuple[str, ...]) -> None:
    replies = list(talk(answerer, *lines).replies())
    assert replies[-1].startswith("助手：自测结果：\n" + SOCIAL_WORK_BACHELOR), replies[-1]


def test_a_check_answered_in_traditional_words_stays_traditional(answerer: Answerer) -> None:
    replies = list(talk(answerer, "自測", "中級", "本科畢業", "社會工作專業", "兩年").replies())
    assert replies[-1].startswith(
        "助手：自測結果：\n按2006年規定，社工專業本科報考社會工作師需從事社會工作滿3年；你做了2年，還差1年。"
    )


@pytest.mark.parametrize(
    ("typed", "years"),
    [
        *(("两年", "2"), ("兩年", "2"), ("2 years", "2"), ("十年", "6+10"), ("10", "6+10"), ("6年", "6")),
        # a part of a year, to the month or not said; not years under their number (不到3年: how many, not said)
        *(("半年", "0m6"), ("两年半", "2m30"), ("两年多", "2x"), ("不到3年", "2")),
        # close to their number or roughly: as said (快3年, 约3年), never as 2年多
        *(("快3年", "2n"), ("差不多3年", "2a"), ("三年左右", "2a")),
    ],
)
def test_years_typed_pick_the_years_choice(answerer: Answerer, typed: str, years: str) -> None:
    at_years = "i.bk.s.-.-"  # 社工专业本科 asked for 社会工作师: the years are asked next
    assert answerer.check(at_years).text.startswith("你从事社会工作满几年了")
    assert answerer.flow.typed(offered(answerer, at_years), typed) == f"i.bk.s.{years}.-"


def test_a_major_typed_at_the_major_question_is_another_major(answerer: Answerer) -> None:
    replies = list(talk(answerer, "/check", "初级", "大专", "护理", "3").replies())
    assert "其他专业大专报考助理社会工作师需从事社会工作满4年；你做了3年，还差1年。" in replies[-1], replies[-1]


def test_an_answer_giving_more_than_asked_fills_in_the_rest(answerer: Answerer) -> None:
    at_education = "i.-.-.-.-"
    assert answerer.flow.typed(offered(answerer, at_education), "本科，社工专业，做了4年") == "i.bk.s.4.-"


@pytest.mark.parametrize(("state", "typed"), [("-.-.-.-.-", "护理"), ("i.-.-.-.-", "兩年"), ("i.bk.s.-.-", "社工")])
def test_an_answer_giving_no_choices_answer_is_not_read(answerer: Answerer, state: str, typed: str) -> None:
    assert answerer.flow.typed(offered(answerer, state), typed) is None


def test_a_flow_without_a_reader_reads_no_typed_answer(answerer: Answerer) -> None:
    flow = CheckFlow(answerer.flow.rules)
    assert flow.typed(offered(answerer, "i.bk.s.-.-"), "两年") is None


def test_a_typed_answer_that_cannot_be_read_asks_again_with_the_choices(answerer: Answerer) -> None:
    replies = list(talk(answerer, "自测", "中级", "兩年").replies())
    assert replies[-1].startswith("助手：请输入 1 到 7 之间的数字"), replies[-1]
    assert "4. 本科" in replies[-1]


@pytest.mark.parametrize("level", ["中级社工", "社工中级", "考中级社工", "中級社工", "zhongji shegong"])
def test_a_level_said_with_social_work_is_the_level_not_the_major(answerer: Answerer, level: str) -> None:
    replies = list(talk(answerer, "自测", level, "本科", "其他专业", "3").replies())
    assert to_simplified(replies[2]).startswith("助手：你学的是社会工作专业吗？"), replies[2]  # the major is asked
    assert "其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；你做了3年，还差2年" in (
        to_simplified(replies[-1])
    ), replies[-1]


@pytest.mark.parametrize(("level", "state"), [("初级社工", "a.-.-.-.-"), ("高级社工", "s.-.-.-.-")])
def test_a_level_said_with_social_work_typed_picks_the_level_alone(answerer: Answerer, level: str, state: str) -> None:
    assert answerer.flow.typed(offered(answerer, "-.-.-.-.-"), level) == state


@pytest.mark.parametrize(
    ("typed", "state"),
    [
        ("有", "s.bk.-.-.i"),
        ("是", "s.bk.-.-.i"),
        ("yes", "s.bk.-.-.i"),
        ("没有", "s.bk.-.-.0"),
        ("沒有", "s.bk.-.-.0"),
        ("还没考", "s.bk.-.-.0"),
        ("No", "s.bk.-.-.0"),
    ],
)
def test_yes_or_no_typed_at_the_certificate_question_is_read(answerer: Answerer, typed: str, state: str) -> None:
    at_certificate = "s.bk.-.-.-"  # 本科 asked for 高级社会工作师: whether the 社会工作师 certificate is held
    assert answerer.check(at_certificate).text.startswith("你已通过全国考试取得社会工作师证书了吗")
    assert answerer.flow.typed(offered(answerer, at_certificate), typed) == state


@pytest.mark.parametrize(("typed", "major"), [("是", "s"), ("对", "s"), ("不是", "o"), ("no", "o")])
def test_yes_or_no_typed_at_the_major_question_is_read(answerer: Answerer, typed: str, major: str) -> None:
    assert answerer.flow.typed(offered(answerer, "i.bk.-.-.-"), typed) == f"i.bk.{major}.-.-"


def test_no_typed_in_traditional_in_the_terminal_check_reaches_the_verdict(answerer: Answerer) -> None:
    replies = list(talk(answerer, "自測", "高級", "本科", "還沒考").replies())
    assert replies[-1].startswith("助手：自測結果：\n按2018年評價辦法"), replies[-1]
    assert "沒有社會工作師證書暫不能報考" in replies[-1], replies[-1]


@pytest.mark.parametrize("typed", ["有", "没有"])
def test_yes_or_no_is_not_read_where_no_question_of_two_choices_is_asked(answerer: Answerer, typed: str) -> None:
    assert answerer.flow.typed(offered(answerer, "i.-.-.-.-"), typed) is None  # the education question
