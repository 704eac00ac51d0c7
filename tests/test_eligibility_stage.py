"""Where an asker stands, in conversation: no years of work yet (没有工作经验, 应届生, 刚毕业, a fresh graduate) with a
level asked gets that level's rules for each degree, not a graduate's for the assistant level; a student (大三, 研一,
在读研究生, 还没毕业, 在校生, still studying) is never judged as holding the degree, the major said or not — question
in, verdict out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.replies import Reply
from bot.core.text import to_simplified
from tests.helpers import Ask, verdict_of

INTERMEDIATE_BY_DEGREE = (
    "按2006年规定，社工专业博士报考社会工作师不要求工作年限；社工专业硕士报考社会工作师需从事社会工作满1年；"
    "社工专业本科报考社会工作师需从事社会工作满3年；社工专业大专报考社会工作师需从事社会工作满4年；"
    "高中/中专报考社会工作师需通过全国考试取得助理社会工作师证书后从事社会工作满6年；"
    "其他专业大专及以上报考社会工作师，所需从事社会工作的年限比社工专业多2年。"
)
ASSISTANT_BY_DEGREE = (
    "按2006年规定，社工专业本科及以上报考助理社会工作师不要求工作年限；社工专业大专、其他专业本科及以上报考助理社会工作师"
    "需从事社会工作满2年；高中/中专、其他专业大专报考助理社会工作师需从事社会工作满4年。"
)
ASK_DEGREE = "按2006年规定判断能否报考{level}，还需要知道：学历、专业。"
INTERMEDIATE_NO_YEARS = f"{INTERMEDIATE_BY_DEGREE}\n{ASK_DEGREE.format(level='社会工作师')}"
STUDENTS = (
    "这些条件说的都是已取得的学历（社会工作专业本科一条说的是应届毕业生），2006年规定没有写还在读、尚未取得学历的学生"
    "能否报考，以当年报考通知为准。"
)
STUDYING = "这一条要求已取得这一学历，你还在读，还不能按这一条报考。"
STUDYING_GRADUATES = "你还在读、尚未取得学历，能否在毕业当年报考要看当年的报考通知。"
SENIOR_FIRST = "不能直接报考：要先取得社会工作师证书，这5年从取得证书后才开始算，暂不能报考。"


def verdict_text(reply: Reply) -> str:
    """A verdict's own lines, in Simplified whatever the script of the question."""
    return verdict_of(replace(reply, text=to_simplified(reply.text)))


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("没有工作经验能考中级社工吗", INTERMEDIATE_NO_YEARS),
        ("应届生能考中级社工吗", INTERMEDIATE_NO_YEARS),
        ("刚毕业能考中级社工吗", INTERMEDIATE_NO_YEARS),
        ("零经验可以考中级社工吗", INTERMEDIATE_NO_YEARS),
        ("應屆生能考中級社工嗎", INTERMEDIATE_NO_YEARS),
        ("Can a fresh graduate sit the intermediate exam?", INTERMEDIATE_NO_YEARS),
        ("I'm a recent graduate with no experience, can I take the intermediate exam?", INTERMEDIATE_NO_YEARS),
        ("刚毕业能考初级社工吗", f"{ASSISTANT_BY_DEGREE}\n{ASK_DEGREE.format(level='助理社会工作师')}"),
    ],
)
def test_no_years_yet_gets_the_level_asked_for_each_degree_and_is_asked_the_degree(
    ask: Ask, question: str, says: str
) -> None:
    said = verdict_text(ask(question))
    assert said == says, said


@pytest.mark.parametrize(
    "question",
    [
        "没有工作经验能考高级社工吗",
        "应届生能考高级吗",
        "應屆畢業生能考高級社工嗎",
        "Can recent graduates take the senior exam?",
    ],
)
def test_no_years_yet_for_the_senior_level_needs_the_intermediate_certificate_first(ask: Ask, question: str) -> None:
    said = verdict_text(ask(question))
    assert said.endswith(SENIOR_FIRST), said
    assert "助理社会工作师" not in said, said


def test_the_degree_given_after_no_years_gets_its_verdict(ask: Ask) -> None:
    ask("应届生能考中级社工吗")
    assert (
        verdict_text(ask("本科社工"))
        == "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；你还没有社会工作年限，还差3年。"
    )
    ask("没有工作经验能考中级社工吗")
    assert verdict_text(ask("博士，社工专业")) == "按2006年规定，社工专业博士报考社会工作师不要求工作年限；可以报考。"


@pytest.mark.parametrize(
    ("question", "degree"),
    [
        ("大三学生可以考助理社工师吗", "本科"),
        ("大一学生可以考助理社工师吗", "本科"),
        ("大四学生可以考助理社工师吗", "本科"),
        ("本科在读可以考助理社工师吗", "本科"),
        ("大三學生可以考助理社工師嗎", "本科"),
        ("讀緊大三，可以考初級嗎", "本科"),
        ("研一可以考助理社工师吗", "硕士"),
        ("在读研究生可以考助理社工师吗", "硕士"),
    ],
)
def test_a_student_of_no_major_said_gets_each_majors_rule_as_a_student(ask: Ask, question: str, degree: str) -> None:
    said = verdict_text(ask(question))
    assert said.splitlines() == [
        f"按2006年规定，社工专业{degree}报考助理社会工作师不要求工作年限；这一条指社会工作专业本科应届毕业生"
        f"（后来的报考通知解释为包括已取得社会工作专业本科及以上学历者）；{STUDYING_GRADUATES}",
        f"按2006年规定，其他专业{degree}报考助理社会工作师需从事社会工作满2年；{STUDYING}",
    ], said


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        (
            "大四学生能考中级社工吗",
            [
                f"按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；{STUDYING}",
                f"按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；{STUDYING}",
            ],
        ),
        (
            "专科在读能考初级吗",
            [
                f"按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；{STUDYING}",
                f"按2006年规定，其他专业大专报考助理社会工作师需从事社会工作满4年；{STUDYING}",
            ],
        ),
    ],
)
def test_a_student_of_no_major_said_is_never_asked_the_major_as_a_graduate(
    ask: Ask, question: str, lines: list[str]
) -> None:
    said = verdict_text(ask(question))
    assert said.splitlines() == lines, said


@pytest.mark.parametrize(
    ("question", "rules"),
    [
        ("还没毕业可以考助理社工师吗", ASSISTANT_BY_DEGREE),
        ("在校生可以考助理社工师吗", ASSISTANT_BY_DEGREE),
        ("I'm still studying, can I take the assistant exam?", ASSISTANT_BY_DEGREE),
        ("我还是学生，能考中级吗", INTERMEDIATE_BY_DEGREE),
        ("在校學生可以考中級社工嗎", INTERMEDIATE_BY_DEGREE),
        ("I haven't graduated yet, can I sit the intermediate exam?", INTERMEDIATE_BY_DEGREE),
    ],
)
def test_a_student_of_no_degree_said_gets_each_degrees_rule_and_what_the_sources_leave_open(
    ask: Ask, question: str, rules: str
) -> None:
    said = verdict_text(ask(question))
    assert said == f"{rules}\n{STUDENTS}", said


def test_a_degree_given_after_a_students_words_is_one_still_studied_for(ask: Ask) -> None:
    ask("还没毕业能考中级吗")
    said = verdict_text(ask("本科社工专业呢"))
    assert said == f"按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；{STUDYING}", said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "I'm still studying social work, can I take the assistant exam?",
            f"按2006年规定，社工专业本科报考助理社会工作师不要求工作年限；这一条指社会工作专业本科应届毕业生"
            f"（后来的报考通知解释为包括已取得社会工作专业本科及以上学历者）；{STUDYING_GRADUATES}",
        ),
        (  # a degree held is judged beside one studied for of no major said
            "我在读专升本，大专学的社工，做社工3年了，能考中级吗",
            "按2006年规定，社工专业大专报考社会工作师需从事社会工作满4年；你做了3年，还差1年。",
        ),
        (
            "在职研究生在读，本科社工，做了2年社工，能考中级吗",
            "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；你做了2年，还差1年。",
        ),
        (
            "I have a PhD in social work, can I take the intermediate exam?",
            "按2006年规定，社工专业博士报考社会工作师不要求工作年限；可以报考。",
        ),
    ],
)
def test_where_an_asker_stands_is_read_as_said(ask: Ask, question: str, says: str) -> None:
    assert verdict_text(ask(question)) == says


def test_a_student_says_so_and_a_students_parent_does_not(ask: Ask) -> None:
    student = verdict_text(ask("我是学生，本科社工专业，能考初级吗"))
    assert student.endswith(STUDYING_GRADUATES), student
    parent = verdict_text(ask("我是学生家长，我儿子本科社工专业刚毕业，能考初级吗"))  # the son a graduate
    assert parent == "按2006年规定，社工专业本科报考助理社会工作师不要求工作年限；可以报考。", parent
