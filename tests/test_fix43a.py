"""Kinds of question read wrongly in session 43's trials: two jobs, neither social work, compared by which is better or
in English, answered with the social worker's comparison; when the exam began, asked in English (when did it start),
answered with this year's dates; which province has the most certificate holders, asked without a word asking which
(全国…最多的省份) or of a place asked over the whole country (全国哪个地方), declined or offered."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered, values


@pytest.mark.parametrize(
    "question",
    [
        "社区工作者和网格员哪个好",
        "网格员跟社区工作者比哪个强",
        "What is the difference between a community worker and a grid worker?",
        "Which is better, community worker or grid worker?",
        "Is a community worker better than a grid worker?",
        "当社区工作者好还是当网格员好",
    ],
)
def test_two_other_jobs_compared_get_no_social_workers_comparison(ask: Ask, question: str) -> None:
    reply = ask(question)  # the card compares social workers with community workers: another question
    assert answered(reply) is None and reply.outcome is not Outcome.ANSWERED, reply.text
    assert "不是一回事" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["社工和社区工作者哪个好", "What is the difference between a social worker and a community worker?"]
)
def test_social_work_compared_with_another_job_is_still_answered(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "vs-community-worker"


def test_two_kinds_of_one_job_are_no_two_jobs(ask: Ask) -> None:
    assert answered(ask("行政督导和专业督导有什么区别")) == "supervision"


@pytest.mark.parametrize(
    "question",
    [
        "When did the national social work exam start?",
        "When did the social work exam start?",
        "When did the social worker exam first take place?",
        "What year did the exam begin?",
        "How long has the social work exam been around?",
    ],
)
def test_when_the_exam_began_gets_the_year_it_began(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-overview", reply.text
    assert "2008年起" in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["When does the exam start?", "When did the exam results come out?", "When did registration open?"]
)
def test_when_this_years_exam_is_held_still_gets_the_exam_notices(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "exam-registration-details"


@pytest.mark.parametrize(
    "question",
    [
        "全国社工证持有人数最多的省份",
        "全国持证社工最多的省份",
        "全国哪个地方持证社工最多",
        "全国哪个地区社工证持证人数最多",
    ],
)
def test_the_province_with_most_holders_gets_zhejiangs_first_place(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "zhejiang-holders", reply.text
    assert "居全国各省份首位" in reply.text and "2023年" in reply.text, reply.text


def test_a_place_of_a_province_asked_is_still_no_national_rank(ask: Ask) -> None:
    reply = ask("浙江哪个地方持证社工最多")  # the report ranks no city
    assert answered(reply) is None and "省内排名" in reply.text, reply.text
    assert "zhejiang-holders" in values(reply)
