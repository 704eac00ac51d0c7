"""Kinds of question read wrongly before session 36: a place named as where the asker sat the exam or moved to taking
over a question about a procedure, stations counted with the level they serve read as communities counted, English
`registration` said of a certificate, questions that also ask where the figures are from, and questions whose words
the synonyms or an entry's keywords missed."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    "question",
    [
        "我在浙江考的社工证，现在搬到四川工作了，登记要转过去吗",
        "我在北京考的社工证，现在搬到浙江工作了，登记要转过去吗",
        "我在宁波考的中级，现在调到杭州了，证书登记要迁过去吗",
        "我在北京考過社工證，後來搬到廣東工作，登記要轉過去嗎",
    ],
)
def test_moving_one_s_registration_elsewhere_gets_where_to_register(ask: Ask, question: str) -> None:
    reply = ask(question)  # not the figures of the place sat at or moved to (浙江's applicants)
    assert answered(reply) == "registration-where" and "户籍所在地或工作单位所在地" in to_simplified(reply.text), (
        reply.text
    )


@pytest.mark.parametrize(
    "question",
    [
        "在浙江考的社工证，到四川能用吗",
        "我在浙江考的社工证，现在搬到四川了，证书还能用吗",
        "我在北京考的社工证，去上海工作还有效吗",
    ],
)
def test_places_sat_at_and_moved_to_do_not_make_a_question_one_of_their_figures(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "certificate-nationwide"


@pytest.mark.parametrize(
    ("question", "expected"),
    [("在浙江做社工能申请保障房吗", "zhejiang-incentives"), ("我在宁波考的中级，有奖励吗", "ningbo-reward")],
)
def test_a_place_one_works_in_or_asks_its_reward_of_is_still_asked_about(
    ask: Ask, question: str, expected: str
) -> None:
    assert answered(ask(question)) == expected


@pytest.mark.parametrize(
    "question",
    [
        "北京有多少个社区社工服务站",
        "北京有多少個社區社工服務站",
        "北京有几个社区社会工作服务站",
        "北京乡镇社工站有多少",
    ],
)
def test_stations_counted_with_the_level_they_serve_get_the_stations(ask: Ask, question: str) -> None:
    reply = ask(question)  # not "关于北京的社区数…不作回答"
    assert answered(reply) == "beijing-service-network" and "835" in reply.text, reply.text


@pytest.mark.parametrize("question", ["浙江有多少个社区社工服务站", "上海有几个社区社工服务站"])
def test_stations_of_a_place_without_figures_are_declined_as_stations(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and "社工站数" in reply.text and "社区数" not in reply.text, reply.text


def test_communities_counted_are_still_declined_as_communities(ask: Ask) -> None:
    reply = ask("北京有多少个社区")
    assert reply.outcome is Outcome.DECLINED and "社区数" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "社工证 registration 要多久",
        "社工证registration要多久",
        "社工證 registration 要多久",
        "证书 registration 去哪办",
    ],
)
def test_english_registration_said_of_a_certificate_is_registering_it(ask: Ask, question: str) -> None:
    reply = ask(question)  # not signing up for the exam (报名)
    assert answered(reply) == "registration-where" and "30个工作日" in to_simplified(reply.text), reply.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("我在写调研报告，想问浙江持证社工有多少人，数据是哪年的", "zhejiang-holders"),
        ("我是记者，想了解北京社工服务案例数量和服务人次，出处是哪里", "beijing-cases"),
        ("我是學生，想問北京有多少社工，資料出處是哪裡", "beijing-workforce"),
    ],
)
def test_a_question_also_asking_where_its_figures_are_from_is_answered(ask: Ask, question: str, expected: str) -> None:
    reply = ask(question)  # every answer names its source and date
    assert answered(reply) == expected and "数据时间" in to_simplified(reply.text), reply.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("我今年刚考过初级，证书下来了要去哪登记，需要带什么", "registration-where"),
        ("我去年考過中級，證書下來了要去哪裡登記，要帶什麼", "registration-where"),
        ("我拿证超过一年了才知道要登记，还能补登记吗", "registration-late"),
        ("我拿證超過一年了才知道要登記，還能補登記嗎", "registration-late"),
        ("社工证考过了还要年审吗", "re-registration"),
        ("社工證考過了還要年審嗎", "re-registration"),
        ("2022年全國報考社工的人比2021年多了多少", "exam-applicants"),
        ("全国报考社工的人比上一年多了多少", "exam-applicants"),
        ("居委會的工作人員算社工嗎", "vs-community-worker"),
        ("在居委会里工作的人是社工吗", "vs-community-worker"),
        ("我周末去做志愿者，可以说自己是社工吗", "vs-volunteer"),
        ("我去當志願者，能說自己是社工嗎", "vs-volunteer"),
        ("Beijing social workers number 2023", "beijing-workforce"),
        ("number of social workers in Beijing", "beijing-workforce"),
    ],
)
def test_common_questions_told_with_a_situation_or_in_other_words_are_answered(
    ask: Ask, question: str, expected: str
) -> None:
    assert answered(ask(question)) == expected


@pytest.mark.parametrize(
    "question",
    [
        "实务过了综合没过，下次还要考综合吗",
        "綜合過了實務沒過，明年還要再考綜合嗎",
        "法规过了实务没过，下次只考实务就行吗",
    ],
)
def test_a_subject_passed_and_another_not_gets_that_the_sources_are_silent(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "score-carryover" and "没有核实过" in to_simplified(reply.text), reply.text
