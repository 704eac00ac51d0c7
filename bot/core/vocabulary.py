"""Reads the vocabulary of `knowledge/synonyms.yaml`: synonym groups, fillers, the places, levels, measures and
subjects entries may be about, regions, unlisted places and who decides."""

from __future__ import annotations

from collections.abc import Iterator

import yaml

from bot.core.checker import Checker
from bot.core.fields import Field
from bot.core.knowledge import SynonymGroup, Vocabulary
from bot.core.problems import Located
from bot.core.text import clean

# What an entry may say it is about, as listed in synonyms.yaml.
ABOUT_FIELDS = ("places", "levels", "measures", "subjects")

SYNONYM_GROUP_FIELDS = (
    Field("terms", "texts", min_items=2),
    Field("topic", "boolean", required=False),
    Field("counts", "text", required=False, description="the measure these people are counted by, from `measures`"),
    Field("counts_with", "texts", required=False, description="the words that ask that count (else `quantities`)"),
    Field("holds", "text", required=False, description="the level, from `levels`, the terms hold first: 社工师"),
)
REGION_FIELDS = (
    Field("place", "text", description="a place from `places` (浙江)"),
    Field("within", "texts", min_items=1, description="the places from `places` inside it (宁波, 台州)"),
)
UNLISTED_PLACES_FIELDS = (
    Field("suffixes", "texts", min_items=1, description="what a place's name ends with: 市, 区, 县"),
    Field("not_places", "texts", description="words with a suffix that name no place: 社区, 区别, 城市"),
    Field("keyword", "text", required=False, description="the keyword such a place counts as: 其他地方"),
    Field("names", "texts", required=False, description="places read by their name alone: 临清, 济宁"),
)
UNLISTED_CERTIFICATES_FIELDS = (
    Field("suffixes", "texts", min_items=1, description="what a certificate's name ends with: 师证"),
    Field("keyword", "text", description="the subject such a certificate counts as, from `subjects`: 其他证书"),
)
LEVEL_SUMS_FIELDS = (
    Field("measure", "text", description="the measure a sum of money asked about a level names: 奖励"),
    Field("asked_with", "texts", min_items=1, description="the words that ask a sum: 能拿多少, 元"),
)
PERIOD_SUMS_FIELDS = (
    Field("measure", "text", description="the measure a sum of money said for a period of time names: 工资"),
    Field("asked_with", "texts", min_items=1, description="the periods a sum is said for: 一年, 一个月"),
)
WHO_DECIDES_FIELDS = (
    Field("for", "texts", min_items=1, description="places or subjects from `places` and `subjects` (国外, 考研)"),
    Field("ask", "text", description="who to ask about them, when no entry covers what was asked"),
)
JOB_SUBJECTS_FIELDS = (
    Field("jobs", "texts", min_items=1, description="bare words of another job, from `other_jobs`: 护士"),
    Field("subject", "text", description="the job as a subject, from `subjects`: 护士职业"),
)
ASKED_KIND_FIELDS = (
    Field("asks", "texts", min_items=1, description="the words asking it: 谁, 多久"),
    Field("said_by", "texts", min_items=1, description="words an answer that says it has: 民政局, 工作日"),
)
RANKS_ASKED_FIELDS = (
    Field("rank", "text", description="the measure of a rank, from `measures` and `of_measures`: 省内排名"),
    Field("which", "texts", min_items=1, description="the words asking which place: 哪个市, 哪个城市"),
    Field("over", "text", required=False, description="the place it ranks within, when always the same: 全国"),
)
ASKED_APART_FIELDS = (
    Field("reads", "text", description="a synonym group's term the first words read as: 哪年开始"),
    Field("first", "texts", min_items=1, description="the first words: when did, 考过"),
    Field("then", "texts", min_items=1, description="the words that must follow them: start, 然后呢"),
    Field("within", "integer", description="characters at most between the two: 40"),
)
JOINT_LEVELS_FIELDS = (
    Field("said", "texts", min_items=1, description="words naming several levels at once: 初中级"),
    Field("reads", "texts", min_items=2, description="the levels they name, each a level's term: 初级, 中级"),
)
ABOUT_PREVIOUS_FIELDS = (
    Field("source", "texts", min_items=1, description="words asking where the answer is from: 出处, 哪个报道"),
    Field("date", "texts", min_items=1, description="words asking when its figures or rules are from: 哪年, 截至哪年"),
    Field("since", "texts", min_items=1, description="words asking the year what it says began: 从哪年开始"),
    Field("speaker", "texts", min_items=1, description="words asking who said it: 谁说, who said"),
    Field("more", "texts", min_items=1, description="words asking more of it: 详细点, 还有吗, 举个例子"),
    Field("meaning", "texts", description="words asking what a figure it names stands for: 是什么意思, 指什么"),
    Field("pointing", "texts", description="words such a turn may point at the answer with besides: 这个, 数字, 呢"),
    Field("speaking", "texts", min_items=1, description="words after which an answer names who speaks: 说, 认为"),
)
# The lists of words a synonyms file may hold, each read as it is written.
WORD_LISTS = (
    "follow_ups",
    "excluding",
    "holding",
    "separate_places",
    "jobs",
    "other_jobs",
    "quantities",
    "compared_quantities",
    "shared_topic",
    "common_words",
    "leaning_words",
    "corrections",
    "meant",
    "back_references",
    "light_words",
    "superlatives",
    "comparing",
    "shares_asked",
    "differing",
    "together",
    "held_first",
    "skipping",
)
SYNONYMS_FILE_FIELDS = (
    Field("groups", "mappings", fields=SYNONYM_GROUP_FIELDS),
    Field("fillers", "texts"),
    Field("follow_ups", "texts", required=False, description="words that mark a follow-up: 那…, …呢"),
    Field("excluding", "texts", required=False, description="words before places not asked about: 除了"),
    Field("holding", "texts", required=False, description="words before a level's certificate held: 有, 没有"),
    Field("separate_places", "texts", required=False, description="places with systems of their own"),
    Field("jobs", "texts", required=False, description="subjects that are jobs: who sits in 护工能考社工证吗"),
    Field("other_jobs", "texts", required=False, description="jobs named by a bare word, swapped in 那社工呢: 教师"),
    Field("quantities", "texts", required=False, description="words that ask how many: 多少, 人数"),
    Field(
        "compared_quantities",
        "texts",
        required=False,
        description="words that, with places set side by side, ask how many of a group: 多 (北京社工比浙江多吗)",
    ),
    Field("shared_topic", "texts", required=False, description="the subject's words other subjects use too: 登记"),
    Field("common_words", "texts", required=False, description="words any question may hold: 如果, 之后"),
    Field("regions", "mappings", required=False, fields=REGION_FIELDS, description="places inside other places"),
    Field("local_measures", "texts", required=False, description="figures for a place itself: 持证人数, 工资"),
    Field("level_measures", "texts", required=False, description="figures each level has its own of: 工资"),
    Field("change_measures", "texts", required=False, description="a change in another measure: 增长情况"),
    Field("of_measures", "texts", required=False, description="a share, average or rank of another measure: 比例"),
    Field(
        "unlisted_places",
        "mapping",
        required=False,
        fields=UNLISTED_PLACES_FIELDS,
        description="how to find the places `places` does not list (吴江区)",
    ),
    Field("who_decides", "mappings", required=False, fields=WHO_DECIDES_FIELDS, description="who to ask instead"),
    Field(
        "unlisted_certificates",
        "mapping",
        required=False,
        fields=UNLISTED_CERTIFICATES_FIELDS,
        description="how to find the certificates no synonym group lists (营养师证), and the subject they count as",
    ),
    Field(
        "job_subjects",
        "mappings",
        required=False,
        fields=JOB_SUBJECTS_FIELDS,
        description="the subject a question asks of by another job's bare word and no word of social work's own",
    ),
    Field(
        "ranks_asked",
        "mappings",
        required=False,
        fields=RANKS_ASKED_FIELDS,
        description="which place comes first, asked around its measure (浙江哪个市报考人数最多): the rank it reads as",
    ),
    Field("superlatives", "texts", required=False, description="words asking which comes first: 最多, 第一"),
    Field("comparing", "texts", required=False, description="words asking which of two sums is more: 哪个多, 差多少"),
    Field("shares_asked", "texts", required=False, description="words asking how much more as a share: 几成"),
    Field(
        "joint_levels",
        "mappings",
        required=False,
        fields=JOINT_LEVELS_FIELDS,
        description="one word naming several levels (初中级: 初级和中级), read as each of them named",
    ),
    Field("differing", "texts", required=False, description="words asking how two things differ: 区别, 一样吗"),
    Field("together", "texts", required=False, description="words asking to sit two levels at once: 同时, 一起"),
    Field("held_first", "texts", required=False, description="words asking whether a level must be held first: 要先"),
    Field("skipping", "texts", required=False, description="words asking to sit a level without another: 没有, 跳过"),
    Field(
        "leaning_words",
        "texts",
        required=False,
        description="words by which a short question asks of the answer before: 算吗 (志愿者算吗 after 工作年限怎么算)",
    ),
    Field("corrections", "texts", required=False, description="words saying the last question was misread: 不是"),
    Field("meant", "texts", required=False, description="words before what was meant instead: 我是说 (我是说中级)"),
    Field("back_references", "texts", required=False, description="words pointing back at an earlier question: 刚才"),
    Field("light_words", "texts", required=False, description="what a few words asking of an answer hold: 是, 都"),
    Field(
        "asked_kinds",
        "mappings",
        required=False,
        fields=ASKED_KIND_FIELDS,
        description="kinds of fact a few words may ask of the answer before (谁提供: who), and how an answer says them",
    ),
    Field(
        "about_previous",
        "mapping",
        required=False,
        fields=ABOUT_PREVIOUS_FIELDS,
        description="a short turn that asks about the answer just given (出处呢, 谁说的), each kind by its words",
    ),
    Field(
        "asked_apart",
        "mappings",
        required=False,
        fields=ASKED_APART_FIELDS,
        description="a question asked in words apart (when did the exam start): the term its first words read as",
    ),
    Field(
        "level_sums",
        "mapping",
        required=False,
        fields=LEVEL_SUMS_FIELDS,
        description="the measure a sum of money asked about a level in a place names (宁波考高级能拿多少: 奖励)",
    ),
    Field(
        "period_sums",
        "mapping",
        required=False,
        fields=PERIOD_SUMS_FIELDS,
        description="the measure a sum of money said for a period of time names (一年拿三四千: 工资)",
    ),
    *(Field(key, "texts", required=False) for key in ABOUT_FIELDS),
)


def read_vocabulary(checker: Checker, root: yaml.Node | None) -> Vocabulary | None:
    """The vocabulary of a synonyms file's node tree, or None when it has problems; they go to the checker as
    `FILE:LINE: message`."""
    fields = checker.mapping(root, "synonyms file", SYNONYMS_FILE_FIELDS) if root else None
    if not fields or "groups" not in fields or "fillers" not in fields:
        return None
    before = len(checker.problems)
    groups = []
    counted: list[tuple[yaml.Node, str]] = []
    held: list[tuple[yaml.Node, str]] = []
    seen: dict[str, int] = {}
    for node in checker.sequence(fields["groups"], "groups"):
        group = checker.mapping(node, "synonym group", SYNONYM_GROUP_FIELDS)
        if not group or "terms" not in group:
            continue
        terms = checker.texts(group["terms"], "terms")
        if len(terms) < 2:
            checker.problem(node, "a synonym group needs at least two terms")
        for term in terms:
            key = clean(term.value)
            if key in seen:
                checker.problem_at(term, f"term `{term.value}` is already in the group on line {seen[key]}")
            seen.setdefault(key, term.line)
        topic = checker.boolean(group["topic"], "topic") if "topic" in group else False
        counts = checker.text(group["counts"], "counts") if "counts" in group else None
        if counts is not None:
            counted.append((group["counts"], counts))
        counts_with = checker.texts(group["counts_with"], "counts_with") if "counts_with" in group else []
        if counts_with and counts is None:
            checker.problem(group["counts_with"], "`counts_with` needs `counts`: the measure those words ask")
        words = tuple(w.value for w in counts_with)
        holds = checker.text(group["holds"], "holds") if "holds" in group else None
        if holds is not None:
            held.append((group["holds"], holds))
        groups.append(SynonymGroup(tuple(t.value for t in terms), bool(topic), counts, words, holds))
    fillers = checker.texts(fields["fillers"], "fillers")
    for filler in fillers:
        if clean(filler.value) in seen:
            checker.problem_at(filler, f"filler `{filler.value}` is also a synonym term; keep it in one place")
    named = {key: checker.texts(fields[key], key) if key in fields else [] for key in ABOUT_FIELDS}
    lists = {key: checker.texts(fields[key], key) if key in fields else [] for key in WORD_LISTS}
    separate, jobs = lists["separate_places"], lists["jobs"]
    places, measures = ({term.value for term in named[key]} for key in ("places", "measures"))
    for place in separate:
        if place.value not in places:
            checker.problem_at(place, f"separate place `{place.value}` is not listed under `places`")
    for job in jobs:
        if job.value not in {term.value for term in named["subjects"]}:
            checker.problem_at(job, f"job `{job.value}` is not listed under `subjects`")
    regions = _regions(checker, fields["regions"], places) if "regions" in fields else ()
    suffixes, not_places, unlisted_keyword, place_names = (
        _unlisted(checker, fields["unlisted_places"], places) if "unlisted_places" in fields else ((), (), None, ())
    )
    subjects = {term.value for term in named["subjects"]}
    asked_about = places | measures | subjects
    who = _who_decides(checker, fields["who_decides"], asked_about) if "who_decides" in fields else ()
    kinds = _asked_kinds(checker, fields["asked_kinds"]) if "asked_kinds" in fields else ()
    certificate_suffixes, certificate_keyword = (
        _unlisted_certificates(checker, fields["unlisted_certificates"], subjects)
        if "unlisted_certificates" in fields
        else ((), None)
    )
    job_subjects = (
        _job_subjects(checker, fields["job_subjects"], {w.value for w in lists["other_jobs"]}, subjects)
        if "job_subjects" in fields
        else ()
    )
    ranks = _ranks_asked(checker, fields["ranks_asked"], measures, places) if "ranks_asked" in fields else ()
    local, levelled, changes, of_others = (
        _measures(checker, fields, key, measures)
        for key in ("local_measures", "level_measures", "change_measures", "of_measures")
    )
    level_sums, period_sums = (
        _sums(checker, fields[key], key, measures, key_fields) if key in fields else None
        for key, key_fields in (("level_sums", LEVEL_SUMS_FIELDS), ("period_sums", PERIOD_SUMS_FIELDS))
    )
    about_previous = _about_previous(checker, fields["about_previous"]) if "about_previous" in fields else ()
    apart = _asked_apart(checker, fields["asked_apart"], seen) if "asked_apart" in fields else ()
    levels = {term.value for term in named["levels"]}
    level_terms = {clean(term) for group in groups if group.terms[0] in levels for term in group.terms}
    joint = _joint_levels(checker, fields["joint_levels"], level_terms) if "joint_levels" in fields else ()
    for node, measure in counted:
        if measure not in measures:
            checker.problem(node, f"`counts: {measure}` is not listed under `measures`")
    for node, level in held:
        if level not in levels:
            checker.problem(node, f"`holds: {level}` is not listed under `levels`")
    if len(checker.problems) > before:
        return None
    return Vocabulary(
        tuple(groups),
        tuple(f.value for f in fillers),
        **{key: tuple(term.value for term in terms) for key, terms in named.items()},
        **{key: tuple(word.value for word in listed) for key, listed in lists.items()},
        regions=regions,
        place_suffixes=suffixes,
        not_places=not_places,
        place_names=place_names,
        unlisted_keyword=unlisted_keyword,
        local_measures=tuple(m.value for m in local),
        level_measures=tuple(m.value for m in levelled),
        change_measures=tuple(m.value for m in changes),
        of_measures=tuple(m.value for m in of_others),
        who_decides=who,
        job_subjects=job_subjects,
        certificate_suffixes=certificate_suffixes,
        certificate_keyword=certificate_keyword,
        asked_kinds=kinds,
        ranks_asked=ranks,
        level_sums=level_sums,
        period_sums=period_sums,
        about_previous=about_previous,
        joint_levels=joint,
        asked_apart=apart,
    )


def _unlisted(
    checker: Checker, node: yaml.Node, places: set[str]
) -> tuple[tuple[str, ...], tuple[str, ...], str | None, tuple[str, ...]]:
    """The `unlisted_places` of a synonyms file: the suffixes, the words that name no place, the keyword (the name
    for other places, which must be listed under `places`) and the places read by name alone (none listed there)."""
    unlisted = checker.mapping(node, "unlisted_places", UNLISTED_PLACES_FIELDS)
    if not unlisted or "suffixes" not in unlisted or "not_places" not in unlisted:
        return (), (), None, ()
    suffixes, not_places = (tuple(t.value for t in checker.texts(unlisted[k], k)) for k in ("suffixes", "not_places"))
    keyword = checker.text(unlisted["keyword"], "keyword") if "keyword" in unlisted else None
    if keyword is not None and keyword not in places:
        checker.problem(unlisted["keyword"], f"`keyword: {keyword}` is not listed under `places`")
    names = checker.texts(unlisted["names"], "names") if "names" in unlisted else []
    for name in names:
        if name.value in places:
            checker.problem_at(name, f"place name `{name.value}` is listed under `places`: keep it in one of them")
    return suffixes, not_places, keyword, tuple(n.value for n in names)


def _rules(checker: Checker, node: yaml.Node, key: str, fields: tuple[Field, ...]) -> Iterator[dict[str, yaml.Node]]:
    """The items of a list of mappings in a synonyms file (`key`) that have every required field (the checker names
    what is wrong with the others)."""
    required = [field.name for field in fields if field.required]
    for item in checker.sequence(node, key):
        rule = checker.mapping(item, f"{key} item", fields)
        if rule and all(name in rule for name in required):
            yield rule


def _asked_kinds(checker: Checker, node: yaml.Node) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The `asked_kinds` of a synonyms file: for each, the words asking it and the words of an answer saying it."""
    found = []
    for rule in _rules(checker, node, "asked_kinds", ASKED_KIND_FIELDS):
        asks, said_by = checker.texts(rule["asks"], "asks"), checker.texts(rule["said_by"], "said_by")
        found.append((tuple(w.value for w in asks), tuple(w.value for w in said_by)))
    return tuple(found)


def _ranks_asked(
    checker: Checker, node: yaml.Node, measures: set[str], places: set[str]
) -> tuple[tuple[str, tuple[str, ...], str | None], ...]:
    """The `ranks_asked` of a synonyms file: each rank (listed under `measures`), the words asking which place, and
    the place it always ranks within (listed under `places`), if any."""
    found = []
    for rule in _rules(checker, node, "ranks_asked", RANKS_ASKED_FIELDS):
        rank, which = checker.text(rule["rank"], "rank"), checker.texts(rule["which"], "which")
        over = checker.text(rule["over"], "over") if "over" in rule else None
        if rank is not None and rank not in measures:
            checker.problem(rule["rank"], f"rank `{rank}` in ranks_asked is not listed under `measures`")
        if over is not None and over not in places:
            checker.problem(rule["over"], f"`over: {over}` in ranks_asked is not listed under `places`")
        if rank is not None:
            found.append((rank, tuple(w.value for w in which), over))
    return tuple(found)


def _about_previous(checker: Checker, node: yaml.Node) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The `about_previous` of a synonyms file: each of its keys with its words."""
    fields = checker.mapping(node, "about_previous", ABOUT_PREVIOUS_FIELDS) or {}
    return tuple((key, tuple(w.value for w in checker.texts(words, key))) for key, words in fields.items())


def _joint_levels(checker: Checker, node: yaml.Node, level_terms: set[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The `joint_levels` of a synonyms file: each word naming several levels at once and the levels it reads as,
    each a term of a level's synonym group."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for rule in _rules(checker, node, "joint_levels", JOINT_LEVELS_FIELDS):
        reads = checker.texts(rule["reads"], "reads")
        for level in reads:
            if clean(level.value) not in level_terms:
                checker.problem_at(level, f"`{level.value}` in joint_levels is no term of a level's synonym group")
        found.extend((said.value, tuple(r.value for r in reads)) for said in checker.texts(rule["said"], "said"))
    return tuple(found)


def _who_decides(checker: Checker, node: yaml.Node, known: set[str]) -> tuple[tuple[str, str], ...]:
    """The `who_decides` of a synonyms file: each listed place, measure or subject and who to ask about it."""
    found = []
    for rule in _rules(checker, node, "who_decides", WHO_DECIDES_FIELDS):
        ask = checker.text(rule["ask"], "ask")
        for term in checker.texts(rule["for"], "for"):
            if term.value not in known:
                unknown = f"`{term.value}` in who_decides is not listed under `places`, `measures` or `subjects`"
                checker.problem_at(term, unknown)
            elif ask is not None:
                found.append((term.value, ask))
    return tuple(found)


def _unlisted_certificates(checker: Checker, node: yaml.Node, subjects: set[str]) -> tuple[tuple[str, ...], str | None]:
    """The `unlisted_certificates` of a synonyms file: the suffixes, and the subject (listed under `subjects`) such a
    certificate counts as."""
    unlisted = checker.mapping(node, "unlisted_certificates", UNLISTED_CERTIFICATES_FIELDS)
    if not unlisted or "suffixes" not in unlisted or "keyword" not in unlisted:
        return (), None
    keyword = checker.text(unlisted["keyword"], "keyword")
    if keyword is not None and keyword not in subjects:
        checker.problem(unlisted["keyword"], f"`keyword: {keyword}` is not listed under `subjects`")
        return (), None
    return tuple(t.value for t in checker.texts(unlisted["suffixes"], "suffixes")), keyword


def _job_subjects(
    checker: Checker, node: yaml.Node, other_jobs: set[str], subjects: set[str]
) -> tuple[tuple[str, str], ...]:
    """The `job_subjects` of a synonyms file: each bare word of another job (from `other_jobs`) and its subject (from
    `subjects`)."""
    found = []
    for rule in _rules(checker, node, "job_subjects", JOB_SUBJECTS_FIELDS):
        subject = checker.text(rule["subject"], "subject")
        if subject is not None and subject not in subjects:
            checker.problem(rule["subject"], f"`{subject}` in job_subjects is not listed under `subjects`")
            continue
        for job in checker.texts(rule["jobs"], "jobs"):
            if job.value not in other_jobs:
                checker.problem_at(job, f"`{job.value}` in job_subjects is not listed under `other_jobs`")
            elif subject is not None:
                found.append((job.value, subject))
    return tuple(found)


def _sums(
    checker: Checker, node: yaml.Node, key: str, measures: set[str], fields_of: tuple[Field, ...]
) -> tuple[str, tuple[str, ...]] | None:
    """The `level_sums` or `period_sums` (`key`) of a synonyms file: the measure, listed under `measures`, and the
    words that ask it."""
    fields = checker.mapping(node, key, fields_of)
    if not fields or "measure" not in fields or "asked_with" not in fields:
        return None
    measure = checker.text(fields["measure"], "measure")
    if measure is not None and measure not in measures:
        checker.problem(fields["measure"], f"`{measure}` in {key} is not listed under `measures`")
    words = tuple(word.value for word in checker.texts(fields["asked_with"], "asked_with"))
    return (measure, words) if measure is not None else None


def _asked_apart(
    checker: Checker, node: yaml.Node, terms: dict[str, int]
) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], int], ...]:
    """The `asked_apart` of a synonyms file: for each, the term (of a synonym group) its first words read as, those
    words, the words that must follow them and how far apart at most."""
    found = []
    for rule in _rules(checker, node, "asked_apart", ASKED_APART_FIELDS):
        reads, within = checker.text(rule["reads"], "reads"), checker.integer(rule["within"], "within")
        if reads is not None and clean(reads) not in terms:
            checker.problem(rule["reads"], f"`reads: {reads}` in asked_apart is no synonym group's term")
        first, then = (tuple(w.value for w in checker.texts(rule[key], key)) for key in ("first", "then"))
        if reads is not None and within is not None:
            found.append((reads, first, then, within))
    return tuple(found)


def _measures(checker: Checker, fields: dict[str, yaml.Node], key: str, measures: set[str]) -> list[Located]:
    """A list of measures in a synonyms file (`local_measures`), each listed under `measures`."""
    found = checker.texts(fields[key], key) if key in fields else []
    for node in found:
        if node.value not in measures:
            checker.problem_at(node, f"`{node.value}` in {key} is not listed under `measures`")
    return found


def _regions(checker: Checker, node: yaml.Node, places: set[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The `regions` of a synonyms file: each a place and the places inside it, all listed under `places`."""
    found = []
    for item in checker.sequence(node, "regions"):
        region = checker.mapping(item, "region", REGION_FIELDS)
        if not region or "place" not in region or "within" not in region:
            continue
        place, within = checker.text(region["place"], "place"), checker.texts(region["within"], "within")
        if place is not None and place not in places:
            checker.problem(region["place"], f"region `{place}` is not listed under `places`")
        for inner in within:
            if inner.value not in places:
                checker.problem_at(inner, f"place `{inner.value}` in region `{place}` is not listed under `places`")
        if place is not None:
            found.append((place, tuple(w.value for w in within)))
    return tuple(found)
