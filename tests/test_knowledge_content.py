"""The knowledge base's content: every entry sourced and dated, enough phrasings, figures that the sources hold."""

from __future__ import annotations

import re

import pytest

from bot.config import PROJECT_DIR
from bot.core.knowledge import KnowledgeBase
from bot.core.loader import MIN_PHRASINGS

SOURCES_DIR = PROJECT_DIR.parent / "shared" / "sources"
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
}


def test_every_topic_the_sources_cover_has_an_entry(knowledge: KnowledgeBase) -> None:
    assert set(knowledge.entries) >= REQUIRED_TOPICS


def test_every_entry_has_a_source_a_date_and_six_phrasings(knowledge: KnowledgeBase) -> None:
    for entry in knowledge.entries.values():
        for citation in entry.citations:
            assert citation.source.id in knowledge.sources, entry.id
            assert re.search(r"20\d\d", citation.as_of), f"{entry.id}: as_of names no year"
        assert len(entry.phrasings) >= MIN_PHRASINGS, entry.id


def test_answers_built_on_the_2006_rules_name_their_basis(knowledge: KnowledgeBase) -> None:
    for entry_id in RULE_ENTRIES:
        entry = knowledge.entries[entry_id]
        assert "reg-2006" in {c.source.id for c in knowledge.entries[entry_id].citations}, entry_id
        assert "2006" in entry.answer, entry_id
        assert "通知" in entry.answer, f"{entry_id}: must say the current year's official notice decides"


def test_unverified_exam_details_point_to_the_official_site(knowledge: KnowledgeBase) -> None:
    answer = knowledge.entries["exam-registration-details"].answer
    assert "没有核实" in answer and "中国人事考试网" in answer


@pytest.mark.skipif(not SOURCES_DIR.is_dir(), reason="../shared/sources is not beside this checkout")
def test_every_figure_in_an_answer_appears_in_the_sources(knowledge: KnowledgeBase) -> None:
    sources = "".join(p.read_text(encoding="utf-8") for p in sorted(SOURCES_DIR.iterdir()) if p.is_file())
    flat = re.sub(r"\s+", "", sources)
    for entry in knowledge.entries.values():
        for figure in re.findall(r"\d+(?:\.\d+)?", entry.answer):
            if len(figure) >= 2:
                assert figure in flat, f"{entry.id}: figure {figure} is not in the sources"
