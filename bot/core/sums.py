"""Sums of money two places give each level (宁波和台州哪个奖励多), compared level by level."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.core import wording
from bot.core.knowledge import Entry
from bot.core.text import BULLET

_YUAN_RE = re.compile(r"(\d+)元")


def level_sums(answer: str, levels_in: Callable[[str], tuple[str, ...]]) -> dict[str, int]:
    """The sum of money each list line of an answer gives one level (· 初级（助理社会工作师）：1500元/人)."""
    found: dict[str, int] = {}
    for line in answer.splitlines():
        if line.startswith(BULLET) and len(levels := levels_in(line)) == 1 and (sum_ := _YUAN_RE.search(line)):
            found.setdefault(levels[0], int(sum_.group(1)))
    return found


def compared(entries: Sequence[Entry], levels: Sequence[str], levels_in: Callable[[str], tuple[str, ...]]) -> str:
    """The line comparing the sums two entries, each about one place, give each of `levels` they give one for
    (初级宁波1500元、台州1000元，宁波多500元); empty when there are not two such entries or no level to compare."""
    if len(entries) != 2 or any(len(e.about.places) != 1 for e in entries):
        return ""
    (a, sums_a), (b, sums_b) = ((e.about.places[0], level_sums(e.answer, levels_in)) for e in entries)
    lines = [_line(level, a, sums_a.get(level), b, sums_b.get(level)) for level in levels]
    return wording.SUMS_COMPARED.format(lines=wording.SUMS_APART.join(filter(None, lines))) if any(lines) else ""


def _line(level: str, a: str, x: int | None, b: str, y: int | None) -> str:
    """One level's sums in two places, compared; empty when neither gives one."""
    if x is None and y is None:
        return ""
    if x is None or y is None:
        place, amount = (a, x) if y is None else (b, y)
        return wording.SUM_ONLY.format(level=level, place=place, amount=amount)
    if x == y:
        return wording.SUM_SAME.format(level=level, amount=x)
    more, difference = (a, x - y) if x > y else (b, y - x)
    return wording.SUM_MORE.format(level=level, a=a, x=x, b=b, y=y, more=more, difference=difference)
