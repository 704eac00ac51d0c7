"""What a mixed-conversation trial of session 34 found in eligibility follow-ups: years more (再干三年呢) not added to
the years a certificate was held; years told before a certificate was named counted as after it; a correction (不是，
我是说两年) declined; a follow-up in English named as a part left unanswered beside the verdict on it."""

from __future__ import annotations

from bot.core.answerer import Answerer
from tests.test_eligibility_trial34b import chat


def test_years_more_are_added_to_the_years_a_certificate_was_held(answerer: Answerer) -> None:
    *_, before, after = chat(answerer, "我是本科，拿到社会工作师证两年了", "能考高级吗", "再干三年呢")
    assert "满2年，不满5年" in before.text
    assert "满2年再加3年，共5年" in after.text and "可以报考" in after.text
    assert "不满5年" not in after.text


def test_years_told_before_a_certificate_was_named_are_not_after_it(answerer: Answerer) -> None:
    questions = ("我是高中毕业", "做了四年社工", "可以考助理吗", "那中级呢", "我已经有助理证了，再做两年呢")
    *_, after = chat(answerer, *questions)
    assert "共6年" not in after.text and "可以报考" not in after.text
    assert "之前说的4年" in after.text and "再做的2年" in after.text and "还差4年" in after.text


def test_a_correction_of_the_years_is_judged_again(answerer: Answerer) -> None:
    *_, before, after = chat(answerer, "我本科社会工作专业", "工作三年了", "能考社会工作师吗", "不是，我是说两年")
    assert "可以报考" in before.text
    assert after.outcome.value == "answered" and "还差1年" in after.text


def test_a_follow_up_the_verdict_answers_is_not_named_as_left_unanswered(answerer: Answerer) -> None:
    asked = ("Can I take the social work exam with a bachelor's in accounting?", "I have worked 1 year")
    *_, after = chat(answerer, *asked, "what about 2 years")
    assert "还差3年" in after.text
    assert "what about 2 years" not in after.text
