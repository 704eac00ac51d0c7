"""The validator: the real knowledge base passes; each kind of mistake is reported at its file and line."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.core.knowledge import KnowledgeBase
from bot.core.loader import load_knowledge
from bot.core.placeholders import AGE, ID_CARD, NAME
from bot.core.problems import KnowledgeError
from bot.core.redact import redact


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    """A writable copy of the real knowledge base."""
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, target)
    return target


def problems(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(directory)
    return [str(p) for p in raised.value.problems]


def shown(path: Path) -> str:
    """A path as the validator prints it: relative to the working directory when under it."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


def line_of(path: Path, text: str, occurrence: int = 1) -> int:
    """The 1-based line of the n-th line containing `text`."""
    hits = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if text in line]
    return hits[occurrence - 1]


def replace(path: Path, old: str, new: str) -> None:
    content = path.read_text(encoding="utf-8")
    assert old in content, old
    path.write_text(content.replace(old, new, 1), encoding="utf-8")


def span(path: Path, start: str, end: str) -> str:
    """The text of a file from the first `start` up to the `end` after it."""
    content = path.read_text(encoding="utf-8")
    first = content.index(start)
    return content[first : content.index(end, first)]


def test_real_knowledge_base_is_valid(knowledge: KnowledgeBase) -> None:
    assert len(knowledge.entries) >= 40
    assert [c.id for c in knowledge.categories][:2] == ["basics", "exam"]
    assert knowledge.phrasing_count > 7 * len(knowledge.entries)


@pytest.mark.parametrize(
    ("old", "new", "marker", "message"),
    [
        (
            "  - id: pay\n",
            "  - id: pay\n    question: [unclosed\n",
            "[unclosed",
            "YAML syntax error at column 15: a `[` list opened here is never closed (did not find expected ',' or ']' "
            "at line {next})",
        ),
        (  # named where it opens, not at the end of the file
            "    answer: |\n",
            '    answer: "unclosed |\n',
            "unclosed",
            "YAML syntax error at column 13: a quoted text opened here is never closed (found the end of the file)",
        ),
        (
            "      - 社工一个月挣多少\n",
            "      - 社工工资: 多少钱\n",
            "社工工资: 多少钱",
            "an item of entry `pay`: phrasings must be text (`社工工资: 多少钱` reads as `key: value` because of the "
            '`: `; put it all in quotes: "社工工资: 多少钱")',
        ),
        (
            "    question: 社工工资多少？\n",
            "    question: 社工工资: 多少\n",
            "社工工资: 多少",
            "YAML syntax error at column 19: mapping values are not allowed in this context; a `: ` inside a text "
            "makes YAML read `key: value`; put the whole text in quotes",
        ),
    ],
)
def test_a_yaml_mistake_is_named_at_its_line_with_its_cause(
    kb_dir: Path, old: str, new: str, marker: str, message: str
) -> None:
    path = kb_dir / "career.yaml"
    replace(path, old, new)
    line = line_of(path, marker)
    assert problems(kb_dir) == [f"{shown(path)}:{line}: {message.format(next=line + 1)}"]


LINE_UP = "the {kind} of one {what} line up: indent it {spaces} spaces like {like}"


@pytest.mark.parametrize(
    ("old", "new", "marker", "above", "message"),
    [
        (  # a tab before an item
            "      - 社工一个月挣多少\n",
            "\t- 社工一个月挣多少\n",
            "社工一个月挣多少",
            None,
            "tab character at column 1: YAML indents with spaces; replace the tab with spaces",
        ),
        (  # a tab after an item's dash
            "      - 社工一个月挣多少\n",
            "      -\t社工一个月挣多少\n",
            "社工一个月挣多少",
            None,
            "tab character at column 8: YAML indents with spaces; replace the tab with spaces",
        ),
        (  # in the indentation of a line of an answer
            "      这是报道中一名社工的说法",
            "     \t这是报道中一名社工的说法",
            "这是报道中一名社工的说法",
            None,
            "tab character at column 6: YAML indents with spaces; replace the tab with spaces",
        ),
        (  # a key deeper than the key above it, which YAML reads as more of that key's text
            "    question: 社工工资多少？\n",
            "      question: 社工工资多少？\n",
            "question: 社工工资多少？",
            "- id: pay",
            "`question:` is indented 6 spaces but `id:` above it (line {above}) is indented 4; "
            + LINE_UP.format(kind="keys", what="mapping", spaces=4, like="`id:`"),
        ),
        (  # a key as deep as the items of the list above it
            "    keywords: [工资, 多少钱, make]\n",
            "      keywords: [工资, 多少钱, make]\n",
            "keywords: [工资, 多少钱, make]",
            "    phrasings:",
            "`keywords:` is indented 6 spaces but `phrasings:` above it (line {above}) is indented 4; "
            + LINE_UP.format(kind="keys", what="mapping", spaces=4, like="`phrasings:`"),
        ),
        (  # a phrasing indented less than the one above it
            "      - 社工一个月挣多少\n",
            "    - 社工一个月挣多少\n",
            "社工一个月挣多少",
            "刚入职的社工工资到手多少",
            "this `- ` item is indented 4 spaces but the one above it (line {above}) is indented 6; "
            + LINE_UP.format(kind="items", what="list", spaces=6, like="that one"),
        ),
        (  # so little that YAML stumbles only at the next key: named at the item all the same
            "      - do social workers get paid a lot\n",
            "  - do social workers get paid a lot\n",
            "do social workers get paid a lot",
            "how much will I earn as a social worker in Zhejiang",
            "this `- ` item is indented 2 spaces but the one above it (line {above}) is indented 6; "
            + LINE_UP.format(kind="items", what="list", spaces=6, like="that one"),
        ),
        (  # an entry as deep as the keys of the entry above it: the item like it is another entry
            "  - id: talent-gap\n",
            "    - id: talent-gap\n",
            "- id: talent-gap",
            "- id: pay",
            "this `- ` item is indented 4 spaces but the one above it (line {above}) is indented 2; "
            + LINE_UP.format(kind="items", what="list", spaces=2, like="that one"),
        ),
        (  # a line of an answer indented less than the lines above it, which ends the `|` text
            "      这是报道中一名社工的说法",
            "    这是报道中一名社工的说法",
            "这是报道中一名社工的说法",
            "据2023年《浙江日报》报道，一名社工说",
            "this line is indented 4 spaces but the line above it (line {above}) is indented 6, so YAML no longer "
            "reads it as part of the text above; indent it 6 spaces like that line",
        ),
    ],
    ids=[
        "tab-before-item",
        "tab-after-dash",
        "tab-in-answer",
        "key-deeper",
        "key-as-deep-as-items",
        "item-shallower",
        "item-at-entry-depth",
        "entry-deeper",
        "answer-line-shallower",
    ],
)
def test_a_tab_or_a_line_indented_out_of_line_is_named_in_plain_words(
    kb_dir: Path, old: str, new: str, marker: str, above: str | None, message: str
) -> None:
    path = kb_dir / "career.yaml"
    replace(path, old, new)
    where = f"{shown(path)}:{line_of(path, marker)}: "
    assert problems(kb_dir) == [where + message.format(above=line_of(path, above) if above else None)]


@pytest.mark.parametrize("spaces", [4, 2])
def test_the_text_under_a_block_key_indented_no_more_than_the_key_is_named_at_its_first_line(
    kb_dir: Path, spaces: int
) -> None:
    path = kb_dir / "career.yaml"
    _, *body = span(path, "    answer: |\n", "    sources:").splitlines(keepends=True)
    replace(path, "".join(body), "".join(" " * spaces + row.lstrip(" ") for row in body))
    key = line_of(path, "answer: |")
    assert problems(kb_dir) == [
        f"{shown(path)}:{key + 1}: the text under `answer: |` (line {key}) must be indented more than `answer:`, "
        f"which is indented 4 spaces, but this line is indented {spaces}; indent every line of the text 6 spaces"
    ]


BLOCK = "answer: |"
FIRST_LINE = "      据2023年《浙江日报》报道"
LAST_LINE = "等级落实相应的薪酬保障政策。\n"


@pytest.mark.parametrize(
    ("old", "new", "marker", "like"),
    [
        (
            FIRST_LINE,
            "    来源: 浙江日报\n" + FIRST_LINE,
            "来源:",
            None,
        ),  # the answer's first line: the answer is empty
        (LAST_LINE, LAST_LINE + "    来源: 浙江日报\n", "来源:", "这是报道中一名社工的说法"),  # after the text
        ("所剩无几。\n", "所剩无几。\n    来源: 浙江日报\n", "来源:", "据2023年《浙江日报》报道"),  # amid it
        (LAST_LINE, LAST_LINE + "    Source of it: 浙江日报\n", "Source of it:", "这是报道中一名社工的说法"),
    ],
    ids=["first-line", "after-the-text", "amid-the-text", "key-with-spaces"],
)
def test_a_line_of_block_text_indented_like_its_key_and_read_as_a_key_is_named_as_text(
    kb_dir: Path, old: str, new: str, marker: str, like: str | None
) -> None:
    path = kb_dir / "career.yaml"
    replace(path, old, new)
    key = marker.removesuffix(":")
    fix = (
        f"indent it 6 spaces like the text above it (line {line_of(path, like)})"
        if like
        else "indent every line of the text 6 spaces"
    )
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, marker)}: entry `pay`: this line looks like part of the text under `{BLOCK}` "
        f"(line {line_of(path, BLOCK)}), but YAML reads `{key}:` as a key: the text must be indented more than "
        f"`answer:`, which is indented 4 spaces, and this line is indented 4; {fix}"
    ]


def test_block_text_indented_like_its_key_is_named_at_its_first_line_when_that_line_reads_as_a_key(
    kb_dir: Path,
) -> None:
    path = kb_dir / "career.yaml"
    _, *body = span(path, f"    {BLOCK}\n", "    sources:").splitlines(keepends=True)
    replace(path, "".join(body), "".join(["    来源: 浙江日报\n", *("    " + row.lstrip(" ") for row in body)]))
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, '来源:')}: this line looks like part of the text under `{BLOCK}` (line "
        f"{line_of(path, BLOCK)}), but YAML reads `来源:` as a key: the text must be indented more than `answer:`, "
        "which is indented 4 spaces, and this line is indented 4; indent every line of the text 6 spaces"
    ]


def test_after_block_text_only_a_key_no_field_could_have_is_named_as_text(kb_dir: Path) -> None:
    path = kb_dir / "career.yaml"
    replace(path, LAST_LINE, LAST_LINE + "    来源: 浙江日报\n    note: 待补充\n")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, '来源:')}: entry `pay`: this line looks like part of the text under `{BLOCK}` "
        f"(line {line_of(path, BLOCK)}), but YAML reads `来源:` as a key: the text must be indented more than "
        f"`answer:`, which is indented 4 spaces, and this line is indented 4; indent it 6 spaces like the text above "
        f"it (line {line_of(path, '这是报道中一名社工的说法')})",
        f"{shown(path)}:{line_of(path, 'note:')}: entry `pay`: unknown key `note`; expected keys: id, question, "
        "phrasings, answer, sources, related, keywords, about, measures_at, honest",
    ]


@pytest.mark.parametrize(
    ("old", "new", "fix"),
    [
        ("    question: 社工工资多少？", "    question:社工工资多少？", "question: 社工工资多少？"),
        ("  - id: pay\n", "  - id:pay\n", "id: pay"),  # YAML stumbles only at the key below it
        ("keywords: [工资,", "keywords:[工资,", "keywords: [工资, 多少钱, make]"),
        (f"    {BLOCK}\n", "    answer:|\n", BLOCK),
        ("{ref: zjrb-2023,", "{ref:zjrb-2023,", "ref: zjrb-2023"),
    ],
    ids=["text", "entry-id", "flow-list", "block", "flow-mapping"],
)
def test_a_key_with_no_space_after_its_colon_is_named_at_its_line(kb_dir: Path, old: str, new: str, fix: str) -> None:
    path = kb_dir / "career.yaml"
    replace(path, old, new)
    key = fix.partition(":")[0]
    owner = "entry `pay`: source: " if key == "ref" else ""
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, fix.replace(': ', ':', 1))}: {owner}`{key}:` has no space after its colon, "
        f"so YAML does not read it as a key; write `{fix}`"
    ]


def test_a_key_given_twice_names_the_line_of_the_first(kb_dir: Path) -> None:
    path = kb_dir / "career.yaml"
    replace(path, "    keywords: [工资,", "    phrasings: [社工挣多少]\n    keywords: [工资,")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, 'phrasings: [社工挣多少]')}: entry `pay`: `phrasings` is given twice (first "
        f"at line {line_of(path, 'phrasings:')}); keep one"
    ]


@pytest.mark.parametrize("written", ["薪資", "Pay"])
def test_a_malformed_entry_id_is_one_problem_naming_the_related_id_it_may_be(kb_dir: Path, written: str) -> None:
    path = kb_dir / "career.yaml"
    replace(path, "  - id: pay\n", f"  - id: {written}\n")
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(kb_dir)
    assert [str(p) for p in raised.value.problems] == [
        f"{shown(path)}:{line_of(path, f'- id: {written}')}: entry `{written}`: use lower-case letters, digits and - "
        "in ids; is it `pay`, which other entries list as related?"
    ]
    assert "the related ids no entry has (pay)" in raised.value.unchecked


def test_duplicate_id_across_files_names_both_places(kb_dir: Path) -> None:
    path = kb_dir / "career.yaml"
    replace(path, "  - id: talent-gap\n", "  - id: pay\n")
    found = problems(kb_dir)
    line = line_of(path, "- id: pay", 2)
    assert any(
        f"career.yaml:{line}: entry id `pay` is already used at {p.split(':')[0]}:{line_of(path, '- id: pay')}" in p
        for p in found
    ), found


def test_an_entry_given_a_used_id_is_the_only_problem_not_every_related_to_the_id_it_lost(kb_dir: Path) -> None:
    path = kb_dir / "rewards.yaml"
    replace(path, "  - id: taizhou-reward\n", "  - id: ningbo-reward\n")
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(kb_dir)
    assert [str(p) for p in raised.value.problems] == [
        f"{shown(path)}:{line_of(path, '- id: ningbo-reward', 2)}: entry id `ningbo-reward` is already used at "
        f"{shown(path)}:{line_of(path, '- id: ningbo-reward')}; is it `taizhou-reward`, which other entries list as "
        "related?"
    ]
    assert "the related ids no entry has (taizhou-reward)" in raised.value.unchecked


def test_dangling_related_id_is_named_with_a_suggestion(kb_dir: Path) -> None:
    path = kb_dir / "career.yaml"
    replace(
        path,
        "related: [zhejiang-incentives, why-people-leave, talent-gap]",
        "related: [zhejiang-incentive, why-people-leave, talent-gap]",
    )
    found = problems(kb_dir)
    line = line_of(path, "zhejiang-incentive,")
    assert found == [
        f"{found[0].split(':')[0]}:{line}: entry `pay`: related id `zhejiang-incentive` does not exist; "
        "did you mean `zhejiang-incentives`?"
    ]


def test_unknown_key_is_not_ignored(kb_dir: Path) -> None:
    path = kb_dir / "career.yaml"
    replace(path, "    keywords: [工资, 多少钱, make]\n", "    keywords: [工资, 多少钱, make]\n    sorce: typo\n")
    found = problems(kb_dir)
    assert len(found) == 1 and found[0].endswith(
        f"career.yaml:{line_of(path, 'sorce:')}: entry `pay`: unknown key `sorce`; did you mean `sources`? expected "
        "keys: id, question, phrasings, answer, sources, related, keywords, about, measures_at, honest"
    )


def test_phrasings_given_as_one_text_is_one_problem(kb_dir: Path) -> None:
    path = kb_dir / "career.yaml"
    replace(path, span(path, "    phrasings:\n", "    keywords:"), "    phrasings: 社工一个月挣多少\n")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, 'phrasings: 社工一个月挣多少')}: entry `pay`: phrasings must be a list "
        "(`[a, b]` or lines starting with `- `)"
    ]


@pytest.mark.parametrize(
    ("what", "old", "new", "asked", "placeholder"),
    [
        ("phrasing", "      - 社工一个月挣多少\n", "      - {}\n", "我叫张三，社工一个月挣多少", NAME),
        ("phrasing", "      - 社工一个月挣多少\n", "      - {}\n", "我今年25岁，社工一个月挣多少", AGE),
        (
            "question",
            "    question: 社工工资多少？\n",
            '    question: "{}"\n',
            "110101199003077777社工工资多少？",
            ID_CARD,
        ),
    ],
)
def test_a_question_copied_from_the_journal_with_a_placeholder_is_named(
    kb_dir: Path, what: str, old: str, new: str, asked: str, placeholder: str
) -> None:
    path = kb_dir / "career.yaml"
    redacted = redact(asked)
    replace(path, old, new.format(redacted))
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, redacted)}: entry `pay`: {what} `{redacted}` holds a placeholder for "
        f"personal data (`{placeholder}`); write the question without it"
    ]


def test_empty_answer_is_reported(kb_dir: Path) -> None:
    path = kb_dir / "rewards.yaml"
    replace(path, span(path, "    answer: |\n      据2023年《浙江日报》报道，宁波", "    sources:"), '    answer: ""\n')
    found = problems(kb_dir)
    line = line_of(path, 'answer: ""')
    assert len(found) == 1 and found[0].endswith(
        f"rewards.yaml:{line}: entry `ningbo-reward`: answer is empty; write it or remove the entry"
    )


def test_same_phrasing_under_two_entries_after_normalising(kb_dir: Path) -> None:
    path = kb_dir / "basics.yaml"
    # Traditional characters, full-width punctuation and a filler still read as pay's 社工工资高吗
    replace(path, "      - 社工要会什么\n", "      - 請問社工工資高嗎？\n")
    found = problems(kb_dir)
    line = line_of(path, "請問社工工資高嗎")
    career = path.with_name("career.yaml")
    same = next(p for p in found if "reads the same" in p)
    about = next(p for p in found if "reads as asking about" in p)  # it also asks skills-needed about pay
    assert (
        f"career.yaml:{line_of(career, '- 社工工资高吗')}: phrasing `社工工资高吗` reads the same as "
        f"`請問社工工資高嗎？` of entry `skills-needed` ({same.split(':')[0].replace('career', 'basics')}:{line})"
        in same
    )
    assert about.endswith(
        f"basics.yaml:{line}: phrasing `請問社工工資高嗎？` reads as asking about 工资, which entry "
        "`skills-needed`'s `about` does not cover; add 工资 to its `about: {measures: [...]}` or reword the phrasing"
    )


def test_every_problem_is_reported_in_one_run(kb_dir: Path) -> None:
    pay = "    keywords: [工资, 多少钱, make]\n"
    replace(kb_dir / "career.yaml", pay, pay + "    sorce: typo\n")
    replace(kb_dir / "beijing.yaml", "  order: 6", "  order: six")
    replace(kb_dir / "exam.yaml", "{ref: reg-2006, as_of: 2006年规定}", "{ref: reg-2007, as_of: 2006年规定}")
    found = problems(kb_dir)
    assert any("career.yaml" in p and "sorce" in p for p in found)
    order_line = line_of(kb_dir / "beijing.yaml", "order: six")
    assert any(f"beijing.yaml:{order_line}: category order must be a whole number" in p for p in found)
    assert any("exam.yaml" in p and "unknown source `reg-2007`" in p for p in found)


def test_a_wrong_category_hides_no_mistake_in_its_entries(kb_dir: Path) -> None:
    """The category and the entries of a file are checked each on its own, in one run."""
    replace(kb_dir / "beijing.yaml", "  order: 6", "  order: six")
    replace(kb_dir / "beijing.yaml", "    related:", "    relate:")
    found = problems(kb_dir)
    assert any("beijing.yaml" in p and "category order must be a whole number" in p for p in found)
    assert any("beijing.yaml" in p and "unknown key `relate`" in p for p in found)


def test_a_list_item_indented_too_deep_is_named_at_its_line(kb_dir: Path) -> None:
    """YAML folds `  - b` under `- a` into the text `a - b`: it passes as one phrasing unless the validator looks."""
    path = kb_dir / "rewards.yaml"
    replace(path, "      - 台州中级社工证奖金\n", "        - 台州中级社工证奖金\n")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, '台州中级社工证奖金')}: an item of entry `taizhou-reward`: phrasings "
        "`台州助理社工师奖励多少 - 台州中级社工证奖金` runs on into this line, so YAML reads this `- ` item as part of "
        "the one above it; indent it like the items above"
    ]


def test_a_phrasing_indented_less_than_the_ones_below_it_is_the_one_mistake(kb_dir: Path) -> None:
    """`- a` out-dented above its siblings makes YAML read every item below it as more of its text: the validator
    names that one line, not each correct line below it, nor the phrasings the entry seems to lack."""
    path = kb_dir / "beijing.yaml"
    replace(path, "      - 北京的社工人才一共多少\n", "    - 北京的社工人才一共多少\n")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, '北京的社工人才一共多少')}: an item of entry `beijing-workforce`: phrasings "
        "`北京的社工人才一共多少` is indented 4 spaces and the 26 `- ` items below it 6, so YAML reads them all as "
        "one text; indent it 6 spaces like them"
    ]


@pytest.mark.parametrize("misspelt", ["entires", "Entries"])
def test_a_misspelt_top_level_key_is_one_problem_naming_the_keys(kb_dir: Path, misspelt: str) -> None:
    """Its entries are still read (as those of the key it is closest to), so no `related` id that names one of them
    is reported, nor the key as missing."""
    path = kb_dir / "beijing.yaml"
    replace(path, "\nentries:\n", f"\n{misspelt}:\n")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, misspelt + ':')}: topic file: unknown key `{misspelt}`; did you mean "
        "`entries`? expected keys: category, entries"
    ]


def test_an_answer_in_traditional_characters_is_named(kb_dir: Path) -> None:
    path = kb_dir / "career.yaml"
    content = path.read_text(encoding="utf-8")
    start = content.index("  - id: pay\n")
    answer = content.index("    answer: |\n", start) + len("    answer: |\n")
    path.write_text(content[:answer] + "      社工證書的獎勵\n" + content[answer:], encoding="utf-8")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, '社工證書的獎勵') - 1}: entry `pay`: answer has Traditional characters "
        "(證、書、獎、勵); write answers in Simplified (a Traditional question gets them converted)"
    ]


def test_what_the_problems_kept_from_being_checked_is_said(kb_dir: Path) -> None:
    replace(kb_dir / "career.yaml", "  - id: pay\n", "  - id: pay\n    question: [unclosed\n")
    replace(kb_dir / "exam.yaml", "  - id: exam-overview\n    question:", "  - id: exam-overview\n    title:")
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(kb_dir)
    assert raised.value.unchecked == (
        f"not checked further until these are fixed: {shown(kb_dir / 'career.yaml')}, which did not parse; the entries "
        "whose fields are wrong (exam-overview); run the check again after fixing them"
    )
    assert str(raised.value).endswith(raised.value.unchecked)


def test_too_few_phrasings_and_long_question(kb_dir: Path) -> None:
    path = kb_dir / "zhejiang.yaml"
    content = path.read_text(encoding="utf-8")
    start = content.index("    phrasings:\n", content.index("  - id: zhejiang-applicants")) + len("    phrasings:\n")
    end = start
    while content.startswith("      - ", end):
        end = content.index("\n", end) + 1
    kept = "".join(content[start:end].splitlines(keepends=True)[:5])  # one short of the six required
    content = content[:start] + kept + content[end:]
    content = content.replace("question: 浙江有多少人报考社工？", "question: " + "浙江" * 20)
    path.write_text(content, encoding="utf-8")
    found = problems(kb_dir)
    assert any("zhejiang-applicants`: question is 40 characters; keep it to 32" in p for p in found), found
    assert any("zhejiang-applicants`: 5 phrasings; write at least 6" in p for p in found), found


def test_answer_over_the_length_limit(kb_dir: Path) -> None:
    path = kb_dir / "zhejiang.yaml"
    replace(path, "浙江全省持证社会工作者总数达15.6万人", "很长" * 2100)
    found = problems(kb_dir)
    assert any(re.search(r"zhejiang-holders`: answer is 4\d{3} characters; keep it under 700", p) for p in found), found


def test_keyword_missing_from_a_phrasing(kb_dir: Path) -> None:
    path = kb_dir / "rewards.yaml"
    replace(path, "      - 宁波社工证补贴多少钱\n", "      - 社工证补贴多少钱\n")
    found = problems(kb_dir)
    line = line_of(path, "      - 社工证补贴多少钱")
    assert any(
        p.endswith(
            f"rewards.yaml:{line}: phrasing `社工证补贴多少钱` has none of entry `ningbo-reward`'s "
            "keywords (宁波); add one or a synonym"
        )
        for p in found
    ), found


def test_keywords_are_read_as_the_engine_reads_them(kb_dir: Path) -> None:
    """A keyword inside a longer topic term does not count (社工 in 社工证), a place inside its place does (鄞州)."""
    basics, rewards = kb_dir / "basics.yaml", kb_dir / "rewards.yaml"
    replace(basics, "      - 社工有什么作用\n", "      - 社工证能起什么作用\n")
    replace(rewards, "      - 宁波社工证补贴多少钱\n", "      - 鄞州社工证补贴多少钱\n")
    found = problems(kb_dir)
    assert [p for p in found if "has none of" in p] == [
        f"{basics}:{line_of(basics, '      - 社工证能起什么作用')}: phrasing `社工证能起什么作用` has none of entry "
        "`what-is-social-worker`'s keywords (社工); add one or a synonym"
    ], found


def test_synonym_term_in_two_groups(kb_dir: Path) -> None:
    path = kb_dir / "synonyms.yaml"
    replace(path, "  - terms: [宁波, 甬城, ningbo, 宁坡, 宁被]", "  - terms: [宁波, 甬城, ningbo, 宁坡, 宁被, 浙江]")
    found = problems(kb_dir)
    assert found == [
        f"{found[0].split(':')[0]}:{line_of(path, '[浙江, 浙江省')}: "
        f"term `浙江` is already in the group on line {line_of(path, '[宁波, 甬城, ningbo, 宁坡, 宁被, 浙江]')}"
    ]


WRITE_THE_YEAR = "write the year its facts are from, or cite the source they are from"
NOT_IN_ZJRB = (
    "a year the text of source `zjrb-2023` does not (it names 2008, 2013, 2018, 2021, 2022, 2023); " + WRITE_THE_YEAR
)


@pytest.mark.parametrize(
    ("file", "old", "new", "at", "message"),
    [
        (
            "synonyms.yaml",
            "separate_places: [香港, 澳门, 台湾, 国外]",
            "separate_places: [香港, 澳门, 台湾, 国外, 火星]",
            "separate_places:",
            "separate place `火星` is not listed under `places`",
        ),
        (  # a job said as who sits the exam is one of the subjects
            "synonyms.yaml",
            "jobs: [社区工作者, 志愿者, 护工,",
            "jobs: [社区工作者, 志愿者, 宇航员,",
            "jobs: [社区工作者",
            "job `宇航员` is not listed under `subjects`",
        ),
        (
            "synonyms.yaml",
            "  - {for: [考研, 读研, 读社工专业, 社会学和社会工作], ask: 招生院校和教育主管部门}",
            "  - {for: [考研, 读研, 火星], ask: 招生院校和教育主管部门}",
            "  - {for: [考研, 读研, 火星]",
            "`火星` in who_decides is not listed under `places`, `measures` or `subjects`",
        ),
        (  # a certificate no group lists counts as a subject
            "synonyms.yaml",
            "  keyword: 其他证书",
            "  keyword: 外星证书",
            "keyword: 外星证书",
            "`keyword: 外星证书` is not listed under `subjects`",
        ),
        (  # another job's bare word reads as a subject entries may be about
            "synonyms.yaml",
            "  - {jobs: [护士], subject: 护士职业}",
            "  - {jobs: [护士], subject: 宇航员职业}",
            "subject: 宇航员职业}",
            "`宇航员职业` in job_subjects is not listed under `subjects`",
        ),
        (  # and is a word of `other_jobs`
            "synonyms.yaml",
            "  - {jobs: [护士], subject: 护士职业}",
            "  - {jobs: [护士, 宇航员], subject: 护士职业}",
            "  - {jobs: [护士, 宇航员]",
            "`宇航员` in job_subjects is not listed under `other_jobs`",
        ),
        (
            "synonyms.yaml",
            "  - {place: 浙江, within: [宁波, 台州,",
            "  - {place: 浙江, within: [宁波, 火星, 台州,",
            "{place: 浙江, within:",
            "place `火星` in region `浙江` is not listed under `places`",
        ),
        (
            "synonyms.yaml",
            "local_measures: [报考人数,",
            "local_measures: [报考年数,",
            "local_measures:",
            "`报考年数` in local_measures is not listed under `measures`",
        ),
        (
            "synonyms.yaml",
            "level_measures: [工资, 持证人数, 从业人数, 报考人数]",
            "level_measures: [工钱, 持证人数, 从业人数, 报考人数]",
            "level_measures:",
            "`工钱` in level_measures is not listed under `measures`",
        ),
        (  # a sum asked about a level names a measure
            "synonyms.yaml",
            "  measure: 奖励\n",
            "  measure: 奖金额\n",
            "measure: 奖金额",
            "`奖金额` in level_sums is not listed under `measures`",
        ),
        (  # people must be counted by a measure
            "synonyms.yaml",
            "    counts: 持证人数",
            "    counts: 持证年数",
            "counts: 持证年数",
            "`counts: 持证年数` is not listed under `measures`",
        ),
        (  # words that ask a count need the count
            "synonyms.yaml",
            "    counts: 报考人数  #",
            "    # no count:",
            "counts_with: [人数]",
            "`counts_with` needs `counts`: the measure those words ask",
        ),
        (  # a measure held at fewer places must be one of the entry's measures
            "career.yaml",
            "    measures_at: [{measure: 员工人数, places: [全国, 浙江]}]",
            "    measures_at: [{measure: 奖励, places: [全国, 浙江]}]",
            "measures_at: [{measure: 奖励",
            "entry `agency-funding`: measures_at measure `奖励` is not one of the measures its `about` covers "
            "(`about: {measures}` lists 机构经费来源, 员工人数); measures_at can only narrow a measure of the entry to "
            "fewer of its places: add `奖励` to `about: {measures: [...]}` or name one it lists",
        ),
        (  # and held at some of its places
            "career.yaml",
            "    measures_at: [{measure: 员工人数, places: [全国, 浙江]}]",
            "    measures_at: [{measure: 员工人数, places: [全国, 上海]}]",
            "measures_at: [{measure: 员工人数, places: [全国, 上海]",
            "entry `agency-funding`: measures_at place `上海` is not one of the places its `about` covers "
            "(`about: {places}` lists 全国, 浙江, 北京); measures_at can only narrow a measure of the entry to "
            "fewer of its places: add `上海` to `about: {places: [...]}` or name one it lists",
        ),
        (  # a synonym under `about`: its canonical term is meant
            "exam.yaml",
            "    about: {levels: [社工师]}",
            "    about: {levels: [中级]}",
            "about: {levels: [中级]}",
            "entry `eligibility-intermediate`: about levels `中级` is unknown; did you mean `社工师`?",
        ),
        (  # a phrasing that asks about what its entry does not cover: pay, which the supervision entry has none of
            "career.yaml",
            "      - 社工督导是做什么的\n",
            "      - 社工督导的工资高吗\n",
            "社工督导的工资高吗",
            "phrasing `社工督导的工资高吗` reads as asking about 工资, which entry `supervision`'s `about` "
            "does not cover; add 工资 to its `about: {measures: [...]}` or reword the phrasing",
        ),
        (  # each thing it does not cover under the `about` key it belongs under
            "career.yaml",
            "      - 社工督导是做什么的\n",
            "      - 香港社工督导的工资高吗\n",
            "香港社工督导的工资高吗",
            "phrasing `香港社工督导的工资高吗` reads as asking about 香港、工资, which entry `supervision`'s `about` "
            "does not cover; add 香港 to its `about: {places: [...]}` and 工资 to its `about: {measures: [...]}` or "
            "reword the phrasing",
        ),
        (  # the name for other places is a place entries can be about
            "synonyms.yaml",
            "  keyword: 其他地方",
            "  keyword: 别的星球",
            "keyword: 别的星球",
            "`keyword: 别的星球` is not listed under `places`",
        ),
        (  # a place read by its name alone has one home: `places` or `unlisted_places: names`
            "synonyms.yaml",
            "  names: [七台河, ",
            "  names: [宁波, 七台河, ",
            "  names: [宁波,",
            "place name `宁波` is listed under `places`: keep it in one of them",
        ),
        (  # the other cities' rewards do not cover a city with an entry of its own on rewards
            "rewards.yaml",
            "      - 温州考社工证有奖金吗\n",
            "      - 宁波当地考社工证有奖金吗\n",
            "宁波当地考社工证有奖金吗",
            "phrasing `宁波当地考社工证有奖金吗` reads as asking about 宁波, which entry `other-city-rewards`'s "
            "`about` does not cover; move it to the entry about 宁波 or reword the phrasing",
        ),
        (  # a year the cited page is not about (its 2000元 is an amount, not a year)
            "career.yaml",
            "      - {ref: zjrb-2023, as_of: 2023年报道}\n",
            "      - {ref: zjrb-2023, as_of: 2019年报道}\n",
            "as_of: 2019年报道",
            f"entry `pay`: as_of `2019年报道` names 2019, {NOT_IN_ZJRB}",
        ),
        (  # each year named is checked
            "exam.yaml",
            "as_of: 2022年全国数据；浙江为2023年}",
            "as_of: 2022年全国数据；浙江为2000年}",
            "浙江为2000年",
            f"entry `exam-applicants`: as_of `2022年全国数据；浙江为2000年` names 2000, {NOT_IN_ZJRB}",
        ),
        (  # a year after the rules were issued
            "exam.yaml",
            "as_of: 2018年办法}",
            "as_of: 2024年办法}",
            "as_of: 2024年办法",
            "entry `exam-levels`: as_of `2024年办法` names 2024, a year the text of source `reg-2018-senior` does not "
            f"(it names 2018, 2019); {WRITE_THE_YEAR}",
        ),
        (
            "career.yaml",
            "      - {ref: zjrb-2023, as_of: 2023年报道}\n",
            "      - {ref: zjrb-2023, as_of: 报道时}\n",
            "as_of: 报道时",
            "entry `pay`: as_of `报道时` names no year; write the year its facts are from, as in 2023年",
        ),
    ],
)
def test_a_mistake_is_named_at_its_line(kb_dir: Path, file: str, old: str, new: str, at: str, message: str) -> None:
    path = kb_dir / file
    replace(path, old, new)
    assert problems(kb_dir) == [f"{path}:{line_of(path, at)}: {message}"]


def test_an_as_of_year_the_source_names_only_as_the_end_of_a_plans_period_is_named(kb_dir: Path) -> None:
    """The Beijing piece names 2025 only in 《…行动计划（2023年-2025年）》: no figure of it is from 2025."""
    path = kb_dir / "beijing.yaml"
    replace(path, "{ref: bj-meeting-2023, as_of: 2023年会议报道时}", "{ref: bj-meeting-2023, as_of: 2025年}")
    assert problems(kb_dir) == [
        f"{path}:{line_of(path, 'as_of: 2025年')}: entry `beijing-workforce`: as_of `2025年` names 2025, which the "
        "text of source `bj-meeting-2023` names only in the period 2023年-2025年, not as a year its figures are from "
        f"(it names 2022, 2023); {WRITE_THE_YEAR}"
    ]


@pytest.mark.parametrize("as_of", ["2022年", "2023年"])
def test_an_as_of_year_the_source_names_outside_a_period_passes(kb_dir: Path, as_of: str) -> None:
    """The Beijing piece names 2022 alone (会议总结了2022年…工作), and 2023 alone as well as in the plan's period."""
    path = kb_dir / "beijing.yaml"
    replace(path, "{ref: bj-meeting-2023, as_of: 2023年会议报道时}", f"{{ref: bj-meeting-2023, as_of: {as_of}}}")
    assert load_knowledge(kb_dir).entries["beijing-workforce"].citations[0].as_of == as_of


def test_missing_sources_file(kb_dir: Path) -> None:
    (kb_dir / "sources.yaml").unlink()
    found = problems(kb_dir)
    assert any("sources.yaml:1: missing file" in p for p in found)


def test_an_id_too_long_for_button_data(kb_dir: Path) -> None:
    path = kb_dir / "career.yaml"
    long_id = "pay-" + "x" * 40
    replace(path, "  - id: pay\n", f"  - id: {long_id}\n")
    found = problems(kb_dir)
    assert any(
        f"career.yaml:{line_of(path, long_id)}: entry `{long_id}`: id is 44 characters; keep it to 40" in p
        for p in found
    ), found


def test_a_source_file_must_be_a_plain_name(kb_dir: Path) -> None:
    path = kb_dir / "sources.yaml"
    replace(path, "file: exam-rules-2006.md", "file: ../exam-rules-2006.md")
    found = problems(kb_dir)
    line = line_of(path, "../exam-rules-2006.md")
    assert found == [
        f"{found[0].split(':')[0]}:{line}: source file `../exam-rules-2006.md`: "
        "give a plain file name in ../shared/sources/"
    ]


def test_a_syntax_error_does_not_hide_dangling_related_ids_in_other_files(kb_dir: Path) -> None:
    career, basics = kb_dir / "career.yaml", kb_dir / "basics.yaml"
    replace(career, "  - id: talent-gap\n", "  - id: talent-gap\n    question: [unclosed\n")
    replace(
        basics, "related: [what-is-social-worker, vs-community-worker, pay]", "related: [vs-community-worker, payy]"
    )
    replace(basics, "related: [vs-community-worker, vs-volunteer, service-fields, skills-needed]", "related: [no-such]")
    found = problems(kb_dir)
    assert len(found) == 3, found
    # the syntax error first: what follows from it after
    assert re.fullmatch(rf"{re.escape(shown(career))}:\d+: YAML syntax error at column \d+: .*", found[0]), found
    # `pay` is declared in the broken file, so `payy` gets it as a hint; `no-such` is nowhere
    assert found[1:] == [
        f"{shown(basics)}:{line_of(basics, 'related: [no-such]')}: entry `what-is-social-worker`: related id "
        f"`no-such` does not exist (nor in {shown(career)}, which did not parse)",
        f"{shown(basics)}:{line_of(basics, 'payy]')}: entry `vs-volunteer`: related id `payy` does not exist "
        f"(nor in {shown(career)}, which did not parse); did you mean `pay`?",
    ]


def test_an_entry_missing_its_answer_is_named_and_still_exists_for_related(kb_dir: Path) -> None:
    path = kb_dir / "career.yaml"
    replace(path, span(path, "    answer: |\n      据2023年《浙江日报》报道，一名社工说", "    sources:"), "")
    assert problems(kb_dir) == [
        f"{shown(path)}:{line_of(path, '- id: pay')}: entry: missing `answer`; add `answer:` to entry `pay`"
    ]


def test_small_talk_without_the_topics_button_says_so_with_a_boolean(kb_dir: Path) -> None:
    path = kb_dir / "smalltalk.yaml"
    replace(path, "    topics: false", "    topics: maybe")
    assert problems(kb_dir) == [f"{path}:{line_of(path, 'topics: maybe')}: topics must be true or false"]


FROM_2006 = "(exam-rules-2006.md, source `reg-2006`); make the rule say what the source says"
FROM_2018 = "(senior-level-2018.md, source `reg-2018-senior`); make the rule say what the source says"
SENIOR_WORDS = (
    "“a bachelor's degree or higher (本科及以上学历，或学士及以上学位); and, after obtaining the 社会工作师 "
    "(intermediate) qualification through the national exam, 5 years in social work”"
)
RISE_BY_2 = "“a junior-college degree or higher in another subject: the years of work required rise by 2”"


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        (  # the newcomer's edit: the bot would tell a 高中 asker with 3 years 可以报考
            "education: 高中/中专, years: 4,",
            "education: 高中/中专, years: 3,",
            "education: 高中/中专, years: 3,",
            "rule 1 for 助理社会工作师: years 3 is not what the words it follows say, which give 4 years: "
            f"“upper-secondary (高中 or 中专) education and 4 years in social work” {FROM_2006}",
        ),
        (
            "level: 高级社会工作师, education: 本科,",
            "level: 高级社会工作师, education: 大专,",
            "level: 高级社会工作师, education: 大专,",
            f"rule 1 for 高级社会工作师: education 大专 is not what the words it follows say, which name 本科: "
            f"{SENIOR_WORDS} {FROM_2018}",
        ),
        (  # two fields wrong in one rule: one message
            "education: 本科, or_higher: true, requires: 社会工作师, years: 5,",
            "education: 大专, or_higher: true, requires: 社会工作师, years: 4,",
            "education: 大专, or_higher: true, requires: 社会工作师, years: 4,",
            "rule 1 for 高级社会工作师: education 大专 and years 4 are not what the words it follows say, which name "
            f"本科 and give 5 years: {SENIOR_WORDS} {FROM_2018}",
        ),
        (  # a rule of no years follows words that give none
            "education: 博士, major: 社会工作, years: 0,",
            "education: 博士, major: 社会工作, years: 2,",
            "education: 博士, major: 社会工作, years: 2,",
            "rule 5 for 社会工作师: years 2 is not what the words it follows say, which give no years: "
            f"“a doctorate in social work” {FROM_2006}",
        ),
        (  # 2006 item 6: the words after the first give the years other majors add
            "education: 硕士, major: 其他, years: 1, extra_years: 2,",
            "education: 硕士, major: 其他, years: 1, extra_years: 1,",
            "education: 硕士, major: 其他, years: 1, extra_years: 1,",
            "rule 6 for 社会工作师: extra_years 1 is not what the words it follows say, which add 2: "
            f"“a master's degree in social work and 1 year in social work”, {RISE_BY_2} {FROM_2006}",
        ),
        (  # the first words give the education: item 6's own words, of junior-college degrees, do not
            "education: 博士, major: 其他, years: 0,",
            "education: 大专, major: 其他, years: 0,",
            "education: 大专, major: 其他, years: 0,",
            "rule 6 for 社会工作师: education 大专 is not what the words it follows say, which name 博士: "
            f"“a doctorate in social work”, {RISE_BY_2} {FROM_2006}",
        ),
        (  # words the source does not have, named at their line with the source's closest words
            '["upper-secondary (高中 or 中专) education and 4 years in social work"]',
            '["upper-secondary (高中 or 中专) education and 3 years in social work"]',
            "education and 3 years in social work",
            "rule 1 for 助理社会工作师: `follows` “upper-secondary (高中 or 中专) education and 3 years in social "
            "work” is not in exam-rules-2006.md (source `reg-2006`), which has “upper-secondary (高中 or 中专) "
            "education and 4 years in social work”; quote the source word for word",
        ),
        (
            ',\n         follows: ["a doctorate in social work"]}',
            "}",
            "education: 博士, major: 社会工作, years: 0}",
            "rule: missing `follows`; add `follows:`",
        ),
        (
            'follows: ["a doctorate in social work"]}',
            "follows: []}",
            "follows: []}",
            "follows is empty; quote the words of the source the rule restates",
        ),
    ],
)
def test_a_rule_that_says_otherwise_than_its_source_is_named_at_its_line(
    kb_dir: Path, old: str, new: str, at: str, message: str
) -> None:
    """Each rule of eligibility.yaml quotes the words of its source it `follows`: they must be in the source's text
    and give the rule's education and years, so an edit that contradicts the source never goes live."""
    path = kb_dir / "eligibility.yaml"
    replace(path, old, new)
    assert problems(kb_dir) == [f"{path}:{line_of(path, at)}: {message}"]


def test_the_words_a_rule_follows_may_break_lines_where_the_source_does_not(kb_dir: Path) -> None:
    """Whitespace and line breaks are read as one space, in the quote and in the source (whose item 3 of the
    assistant level breaks after `bachelor's`)."""
    path = kb_dir / "eligibility.yaml"
    replace(path, '["a doctorate in social work"]}', '["a doctorate\n                   in   social work"]}')
    assert len(load_knowledge(kb_dir).eligibility) == 15
