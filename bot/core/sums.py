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


def compared(
    entries: Sequence[Entry],
    levels: Sequence[str],
    levels_in: Callable[[str], tuple[str, ...]],
    shares: bool = False,
) -> str:
    """The line comparing the sums two entries, each about one place, give each of `levels` they give one for
    (初级宁波1500元、台州1000元，宁波多500元), or one entry about one place gives two levels (宁波高级5000元、
    中级3000元，高级多2000元); with `shares`, how much more each is in hundredths and what share of the other,
    worked out; empty when there is nothing to compare."""
    if any(len(e.about.places) != 1 for e in entries):
        return ""
    if len(entries) == 1 and len(levels) == 2:  # 宁波高级奖励比中级多多少
        place, sums_of = entries[0].about.places[0], level_sums(entries[0].answer, levels_in)
        lines = [_line(place, levels[0], sums_of.get(levels[0]), levels[1], sums_of.get(levels[1]), shares)]
    elif len(entries) == 2:
        (a, sums_a), (b, sums_b) = ((e.about.places[0], level_sums(e.answer, levels_in)) for e in entries)
        lines = [_line(level, a, sums_a.get(level), b, sums_b.get(level), shares) for level in levels]
    else:
        return ""
    return wording.SUMS_COMPARED.format(lines=wording.SUMS_APART.join(filter(None, lines))) if any(lines) else ""


def _line(level: str, a: str, x: int | None, b: str, y: int | None, shares: bool) -> str:
    """One level's sums in two places (or one place's sums of two levels), compared; empty when neither gives one."""
    if x is None and y is None:
        return ""
    if x is None or y is None:
        place, amount = (a, x) if y is None else (b, y)
        return wording.SUM_ONLY.format(level=level, place=place, amount=amount)
    if x == y:
        return wording.SUM_SAME.format(level=level, a=a, b=b, amount=x)
    (more, high), (less, low) = sorted(((a, x), (b, y)), key=lambda pair: -pair[1])
    line = wording.SUM_MORE.format(level=level, a=a, x=x, b=b, y=y, more=more, difference=high - low)
    if shares:
        up, down = _percent(high - low, low), _percent(high - low, high)
        times, part = _times(high, low), _percent(low, high)
        line += wording.SUM_SHARES.format(more=more, less=less, up=up, down=down, times=times, part=part)
    return line


def _times(more: int, less: int) -> str:
    """How many times one sum is another, in tenths (1.5), about (约3.3) when not whole tenths."""
    tenths, rest = divmod(more * 10, less)
    said = str(tenths // 10) if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}"
    return said if not rest else wording.ABOUT_TIMES.format(times=f"{more / less:.1f}")


def _percent(part: int, whole: int) -> str:
    """A part of a whole in hundredths, as a share is said (50%), about (约33%) when not whole."""
    hundredths, rest = divmod(part * 100, whole)
    return f"{hundredths}%" if not rest else wording.ABOUT_PERCENT.format(percent=round(part * 100 / whole))
