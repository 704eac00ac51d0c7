"""The `question:` of an entry the report proposes: the question as people asked it, whole (我想当社工，该怎么做, not
该怎么做), when it fits a button and holds no personal data; else what it asks, short enough for the loader where it
can be cut without cutting a phrase.

The loader allows a button label of at most `MAX_LABEL_CHARS` characters and a redacted question may be a long
sentence of personal details (我是[姓名]，[年龄]岁，[婚育情况]，在深圳做社工，工资多少), so the label of such a
question is its asking clauses, read as the engine reads them, without the personal details: 工资多少. One clause too
long to cut whole is left as it is: the loader names it, for the maintainer to shorten.
"""

from __future__ import annotations

import re

from bot.core.clauses import asks, clauses_of
from bot.core.loader import MAX_LABEL_CHARS
from bot.core.placeholders import OF_ONESELF_PATTERN, PLACEHOLDER_RE
from bot.core.redact import without_placeholders

# What an asker says of themselves, with the unit the redaction leaves after an age ([年龄]岁).
_SAID_RE = re.compile(rf"(?:{OF_ONESELF_PATTERN})(?:周?岁)?")
_JOIN = "，"
_AFTER_A_DETAIL = "了啦的 "  # what may close a detail left out (我[年龄]岁了还能考吗: 还能考吗)
# English words that open a phrase a question can do without (…earn | in Shanghai, …need | for registration): a label
# too long is cut before one, never after (what documents do I need for).
_OPENS_A_PHRASE = frozenset(
    {"in", "at", "on", "for", "with", "without", "about", "from", "by", "after", "before", "during", "since"}
    | {"and", "or", "but", "if", "when", "while", "because"}
)


def label(question: str) -> str:
    """The label of a new entry for a redacted question: the question itself when it fits and nothing in it is masked;
    else its clauses that ask, each without the personal details before it (我叫[姓名]能考中级吗: 能考中级吗), as
    many as fit in `MAX_LABEL_CHARS` from the first; for a question no clause of which asks, its clauses but for the
    details; for one whose every clause ends in a detail (社工证怎么考[手机号]), itself without them. A clause too
    long is cut only where a phrase begins, or not at all."""
    whole = " ".join(question.split())
    if len(whole) <= MAX_LABEL_CHARS and not PLACEHOLDER_RE.search(whole):
        return whole
    clauses = [_after_details(clause) for clause in clauses_of(question)]
    kept = [clause for clause in clauses if clause]
    asking = [clause for clause in kept if asks(clause)] or kept or [" ".join(without_placeholders(question).split())]
    text = _fit(asking[0], MAX_LABEL_CHARS)
    for clause in asking[1:]:
        if len(text) + len(_JOIN) + len(clause) > MAX_LABEL_CHARS:
            break
        text += _JOIN + clause
    return text


def _after_details(clause: str) -> str:
    """A clause's words after the last detail the asker says of themselves in it (我是[姓名]: nothing), and without an
    address, school or class masked in them (丽水莲都区[地址]附近: 丽水莲都区 附近), nor a particle closing the
    detail (了)."""
    return " ".join(without_placeholders(_SAID_RE.split(clause)[-1]).split()).lstrip(_AFTER_A_DETAIL)


def _fit(text: str, limit: int) -> str:
    """`text` within `limit` characters, cut only before a word that opens a phrase it can do without (how much do
    social workers earn | in Shanghai and Beijing), as late as fits; whole, over the limit, when no such cut fits (a
    clause in Chinese, which marks no word boundaries, is never cut in two)."""
    if len(text) <= limit:
        return text
    words = text.split(" ")
    cuts = (" ".join(words[:n]) for n in range(len(words) - 1, 0, -1) if words[n].lower() in _OPENS_A_PHRASE)
    return next((cut for cut in cuts if len(cut) <= limit), text)
