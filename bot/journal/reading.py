"""What the bot makes of a journalled question now: a question nothing answers, which the report drafts as a new
entry; one the bot answers saying plainly that its sources do not cover it; one it answers with others offered
beside; a follow-up it read without the question before it; or one it declines as off topic or answers as small
talk. Only the first is drafted.

The journal keeps no reason for a reply, and the knowledge base may have changed since, so the question is read
again by the engine and the small-talk reader the bot answers with.
"""

from __future__ import annotations

import re
from dataclasses import astuple, dataclass
from enum import Enum

from bot.core.clauses import asks
from bot.core.conversation import SmallTalkReader
from bot.core.engine import Engine
from bot.core.knowledge import Entry, KnowledgeBase
from bot.core.match import Match
from bot.core.redact import without_placeholders
from bot.core.text import HANZI, clean
from bot.journal.grouping import asked

# A keyword that names a thing: Chinese of two characters or more (a single one stands inside too many other words:
# 年 in 今年; an English keyword is a common English word: make, money).
_WORD_RE = re.compile(f"[{HANZI}]{{2,}}")


class Kind(Enum):
    """What a question is to the bot."""

    SUBJECT = "subject"  # about social work and nothing answers it: a new entry, or phrasings for the entry picked
    NOT_COVERED = "not-covered"  # answered saying the sources do not cover it (上海社工工资多少): a source first
    ANSWERED = "answered"  # answered, with other entries offered beside: no new entry
    FOLLOW_UP = "follow-up"  # a follow-up read without the question before it (那台州呢 asked first): no question
    OFF_TOPIC = "off-topic"  # declined as not about social work (今天天气怎么样): no entry to write
    SMALL_TALK = "small-talk"  # answered as small talk (knowledge/smalltalk.yaml): nothing to do


# Each kind as a group of the report, in the report's order: its heading, then what it holds and what to do (also in
# `report --help`). The questions about social work come first; the others are set apart.
GROUPS = {
    Kind.SUBJECT: (
        "nothing answers these",
        "Write an entry for each: `--format yaml` drafts one (or, where askers picked an entry, their questions as "
        "its phrasings).",
    ),
    Kind.NOT_COVERED: (
        "asked, and the sources do not cover it",
        "The bot said plainly that its sources do not cover these (an `honest` entry, or no entry has facts on what "
        "they name): demand for facts the sources lack. Nothing is drafted: an answer needs a source that covers it.",
    ),
    Kind.ANSWERED: (
        "answered, with other entries offered beside",
        "The bot answered with the entry shown but was unsure. Nothing is drafted; a question whose askers picked "
        "another entry belongs in that entry's phrasings.",
    ),
    Kind.FOLLOW_UP: (
        "follow-ups read on their own",
        "Fragments (那台州呢, 中级呢) the bot could not read with a question before them; a follow-up it read so is "
        "listed as the question it was read as. Nothing is drafted.",
    ),
    Kind.OFF_TOPIC: (
        "not about social work",
        "The bot declines these as off topic, so no entry is proposed for them; a message sent often can get a "
        "one-line reply in knowledge/smalltalk.yaml.",
    ),
    Kind.SMALL_TALK: ("small talk", "The bot now answers these from knowledge/smalltalk.yaml: nothing to do."),
}


@dataclass(frozen=True, slots=True)
class Reading:
    """A question read again: what the bot does with it now, the entry nearest to it and what kind it is."""

    match: Match
    nearest: tuple[Entry, int] | None  # the entry the bot answers it with or offers first (else the closest), score
    kind: Kind
    named: tuple[frozenset[str], ...]  # the places, levels, measures and subjects it names, each as a set

    @property
    def uncovered(self) -> tuple[str, ...]:
        """What it names that no entry has facts on, when the bot says only that (深圳 从业人数)."""
        about = self.match.uncovered
        return () if about is None or self.match.entry is not None else tuple(t for ts in astuple(about) for t in ts)


def read(question: str, engine: Engine, smalltalk: SmallTalkReader) -> Reading:
    """A journalled question as the bot reads it now, without the personal details it states (see `Kind`)."""
    match = engine.match(asked(question))
    chosen = match.entry or next(iter(match.suggestions), None)
    nearest = (chosen, match.score) if chosen else engine.nearest(match.question)
    named = tuple(frozenset(terms) for terms in astuple(engine.normalizer.named(match.normalized)))
    kind = _kind(match, nearest, engine, smalltalk, without_placeholders(question))
    return Reading(match, nearest, kind, named)


def _kind(
    match: Match, nearest: tuple[Entry, int] | None, engine: Engine, smalltalk: SmallTalkReader, typed: str
) -> Kind:
    """Small talk when the bot answers it as such; not covered when an honest entry answers it, or nothing does and
    the bot names what no entry covers; a follow-up when the engine reads it, as `typed` (all but its personal data),
    as one of the question of the entry nearest to it (那台州呢, 中级呢; not 我的QQ号是[账号]，能加我吗, a fragment
    only once the details are left out); answered when an entry answers it; off topic when the bot finds nothing of
    its subject in it, read without the clauses stating personal data or as `typed` (我的QQ号是[账号]，能加我吗:
    能加我吗 alone may ask of 加分); else a question of its subject."""
    if smalltalk.reply_to(match.question) is not None:
        return Kind.SMALL_TALK
    if (match.entry is not None and match.entry.honest) or (match.entry is None and match.uncovered is not None):
        return Kind.NOT_COVERED
    if nearest is not None and engine.follow_up(typed, nearest[0].question) is not None:
        return Kind.FOLLOW_UP
    if match.entry is not None:
        return Kind.ANSWERED
    whole = _about_the_subject(match, engine) and _about_the_subject(engine.match(typed), engine)
    return Kind.SUBJECT if whole else Kind.OFF_TOPIC


def _about_the_subject(match: Match, engine: Engine) -> bool:
    """Whether the bot finds something of its subject in a question it does not answer: an entry it offers, a word
    of social work or a level, measure or subject of synonyms.yaml, a place an entry is about or a word an entry is
    keyed on."""
    normalizer = engine.normalizer
    typed = clean(match.question)
    named = normalizer.named(match.normalized)
    return bool(
        match.suggestions
        or named.levels
        or named.measures
        or named.subjects
        or normalizer.is_on_topic(match.normalized)
        or normalizer.is_on_topic(typed)
        or normalizer.names_shared_topic(typed)
        or not _covered_places(engine.knowledge).isdisjoint(named.places)
        or any(word in typed for word in _keyed_words(engine.knowledge))
    )


def _covered_places(knowledge: KnowledgeBase) -> frozenset[str]:
    """The places entries are about (北京, 宁波), but the name for places no entry is about (其他地方)."""
    places = {place for entry in knowledge.entries.values() for place in entry.about.places}
    return frozenset(places - {knowledge.vocabulary.unlisted_keyword})


def _keyed_words(knowledge: KnowledgeBase) -> frozenset[str]:
    """The entries' keywords that name a thing a question may be about (个案, 考完), read as typed: none that asks
    (怎么办, 有多少, 人数), nor a word any question may hold (以后)."""
    common = {*knowledge.vocabulary.common_words, *knowledge.vocabulary.quantities}
    keywords = {keyword for entry in knowledge.entries.values() for keyword in entry.keywords}
    return frozenset(k for k in keywords if _WORD_RE.fullmatch(k) and not asks(k) and k not in common)
