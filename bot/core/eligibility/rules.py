"""The eligibility rules: the levels, educations and majors they name, the facts a verdict needs, a candidate's
`Profile`, and the rules as `knowledge/eligibility.yaml` states them, read with the loader's checker, each checked
against the words of its source it follows."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import Enum, IntEnum
from typing import TYPE_CHECKING, TypeVar

import yaml

from bot.core.facts import closest_quote, figures, quoted, years_given
from bot.core.fields import Field, keys
from bot.core.knowledge import Source

if TYPE_CHECKING:
    from bot.core.checker import Checker
    from bot.core.problems import Located


class Level(Enum):
    """An exam level; the value is its code in flow state strings."""

    ASSISTANT = "a"
    INTERMEDIATE = "i"
    SENIOR = "s"

    @property
    def rank(self) -> int:
        """The level's place in the order they are sat (助理社会工作师 first)."""
        return list(Level).index(self)

    @property
    def title(self) -> str:
        """The level's official name."""
        return ("助理社会工作师", "社会工作师", "高级社会工作师")[self.rank]


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

    @property
    def written(self) -> tuple[str, ...]:
        """How the sources write it (in lower case): in English, or in the Chinese they give beside it."""
        return (
            ("lower-secondary", "初中"),
            ("upper-secondary", "高中", "中专"),
            ("junior-college", "大专"),
            ("bachelor", "本科", "学士"),
            ("master", "硕士"),
            ("doctorate", "博士"),
        )[self]


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
    """A source of rules and how the bot names it (the footer under a verdict cites the source and says what decides
    in the end)."""

    source: Source
    name: str
    students: str = ""  # what it says of students, whose degree is not held yet (its rules are for those who hold one)
    everyone: str = ""  # what it asks of every candidate besides one of its rules (拥护…), said with a verdict to sit


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
    graduates: str = ""  # who the source names when it names new graduates (应届毕业生), as the source reads it

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


UNDER, NEARLY, ABOUT = "under", "nearly", "about"  # Profile.years_short

Degree = tuple[Education, Major | None]  # a degree with its major (None: not said)


@dataclass(frozen=True, slots=True)
class JobYears:
    """The years of one of several jobs a question tells (在养老院做了两年，又在社工站做了一年), added up in
    `Profile.years`."""

    job: str  # as said (养老院, 社工站); empty for social work named with no place (做了3年社工)
    said: str  # the years as said: in digits when whole (2年), else as written (两年半)
    years: int  # whole years, rounded down
    social: bool  # said to be social work, so they count; else whether they do, the notice decides


@dataclass(frozen=True, slots=True)
class Profile:
    """What is known about a candidate; None means not known. `education` and `major` are the highest degree said;
    `other_degrees` the others, each with its own major (社工大专, then 会计专升本)."""

    level: Level | None = None
    education: Education | None = None
    major: Major | None = None
    years: int | None = None
    holds: frozenset[Level] | None = None  # the certificates held
    held_years: int | None = None  # whole years since the certificate was obtained, to the end of this year (3年前拿的)
    years_floored: bool = False  # years were rounded down to whole years
    years_range: str = ""  # the years said as two numbers (五六年): `years` is the lower
    years_said: str = ""  # the years as said when they were rounded down (两年半, 18个月), for the verdict to repeat
    # How the years said fall short of their number (`years` is then one less, rounded down): UNDER, fewer years than it
    # (不到2年); NEARLY, close to it (快2年); ABOUT, roughly it, maybe a little less (差不多5年, 五年左右); empty when
    # they do not.
    years_short: str = ""
    years_by_year_end: bool = False  # the years are reached by the end of this year (到今年年底就满4年), as counted
    months: int | None = None  # the time said to the month (1年10个月, 18个月: 22, 18), for a gap of months
    # Years said, not counted as social work by the asker's own words: of a job plainly not social work (当了5年老师:
    # `job` 老师) or said not to be social work (毕业3年，一直没做社工); `years` is then 0.
    years_not_counted: int | None = None
    age_told: bool = False  # an age is told (60岁, 退休了): the sources set no age limit
    years_from: str = ""  # the years were counted from a year said to the end of this year (2019年毕业后, 2021年开始)
    years_after: bool = False  # years were asked as those after the certificate a rule requires (the /check flow)
    since_graduating: bool = False  # the years are since graduating (毕业两年), not said to be of social work
    more_levels: tuple[Level, ...] = ()  # other levels the question asks about too (能考初级吗？中级呢？)
    directly: bool = False  # the level is asked as sat directly (能直接考高级吗): without a certificate a rule requires
    other_work: bool = False  # the years are not said to be of social work: a job that may not count, or none named
    job: str = ""  # the job the years are of, when named (教师, 志愿者): whether it counts, the notice decides
    unlike_job: bool = False  # the job named with no years (我是老师) is plainly not social work: its years not counted
    other_degrees: tuple[Degree, ...] = ()
    studying: bool = False  # the highest degree is still being studied for (大二, 在读): not held yet
    person: str = ""  # whom the details are of when not the asker (我儿子…: 他), as the verdict addresses them
    oneself: bool = False  # a follow-up says its details are the asker's own (那我呢 高中毕业…), after another's
    years_asked: bool = False  # the years a rule needs are asked (还要工作几年): the rule answers, they are not asked
    counting_asked: bool = False  # how those years count is asked (从什么时候算): from when, to the year's end
    minor: str = ""  # social work said as a minor (辅修社会工作): not read as the major; the notice decides
    related_major: str = ""  # a major taken for kin of social work (心理学), read as 其他专业: no source names it
    unlisted_major: str = ""  # a major named that no word lists (老年服务与管理), read as 其他专业: the notice decides
    studied_abroad: str = ""  # where a degree said was taken outside the mainland (香港): is it recognised, unknown
    degree_route: str = ""  # how a degree said was taken besides full-time study (自考): is it recognised, unknown
    unnamed_schooling: str = ""  # the schooling said, which the rules do not name (技校), read as `education`
    resident_of: str = ""  # where the asker says they live, of Hong Kong, Macao and Taiwan (我是香港人: 香港)
    # Years of another job said before social work started (做了10年会计，后来做社工): never counted, and its job.
    years_before: int | None = None
    job_before: str = ""
    # The years of each of several jobs told (街道 3年, 社工机构 1年), added up in `years`; `job` names those that may
    # not count as social work, and `other_work` is set when there are any.
    years_jobs: tuple[JobYears, ...] = ()
    # The year the asker would sit in (2024年能报高级吗, 明年能考吗), when not this one and years were counted from a
    # year said (2019年拿的中级证) or a certificate's years held were told (中级证拿了4年): they are counted to its end,
    # as the rules count to the end of the year registering.
    counted_to: int | None = None
    # Years more than those told before (再干一年呢, 明年呢): of a follow-up, those to add; after it, those added to
    # `years`, for the verdict to say how it counted.
    years_added: int = 0
    # Years more added to the years a certificate was held (拿到中级两年了, then 再干三年呢): `years` is then their sum,
    # the years after the certificate, counted only if they were all of social work.
    added_to_held: bool = False
    # Years of work told before a certificate was named with years more (做了四年, then 我已经有助理证了，再做两年呢):
    # not counted as after the certificate; `years` is then the years more alone.
    years_before_held: int | None = None
    # Read from a message that says nothing but details and a follow-up's words (中级？, zhongji ne, and with a
    # bachelor's?): a follow-up by its own words, never a question of its own.
    follows: bool = False

    def each_degree(self) -> tuple[Profile, ...]:
        """The profile once for each degree said, with that degree's own major; a candidate qualifies by any."""
        held = tuple(
            replace(self, education=e, major=m, other_degrees=(), studying=False) for e, m in self.other_degrees
        )
        return (replace(self, other_degrees=()), *held)


# --- Loading: called by bot.core.eligibility.file with the loader's checker. ---

_MAJOR_WORDS = {Major.SOCIAL_WORK: r"\bin social work\b|社会工作专业", Major.OTHER: r"\bin another subject\b|其他专业"}
_YEARS_IN_RE = re.compile(r"\b\w+\s+years?\s+in social work\b")  # the years a rule asks for, not its major
_ITEM_RE = re.compile(r"^(\d+)\.\s+(.*)")  # an item of a source's numbered list

_T = TypeVar("_T")
_LEVEL_NAMES = {level.title: level for level in Level}
_EDUCATION_NAMES = {education.title: education for education in Education}
_MAJOR_NAMES = {major.title: major for major in Major}


RULE_FIELDS = (
    Field("item", "integer", description="the article's item number"),
    Field("level", "text", description="the level this rule admits to"),
    Field("education", "text", description="the education it asks for"),
    Field("years", "integer", description="years of social work"),
    Field(
        "follows",
        "texts",
        description="the words of the source it restates: the first give its education and years, any more its "
        "extra_years",
        min_items=1,
    ),
    Field("or_higher", "boolean", required=False, description="a higher education also counts"),
    Field("major", "text", required=False, description="the major it asks for"),
    Field("extra_years", "integer", required=False, description="extra years for other majors"),
    Field("requires", "text", required=False, description="a level that must be held first"),
    Field("graduates", "text", required=False, description="who it admits, when the source names new graduates"),
)
EVERYONE_FIELDS = (
    Field("said", "text", description="in the bot's words: 拥护中国共产党的领导，…"),
    Field("follows", "texts", description="the words of the source it restates", min_items=1),
)
REGULATION_FIELDS = (
    Field("source", "text", description="a source id from sources.yaml"),
    Field("name", "text", description="the regulation's name"),
    Field(
        "everyone",
        "mapping",
        required=False,
        description="what it asks of every candidate besides one of its rules",
        fields=EVERYONE_FIELDS,
    ),
    Field(
        "students",
        "text",
        required=False,
        description="what it says of students, who hold no degree yet: told to a student of no degree said",
    ),
    Field("rules", "mappings", fields=RULE_FIELDS),
)


def read_rules(
    checker: Checker, regulations: yaml.Node, sources: Mapping[str, Source], texts: Mapping[str, str]
) -> tuple[Rule, ...]:
    """The rules of an eligibility file's `regulations`, each checked against the searchable text of its source
    (`texts`, by source id) when it has one; problems go to the checker as `FILE:LINE: message`."""
    rules: list[Rule] = []
    for node in checker.sequence(regulations, "regulations"):
        item = checker.mapping(node, "regulation", REGULATION_FIELDS)
        if not item or any(key not in item for key in keys(REGULATION_FIELDS)[0]):
            continue
        ref = checker.text(item["source"], "regulation source")
        name = checker.text(item["name"], "regulation name")
        if ref is not None and ref not in sources:
            known = ", ".join(sorted(sources)) or "none"
            checker.problem(item["source"], f"unknown source `{ref}` (sources.yaml has: {known})")
        students = checker.text(item["students"], "students") if "students" in item else ""
        source, source_text = (sources.get(ref), texts.get(ref)) if ref is not None else (None, None)
        everyone = _everyone(checker, item["everyone"], source, source_text) if "everyone" in item else ""
        regulation = None
        if ref is not None and ref in sources and name and students is not None and everyone is not None:
            regulation = Regulation(sources[ref], name, students, everyone)
        for rule_node in checker.sequence(item["rules"], "rules"):
            rule = _rule(checker, rule_node, regulation, texts)
            if rule is not None:
                rules.append(rule)
    return tuple(rules)


def _rule(checker: Checker, node: yaml.Node, regulation: Regulation | None, texts: Mapping[str, str]) -> Rule | None:
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
    if requires is not None and level is not None and requires.rank >= level.rank:
        checker.problem(
            fields["requires"],
            f"rule {item} for {level.title}: requires {requires.title}, a level not below its own; a rule can require "
            "only a lower level's certificate (社会工作师 requires 助理社会工作师)",
        )
    graduates = checker.text(fields["graduates"], "graduates") if "graduates" in fields else ""
    follows = checker.texts(fields["follows"], "follows")
    if not follows and isinstance(fields["follows"], yaml.SequenceNode):
        checker.problem(fields["follows"], "follows is empty; quote the words of the source the rule restates")
    if (
        len(checker.problems) > before
        or regulation is None
        or item is None
        or level is None
        or education is None
        or or_higher is None
        or years is None
        or extra is None
        or graduates is None
        or not follows
    ):
        return None
    rule = Rule(regulation, item, level, education, or_higher, major, years, extra, requires, graduates)
    if (text := texts.get(regulation.source.id)) is not None:
        _check_follows(checker, node, rule, follows, text)
    return rule


def _everyone(checker: Checker, node: yaml.Node, source: Source | None, text: str | None) -> str | None:
    """What a regulation asks of every candidate, its `follows` checked against its source's text when known; None
    when it has problems."""
    fields = checker.mapping(node, "everyone", EVERYONE_FIELDS)
    if fields is None or any(key not in fields for key in keys(EVERYONE_FIELDS)[0]):
        return None
    said, follows = checker.text(fields["said"], "everyone said"), checker.texts(fields["follows"], "everyone follows")
    if source is not None and text is not None and _unquoted(checker, "everyone", follows, source, text):
        return None
    return said if said and follows else None


def _unquoted(checker: Checker, what: str, follows: list[Located], source: Source, text: str) -> bool:
    """Whether any words `what` follows are not in its source's text, each one missing named at its line."""
    missing = [quote for quote in follows if not quoted(quote.value, text)]
    for quote in missing:
        has = f", which has “{close}”" if (close := closest_quote(quote.value, text)) else ""
        checker.problem_at(
            quote,
            f"{what}: `follows` “{quote.value}” is not in {source.file} (source `{source.id}`){has}; quote the "
            "source word for word",
        )
    return bool(missing)


def _check_follows(checker: Checker, node: yaml.Node, rule: Rule, follows: list[Located], text: str) -> None:
    """The words a rule follows are in its source's text, each one missing named at its line; then the fields they do
    not give are named in one problem at the rule's line."""
    what, source = f"rule {rule.item} for {rule.level.title}", rule.regulation.source
    file, source_id = source.file, f"source `{source.id}`"
    if _unquoted(checker, what, follows, source, text) or not (
        wrong := _unlike(rule, [q.value for q in follows], text)
    ):
        return
    said, says = (" and ".join(part) for part in zip(*wrong, strict=True))
    words = ", ".join(f"“{quote.value}”" for quote in follows)
    checker.problem(
        node,
        f"{what}: {said} {'is' if len(wrong) == 1 else 'are'} not what the words it follows say, which {says}: "
        f"{words} ({file}, {source_id}); make the rule say what the source says",
    )


def _unlike(rule: Rule, follows: list[str], text: str) -> list[tuple[str, str]]:
    """Each field of a rule its words do not give, with what they give: the first words its education and its years
    (none for 0), the others its extra years (none for 0); the last that name a major its major (none for any); the
    number of the source's list item they stand in, its item."""
    first, others = follows[0].lower(), follows[1:]
    wrong = []
    majors = next(filter(None, (_majors(words) for words in reversed(follows))), set())
    if majors != ({rule.major} - {None}):
        major = rule.major.title if rule.major else "left out (any major)"
        wrong.append((f"major {major}", f"name {'、'.join(m.title for m in majors) or 'no major'}"))
    if (items := _items(text, follows)) and rule.item not in items:
        wrong.append((f"item {rule.item}", f"stand in item {' or '.join(map(str, sorted(items)))} of its list"))
    if not any(word in first for word in rule.education.written):
        named = "、".join(e.title for e in Education if any(word in first for word in e.written)) or "no education"
        wrong.append((f"education {rule.education.title}", f"name {named}"))
    if (given := years_given(first)) != ({rule.years} - {0}):
        years = " or ".join(f"{n} year{'s' * (n != 1)}" for n in sorted(given)) or "no years"
        wrong.append((f"years {rule.years}", f"give {years}"))
    if (added := {figure.text for words in others for figure in figures(words)}) != ({str(rule.extra_years)} - {"0"}):
        wrong.append((f"extra_years {rule.extra_years}", f"add {' or '.join(sorted(added)) or 'no years'}"))
    return wrong


def _majors(words: str) -> set[Major]:
    """The majors words of a source name (`in social work`, `in another subject`), not the field years are spent in
    (`4 years in social work`)."""
    said = _YEARS_IN_RE.sub(" ", " ".join(words.lower().split()))
    return {major for major, pattern in _MAJOR_WORDS.items() if re.search(pattern, said)}


def _items(text: str, follows: list[str]) -> set[int]:
    """The numbers of the items of a source's numbered lists (`1. …` and its indented lines) that hold any of the
    words a rule follows (none when the source numbers no list, or none holds them)."""
    items: list[tuple[int, str]] = []
    for row in text.partition("\n")[2].splitlines():  # as written, its lines kept
        if found := _ITEM_RE.match(row):
            items.append((int(found.group(1)), found.group(2)))
        elif items and row[:1].isspace() and row.strip():
            items[-1] = (items[-1][0], f"{items[-1][1]} {row.strip()}")
        else:
            items.append((0, ""))  # the list ends
    quotes = [" ".join(words.split()) for words in follows]
    return {number for number, said in items if number and any(quote in " ".join(said.split()) for quote in quotes)}


def _named(checker: Checker, node: yaml.Node, what: str, names: Mapping[str, _T]) -> _T | None:
    value = checker.text(node, what)
    if value is not None and value not in names:
        checker.problem(node, f"unknown {what} `{value}`; use one of: {', '.join(names)}")
    return names.get(value) if value is not None else None
