"""The fact check (bot/core/facts.py, run by the loader, so `python -m bot validate` and a reload reject a figure that
is not in its sources): every number an answer states occurs in one of the sources that entry cites, read from
../shared/sources/ (each source's `file:` in sources.yaml). A finding reads `FILE:LINE: entry `id`: the figure N is in
none of its sources (...)`, at the answer's line in knowledge/.

Entries built on a rules source (2006, 2009, 2018) must also say which rules they follow and who decides now.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.core.facts import figures, proposed, searchable, unsupported_figures
from bot.core.knowledge import KnowledgeBase
from bot.core.loader import SOURCES_DIR, load_knowledge
from bot.core.problems import KnowledgeError

# Rules sources: what the answer must name (the rules' year) and the words saying the current rules decide.
RULES = {
    "reg-2006": ("2006年", ("通知", "为准")),
    "reg-2009-registration": ("2009年", ("民政部门", "为准")),
    "reg-2009-education": ("2009年", ("民政部门", "为准")),
    "reg-2018-senior": ("2018年", ("通知", "为准")),
}


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, target)
    return target


def problems(directory: Path, sources_dir: Path = SOURCES_DIR) -> list[str]:
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(directory, sources_dir)
    return [str(p) for p in raised.value.problems]


def line_of(path: Path, text: str) -> int:
    return next(n for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if text in row)


def test_every_source_names_its_text_and_every_figure_is_in_it(knowledge: KnowledgeBase) -> None:
    assert SOURCES_DIR.is_dir(), f"{SOURCES_DIR}: the sources folder is missing; it belongs beside the clone"
    assert all(source.file for source in knowledge.sources.values())  # so the loader checks every answer's figures


def test_a_planted_wrong_number_is_found(kb_dir: Path) -> None:
    path = kb_dir / "rewards.yaml"
    content = path.read_text(encoding="utf-8")
    assert "初级（助理社会工作师）：1500元/人" in content
    path.write_text(content.replace("初级（助理社会工作师）：1500元/人", "初级（助理社会工作师）：1600元/人"), "utf-8")
    line = line_of(path, "1600元/人")
    assert problems(kb_dir) == [
        f"{path}:{line}: entry `ningbo-reward`: the figure 1600 is in none of its sources (zjrb-2023); write the "
        "figure the source gives, or cite the source that has it"
    ]


def test_an_invented_figure_in_a_new_entry_stops_validate(kb_dir: Path) -> None:
    """The newcomer's entry: 温州 pays 800元, citing the 2023 newspaper, which says nothing of it."""
    path = kb_dir / "rewards.yaml"
    entry = """
  - id: wenzhou-reward
    question: 温州考社工证有奖励吗
    phrasings: [温州社工证奖励, 温州持证奖励多少, 温州社工补贴, 温州考出社工证奖励, 温州社工证有钱拿吗, 温州社工奖金]
    keywords: [奖励, 补贴, 奖金, 钱]
    about: {places: [温州], measures: [奖励]}
    answer: |
      温州对考取助理社会工作师证书的人员一次性奖励800元。
    sources:
      - {ref: zjrb-2023, as_of: 2023年报道}
"""
    path.write_text(path.read_text(encoding="utf-8") + entry, encoding="utf-8")
    line = line_of(path, "奖励800元")
    assert f"{path}:{line}: entry `wenzhou-reward`: the figure 800 is in none of its sources (zjrb-2023)" in "\n".join(
        problems(kb_dir)
    )


def test_a_figure_from_another_source_is_found(kb_dir: Path) -> None:
    """A true number is still a finding when the entry does not cite the source that holds it."""
    path = kb_dir / "beijing.yaml"
    content = path.read_text(encoding="utf-8")
    path.write_text(content.replace("ref: bj-meeting-2023", "ref: reg-2006", 1), encoding="utf-8")
    assert any("entry `beijing-workforce`: the figure 7.96万 is in none of its sources" in p for p in problems(kb_dir))


def test_a_missing_source_text_is_named(tmp_path: Path) -> None:
    found = problems(DEFAULT_KNOWLEDGE_DIR, tmp_path / "absent")
    assert found and all("sources.yaml" in p and f"{tmp_path / 'absent'}" in p and "is not there" in p for p in found)


@pytest.mark.parametrize(
    ("file", "figure", "planted"), [("exam.yaml", "89万", "9万"), ("beijing.yaml", "7.96万", "6万")]
)
def test_a_wan_figure_cut_from_a_longer_one_is_found(kb_dir: Path, file: str, figure: str, planted: str) -> None:
    path = kb_dir / file
    path.write_text(path.read_text(encoding="utf-8").replace(figure, planted), "utf-8")
    assert any(f"the figure {planted} is in none of its sources" in problem for problem in problems(kb_dir))


GIVE_IT = "write the figure the source gives, or cite the source that has it"


@pytest.mark.parametrize(
    ("file", "old", "new", "figure", "number", "entry", "cited"),
    [
        (  # the page has 20 only as 20多个 and 20万
            "beijing.yaml",
            "社工服务机构达960家。",
            "社工服务机构达960家，约20%在农村。",
            "20%",
            "20",
            "beijing-workforce",
            "bj-meeting-2023",
        ),
        (
            "beijing.yaml",
            "社工服务机构达960家。",
            "社工服务机构达960个。",
            "960个",
            "960",
            "beijing-workforce",
            "bj-meeting-2023",
        ),
        (  # the rules count hours, not days
            "certificate.yaml",
            "不少于90小时。",
            "不少于90天。",
            "90天",
            "90",
            "continuing-education",
            "reg-2009-education",
        ),
        (  # the page has 2000 only as an amount: 2000元
            "exam.yaml",
            "比2021年增加了6.1万",
            "比2000年增加了6.1万",
            "2000年",
            "2000",
            "exam-applicants",
            "zjrb-2023",
        ),
    ],
)
def test_a_figure_with_a_unit_is_in_its_source_only_with_that_unit(
    kb_dir: Path, file: str, old: str, new: str, figure: str, number: str, entry: str, cited: str
) -> None:
    path = kb_dir / file
    content = path.read_text(encoding="utf-8")
    assert old in content
    path.write_text(content.replace(old, new, 1), "utf-8")
    assert problems(kb_dir) == [
        f"{path}:{line_of(path, new)}: entry `{entry}`: the figure {figure} is in none of its sources ({cited}), "
        f"which give {number} but not as {figure}; {GIVE_IT}"
    ]


NEWSPAPER = "全市社工专业人才总数已达 7.96\n万人，社工服务机构达 960家。拓展到司法矫正等 20多个领域\n奖励1000元、2000元"
RULES = "2 years; valid for 3\nyears; at least 90 hours; two subjects; first held in 2019; within 30 working days"


@pytest.mark.parametrize(
    ("line", "source", "unsourced"),
    [
        ("总数7.96万人，机构960家，20多个领域", NEWSPAPER, []),  # each with its unit, across the page's line breaks
        ("机构960个，覆盖20%的社区，20个领域", NEWSPAPER, ["960个", "20%", "20个"]),
        ("2000年起奖励1000元", NEWSPAPER, ["2000年"]),  # 2000 is an amount there, not a year
        ("有效期3年，不少于90学时，考2科，2019年首次举行，30个工作日内", RULES, []),  # the rules' English words
        ("不少于90天，有效期3个月", RULES, ["90天", "3个月"]),
        ("不少于80学时", RULES, ["80"]),  # a number in no source: named as the number
    ],
)
def test_figures_are_read_with_their_units(line: str, source: str, unsourced: list[str]) -> None:
    assert [figure.text for figure in unsupported_figures(line, [searchable(source)])] == unsourced


def test_figure_reading() -> None:
    assert [f.text for f in figures("1. 高中学历，从事社会工作满4年；约为89万，7.96万人")] == ["4", "89万", "7.96万"]
    assert [f.forms[0] for f in figures("考三科、满两年、三四千元、第一家、十四年")] == ["3", "2", "三四千", "14"]


def test_answers_built_on_rules_say_which_rules_and_who_decides(knowledge: KnowledgeBase) -> None:
    for entry in knowledge.entries.values():
        for citation in entry.citations:
            if citation.source.id in RULES:
                year, deciders = RULES[citation.source.id]
                source = citation.source.id
                assert year in entry.answer, f"{entry.id}: cites {source} but does not name its {year} rules"
                assert all(w in entry.answer for w in deciders), f"{entry.id}: must say who decides now ({deciders})"


@pytest.mark.parametrize(
    ("question", "answer", "put_forward"),
    [
        ("台州中级奖励是3000元吗", "· 社会工作师：2000元", ["3000元"]),
        ("宁波中级奖励是3000元吗", "· 中级（社会工作师）：3000元/人", []),  # the answer states it
        ("台州中级奖励多少，听说3000元", "· 社会工作师：2000元", []),  # not a yes-or-no question
        ("2023年的奖励是2000元吗", "· 社会工作师：2000元", []),  # a year is no amount
        ("继续教育要80学时吗？", "不少于90小时", ["80学时"]),
    ],
)
def test_an_amount_a_yes_or_no_question_puts_forward_is_found_when_the_answer_lacks_it(
    question: str, answer: str, put_forward: list[str]
) -> None:
    assert proposed(question, answer) == put_forward
