"""Details an eligibility question gives in everyday words, in conversation — years said short of their number (不到2年,
快2年), reached by the year end, to the month, not of social work (当了5年老师, 一直没做社工) — question in, verdict
out."""

from __future__ import annotations

import pytest

from tests.helpers import Ask, verdict_of

ASSISTANT_OTHER_BACHELOR = "按2006年规定，其他专业本科报考助理社会工作师需从事社会工作满2年；"
NOT_YET_TWO = "还不满2年；年限算到报名当年年底，到那时满2年就可以按这一条报考，否则还不能。"
WHAT_COUNTS = (
    "规定算的是“从事社会工作”的年限：2006年规定所称社会工作者，是在社会福利、社会救助、慈善事业、残障康复、优抚安置、"
    "卫生服务、青少年服务、司法矫治等机构从事专门性社会服务的专业人员。"
)


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


# Years the asker's own words do not count as social work.


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "我本科学的社会工作，毕业3年，但一直没做社工，能考中级吗",
            "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；"
            "你说的3年没有从事社会工作，不算，你还没有从事社会工作的年限，还差3年。",
        ),
        (
            "本科社工专业，毕业4年，在银行上班，能考中级吗",
            "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；"
            "不算银行的4年，你还没有从事社会工作的年限，还差3年。",
        ),
    ],
)
def test_years_since_graduating_said_not_to_be_social_work_are_not_counted(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert says in said, said
    assert "已满" not in said and "若一直从事社会工作" not in said, said


@pytest.mark.parametrize(
    ("question", "job", "years", "level_says"),
    [
        (
            "我当了5年老师，本科，能考社工证吗",
            "老师",
            5,
            "不算老师的5年，你还没有从事社会工作的年限，哪一种都还不够。",
        ),
        (
            "我是教师，本科，教书5年，能考中级吗",
            "教书",
            5,
            "不算教书的5年，你还没有从事社会工作的年限，哪一种都还不够。",
        ),
        ("我做了3年会计，本科会计专业，能考初级吗", "会计", 3, "不算会计的3年，你还没有从事社会工作的年限，还差2年。"),
        ("我在银行工作了4年，大专，能考初级吗", "银行", 4, "不算银行的4年，你还没有从事社会工作的年限，"),
        ("我做了5年销售，本科，能考中级吗", "销售", 5, "不算销售的5年，你还没有从事社会工作的年限，"),
        (
            "我社工本科毕业5年了，一直在做销售，能考中级吗",
            "销售",
            5,
            "不算销售的5年，你还没有从事社会工作的年限，还差3年。",
        ),
        ("本科毕业两年但一直做销售，能考初级社工吗", "销售", 2, "还需要知道：专业"),
    ],
)
def test_years_of_a_job_plainly_not_social_work_lead_with_what_the_rules_count(
    ask: Ask, question: str, job: str, years: int, level_says: str
) -> None:
    said = verdict_of(ask(question))
    assert said.startswith(WHAT_COUNTS), said
    assert (
        f"{job}的工作不是这样的社会服务，你说的{years}年不算从事社会工作的年限，除非是在这些机构从事专门性社会服务"
        in said
    )
    assert level_says in said, said
    assert "如果这" not in said and "已满" not in said, said
    said = verdict_of(ask("我是护士，本科，在医院做了3年，能考初级吗"))  # 卫生服务 is in the definition: may count
    assert "如果这3年都算从事社会工作，你已满3年，可以报考" in said and "医院的工作算不算" in said, said
    assert not said.startswith(WHAT_COUNTS)
