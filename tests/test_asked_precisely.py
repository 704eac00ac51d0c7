"""Conversations where a question's exact words decide the entry: a place asked about another topic, a level whose
reward no report gives, a year swapped in a follow-up, a deadline, a first salary, and where to begin."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered


@pytest.mark.parametrize("question", ["台州社工缺人吗", "宁波社工缺人吗"])
def test_a_city_asked_about_the_shortage_never_gets_that_city_s_reward(ask: Ask, question: str) -> None:
    reply = ask(question)  # the city's only entry is its reward: the place alone does not make it the answer
    assert reply.outcome is not Outcome.ANSWERED, reply.text
    assert "talent-gap" in [b.value for row in reply.buttons for b in row], reply.buttons


@pytest.mark.parametrize("question", ["我是台州的，考了高级，有奖励吗", "我是台州的，考了高级，有獎勵嗎"])
def test_a_senior_reward_in_taizhou_after_the_scene_is_named_as_unknown(ask: Ask, question: str) -> None:
    reply = ask(question)  # the overview of every city's rewards has no Taizhou senior figure either
    assert reply.outcome is Outcome.DECLINED and "台州的高级社工师的奖励" in to_simplified(reply.text), reply.text
    assert [b.value for b in reply.buttons[0]] == ["taizhou-reward"], reply.buttons


@pytest.mark.parametrize(
    ("first", "year", "figure", "note"),
    [
        ("全国报考人数多少", "那2023年呢", "约为89万", "没有2023年的"),
        ("宁波奖励多少", "2022年呢", "1500元", "没有2022年的"),
        ("北京有多少社工", "what about 2020?", "7.96万", "没有2020年的"),
    ],
)
def test_a_follow_up_that_swaps_only_the_year_asks_the_same_of_that_year(
    ask: Ask, first: str, year: str, figure: str, note: str
) -> None:
    ask(first, chat="year")
    reply = ask(year, chat="year")  # the figures there are, and that none is of the year asked
    assert reply.outcome is Outcome.ANSWERED and figure in reply.text and note in reply.text, reply.text


def test_a_year_the_answer_compares_with_is_answered_without_a_missing_note(ask: Ask) -> None:
    ask("全国报考人数多少", chat="compare")
    reply = ask("2021年呢", chat="compare")  # 比2021年增加了6.1万 is about 2021
    assert answered(reply) == "exam-applicants" and "没有2021年的" not in reply.text, reply.text


def test_a_year_alone_with_nothing_before_is_not_a_follow_up(ask: Ask) -> None:
    assert ask("2021年呢", chat="new").outcome is not Outcome.ANSWERED


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("首次登记要多久内办", "registration"),  # 多久内: by when
        ("社工证首次登记多久内要办", "registration"),
        ("登记要几个月内办", "registration"),
        ("高级考完多长时间内要评审", "senior-pass-validity"),
        ("考过一年半了还没登记，还能登记吗", "registration-late"),  # 一年半: a duration, not unknown words
        ("证书拿了半年还没登记要紧吗", "registration-late"),
        ("中级证书要再登记吗", "re-registration"),
        ("新入职社工能拿多少", "pay"),  # a new hire's pay
        ("刚入职的社工能拿多少", "pay"),
        ("考中级能拿多少", "rewards-overview"),  # passing a level: the reward
        ("考社工证能拿多少", "rewards-overview"),
        ("社工考证能拿多少", "rewards-overview"),
        ("我想当社工该怎么做", "how-to-get-certificate"),
        ("我想做社工应该怎么办", "how-to-get-certificate"),  # not what to do about the shortage
    ],
)
def test_everyday_wordings_get_the_entry_their_words_mean(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == entry, reply.text


def test_whether_registration_can_be_done_online_is_left_to_the_province(ask: Ask) -> None:
    reply = ask("证书登记网上能办吗")  # the sources say each province runs its own system, not whether online
    assert answered(reply) == "registration-where" and "能不能在网上办" in reply.text, reply.text
