"""Conversations where a question puts a figure or a fact forward to be confirmed (…对吗, …吧, 听说…？, true?, …还是…):
it is answered, never offered a bare list or declined, and the answer is led by one line saying whether the sources
say so: the figure is theirs, or it is not (the answer stands), or it is their figure of something else; numbers
written in Chinese words or full-width digits read as numbers. In Simplified and in Traditional."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified, to_traditional
from tests.helpers import Ask, answered

Script = Callable[[str], str]
SCRIPTS = [pytest.param(str, id="simplified"), pytest.param(to_traditional, id="traditional")]


def lead(reply_text: str) -> str:
    """The line leading an answer, under the question it answers when it names one (【…】)."""
    lines = to_simplified(reply_text).split("\n")
    return lines[1] if lines[0].startswith("【") else lines[0]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("question", "entry", "line"),
    [
        ("北京有七点九六万社工？", "beijing-workforce", "（资料里的数字正是七点九六万，见下面。）"),
        ("北京有７.９６万社工？", "beijing-workforce", "（资料里的数字正是7.96万，见下面。）"),
        ("宁波初级奖一千五百元吗", "ningbo-reward", "（资料里的数字正是一千五百元，见下面。）"),
        ("北京社工服务了228万人？", "beijing-cases", "（资料里的数字不是228万人，以下面为准。）"),
        ("听说全国报考社工有100万人？", "exam-applicants", "（资料里的数字不是100万人，以下面为准。）"),
        ("社工工资五六千吧", "pay", "（资料里的数字不是五六千，以下面为准。）"),
        ("首次登记要在考过后两年内吧", "registration", "（资料里的数字不是两年，以下面为准。）"),
        ("北京行动计划2021-2025年对吗", "beijing-policies", "（资料里的数字不是2021-2025年，以下面为准。）"),
        (  # 20万 applied in Zhejiang: what the sources' 20万 is, beside the holders
            "浙江有20万持证社工对吧",
            "zhejiang-holders",
            "（资料里的数字不是20万；资料里的20万说的是另一件事：“浙江报考人数首次突破20万”，以下面为准。）",
        ),
        (  # 7.96万 are Beijing's professionals; of its holders the sources give no figure
            "北京有7.96万持证社工，对吗",
            "holders-count",
            "（资料里的7.96万说的是另一件事：“北京全市社工专业人才总数已达7.96万人”。）",
        ),
        # a figure of the sources, put forward for another period than they give it for: not confirmed as it stands
        ("继续教育每年要72学时吗", "continuing-education", "（资料里的数字是72学时，但不是每年的，见下面。）"),
        ("宁波奖励是每年3000吗", "ningbo-reward", "（资料里的数字是3000，但不是每年的，见下面。）"),
        ("社工工资每年三四千吗", "pay", "（资料里的数字是三四千，但说的是每个月的，不是每年的，见下面。）"),
        ("社工一个月工资三四千吗", "pay", "（资料里的数字正是三四千，见下面。）"),  # the period the answer gives
        # the 3 years are every level's, said on no level's line; the hours are each level's own
        ("助理每三年要72学时吧", "continuing-education", "（资料里的数字正是三年、72学时，见下面。）"),
        (
            "助理每三年要90学时吧",
            "continuing-education",
            "（资料里的数字不是90学时；资料里的90学时说的是另一件事：“一次性计90学时”，以下面为准。）",
        ),
    ],
)
def test_a_figure_put_forward_is_answered_and_said_to_be_the_sources_or_not(
    ask: Ask, script: Script, question: str, entry: str, line: str
) -> None:
    reply = ask(script(question))
    assert answered(reply) == entry and lead(reply.text) == line, reply.text


def test_a_figure_put_forward_in_english_is_answered_and_said_to_be_the_sources(ask: Ask) -> None:
    reply = ask("Beijing 16 district centres true?")
    assert answered(reply) == "beijing-service-network" and lead(reply.text) == "（资料里的数字正是16，见下面。）"


def test_a_year_put_forward_as_when_the_exam_began_is_not_the_year_of_the_rules(ask: Ask) -> None:
    reply = ask("national exam started 2006?")  # the exam began in 2008; 2006 is the regulation's year
    said = lead(reply.text)
    assert answered(reply) == "exam-overview" and said.startswith("（资料里的数字不是2006；"), reply.text
    assert "资料里的2006说的是另一件事" in said and "从2008年起举行" in reply.text, reply.text


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_subject_put_forward_for_the_wrong_level_is_said_to_be_another_level_s(ask: Ask, script: Script) -> None:
    reply = ask(script("初级考社会工作法规与政策吗"))
    line = "（下面的答案里没有《社会工作法规与政策》；资料里它属于“中级社工考哪几科？”。）"
    assert answered(reply) == "subjects-assistant" and lead(reply.text) == line, reply.text


@pytest.mark.parametrize("script", SCRIPTS)
def test_of_two_things_asked_between_the_one_the_sources_say_leads(ask: Ask, script: Script) -> None:
    reply = ask(script("宁波高级奖5000是一次性还是每年"))
    assert answered(reply) == "ningbo-reward" and lead(reply.text) == "（资料里说的是“一次性”。）", reply.text
    assert "5000元" in reply.text, reply.text


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("first", "then", "line"),
    [
        ("宁波中级奖励多少", "是3000元对吧", "（资料里的数字正是3000元，见下面。）"),
        ("北京有多少社工", "是七点九六万吗", "（资料里的数字正是七点九六万，见下面。）"),
        (
            "浙江有多少持证社工",
            "听说有20万？",
            "（资料里的数字不是20万；资料里的20万说的是另一件事：“浙江报考人数首次突破20万”，以下面为准。）",
        ),
    ],
)
def test_a_figure_alone_after_an_answer_is_that_answer_s_figure_to_confirm(
    ask: Ask, script: Script, first: str, then: str, line: str
) -> None:
    before = ask(script(first), chat=then)  # the chat in one script throughout
    reply = ask(script(then), chat=then)
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == answered(before), reply.text
    assert lead(reply.text) == line, reply.text


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_figure_put_forward_in_words_in_an_asking_clause_is_read(ask: Ask, script: Script) -> None:
    reply = ask(script("社工考试一年有两次机会吗，没考过是不是要等一年"))
    assert lead(reply.text) == "（资料里的数字不是两次，以下面为准。）" and "每年举行一次" in to_simplified(reply.text)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("宁波初级奖一千五吗", "（资料里的数字正是一千五，见下面。）"),  # 一千五 is 1500, not 1005
        ("宁波高级五千块对吧", "（资料里的数字正是五千块，见下面。）"),  # 块 asked as the 元 the entries say
        ("中级继续教育90学时对吗", "（资料里的数字正是90学时，见下面。）"),  # 学时 as the answer's 小时
        ("初级继续教育90学时对吗", "（资料里的数字不是90学时；"),  # 90 is the other levels'
    ],
)
def test_a_figure_is_read_as_said_and_held_to_the_level_asked(
    ask: Ask, script: Script, question: str, line: str
) -> None:
    assert lead(ask(script(question)).text).startswith(line)


def test_a_figure_said_as_more_than_is_not_held_to(ask: Ask) -> None:
    assert "不是七万" not in to_simplified(ask("北京有七万多社工吗").text)  # 7.96万 is 七万多


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("北京社工是8万吗", "（资料里的数字是7.96万，约8万，见下面。）"),
        ("北京社工是7.96万吗", "（资料里的数字正是7.96万，见下面。）"),
        ("北京有多少社工，是8万吗", "（资料里的数字是7.96万，约8万，见下面。）"),  # not 社工是… too, as what one is
    ],
)
def test_a_figure_said_to_be_what_is_counted_is_asked_as_the_count(
    ask: Ask, script: Script, question: str, line: str
) -> None:
    reply = ask(script(question))
    assert answered(reply) == "beijing-workforce" and reply.match is not None and not reply.match.more, reply.text
    assert lead(reply.text) == line


@pytest.mark.parametrize("question", ["北京社工有多少", "北京的社工一共有多少", "北京社工有多少人"])
def test_a_group_asked_how_many_at_the_end_is_asked_its_count(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "beijing-workforce"


def test_a_figure_put_forward_in_a_follow_up_leads_the_answer_it_follows(ask: Ask) -> None:
    assert answered(ask("宁波奖励多少", chat="ningbo")) == "ningbo-reward"
    for question, line in [
        ("是3000吗", "（资料里的3000是社工师的，见下面。）"),  # which level the figure is of
        ("那高级是5000吧", "（资料里的数字正是5000，见下面。）"),  # 高级 of the rewards, not the senior review
        ("那台州初级是1500吗", "（资料里的数字不是1500，以下面为准。）"),
    ]:
        reply = ask(question, chat="ningbo")
        assert answered(reply) in {"ningbo-reward", "taizhou-reward"} and lead(reply.text) == line, reply.text


def test_a_level_and_a_figure_alone_after_an_answer_swap_the_level_in(ask: Ask) -> None:
    assert answered(ask("台州考上中级奖多少", chat="taizhou")) == "taizhou-reward"
    reply = ask("高级是5000吧", chat="taizhou")  # Taizhou's senior reward, which no source gives: not the senior review
    assert reply.outcome is Outcome.DECLINED and "\n关于台州的高级社工师的奖励" in reply.text, reply.text
    assert reply.text.startswith("（资料里的5000说的是：“高级：5000元/人”，见【宁波考社工证有多少奖励？】。）")
