"""The knowledge-base check after a maintainer's trial (session 39): each source checked against its own piece of a
shared file, eligibility rules' major, requirement and item, small talk that would take answers, a `.yml` file, a key
written without its colon, the cause listed before what follows from it, and labels, related ids and orders."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.loader import load_knowledge
from bot.core.problems import KnowledgeError
from tests.test_loader import kb_dir, line_of, problems, replace, shown

__all__ = ["kb_dir"]  # the fixture: a writable copy of the real knowledge base

ZHEJIANG_ANSWER = "浙江报考人数首次突破20万；"
BEIJING_ANSWER = "北京全市社工专业人才总数已达7.96万人"


def test_a_figure_of_the_other_piece_on_the_same_page_is_named(kb_dir: Path) -> None:
    path = kb_dir / "zhejiang.yaml"
    replace(path, ZHEJIANG_ANSWER, "浙江报考人数首次突破20万，全省社工机构960家；")
    at = line_of(path, "全省社工机构960家")
    assert problems(kb_dir) == [
        f"{shown(path)}:{at}: entry `zhejiang-applicants`: the figure 960 is in none of its sources (zjrb-2023); write "
        "the figure the source gives, or cite the source that has it"
    ]


def test_a_zhejiang_figure_in_a_beijing_answer_is_named(kb_dir: Path) -> None:
    path = kb_dir / "beijing.yaml"
    replace(path, BEIJING_ANSWER, "北京全市社工专业人才总数已达15.6万人")
    assert any(
        p.startswith(f"{shown(path)}:{line_of(path, '15.6万人')}: entry `beijing-workforce`: the figure 15.6万")
        for p in problems(kb_dir)
    )


def test_sources_sharing_a_file_must_each_name_their_lines(kb_dir: Path) -> None:
    path = kb_dir / "sources.yaml"
    replace(path, "    lines: [1-149, 429-437]  # the body, then its lead paragraph after the Zhejiang piece\n", "")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, 'file: 000_', 2)}: source `bj-meeting-2023`: 000_5e151779fd301d6c.txt is the "
        "file of source `zjrb-2023` too; give each `lines: [FIRST-LAST, ...]`, the lines of its own piece, so that its "
        "figures are checked against that piece only"
    ]


def test_a_line_range_outside_its_file_is_named(kb_dir: Path) -> None:
    path = kb_dir / "sources.yaml"
    replace(path, "lines: [1-149, 429-437]", "lines: [1-149, 429-4370]")
    assert (
        f"{shown(path)}:{line_of(path, '429-4370')}: source `bj-meeting-2023`: lines `429-4370` is not a range"
        in (problems(kb_dir)[0])
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (  # the trial's 12f: a verdict of 2 years for another major's 大专, where the source says 4
            "{item: 2, level: 助理社会工作师, education: 大专, major: 社会工作, years: 2,",
            "{item: 2, level: 助理社会工作师, education: 大专, major: 其他, years: 2,",
            "rule 2 for 助理社会工作师: major 其他 is not what the words it follows say, which name 社会工作: “a "
            "junior-college (大专) degree in social work and 2 years in social work” (exam-rules-2006.md, source "
            "`reg-2006`); make the rule say what the source says",
        ),
        (  # a major left out: any major would do
            "{item: 3, level: 社会工作师, education: 本科, major: 社会工作, years: 3,",
            "{item: 3, level: 社会工作师, education: 本科, years: 3,",
            "rule 3 for 社会工作师: major left out (any major) is not what the words it follows say, which name "
            "社会工作: “a bachelor's degree in social work and 3 years in social work” (exam-rules-2006.md, source "
            "`reg-2006`); make the rule say what the source says",
        ),
        (  # the trial's 35: an item number the source's list does not give these words
            "{item: 4, level: 助理社会工作师, education: 大专, major: 其他, years: 4,",
            "{item: 7, level: 助理社会工作师, education: 大专, major: 其他, years: 4,",
            "rule 7 for 助理社会工作师: item 7 is not what the words it follows say, which stand in item 4 of its "
            "list: “a junior-college degree in another subject and 4 years in social work” (exam-rules-2006.md, source "
            "`reg-2006`); make the rule say what the source says",
        ),
        (  # the trial's 12e: a level that requires itself
            "{item: 1, level: 社会工作师, education: 高中/中专, requires: 助理社会工作师,",
            "{item: 1, level: 社会工作师, education: 高中/中专, requires: 社会工作师,",
            "rule 1 for 社会工作师: requires 社会工作师, a level not below its own; a rule can require only a lower "
            "level's certificate (社会工作师 requires 助理社会工作师)",
        ),
    ],
)
def test_a_rule_whose_major_item_or_requirement_is_wrong_is_named_at_its_line(
    kb_dir: Path, old: str, new: str, message: str
) -> None:
    path = kb_dir / "eligibility.yaml"
    replace(path, old, new)
    assert problems(kb_dir) == [f"{shown(path)}:{line_of(path, new)}: {message}"]


def test_a_small_talk_text_in_two_groups_is_named(kb_dir: Path) -> None:
    path = kb_dir / "smalltalk.yaml"
    replace(path, "says: [谢谢, ", "says: [谢谢, 你好呀, ")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, '你好呀')}: small talk `你好呀` reads the same as `你好` of another group "
        f"({shown(path)}:{line_of(path, '[你好, ')}): one reply would silently answer both; keep it in one group"
    ]


def test_small_talk_that_would_take_an_entrys_questions_is_named(kb_dir: Path) -> None:
    path, exam = kb_dir / "smalltalk.yaml", kb_dir / "exam.yaml"
    replace(path, "says: [再见, ", "says: [再见, 社工证怎么考, ")
    (found,) = problems(kb_dir)
    assert found.startswith(
        f"{shown(path)}:{line_of(path, 'says: [再见')}: small talk `社工证怎么考` takes entry "
        f"`how-to-get-certificate`'s `社工证怎么考？` ({shown(exam)}:{line_of(exam, 'question: 社工证怎么考？')}), "
    )
    assert found.endswith("they get this small-talk reply, never the answer; remove it from `says` or reword them")


def test_a_yml_file_is_named_not_ignored(kb_dir: Path) -> None:
    (kb_dir / "extra.yml").write_text((kb_dir / "rewards.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert problems(kb_dir) == [
        f"{shown(kb_dir / 'extra.yml')}:1: not read: knowledge files end in .yaml; rename it to extra.yaml, or move it "
        f"out of {shown(kb_dir)}"
    ]


@pytest.mark.parametrize(
    ("old", "new", "fix"),
    [
        ("    keywords: [宁波]", "    keywords [宁波]", "keywords: [宁波]"),
        ("    about: {places: [台州]", "    about {places: [台州]", "about: {places: [台州], level…"),
        ("    related: [ningbo-reward, other", "    related [ningbo-reward, other", "related: [ningbo-reward, othe…"),
        (
            "    answer: |\n      据2023年《浙江日报》报道，台州",
            "    answer |\n      据2023年《浙江日报》报道，台州",
            "answer: |",
        ),
        ("  - id: taizhou-reward", "  - id taizhou-reward", "id: taizhou-reward"),
        ("    phrasings:\n      - 台州社工证补贴多少", "    phrasings\n      - 台州社工证补贴多少", "phrasings:"),
    ],
)
def test_a_key_without_its_colon_is_named_at_its_line(kb_dir: Path, old: str, new: str, fix: str) -> None:
    path = kb_dir / "rewards.yaml"
    replace(path, old, new)
    key, rows = fix.partition(":")[0], path.read_text(encoding="utf-8").splitlines()
    mutated, unchanged = new.splitlines()[0], old.splitlines()[0]
    at = next(n for n, row in enumerate(rows, start=1) if row.startswith(mutated) and not row.startswith(unchanged))
    assert problems(kb_dir)[0] == (
        f"{shown(path)}:{at}: missing colon after `{key}`? YAML does not read `{key}` as a key without one; "
        f"write `{fix}`"
    )


def test_an_empty_topic_file_comes_first_with_what_to_write(kb_dir: Path) -> None:
    path = kb_dir / "rewards.yaml"
    path.write_text("# rewards\n", encoding="utf-8")
    found = problems(kb_dir)
    assert found[0] == (
        f"{shown(path)}:1: file is empty (only comments or blank lines); a topic file needs `category:` and "
        "`entries:`: write them, or delete the file"
    )
    assert f"(nor in {shown(path)}, which is empty)" in found[1]


def test_a_source_id_given_twice_is_one_problem_naming_the_id_it_may_be(kb_dir: Path) -> None:
    path = kb_dir / "sources.yaml"
    replace(path, "  - id: bj-meeting-2023", "  - id: zjrb-2023")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, 'id: zjrb-2023', 2)}: source id `zjrb-2023` is used twice; ids must be unique; "
        "is it `bj-meeting-2023`, which entries cite and no source has?"
    ]


def test_a_syntax_error_comes_before_what_it_keeps_from_being_found(kb_dir: Path) -> None:
    path = kb_dir / "rewards.yaml"
    replace(path, "  - id: taizhou-reward", "  - id taizhou-reward")  # other files list it as related
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(kb_dir)
    first, *then = raised.value.problems
    assert (first.file, first.line, first.message) == (
        shown(path),
        line_of(path, "- id taizhou-reward"),
        "missing colon after `id`? YAML does not read `id` as a key without one; write `id: taizhou-reward`",
    )
    assert then
    maybe_there = f"related id `taizhou-reward` was not found; it may be in {shown(path)} (did not parse)"
    assert all(maybe_there in problem.message for problem in then)  # not another id it looks like


@pytest.mark.parametrize(
    ("file", "old", "new", "at", "message"),
    [
        (
            "rewards.yaml",
            "    question: 台州考社工证有奖励吗？",
            "    question: 台州考社工證有獎勵嗎？",
            "台州考社工證有獎勵嗎",
            "entry `taizhou-reward`: question has Traditional characters (證、獎、勵、嗎); write the label in "
            "Simplified (a Traditional asker gets it converted)",
        ),
        (
            "rewards.yaml",
            "    related: [taizhou-reward, other-city-rewards, certificate-value]",
            "    related: [taizhou-reward, other-city-rewards, taizhou-reward]",
            "related: [taizhou-reward, other-city-rewards, taizhou-reward]",
            "entry `ningbo-reward`: lists `taizhou-reward` as related twice; keep one",
        ),
        (  # topic files are read in name order: beijing.yaml's is the first
            "rewards.yaml",
            "  order: 3",
            "  order: 6",
            "  id: rewards",
            "category order `6` is already used at {beijing}:{beijing_line}; give each category its own place in "
            "/topics",
        ),
    ],
)
def test_a_label_a_related_id_or_an_order_given_wrong_is_named(
    kb_dir: Path, file: str, old: str, new: str, at: str, message: str
) -> None:
    path, beijing = kb_dir / file, kb_dir / "beijing.yaml"
    replace(path, old, new)
    expected = message.format(beijing=shown(beijing), beijing_line=line_of(beijing, "  id: beijing"))
    assert problems(kb_dir) == [f"{shown(path)}:{line_of(path, at)}: {expected}"]
