"""The knowledge-base check after a maintainer's trial (session 39, its rest): an entry marked honest that states
amounts, a misspelt keyword named once, and `measures_at` messages that say how to fix them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.facts import amounts
from bot.core.knowledge import KnowledgeBase
from tests.test_loader import kb_dir, line_of, problems, replace, shown

__all__ = ["kb_dir"]  # the fixture: a writable copy of the real knowledge base

HONEST = (
    "but the entry is marked `honest: true`, which says its sources do not answer its question (the journal and the "
    "report count its questions as ones they lack); if they answer it, remove `honest: true`, else take the figure "
    "out (an honest answer names only the years of its sources and what the rules set, as 每3年)"
)


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("按2009年的登记办法，持证人要在本省民政部门登记、每3年再登记", []),  # a source's year, a rule's period
        ("按2006年规定，考试原则上每年一次。", []),
        ("举了宁波和台州两个例子；报道中一名社工的个人说法", []),  # counts under ten in words: prose
        ("北京行动计划2021-2025年；每年90学时；30个工作日内；3个月", []),
        ("第1名", []),
        ("· 初级（助理社会工作师）：1500元/人", ["1500元"]),
        ("上海社工月薪8000元", ["8000元"]),
        ("持证社工15.6万人，社工机构960家，占20%", ["15.6万", "960家", "20%"]),
        ("奖励2000元；约12345", ["2000元", "12345"]),  # a year's digits as an amount; a bare number
        ("一年拿三四千元，两千元，十四个", ["三四千元", "两千元", "十四个"]),
    ],
)
def test_the_amounts_a_line_states(line: str, stated: list[str]) -> None:
    assert amounts(line) == stated


def test_every_honest_entry_validates_with_the_years_it_names(knowledge: KnowledgeBase) -> None:
    """The real knowledge base loads (the fixture), and its honest entries name their sources' years and repeat
    what the rules set (每3年, 每年一次), which the check lets through."""
    honest = {entry.id: entry.answer for entry in knowledge.entries.values() if entry.honest}
    assert len(honest) >= 20
    assert "每3年再登记" in honest["certificate-renting"] and "每年一次" in honest["exam-registration-details"]
    assert "2023年《浙江日报》" in honest["other-city-rewards"]


def test_an_invented_figure_in_an_honest_answer_is_named_twice_over(kb_dir: Path) -> None:
    path = kb_dir / "career.yaml"
    replace(path, "具体岗位的工资，以当地", "上海社工月薪8000元。具体岗位的工资，以当地")
    at = f"{shown(path)}:{line_of(path, '上海社工月薪8000元')}: entry `other-city-pay`"
    assert sorted(problems(kb_dir)) == [
        f"{at}: the answer states 8000元, {HONEST}",
        f"{at}: the figure 8000 is in none of its sources (zjrb-2023); write the figure the source gives, or cite the "
        "source that has it",
    ]


def test_an_entry_of_figures_marked_honest_is_named_at_each_figure(kb_dir: Path) -> None:
    path = kb_dir / "rewards.yaml"
    cited = "    sources:\n      - {ref: zjrb-2023, as_of: 2023年报道时的标准}"
    replace(path, cited, f"    honest: true\n{cited}")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, f'{amount}/人')}: entry `ningbo-reward`: the answer states {amount}, {HONEST}"
        for amount in ("1500元", "3000元", "5000元")
    ]


def test_a_misspelt_keyword_is_named_once_with_its_count(kb_dir: Path) -> None:
    path = kb_dir / "rewards.yaml"
    replace(path, "    keywords: [宁波]", "    keywords: [宁坡波]")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, 'keywords: [宁坡波]')}: entry `ningbo-reward`: 26 of its 26 questions and "
        f"phrasings have none of its keywords (宁坡波), as `宁波考社工证有多少奖励？` ({shown(path)}:"
        f"{line_of(path, 'question: 宁波考社工证有多少奖励？')}); is a keyword misspelt? keywords must be words the "
        "phrasings hold (or their synonyms)"
    ]


def test_two_phrasings_without_a_keyword_are_named_once(kb_dir: Path) -> None:
    path = kb_dir / "rewards.yaml"
    replace(path, "      - 宁波社工证补贴多少钱\n", "      - 社工证补贴多少钱\n")
    replace(path, "      - 宁波考社工有没有补助\n", "      - 考社工有没有补助\n")
    found = [p for p in problems(kb_dir) if "keywords" in p]
    assert found == [
        f"{shown(path)}:{line_of(path, 'keywords: [宁波]')}: entry `ningbo-reward`: 2 of its 26 questions and "
        f"phrasings have none of its keywords (宁波), as `社工证补贴多少钱` ({shown(path)}:"
        f"{line_of(path, '- 社工证补贴多少钱')}); is a keyword misspelt? keywords must be words the phrasings hold (or "
        "their synonyms)"
    ]


@pytest.mark.parametrize(
    ("measures_at", "message"),
    [
        (
            "[{measure: 员工人, places: [全国, 浙江]}]",
            "measures_at measure `员工人` is not one of the measures its `about` covers (`about: {measures}` lists "
            "机构经费来源, 员工人数); measures_at can only narrow a measure of the entry to fewer of its places: did "
            "you mean `员工人数`? Else add `员工人` to `about: {measures: [...]}` or name one it lists",
        ),
        (
            "[{measure: 员工人数, places: [全国, 温州]}]",
            "measures_at place `温州` is not one of the places its `about` covers (`about: {places}` lists 全国, 浙江, "
            "北京); measures_at can only narrow a measure of the entry to fewer of its places: add `温州` to "
            "`about: {places: [...]}` or name one it lists",
        ),
    ],
)
def test_a_measures_at_term_its_about_lacks_says_how_to_fix_it(kb_dir: Path, measures_at: str, message: str) -> None:
    path = kb_dir / "career.yaml"
    replace(path, "measures_at: [{measure: 员工人数, places: [全国, 浙江]}]", f"measures_at: {measures_at}")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, f'measures_at: {measures_at}')}: entry `agency-funding`: {message}"
    ]
