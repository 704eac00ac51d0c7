"""What maintainers read: /stats, /unanswered and /reload replies, as plain text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.journal.grouping import group_similar
from bot.journal.store import Journal, Stats
from bot.telegram.service import ReloadResult

NO_JOURNAL = "没有记录：数据库不可用（见日志）。"
MAX_LINES = 15
UNANSWERED_DAYS = 30


def _rate(answered: int, asked: int) -> str:
    return f"{answered / asked:.0%}" if asked else "—"


def stats_text(stats: Stats | None) -> str:
    """Questions and answer rates, top entries, feedback per entry and top unanswered questions."""
    if stats is None:
        return NO_JOURNAL
    lines = [
        f"今天：{stats.asked_today} 个问题，回答率 {_rate(stats.answered_today, stats.asked_today)}",
        f"最近7天：{stats.asked_week} 个问题，回答率 {_rate(stats.answered_week, stats.asked_week)}",
        "",
        "回答最多：",
        *(f"· {entry_id}：{n}" for entry_id, n in stats.top_entries),
        "",
        "反馈（👍/👎）：",
        *(f"· {entry_id}：{up}/{down}" for entry_id, up, down in stats.feedback),
        "",
        "没能回答的：",
        *(f"· {question}：{n}" for question, n in stats.top_unanswered),
    ]
    return "\n".join(lines)


def unanswered_text(journal: Journal | None, days: int = UNANSWERED_DAYS) -> str:
    """The most frequent questions declined in the last `days` days, grouped by similarity, with counts."""
    if journal is None:
        return NO_JOURNAL
    since = datetime.now(UTC).date() - timedelta(days=days)
    groups = group_similar(r.question for r in journal.unsure(since) if r.outcome == "declined")
    if not groups:
        return "最近没有没能回答的问题。"
    lines = ["最常见的没能回答的问题（相似的归为一组）："]
    for group in groups[:MAX_LINES]:
        others = [q for q, _ in group.examples.most_common(4) if q != group.representative][:3]
        also = f"（也问：{'；'.join(others)}）" if others else ""
        lines.append(f"· {group.count} 次：{group.representative}{also}")
    return "\n".join(lines)


def reload_text(result: ReloadResult) -> str:
    """What a reload changed, or why the old knowledge base stays in service."""
    if not result.ok:
        problems = "\n".join(result.problems[:MAX_LINES])
        more = f"\n……还有 {len(result.problems) - MAX_LINES} 个问题" if len(result.problems) > MAX_LINES else ""
        return f"知识库有错误，没有重新加载，仍在使用原来的版本：\n{problems}{more}"

    def listed(ids: tuple[str, ...]) -> str:
        return "、".join(ids) if ids else "无"

    return (
        f"已重新加载知识库。\n新增：{listed(result.added)}\n删除：{listed(result.removed)}\n"
        f"修改：{listed(result.edited)}"
    )
