"""What the bot makes of a journalled question now: a question about its subject, which the report proposes as a new
entry, or one it declines as off topic or answers as small talk, which the report sets apart.

The journal keeps no reason for a decline, and the knowledge base may have changed since, so the question is read
again by the engine and the small-talk reader the bot answers with.
"""

from __future__ import annotations

import re
from enum import Enum

from bot.core.clauses import asks
from bot.core.conversation import SmallTalkReader
from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeBase
from bot.core.match import Match
from bot.core.text import HANZI, clean

# A keyword that names a thing: Chinese of two characters or more (a single one stands inside too many other words:
# 年 in 今年; an English keyword is a common English word: make, money).
_WORD_RE = re.compile(f"[{HANZI}]{{2,}}")


class Kind(Enum):
    """What a question is to the bot."""

    SUBJECT = "subject"  # about social work: a new entry, or phrasings for the entry its askers picked
    OFF_TOPIC = "off-topic"  # declined as not about social work (今天天气怎么样): no entry to write
    SMALL_TALK = "small-talk"  # answered as small talk (knowledge/smalltalk.yaml): nothing to do


def kind_of(match: Match, engine: Engine, smalltalk: SmallTalkReader) -> Kind:
    """The kind of the question `match` is the engine's reading of: small talk when the bot answers it as such; off
    topic when it finds nothing of its subject in it (no entry it answers or offers, nothing named that no entry
    covers, no word of social work nor a level, measure or subject of synonyms.yaml, no place an entry is about and
    no word an entry is keyed on); else a question of its subject."""
    if smalltalk.reply_to(match.question) is not None:
        return Kind.SMALL_TALK
    normalizer = engine.normalizer
    typed = clean(match.question)
    named = normalizer.named(match.normalized)
    about = (
        match.entry is not None
        or match.suggestions
        or match.uncovered is not None
        or named.levels
        or named.measures
        or named.subjects
        or normalizer.is_on_topic(match.normalized)
        or normalizer.is_on_topic(typed)
        or normalizer.names_shared_topic(typed)
        or not _covered_places(engine.knowledge).isdisjoint(named.places)
        or any(word in typed for word in _keyed_words(engine.knowledge))
    )
    return Kind.SUBJECT if about else Kind.OFF_TOPIC


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
