"""The words a question is read by, as the `reading` section of `knowledge/eligibility.yaml` lists them, read with the
loader's checker: each level's and education's words, majors, jobs, students, relations, and the words that ask."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from bot.core.checker import Checker
from bot.core.eligibility.rules import Education, Level
from bot.core.fields import Field
from bot.core.problems import Located
from bot.core.text import to_simplified

Named = tuple[tuple[str, tuple[str, ...]], ...]  # a name (a level, an education, how a relation is called) and words


@dataclass(frozen=True, slots=True)
class Words:
    """The `reading` section of an eligibility file (see the comments there)."""

    levels: Named
    not_levels: tuple[str, ...]
    titles: tuple[str, ...]
    certificates: tuple[str, ...]
    holding: tuple[str, ...]
    education: Named
    unnamed_schooling: tuple[str, ...]
    degrees: tuple[str, ...]
    university: tuple[str, ...]
    diplomas: tuple[str, ...]
    studying: tuple[str, ...]
    undergraduate: tuple[str, ...]
    graduating_later: tuple[str, ...]
    new_graduates: tuple[str, ...]
    not_read: tuple[str, ...]
    not_obtained: tuple[str, ...]
    below: tuple[str, ...]
    double_degrees: tuple[str, ...]
    minors: tuple[str, ...]
    social_work: tuple[str, ...]
    other_majors: tuple[str, ...]
    social_work_jobs: tuple[str, ...]
    other_work: tuple[str, ...]
    volunteering: tuple[str, ...]
    residents: Named
    degree_routes: tuple[str, ...]
    studied_abroad: tuple[str, ...]
    continuing: tuple[str, ...]
    starting: tuple[str, ...]
    stopped: tuple[str, ...]
    switching: tuple[str, ...]
    part_of: tuple[str, ...]
    intending: tuple[str, ...]
    intending_between: tuple[str, ...]
    under: tuple[str, ...]
    nearly: tuple[str, ...]
    about: tuple[str, ...]
    about_after: tuple[str, ...]
    year_end: tuple[str, ...]
    adding: tuple[str, ...]
    adding_opening: tuple[str, ...]
    working: tuple[str, ...]
    counting_asked: tuple[str, ...]
    unlike_social_work: tuple[str, ...]
    age: tuple[str, ...]
    follow_up: tuple[str, ...]
    levels_order: tuple[str, ...]
    english_levels_order: tuple[str, ...]
    linking: tuple[str, ...]
    english_majors: tuple[str, ...]
    english_follow_up: tuple[str, ...]
    english_work: Named
    related_majors: Named
    relations: Named
    spoken: Named
    which_level: tuple[str, ...]
    asking: tuple[str, ...]
    conditions: tuple[str, ...]
    enough: tuple[str, ...]
    lasting: tuple[str, ...]
    yes_words: tuple[str, ...]
    no_words: tuple[str, ...]
    unsure: tuple[str, ...]
    cancel_words: tuple[str, ...]
    back_words: tuple[str, ...]
    correcting: tuple[str, ...]


def _words(name: str, description: str) -> Field:
    return Field(name, "texts", description=description, min_items=1)


ENGLISH_WORK_FIELDS = (
    Field("said", "text", description="the word it is read as: one of other_work, social_work_jobs or volunteering"),
    _words("words", "its English: ngo, nursing home"),
)
RELATED_FIELDS = (
    Field("said", "text", description="the major, a word of other_majors: 心理学"),
    _words("words", "its English, words of english_majors: psychology"),
)
SPOKEN_FIELDS = (
    Field("said", "text", description="the words of written Chinese it is read as: 了, 在读"),
    _words("words", "the spoken (Cantonese) words, in Simplified: 咗, 读紧"),
)
RESIDENT_FIELDS = (
    Field("said", "text", description="where they live: 香港, 澳门, 台湾"),
    _words("words", "how an asker says so, in Simplified or in English in lower case: 香港人, from hong kong"),
)
RELATION_FIELDS = (
    Field("called", "text", description="how the verdict speaks of them: 他, 她, 对方"),
    _words("words", "the relations: 儿子, 同事"),
)
READING_FIELDS = (
    Field("levels", "mapping", fields=tuple(_words(lv.title, "its words") for lv in Level), description="by level"),
    _words("not_levels", "jobs with a level's word that name no level (项目助理)"),
    _words("titles", "a level's title: after another level's word (助理社工师) the two name one level"),
    _words("certificates", "level words read as a certificate held after a holding word (拿了中级)"),
    _words("holding", "words before a certificate held"),
    Field("education", "mapping", fields=tuple(_words(e.title, "its words") for e in Education), description="by"),
    _words("unnamed_schooling", "of education, schooling the rules do not name (技校): the notice decides"),
    _words("degrees", "a degree's names, said with a major or a graduation (本科是社工, 明年本科毕业)"),
    _words("university", "names no degree: a bachelor's when said with a graduation and a major"),
    _words("diplomas", "what a degree gives, said not obtained yet (学历还没拿到)"),
    _words("studying", "a student: the degree is not held yet"),
    _words("undergraduate", "of `studying`, a year that names no degree: a bachelor's unless one is named"),
    _words("graduating_later", "before 毕业: a student"),
    _words("new_graduates", "this year's graduates, or who just started work: no years of work yet"),
    _words("not_read", "runs that begin with a word above but mean something else (初中高级)"),
    _words("not_obtained", "after a degree: studied but not obtained (本科肄业), so that degree is not read"),
    _words("below", "after a degree: the educations below it (本科以下), read as the one just below"),
    _words("double_degrees", "one degree with two majors (双学位): the degree is held with each"),
    _words("minors", "before social work: a minor (辅修社工), not the degree's major; the notice decides"),
    _words("social_work", "social work as a major"),
    _words("other_majors", "another major than social work"),
    _words("social_work_jobs", "years of work said to be social work (社工机构, 社会工作岗位)"),
    _words("other_work", "jobs whose years may or may not count as social work"),
    _words("volunteering", "volunteering: whether its years count as social work, the notice decides"),
    Field("residents", "mappings", fields=RESIDENT_FIELDS, description="an asker living in Hong Kong, Macao, Taiwan"),
    _words("degree_routes", "ways a degree is taken besides full-time study (自考): the notice decides"),
    _words(
        "studied_abroad",
        "where a degree was taken outside the mainland (香港, 英国): is it recognised, the notice decides",
    ),
    _words("continuing", "after a graduation year: the work went on since (2019年毕业，一直做社工)"),
    _words("starting", "after a year: the work started then (2021年开始做社工)"),
    _words("stopped", "after a year: the work did not go on (辞职), so no years are counted from it"),
    _words("switching", "after years of work, before social work: it started after them (做了10年会计，后来做社工)"),
    _words("part_of", "before years after other years (其中做社工3年): part of those, not added to them"),
    _words("intending", "before the work said after a year: only meant (毕业后想做社工), so no years are counted"),
    _words("intending_between", "after `intending`, before social work (想转行做社工): a wish, not work done"),
    _words("under", "before years said (不到2年) or after them (2年不到): fewer than the number said"),
    _words("nearly", "before years said (快2年, 下个月就满2年): close to the number said, not reached yet"),
    _words("about", "before years said (差不多5年, 大概五年): roughly the number said, maybe a little more or less"),
    _words("about_after", "after years said (五年左右): the same"),
    _words("year_end", "before years said (到今年年底就满4年): reached by the end of this year, as the rules count"),
    _words("adding", "before years in a follow-up (再干一年呢): years more, added to those told before"),
    _words("working", "verbs of working before the years a follow-up asks (还要干几年)"),
    _words("counting_asked", "a follow-up asking how the years a rule needs are counted (从什么时候算)"),
    _words("adding_opening", "the same, opening a follow-up or after a linking word (过两年呢; not 做过两年)"),
    _words("unlike_social_work", "of other_work, jobs plainly not social work (教师, 销售): years not counted"),
    _words("age", "an age told (退休, 年龄; N岁 is read in the code): the sources set no age limit"),
    _words("follow_up", "what a short follow-up to a verdict may say besides its details (那…呢, 如果是, 我是)"),
    _words("levels_order", "words that ask the order of the levels (要先考初级吗, 跳过初级): a question of its own"),
    _words("english_levels_order", "the same in English (first, skip)"),
    _words("linking", "of follow_up, words that tie a message of details alone to the one before (那…呢, 我是)"),
    _words("english_follow_up", "English a short follow-up to a verdict may say besides its details (what about)"),
    _words("english_majors", "English for majors other than social work (psychology): a nursing degree, studied law"),
    Field("english_work", "mappings", fields=ENGLISH_WORK_FIELDS, description="English for jobs (an NGO)"),
    Field("related_majors", "mappings", fields=RELATED_FIELDS, description="majors taken for kin of social work"),
    Field("relations", "mappings", fields=RELATION_FIELDS, description="whose details a question may give"),
    Field("spoken", "mappings", fields=SPOKEN_FIELDS, description="spoken (Cantonese) words read as written ones"),
    _words("which_level", "after 考 or 报 (应该考哪个级别): which level one may sit, a verdict for each"),
    _words("asking", "before 考 or 报: whether one may sit"),
    _words("conditions", "words that ask the conditions"),
    _words("enough", "after details (工作一年够吗): whether they are enough to sit, asked"),
    _words("lasting", "before 几年 or 多久: how long something else lasts (有效期几年), not a rule's years"),
    _words("yes_words", "a whole answer saying yes to a /check question of two choices (有, 是, yes): the first"),
    _words("no_words", "a whole answer saying no to a /check question of two choices (没有, 还没考, no): the second"),
    _words("unsure", "in an answer to a /check question giving no choice, not knowing (不知道): asked again"),
    _words("cancel_words", "a whole answer to a /check question made of these leaves the check (取消, 算了不测了)"),
    _words("back_words", "a whole answer to a /check question made of these goes back one question (返回, 上一步)"),
    _words("correcting", "in an answer typed to a /check question, a fact answered before said again otherwise (不对)"),
)
# Lists whose words must be words of another list: a certificate is named by a level's word, and so on.
_WITHIN = (
    ("titles", "levels"),
    ("certificates", "levels"),
    ("degrees", "education"),
    ("unnamed_schooling", "education"),
    ("undergraduate", "studying"),
    ("unlike_social_work", "other_work"),
    ("linking", "follow_up"),
)


def read_words(checker: Checker, node: yaml.Node) -> Words | None:
    """The words of a `reading` section, or None when it has problems; they go to the checker as `FILE:LINE: message`:
    an empty list, a word not in Simplified, a word under two levels (educations), a certificate that is no level's
    word and so on."""
    fields = checker.mapping(node, "reading", READING_FIELDS)
    if fields is None or any(f.name not in fields for f in READING_FIELDS):
        return None
    before = len(checker.problems)
    named = {key: _by_name(checker, fields[key], key) for key in ("levels", "education")}
    named["relations"] = _relations(checker, fields["relations"])
    named["english_work"] = _english_work(checker, fields["english_work"])
    named["spoken"] = _named_words(checker, fields["spoken"], "spoken", SPOKEN_FIELDS, ("spoken item", "said"))
    named["residents"] = _named_words(checker, fields["residents"], "residents", RESIDENT_FIELDS, ("resident", "said"))
    named["related_majors"] = _named_words(
        checker, fields["related_majors"], "related_majors", RELATED_FIELDS, ("related_majors item", "said")
    )
    found = {key: [word for _, words in named[key] for word in words] for key in named}
    found.update((f.name, _texts(checker, fields[f.name], f.name)) for f in READING_FIELDS if f.kind == "texts")
    english = ("english_majors", "english_work", "english_follow_up", "english_levels_order")
    for word in (word for key in english for word in found[key]):
        if not re.fullmatch(r"[a-z][a-z' -]*", word.value):
            checker.problem_at(word, f"`{word.value}`: write English words in lower case, letters only")
    jobs = {w.value for key in ("other_work", "social_work_jobs", "volunteering") for w in found[key]}
    for said, words in named["english_work"]:
        if said not in jobs and words:
            checker.problem_at(
                words[0],
                f"english_work: `{said}` is none of the words of other_work, "
                "social_work_jobs or volunteering; add it there",
            )
    majors = {w.value for w in found["other_majors"]}
    english_majors = {w.value.lower() for w in found["english_majors"]}  # a word not in lower case is reported there
    for said, words in named["related_majors"]:
        if said not in majors and words:
            checker.problem_at(words[0], f"related_majors: `{said}` is none of the words of other_majors; add it there")
        for word in words:
            if word.value not in english_majors:
                checker.problem_at(word, f"related_majors: `{word.value}` is none of the words of english_majors")
    for word in (word for words in found.values() for word in words):
        if (simplified := to_simplified(word.value)) != word.value:
            checker.problem_at(word, f"`{word.value}`: write it in Simplified ({simplified}); questions are read so")
    for key in ("levels", "education"):
        _once(checker, found[key], key)
    for key, within in _WITHIN:
        known = {to_simplified(word.value) for word in found[within]}  # a word in Traditional is reported once
        for word in found[key]:
            if word.value not in known:
                checker.problem_at(word, f"{key}: `{word.value}` is none of the words of `{within}`; add it there")
    if len(checker.problems) > before:
        return None
    values: dict[str, Any] = {key: tuple(word.value for word in found[key]) for key in found}
    values.update(
        (key, tuple((name, tuple(w.value for w in words)) for name, words in items)) for key, items in named.items()
    )
    return Words(**values)


def _texts(checker: Checker, node: yaml.Node, what: str) -> list[Located]:
    """A list of words, at least one (an empty list would be read as every text)."""
    words = checker.texts(node, what)
    if isinstance(node, yaml.SequenceNode) and not node.value:
        checker.problem(node, f"{what} is empty; list at least one word")
    return words


def _by_name(checker: Checker, node: yaml.Node, key: str) -> list[tuple[str, list[Located]]]:
    """Each level (education) of `levels` (`education`) with its words, where they stand."""
    table = next(f.fields for f in READING_FIELDS if f.name == key)
    fields = checker.mapping(node, key, table) or {}
    return [(name, _texts(checker, value, f"{key} {name}")) for name, value in fields.items()]


def _relations(checker: Checker, node: yaml.Node) -> list[tuple[str, list[Located]]]:
    """Each relation of `relations`: how the verdict calls them, and their words."""
    if isinstance(node, yaml.SequenceNode) and not node.value:
        checker.problem(node, "relations is empty; list at least one relation")
    return _named_words(checker, node, "relations", RELATION_FIELDS, ("relation", "called"))


def _english_work(checker: Checker, node: yaml.Node) -> list[tuple[str, list[Located]]]:
    """Each job of `english_work`: the word it is read as, and its English."""
    return _named_words(checker, node, "english_work", ENGLISH_WORK_FIELDS, ("english_work item", "said"))


def _named_words(
    checker: Checker, node: yaml.Node, key: str, table: tuple[Field, ...], names: tuple[str, str]
) -> list[tuple[str, list[Located]]]:
    """Each item of a list of mappings that name a thing (`names`: what an item is, and its naming field) and give
    its `words`."""
    item_name, named_by = names
    found = []
    for item in checker.sequence(node, key):
        fields = checker.mapping(item, item_name, table)
        if fields and named_by in fields and "words" in fields:
            name = checker.text(fields[named_by], named_by)
            found.append((name or "", _texts(checker, fields["words"], f"{key} words")))
    return found


def _once(checker: Checker, words: list[Located], key: str) -> None:
    """A word listed under two names of `levels` (`education`) is reported where it is listed again."""
    first: dict[str, Located] = {}
    for word in words:
        if first.setdefault(word.value, word) is not word:
            checker.problem_at(word, f"{key}: `{word.value}` is already listed on line {first[word.value].line}")
