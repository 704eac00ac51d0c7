"""The fact check: every number an answer states occurs in one of the sources that entry cites.

The rule (README, "Adding or editing an FAQ"):
- A figure is an Arabic number (1500, 7.96, 2008; with a following 万 the figure is `89万`, checked with its 万), or a
  run of Chinese numerals directly followed by a counting unit (三年, 两年, 十四个, 一次, 三四千元). Numbers in a
  list marker at the start of a line (`1.`, `2、`) and ordinals after 第 are not figures.
- An Arabic figure passes when one of the entry's cited source files holds the same number standing alone (not part
  of a longer number), or with its 万 for a 万 figure; the source is read with whitespace removed, since the newspaper
  page breaks lines inside words.
- A Chinese-numeral figure passes when a cited source holds its value as an Arabic number or an English word (`3`,
  `three`; 一次 also as `once`), or the numeral words as written (一次, 三四千).
- Only the entry's own cited sources count (sources.yaml maps each source id to its `file:` in ../shared/sources/).
A finding reads `FILE:LINE: entry-id: number N not in its sources`, at the answer's line in knowledge/.

Entries built on a rules source (2006, 2009, 2018) must also say which rules they follow and who decides now.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.config import DEFAULT_KNOWLEDGE_DIR, PROJECT_DIR
from bot.core.knowledge import KnowledgeBase
from bot.core.loader import SOURCES_FILE, load_knowledge, topic_files

SOURCES_DIR = PROJECT_DIR.parent / "shared" / "sources"
MISSING = "the sources folder is missing; the fact check needs ../shared/sources beside the clone"

# Rules sources: what the answer must name (the rules' year) and the words saying the current rules decide.
RULES = {
    "reg-2006": ("2006年", ("通知", "为准")),
    "reg-2009-registration": ("2009年", ("民政部门", "为准")),
    "reg-2009-education": ("2009年", ("民政部门", "为准")),
    "reg-2018-senior": ("2018年", ("通知", "为准")),
}

_VALUES = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DIGITS = "".join(_VALUES)
_NUMERALS = _DIGITS + "十百千"
_UNITS = "年|个月|个|科|门|级|名|元|千|万|次|小时|学时|天|日|人|家|项|倍|岁|分"
_ARABIC = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(万?)")
_CHINESE = re.compile(rf"(?<![第{_NUMERALS}])([{_NUMERALS}]+)(?={_UNITS})")
_LIST_MARKER = re.compile(r"^\s*\d+[.、．]\s*")
_TIMES = {1: ("once",), 2: ("twice",)}  # 一次 in a source written in English
_ENGLISH = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


@dataclass(frozen=True)
class Figure:
    text: str  # as the answer writes it
    forms: tuple[str, ...]  # what may stand for it in a source (already without whitespace)
    standalone: bool  # Arabic forms must not be part of a longer number


def chinese_value(numerals: str) -> int | None:
    """三 → 3, 十四 → 14, 两 → 2, 二十 → 20; None for ranges like 三四 or 两三 (checked as written)."""
    total, digit = 0, None
    for char in numerals:
        if char in _DIGITS:
            if digit is not None:
                return None
            digit = _VALUES[char]
        else:
            total += (1 if digit is None else digit) * {"十": 10, "百": 100, "千": 1000}[char]
            digit = None
    return total + (digit or 0)


def figures(line: str) -> list[Figure]:
    """The figures one line of an answer states."""
    line = _LIST_MARKER.sub("", line)
    found = []
    for match in _ARABIC.finditer(line):
        number, wan = match.groups()
        found.append(Figure(number + wan, (number + wan,), standalone=not wan))
    for match in _CHINESE.finditer(line):
        numerals = match.group(1)
        value = chinese_value(numerals)
        if value is None:
            found.append(Figure(numerals, (numerals,), standalone=False))
        else:
            words = (_ENGLISH[value],) if value < len(_ENGLISH) else ()
            words += _TIMES.get(value, ()) if line[match.end() :].startswith("次") else ()
            found.append(Figure(numerals, (str(value), *words, numerals), standalone=True))
    return found


def occurs(figure: Figure, text: str) -> bool:
    for form in figure.forms:
        if form.isdigit() or re.fullmatch(r"\d+\.\d+", form):
            if re.search(rf"(?<![\d.]){re.escape(form)}(?![\d]|\.\d)", text):
                return True
        elif form.isascii():
            if re.search(rf"\b{form}\b", text, re.IGNORECASE):
                return True
        elif form in text:
            return True
    return False


def _answer_lines(directory: Path) -> dict[str, list[tuple[str, int, str]]]:
    """Each entry's answer, line by line, with the file and line where each line stands in knowledge/."""
    located: dict[str, list[tuple[str, int, str]]] = {}
    for path in topic_files(directory):
        root = yaml.compose(path.read_text(encoding="utf-8"))
        entries = next(v for k, v in root.value if k.value == "entries")
        for entry in entries.value:
            fields = {k.value: v for k, v in entry.value}
            answer = fields["answer"]
            first = answer.start_mark.line + 1 + (1 if answer.style in ("|", ">") else 0)
            lines = str(answer.value).splitlines()
            located[fields["id"].value] = [(path.name, first + n, text) for n, text in enumerate(lines)]
    return located


def fact_findings(directory: Path, sources_dir: Path = SOURCES_DIR) -> list[str]:
    """Every number in an answer that none of its entry's cited sources holds, as `FILE:LINE: ...` lines."""
    if not sources_dir.is_dir():
        return [f"{sources_dir}: {MISSING}"]
    knowledge = load_knowledge(directory)
    texts: dict[str, str] = {}
    findings = []
    for source in knowledge.sources.values():
        path = sources_dir / (source.file or "")
        if source.file is None or not path.is_file():
            findings.append(f"{SOURCES_FILE}: source `{source.id}` names no file in {sources_dir} (`file:`)")
            continue
        raw = path.read_text(encoding="utf-8")
        texts[source.id] = re.sub(r"\s+", "", raw) + "\n" + raw  # whole words (`3 years`) and words split by breaks
    for entry_id, lines in _answer_lines(directory).items():
        cited = [texts[c.source.id] for c in knowledge.entries[entry_id].citations if c.source.id in texts]
        for file, line, text in lines:
            for figure in figures(text):
                if not any(occurs(figure, source) for source in cited):
                    where = f"{directory.name}/{file}:{line}"
                    findings.append(f"{where}: {entry_id}: number {figure.text} not in its sources")
    return findings


def test_every_number_in_an_answer_is_in_its_cited_sources() -> None:
    assert SOURCES_DIR.is_dir(), f"{SOURCES_DIR}: {MISSING}"
    findings = fact_findings(DEFAULT_KNOWLEDGE_DIR)
    assert not findings, "\n".join(findings)


def test_a_planted_wrong_number_is_found(tmp_path: Path) -> None:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, target)
    path = target / "rewards.yaml"
    content = path.read_text(encoding="utf-8")
    assert "初级（助理社会工作师）：1500元/人" in content
    path.write_text(content.replace("初级（助理社会工作师）：1500元/人", "初级（助理社会工作师）：1600元/人"), "utf-8")
    line = next(n for n, text in enumerate(content.splitlines(), start=1) if "1500元/人" in text)
    assert fact_findings(target) == [f"knowledge/rewards.yaml:{line}: ningbo-reward: number 1600 not in its sources"]


def test_a_figure_from_another_source_is_found(tmp_path: Path) -> None:
    """A true number is still a finding when the entry does not cite the source that holds it."""
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, target)
    path = target / "beijing.yaml"
    content = path.read_text(encoding="utf-8")
    path.write_text(content.replace("ref: bj-meeting-2023", "ref: reg-2006", 1), encoding="utf-8")
    assert any(": beijing-workforce: number 7.96万 not in its sources" in f for f in fact_findings(target))


def test_missing_sources_folder_fails_the_check(tmp_path: Path) -> None:
    assert fact_findings(DEFAULT_KNOWLEDGE_DIR, tmp_path / "absent") == [f"{tmp_path / 'absent'}: {MISSING}"]


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
