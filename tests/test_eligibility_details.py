"""Details an eligibility question gives in everyday words, in conversation — years said short of their number (不到2年,
快2年), reached by the year end, to the month, not of social work (当了5年老师, 一直没做社工), a certificate held (中级
证考了3年了, 初级过了), a major after 专业, Cantonese, an age, details alone — question in, verdict out."""

from __future__ import annotations

import pytest

from bot.core.text import to_simplified
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
    said = verdict_of(ask("我社工硕士，做社工快3年，能考中级吗"))  # close to 3: at least the rule's 1, as said
    assert "你说的是快3年，已满1年，可以报考。" in said, said


def test_years_short_of_a_number_far_below_the_rule_are_short_even_by_the_year_end(ask: Ask) -> None:
    said = verdict_of(ask("我本科非社工，做社工不到2年，能考中级吗"))
    assert "你还不满2年，离5年还差超过3年；年限算到报名当年年底，今年报名的话，到年底也满不了5年，暂不能报考。" in said


def test_a_part_of_a_year_more_than_a_year_short_is_not_bridged_by_the_year_end(ask: Ask) -> None:
    said = verdict_of(ask("我本科非社工，做社工半年，能考初级吗"))
    assert said.startswith(
        ASSISTANT_OTHER_BACHELOR
        + "你做了半年，还差1年6个月；年限算到报名当年年底，今年报名的话，到年底也满不了2年，暂不能报考。"
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
        f"{job}的工作算不算这样的社会服务，以当年报考通知和当地资格审核为准；下面按不算来判断，你说的{years}年不计入"
        in said
    )
    assert level_says in said, said
    assert "如果这" not in said and "已满" not in said, said
    said = verdict_of(ask("我是护士，本科，在医院做了3年，能考初级吗"))  # 卫生服务 is in the definition: may count
    assert "如果这3年都算从事社会工作，你已满3年，可以报考" in said and "医院的工作算不算" in said, said
    assert not said.startswith(WHAT_COUNTS)


# A certificate held: its age, and no verdict for the level held.


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "我中级证考了3年了，研究生，能考高级吗",
            "这5年从取得社会工作师证书后算起，你取得证书到今年年底满3年，不满5年，暂不能报考。",
        ),
        ("中级考了5年了，本科，能报高级吗", "取得证书以来的5年是持证的时间，不是从事社会工作的年限"),
    ],
)
def test_a_certificate_taken_years_ago_is_held_that_long(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert said.startswith("按2018年评价办法，"), said  # no verdict on the level held
    assert says in said, said
    assert "报考社会工作师" not in said and "要先取得社会工作师证书" not in said, said
    said = verdict_of(ask("中级考了3年还没过，本科，能报高级吗"))  # taken, not passed: no certificate
    assert "取得证书到今年年底满3年" not in said and "持证的时间" not in said, said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "我初级过了，社工本科，工作两年，能考中级吗",
            "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；你做了2年，还差1年。",
        ),
        (
            "我初级证有了，大专非社工专业，工作5年，能考中级吗",
            "按2006年规定，其他专业大专报考社会工作师需从事社会工作满6年（社工专业4年，其他专业加2年）；你做了5年，还差1年。",
        ),
    ],
)
def test_a_level_held_gets_no_verdict_of_its_own(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert said.startswith(says), said
    assert "报考助理社会工作师" not in said, said


# The major said after 专业, or alone after the degree.


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("本科，专业是社工，工作3年，能考中级吗", "社工专业本科报考社会工作师需从事社会工作满3年；如果这3年都算"),
        ("我专业是社会工作，本科，工作3年，能考中级吗", "社工专业本科报考社会工作师需从事社会工作满3年；如果这3年都算"),
        ("本科，专业社会工作，工作3年，能考中级吗", "社工专业本科报考社会工作师需从事社会工作满3年；如果这3年都算"),
        ("我本科，社工，工作一年，想考初级", "社工专业本科报考助理社会工作师不要求工作年限；可以报考。"),
    ],
)
def test_a_major_said_after_its_word_or_alone_is_read(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert says in said and "还需要知道" not in said, said


# Cantonese.


def test_cantonese_years_and_sitting_are_read(ask: Ask) -> None:
    said = to_simplified(verdict_of(ask("我讀社工碩士，做咗一年，考唔考到中級")))
    assert said.startswith("按2006年规定，社工专业硕士报考社会工作师需从事社会工作满1年；"), said


def test_a_cantonese_student_gets_the_student_verdict(ask: Ask) -> None:
    said = to_simplified(verdict_of(ask("我讀緊社工，可唔可以考初級")))
    assert "你还在读、尚未取得学历，能否在毕业当年报考要看当年的报考通知" in said, said


# An age told, and details given with no question.


@pytest.mark.parametrize(
    "question", ["我退休了，60岁，本科，能考社工证吗", "我45岁了，大专社工专业，做了3年社工，能考初级吗"]
)
def test_an_age_told_is_answered_with_no_age_limit(ask: Ask, question: str) -> None:
    assert "本助手依据的资料没有写年龄限制。" in verdict_of(ask(question))
    assert "年龄" not in verdict_of(ask("我大专社工专业，做了3年社工，能考初级吗"))  # no age told: nothing said


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "本科会计，3年社工经验",
            "按2006年规定，其他专业本科报考助理社会工作师需从事社会工作满2年；你已满3年，可以报考。",
        ),
        (
            "大专社工专业，工作2年",
            "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；如果这2年都算从事社会工作，你已满2年",
        ),
    ],
)
def test_details_alone_get_a_verdict_for_each_level(ask: Ask, question: str, first: str) -> None:
    said = verdict_of(ask(question))
    assert said.startswith(first), said
    assert "报考社会工作师" in said and "高级社会工作师" in said, said


# Years in a job that may or may not be social work (护士, 村干部, 养老院): the conditional verdict fits a phone screen.
PHONE_SCREEN = 280  # characters of the whole reply, the /check hint and the source's lines under it included


@pytest.mark.parametrize(
    ("question", "rule", "condition", "job"),
    [
        (
            "我是护士，本科，在医院做了3年，能考初级吗",
            "按2006年规定，其他专业本科报考助理社会工作师需从事社会工作满2年；",
            "如果这3年都算从事社会工作，你已满3年，可以报考，否则暂不能。",
            "医院",
        ),
        (
            "我老公本科学历，当了10年村干部，能考中级社工吗",
            "按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；",
            "如果这10年都算从事社会工作，他已满10年，可以报考，否则暂不能。",
            "村干部",
        ),
        (
            "我大专护理专业，在养老院做了5年护工，能考初级吗",
            "按2006年规定，其他专业大专报考助理社会工作师需从事社会工作满4年；",
            "如果这5年都算从事社会工作，你已满5年，可以报考，否则暂不能。",
            "养老院",
        ),
        (
            "我本科学的会计，在街道办做了4年行政，能考中级吗",
            "按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；",
            "你做了4年，还差1年。",
            "街道",
        ),
    ],
)
def test_a_verdict_on_work_that_may_not_count_fits_a_phone_screen(
    ask: Ask, question: str, rule: str, condition: str, job: str
) -> None:
    reply = ask(question)
    said = verdict_of(reply)
    assert len(reply.text) < PHONE_SCREEN, (len(reply.text), reply.text)
    assert said.startswith(rule + condition), said  # the rule, the years counted and what is missing or the condition
    assert (
        f"规定所称社会工作，指在社会福利、社会救助、慈善事业、残障康复、优抚安置、卫生服务、青少年服务、司法矫治等机构从事专门性社会服务；{job}的工作算不算"
        in said
    )
    assert "以当年报考通知为准。" not in said and reply.text.endswith("；以当年官方报考通知为准"), said  # said once
    assert (
        "《社会工作者职业水平评价暂行规定》及考试实施办法（国人部发〔2006〕71号）" in reply.text
    )  # the rule's citation


# Which level one may sit, asked with one's details (应该考哪个级别, 考哪个级别合适): a verdict for every level.

RESCUE_STATION = "我是2019年本科毕业的，专业是社会学，毕业后一直在民政局下属的救助站工作，想考社工证，"
EVERY_LEVEL = ("报考助理社会工作师需从事社会工作满2年", "报考社会工作师需从事社会工作满5年", "报考高级社会工作师需")


@pytest.mark.parametrize(
    ("question", "says"),
    [
        *(
            (RESCUE_STATION + asked, (*EVERY_LEVEL, "如果这7年都算从事社会工作，你可以报考，否则暂不能"))
            for asked in ("应该考哪个级别", "能考什么级别", "能报哪一级", "考哪个级别合适", "應該考哪個級別")
        ),
        (
            "我本科社工专业，做了3年社工，该考哪一级",
            ("社工专业本科报考社会工作师需从事社会工作满3年；你已满3年，可以报考。",),
        ),
        (
            "大专社工专业，工作两年，适合报考什么等级",
            ("社工专业大专报考助理社会工作师需从事社会工作满2年；如果这2年都算",),
        ),
    ],
)
def test_which_level_asked_with_ones_details_gets_a_verdict_for_every_level(
    ask: Ask, question: str, says: tuple[str, ...]
) -> None:
    said = to_simplified(verdict_of(ask(question)))
    assert all(part in said for part in says) and "报考高级社会工作师" in said, said


# Hong Kong, Macao and Taiwan residents: where the asker lives is not where a degree was taken.


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("我是香港人，社工专业本科，能考社工证吗", "香港"),
        ("我是香港人，社工專業本科，能考社工證嗎", "香港"),
        ("I'm from Hong Kong with a social work degree, can I sit the exam?", "香港"),
        ("我是台湾居民，本科社会工作专业，能考初级吗", "台湾"),
    ],
)
def test_a_resident_of_hong_kong_macao_or_taiwan_is_told_the_degree_is_recognised_if_taken_there(
    ask: Ask, question: str, place: str
) -> None:
    said = to_simplified(verdict_of(ask(question)))
    assert "社工专业本科报考助理社会工作师不要求工作年限；可以报考。" in said, said
    recognised = f"2006年规定要求的是国家教育行政部门认可的学历；学历如果是在{place}取得的，认不认可、怎么认定"
    assert recognised in said, said
