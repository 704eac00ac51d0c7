"""Session 37's trial of the eligibility check over several turns of one chat: no work at all told in its own
turn (没工作经验, 还没工作, no work experience) is 0 years, read with the details told before or after it; a turn
telling only a certificate held or its age (我有中级证, 拿证4年了) starts the details as a degree told alone does; and
where one lives (我是台湾人) counts for the eligibility question after it, which the residents' entry answers, alone or
in one message — turns in, replies out."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome, Reply
from bot.core.text import to_simplified
from tests.helpers import Ask, verdict_of

ASKED = "还需要知道"
DOCTOR_MAY_SIT = "社工专业博士报考社会工作师不要求工作年限；可以报考"
SENIOR_NOT_YET = "不能直接报考：要先取得社会工作师证书，这5年从取得证书后才开始算，暂不能报考"
BACHELOR_SHORT = "社工专业本科报考社会工作师需从事社会工作满3年；你还没有社会工作年限，还差3年"
HELD_TOO_SHORT = "你取得证书到今年年底满4年，不满5年，暂不能报考"
RESIDENTS = "hmt-residents"
RESIDENTS_QUESTION = "港澳台居民能考社工证吗"


def chat(ask: Ask, *turns: str) -> list[Reply]:
    """Each turn's reply, asked in one chat in order."""
    return [ask(turn) for turn in turns]


def said(reply: Reply) -> str:
    """A verdict's text, in Simplified (a Traditional chat's verdict is turned back for the checks)."""
    return to_simplified(verdict_of(reply))


@pytest.mark.parametrize(
    "turns",
    [
        ("我是社会工作专业博士", "没工作经验"),
        ("我是社会工作专业博士", "没有工作经验"),
        ("我是社工专业博士", "还没工作"),
        ("我社工博士", "刚毕业没工作"),
        ("社會工作專業博士畢業", "還沒有工作經驗"),
        ("I have a PhD in social work", "I have no work experience"),
    ],
)
def test_no_work_told_in_its_own_turn_is_no_years(ask: Ask, turns: tuple[str, ...]) -> None:
    *_, told = chat(ask, *turns)
    verdict = said(told)
    assert DOCTOR_MAY_SIT in verdict and SENIOR_NOT_YET in verdict and ASKED not in verdict, verdict


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        (("我是社会工作专业博士", "没工作经验", "能考中级吗"), DOCTOR_MAY_SIT),
        (("我是社会工作专业博士", "没有工作经验", "能考中级吗", "高级呢"), SENIOR_NOT_YET),
        (("没工作经验", "我是社工专业博士", "高级呢"), SENIOR_NOT_YET),
        (("我是社工专业博士", "能考高级吗", "没工作经验"), SENIOR_NOT_YET),
        (("本科社工", "没工作经验", "能考中级吗"), BACHELOR_SHORT),
    ],
)
def test_no_work_is_kept_for_the_questions_after_it(ask: Ask, turns: tuple[str, ...], says: str) -> None:
    *_, last = chat(ask, *turns)
    verdict = said(last)
    assert says in verdict and ASKED not in verdict, verdict


@pytest.mark.parametrize(
    "turns",
    [
        ("我有中级证", "拿证4年了", "本科学历", "能考高级吗"),
        ("我有中级证", "拿证4年了", "本科学历", "能考高级吗", "还差几年"),
        ("我有中級證", "拿證4年了", "本科學歷", "能考高級嗎"),
        ("拿到中级证4年了", "本科", "高级呢"),
        ("本科学历", "我有中级证", "拿证4年了", "能考高级吗"),
    ],
)
def test_a_certificate_and_its_age_told_alone_are_kept(ask: Ask, turns: tuple[str, ...]) -> None:
    replies = chat(ask, *turns)
    verdicts = [said(reply) for reply in replies]  # every turn a verdict: none gets suggestions
    assert HELD_TOO_SHORT in verdicts[-1] and ASKED not in verdicts[-1], verdicts[-1]


@pytest.mark.parametrize(
    "turns",
    [
        ("我有社工师证", "拿证5年了", "硕士", "能考高级吗"),
        ("拿到中级证6年了", "研究生", "能考高级吗"),
        ("I have the intermediate certificate", "bachelor's degree", "can I sit the senior exam?"),
    ],
)
def test_a_certificate_told_first_is_not_asked_again(ask: Ask, turns: tuple[str, ...]) -> None:
    *_, last = chat(ask, *turns)
    verdict = said(last)
    assert "还需要知道：从事社会工作的年限" in verdict and "已有的证书" not in verdict, verdict


def test_an_assistant_certificate_told_first_counts_for_upper_secondary(ask: Ask) -> None:
    first, *_, last = chat(ask, "我考过了助理社工师", "高中", "做了6年社工", "能考中级吗")
    assert "先有助理社会工作师证书只是高中/中专学历报考社会工作师的条件" in said(first)
    assert "你说的6年若都在取得证书之后，可以报考" in said(last), said(last)


def answered_by_residents(reply: Reply) -> bool:
    return (
        reply.outcome is Outcome.ANSWERED
        and reply.match is not None
        and reply.match.entry is not None
        and (reply.match.entry.id == RESIDENTS)
    )


@pytest.mark.parametrize(
    "question",
    [
        "我是台湾人，能考社工证吗",
        "我係香港人，考唔考到社工證",
        "本人澳門居民，可以報考嗎",
        "I'm from Taiwan, can I sit the social work exam?",
    ],
)
def test_a_resident_asking_in_one_message_gets_the_residents_answer(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered_by_residents(reply), reply.text


@pytest.mark.parametrize(
    "turns",
    [
        ("我是台湾人", "能考社工证吗"),
        ("我是香港居民", "能报考吗"),
        ("本人澳門人", "可以考社工證嗎"),
        ("I'm from Taiwan", "can I take the social work exam?"),
    ],
)
def test_where_one_lives_counts_for_the_question_after_it(ask: Ask, turns: tuple[str, ...]) -> None:
    *_, last = chat(ask, *turns)
    assert answered_by_residents(last), last.text


@pytest.mark.parametrize("turns", [("我是台胞", "本科社工", "能考中级吗"), ("我是台湾人", "能考社工证吗", "本科社工")])
def test_where_one_lives_stays_with_the_details_told_after_it(ask: Ask, turns: tuple[str, ...]) -> None:
    *_, last = chat(ask, *turns)
    verdict = last.text
    assert "学历如果是在台湾取得的" in verdict and RESIDENTS_QUESTION in verdict, verdict
