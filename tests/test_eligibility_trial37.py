"""Session 37's trial of the eligibility reader, in conversation: a certificate listed after another object of
有 (有本科学历和社会工作师证书) is held, a title of another trade (中级职称, 初级会计证) is none; a major said
before the degree (会计本科) is the degree's, not a job; a major named that no word lists (老年服务与管理专业) is
其他专业 with the notice deciding; in English, a vocational school is below college (中职) and a vocational college
is one (大专), and years said with the time they run from (for 6 years since then, six years now) or as years of
social work are read — question in, verdict out."""

from __future__ import annotations

import pytest

from tests.helpers import Ask, verdict_of

SENIOR_AFTER = "报考高级社会工作师需通过全国考试取得社会工作师证书后从事社会工作满5年"
CERTIFICATE_ASKED = "还需要知道：已有的证书"
UNLISTED = (
    "2006年规定只分社会工作专业和其他专业，这里把{major}专业按其他专业判断；它算不算社会工作专业，以当年报考通知为准。"
)
SECONDARY_VOCATIONAL = (
    "2006年规定写的是高中/中专，没有写中职；这里按高中/中专判断，中职算不算高中/中专，以当年报考通知和资格审核为准。"
)
NOT_COUNTED = "下面按不算来判断"
MAY_NOT_COUNT = "你的工作算不算"


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("我有本科学历和社会工作师证书，工作5年了，能考高级吗", "5年"),
        ("本人取得了本科学历和中级证书，在社工站做了6年，能报高级吗", "6年"),
        ("我有硕士学位、社工师证书，做社工7年，能考高级吗", "7年"),
        (
            "I have a bachelor degree and the intermediate certificate, worked 5 years as a social worker, "
            "can I sit the senior exam?",
            "5年",
        ),
    ],
)
def test_a_certificate_listed_after_another_object_of_having_is_held(ask: Ask, question: str, years: str) -> None:
    said = verdict_of(ask(question))
    assert SENIOR_AFTER in said and f"你说的{years}若都在取得证书之后" in said and CERTIFICATE_ASKED not in said, said


def test_a_degree_listed_with_a_certificate_is_still_read(ask: Ask) -> None:
    said = verdict_of(ask("我有大专文凭和社工师证书，做了5年社工，能考高级吗"))
    assert "报考高级社会工作师至少需本科学历，大专暂不能报考" in said, said


@pytest.mark.parametrize(
    "question",
    [
        "我有中级职称和本科学历，做社工5年，能考高级吗",
        "我有中级职称，本科，做社工5年，能考高级吗",
        "我是中级职称，本科学历，社工干了6年，能报高级吗",
    ],
)
def test_a_title_of_another_trade_is_no_certificate_of_social_work(ask: Ask, question: str) -> None:
    said = verdict_of(ask(question))
    assert CERTIFICATE_ASKED in said and "可以报考" not in said, said


def test_a_certificate_of_another_trade_names_no_major(ask: Ask) -> None:
    said = verdict_of(ask("我有初级会计证，本科，做社工2年，能考中级吗"))
    assert "你做了2年，哪一种都还不够" in said and "还差3年" not in said, said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "会计本科，社工三年，能考中级吗",
            "其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；你做了3年，还差2年",
        ),
        (
            "本人会计本科毕业 工作两年 能考初级吗",
            "其他专业本科报考助理社会工作师需从事社会工作满2年；如果这2年都算从事社会工作，你已满2年",
        ),
        (
            "我会计专科，社工做了4年，能考初级吗",
            "其他专业大专报考助理社会工作师需从事社会工作满4年；你已满4年，可以报考",
        ),
        ("护理大专毕业，在养老院做了4年，能考初级吗", "如果这4年都算从事社会工作，你已满4年，可以报考"),
    ],
)
def test_a_major_said_before_its_degree_is_the_degrees_not_a_job(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert says in said and NOT_COUNTED not in said, said


def test_a_job_said_as_done_is_still_a_job(ask: Ask) -> None:
    said = verdict_of(ask("我做会计三年了，本科，能考初级吗"))
    assert said.startswith("规定算的是“从事社会工作”的年限") and "会计的工作算不算" in said, said


@pytest.mark.parametrize(
    ("question", "major", "says"),
    [
        (
            "我是老年服务与管理专业大专毕业，工作3年能考初级吗",
            "老年服务与管理",
            "其他专业大专报考助理社会工作师需从事社会工作满4年；你做了3年，还差1年",
        ),
        ("大专，学的是社区管理与服务，在社区干了2年，能考初级吗", "社区管理与服务", "你做了2年，还差2年"),
        ("我的专业是物业管理，本科，做了3年社工，能考中级吗", "物业管理", "你做了3年，还差2年"),
        ("我大专学的老年服务与管理专业，做了3年社工，能考初级吗", "老年服务与管理", "你做了3年，还差1年"),
        ("小学教育专业本科，做社工3年能考中级吗", "小学教育", "你做了3年，还差2年"),
        ("我学老年服务与管理的，大专毕业，做社工3年，能考初级吗", "老年服务与管理", "你做了3年，还差1年"),
    ],
)
def test_a_major_no_word_lists_is_another_major_the_notice_deciding(
    ask: Ask, question: str, major: str, says: str
) -> None:
    said = verdict_of(ask(question))
    assert says in said and UNLISTED.format(major=major) in said and "还需要知道：专业" not in said, said


def test_a_major_no_word_lists_gets_no_line_when_it_does_not_decide(ask: Ask) -> None:
    said = verdict_of(ask("本人本科，老年服务与管理专业，社工做了2年，能考初级吗"))
    assert "你已满2年，可以报考" in said and "这里把" not in said, said


@pytest.mark.parametrize("question", ["考试对专业有要求吗", "什么专业可以考社工"])
def test_a_question_about_majors_names_no_major(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.match is not None and reply.match.entry is not None, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "I went to vocational school and worked as a social worker for 5 years, can I take the assistant exam?",
            "你已满5年，可以报考",
        ),
        (
            "vocational school graduate, 5 years as a social worker, can I sit the assistant exam?",
            "你已满5年，可以报考",
        ),
        (
            "I have a vocational school diploma and 3 years as a social worker, can I sit the assistant exam?",
            "你做了3年，还差1年",
        ),
        ("我中职毕业，做了4年社工，能考初级吗", "你已满4年，可以报考"),
    ],
)
def test_a_vocational_school_is_below_college(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert f"高中/中专报考助理社会工作师需从事社会工作满4年；{says}" in said and SECONDARY_VOCATIONAL in said, said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "I studied social work at a vocational college and have worked for 2 years as a social worker. "
            "Can I take the assistant exam?",
            "社工专业大专报考助理社会工作师需从事社会工作满2年；你已满2年，可以报考",
        ),
        (
            "I graduated from a vocational college in social work and worked as a social worker for 1 year, "
            "can I take the assistant exam?",
            "社工专业大专报考助理社会工作师需从事社会工作满2年；你做了1年，还差1年",
        ),
        (
            "junior college graduate in nursing, 4 years as a social worker, can I sit the assistant exam?",
            "其他专业大专报考助理社会工作师需从事社会工作满4年；你已满4年，可以报考",
        ),
    ],
)
def test_a_vocational_college_is_a_junior_college(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert says in said and "没有写" not in said, said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "I graduated in 2019 with a bachelor in accounting and have worked as a social worker for 6 years "
            "since then, can I take the intermediate exam?",
            "你已满6年，可以报考",
        ),
        (
            "I graduated in 2019 with a bachelor in accounting and have been a social worker for six years now. "
            "Can I sit the intermediate exam?",
            "你已满6年，可以报考",
        ),
        (
            "I have a bachelor in accounting, graduated in 2021, 3 years since then as a social worker, "
            "can I take the intermediate exam?",
            "你做了3年，还差2年",
        ),
        (
            "I have a bachelor in accounting and 5 years of social work, can I sit the intermediate exam?",
            "你已满5年，可以报考",
        ),
        (
            "I have a masters in psychology and 2 years in social work, can I take the intermediate exam?",
            "你做了2年，还差1年",
        ),
        (
            "I got my bachelor's in finance and have been doing social work for four years now, "
            "can I sit the intermediate exam?",
            "你做了4年，还差1年",
        ),
        (
            "I studied at a vocational school, now a social worker for three years, can I take the assistant exam?",
            "你做了3年，还差1年",
        ),
    ],
)
def test_years_of_social_work_said_in_english_are_read(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert says in said and "还需要知道" not in said and MAY_NOT_COUNT not in said and "毕业后一直" not in said, said


@pytest.mark.parametrize(
    ("follow_up", "line"),
    [
        ("那如果是老年服务与管理专业呢", UNLISTED.format(major="老年服务与管理")),
        ("那心理学呢", "没有列出心理学等专业，这里按其他专业判断"),
    ],
)
def test_a_major_swapped_in_by_a_follow_up_brings_what_the_verdict_says_of_it(
    ask: Ask, follow_up: str, line: str
) -> None:
    ask("我是大专，做了3年社工，能考初级吗", "swapped")
    said = verdict_of(ask(follow_up, "swapped"))
    assert "其他专业大专报考助理社会工作师需从事社会工作满4年；你做了3年，还差1年" in said and line in said, said
    said = verdict_of(ask("社工专业呢", "swapped"))
    assert "你已满3年，可以报考" in said and "其他专业判断" not in said, said


@pytest.mark.parametrize(
    "question", ["我是会计，本科学历，做了3年社工，能考中级吗", "我老婆是会计，本科，在社工站做了3年，她能考中级吗"]
)
def test_a_job_said_as_what_one_is_names_no_major(ask: Ask, question: str) -> None:
    said = verdict_of(ask(question))
    assert "还需要知道：专业" in said and "还差2年" not in said, said


@pytest.mark.parametrize("question", ["我是会计本科，做了3年社工，能考中级吗", "本科是会计，做了3年社工，能考中级吗"])
def test_a_major_said_after_being_is_still_the_major(ask: Ask, question: str) -> None:
    said = verdict_of(ask(question))
    assert "其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；你做了3年，还差2年" in said, (
        said
    )


def test_a_certificate_of_social_work_listed_after_a_degree_is_held(ask: Ask) -> None:
    said = verdict_of(ask("我有高中学历和助理社工证，做了6年社工，能考中级吗"))
    assert "高中/中专报考社会工作师需通过全国考试取得助理社会工作师证书后从事社会工作满6年" in said, said
    assert "你说的6年若都在取得证书之后" in said and CERTIFICATE_ASKED not in said, said
