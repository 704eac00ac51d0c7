"""What a follow-up to a verdict (那中级呢, 要是5年呢, 我是大专) swaps in the details asked before."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.core.eligibility.rules import Profile


def levels_only(profile: Profile) -> bool:
    """Whether a profile names levels and nothing else, read from a message that says more (中级社工报名费多少), not
    from a follow-up in its own words (`follows`: 中级？, 那中级呢)."""
    bare = replace(profile, level=None, more_levels=(), oneself=False, years_added=0)
    return profile.level is not None and bare == Profile()


def swapped(before: Profile, after: Profile) -> Profile:
    """The details before with those a follow-up gives in their place: a degree (with its major, else the one said
    before; still studied for, after a student's words naming none), a major, years (of the work said before, unless
    the follow-up names it) or years more (再干一年呢, 明年呢: added to whole years of work told before), a certificate,
    a level; the years a rule asks, asked (还差几年). The details of another person than before (我老婆呢 她大专…,
    then 那我呢 本科…) are theirs alone, of the level asked before unless they name one."""
    if after.person != before.person and (after.person or after.oneself):
        return after if after.level is not None else replace(after, level=before.level, more_levels=before.more_levels)
    changed: dict[str, Any] = {
        "years_asked": before.years_asked or after.years_asked,
        "counting_asked": before.counting_asked or after.counting_asked,
    }
    if after.level is not None:
        changed |= {"level": after.level, "more_levels": after.more_levels}
    if after.education is not None:  # a student who named no degree (还没毕业) is studying for the one now named
        studying = after.studying or (before.studying and before.education is None)
        changed |= {"education": after.education, "other_degrees": after.other_degrees, "studying": studying}
    if after.major is not None or after.education is not None:
        changed["major"] = after.major if after.major is not None else before.major
    if after.major is not None:  # a major named afresh: what the verdict says of it (心理学, 老年服务与管理) with it
        changed |= {"related_major": after.related_major, "unlisted_major": after.unlisted_major}
    if after.years is not None and _swaps_held_years(before, after):
        changed["held_years"] = after.years  # 要是5年呢 after 拿到中级证3年: the certificate's age the verdict was on
    elif after.years is not None:
        fields = (
            *("years", "years_floored", "years_said", "years_range", "years_short", "years_by_year_end", "months"),
            *("years_not_counted", "years_from", "years_after", "since_graduating", "years_added"),
        )
        changed |= {name: getattr(after, name) for name in fields}
        if not after.other_work or after.job or not after.years:  # the work named (做了5年社工), or none at all
            changed |= {"other_work": after.other_work, "job": after.job}
    elif after.years_added and _adds_to_held(before):  # 拿到中级两年了, then 再干三年呢: to the years held
        held = (before.held_years or 0) - (before.years_added if before.added_to_held else 0)
        years = held + after.years_added
        changed |= {"years": years, "held_years": years, "years_added": after.years_added, "added_to_held": True}
        changed |= {"years_after": True, "other_work": True}
    elif after.years_added and _newly_held(before, after):  # 做了四年, then 我已经有助理证了，再做两年呢
        told = before.years_before_held if before.years_before_held is not None else before.years
        changed |= {"years": after.years_added, "years_added": after.years_added, "years_before_held": told}
        changed |= {"years_after": True}
    elif after.years_added and _adds_to(before):
        told = (before.years or 0) - before.years_added  # 明年呢, then 后年呢: each added to the years told
        changed |= {"years": told + after.years_added, "years_added": after.years_added}
    if after.holds is not None:
        changed["holds"] = after.holds
    if after.held_years is not None:
        changed["held_years"] = after.held_years
    return replace(before, **changed)


def _swaps_held_years(before: Profile, after: Profile) -> bool:
    """Whether a follow-up's bare years (要是5年呢) swap the certificate's age: the details before gave that age and no
    years of work, and the follow-up names no job or certificate of its own."""
    bare = after.held_years is None and after.holds is None and not after.job
    return bare and before.held_years is not None and before.years is None


def _adds_to(before: Profile) -> bool:
    """Whether years more (再干一年呢) can be added to the years of work told before: whole years of work, said as
    such (not 两年多, 快2年, 到今年年底就满4年, counted from a year, since graduating, of several jobs, or not
    counted)."""
    said_plainly = not (before.years_floored or before.years_short or before.years_by_year_end or before.years_from)
    counted = before.years_not_counted is None and not before.since_graduating and not before.years_jobs
    return before.years is not None and said_plainly and counted


def _adds_to_held(before: Profile) -> bool:
    """Whether years more (再干三年呢) are added to the years a certificate was held, no years of work told, for a
    verdict on one level (能考高级吗): of the levels that count no certificate's years, they are not work."""
    held = before.added_to_held or (before.held_years is not None and before.years is None)
    return held and before.level is not None and not before.more_levels


def _newly_held(before: Profile, after: Profile) -> bool:
    """Whether a follow-up names a certificate not held before with years more (我已经有助理证了，再做两年呢) after
    years of work told without one: those years came before it, and only the years more count as after it."""
    if before.years_before_held is not None:
        return after.holds is None or after.holds == before.holds
    new = after.holds is not None and not after.holds <= (before.holds or frozenset())
    return new and before.years is not None and not before.years_after and not before.years_added
