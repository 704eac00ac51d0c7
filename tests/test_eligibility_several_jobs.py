"""The years of several jobs told in one message (之前在街道办做了三年网格员，现在在社工机构做了一年; 在养老院做了两年，
又在社工站做了一年), in conversation: added up, the years that may not count as social work named, and the verdict
given on the condition that they count; years of a job plainly not social work, or part of years said before, are
never added."""

from __future__ import annotations

import pytest

from bot.core.text import to_simplified, to_traditional
from tests.helpers import Ask, verdict_of
from tests.test_eligibility import read_profile

GRID_WORKER = (
    "我今年32岁，大专毕业，学的是行政管理，之前在街道办做了三年网格员，现在在一家社工机构做项目助理一年了，"
    "想问问我能不能报考中级社会工作师，还是得先考初级？"
)
WHAT_COUNTS = "规定所称社会工作，指在社会福利、社会救助、慈善事业、残障康复、优抚安置、卫生服务、青少年服务、司法矫治等"


@pytest.mark.parametrize("question", [GRID_WORKER, to_traditional(GRID_WORKER)])
def test_two_jobs_are_added_up_and_the_one_that_may_not_count_is_named(ask: Ask, question: str) -> None:
    said = to_simplified(verdict_of(ask(question)))
    assert said.startswith("你说的几段工作年限加起来算：街道3年、社工机构1年，共4年。\n"), said
    intermediate = said.index(
        "其他专业大专报考社会工作师需从事社会工作满6年（社工专业4年，其他专业加2年）；你做了4年，还差2年。"
    )
    assistant = said.index(
        "其他专业大专报考助理社会工作师需从事社会工作满4年；如果街道的3年也算从事社会工作，你共满4年，可以报考，否则暂不能。"
    )
    assert intermediate < assistant, said  # the level asked first comes first: 项目助理 is a job, not 助理 the level
    assert WHAT_COUNTS in said and "街道的工作算不算，以当年报考通知和当地资格审核为准" in said, said
    assert "你做了1年" not in said and "还差3年" not in said, said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "我本科会计，在养老院做了两年，又在社工站做了一年，能考初级吗",
            "其他专业本科报考助理社会工作师需从事社会工作满2年；如果养老院的2年也算从事社会工作，你共满3年，可以报考，否则暂不能。",
        ),
        (
            "我本科會計，在養老院做了兩年，又在社工站做了一年，能考中級嗎",
            "其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；你做了3年，还差2年。",
        ),
        (
            "本科会计，在养老院做了两年，又在社工站做了三年，能考初级吗",  # the social work alone is enough
            "其他专业本科报考助理社会工作师需从事社会工作满2年；只算社工站的3年也已满2年，你可以报考。",
        ),
        (
            "本科会计，在社区做了2年，在养老院做了3年，能考中级吗",  # neither said to be social work
            "如果这5年都算从事社会工作，你已满5年，可以报考，否则暂不能。",
        ),
        (
            "本科，做了6年社区工作，后来去社工站做了1年，能考中级吗",  # a job that may count, before social work
            "如果社区的6年也算从事社会工作，你共满7年，可以报考，否则暂不能。",
        ),
        (
            "本科会计，在养老院做了两年半，又在社工站做了一年半，能考中级吗",  # to the half year: 4 in all
            "你说的几段工作年限加起来算：养老院两年半、社工站一年半，共4年。",
        ),
    ],
)
def test_the_years_of_each_job_told_are_added_up(ask: Ask, question: str, says: str) -> None:
    said = to_simplified(verdict_of(ask(question)))
    assert says in said and said.startswith("你说的几段工作年限加起来算："), said


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("当了3年老师，又在社工站做了2年，本科能考中级吗", 2),  # a teacher's years are never social work
        ("本科，在社区工作10年，其中做社工3年，能考中级吗", 3),  # part of the years said before
        ("本科，工作10年，其中做社工3年，能考中级吗", 3),
        ("我本科会计，做了10年会计，后来做社工2年，能考中级吗", 2),
        ("做了3年社工，到今年年底就满4年了，本科社工专业能考中级吗", 4),  # the same years, reached by the year end
    ],
)
def test_years_not_of_two_jobs_that_may_count_are_not_added(question: str, years: int) -> None:
    profile = read_profile(question)
    assert (profile.years, profile.years_jobs) == (years, ()), profile
