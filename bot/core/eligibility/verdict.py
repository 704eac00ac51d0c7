"""The verdict on a `Profile`: for the level asked about, or for each level, eligible or not under which rule, or
which facts are still missing."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.core import wording
from bot.core.eligibility.rules import ABOUT, UNDER, Education, Fact, Level, Major, Profile, Regulation, Rule

MAX_RULES_SHOWN = 3  # a level still open lists the rules its missing facts choose from, when there are this few
_PREFERENCE = {True: 0, None: 1, False: 2}  # of a candidate's degrees, the verdict of the one that does best
_NO_RULE = 1000  # years: no rule at all is furthest from qualifying
_MONTHS_A_YEAR = 12


@dataclass(frozen=True, slots=True)
class LevelVerdict:
    """The verdict for one level: eligible, not, or None: the facts still missing, or (none missing) a student whom
    the notice decides."""

    level: Level
    eligible: bool | None
    rule: Rule | None
    missing: tuple[Fact, ...]
    text: str  # empty when nothing can be said yet
    years_used: bool = False  # the text weighs the years the asker stated against a rule that needs years
    by_degree: str = ""  # of several degrees, the one not the highest it was decided by (社工专业大专), as said


@dataclass(frozen=True, slots=True)
class Verdict:
    """The verdict for the level asked about, or for each level when none was named."""

    levels: tuple[LevelVerdict, ...]
    missing: tuple[Fact, ...]
    text: str
    regulations: tuple[Regulation, ...] = ()  # the rules it follows, for the footer naming their source


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
    if profile.years_asked:  # 还要工作几年: the rule's years answer it, the asker's are not asked for
        judged = tuple(replace(j, missing=tuple(f for f in j.missing if f is not Fact.YEARS)) for j in judged)
    pending = [j for j in judged if j.missing]
    needed = {fact for j in judged for fact in j.missing}
    if profile.level is None and all(j.eligible is None for j in judged):
        needed.add(Fact.LEVEL)
    missing = tuple(fact for fact in Fact if fact in needed)
    # A level still open shows the rules it depends on when it is one asked about, or when one rule is left, or
    # (no level asked, years said: 学会计的，做了3年社工，能考吗) when it is the first still open, the years to weigh
    # against them; what is still missing follows the first level still open, so the levels keep their order. A job
    # named alone (我是护士能考社工吗) gets each level's rules for other majors, then what is still missing.
    lines, years_used = [], False
    in_a_job = _in_a_job(profile)
    # A degree said alone, no level asked (听说大专不能考社工): what it asks of each major, at each level still open.
    by_major = profile.level is None and profile.major is None and profile.education is not None and not in_a_job
    # A major said alone, no level asked (社工专业呢 after the rules of every level): what each degree asks of it.
    major_only = profile.level is None and profile.education is None and profile.major is not None
    after_rules = in_a_job or by_major or major_only  # what is still missing follows every level's rules
    asking_after = pending[-1 if after_rules or profile.more_levels else 0] if pending else None
    for j in judged:
        first_open = profile.level is None and bool(profile.years) and bool(pending) and j is pending[0]
        if in_a_job:
            lines.append(_other_majors(rules, j.level, profile))
        elif by_major and j in pending and (each := _each_major(rules, j.level, profile)):
            lines.append(each)
        elif j.text and (
            j.eligible is not None or profile.level is not None or j.rule is not None or first_open or major_only
        ):
            lines.append(j.text)
            years_used = years_used or j.years_used
        if j is asking_after:
            if profile.education is None and profile.holds:  # 考过初级以后多久能考中级: what the certificate is for
                lines.extend(_held_rules(rules, profile.holds, pending))
            lines.append(_missing_line(rules, pending, named=not after_rules))
    shown = judged
    if (below := _open_below(rules, profile, judged)) is not None:  # 本科社工应届，能考中级吗: 初级 one may sit
        lines.append(below.text)
        years_used, shown = years_used or below.years_used, (*judged, below)
    if by_degree := [j for j in judged if j.by_degree]:  # 大专社工，专升本会计: which degree decides
        of = "" if len(by_degree) == len(judged) == 1 else wording.LIST_SEPARATOR.join(j.level.title for j in by_degree)
        said = wording.BY_DEGREE.format(person=_addressee(profile), levels=of, degree=by_degree[0].by_degree)
        lines.insert(0, said)
    if profile.minor:  # 主修法学，辅修社会工作: the major read, the notice decides
        lines.append(wording.MINOR.format(minor=profile.minor))
    if profile.related_major and _major_decides(rules, profile, judged):  # 心理学: 其他专业, the notice decides
        lines.append(wording.RELATED_MAJOR.format(major=profile.related_major))
    elif profile.unlisted_major and _major_decides(rules, profile, judged):  # 老年服务与管理专业: 其他专业, the notice
        lines.append(wording.UNLISTED_MAJOR.format(major=profile.unlisted_major))
    if profile.studied_abroad:  # 在香港读的社工硕士: whether that degree is recognised, no source says
        degree = wording.DEGREE_FROM.format(place=profile.studied_abroad)
        lines.append(wording.STUDIED_ABROAD.format(degree=degree))
    elif profile.resident_of and profile.education is not None:  # 我是香港人，社工本科: where it was taken, not said
        lines.append(wording.STUDIED_ABROAD.format(degree=wording.DEGREE_IF_FROM.format(place=profile.resident_of)))
    elif profile.degree_route:  # 自考本科: whether that degree is recognised, no source says
        lines.append(wording.STUDIED_ABROAD.format(degree=wording.DEGREE_BY.format(route=profile.degree_route)))
    if profile.unnamed_schooling and profile.education is not None:  # 技校: read as 高中/中专, the notice decides
        regulation = next((r.regulation.name for r in rules if r.education is profile.education), "")
        said = wording.UNNAMED_SCHOOLING.format(
            regulation=regulation, said=profile.unnamed_schooling, education=profile.education.title
        )
        lines.append(said)
    if profile.held_years is not None and profile.years is None and Fact.YEARS in needed:  # 中级拿证4年了
        lines.append(wording.HELD_NOT_WORK.format(held=profile.held_years, since=_held_since(profile)))
    if profile.years_before and (years_used or Fact.YEARS in needed):  # 做了10年会计，后来做社工
        job = wording.BEFORE_JOB.format(job=profile.job_before) if profile.job_before else ""
        said = wording.BEFORE_NOT_COUNTED.format(person=_addressee(profile), years=profile.years_before, job=job)
        lines.append(said)
    if profile.years_not_counted is not None and profile.job and years_used:  # 当了5年老师: what the rules count
        lead = wording.NOT_SOCIAL_WORK.format(
            job=profile.job, person=_addressee(profile), years=profile.years_not_counted
        )
        lines.insert(0, lead)
    if profile.other_work and (profile.unlike_job or years_used or profile.years is None):  # where the years matter
        unnamed = wording.WORK_UNNAMED.format(person=_addressee(profile))
        lines.append(job_line(profile) or wording.WORK_COUNTS.format(job=unnamed))
    if in_a_job:
        lines.insert(0, wording.JOB_NOT_ASKED)
    if profile.years_range and years_used:  # 五六年: the lower
        lines.insert(0, wording.YEARS_RANGE.format(said=profile.years_range, years=profile.years))
    if profile.years_jobs and years_used:  # 街道3年、社工机构1年: added up
        lines.insert(0, _years_added(profile))
    if profile.age_told:  # 我退休了，60岁
        lines.append(wording.NO_AGE_LIMIT)
    if profile.years_asked:  # 要干几年 after a certificate, 从什么时候算: how the years are counted
        lines.extend(_years_counted(rules, judged, every=profile.counting_asked))
    # What decides in the end (以当年官方报考通知为准) is said once, by the citation of each regulation's source that
    # the footer under the verdict gives.
    regulations = tuple(dict.fromkeys(_regulation(rules, j.level) for j in shown))
    return Verdict(judged, missing, "\n".join(lines), regulations)


def job_line(profile: Profile) -> str:
    """Of another job than social work named (我是老师, 在养老院做护工), what the rules count as social work and that
    the review decides whether it counts (and of one plainly not social work, that if not, its years do not); empty
    when no such job is named."""
    if not (profile.other_work and profile.job):
        return ""
    if profile.unlike_job:  # 我是老师能考吗: its years would not count
        return wording.JOB_NOT_SOCIAL_WORK.format(job=profile.job)
    return wording.WORK_COUNTS.format(job=wording.WORK_NAMED.format(job=profile.job))


def _years_counted(rules: Sequence[Rule], judged: Sequence[LevelVerdict], *, every: bool) -> list[str]:
    """How the rules of the levels judged that ask years of work count them: from the certificate a rule asks first,
    when every rule of the level left open asks it (高级: after the 社会工作师 certificate), to the end of the
    registration year; the levels that count them alike in one line. Only of the levels that count them from a
    certificate unless `every` (how they count asked: 从什么时候算)."""
    by_start: dict[str, list[str]] = {}
    for j in judged:
        candidates = [j.rule] if j.rule is not None else [r for r in rules if r.level is j.level]
        if not any(r.total_years for r in candidates):
            continue
        required = {r.requires for r in candidates}
        certificate = required.pop() if len(required) == 1 else None
        after = wording.COUNTED_AFTER.format(certificate=certificate.title) if certificate is not None else ""
        if not (after or every):
            continue
        by_start.setdefault(after, []).append(j.level.title)
    return [
        wording.YEARS_COUNTED.format(levels=wording.LIST_SEPARATOR.join(levels), after=after)
        for after, levels in by_start.items()
    ]


def _open_below(rules: Sequence[Rule], profile: Profile, judged: Sequence[LevelVerdict]) -> LevelVerdict | None:
    """When the one level asked is out of reach for now, not by a shortfall of years but by the education, a
    certificate to hold first or no years of work yet (本科社工应届毕业，能考中级吗), the verdict of the highest level
    below it that the asker may sit and holds no certificate of or above (初级), else None."""
    if profile.level is None or profile.more_levels or [j.eligible for j in judged] != [False]:
        return None
    rule, unworked, held = judged[0].rule, profile.years == 0 and not profile.years_floored, profile.holds or ()
    if not (rule is None or (rule.requires is not None and rule.requires not in held) or unworked):
        return None
    levels = list(Level)
    lowest = max((levels.index(level) + 1 for level in held), default=0)  # 有中级证: not 初级
    below = levels[lowest : levels.index(profile.level)]
    sitting = (j for level in reversed(below) if (j := _judge(rules, level, profile)).eligible)
    return next(sitting, None)


def _in_a_job(profile: Profile) -> bool:
    """Whether a profile names a job and nothing of the schooling or the years (我是护士能考社工吗, 会计能考吗): the
    verdict gives the rules for other majors than social work, and asks for the rest."""
    unschooled = profile.education is None and profile.major is not Major.SOCIAL_WORK
    return bool(profile.job) and profile.years is None and unschooled


def _other_majors(rules: Sequence[Rule], level: Level, profile: Profile) -> str:
    """The rules of a level for other majors than social work, in one sentence (按2006年规定，高中/中专报考助理社会工作
    师需…；其他专业大专…): those that add years for other majors (2006 item 6) said as one, by the lowest degree
    they admit."""
    ours = [r for r in rules if r.level is level and r.major is not Major.SOCIAL_WORK]
    said = _sentences([r for r in ours if not r.extra_years], profile)
    return f"{said}；{extra}。" if (extra := _extra_years_rule(ours, level)) else f"{said}。"


def _each_degree(rules: Sequence[Rule], level: Level, profile: Profile) -> str:
    """What each degree asks to sit a level, in one sentence, for a degree not said (没有工作经验能考中级吗): for each
    degree and major (the one said, else each) the rule asking the fewest years, named by the degrees it is the best
    rule for (社工专业本科及以上, 社工专业大专), fewest years first; with both majors, those that add years for other
    majors (2006 item 6) said as one."""
    ours = [r for r in rules if r.level is level]
    majors = tuple(Major) if profile.major is None else (profile.major,)
    best: dict[Rule, set[Education]] = {}
    for education, major in itertools.product(Education, majors):
        rule = best_rule(ours, level, Profile(education=education, major=major, holds=frozenset(Level)))
        if rule is not None and not (rule.extra_years and len(majors) > 1):
            best.setdefault(rule, set()).add(education)
    by_years = sorted(best.items(), key=lambda item: (item[0].total_years, item[0].education))
    said = _rules_said([(rule, _major_of(rule) + _degrees_said(min(es), len(es) > 1)) for rule, es in by_years])
    extra = _extra_years_rule(ours, level) if len(majors) > 1 else ""
    return f"{said}；{extra}" if extra else said


def _extra_years_rule(rules: Sequence[Rule], level: Level) -> str:
    """The rules of a level that add years for other majors (2006 item 6), as one sentence by the lowest degree they
    admit (其他专业大专及以上报考社会工作师，所需从事社会工作的年限比社工专业多2年); empty when there are none."""
    added = min((r for r in rules if r.level is level and r.extra_years), key=lambda r: r.education, default=None)
    if added is None:
        return ""
    who = wording.WHO_MAJOR[Major.OTHER.title] + _degrees_said(added.education, added.or_higher)
    return wording.EXTRA_YEARS_RULE.format(who=who, level=level.title, extra=added.extra_years)


def _each_major(rules: Sequence[Rule], level: Level, profile: Profile) -> str:
    """What the degree said asks to sit a level, for each major, in one sentence, when the major is not said (听说大专
    不能考社工: 社工专业大专满2年，其他专业大专满4年), or "" when the degree opens no rule of the level."""
    ours = [r for r in rules if r.level is level]
    said = dict.fromkeys(  # a rule for any major once (高中/中专)
        (rule, _major_of(rule) + _degrees_said(profile.education, False))
        for major in Major
        if profile.education is not None
        and (rule := best_rule(ours, level, replace(profile, major=major, holds=frozenset(Level)))) is not None
    )
    return f"{_rules_said(list(said))}。" if said else ""


def _degrees_said(education: Education, or_higher: bool) -> str:
    """A degree, or that degree and those above it (本科及以上)."""
    return education.title + (wording.OR_HIGHER if or_higher else "")


def _judge(rules: Sequence[Rule], level: Level, profile: Profile) -> LevelVerdict:
    """The verdict by the degree that does best: eligible, else still open, else the one closest to a rule. Beside a
    degree held, one still studied for whose major is not said is not weighed (专升本在读，大专学的社工: the 大专)."""
    degrees = profile.each_degree()
    if not all(p.studying for p in degrees):
        degrees = tuple(p for p in degrees if not (p.studying and p.major is None))
    judged = [_as_student(rules, level, p) if p.studying else _judge_one(rules, level, p) for p in degrees]
    best = min(judged, key=_rank)
    held = [j for j, p in zip(judged, degrees, strict=True) if not p.studying]
    if best.eligible is None and not best.missing and degrees[judged.index(best)].studying and held:
        # a student's route is not open yet: the verdict by a degree already held follows it (研究生在读，本科…)
        also = min(held, key=_rank)
        text = "\n".join(t for t in (best.text, also.text) if t)
        return replace(best, missing=also.missing, text=text, years_used=best.years_used or also.years_used)
    if best is not judged[0] and _rank(best) < _rank(judged[0]) and not degrees[0].studying:  # 大专社工，专升本会计
        by = degrees[judged.index(best)]
        major = wording.WHO_MAJOR[by.major.title] if by.major is not None else ""
        return replace(best, by_degree=f"{major}{by.education.title}" if by.education is not None else "")
    return best


def _major_decides(rules: Sequence[Rule], profile: Profile, judged: Sequence[LevelVerdict]) -> bool:
    """Whether the verdict of a level would differ if the majors read as 其他专业 were social work."""
    as_social_work = replace(
        profile,
        major=Major.SOCIAL_WORK if profile.major is Major.OTHER else profile.major,
        other_degrees=tuple((e, Major.SOCIAL_WORK if m is Major.OTHER else m) for e, m in profile.other_degrees),
    )
    for j in judged:
        other = _judge(rules, j.level, as_social_work)
        if not (j.eligible and other.eligible) and (other.eligible, other.missing, other.rule, other.text) != (
            j.eligible,
            j.missing,
            j.rule,
            j.text,
        ):
            return True
    return False


def _rank(judged: LevelVerdict) -> tuple[int, int]:
    return _PREFERENCE[judged.eligible], judged.rule.total_years if judged.rule else _NO_RULE


def _as_student(rules: Sequence[Rule], level: Level, profile: Profile) -> LevelVerdict:
    """A student does not hold the degree yet: the rule it leads to is named and no verdict says 可以报考; for a rule
    that names new graduates, the notice decides. A major not said (大三): the rule of each major, as a student's; no
    degree said (还没毕业): what each degree asks, and what the regulation says of students."""
    graduated = _judge_one(rules, level, replace(profile, studying=False))
    if graduated.eligible is False:
        return graduated
    if profile.education is None:
        students = _regulation(rules, level).students
        easiest = min((r for r in rules if r.level is level), key=lambda r: r.total_years)
        text = "。\n".join(said for said in (_each_degree(rules, level, profile), students) if said)
        return LevelVerdict(level, None, easiest, (), f"{text}。")
    if profile.major is None:
        each = [_as_student(rules, level, replace(profile, major=major)) for major in Major]
        best = min(each, key=_rank)
        return replace(
            best,
            eligible=None if any(j.eligible is None for j in each) else False,
            missing=tuple(fact for fact in Fact if any(fact in j.missing for j in each)),
            text="\n".join(dict.fromkeys(j.text for j in each if j.text)),
            years_used=any(j.years_used for j in each),
        )
    rule = graduated.rule
    if rule is None:
        return graduated
    said = (wording.STUDYING_GRADUATES if rule.graduates else wording.STUDYING).format(
        graduates=rule.graduates, person=_addressee(profile)
    )
    return LevelVerdict(level, None, rule, (), f"{_sentence(rule, profile=profile)}；{said}。")


def _judge_one(rules: Sequence[Rule], level: Level, profile: Profile) -> LevelVerdict:
    """Tries every value of the unknown facts: the verdict stands when all of them agree."""
    best = {completion: best_rule(rules, level, completion) for completion in _completions(profile)}
    outcomes = {False if _skipped(rule, profile) else _outcome(rule, profile) for rule in best.values()}
    found = [rule for rule in best.values() if rule is not None]
    stated = profile.years is not None
    if outcomes == {True}:
        rule = max(found, key=lambda r: r.total_years)  # the strictest rule any reading of the facts needs
        everyone = rule.regulation.everyone
        also = wording.EVERYONE.format(regulation=rule.regulation.name, everyone=everyone) if everyone else ""
        said = f"{_sentence(rule, profile=profile)}；{_added_on(profile)}{_status(rule, profile, True)}。{also}"
        return LevelVerdict(level, True, rule, (), said, stated and rule.total_years > 0)
    if outcomes == {False}:
        closest = min(found, key=lambda r: r.total_years, default=None)
        if closest is None:
            return LevelVerdict(level, False, None, (), f"{_barrier(rules, level, profile)}。")
        readings = sorted(set(found), key=lambda r: (r.total_years, r.item))  # one rule per reading of unknown facts
        if 1 < len(readings) <= MAX_RULES_SHOWN and all(r.requires is None for r in readings):
            gaps = _gaps(readings, profile) if profile.years_asked else ""  # 还差几年: each rule's gap
            short = _short(profile, None, closest.total_years) + gaps
            text = f"{_sentences(readings, profile)}；{_added_on(profile)}{short}。"
            return LevelVerdict(level, False, closest, (), text, stated)
        if closest.requires is not None and profile.holds is None:  # 想直接考高级: the certificate is what is missing
            first = wording.CERTIFICATE_FIRST.format(certificate=closest.requires.title, total=closest.total_years)
            if profile.held_years is not None:  # 拿证4年了: a certificate of no level said, held too short anyway
                first = wording.HELD_UNNAMED.format(
                    person=_addressee(profile),
                    certificate=closest.requires.title,
                    total=closest.total_years,
                    held=profile.held_years,
                    year_end=_year_end(profile),
                )
            return LevelVerdict(level, False, closest, (), f"{_sentence(closest, profile=profile)}；{first}。")
        said = f"{_sentence(closest, profile=profile)}；{_added_on(profile)}{_status(closest, profile, False)}。"
        return LevelVerdict(level, False, closest, (), said, stated and closest.total_years > 0)
    # With the years known, a fact is missing when it could change whether the years are enough (没有工作经验: the
    # certificate a rule of 6 years asks does not matter); else when it could change the rule, whose years are asked.
    decides = {c: _outcome(rule, c) for c, rule in best.items()} if stated else best
    missing = [fact for fact, name, _ in _OPEN_FIELDS if getattr(profile, name) is None and _matters(name, decides)]
    if None in outcomes:
        missing.append(Fact.YEARS)
    rules_left = set(best.values())
    only = rules_left.pop() if len(rules_left) == 1 else None
    candidates = sorted(set(found), key=lambda r: (r.total_years, r.item))  # the rules the missing facts choose from
    shown = candidates if len(candidates) <= MAX_RULES_SHOWN else []
    used = stated and any(r.total_years > 0 for r in candidates)
    said = _sentences(shown, profile) if shown else ""
    if not shown and profile.education is None:  # 没有工作经验能考中级吗: what each degree asks
        said = _each_degree(rules, level, profile)
    return LevelVerdict(level, None, only, tuple(missing), f"{said}。" if said else "", used)


def _held_rules(rules: Sequence[Rule], holds: frozenset[Level], pending: Sequence[LevelVerdict]) -> list[str]:
    """For each level still open, the rule a certificate held is a condition of, when other rules of the level do
    without it: who needs it first, and that the rest need none."""
    lines = []
    for j in pending:
        of_level = [r for r in rules if r.level is j.level]
        held = next((r for r in of_level if r.requires in holds), None)
        without = [r.education for r in of_level if r.requires is None]
        if held is not None and held.requires is not None and without:
            lines.append(
                wording.HELD_RULE.format(
                    regulation=held.regulation.name,
                    held=held.requires.title,
                    education=held.education.title,
                    level=j.level.title,
                    years=held.total_years,
                    others=f"{min(without).title}及以上",
                )
            )
    return lines


def _missing_line(rules: Sequence[Rule], pending: Sequence[LevelVerdict], *, named: bool = True) -> str:
    """Which facts the levels still open need, under which regulations (`named`; else after the lines that name
    them, each level's rules)."""
    facts = wording.LIST_SEPARATOR.join(f.value for f in Fact if any(f in j.missing for j in pending))
    if not named:
        return wording.MISSING_AFTER_RULES.format(facts=facts)
    return wording.MISSING.format(
        regulations=wording.AND.join(dict.fromkeys(_regulation(rules, j.level).name for j in pending)),
        levels=wording.LIST_SEPARATOR.join(j.level.title for j in pending),
        facts=facts,
    )


def _completions(profile: Profile) -> list[Profile]:
    """The profile with its unknown education, major and certificates filled in every possible way."""
    fields = [(name, values) for _, name, values in _OPEN_FIELDS]
    names = [name for name, _ in fields]
    options = [(getattr(profile, name),) if getattr(profile, name) is not None else values for name, values in fields]
    return [replace(profile, **dict(zip(names, combo, strict=True))) for combo in itertools.product(*options)]


def best_rule(rules: Iterable[Rule], level: Level, profile: Profile) -> Rule | None:
    """The rule of the level that asks the fewest years of a fully known profile, if any covers it."""
    return min((r for r in rules if r.level is level and r.covers(profile)), key=lambda r: r.total_years, default=None)


def _outcome(rule: Rule | None, profile: Profile) -> bool | None:
    if rule is None or _held_too_short(rule, profile):
        return False
    if rule.total_years == 0:
        return True
    return None if profile.years is None else profile.years >= rule.total_years


def _skipped(rule: Rule | None, profile: Profile) -> bool:
    """Whether a rule asks for a certificate that a level asked as sat directly (能直接考高级吗) goes without."""
    return profile.directly and profile.holds is None and rule is not None and rule.requires is not None


def _held_too_short(rule: Rule, profile: Profile) -> bool:
    """Whether the certificate a rule counts the years from was obtained less than those years ago."""
    held = profile.held_years
    return rule.requires is not None and held is not None and held < rule.total_years


def _matters(name: str, decides: Mapping[Profile, object]) -> bool:
    """Whether knowing one fact could change what the readings of the facts decide (the rule that applies, or whether
    the years are enough)."""
    groups: dict[Profile, set[object]] = {}
    unknown: dict[str, Any] = {name: None}
    for completion, decided in decides.items():
        groups.setdefault(replace(completion, **unknown), set()).add(decided)
    return any(len(decided) > 1 for decided in groups.values())


def _regulation(rules: Sequence[Rule], level: Level) -> Regulation:
    return next(r.regulation for r in rules if r.level is level)


def _sentences(rules: Sequence[Rule], profile: Profile) -> str:
    """What several rules of one regulation ask, in one sentence that names the regulation once; rules of one level
    asking the same are said as one (高中/中专、其他专业大专报考助理社会工作师需从事社会工作满4年)."""
    return _rules_said([(rule, _who(rule, profile)) for rule in rules])


def _rules_said(rules: Sequence[tuple[Rule, str]]) -> str:
    """What rules of one regulation ask, each with whom it admits, as `_sentences` says them."""
    alike: dict[tuple[Level, str], list[str]] = {}
    for rule, who in rules:
        alike.setdefault((rule.level, _needs(rule)), []).append(who)
    return "；".join(
        (wording.RULE if number == 0 else wording.RULE_ALSO).format(
            regulation=rules[0][0].regulation.name, who=wording.LIST_SEPARATOR.join(who), level=level.title, needs=needs
        )
        for number, ((level, needs), who) in enumerate(alike.items())
    )


def _sentence(rule: Rule, *, profile: Profile) -> str:
    """What a rule asks (按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年…)."""
    return _sentences([rule], profile)


def _who(rule: Rule, profile: Profile) -> str:
    """Whom a rule admits (其他专业本科及以上); for a degree "or higher", the asker's degree when known (其他专业大专,
    not 大专及以上: a bachelor's asks fewer years)."""
    education = profile.education if rule.or_higher else None
    said = education.title if education is not None else _degrees_said(rule.education, rule.or_higher)
    return _major_of(rule) + said


def _major_of(rule: Rule) -> str:
    """The major a rule admits, as whom it admits is said (社工专业, 其他专业; none for any major)."""
    return wording.WHO_MAJOR[rule.major.title] if rule.major is not None else ""


def _needs(rule: Rule) -> str:
    """What a rule asks of whom it admits: years of social work (after a certificate), or none."""
    if rule.total_years == 0 and rule.requires is None:
        return wording.NEEDS_NOTHING
    after = wording.NEEDS_AFTER.format(certificate=rule.requires.title) if rule.requires is not None else ""
    extra = wording.NEEDS_EXTRA.format(base=rule.years, extra=rule.extra_years) if rule.extra_years else ""
    return wording.NEEDS_YEARS.format(after=after, years=rule.total_years, extra=extra)


def _short(profile: Profile, gap: int | None = None, total: int = 0) -> str:
    """Short of a rule by `gap` years (of `total`), or (None) of every rule the unknown facts could choose (`total`:
    the fewest years any of them asks), with no one gap; years said with a part of a year (两年半) are short by less
    than the gap, and may reach the rule by the end of the registration year, up to which the source counts them,
    when less than a year is missing: else not even by then."""
    years = profile.years or 0
    person = _addressee(profile)
    if profile.years_from:
        said = (wording.SHORT_FROM_ANY if gap is None else wording.SHORT_FROM).format(
            counted=_counted(profile), gap=wording.GAP.format(gap=gap)
        )
        return said
    if profile.years_not_counted is not None:  # 当了5年老师, 毕业3年一直没做社工
        not_counted = (wording.NOT_COUNTED_JOB if profile.job else wording.NOT_COUNTED_NONE).format(
            job=profile.job, years=profile.years_not_counted, person=person
        )
        said = wording.SHORT_NOT_COUNTED_ANY if gap is None else wording.SHORT_NOT_COUNTED
        return said.format(not_counted=not_counted, person=person, gap=wording.GAP.format(gap=gap))
    if profile.years_short:  # 不到2年, 快2年: not at the number said yet
        return _short_of_said(profile, total, gap is None)
    if profile.years_by_year_end:  # 到今年年底就满3年
        said = wording.SHORT_YEAR_END_ANY if gap is None else wording.SHORT_YEAR_END
        return said.format(person=person, years=years, gap=wording.GAP.format(gap=gap))
    if profile.since_graduating:
        one, every = wording.SHORT_SINCE, wording.SHORT_SINCE_ANY
    elif years == 0 and not profile.years_floored:
        one, every = wording.SHORT_NONE, wording.SHORT_NONE_ANY
    else:
        one, every = wording.SHORT, wording.SHORT_ANY
    months = total * _MONTHS_A_YEAR - profile.months if profile.months is not None and gap is not None else None
    if months is not None and months > 0:  # 1年10个月: 还差2个月; 两年半, of 4: 还差1年6个月
        short = months_said(months)
    else:
        short = (wording.GAP_PART if profile.years_floored else wording.GAP).format(gap=gap)
    said = (every if gap is None else one).format(said=_said(profile), gap=short, person=person)
    if not profile.years_floored:
        return said
    if total - years > 1:  # 做了半年, 2年: not even by the end of the year
        return said + wording.YEAR_END_FAR.format(total=total)
    return said + (wording.YEAR_END_ANY if gap is None else wording.YEAR_END.format(total=total))


def _gaps(readings: Sequence[Rule], profile: Profile) -> str:
    """How many more years each rule the unknown facts could choose asks (社工专业大专还差1年，其他专业大专还差3年),
    of whole years said plainly; else empty (`_short` says why no one gap is worked out)."""
    plain = not (profile.years_floored or profile.years_short or profile.years_by_year_end or profile.years_from)
    if not plain or profile.since_graduating or profile.years_not_counted is not None:
        return ""
    years = profile.years or 0
    gaps = (
        wording.GAP_BY_RULE.format(who=_who(rule, profile), gap=wording.GAP.format(gap=rule.total_years - years))
        for rule in readings
    )
    return wording.GAPS_BY_RULE.format(gaps="，".join(gaps))


def months_said(months: int) -> str:
    """A time said to the month: 6个月, 1年6个月, 2年."""
    years, part = divmod(months, _MONTHS_A_YEAR)
    if not years:
        return wording.GAP_MONTHS.format(months=part)
    return wording.YEARS_MONTHS.format(years=years, months=part) if part else wording.GAP.format(gap=years)


def _short_of_said(profile: Profile, total: int, every: bool) -> str:
    """Short of a rule asking `total` years (of every rule: `every`, `total` the fewest), the years said short of
    their number (不到2年, 快2年): that number is not reached yet; when the rule asks just that many, reaching them by
    the end of the registration year decides, else not even by then. Years said roughly: `_short_of_about`."""
    reached = (profile.years or 0) + 1  # the number said
    if profile.years_short == ABOUT:  # 差不多5年: maybe that number, maybe not quite
        return _short_of_about(profile, total, every)
    if profile.years_short == UNDER:  # 不到2年: the words said already say the number is not reached
        below = wording.UNDER_ANY if every else wording.UNDER_SAID
    else:
        below = wording.SHORT_BELOW_ANY if every else wording.SHORT_BELOW
    said = below.format(person=_addressee(profile), said=profile.years_said, reached=reached)
    if total > reached:
        more = "" if every else wording.SHORT_BELOW_MORE.format(total=total, more=total - reached)
        return said + more + wording.YEAR_END_FAR.format(total=total)
    return said + (wording.YEAR_END_ANY if every else wording.YEAR_END_BELOW.format(total=total))


def _short_of_about(profile: Profile, total: int, every: bool) -> str:
    """Short of a rule asking `total` years (of every rule: `every`, `total` the fewest), the years said roughly (差不多
    5年, 五年左右): when the rule asks just their number, whether they are full by the end of the registration year
    decides; else about as many more as the difference are missing, which the end of the year may bridge when it is
    one."""
    person, said, reached = _addressee(profile), profile.years_said, (profile.years or 0) + 1
    if total <= reached:
        full = wording.ABOUT_FULL_ANY if every else wording.ENOUGH_UNDER
        return full.format(person=person, said=said, total=total)
    below = wording.ABOUT_BELOW_ANY if every else wording.ABOUT_BELOW
    short = below.format(person=person, said=said, total=total, gap=total - reached)
    if total - reached > 1:
        return short + wording.YEAR_END_FAR.format(total=total)
    return short + (wording.YEAR_END_ANY if every else wording.YEAR_END_BELOW.format(total=total))


def _said(profile: Profile) -> str:
    """The years as said: 3年, or 两年半 when they are not whole."""
    return profile.years_said or wording.GAP.format(gap=profile.years or 0)


def _status(rule: Rule, profile: Profile, eligible: bool) -> str:
    years = profile.years or 0
    person = _addressee(profile)
    if rule.requires is not None and _held_too_short(rule, profile):
        held = profile.held_years
        return wording.SHORT_HELD.format(
            total=rule.total_years,
            certificate=rule.requires.title,
            held=held,
            person=person,
            year_end=_year_end(profile),
        )
    if rule.requires is not None and profile.years is not None and rule.total_years and not profile.years_after:
        none = years == 0 and not profile.years_floored
        after = wording.ENOUGH_AFTER if eligible else wording.SHORT_AFTER_NONE if none else wording.SHORT_AFTER
        said = after.format(
            total=rule.total_years,
            certificate=rule.requires.title,
            said=(wording.THESE if profile.years_from or profile.years_added else wording.YOURS).format(
                years=_said(profile), person=person
            ),
            counted=wording.COUNTED if profile.other_work else "",
            person=person,
        )
        floored = profile.years_floored and not eligible
        counted = f"{_counted(profile)}；" if profile.years_from else ""
        return counted + said + (wording.YEAR_END.format(total=rule.total_years) if floored else "")
    if not eligible:
        return _short(profile, rule.total_years - years, rule.total_years)
    if rule.total_years == 0 or profile.years is None:
        return wording.ELIGIBLE
    if profile.years_short == UNDER:  # 不到3年, for a rule of 2: at most that many, maybe fewer
        return wording.ENOUGH_UNDER.format(person=person, said=profile.years_said, total=rule.total_years)
    if profile.years_short:  # 快5年, 差不多5年, for a rule of 4: as said, never as 4年 (a figure not said)
        uncertain = profile.other_work or profile.since_graduating
        enough = wording.ENOUGH_SAID_IF_COUNTED if uncertain else wording.ENOUGH_SAID
        return enough.format(person=person, said=profile.years_said, total=rule.total_years)
    if profile.years_by_year_end and not profile.other_work:  # 到今年年底就满4年
        return wording.ENOUGH_YEAR_END.format(person=person, years=years)
    if profile.since_graduating:
        return wording.ENOUGH_SINCE.format(years=years, person=person)
    if profile.years_from:
        enough = wording.ENOUGH_FROM_IF_COUNTED if profile.other_work else wording.ENOUGH_FROM
        return enough.format(counted=_counted(profile), years=years, person=person)
    if profile.years_jobs and profile.other_work:
        return _enough_in_part(rule, profile)
    enough = wording.ENOUGH_IF_COUNTED if profile.other_work else wording.ENOUGH
    return enough.format(years=profile.years_said or f"{years}年", person=person)  # 一年半 as said, not 1年


def _years_added(profile: Profile) -> str:
    """The years of several jobs told, each as said, and their sum."""
    parts = wording.LIST_SEPARATOR.join(
        wording.JOB_YEARS.format(job=part.job or wording.SOCIAL_WORK_JOB, said=part.said) for part in profile.years_jobs
    )
    return wording.YEARS_ADDED.format(person=_addressee(profile), parts=parts, years=_said(profile))


def _enough_in_part(rule: Rule, profile: Profile) -> str:
    """Enough years for a rule when the years of several jobs are added up, some of them of jobs that may not count
    as social work: enough by those said to be social work alone, or only if the others count too."""
    person = _addressee(profile)
    sure = [part for part in profile.years_jobs if part.social]
    if not sure:
        return wording.ENOUGH_IF_COUNTED.format(years=f"{profile.years}年", person=person)
    if (years := sum(part.years for part in sure)) >= rule.total_years:
        jobs = wording.LIST_SEPARATOR.join(dict.fromkeys(part.job or wording.SOCIAL_WORK_JOB for part in sure))
        return wording.ENOUGH_SURE.format(jobs=jobs, sure=years, total=rule.total_years, person=person)
    unsure = wording.LIST_SEPARATOR.join(
        wording.UNSURE_YEARS.format(job=part.job, said=part.said) for part in profile.years_jobs if not part.social
    )
    return wording.ENOUGH_IF_PART_COUNTED.format(unsure=unsure, years=profile.years, person=person)


def _added_on(profile: Profile) -> str:
    """How years more added in a follow-up (明年呢) were counted: 按你说的5年再加1年，共6年；, else nothing."""
    if not profile.years_added:
        return ""
    years, person, added = profile.years or 0, _addressee(profile), profile.years_added
    if profile.years_before_held is not None:
        return wording.YEARS_BEFORE_HELD.format(person=person, told=profile.years_before_held, added=added)
    said = wording.YEARS_ADDED_HELD if profile.added_to_held else wording.YEARS_ADDED_ON
    return said.format(person=person, told=years - added, added=added, years=years)


def _counted(profile: Profile) -> str:
    """How years counted from a year said were counted: 按2019年毕业后一直从事社会工作算，到今年年底满7年."""
    work = wording.WORK_ANY if profile.other_work else wording.WORK_SOCIAL
    return wording.COUNTED_FROM.format(
        since=profile.years_from, work=work, years=profile.years or 0, year_end=_year_end(profile)
    )


def _year_end(profile: Profile) -> str:
    """The end of the year years from a year said are counted to: this year's, or that of the year sat in."""
    return wording.THIS_YEAR_END if profile.counted_to is None else wording.YEAR_END_OF.format(year=profile.counted_to)


def _held_since(profile: Profile) -> str:
    """How the years a certificate was held are counted: since it was obtained, or to the end of the year sat in."""
    return wording.HELD_SINCE if profile.counted_to is None else wording.HELD_TO.format(year_end=_year_end(profile))


def _addressee(profile: Profile) -> str:
    """Whom the verdict addresses: the person the details are of, else the asker."""
    return profile.person or wording.YOU


def _barrier(rules: Sequence[Rule], level: Level, profile: Profile) -> str:
    """Why no rule of the level can apply: a certificate not held, or too little education."""
    ours = [r for r in rules if r.level is level]
    certified = [dataclasses.replace(c, holds=frozenset(Level)) for c in _completions(profile)]
    uncertified = [r for r in ours if r.requires is not None and any(r.covers(c) for c in certified)]
    if uncertified:
        rule = min(uncertified, key=lambda r: r.total_years)
        said = _sentence(rule, profile=profile)
        return f"{said}；{wording.NO_CERTIFICATE.format(certificate=(rule.requires or level).title)}"
    lowest = min(ours, key=lambda r: r.education)
    return wording.EDUCATION_TOO_LOW.format(
        regulation=lowest.regulation.name,
        level=level.title,
        education=lowest.education.title,
        yours=profile.education.title if profile.education is not None else "",
    )
