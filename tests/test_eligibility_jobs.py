"""A job said with no years (我是护士能考社工吗, Can a nurse sit the social work exam?) in conversation: read as work in
another field, answered with the rules for other majors than social work and what is still missing, never as a job's
entry or the exam overview."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.core.answerer import Answerer
from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.core.text import to_simplified
from tests.helpers import Ask, verdict_of

NOT_ASKED = "报考条件不看职业。不是社工专业的："
ASSISTANT = "其他专业本科及以上报考助理社会工作师需从事社会工作满2年"
INTERMEDIATE = "其他专业大专及以上报考社会工作师，所需从事社会工作的年限比社工专业多2年"
SENIOR = "按2018年评价办法，本科及以上报考高级社会工作师需通过全国考试取得社会工作师证书后从事社会工作满5年"


@pytest.mark.parametrize(
    ("question", "job_line"),
    [
        ("我是护士能考社工吗", "护士的工作算不算，以当年报考通知和当地资格审核为准"),
        ("我是護士能考社工嗎", "护士的工作算不算，以当年报考通知和当地资格审核为准"),
        ("Can a nurse sit the social work exam?", "护士的工作算不算"),
        ("I work in a hospital, can I take the social work exam?", "医院的工作算不算"),
        ("我在银行上班能考社工吗", "银行的工作算不算这样的社会服务，以当年报考通知和当地资格审核为准；不算的话"),
        ("我是老师可以考社工证吗", "老师的工作算不算这样的社会服务"),
        ("I'm a teacher, can I take the social worker exam?", "教师的工作算不算这样的社会服务"),
        ("会计能考社工证吗", "会计的工作算不算这样的社会服务"),
        ("护工能考社工证吗", "护工的工作算不算"),  # the conditions, and whether the job's years count
    ],
)
def test_a_job_with_no_years_gets_the_rules_for_other_majors_and_what_is_missing(
    ask: Ask, question: str, job_line: str
) -> None:
    said = to_simplified(verdict_of(ask(question)))
    assert said.startswith(NOT_ASKED), said
    assert all(rule in said for rule in (ASSISTANT, INTERMEDIATE, SENIOR)), said
    missing = said.index("\n判断能否报考，还需要知道：学历")  # after every level's rules, what the verdict still needs
    assert said.index(SENIOR) < missing < said.index("从事社会工作的年限。\n", missing), said
    assert job_line in said, said


def test_a_job_verdict_says_each_rule_and_what_decides_once(ask: Ask) -> None:
    reply = ask("我是护士能考社工吗")
    said = verdict_of(reply)
    assert said.count("\n") + 1 == 6 and len(said) <= 360, (len(said), said)  # was 8 lines, 438 characters
    assert "高中/中专、其他专业大专报考助理社会工作师需从事社会工作满4年；" in said, said  # two rules asking the same
    assert "以当年报考通知为准。" not in said and "判断能否报考助理社会工作师、社会工作师" not in said, said
    assert reply.text.count("以当年官方报考通知为准") == 1, reply.text  # the footer's, under the 2006 rules


def test_a_job_and_a_level_get_that_levels_rules_alone(ask: Ask) -> None:
    said = verdict_of(ask("我是程序员，可以考中级社工吗"))
    opening = f"{NOT_ASKED}\n按2006年规定，高中/中专报考社会工作师需通过全国考试取得助理社会工作师证书后"
    assert said.startswith(opening), said
    assert INTERMEDIATE in said and ASSISTANT not in said and "高级" not in said, said
    assert "\n判断能否报考，还需要知道：学历、专业、已有的证书、从事社会工作的年限。\n" in said, said


def test_details_after_a_job_are_read_with_it(ask: Ask) -> None:
    verdict_of(ask("我是护士能考社工吗"))
    said = verdict_of(ask("本科，做了3年呢"))
    bachelor = "按2006年规定，其他专业本科报考助理社会工作师需从事社会工作满2年；如果这3年都算从事社会工作，你已满3年"
    assert said.startswith(bachelor), said
    assert NOT_ASKED not in said and "护士的工作算不算" in said, said


def test_a_job_said_with_a_degree_keeps_its_line_on_whether_it_counts(ask: Ask) -> None:
    said = verdict_of(ask("我是护士，本科，能考社工证吗"))  # the degree's own verdict, the job's years still asked
    assert NOT_ASKED not in said and "还需要知道：专业、已有的证书、从事社会工作的年限" in said, said
    assert "护士的工作算不算" in said, said


@pytest.mark.parametrize(
    "question",
    [
        "教师资格证报考条件",  # another exam
        "社工专业毕业能考公务员吗",
        "我不是老师，能考社工证吗",  # not the asker's job
        "我想当老师，能考社工证吗",  # only meant
        "我是志愿者，可以考社工证吗",  # volunteering is no job
        "护士报考社工证有什么条件",  # the rule asked, not whether one may sit
        "我在街道办做了几年临时工，领导让我去考社工证，请问这个证怎么拿",
    ],
)
def test_a_job_not_said_as_the_askers_own_or_not_asking_to_sit_gets_no_verdict(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.match is not None and NOT_ASKED not in reply.text, reply.text


def test_an_english_job_is_read_by_the_words_of_the_knowledge_base(tmp_path: Path) -> None:
    question = "I'm a midwife, can I sit the social work exam?"
    shipped = Answerer(Engine(load_knowledge(DEFAULT_KNOWLEDGE_DIR))).ask(question)
    assert NOT_ASKED not in shipped.text  # midwife is no English word the file lists
    knowledge = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, knowledge)
    path = knowledge / "eligibility.yaml"
    listed = "{said: 护士, words: [nurse, "
    path.write_text(path.read_text(encoding="utf-8").replace(listed, f"{listed}midwife, "), encoding="utf-8")
    said = verdict_of(Answerer(Engine(load_knowledge(knowledge))).ask(question))
    assert said.startswith(NOT_ASKED) and "护士的工作算不算" in said, said
