"""The eligibility check (报考条件自测): the rules in `knowledge/eligibility.yaml`, reading a question into a `Profile`,
the `verdict` on it, and the step-by-step `CheckFlow` behind /check. Pure core: no front end, no journal."""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum, IntEnum
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

import yaml

from bot.core import wording
from bot.core.fields import Field, keys
from bot.core.knowledge import Source
from bot.core.normalize import MAX_SPELLINGS
from bot.core.sounds import readings, split_pinyin
from bot.core.text import HANZI, to_simplified

if TYPE_CHECKING:
    from bot.core.loader import _Checker

ELIGIBILITY_FILE = "eligibility.yaml"
MAX_YEARS_CHOICE = 6  # the last years button means "6 or more", enough for every rule
MAX_RULES_SHOWN = 3  # a level still open lists the rules its missing facts choose from, when there are this few


class Level(Enum):
    """An exam level; the value is its code in flow state strings."""

    ASSISTANT = "a"
    INTERMEDIATE = "i"
    SENIOR = "s"

    @property
    def title(self) -> str:
        """The level's official name."""
        return ("助理社会工作师", "社会工作师", "高级社会工作师")[list(Level).index(self)]


class Education(IntEnum):
    """An education level, in rank order."""

    LOWER_SECONDARY = 0  # below every rule: the verdict says so
    SECONDARY = 1
    JUNIOR_COLLEGE = 2
    BACHELOR = 3
    MASTER = 4
    DOCTORATE = 5

    @property
    def title(self) -> str:
        """The name the rules and users use."""
        return ("初中及以下", "高中/中专", "大专", "本科", "硕士", "博士")[self]

    @property
    def code(self) -> str:
        """Its code in flow state strings."""
        return ("cz", "gz", "dz", "bk", "ss", "bs")[self]


class Major(Enum):
    """Social work or another subject; the value is its code in flow state strings."""

    SOCIAL_WORK = "s"
    OTHER = "o"

    @property
    def title(self) -> str:
        """The name the rules use."""
        return "社会工作" if self is Major.SOCIAL_WORK else "其他"


class Fact(Enum):
    """Something the verdict needs to know, in the order the flow asks for it."""

    LEVEL = "想考的级别"
    EDUCATION = "学历"
    MAJOR = "专业"
    CERTIFICATE = "已有的证书"
    YEARS = "从事社会工作的年限"


@dataclass(frozen=True, slots=True)
class Regulation:
    """A source of rules, how the bot names it and what decides in the end."""

    source: Source
    name: str
    decides: str


@dataclass(frozen=True, slots=True)
class Rule:
    """One way to qualify for a level; years are counted after obtaining `requires`, when set."""

    regulation: Regulation
    item: int
    level: Level
    education: Education
    or_higher: bool = False
    major: Major | None = None  # None: any major
    years: int = 0
    extra_years: int = 0  # 2006 item 6: another major adds 2 years
    requires: Level | None = None

    @property
    def total_years(self) -> int:
        """The years of social work the rule asks for."""
        return self.years + self.extra_years

    def covers(self, profile: Profile) -> bool:
        """Whether a profile whose education, major and certificates are known meets all but the years."""
        education = profile.education
        return (
            education is not None
            and (education == self.education or (self.or_higher and education > self.education))
            and self.major in (None, profile.major)
            and (self.requires is None or self.requires in (profile.holds or ()))
        )


@dataclass(frozen=True, slots=True)
class Profile:
    """What is known about a candidate; None means not known."""

    level: Level | None = None
    education: Education | None = None
    major: Major | None = None
    years: int | None = None
    holds: frozenset[Level] | None = None  # the certificates held
    years_floored: bool = False  # years were rounded down to whole years
    years_after: bool = False  # years were asked as those after the certificate a rule requires (the /check flow)
    since_graduating: bool = False  # the years are since graduating (毕业两年), not said to be of social work
    more_levels: tuple[Level, ...] = ()  # other levels the question asks about too (能考初级吗？中级呢？)


@dataclass(frozen=True, slots=True)
class LevelVerdict:
    """The verdict for one level: eligible, not, or None with the facts still missing."""

    level: Level
    eligible: bool | None
    rule: Rule | None
    missing: tuple[Fact, ...]
    text: str  # empty when nothing can be said yet


@dataclass(frozen=True, slots=True)
class Verdict:
    """The verdict for the level asked about, or for each level when none was named."""

    levels: tuple[LevelVerdict, ...]
    missing: tuple[Fact, ...]
    text: str
    regulations: tuple[Regulation, ...] = ()  # the rules it follows, for the footer naming their source


# --- Loading: called by bot.core.loader with its checker. ---

_T = TypeVar("_T")
_LEVEL_NAMES = {level.title: level for level in Level}
_EDUCATION_NAMES = {education.title: education for education in Education}
_MAJOR_NAMES = {major.title: major for major in Major}


RULE_FIELDS = (
    Field("item", "integer", description="the article's item number"),
    Field("level", "text", description="the level this rule admits to"),
    Field("education", "text", description="the education it asks for"),
    Field("years", "integer", description="years of social work"),
    Field("or_higher", "boolean", required=False, description="a higher education also counts"),
    Field("major", "text", required=False, description="the major it asks for"),
    Field("extra_years", "integer", required=False, description="extra years for other majors"),
    Field("requires", "text", required=False, description="a level that must be held first"),
)
REGULATION_FIELDS = (
    Field("source", "text", description="a source id from sources.yaml"),
    Field("name", "text", description="the regulation's name"),
    Field("decides", "text", description="who decides in the end"),
    Field("rules", "mappings", fields=RULE_FIELDS),
)
ELIGIBILITY_FILE_FIELDS = (Field("regulations", "mappings", fields=REGULATION_FIELDS),)


def read_rules(checker: _Checker, root: yaml.Node | None, sources: Mapping[str, Source]) -> tuple[Rule, ...]:
    """The rules of an eligibility file's node tree; problems go to the checker as `FILE:LINE: message`."""
    fields = checker.mapping(root, "eligibility file", ELIGIBILITY_FILE_FIELDS) if root is not None else None
    if not fields or "regulations" not in fields:
        return ()
    rules: list[Rule] = []
    for node in checker.sequence(fields["regulations"], "regulations"):
        item = checker.mapping(node, "regulation", REGULATION_FIELDS)
        if not item or any(key not in item for key in keys(REGULATION_FIELDS)[0]):
            continue
        ref = checker.text(item["source"], "regulation source")
        name, decides = checker.text(item["name"], "regulation name"), checker.text(item["decides"], "decides")
        if ref is not None and ref not in sources:
            known = ", ".join(sorted(sources)) or "none"
            checker.problem(item["source"], f"unknown source `{ref}` (sources.yaml has: {known})")
        regulation = None
        if ref is not None and ref in sources and name and decides:
            regulation = Regulation(sources[ref], name, decides)
        for rule_node in checker.sequence(item["rules"], "rules"):
            rule = _rule(checker, rule_node, regulation)
            if rule is not None:
                rules.append(rule)
    return tuple(rules)


def _rule(checker: _Checker, node: yaml.Node, regulation: Regulation | None) -> Rule | None:
    required, _ = keys(RULE_FIELDS)
    fields = checker.mapping(node, "rule", RULE_FIELDS)
    if fields is None or any(key not in fields for key in required):
        return None
    before = len(checker.problems)
    item, years = checker.integer(fields["item"], "rule item"), checker.integer(fields["years"], "years")
    extra = checker.integer(fields["extra_years"], "extra_years") if "extra_years" in fields else 0
    for key, value in (("years", years), ("extra_years", extra)):
        if value is not None and value < 0:
            checker.problem(fields[key], f"{key} must be 0 or more")
    level = _named(checker, fields["level"], "level", _LEVEL_NAMES)
    education = _named(checker, fields["education"], "education", _EDUCATION_NAMES)
    or_higher = checker.boolean(fields["or_higher"], "or_higher") if "or_higher" in fields else False
    major = _named(checker, fields["major"], "major", _MAJOR_NAMES) if "major" in fields else None
    requires = _named(checker, fields["requires"], "requires", _LEVEL_NAMES) if "requires" in fields else None
    if (
        len(checker.problems) > before
        or regulation is None
        or item is None
        or level is None
        or education is None
        or or_higher is None
        or years is None
        or extra is None
    ):
        return None
    return Rule(regulation, item, level, education, or_higher, major, years, extra, requires)


def _named(checker: _Checker, node: yaml.Node, what: str, names: Mapping[str, _T]) -> _T | None:
    value = checker.text(node, what)
    if value is not None and value not in names:
        checker.problem(node, f"unknown {what} `{value}`; use one of: {', '.join(names)}")
    return names.get(value) if value is not None else None


# --- The verdict. ---

_OPEN_FIELDS: tuple[tuple[Fact, str, tuple[object, ...]], ...] = (
    (Fact.EDUCATION, "education", tuple(Education)),
    (Fact.MAJOR, "major", tuple(Major)),
    (Fact.CERTIFICATE, "holds", (frozenset(), frozenset(Level))),
)


def verdict(rules: Sequence[Rule], profile: Profile) -> Verdict:
    """The verdict for the profile's level, or for each level when it names none: eligible or not under which rule,
    or which facts are still missing."""
    levels = [profile.level, *profile.more_levels] if profile.level is not None else list(Level)
    judged = tuple(_judge(rules, level, profile) for level in levels if any(r.level is level for r in rules))
    pending = [j for j in judged if j.eligible is None]
    needed = {fact for j in judged for fact in j.missing}
    if profile.level is None and all(j.eligible is None for j in judged):
        needed.add(Fact.LEVEL)
    missing = tuple(fact for fact in Fact if fact in needed)
    # A level still open shows the rules it depends on when it is the one asked about, or when one rule is left.
    lines = [j.text for j in judged if j.text and (j.eligible is not None or len(judged) == 1 or j.rule is not None)]
    if pending:
        lines.append(
            wording.MISSING.format(
                regulations=wording.AND.join(dict.fromkeys(_regulation(rules, j.level).name for j in pending)),
                levels=wording.LIST_SEPARATOR.join(j.level.title for j in pending),
                facts=wording.LIST_SEPARATOR.join(f.value for f in Fact if any(f in j.missing for j in pending)),
            )
        )
    regulations = list(dict.fromkeys(_regulation(rules, j.level) for j in judged))
    if len(regulations) == 1:
        lines.append(wording.DECIDES_ONE.format(decides=regulations[0].decides))
    elif regulations:
        lines.append(
            "；".join(wording.DECIDES_NAMED.format(regulation=r.name, decides=r.decides) for r in regulations) + "。"
        )
    return Verdict(judged, missing, "\n".join(lines), tuple(regulations))


def _judge(rules: Sequence[Rule], level: Level, profile: Profile) -> LevelVerdict:
    """Tries every value of the unknown facts: the verdict stands when all of them agree."""
    best = {completion: _best(rules, level, completion) for completion in _completions(profile)}
    outcomes = {_outcome(rule, profile.years) for rule in best.values()}
    found = [rule for rule in best.values() if rule is not None]
    if outcomes == {True}:
        rule = max(found, key=lambda r: r.total_years)  # the strictest rule any reading of the facts needs
        return LevelVerdict(level, True, rule, (), f"{_sentence(rule)}；{_status(rule, profile, True)}。")
    if outcomes == {False}:
        closest = min(found, key=lambda r: r.total_years, default=None)
        if closest is None:
            return LevelVerdict(level, False, None, (), f"{_barrier(rules, level, profile)}。")
        return LevelVerdict(level, False, closest, (), f"{_sentence(closest)}；{_status(closest, profile, False)}。")
    missing = [fact for fact, name, _ in _OPEN_FIELDS if getattr(profile, name) is None and _matters(name, best)]
    if None in outcomes:
        missing.append(Fact.YEARS)
    rules_left = set(best.values())
    only = rules_left.pop() if len(rules_left) == 1 else None
    candidates = sorted(set(found), key=lambda r: (r.total_years, r.item))  # the rules the missing facts choose from
    shown = candidates if len(candidates) <= MAX_RULES_SHOWN else []
    return LevelVerdict(level, None, only, tuple(missing), _sentences(shown) + "。" if shown else "")


def _completions(profile: Profile) -> list[Profile]:
    """The profile with its unknown education, major and certificates filled in every possible way."""
    fields = [(name, values) for _, name, values in _OPEN_FIELDS]
    names = [name for name, _ in fields]
    options = [(getattr(profile, name),) if getattr(profile, name) is not None else values for name, values in fields]
    return [_with(profile, **dict(zip(names, combo, strict=True))) for combo in itertools.product(*options)]


def _with(profile: Profile, **changes: Any) -> Profile:
    return dataclasses.replace(profile, **changes)


def _best(rules: Iterable[Rule], level: Level, profile: Profile) -> Rule | None:
    """The rule of the level that asks the fewest years of a fully known profile, if any covers it."""
    return min((r for r in rules if r.level is level and r.covers(profile)), key=lambda r: r.total_years, default=None)


def _outcome(rule: Rule | None, years: int | None) -> bool | None:
    if rule is None:
        return False
    if rule.total_years == 0:
        return True
    return None if years is None else years >= rule.total_years


def _matters(name: str, best: Mapping[Profile, Rule | None]) -> bool:
    """Whether knowing one fact could change the rule that applies."""
    groups: dict[Profile, set[Rule | None]] = {}
    for completion, rule in best.items():
        groups.setdefault(_with(completion, **{name: None}), set()).add(rule)
    return any(len(rules) > 1 for rules in groups.values())


def _regulation(rules: Sequence[Rule], level: Level) -> Regulation:
    return next(r.regulation for r in rules if r.level is level)


def _sentences(rules: Sequence[Rule]) -> str:
    """What several rules of one regulation ask, in one sentence that names the regulation once."""
    return "；".join(_sentence(rule, named=number == 0) for number, rule in enumerate(rules))


def _sentence(rule: Rule, *, named: bool = True) -> str:
    """What a rule asks, e.g. 按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（3年+2年）."""
    major = wording.WHO_MAJOR[rule.major.title] if rule.major is not None else ""
    who = major + rule.education.title + (wording.OR_HIGHER if rule.or_higher else "")
    if rule.total_years == 0 and rule.requires is None:
        needs = wording.NEEDS_NOTHING
    else:
        after = wording.NEEDS_AFTER.format(certificate=rule.requires.title) if rule.requires is not None else ""
        extra = wording.NEEDS_EXTRA.format(base=rule.years, extra=rule.extra_years) if rule.extra_years else ""
        needs = wording.NEEDS_YEARS.format(after=after, years=rule.total_years, extra=extra)
    template = wording.RULE if named else wording.RULE_ALSO
    return template.format(regulation=rule.regulation.name, who=who, level=rule.level.title, needs=needs)


def _status(rule: Rule, profile: Profile, eligible: bool) -> str:
    floored = wording.FLOORED if profile.years_floored else ""
    years = profile.years or 0
    if rule.requires is not None and profile.years is not None and rule.total_years and not profile.years_after:
        after = wording.ENOUGH_AFTER if eligible else wording.SHORT_AFTER
        return after.format(total=rule.total_years, certificate=rule.requires.title, years=years, floored=floored)
    if not eligible:
        short = wording.SHORT_SINCE if profile.since_graduating else wording.SHORT
        return short.format(years=years, floored=floored, gap=rule.total_years - years)
    if rule.total_years == 0 or profile.years is None:
        return wording.ELIGIBLE
    enough = wording.ENOUGH_SINCE if profile.since_graduating else wording.ENOUGH
    return enough.format(years=years, floored=floored)


def _barrier(rules: Sequence[Rule], level: Level, profile: Profile) -> str:
    """Why no rule of the level can apply: a certificate not held, or too little education."""
    ours = [r for r in rules if r.level is level]
    certified = [dataclasses.replace(c, holds=frozenset(Level)) for c in _completions(profile)]
    uncertified = [r for r in ours if r.requires is not None and any(r.covers(c) for c in certified)]
    if uncertified:
        rule = min(uncertified, key=lambda r: r.total_years)
        return f"{_sentence(rule)}；{wording.NO_CERTIFICATE.format(certificate=(rule.requires or level).title)}"
    lowest = min(ours, key=lambda r: r.education)
    return wording.EDUCATION_TOO_LOW.format(
        regulation=lowest.regulation.name,
        level=level.title,
        education=lowest.education.title,
        yours=profile.education.title if profile.education is not None else "",
    )


# --- Reading a question. ---

_HELD_RE = re.compile(r"(没有|没|未)?(?:有|拿到|拿了|取得|考过|考完|考下|持有)了?(初级|助理|中级|社工师|社会工作师)")
_LEVEL_PATTERNS = (
    (Level.ASSISTANT, re.compile(r"初级|初阶|助理")),
    (Level.SENIOR, re.compile(r"高级|高阶")),
    (Level.INTERMEDIATE, re.compile(r"中级|中阶|社工师|社会工作师")),
)
_TITLED_RE = re.compile(r"(初级|初阶|助理|中级|中阶|高级|高阶)(?:社工师|社会工作师)")  # 助理社工师 names one level
_EDUCATION_PATTERNS = (
    (Education.LOWER_SECONDARY, re.compile(r"初中(?![高级])|小学")),  # not 初中高级 (the three levels)
    (Education.SECONDARY, re.compile(r"高中|中专|职高|技校")),
    (Education.JUNIOR_COLLEGE, re.compile(r"大专|专科")),
    (Education.BACHELOR, re.compile(r"本科|学士")),
    (Education.MASTER, re.compile(r"硕士|研究生")),
    (Education.DOCTORATE, re.compile(r"博士")),
)
_OTHER_MAJOR_RE = re.compile(
    r"(?:非|不是|不是学)(?:社工|社会工作)|其[他它]专业|别的专业|跨专业|会计|护理|汉语言|中文|计算机|法学|心理学|教育学|"
    r"师范|英语|医学|金融|经济学|工商管理|行政管理|公共管理|市场营销|机械|土木|社会学|学前教育"
)
_SOCIAL_WORK_MAJOR_RE = re.compile(
    r"(?:社工|社会工作)(?:专业|系|本科|硕士|研究生|博士|大专|专科|学位|毕业)|[学读](?:的)?(?:社工|社会工作)|MSW|msw"
)
# A question about sitting the exam (能考吗, 可以报考吗, 报考条件, 满几年): only then do personal details get a verdict.
_SITTING_RE = re.compile(
    r"(能|可以|可|可不可以|能不能|能否|可否|够|符合|允许|还能|才能|就能)[^，。？?！!,]{0,10}[考报]|报考条件|报名条件|考试资格|"
    r"报考资格|报名资格|有资格|够格|够条件|要求|一定要|满几年|工作几年|几年|多久"
)
_NUMERAL = "[一二两三四五六七八九十]{1,3}"
_YEARS_RE = re.compile(rf"(\d+(?:\.\d+)?|{_NUMERAL})\s*(年|个月)(半|多)?|(半年)|(刚毕业|应届)")
_GRADUATED_RE = re.compile(r"毕业了?$")  # before the years: 毕业两年 counts the time since, not years of work
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CALENDAR_YEAR = 100  # "2018年" is a date, not years of work


# English words for what a profile is read from, as the Chinese the patterns above read (a bachelor's in nursing).
_DEGREE_WORDS = r"\b(?:degree|diploma|major|majored|graduated|studied|bachelor'?s?|master'?s?)(?: \w+)?"
_ENGLISH = tuple(
    (re.compile(pattern, re.IGNORECASE), chinese)
    for pattern, chinese in (
        (r"\b(?:msw|master'?s? (?:degree )?in social work)\b", "社工专业硕士"),
        (r"\b(?:bsw|bachelor'?s? (?:degree )?in social work)\b", "社工专业本科"),
        (rf"({_DEGREE_WORDS}) in social work\b", r"\1 社工专业"),
        (r"\bsocial work (?:major|degree|graduate)", "社工专业"),
        (rf"({_DEGREE_WORDS}) in (?!social work)[a-z]+", r"\1 其他专业"),
        (r"\bhigh school\b|\bsecondary school\b", "高中"),
        (r"\b(?:college diploma|associate degree|junior college|vocational college|diploma)\b", "大专"),
        (r"\b(?:bachelor'?s?|undergraduate|university degree)\b", "本科"),
        (r"\bmaster'?s?\b", "硕士"),
        (r"\b(?:phd|doctorate|doctoral)\b", "博士"),
        (r"\b(?:assistant|junior)\b", "助理"),
        (r"\bintermediate\b", "中级"),
        (r"\bsenior\b", "高级"),
        (r"\b(\d+) years?\b", r"\1年"),
        (r"\b(one|two|three|four|five|six|seven|eight|nine|ten) years?\b", r"\1年"),
        (r"\bcan i (?:sit|take|apply)|\bam i (?:eligible|qualified)|\bis it possible to (?:sit|take)", "能考"),
    )
)
_ENGLISH_NUMBERS = dict(
    zip(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
        "一二三四五六七八九十",
        strict=True,
    )
)


def _in_chinese(text: str) -> str:
    """The English a question has for education, major, years, level and sitting, written as the Chinese read."""
    if not text.isascii() and not re.search("[A-Za-z]{3}", text):
        return text
    for pattern, chinese in _ENGLISH:
        text = pattern.sub(chinese, text)
    return re.sub(
        r"\b(" + "|".join(_ENGLISH_NUMBERS) + ")年", lambda m: _ENGLISH_NUMBERS[m.group(1).lower()] + "年", text
    )


# The patterns' words as toneless pinyin spells them (dazhuan: 大专; neng: 能), a spelling of two of them left out.
_PATTERN_SOURCES = tuple(
    pattern.pattern
    for pattern in (
        _HELD_RE,
        _TITLED_RE,
        _OTHER_MAJOR_RE,
        _SOCIAL_WORK_MAJOR_RE,
        _SITTING_RE,
        _YEARS_RE,
        _GRADUATED_RE,
        *(p for _, p in (*_LEVEL_PATTERNS, *_EDUCATION_PATTERNS)),
    )
)
MAX_WORD_SYLLABLES = 5  # the longest word the patterns read (社会工作师)


@lru_cache(maxsize=1)
def _spelled_words() -> dict[tuple[str, ...], str]:
    """Every run of characters in the patterns (本科, 会计, 能) and each of their characters (三, 年), by how
    toneless pinyin spells it; a spelling of two different words (ke: 可, 科) is left out."""
    runs = {run for source in _PATTERN_SOURCES for run in re.findall(f"[{HANZI}]+", source)}
    words = {*runs, *(char for run in runs for char in run), *_DIGITS}
    meanings: dict[tuple[str, ...], set[str]] = {}
    for word in words:
        if len(word) <= MAX_WORD_SYLLABLES:
            for spelled in itertools.islice(itertools.product(*map(readings, word)), MAX_SPELLINGS):
                meanings.setdefault(spelled, set()).add(word)
    return {spelled: found.pop() for spelled, found in meanings.items() if len(found) == 1}


def _in_hanzi(text: str) -> str:
    """A question's pinyin words (dazhuan neng kao zhongji ma) written as the words of the patterns they spell, longest
    first; only when one of them is a word of two syllables or more, so an English word that spells a syllable (she)
    is not read on its own."""
    if not re.search("[a-z]{2}", text):
        return text
    spelled = _spelled_words()
    syllables: list[str] = []
    for word in re.findall("[a-z]+|[^a-z]+", text):
        split = split_pinyin(word) if word.isalpha() and word.isascii() else None
        syllables.extend(split if split else [word])
    read, start, joined = [], 0, False
    while start < len(syllables):
        for length in range(min(MAX_WORD_SYLLABLES, len(syllables) - start), 0, -1):
            if (word := spelled.get(tuple(syllables[start : start + length]))) is not None:
                read.append(word)
                joined = joined or length > 1
                break
        else:
            length = 1
            read.append(syllables[start])
        start += length
    return re.sub(f"(?<=[{HANZI}]) +(?=[{HANZI}])", "", "".join(read)) if joined else text


@lru_cache(maxsize=64)
def _as_read(text: str) -> str:
    """A question as the patterns read it: Simplified, its English and pinyin for degrees, years and levels in
    Chinese."""
    return _in_hanzi(_in_chinese(to_simplified(unicodedata.normalize("NFKC", text))))


def read_profile(text: str) -> Profile:
    """What a question (Simplified or Traditional, or English) says of the level, education, major, years and
    certificates."""
    text = _as_read(text)
    held = _HELD_RE.findall(text)
    asked = _HELD_RE.sub("", text)
    years, floored, since = _years(asked)
    named = _levels_named(asked)
    return Profile(
        level=named[0] if named else None,
        education=max((e for e, pattern in _EDUCATION_PATTERNS if pattern.search(text)), default=None),
        major=Major.OTHER
        if _OTHER_MAJOR_RE.search(text)
        else Major.SOCIAL_WORK
        if _SOCIAL_WORK_MAJOR_RE.search(text)
        else None,
        years=years,
        holds=frozenset(_level_named(name) for negated, name in held if not negated) if held else None,
        years_floored=floored,
        since_graduating=since,
        more_levels=tuple(named[1:]),
    )


def asks_about_sitting(text: str) -> bool:
    """Whether a question (Simplified or Traditional) asks who may sit the exam, not just mentions a degree."""
    return _SITTING_RE.search(_as_read(text)) is not None


def _levels_named(text: str) -> list[Level]:
    """The levels a text names, in order (助理社工师 is one)."""
    text = _TITLED_RE.sub(r"\1", text)
    found = sorted((match.start(), level) for level, pattern in _LEVEL_PATTERNS for match in pattern.finditer(text))
    return list(dict.fromkeys(level for _, level in found))


def _level_named(name: str) -> Level:
    return next(level for level, pattern in _LEVEL_PATTERNS if pattern.search(name))


def _years(text: str) -> tuple[int | None, bool, bool]:
    """Whole years of work a question states, whether they were rounded down, and whether they are only the years
    since graduating."""
    for match in _YEARS_RE.finditer(text):
        number, unit, rest, half, fresh = match.groups()
        since = _GRADUATED_RE.search(text, 0, match.start()) is not None
        if half or fresh:
            return 0, bool(half), since
        amount = _number(number)
        if amount is None or (unit == "年" and amount >= _CALENDAR_YEAR):
            continue
        if unit == "个月":
            return int(amount // 12), amount % 12 != 0, since
        return int(amount), bool(rest) or amount != int(amount), since
    return None, False, False


def _number(text: str) -> float | None:
    """An Arabic or Chinese numeral (up to 99)."""
    if text[0].isdigit():
        return float(text)
    tens, ten, ones = text.partition("十")
    if not ten:
        return _DIGITS.get(text)
    if len(tens) > 1 or len(ones) > 1:
        return None
    return _DIGITS.get(tens, 1) * 10 + _DIGITS.get(ones, 0)


# --- The /check flow. ---


@dataclass(frozen=True, slots=True)
class Choice:
    """An answer offered as a button: its label and the value `advance` takes."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Step:
    """A question with its choices, or (no choices) the final verdict."""

    text: str
    choices: tuple[Choice, ...] = ()
    regulations: tuple[Regulation, ...] = ()  # with the verdict: the rules it follows

    @property
    def done(self) -> bool:
        """Whether this is the verdict."""
        return not self.choices


_UNKNOWN = "-"
_NO_CERTIFICATE = "0"


class CheckFlow:
    """The /check questions as a pure state machine; a state is a short string such as `a.bk.o.3.-`
    (level, education, major, years, certificates held; `-` for not known)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)

    def start(self) -> str:
        """The state before any answer."""
        return _dump(Profile())

    def step(self, state: str) -> Step:
        """The question to ask in a state, or the verdict once it is decided."""
        profile = _load(state)
        fact = self._next(profile)
        if fact is None:
            decided = verdict(self.rules, profile)
            return Step(decided.text, regulations=decided.regulations)
        return Step(self._prompt(fact, profile), tuple(choice for choice, _ in self._choices(fact, profile)))

    def advance(self, state: str, value: str) -> str:
        """The state after answering the current question with a choice's value (unchanged for any other value)."""
        profile = _load(state)
        fact = self._next(profile)
        answers = {choice.value: changed for choice, changed in self._choices(fact, profile)} if fact else {}
        return _dump(answers[value]) if value in answers else _dump(profile)

    def valid(self, state: str) -> bool:
        """Whether a state is one this flow writes: a damaged or forged one is not."""
        return _dump(_load(state)) == state

    def _next(self, profile: Profile) -> Fact | None:
        if profile.level is None:
            return Fact.LEVEL
        judged = verdict(self.rules, profile).levels
        return judged[0].missing[0] if judged and judged[0].missing else None

    def _required(self, level: Level) -> Level:
        return next(r.requires for r in self.rules if r.level is level and r.requires is not None)

    def _prompt(self, fact: Fact, profile: Profile) -> str:
        if fact is Fact.LEVEL:
            return wording.PROMPT_LEVEL
        if fact is Fact.EDUCATION:
            return wording.PROMPT_EDUCATION
        if fact is Fact.MAJOR:
            return wording.PROMPT_MAJOR
        level = profile.level or Level.ASSISTANT
        if fact is Fact.CERTIFICATE:
            return wording.PROMPT_CERTIFICATE.format(certificate=self._required(level).title)
        rule = _best(self.rules, level, profile)
        if rule is not None and rule.requires is not None:
            return wording.PROMPT_YEARS_AFTER.format(certificate=rule.requires.title)
        return wording.PROMPT_YEARS

    def _choices(self, fact: Fact, profile: Profile) -> list[tuple[Choice, Profile]]:
        """Each choice of a question with the profile it leads to."""
        if fact is Fact.LEVEL:
            levels = [level for level in Level if any(r.level is level for r in self.rules)]
            return [
                (Choice(wording.LEVEL_LABELS[list(Level).index(lv)], lv.value), _with(profile, level=lv))
                for lv in levels
            ]
        if fact is Fact.EDUCATION:
            return [(Choice(e.title, e.code), _with(profile, education=e)) for e in Education]
        if fact is Fact.MAJOR:
            return [
                (Choice(label, m.value), _with(profile, major=m))
                for label, m in zip(wording.MAJOR_LABELS, Major, strict=True)
            ]
        if fact is Fact.CERTIFICATE:
            required = self._required(profile.level or Level.ASSISTANT)
            return [
                (Choice(wording.LABEL_YES, "y"), _with(profile, holds=frozenset({required}))),
                (Choice(wording.LABEL_NO, "n"), _with(profile, holds=frozenset())),
            ]
        return [
            (
                Choice(
                    (wording.LABEL_YEARS if n < MAX_YEARS_CHOICE else wording.LABEL_YEARS_MORE).format(years=n), str(n)
                ),
                _with(profile, years=n),
            )
            for n in range(MAX_YEARS_CHOICE + 1)
        ]


_EDUCATION_CODES = {education.code: education for education in Education}
_LEVEL_CODES = {level.value: level for level in Level}


def _dump(profile: Profile) -> str:
    """A profile as a state string, e.g. `i.bk.o.3.-` or `s.bk.-.5.i`."""
    holds = profile.holds
    fields = (
        profile.level.value if profile.level is not None else None,
        profile.education.code if profile.education is not None else None,
        profile.major.value if profile.major is not None else None,
        str(profile.years) if profile.years is not None else None,
        None if holds is None else "".join(sorted(level.value for level in holds)) or _NO_CERTIFICATE,
    )
    return ".".join(_UNKNOWN if field is None else field for field in fields)


def _load(state: str) -> Profile:
    """The profile a state string holds; a damaged or stale one starts over."""
    try:
        level, education, major, years, holds = (None if part == _UNKNOWN else part for part in state.split("."))
        if years is not None and not years.isdigit():
            raise ValueError(years)
        return Profile(
            level=_LEVEL_CODES[level] if level else None,
            education=_EDUCATION_CODES[education] if education else None,
            major=Major(major) if major else None,
            years=min(int(years), MAX_YEARS_CHOICE) if years else None,
            holds=None if holds is None else frozenset(_LEVEL_CODES[c] for c in holds if c != _NO_CERTIFICATE),
            years_after=True,  # the flow asks for the years after the certificate where a rule counts them so
        )
    except (KeyError, ValueError):
        return Profile()
