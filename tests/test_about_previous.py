"""Conversations where a short turn asks about the answer just given (出处呢, 这个数字是哪年的, 从哪年开始, 谁说的,
详细点): it is answered from that answer's entries, never declined or read as a question of its own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.about_previous import AboutPrevious, Asked
from bot.core.answerer import footer
from bot.core.knowledge import KnowledgeBase
from bot.core.replies import Action, Outcome, Reply
from bot.core.text import to_simplified
from tests.helpers import Ask, answered, values
from tests.test_loader import kb_dir, line_of, problems  # noqa: F401  (kb_dir: a fixture)
from tests.test_loader import replace as replace_in


def lead(reply: Reply) -> str:
    """The reply's first line, which answers what was asked of the answer before (the footer follows)."""
    return to_simplified(reply.text).splitlines()[0]


def cited(knowledge: KnowledgeBase, entry: str) -> list[str]:
    """The citations of an entry, as its footer names them."""
    return [c.source.citation for c in knowledge.entries[entry].citations]


@pytest.mark.parametrize(
    ("turns", "entry"),
    [
        (["社工是干什么的", "出处呢"], "what-is-social-worker"),
        (["北京有多少社工", "出处呢"], "beijing-workforce"),
        (["社工工资高吗", "哪里的数据"], "pay"),
        (["北京有多少社工", "哪个报道"], "beijing-workforce"),
        (["浙江有多少持证社工", "谁发布的"], "zhejiang-holders"),
        (["社工是干什么的", "source?"], "what-is-social-worker"),
        (["继续教育多少学时", "来源呢"], "continuing-education"),
    ],
)
def test_where_the_answer_is_from_names_its_sources(
    ask: Ask, knowledge: KnowledgeBase, turns: list[str], entry: str
) -> None:
    for turn in turns[:-1]:
        ask(turn, chat="source")
    reply = ask(turns[-1], chat="source")
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == entry, reply.text
    assert all(f"📰 来源：{citation}" in reply.text for citation in cited(knowledge, entry)), reply.text


@pytest.mark.parametrize(
    ("before", "then", "date"),
    [
        ("北京有多少社工", "这个数字是哪年的", "2023年会议报道时"),
        ("北京的社工服务站有多少个", "截至什么时候", "截至2023年5月底"),
        ("北京有多少社工机构", "截至哪年", "2023年会议报道时"),
        ("继续教育多少学时", "哪年的规定", "2009年继续教育办法"),
        ("社工工资高吗", "这个数字是哪年的", "2023年报道"),
        ("北京有多少社工", "這個數字是哪年的", "2023年会议报道时"),
        ("北京社工有多少人", "是哪年的数", "2023年会议报道时"),
        ("宁波奖励多少", "这是哪年的标准", "2023年报道时的标准"),
        ("北京有多少社工", "那个数据是什么时间的", "2023年会议报道时"),
    ],
)
def test_when_its_figures_are_from_is_the_date_its_entry_cites(ask: Ask, before: str, then: str, date: str) -> None:
    ask(before, chat="date")
    reply = ask(then, chat="date")  # the date the entry gives, never one made up
    assert reply.outcome is Outcome.ANSWERED and f"数据时间是：{date}。" in lead(reply), reply.text


@pytest.mark.parametrize(
    ("before", "said"),
    [
        ("浙江报考人数多少", "从2018年起，浙江社工报考人数已连续六年居全国第一"),
        ("社工考试是什么", "我国从2008年起举行这项全国考试"),
    ],
)
def test_from_which_year_quotes_the_year_the_answer_says_it_began(ask: Ask, before: str, said: str) -> None:
    ask(before, chat="since")
    reply = ask("从哪年开始", chat="since")
    assert said in lead(reply), reply.text


def test_from_which_year_after_an_answer_naming_no_start_says_so(ask: Ask) -> None:
    ask("北京有多少社工", chat="since")
    reply = ask("从哪年开始", chat="since")
    assert "没有写“从哪年起”" in lead(reply) and "2023年会议报道时" in reply.text, reply.text


@pytest.mark.parametrize(
    ("turns", "speakers"),
    [
        (["社工是干什么的", "志愿者呢"], ["受访社工", "金碧华教授"]),
        (["社工工资高吗"], ["一名社工", "金碧华教授"]),
        (["社工为什么留不住人"], ["一名社工", "一位社工机构负责人"]),
        (["社工行业缺人吗"], ["李旭"]),
        (["社工工資高嗎"], ["一名社工", "金碧華教授"]),
    ],
)
def test_who_said_it_names_whom_the_answer_says_spoke(ask: Ask, turns: list[str], speakers: list[str]) -> None:
    for turn in turns:
        ask(turn, chat="who")
    reply = ask("谁说的", chat="who")
    assert all(to_simplified(who) in lead(reply) for who in speakers), reply.text
    assert "他" not in lead(reply) and "报道" not in lead(reply)  # a pronoun or the report is no one named


@pytest.mark.parametrize(
    ("before", "said"),
    [
        ("全国每年有多少人考社工证", "回答写明是谁说的：民政部数据、浙江省民政厅统计"),
        ("北京有多少社工", "没有写是哪个人说的，写的是据2023年北京全市社会工作专业人才队伍建设联席会议的报道"),
        ("浙江有多少持证社工", "没有写是哪个人说的，写的是据2023年《浙江日报》报道"),
    ],
)
def test_who_said_it_names_the_bodies_and_reports_the_answer_attributes_its_figures_to(
    ask: Ask, before: str, said: str
) -> None:
    ask(before, chat="who")
    reply = ask("谁说的", chat="who")  # quoted from the answer, never made up
    assert said in lead(reply), reply.text


def test_who_said_it_after_an_answer_naming_no_one_gives_the_source(ask: Ask, knowledge: KnowledgeBase) -> None:
    ask("张露娜是谁", chat="who")  # she is named, as the one who founded an agency, not as saying anything
    reply = ask("谁说的", chat="who")
    assert "没有写是哪个人说的" in lead(reply) and "张露娜" not in reply.text, reply.text
    assert cited(knowledge, "township-agency")[0] in reply.text


@pytest.mark.parametrize(
    ("turns", "entry"),
    [
        (["社工工资高吗", "详细点"], "pay"),
        (["社工是干什么的", "志愿者呢", "举个例子"], "vs-volunteer"),
        (["北京有多少社工", "还有吗"], "beijing-workforce"),
        (["宁波奖励多少", "還有嗎"], "ningbo-reward"),
    ],
)
def test_more_offers_the_related_questions_never_the_decline(
    ask: Ask, knowledge: KnowledgeBase, turns: list[str], entry: str
) -> None:
    for turn in turns:
        reply = ask(turn, chat="more")
    assert answered(reply) == entry and values(reply) == list(knowledge.entries[entry].related), reply.text
    assert knowledge.entries[entry].question in lead(reply), reply.text


def test_more_of_an_answer_with_nothing_related_says_there_is_nothing_more(knowledge: KnowledgeBase) -> None:
    entry = replace(knowledge.entries["pay"], related=())
    reading = AboutPrevious(knowledge.vocabulary.about_previous)
    text, rows = reading.reply(Asked.MORE, (entry,), footer(()), knowledge.entries)
    assert "没有更多可以补充的" in text and [b.action for row in rows for b in row] == [Action.TOPICS]


def test_a_turn_about_the_answer_before_is_answered_in_the_script_of_that_answer(ask: Ask) -> None:
    ask("繼續教育多少學時", chat="script")
    reply = ask("出处呢", chat="script")  # 出处呢 is Simplified; the thread is Traditional
    assert reply.traditional and "來源" in reply.text and answered(reply) == "continuing-education", reply.text


@pytest.mark.parametrize(
    "turns",
    [["出处呢"], ["你好", "出处呢"], ["宁波奖励多少", "台州高级呢", "出处呢"], ["你好", "谁说的"]],
)
def test_after_a_reply_giving_nothing_to_cite_says_so(ask: Ask, turns: list[str]) -> None:
    for turn in turns:
        reply = ask(turn, chat="nothing")  # small talk, or an honest reply naming no source
    assert reply.outcome is Outcome.DECLINED and answered(reply) is None, reply.text
    assert lead(reply).startswith("上一条回复没有给出资料里的数字或说法") and "出处呢" not in reply.text, reply.text


def test_where_a_verdict_is_from_is_the_rules_it_follows(ask: Ask) -> None:
    ask("我大专毕业", chat="verdict")
    reply = ask("出处呢", chat="verdict")
    assert reply.outcome is Outcome.ANSWERED and "国人部发〔2006〕71号" in reply.text, reply.text


def test_only_after_an_answer_and_the_thread_goes_on(ask: Ask) -> None:
    ask("出处呢", chat="thread")  # no answer before it
    ask("宁波奖励多少", chat="thread")
    assert answered(ask("出处呢", chat="thread")) == "ningbo-reward"
    assert answered(ask("截至哪年", chat="thread")) == "ningbo-reward"  # still the answer before
    assert answered(ask("那台州呢", chat="thread")) == "taizhou-reward"  # a follow-up goes on from it


@pytest.mark.parametrize(
    ("before", "about", "then", "entry"),
    [
        # the words asked of the answer are part of a question of its own: the exam overview, Beijing's figures
        ("浙江报考人数多少", "从哪年开始", "社工考试从哪年开始", "exam-overview"),
        ("社工工资高吗", "出处呢", "北京的数据截至什么时候", None),
        ("社工工资高吗", "谁说的", "社工证谁发的", "exam-organisers"),
        ("宁波奖励多少", "这个数字是哪年的", "宁波奖励标准是多少", "ningbo-reward"),
    ],
)
def test_the_words_do_not_take_over_a_question_of_its_own(
    ask: Ask, before: str, about: str, then: str, entry: str | None
) -> None:
    ask(before, chat="own")
    assert lead(ask(about, chat="own")).startswith("刚才回答的")
    reply = ask(then, chat="own")
    assert not reply.text.startswith("刚才回答的"), reply.text
    assert answered(reply) == entry if entry else answered(reply) != answered(ask(before, chat="again")), reply.text


def test_who_pays_after_a_reward_is_not_where_the_answer_is_from(ask: Ask) -> None:
    ask("宁波奖励多少", chat="pays")
    reply = ask("谁发的", chat="pays")  # who pays the reward, which the answer does not say: its own reply
    assert not lead(reply).startswith("刚才回答的") and "谁能领" in reply.text, reply.text
    ask("北京有多少社工", chat="published")
    assert lead(ask("谁发的", chat="published")).startswith("刚才回答的【北京有多少社工？】出自")  # who published it


def test_a_misspelt_word_list_of_the_turns_about_an_answer_is_named(kb_dir: Path) -> None:  # noqa: F811
    path = kb_dir / "synonyms.yaml"
    replace_in(path, "  pointing: [", "  pointng: [")
    named = (
        f"synonyms.yaml:{line_of(path, 'pointng:')}: about_previous: unknown key `pointng`; did you mean `pointing`?"
    )
    assert any(named in problem for problem in problems(kb_dir)), problems(kb_dir)
