"""Whether one level must be held before another is sat (高级社工是不是要先考中级): the yes or no the eligibility
rules give, to open the answer with."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core import wording
from bot.core.eligibility.rules import Level, Rule


def held_first(asked: Level, held: Level, rules: Sequence[Rule], skipping: bool | None) -> str:
    """The line opening an answer on `asked` to a question whether `held` must be held first: yes when every rule of
    `asked` requires it, not always when some do (naming their educations), no when none does (naming the level
    every rule requires instead, if one does: 高级要先考初级吗: 不是, but 社会工作师); turned round for one asking
    whether it may be sat without (`skipping`: 没有中级证能考高级吗: 不能); for one asking neither (`skipping` None),
    only a rule every way in has, without a yes or no; empty when no rule is of `asked`."""
    of_level = [rule for rule in rules if rule.level is asked]
    if not of_level:
        return ""
    requiring = [rule for rule in of_level if rule.requires is held]
    said = {"name": _names(of_level), "level": asked.title, "held": held.title}
    if len(requiring) == len(of_level):
        answer = "" if skipping is None else (wording.SKIPPING_NO if skipping else wording.HELD_FIRST_YES)
        return wording.HELD_FIRST_ALWAYS.format(**said, answer=answer, years=_years(requiring))
    if skipping is None:  # 有初级证了，还有必要考中级吗: no question of holding it first
        return ""
    if requiring:
        educations = "、".join(dict.fromkeys(rule.education.title for rule in requiring))
        return wording.HELD_FIRST_SOMETIMES.format(**said, educations=educations)
    answer = wording.SKIPPING_YES if skipping else wording.HELD_FIRST_NO
    line = wording.HELD_FIRST_NEVER.format(**said, answer=answer)
    other = {rule.requires for rule in of_level}
    if len(other) == 1 and (instead := other.pop()) is not None:  # 不考初级能考高级吗: 可以, but the intermediate first
        line = line.rstrip("。") + wording.HELD_FIRST_INSTEAD.format(instead=instead.title, years=_years(of_level))
    return line


def sat_together(lower: Level, higher: Level, rules: Sequence[Rule]) -> str:
    """For a question whether two levels can be sat at once, the line saying the higher needs the lower held first,
    when every rule of the higher requires it; else empty (the exam notices decide)."""
    of_level = [rule for rule in rules if rule.level is higher]
    if not of_level or any(rule.requires is not lower for rule in of_level):
        return ""
    said = {"name": _names(of_level), "level": higher.title, "held": lower.title}
    return wording.HELD_FIRST_TOGETHER.format(**said, years=_years(of_level))


def _names(rules: Sequence[Rule]) -> str:
    """The names of the regulations the rules are from, in their order."""
    return "、".join(dict.fromkeys(rule.regulation.name for rule in rules))


def _years(rules: Sequence[Rule]) -> str:
    """The years of work the rules ask after the certificate held first (5, or 4、6 when they differ)."""
    return "、".join(str(years) for years in sorted({rule.years for rule in rules}))
