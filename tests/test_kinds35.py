"""Kinds of question read wrongly before session 35: one level's certificate asked what it is, whether social workers
are the government's, how the trade should improve, a verb the certificate's how-to does not mean, and whether a job is
a good one, tiring or stable."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    "question",
    [
        "助理社会工作师证是什么证",
        "中级社工证是什么",
        "社會工作師證是什麼證書",
        "社会工作师证是国家认可的吗",
        "初级社工证是什么证",
    ],
)
def test_one_level_s_certificate_asked_what_it_is_gets_the_certificate_s_overview(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "exam-overview"  # it names each level; the level's subjects do not say what it is


@pytest.mark.parametrize("question", ["社工是政府部门吗", "社工是政府的人吗", "社工是国家干部吗", "社工是吃财政饭的吗"])
def test_whether_social_workers_are_the_government_s_is_said_to_be_beyond_the_sources(ask: Ask, question: str) -> None:
    reply = ask(question)  # not who organises the exam (人社部、民政部), which reads as if they were the ministries'
    assert answered(reply) == "bianzhi" and "没有核实过" in reply.text, reply.text


def test_which_department_organises_the_exam_is_still_the_organisers(ask: Ask) -> None:
    assert answered(ask("社工考试由哪个政府部门组织")) == "exam-organisers"


@pytest.mark.parametrize(
    "question", ["社工行业怎样提升", "怎样提高社工的社会地位", "政府应该为社工做些什么", "社工職業如何提高社會地位"]
)
def test_how_the_trade_should_improve_gets_the_expert_s_advice(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "close-talent-gap"  # not only that recognition is low


@pytest.mark.parametrize("question", ["社工证怎么提升到中级", "社工考试怎么提高分数"])
def test_raising_one_s_own_level_or_score_is_not_the_trade_s_improvement(ask: Ask, question: str) -> None:
    assert answered(ask(question)) != "close-talent-gap"


@pytest.mark.parametrize("question", ["社工证怎么注销", "社工证会被吊销吗"])
def test_cancelling_a_certificate_is_said_to_be_beyond_the_sources(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "certificate-services" and "注销" in reply.text, reply.text


@pytest.mark.parametrize("question", ["社工证怎么认证", "社工证怎么升级", "社工证怎么备案"])
def test_a_verb_the_how_to_does_not_mean_never_gets_how_to_get_the_certificate(ask: Ask, question: str) -> None:
    assert ask(question).outcome is not Outcome.ANSWERED  # 社工证怎么X is how to get it only for getting words


@pytest.mark.parametrize(
    "question", ["社工证怎么考", "社工证怎么弄", "社工证怎么申请", "how do i get a social work license"]
)
def test_getting_the_certificate_is_still_answered_with_how_to_get_it(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "how-to-get-certificate"


def test_whether_social_work_is_a_good_job_gets_the_outlook(ask: Ask) -> None:
    assert answered(ask("社工是好工作吗")) == "career-outlook"


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("社区工作者算是好工作吗", "关于社区工作者的前景"),
        ("社区工作者累不累", "关于社区工作者的工作强度"),
        ("社工工作稳定吗", "关于稳定性"),
        ("社工加班多吗", "关于工作强度"),
        ("how stressful is social work", "关于工作强度"),
        ("how can social workers avoid burnout", "关于避免倦怠"),  # not why people leave: advice no report gives
    ],
)
def test_a_job_s_worth_workload_stability_or_burnout_no_report_gives_is_named_as_unknown(
    ask: Ask, question: str, named: str
) -> None:
    reply = ask(question)  # not the difference between the jobs, as if that said whether it is good
    assert reply.outcome is Outcome.DECLINED and named in to_simplified(reply.text), reply.text


def test_of_two_bodies_the_answer_names_both_of_neither_is_said_to_be_the_one(ask: Ask) -> None:
    reply = ask("社工证是人社部发的还是民政部发的")  # 民政部发 stands in 民政部发布 (the 2006 rules), beside 人社部
    assert answered(reply) == "exam-organisers" and "资料里说的是" not in reply.text, reply.text


def test_a_province_s_yearly_increase_no_report_gives_is_not_the_nation_s(ask: Ask) -> None:
    reply = ask("浙江报考人数每年增加多少")  # the 6.1万 increase is the nation's; Zhejiang's is not given
    assert reply.outcome is Outcome.DECLINED and "浙江的报考人数的增长情况" in reply.text, reply.text
    assert "zhejiang-applicants" in [b.value for row in reply.buttons for b in row], reply.buttons


@pytest.mark.parametrize("question", ["中级社工证怎么拿", "初级社工证怎么考", "助理社会工作师证如何取得"])
def test_how_to_get_one_level_s_certificate_gets_how_to_get_it(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "how-to-get-certificate"  # its steps are both exam levels'


def test_how_to_get_the_senior_certificate_is_the_senior_exam_and_review(ask: Ask) -> None:
    assert answered(ask("高级社会工作师证书怎么拿")) == "senior-exam-review"  # not the two exam levels' steps


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("How many CPD hours do UK social workers need?", "关于国外的学时"),  # not the mainland's 72/90 hours
        ("Do Australian social workers need continuing professional development hours?", "关于国外的学时"),
        ("What subjects are on the ASWB exam?", "关于社工执照的科目"),  # a licence abroad, not the mainland exam
    ],
)
def test_a_system_abroad_named_by_its_people_or_licence_is_not_the_mainland_s(
    ask: Ask, question: str, named: str
) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and named in reply.text, reply.text


@pytest.mark.parametrize("question", ["高级社工师证和中级社工证一样吗", "初级和中级证书有什么区别"])
def test_two_levels_compared_get_the_levels(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "exam-levels"  # not 通用 (the nationwide card)


def test_the_senior_review_years_after_the_pass_gets_how_long_a_pass_counts(ask: Ask) -> None:
    reply = ask("Can I apply for the senior review 4 years after passing the senior exam?")
    assert answered(reply) == "senior-pass-validity"


@pytest.mark.parametrize("question", ["社工证继续教育要花钱吗", "登记要花钱吗"])
def test_what_continuing_education_or_registration_costs_is_named_as_unknown(ask: Ask, question: str) -> None:
    reply = ask(question)  # not the hours, as if they said what it costs
    assert reply.outcome is Outcome.DECLINED and "费用" in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["Why do so many social workers in China quit after a few years?", "全国社工为什么留不住人"]
)
def test_why_people_leave_asked_of_the_nation_gets_the_report_s_reasons(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "why-people-leave"  # the reasons are said of the trade


def test_the_nation_s_pay_is_not_the_pay_line_of_one_zhejiang_worker(ask: Ask) -> None:
    reply = ask("全国社工工资多少")  # why people leave quotes one Zhejiang worker's pay: it holds only there
    assert answered(reply) == "other-city-pay" and "没有核实过" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("社工证多久再登记一次", "re-registration"),
        ("高级社工要本科吗", "eligibility-senior"),
        ("社工法规与政策是哪个级别考的", "subjects-overview"),  # a subject's level: the subjects of each level
        ("考了社工证一定能当社工吗", "stepping-stone"),
        ("How long does the registration review take?", "registration-where"),  # registering, not signing up
        ("i pass the exam last year but not register yet, it is too late?", "registration"),
    ],
)
def test_common_questions_a_trial_found_behind_suggestions_are_answered(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry
