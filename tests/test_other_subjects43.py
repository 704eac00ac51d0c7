"""Session 43's conversations: another job asked of by its bare word, with no word of social work but those other
jobs use too (护士要继续教育吗, 护士延续注册过期了怎么办理, 老师需要登记吗), is about that job: no entry is, so the
reply says so and who to ask, never a social-work card; asked of social work too (我是护士能考社工吗), it is not.
A certificate no synonym group lists (营养师证) is another certificate: who may sit for it is no rule of this exam's
(台湾人可以在大陆考营养师证吗 was told 可以 by the residents' card)."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered

OTHER_JOB = "该职业的主管部门、行业协会或用人单位"


@pytest.mark.parametrize(
    ("question", "job"),
    [
        ("护士要继续教育吗", "护士职业"),
        ("护士延续注册过期了怎么办理?", "护士职业"),
        ("医生注册过期了怎么办", "医生职业"),
        ("老师需要登记吗", "教师职业"),
        ("会计继续教育学时", "会计职业"),
        ("护士工资多少", "护士职业"),
    ],
)
def test_another_job_asked_of_by_its_word_is_declined_naming_it(ask: Ask, question: str, job: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED, reply.text
    assert f"关于{job}" in reply.text and OTHER_JOB in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [("社工证注册过期了怎么办", "registration-late"), ("社工要继续教育吗", "continuing-education")],
)
def test_the_same_asked_of_social_work_is_answered(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


def test_a_nurse_asking_to_sit_is_read_as_asking_of_the_exam(ask: Ask) -> None:
    reply = ask("我是护士能考社工吗")
    assert reply.outcome is Outcome.ANSWERED and "报考条件不看职业" in reply.text, reply.text


def test_social_work_asked_after_another_job_is_answered(ask: Ask) -> None:
    assert ask("护士要继续教育吗").outcome is Outcome.DECLINED
    assert answered(ask("那社工呢")) == "continuing-education"


@pytest.mark.parametrize(
    "question", ["台湾人可以在大陆考营养师证吗", "香港人可以考心理咨询师证吗", "澳门人能考茶艺师证吗"]
)
def test_a_resident_asking_of_another_certificate_gets_no_verdict_of_this_exam(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) in (None, "other-certificates"), reply.text
    assert "可以。" not in reply.text and "居民可以报考" not in reply.text, reply.text


def test_a_resident_asking_of_the_social_work_certificate_is_answered(ask: Ask) -> None:
    assert answered(ask("我是台湾人能考社工证吗")) == "hmt-residents"


@pytest.mark.parametrize("question", ["营养师证怎么考", "茶艺师证有用吗"])
def test_an_unlisted_certificate_is_never_answered_as_social_works(ask: Ask, question: str) -> None:
    assert answered(ask(question)) in (None, "other-certificates")


def test_the_source_asked_after_another_jobs_decline_is_of_that_decline(ask: Ask) -> None:
    """A decline naming what it lacks is what 出处呢 asks of, as after any such decline: it cited nothing."""
    for turn in ("社工证有效期多久", "护士工资高吗"):
        ask(turn, chat="cite")
    reply = ask("出处呢", chat="cite")
    assert "没有可以注明的出处" in reply.text and "登记办法" not in reply.text, reply.text
