"""The knowledge base's content: every topic covered, every entry sourced and dated, enough phrasings.

That every number an answer states is in the sources it cites is checked in tests/test_facts.py."""

from __future__ import annotations

import re

import pytest

from bot.core import wording
from bot.core.answerer import Answerer
from bot.core.knowledge import KnowledgeBase
from bot.core.loader import MIN_PHRASINGS
from bot.core.text import to_traditional

RULE_ENTRIES = [
    "eligibility-assistant",
    "eligibility-intermediate",
    "eligibility-senior",
    "non-major-eligibility",
    "graduate-eligibility",
    "subjects-assistant",
    "subjects-intermediate",
    "exam-frequency",
    "exam-organisers",
    "hmt-residents",
    "regulation-definition",
    "work-years-rules",
]
HONEST_NEW = [  # what people often ask and no source answers (issue 11)
    "holders-count",
    "score-carryover",
    "exam-difficulty",
    "study-materials",
    "work-without-certificate",
    "community-worker-pay",
    "bianzhi",
    "other-city-pay",
]
NEW_ENTRIES = [  # from the 2009 and 2018 sources, the overviews, and honest entries (issue 11)
    "registration",
    "registration-where",
    "registration-late",
    "re-registration",
    "continuing-education",
    "certificate-nationwide",
    "certificate-title",
    "senior-exam-review",
    "senior-pass-validity",
    "subjects-overview",
    "eligibility-overview",
    "rewards-overview",
    *HONEST_NEW,
]
HONEST_REQUIRED = [*HONEST_NEW, "other-city-rewards", "exam-registration-details"]  # one honest entry per kind
REQUIRED_TOPICS = {
    "what-is-social-worker",
    "vs-community-worker",
    "vs-volunteer",
    "skills-needed",
    "service-fields",
    "exam-overview",
    "exam-levels",
    "exam-applicants",
    "exam-popularity",
    "certificate-value",
    "stepping-stone",
    "ningbo-reward",
    "taizhou-reward",
    "zhejiang-applicants",
    "zhejiang-holders",
    "zhejiang-incentives",
    "pay",
    "talent-gap",
    "why-people-leave",
    "close-talent-gap",
    "agency-funding",
    "township-agency",
    "beijing-workforce",
    "beijing-service-network",
    "beijing-cases",
    "beijing-joint-meeting",
    "beijing-policies",
    "beijing-rural",
    "beijing-problems",
    "beijing-fields",
    "exam-registration-details",
    *RULE_ENTRIES,
    # from the 2009 and 2018 rules, overviews, and honest entries (ids fixed by the plan)
    *NEW_ENTRIES,
}


def test_every_topic_the_sources_cover_has_an_entry(knowledge: KnowledgeBase) -> None:
    assert set(knowledge.entries) >= REQUIRED_TOPICS


def test_every_entry_has_a_source_a_date_and_six_phrasings(knowledge: KnowledgeBase) -> None:
    for entry in knowledge.entries.values():
        for citation in entry.citations:
            assert citation.source.id in knowledge.sources, entry.id
            assert re.search(r"20\d\d", citation.as_of), f"{entry.id}: as_of names no year"
        assert len(entry.phrasings) >= MIN_PHRASINGS, entry.id


def test_unverified_exam_details_point_to_the_official_site(knowledge: KnowledgeBase) -> None:
    answer = knowledge.entries["exam-registration-details"].answer
    assert "没有核实" in answer and "中国人事考试网" in answer


def test_honest_entries_say_so_and_point_to_who_decides(knowledge: KnowledgeBase) -> None:
    deciders = (
        "中国人事考试网",
        "人事考试网",
        "民政部门",
        "民政部",
        "民政局",
        "人社局",
        "用人单位",
        "招聘公告",
        "主管",
    )
    assert all(knowledge.entries[entry_id].honest for entry_id in HONEST_REQUIRED)
    for entry_id in (e.id for e in knowledge.entries.values() if e.honest or e.id == "registration-late"):
        answer = knowledge.entries[entry_id].answer
        assert "没有核实" in answer, f"{entry_id}: must say plainly that the bot has no verified information"
        assert any(d in answer for d in deciders), f"{entry_id}: must point to who decides"


def test_overview_answers_fit_a_phone_screen(knowledge: KnowledgeBase) -> None:
    for entry_id in ("subjects-overview", "eligibility-overview", "rewards-overview"):
        answer = knowledge.entries[entry_id].answer
        assert len(answer) <= 260 and answer.count("\n") <= 6, f"{entry_id}: {len(answer)} characters"


@pytest.mark.parametrize("entry_id", NEW_ENTRIES)
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_new_entries_answer_their_question_with_sources_and_dates(
    answerer: Answerer, entry_id: str, traditional: bool
) -> None:
    entry = answerer.knowledge.entries[entry_id]
    question = to_traditional(entry.question) if traditional else entry.question
    reply = answerer.ask(question)
    assert reply.match is not None and reply.match.entry is entry
    assert reply.traditional is traditional
    convert = to_traditional if traditional else str
    for citation in entry.citations:
        footer = convert(wording.FOOTER.format(as_of=citation.as_of, citation=citation.source.citation))
        assert footer in reply.text
