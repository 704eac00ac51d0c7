"""Details an eligibility question gives in everyday words, in conversation — years said short of their number (不到2年,
快2年), reached by the year end, to the month — question in, verdict out."""

from __future__ import annotations

import pytest

from tests.helpers import Ask, verdict_of

ASSISTANT_OTHER_BACHELOR = "按2006年规定，其他专业本科报考助理社会工作师需从事社会工作满2年；"
NOT_YET_TWO = "还不满2年；年限算到报名当年年底，到那时满2年就可以按这一条报考，否则还不能。"


# Years said short of their number: not reached yet, and the year end decides.


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("我本科非社工，做社工不到2年，能考初级吗", "你还不满2年"),
        ("我本科非社工，做社工还没满2年，能考初级吗", "你还不满2年"),
        ("我本科非社工，做社工不满2年，能考初级吗", "你还不满2年"),
        ("我本科非社工，做社工2年不到，能考初级吗", "你还不满2年"),
        ("我本科非社工，做社工快2年了，能考初级吗", "你说的是快2年，还不满2年"),
        ("我本科非社工，做社工差不多2年，能考初级吗", "你说的是差不多2年，还不满2年"),
        ("我本科非社工，做社工将近2年，能考初级吗", "你说的是将近2年，还不满2年"),
        ("我本科非社工，下个月就满2年社工，能考初级吗", "你说的是下个月就满2年，还不满2年"),
        (
            "I have almost 2 years of social work experience and a bachelor's in English, can I take the assistant "
            "exam?",
            "你说的是快2年，还不满2年",
        ),
        (
            "I have less than two years of social work experience and a bachelor's in English, can I sit the assistant "
            "exam?",
            "你还不满2年",
        ),
    ],
)
def test_years_short_of_their_number_are_not_read_as_reached(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert said.startswith(ASSISTANT_OTHER_BACHELOR + says), said
    assert said.splitlines()[0].endswith(NOT_YET_TWO), said
    assert "已满" not in said and "可以报考。" not in said, said


def test_years_short_of_their_number_meet_a_rule_of_fewer_years_only_if_they_reach_it(ask: Ask) -> None:
    said = verdict_of(ask("我社工硕士，做社工不到3年，能考中级吗"))  # a rule of 1 year: 不到3年 may be 3 months
    assert "你说的是不到3年：满1年（年限算到报名当年年底）就可以报考，不满的话还不能。" in said, said
    said = verdict_of(ask("我社工硕士，做社工快3年，能考中级吗"))  # close to 3: 2 whole years
    assert "你已满2年，可以报考。" in said, said


def test_years_short_of_a_number_far_below_the_rule_are_short_even_by_the_year_end(ask: Ask) -> None:
    said = verdict_of(ask("我本科非社工，做社工不到2年，能考中级吗"))
    assert "你还不满2年，离5年还差超过3年；年限算到报名当年年底，今年报名的话，到年底也满不了5年，暂不能报考。" in said


def test_a_part_of_a_year_more_than_a_year_short_is_not_bridged_by_the_year_end(ask: Ask) -> None:
    said = verdict_of(ask("我本科非社工，做社工半年，能考初级吗"))
    assert said.startswith(
        ASSISTANT_OTHER_BACHELOR
        + "你做了半年，还差不到2年；年限算到报名当年年底，今年报名的话，到年底也满不了2年，暂不能报考。"
    ), said
    assert "到那时满2年就够" not in said
    said = verdict_of(ask("我本科非社工，做社工1年多，能考初级吗"))  # less than a year short: the year end decides
    assert "你做了1年多，还差不到1年；年限算到报名当年年底，到那时满2年就够。" in said


# Years said reached by the end of this year, or to the month.


@pytest.mark.parametrize(
    "question",
    ["我高中，做了3年社工，到今年年底就满4年了，能考初级吗", "我高中毕业，做了3年社工，今年底满4年，能考初级吗"],
)
def test_years_reached_by_the_end_of_this_year_are_counted(ask: Ask, question: str) -> None:
    said = verdict_of(ask(question))
    assert said.startswith(
        "按2006年规定，高中/中专报考助理社会工作师需从事社会工作满4年；"
        "年限算到报名当年年底，你说到今年年底满4年，今年报名可以报考。"
    ), said
    assert "还差" not in said


def test_years_reached_by_the_end_of_this_year_may_still_be_short(ask: Ask) -> None:
    said = verdict_of(ask("我高中，做了2年社工，到今年年底就满3年了，能考初级吗"))
    assert "年限算到报名当年年底，你说到今年年底满3年，还差1年。" in said, said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("我本科非社工，做社工1年10个月，能报初级吗", "你做了1年10个月，还差2个月；"),
        ("我本科非社工，做社工18个月，能报初级吗", "你做了18个月，还差6个月；"),
    ],
)
def test_years_said_to_the_month_are_short_by_months(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert said.startswith(ASSISTANT_OTHER_BACHELOR + says + "年限算到报名当年年底，到那时满2年就够。"), said
