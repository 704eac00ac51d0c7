"""Session 36's trial of the eligibility reader, in conversation: years stated beside a word of a new graduate
(刚毕业，工作一年了) are read, not thrown away; the senior verdict says what the 2018 rules ask of everyone; schooling
the rules do not name (技校, 职高) and degrees taken besides full-time study (自考, 函授) are read with the notice
deciding; an English major said as "my major is …" is read — question in, verdict out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.core.loader import load_knowledge
from bot.core.problems import KnowledgeError
from tests.helpers import Ask, verdict_of

NONE_YET = "你还没有社会工作年限"
RECOGNISED = (
    "2006年规定要求的是国家教育行政部门认可的学历；{route}学历认不认可、怎么认定，以当年报考通知和资格审核为准。"
)
UNNAMED = (
    "2006年规定写的是高中/中专，没有写{said}；这里按高中/中专判断，{said}算不算高中/中专，"
    "以当年报考通知和资格审核为准。"
)
EVERYONE = "2018年评价办法还要求报考者拥护中国共产党的领导，遵守宪法和法律，热爱社会工作，具有良好的职业道德。"


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "社工专业硕士刚毕业，工作一年了，可以考社会工作师不",
            "社工专业硕士报考社会工作师需从事社会工作满1年；如果这1年都算",
        ),
        ("刚毕业，社工专业硕士，已经在机构工作满1年，能报中级吗", "如果这1年都算从事社会工作，你已满1年，可以报考"),
        ("社工专业硕士，刚毕业，在救助站工作一年，能考中级吗", "如果这1年都算从事社会工作，你已满1年，可以报考"),
        ("去年刚毕业，社会学本科，在救助站上班半年，能考初级吗", "你做了半年，还差1年6个月"),
        ("应届毕业生，社会学本科，在养老院做了8个月，能考初级吗", "你做了8个月，还差1年4个月"),
        ("刚毕业，社会学本科，工作了一年半，能考初级吗", "你做了一年半，还差6个月"),
        ("刚毕业一年，社会学本科，一直在救助站，能考初级吗", "你毕业1年，即使一直从事社会工作也还差1年"),
    ],
)
def test_years_stated_beside_a_new_graduates_word_are_read(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert says in said and NONE_YET not in said, said


def test_a_new_graduate_who_states_no_years_has_none_yet(ask: Ask) -> None:
    said = verdict_of(ask("社工专业硕士刚毕业，可以考社会工作师吗"))
    assert f"{NONE_YET}，还差1年" in said, said


@pytest.mark.parametrize(
    "question",
    ["本科，拿到中级证后做了5年社工，能考高级吗", "社工硕士，取得社会工作师证书后从事社会工作6年，能报高级吗"],
)
def test_a_senior_verdict_to_sit_says_what_the_2018_rules_ask_of_everyone(ask: Ask, question: str) -> None:
    said = verdict_of(ask(question))
    assert f"可以报考。{EVERYONE}" in said, said


def test_what_the_2006_rules_ask_has_no_such_conditions(ask: Ask) -> None:
    said = verdict_of(ask("社工本科，做了3年社工，能考中级吗"))
    assert said.startswith("按2006年规定") and "拥护" not in said, said


@pytest.mark.parametrize(
    ("question", "said", "says"),
    [
        ("我是技校毕业，做了4年社工，能考初级吗", "技校", "你已满4年，可以报考。"),
        ("职业高中毕业，社工干了3年，能考初级吗", "职业高中", "你做了3年，还差1年。"),
        ("职高学历，在社工机构干了5年，能考初级吗", "职高", "你已满5年，可以报考。"),
    ],
)
def test_schooling_the_rules_do_not_name_is_read_with_the_notice_deciding(
    ask: Ask, question: str, said: str, says: str
) -> None:
    verdict = verdict_of(ask(question))
    assert says in verdict and UNNAMED.format(said=said) in verdict, verdict


def test_high_school_said_as_the_rules_say_it_has_no_such_line(ask: Ask) -> None:
    said = verdict_of(ask("高中毕业，做了4年社工，能考初级吗"))
    assert "没有写" not in said, said


@pytest.mark.parametrize(
    ("question", "route"),
    [
        ("自考本科学历可以报名社工考试吗", "自考"),
        ("函授大专，社工专业，做了两年社工，能考初级吗", "函授"),
        ("我是网络教育的本科，学的会计，做了3年社工，能考初级吗", "网络教育"),
    ],
)
def test_a_degree_taken_besides_full_time_study_is_one_the_state_recognises(
    ask: Ask, question: str, route: str
) -> None:
    said = verdict_of(ask(question))
    assert RECOGNISED.format(route=route) in said, said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "my major is social work, just graduated, can I sit the intermediate exam",
            "按2006年规定判断能否报考社会工作师，还需要知道：学历。",
        ),
        (
            "my major is social work, I have a bachelor's and 2 years of work, can I sit the intermediate exam",
            "社工专业本科报考社会工作师需从事社会工作满3年；你做了2年，还差1年。",
        ),
        (
            "my major is psychology, bachelor's degree, 1 year at a social work agency, can I sit the assistant exam",
            "其他专业本科报考助理社会工作师需从事社会工作满2年；你做了1年，还差1年",
        ),
    ],
)
def test_a_major_said_in_english_as_my_major_is_is_read(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert says in said and "还需要知道：学历、专业" not in said, said


def test_what_everyone_is_asked_must_be_in_the_source(tmp_path: Path) -> None:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, target)
    path = target / "eligibility.yaml"
    text = path.read_text(encoding="utf-8")
    original = "obeying the constitution and the law"
    assert text.count(original) == 1
    path.write_text(text.replace(original, "obeying the law"), encoding="utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(target)
    assert any("everyone: `follows`" in str(problem) for problem in raised.value.problems), raised.value.problems
