"""What maintainers read: /stats, /unanswered and /reload replies, as plain text."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bot.core import wording
from bot.journal.grouping import group_similar
from bot.journal.store import Counts, Journal, Stats

if TYPE_CHECKING:  # the command line's `stats` imports no Telegram
    from bot.service import ReloadResult

MAX_LINES = 15
UNANSWERED_DAYS = 30


def _rate(answered: int, asked: int) -> str:
    return f"{answered / asked:.0%}" if asked else "—"


def _counts(period: str, counts: Counts) -> str:
    """A period's questions: how many, and how many were answered, answered honestly, declined and suggested."""
    return wording.STATS_COUNTS.format(period=period, rate=_rate(counts.answered, counts.asked), **asdict(counts))


def stats_text(stats: Stats | None) -> str:
    """Questions (answered, honest, declined, suggested) and answer rates, top entries, feedback per entry and top
    unanswered questions."""
    if stats is None:
        return wording.NO_JOURNAL
    item = wording.STATS_ITEM.format
    lines = [
        _counts(wording.STATS_TODAY, stats.today),
        _counts(wording.STATS_WEEK, stats.week),
        "",
        wording.STATS_TOP_ENTRIES,
        *(item(name=entry_id, value=n) for entry_id, n in stats.top_entries),
        "",
        wording.STATS_FEEDBACK,
        *(item(name=entry_id, value=f"{up}/{down}") for entry_id, up, down in stats.feedback),
        "",
        wording.STATS_UNANSWERED,
        *(item(name=question, value=n) for question, n in stats.top_unanswered),
    ]
    return "\n".join(lines)


def unanswered_text(journal: Journal | None, days: int = UNANSWERED_DAYS) -> str:
    """The most frequent questions declined in the last `days` days, grouped by similarity, with counts."""
    if journal is None:
        return wording.NO_JOURNAL
    since = datetime.now(UTC).date() - timedelta(days=days)
    groups = group_similar(r.question for r in journal.unsure(since) if r.outcome == "declined")
    if not groups:
        return wording.NO_UNANSWERED
    lines = [wording.UNANSWERED_HEADING]
    for group in groups[:MAX_LINES]:
        others = [q for q, _ in group.examples.most_common(4) if q != group.headline][:3]
        also = wording.UNANSWERED_ALSO.format(others="；".join(others)) if others else ""
        lines.append(wording.UNANSWERED_GROUP.format(count=group.count, question=group.headline, also=also))
    return "\n".join(lines)


def reload_text(result: ReloadResult) -> str:
    """What a reload changed, or why the old knowledge base stays in service."""
    if not result.ok:
        problems = "\n".join(result.problems[:MAX_LINES])
        extra = len(result.problems) - MAX_LINES
        more = wording.RELOAD_MORE.format(count=extra) if extra > 0 else ""
        return wording.RELOAD_FAILED.format(problems=problems, more=more)

    def listed(ids: tuple[str, ...]) -> str:
        return "、".join(ids) if ids else wording.NOTHING

    return wording.RELOADED.format(
        added=listed(result.added), removed=listed(result.removed), edited=listed(result.edited)
    )
