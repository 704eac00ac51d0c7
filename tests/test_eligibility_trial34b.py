"""What a regression trial of session 34 found in eligibility follow-ups: years more said after a verdict (再干一年呢,
明年呢, 到明年呢, 后年呢) read as replacing the years told before (你说的1年不满6年) or not read at all; they are added
to them, and the verdict says how it counted."""

from __future__ import annotations

import pytest

from bot.core.answerer import Answerer
from bot.core.conversation import Threads
from bot.core.replies import Reply


def chat(answerer: Answerer, *questions: str) -> list[Reply]:
    """The replies to questions asked in one chat, as a front end asks them."""
    threads, replies = Threads(), []
    for question in questions:
        reply = answerer.ask(question, threads.last("chat"))
        threads.remember("chat", reply.read_as)
        replies.append(reply)
    return replies


ASSISTANT_FIVE_YEARS = ("高中", "有助理证", "做了五年", "能报中级吗")


@pytest.mark.parametrize(("more", "added", "total"), [("再干一年呢", 1, 6), ("明年呢", 1, 6), ("后年呢", 2, 7)])
def test_years_more_are_added_to_those_told(answerer: Answerer, more: str, added: int, total: int) -> None:
    *_, before, after = chat(answerer, *ASSISTANT_FIVE_YEARS, more)
    assert "不满6年" in before.text
    assert f"按你说的5年再加{added}年，共{total}年" in after.text
    assert "不满6年" not in after.text and "可以报考" in after.text


@pytest.mark.parametrize("more", ["明年呢", "到明年呢", "再过一年呢"])
def test_next_year_reaches_a_gap_of_one_year(answerer: Answerer, more: str) -> None:
    *_, before, after = chat(answerer, "社工本科", "工作两年", "能考中级吗", more)
    assert "还差1年" in before.text
    assert "按你说的2年再加1年，共3年" in after.text and "可以报考" in after.text


def test_later_years_count_from_the_years_told_not_from_the_last_added(answerer: Answerer) -> None:
    *_, after = chat(answerer, "我本科社工专业，做了1年社工，能考中级吗", "明年呢", "后年呢")
    assert "按你说的1年再加2年，共3年" in after.text


def test_years_told_again_replace_those_added(answerer: Answerer) -> None:
    *_, after = chat(answerer, "我本科社工专业，做了2年社工，能考中级吗", "明年呢", "要是1年呢")
    assert "再加" not in after.text and "还差2年" in after.text


# --- Whether a job counts: the review decides, said the same way for every job judged ---


@pytest.mark.parametrize(
    "question",
    [
        "我本科，在学校当心理老师三年，能考中级吗",
        "我本科，在高校当老师5年，能考中级吗",
        "我本科，在民政局做会计5年，能考中级吗",
        "我是老师能考社工吗",
        "我本科，在养老院做行政三年，能考中级吗",
        "我本科，做了5年公务员，能考中级吗",
    ],
)
def test_whether_a_job_counts_is_left_to_the_review(answerer: Answerer, question: str) -> None:
    (reply,) = chat(answerer, question)
    assert "以当年报考通知和当地资格审核为准" in reply.text
    assert "不是这样的社会服务" not in reply.text
