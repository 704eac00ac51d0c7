"""English questions, as English speakers ask about social work in China: question in, reply and buttons out."""

from __future__ import annotations

import pytest

from bot.core.answerer import Answerer
from bot.core.replies import Outcome
from tests.helpers import Ask, answered, buttons, verdict_of


@pytest.mark.parametrize(
    ("question", "job"),
    [
        ("Is nursing a good career in China?", "护士职业"),
        ("Is teaching a good career in China?", "教师职业"),
        ("Is HR a good career in China?", "人力资源工作"),
        ("Is psychology counselling a good job in China?", "心理咨询职业"),
        ("how much do nurses earn in china", "护士职业"),
        ("teacher salary in Zhejiang", "教师职业"),
        ("social worker vs nurse which is better", "护士职业"),
        ("nurse salary vs social worker salary", "护士职业"),
        ("do programmers earn more than social workers", "程序员职业"),
    ],
)
def test_another_job_gets_an_honest_reply_naming_it_not_social_works_answer(ask: Ask, question: str, job: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and answered(reply) is None
    assert reply.text.startswith("关于") and job in reply.text.split("\n")[0], reply.text
    assert "该职业的主管部门" in reply.text  # who to ask about that job


@pytest.mark.parametrize("question", ["护士前景怎么样", "当老师好吗", "Is accounting a good career?"])
def test_another_job_in_chinese_or_by_its_field_never_gets_social_works_outlook(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) is None
    assert "社工行业前景怎么样？" not in buttons(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What's the difference between a social worker and a community worker?", "vs-community-worker"),
        ("social worker vs volunteer difference", "vs-volunteer"),
        ("I am a lawyer, how do I get the social work certificate", "how-to-get-certificate"),  # the asker's own job
        ("does nursing experience count as social work experience", "work-years-rules"),
        ("does working in a nursing home count as social work", "regulation-definition"),  # a workplace, not a job
    ],
)
def test_a_job_compared_where_an_entry_compares_it_or_told_of_oneself_keeps_the_answer(
    ask: Ask, question: str, entry: str
) -> None:
    assert answered(ask(question)) == entry


@pytest.mark.parametrize(("question", "named"), [("考研要考几门", "考研"), ("养老护理员一个月工资多少", "护工")])
def test_an_off_topic_question_about_what_no_entry_is_about_names_it(ask: Ask, question: str, named: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED
    assert reply.text.startswith(f"关于{named}"), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "May I allow an agency to list my license for their staffing requirements if I do not work there?",
        "Is it legal to lend my social work certificate to an agency?",
        "someone wants to borrow my social work certificate, should I let them",
        "my friend wants me to rent my cert to his agency, can i do that",
        "An agency wants to use my certificate but I won't work there, is that ok?",
    ],
)
def test_renting_or_lending_out_the_certificate_is_answered_whatever_everyday_words_surround_it(
    ask: Ask, question: str
) -> None:
    assert answered(ask(question)) == "certificate-renting"


def test_everyday_english_words_no_phrasing_has_weigh_nothing(answerer: Answerer) -> None:
    question = "How many continuing education units can I carry over into the next cycle?"
    plain = answerer.engine.match(question)
    chatty = answerer.engine.match(f"hi, {question[:-1]} though, anyway? thanks")  # hi, though, anyway: no phrasing's
    assert plain.entry is not None and plain.entry.id == "continuing-education"
    assert (chatty.entry, chatty.score) == (plain.entry, plain.score)


@pytest.mark.parametrize(
    "question",
    [
        "can you lend me some money",
        "I want to know how to open a bank account",
        "could you please help me with my homework",
        "do you know a good restaurant near me",
    ],
)
def test_off_topic_english_is_still_declined(ask: Ask, question: str) -> None:
    assert ask(question).outcome is Outcome.DECLINED


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What are the CEU requirements for renewal?", "continuing-education"),  # the hours, not the exam's conditions
        ("What are the CE requirements for license renewal?", "continuing-education"),
        ("CPE requirements for social workers in China", "continuing-education"),
        ("license renewal requirements", "re-registration"),
        ("How do I renew my certificate?", "re-registration"),
        ("How do I register my license?", "registration-where"),  # registering the certificate, not the exam's sign-up
        ("Where do I register my license?", "registration-where"),
        ("register my license after passing the exam", "registration"),
        ("How long does it take to become a certified social worker?", "eligibility-overview"),  # the years it asks
        ("How long does it take to become a licensed social worker in China?", "eligibility-overview"),
        ("what is post-license education for social workers", "continuing-education"),  # after the licence: the hours
    ],
)
def test_western_board_wordings_of_registration_and_continuing_education_reach_the_mainland_rules(
    ask: Ask, question: str, entry: str
) -> None:
    assert answered(ask(question)) == entry


@pytest.mark.parametrize(
    "question",
    [
        "What are the CEU requirements for renewal in the US?",
        "How do I register my license in the UK?",
        "How do I renew my license in Hong Kong?",
        "How long does it take to become a certified social worker in the US?",
        "Should I get a multi-state social work license?",  # states' licences are the US system
        "How long does it take to become a social worker?",  # the job: the sources do not say it needs the certificate
        "What hours are required for a social worker?",  # working hours, not continuing education's
    ],
)
def test_registration_abroad_and_what_the_rules_do_not_cover_get_no_mainland_answer(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.match is None or reply.match.entry is None or reply.match.entry.honest, answered(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how many times a yr is the exam held", "exam-frequency"),  # yr: year
        ("how many ppl took the social work exam in 2022", "exam-applicants"),  # ppl: people
        ("can ppl from hong kong take the mainland social work exam", "hmt-residents"),
        ("how many sw agencies in beijing", "beijing-workforce"),  # sw: social work
        ("how long to get sw certificate", "how-to-get-certificate"),
        ("how many hrs continuing ed needed", "continuing-education"),
        ("is social worker cert in china valid forever?", "registration"),  # forever: how long it holds
        ("When did the social work exam start in China?", "exam-overview"),  # since 2008: not this year's dates
        ("when was the first social work exam held in China", "exam-overview"),
    ],
)
def test_english_shorthand_and_everyday_wordings_reach_their_entries(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


def test_needing_to_register_for_the_exam_is_signing_up_not_registering_the_certificate(ask: Ask) -> None:
    assert answered(ask("what do i need to register for the sw exam")) != "registration"


@pytest.mark.parametrize("question", ["how do I get a business license", "marriage licence requirements"])
def test_another_kind_of_licence_is_another_certificate_not_the_social_work_one(ask: Ask, question: str) -> None:
    assert answered(ask(question)) in (None, "other-certificates")


@pytest.mark.parametrize(
    "question",
    [
        "Can I still renew my social work license if I miss the 30th of June?",
        "what if I renew my license on the 2nd of May instead?",
    ],
)
def test_a_date_or_figure_in_english_is_no_unknown_word(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "re-registration", question  # 30th, 2nd: a figure, not a word no entry knows


@pytest.mark.parametrize(
    "question", ["Is my certificate transferable to another province?", "can my licence be transferred to Shanghai?"]
)
def test_a_transferable_certificate_is_one_valid_nationwide(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "certificate-nationwide", question


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "I got my BA in social work in 2020 and have worked since then, can I sit the intermediate exam?",
            "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年",
        ),
        ("Bachelor in social work, 3 years experience. Intermediate?", "按2006年规定，社工专业本科报考社会工作师"),
        ("社工本科，3年经验，中级？", "按2006年规定，社工专业本科报考社会工作师"),
        ("I have a BSc, 2 years work, can I sit the assistant level?", "按2006年规定，其他专业本科报考助理社会工作师"),
        ("I have an MSc in psychology, can I take the intermediate exam?", "按2006年规定，其他专业硕士报考社会工作师"),
    ],
)
def test_terse_or_abbreviated_details_get_a_verdict(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))  # BA, BSc, MSc; a year of graduation and work since; a level alone at the end
    assert said.startswith(says), said
