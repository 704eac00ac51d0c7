"""The answer engine: a question in, the entry to answer with (or suggestions, or nothing) out.

It knows nothing of Telegram. It is built once per knowledge base, never changes afterwards, and keeps no
state between questions, so one engine serves any number of threads or tasks at once.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import astuple, dataclass, replace
from operator import itemgetter
from typing import NamedTuple

import numpy as np

from bot.core.features import CHAR, PAIR, SOUND, WORD, features
from bot.core.guard import Asked, TopicGuards, sound_line
from bot.core.index import Candidates, FeatureIndex, FloatArray, Query
from bot.core.knowledge import About, Coverage, Entry, KnowledgeBase
from bot.core.normalize import normalizer_for
from bot.core.sounds import Kind, Unit, units
from bot.core.text import FIGURE_RE, HANZI, HANZI_RE, clean

MAX_UNITS = 200  # a longer question is read up to here: enough for any real question, bounded for abuse
MAX_CLAUSES = 6
MAX_PARTS = 3  # a multi-part question gets at most this many answers in one reply
MIN_PART_UNITS = 3  # a shorter clause (好的, 谢谢) asks nothing of its own
MAX_FOLLOW_UP_REST = 2  # a follow-up is a place, level or measure and at most this many other characters (那…呢)
# Clauses end at a mark, or at a space between two Chinese characters (普通人如何考取社工证 需要多少钱).
_CLAUSE_RE = re.compile(rf"[,;!?，。；！？、\n]+|\.+(?![0-9])|(?<=[{HANZI}])\s+(?=[{HANZI}])")  # not 22.8万
# What makes a clause a question rather than a statement around one (read on cleaned, Simplified text).
_ASKING_RE = re.compile(
    r"为什么|为啥|为何|有何|何时|何处|何种|何为|可否|怎么|怎样|如何|什么|啥|咋|多少|多久|几|哪|吗|么|是否|能否|有没有|([\u4e00-\u9fff])不\1|不$|\?"
    r"|(?<![a-z])(?:why|how|what|which|when|where)(?![a-z])"
)

# The end of a question run on into the next one without a mark (要学历吗怎么认定).
_RUN_ON_RE = re.compile(r"([吗嗎么麼])(?=[^\W\d_]{0,2}?(?:怎么|怎麼|如何|哪|多少|什么|什麼|为什么|為什麼|几|幾))")

# A clause in which the asker tells of themselves (我在居委会上班, 本人大专).
_ABOUT_ONESELF_RE = re.compile(r"我|本人|(?<![a-z])(?:i am|i m|im)(?![a-z])")
# A clause that tells of the asker or sets a condition (考过之后, after I pass the exam) rather than asks.
_SETTING_RE = re.compile(
    rf"^(?:{_ABOUT_ONESELF_RE.pattern}|如果|假如|要是|万一|因为|既然|(?:if|after|once|because)(?![a-z]))"
    r"|^(?:刚|去年|今年|已经)?(?:考了|考过|考完|拿了|拿到|通过了)|^(?:户口|户籍)"  # or what the asker passed, is from
    r"|(?:之后|以后|专业|[0-9一二三四五六七八九十两]年了?)$"  # or tells a major or years (社工专业, 做了3年)
    r"|[0-9] ?[万千百]?[人元块个名家]"  # or tells a figure (浙江报考20万人，最后考过了多少人)
)
# A clause that points back at what came before (这是啥规定, 那要多久, 现在怎么办), which it cannot be read without.
_POINTING_RE = re.compile(r"这|那|它|此|现在|怎么办|咋办|(?<![a-z])(?:this|that|it|what now|now what)(?![a-z])")

# Words that join two questions in one clause (初级报名条件和考试科目); a Latin word only whole (not in `understand`).
_AND_RE = re.compile(r"以及|还有|還有|并且|並且|和|(?<![a-z])and(?![a-z])")

# Around a job (a subject no entry is about), words that make it the asker's own (I am a nurse, as a teacher, nursing
# experience), read on normalised text: it tells who asks, not what is asked. After a job listed under `jobs`, asking
# whether one may sit (护工能考社工证吗) makes it the asker's too.
_OWN_BEFORE = r"(?<![a-z])(?:am|m|was|as|former|ex) ?"
_OWN_AFTER = r" ?(?:工作年限|(?:experience|background)(?![a-z]))"
_SITTING_AFTER = "[也都]?能[考报]"
_SITTING_AROUND = ("(?:(?<=能)|(?<=能 ))", r" ?(?:sit|take|apply)(?![a-z])")  # can a nurse sit (能护士职业 sit)


def _own_job(term: str, unheard: bool, listed: bool) -> re.Pattern[str]:
    """The words around a job that make it the asker's own: for one no entry is about (`unheard`), the words before it
    (kept, as group 1) or after it; for one listed under `jobs`, asking whether one may sit after it; for any, asking
    in English whether one may sit (can a nurse sit the exam)."""
    job = re.escape(term)
    ways = [f"({_OWN_BEFORE}){job}", f"{job}(?={_OWN_AFTER})"] if unheard else []
    ways += [f"{job}(?={_SITTING_AFTER})"] if listed else []
    before, after = _SITTING_AROUND
    return re.compile("|".join([*ways, f"{before}{job}(?={after})"]))


def asks(clause: str) -> bool:
    """Whether a clause asks something rather than sets the scene (read cleaned, like `_ASKING_RE` says)."""
    return _ASKING_RE.search(clean(clause)) is not None


def _with_context(normalized: str, named: About, around: About) -> str:
    """A part naming no level (place) read with the one level (place) its context names, if it names one only."""
    for key in ("levels", "places"):
        if not getattr(named, key) and len(getattr(around, key)) == 1:
            normalized = getattr(around, key)[0] + normalized
    return normalized


def _without(normalized: str, terms: list[str]) -> list[Unit]:
    """The units of a normalised question with `terms` left out."""
    for term in terms:
        normalized = normalized.replace(term, " ")
    return units(" ".join(normalized.split()))


def clauses_of(question: str) -> list[str]:
    """A question's clauses, stripped, the empty ones dropped; a question that runs on into the next without a mark
    (要学历吗怎么认定) is two. Of more than MAX_CLAUSES, the first that only set the scene (我28岁) go first, so that
    a question at the end is still read."""
    marked = _RUN_ON_RE.sub(r"\1？", question[: MAX_UNITS * 4])
    clauses = [c.strip() for c in _CLAUSE_RE.split(marked) if c.strip()]
    scene = [c for c in clauses if not asks(c)]
    while len(clauses) > MAX_CLAUSES and scene:
        clauses.remove(scene.pop(0))
    return clauses[:MAX_CLAUSES]


def _parts_of(question: str) -> list[tuple[str, str]]:
    """A question's clauses, each cut where a word joins two things it asks (有效期和继续教育学时), unless a piece is
    too short to ask anything (社工和志愿者的区别 compares two things): each part with the clause it is from."""
    parts: list[tuple[str, str]] = []
    for clause in clauses_of(question):
        pieces = [p.strip() for p in _AND_RE.split(clause)]
        parts.extend((p, clause) for p in (pieces if all(len(p) >= MIN_PART_UNITS for p in pieces) else [clause]))
    return parts


class ByClause(NamedTuple):
    """A question read part by part: the clear answers, in the order asked; the asking parts none answers clearly;
    and the entries near those."""

    answers: list[tuple[int, float]]
    unclear: tuple[str, ...]
    near: list[int]
    read: list[tuple[str, str, list[Unit]]]  # each answered part's clause, text and units, in the order of `answers`


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When the engine answers, suggests or declines (scores are 0-1 here, 0-100 in a `Match`)."""

    answer: float = 0.40
    off_topic_answer: float = 0.7  # a question that does not name social work needs a closer match
    gap: float = 0.06  # the runner-up must be this far behind, or the answer is ambiguous (a suggestion instead)
    instead_gap: float = 0.12  # an asking clause read alone must put its entry this far ahead of the whole's answer
    sure: float = 0.85  # at or above this, no gap is needed
    suggest: float = 0.25
    sound_only_factor: float = 0.9  # typed pinyin matches on sound alone, at a small discount
    max_unknown: float = 0.1  # the share of unknown characters allowed in a question that does not name social work
    max_unknown_latin: float = 0.35  # more of an English question's weight unknown: offered (below `sure`)...
    max_unknown_alone: float = 0.65  # ...unless it is at most this and its entry stands alone: scores `alone`, with
    alone: float = 0.7  # every other entry `alone_gap` behind it (the few words known point at one entry only)
    alone_gap: float = 0.1
    uncovered_penalty: float = 0.9  # for an entry whose `about` misses a place, level or measure a question names
    overview_penalty: float = 0.7  # for an entry about several levels (places) when one level (place) is asked
    levelless_penalty: float = 0.9  # for an entry about no level in particular when one level is asked
    part: float = 0.6  # each clause of a multi-part question must match this closely to be answered
    coverage: float = 0.35  # the share of a question's weight the answer's phrasings must have, or it is suggested
    clause: float = 0.5  # or one clause of a question of several must match this closely (the others are named)
    max_suggestions: int = 3
    alternative_gap: float = 0.15  # an answer below `sure` offers the entries scoring this close to it beside it
    top_phrasings: int = 40  # the best-scored candidate phrasings whose entries are ranked


@dataclass(frozen=True, slots=True)
class Match:
    """What the engine made of one question."""

    question: str
    entry: Entry | None
    score: int
    suggestions: tuple[Entry, ...]  # instead of an answer, or beside one the engine is less sure of
    normalized: str = ""  # the question as the engine read it
    uncovered: About | None = None  # what the question names (place, level, measure...) when no entry covers it
    more: tuple[Entry, ...] = ()  # the answers to a multi-part question's other parts, in the order asked
    answered: str = ""  # when the entry answers one clause of several: that clause, as asked
    unanswered: tuple[str, ...] = ()  # and the other clauses; or, beside parts, the places (levels, measures) left


def _feature(unit: Unit) -> str:
    """The feature that says a unit is known on its own."""
    return {Kind.HANZI: CHAR + unit.text, Kind.PINYIN: SOUND + unit.sound, Kind.WORD: WORD + unit.text}[unit.kind]


class Engine:
    """Matches questions against one knowledge base."""

    def __init__(self, knowledge: KnowledgeBase, thresholds: Thresholds | None = None) -> None:
        self.knowledge = knowledge
        self.thresholds = thresholds or Thresholds()
        self.normalizer = normalizer_for(knowledge.vocabulary)
        self._entries: list[Entry] = list(knowledge.entries.values())
        self._position = {entry.id: position for position, entry in enumerate(self._entries)}
        self._exact: dict[str, int] = {}
        abouts = [self.normalizer.normal_about(entry.about) for entry in self._entries]
        self._coverage = Coverage.of(abouts, self.normalizer.place_rules, self.normalizer.unlisted_keyword)
        self._about = self._coverage.abouts
        doc_entry = [position for position, entry in enumerate(self._entries) for _ in entry.all_phrasings]
        self._index = FeatureIndex(self._documents(), doc_entry)
        self._doc_entry = np.asarray(doc_entry, dtype=np.int64)
        # Each entry's phrasings are neighbours in the index: documents first[p] to first[p + 1].
        self._first_doc = np.searchsorted(self._doc_entry, np.arange(len(self._entries) + 1))
        self._guards = TopicGuards(self.normalizer, [e.keywords for e in self._entries], self._coverage)
        self._topic_sounds = tuple(sound_line(units(term)) for term in self.normalizer.topic_terms)
        # Places some entry is about alone (浙江, 宁波): asked about one, an entry about others too comes second.
        self._own_places = {about.places[0] for about in self._about if len(about.places) == 1}
        # A place with a measure that some entry has facts about for a place (宁波 + 奖励; 江苏 + 报考人数) shows a
        # question is about social work.
        self._place_measured = {m for about in self._about if about.places for m in about.measures}
        # And a place some entry has figures for, with a figure for a place (北京 + 社区数), though no entry has it.
        self._measured_places = {p for about in self._about if about.measures for p in about.places}
        self._local_measures = self.normalizer.place_rules.local
        # The measures and subjects some entry has facts about: a question naming another is answered by none.
        self._somewhere = {term for about in self._about for term in (*about.measures, *about.subjects)}
        # The jobs no entry is about and the jobs listed as such, each with the words around it that make it the
        # asker's own (I am a lawyer; 护工能考社工证吗).
        unheard = {self.normalizer.normalize(term) for term in knowledge.vocabulary.subjects} - self._somewhere
        jobs = {self.normalizer.normalize(job) for job in knowledge.vocabulary.jobs}
        self._own_jobs = {term: _own_job(term, term in unheard, term in jobs) for term in unheard | jobs}
        # The phrasings of entries about no place in particular, which hold wherever the asker is.
        self._anywhere = np.asarray([not self._about[entry].places for entry in doc_entry], dtype=bool)
        # English words any question may hold (to, my, would) that no phrasing has: they weigh nothing in a question, so
        # an everyday word the phrasings happen not to use never counts against what the question shares with them.
        words = (WORD + word for word in self.normalizer.common_words if word.isascii() and " " not in word)
        self._idle = frozenset(word for word in words if not self._index.knows(word))
        # The English terms of several words that questions are read as (staffing requirements), longest first.
        terms = (term.split() for term in self.normalizer.terms if term.isascii() and " " in term)
        self._latin_terms = tuple(sorted({tuple(term) for term in terms}, key=len, reverse=True))

    def _documents(self) -> Iterator[set[str]]:
        """Each phrasing's features, in entry order, noting exact forms on the way."""
        for position, entry in enumerate(self._entries):
            for phrasing in entry.all_phrasings:
                normalized = self.normalizer.normalize(phrasing)
                self._exact.setdefault(normalized, position)
                yield features(units(normalized))

    def match(self, question: str) -> Match:
        """The best entry for a question, or up to three suggestions, or neither."""
        return self._analyse(question)[0]

    def top(self, question: str, limit: int) -> tuple[Entry, ...]:
        """The entries a question most likely means, best first: its answer, then the nearest others."""
        match, ranked = self._analyse(question)
        normalized = match.normalized  # as `_analyse` read it: the question is not normalised twice
        asked = Asked.of(self.normalizer, normalized, units(normalized)[:MAX_UNITS])
        worth = [(e, s) for e, s in ranked if s >= self.thresholds.suggest]
        eligible = self._guarded(worth, asked)
        others = (self._entries[e] for e, _ in self._offer_order(worth, eligible, asked.named))
        first = () if match.entry is None else (match.entry,)
        return (*first, *(e for e in others if e is not match.entry))[:limit]

    def follow_up(self, question: str, previous: str) -> str | None:
        """`previous` asked again about what `question` names, when `question` does nothing but swap a place, level or
        measure (那台州呢, 中级呢, for the intermediate level?), keeping what `previous` asked of it (宁波高级呢 after
        台州高级社工有奖励吗: the reward); else None. Without a follow-up word (那…, …呢), only a short question that
        nothing answers on its own is read so (全国第几, 在深圳能用吗), or read with `previous` when that gets it the
        entry its own words point at first (评审一年几次 after 高级社工师怎么评). Reading it as the full question is
        the caller's choice."""
        question = question[: MAX_UNITS * 4]
        if len(clauses_of(question)) > 1:
            return None  # a question of its own before the 呢 (宁波奖励多少，上海呢) is read on its own
        normalized = self.normalizer.normalize(question)
        named = self.normalizer.named(normalized)
        rest = self.normalizer.without_terms_within(normalized, list(itertools.chain(*astuple(named))))
        rest = self.normalizer.without_follow_up_words(rest)
        if self.normalizer.is_worded_as_follow_up(question) and self._only_swaps(named, rest):
            return self._swapped(named, previous)
        if not self._leans_on(question, normalized, rest):
            return None  # a question without 那… or …呢 is read on its own (中级社工报名费多少)
        alone, ranked = self._analyse(question)
        if alone.entry is not None or alone.uncovered is not None:
            return None  # answered on its own, if only honestly (上海报考人数多少)
        one = len(named.places) + len(named.levels) == 1 and not (named.measures or named.subjects)
        # 在深圳能用吗: one place, and 能…吗 or a word the previous question asked with (通用)
        again = self.normalizer.without_terms_within(rest, [self.normalizer.normalize(previous)])
        if one and self._only_swaps(named, self._ASKING_WORDS.sub("", again)):
            continued = f"{self._swapped(named, previous)} {rest}"
            match = self.match(continued)
            return continued if match.entry is not None or match.uncovered is not None else None
        # its own words point at what was just answered first, as closely as a question not naming social work must
        answered = self.match(previous).entry
        if not ranked or ranked[0][1] < self.thresholds.off_topic_answer or self._entries[ranked[0][0]] is not answered:
            return None
        continued = f"{self.normalizer.normalize(previous)} {normalized}"  # 高级社工师怎么评 评审一年几次
        return continued if self.match(continued).entry is answered else None

    _CONTINUATION_UNITS = 8  # a longer question without a follow-up word says enough to be read on its own
    _CONTINUATION_UNKNOWN = 0.25  # the share of its units unknown (在深圳能用吗: 在), under that of off-topic chat
    _ASKING_WORDS = re.compile(f"{_ASKING_RE.pattern}|能")  # and 能, which 可以, 能否 and can are read as

    def _only_swaps(self, named: About, rest: str) -> bool:
        """Whether a question that names `named` does nothing else: the `rest` of it is a word or two that names no
        term (not 社工证怎么领取补贴呢: 领证 and the reward)."""
        return (
            named != About()
            and len(rest) <= MAX_FOLLOW_UP_REST
            and not self.normalizer.holds_a_term(rest)
            and not self.normalizer.is_on_topic(rest)
        )

    def _swapped(self, named: About, previous: str) -> str:
        """`previous`, normalised, with the places, levels, measures and subjects `named` put in for its own, and what
        it asked of them kept: its measure, or when it named none, the count (机构数) of what it named (社工机构) that
        its answer is about (Beijing social work agencies number: 960 agencies), so that the place swapped in is asked
        the same (what about Zhejiang?: no figures for Zhejiang's, never Zhejiang's other facts)."""
        composed = self.normalizer.normalize(previous)
        before = self.normalizer.named(composed)
        kept = self._counted_in_answer(composed) if named.places and not (named.measures or before.measures) else ()
        for new, old in zip(astuple(named), astuple(before), strict=True):
            if not new:
                continue
            if not old or old[0] not in composed:  # nothing to swap, or a count read from 多少社工 (从业人数)
                composed = "".join(new) + composed
                continue
            composed = composed.replace(old[0], "".join(new), 1)
            for term in old[1:]:
                composed = composed.replace(term, "", 1)
        return " ".join((composed, *kept))

    def _counted_in_answer(self, normalized: str) -> tuple[str, ...]:
        """The counts of what a normalised question names (社工机构: 机构数) that the entry answering it is about."""
        if not (counted := self.normalizer.counted(normalized)) or (entry := self.match(normalized).entry) is None:
            return ()
        measures = self.normalizer.normal_about(entry.about).measures
        return tuple(measure for measure in counted if measure in measures)

    def _leans_on(self, question: str, normalized: str, rest: str) -> bool:
        """Whether a question of one clause may lean on the one before it, if nothing answers it on its own: short, its
        words known, naming no part of social work but the place or level it swaps in (its `rest` names none)."""
        found = units(normalized)
        if not found or len(found) > self._CONTINUATION_UNITS or self.normalizer.is_on_topic(rest):
            return False
        unknown = self._latin_unknown_share(question, found) if not HANZI_RE.search(question) else 0.0
        unknown_hanzi = self._unknown_share(self.normalizer.without_follow_up_words(normalized))  # 那…: no unknown
        return unknown_hanzi <= self._CONTINUATION_UNKNOWN and unknown <= self.thresholds.max_unknown_latin

    def asked_beside(self, question: str, aside: Callable[[str], bool]) -> tuple[Entry, ...]:
        """The clear answers to a question's asking clauses but those that `aside` says are answered otherwise (an
        eligibility verdict's: 能考中级吗？考几科？), in the order asked; a clause naming no level (place) is read with
        the one the question names."""
        whole = self.normalizer.named(self.normalizer.normalize(question[: MAX_UNITS * 4]))
        found: list[Entry] = []
        for clause in clauses_of(question):
            if aside(clause) or not asks(clause):
                continue
            normalized = self.normalizer.normalize(clause)
            match = self.match(_with_context(normalized, self.normalizer.named(normalized), whole))
            if match.entry is not None and not match.more and match.entry not in found:
                found.append(match.entry)
        return tuple(found[: MAX_PARTS - 1])

    def nearest(self, question: str) -> tuple[Entry, int] | None:
        """The entry closest to a question however weak the match (for maintainers' reports), with its score."""
        _, found = self._read(question)
        _, candidates, whole = self._score_whole(found)
        ranked = self._rank(candidates, whole, About())
        return (self._entries[ranked[0][0]], round(ranked[0][1] * 100)) if ranked else None

    def _read(self, question: str) -> tuple[str, list[Unit]]:
        """A question as normalised text and as units, both bounded in length."""
        normalized = self._without_own_jobs(self.normalizer.normalize(question[: MAX_UNITS * 4]))
        return normalized, units(normalized)[:MAX_UNITS]

    def _score_whole(self, found: list[Unit]) -> tuple[Query, Candidates, FloatArray]:
        """A whole question's query, the phrasings worth scoring for it, and their scores."""
        query = self._index.query(self._features(found))
        candidates = self._index.candidates(query)
        return query, candidates, self._scores_of([found], candidates)

    def _analyse(self, question: str) -> tuple[Match, list[tuple[int, float]]]:
        """The decision on a question, and the entries ranked for it (none when it is off topic)."""
        normalized, found = self._read(question)
        exact = self._exact.get(normalized)
        if exact is not None:
            return Match(question, self._entries[exact], 100, (), normalized), []
        if not found:
            return Match(question, None, 0, (), normalized), []
        asked = Asked.of(self.normalizer, normalized, found)
        named = asked.named
        query, candidates, whole = self._score_whole(found)
        whole = self._wherever(question, normalized, named, candidates, whole)
        ranked = self._rank(candidates, whole, named)
        best_score = round(ranked[0][1] * 100) if ranked else 0
        typed = clean(question[: MAX_UNITS * 4])
        on_topic = (
            self.normalizer.is_on_topic(normalized)
            or self.normalizer.is_on_topic(typed)  # 社工 inside a synonym (报考社工的人数)
            or any(s in asked.line for s in self._topic_sounds)
            or bool(named.places and self._place_measured & set(named.measures))
            or bool(self._measured_places & set(named.places) and self._local_measures & set(named.measures))
        )
        if not on_topic and self._unknown_share(normalized) > self.thresholds.max_unknown:
            # off topic, but for a job or subject no entry is about, which is named (Is nursing a good career?)
            unheard = named if self._unheard(named) else None
            return Match(question, None, best_score, (), normalized, unheard), []
        # Known words around a word of the subject that others use too (考过之后要登记吗): about this subject.
        on_topic = on_topic or self.normalizer.names_shared_topic(typed)
        bar = self.thresholds.answer if on_topic else self.thresholds.off_topic_answer
        eligible = self._guarded(ranked, asked)
        if not self._is_clear(eligible, bar) or self.uncovered(named, eligible[0][0]):
            # A long question often buries what it asks in one clause, or asks in one clause what its best entry
            # does not cover (另外宁波考出来有奖励吗): score the clauses too, keep the best.
            clauses = self._clauses(question[: MAX_UNITS * 4])
            if clauses:
                ranked = self._rank(candidates, np.maximum(whole, self._scores_of(clauses, candidates)), named)
                eligible = self._guarded(ranked, asked)
        t = self.thresholds
        parts, left, near = self._each_named(question, named, eligible, bar)
        by_clause = self._each_clause(question, candidates, asked, bar)
        more = bool(parts) and dict(parts).keys() <= dict(by_clause.answers).keys()
        if len(by_clause.answers) > len(parts) and (left or more):
            # each clause names its own (宁波奖励多少，北京有多少社工), or asks more (怎么考，考几科，宁波有奖励吗)
            parts, left, near = by_clause.answers, by_clause.unclear, by_clause.near
        covering = [(e, s) for e, s in eligible if self.uncovered(named, e) is None]
        whole_part = any(self.uncovered(named, e) is None for e, _ in parts)  # one part's answer covers them all
        if (left or whole_part) and (overview := self._overview(named, covering)) is not None:
            return Match(question, self._entries[overview[0]], round(overview[1] * 100), (), normalized), ranked
        if not self._is_clear(covering, bar) and (overview := self._over_places(named, ranked, covering)) is not None:
            return Match(question, self._entries[overview[0]], round(overview[1] * 100), (), normalized), ranked
        if not parts and (
            len(by_clause.answers) > 1  # the parts no entry answers clearly are named, not dropped
            or (  # 社工证是什么？社区工作者为何必须考取？: the one clear part, the other named
                by_clause.unclear
                and len(by_clause.answers) == 1
                and not self._is_clear(covering, bar)
                and self._on_its_own(*by_clause.read[0], *by_clause.answers[0], named)
            )
        ):
            parts, left, near = by_clause.answers, by_clause.unclear, by_clause.near
        left = self._still_left(left, parts, named)  # 宁波和台州的奖励有什么区别: the overview has both
        if len(parts) > 1 or (parts and left):
            first, *others = (self._entries[e] for e, _ in parts)
            rounded = round(parts[0][1] * 100)
            offered = tuple(self._entries[e] for e in near if e not in dict(parts))[: t.max_suggestions]
            return Match(question, first, rounded, offered, normalized, more=tuple(others), unanswered=left), ranked
        worth = [(e, s) for e, s in ranked if s >= t.suggest]
        in_order = self._offer_order(worth, eligible, named)
        suggestions = tuple(self._entries[e] for e, _ in in_order[: t.max_suggestions])
        if self._is_clear(covering, bar) and not self._guards.by_place_alone(covering[0][0], asked):
            best, score = covering[0]
            instead = self._asked_instead(question, named, candidates, eligible, bar, best)
            if instead is not None and instead[2]:  # the asker told of themselves, then asked: answer what they asked
                best, score = instead[:2]
            elif instead is not None:  # the words around the question outweighed what it asks: let the user pick
                picks = (self._entries[instead[0]], self._entries[best])
                return Match(question, None, round(score * 100), picks, normalized), ranked
            rest = tuple(e for e in suggestions if e is not self._entries[best])
            unanswered: tuple[str, ...] = ()
            answered = ""
            if self._read_from_few_words(question, found, ranked, best, score):
                offered = (self._entries[best], *rest)[: t.max_suggestions]
                return Match(question, None, round(score * 100), offered, normalized), ranked
            # Little of it in the entry: name the clauses it leaves.
            if self._share_covered(query, normalized, named, best) < t.coverage:
                answered, unanswered = self._one_clause(question, candidates, best)
                if not answered and score < t.sure:  # nor of any one clause, and not sure of it: offer it
                    offered = (self._entries[best], *rest)[: t.max_suggestions]
                    return Match(question, None, round(score * 100), offered, normalized), ranked
            close = [
                self._entries[e]
                for e, s in in_order
                if e != best and s >= score - t.alternative_gap and self.uncovered(named, e) is None
            ]
            alternatives = tuple(close[: t.max_suggestions - 1]) if score < t.sure else ()  # beside a looser answer
            answer = Match(question, self._entries[best], round(score * 100), alternatives, normalized)
            return replace(answer, answered=answered, unanswered=unanswered), ranked
        nearest_covers = bool(covering) and covering[0][1] >= bar
        if (
            ranked
            # close enough to be read as about it; or naming a measure or subject no entry is about (怎么向社工求助),
            # off topic too when a subject (a job: Is accounting a good career?) is what no entry is about
            and (
                ranked[0][1] >= bar * t.uncovered_penalty
                or (bool(on_topic or self._unheard(named)) and self._nowhere(named))
            )
            and self.uncovered(named, ranked[0][0])
            and not nearest_covers
            and (missing := self._missing(question, named, eligible)) is not None
        ):
            # The nearest entry is about another place, level or measure and no entry worth offering is about it: say
            # so, never give the other entry's figure; offer the nearest entries, labelled with what they are about.
            # Asked what no entry is about (退休金), only an entry close enough to be read as meant is worth a tap.
            known = not self._nowhere(missing)  # some entry is about what is missing: any near entry may be meant
            meant = [e for e, s in worth if (s >= bar or known) and not self._of_another_measure(e, named)]
            nearest = tuple(self._entries[e] for e in meant[: t.max_suggestions])
            return Match(question, None, round(ranked[0][1] * 100), nearest, normalized, missing), ranked
        return Match(question, None, round(ranked[0][1] * 100) if ranked else 0, suggestions, normalized), ranked

    def _offer_order(
        self, ranked: list[tuple[int, float]], eligible: list[tuple[int, float]], named: About
    ) -> list[tuple[int, float]]:
        """Entries in the order to offer them: those whose keywords the question has first (not the other cities'
        pay for 社工工资多少), for a question naming one level those about that level (or every level) first, and
        for a question naming places those about one of them first, then those about the region they lie in (宁波:
        浙江), then those about no place in particular (北京社工: Beijing's entries before the other cities' pay)."""
        guarded = dict(eligible)
        level = About(levels=named.levels) if len(named.levels) == 1 else About()
        regions = {self.normalizer.place_rules.inside.get(place) for place in named.places}

        def place_order(entry: int) -> int:
            about = set(self._about[entry].places)
            if not named.places or about & set(named.places):
                return 0
            return 1 if about & regions else 2 if not about else 3

        return sorted(
            ranked,
            key=lambda item: (item[0] not in guarded, self.uncovered(level, item[0]) is not None, place_order(item[0])),
        )

    def _each_named(
        self, question: str, named: About, eligible: list[tuple[int, float]], bar: float
    ) -> tuple[list[tuple[int, float]], tuple[str, ...], list[int]]:
        """For a question naming several places, levels or measures (宁波台州的奖励各是多少; 初级考几科，在宁波能拿多少
        奖励), the clear answer for each; for each part, an entry about several levels (measures) is marked down when
        one is asked, and one about several places as `_place_factor` says. Measures are parts only when each clause
        names one at most: 初级社工科目有效期 asks one thing, the validity of a subject's pass. Also the places
        (levels, measures) no entry answers clearly, to be named (初级、中级、高级考什么科目: 高级), and the entries
        worth offering for them (有效期和继续教育学时: the two entries about the hours, too close to choose)."""
        for key in ("places", "levels", "measures"):
            values: tuple[str, ...] = getattr(named, key)
            if len(values) > 1 and key == "measures" and not self._measures_apart(question):
                continue
            answers: list[tuple[int, float]] = []
            left: list[str] = []
            near: list[int] = []
            for value in values[:MAX_PARTS] if len(values) > 1 else ():
                one = replace(named, **{key: (value,)})
                covering = [
                    (e, self._unpenalised(e, s, named) * self._part_factor(e, key, one))
                    for e, s in eligible
                    if self.uncovered(one, e) is None
                ]
                covering.sort(key=lambda item: -item[1])
                if not self._is_clear(covering, bar):
                    left.append(value)
                    near += [e for e, s in covering[:2] if s >= self.thresholds.suggest and e not in near]
                elif covering[0][0] not in dict(answers):
                    answers.append(covering[0])
            if len(answers) > 1 or (answers and left and self._one_and_named(key, answers[0][0], left)):
                return answers, tuple(left), near  # 考几科？教材用哪本: the facts for one, the other named
        return [], (), []

    def _one_and_named(self, key: str, entry: int, left: list[str]) -> bool:
        """Whether a question's one clear part is answered with its facts and the parts left named (北京和上海各有多少
        社工: Beijing's figure, 上海 named): not for levels, nor for a place with a system of its own (国外)."""
        separate = self.normalizer.place_rules.separate
        if key == "levels" or self._entries[entry].honest:
            return False
        return key == "measures" or not any(place in separate for place in left)

    def _overview(self, named: About, covering: list[tuple[int, float]]) -> tuple[int, float] | None:
        """For a question about a measure at several levels that the levels' own entries do not answer alone
        (初级、中级、高级考什么科目), the entry about that measure at every level asked, if one is worth offering."""
        if not named.measures or len(named.levels) < 2:
            return None
        asked = {*named.levels, *named.measures}
        for entry, score in covering:
            about = self._about[entry]
            if score >= self.thresholds.suggest and asked <= {*about.levels, *about.measures}:
                return entry, score
        return None

    def _over_places(
        self, named: About, ranked: list[tuple[int, float]], covering: list[tuple[int, float]]
    ) -> tuple[int, float] | None:
        """For a question about a measure that names no place, when the two nearest entries are each about one place
        (中级社工奖励多少: 宁波's, 台州's), the entry covering the question about that measure in both, if one is worth
        offering."""
        nearest = [self._about[e] for e, _ in ranked[:2]]
        if named.places or not named.measures or len(nearest) < 2 or any(len(a.places) != 1 for a in nearest):
            return None
        places = {a.places[0] for a in nearest}
        for entry, score in covering:
            about = self._about[entry]
            if (
                score >= self.thresholds.suggest
                and places <= {*about.places}
                and {*named.measures} <= {*about.measures}
            ):
                return entry, score
        return None

    def _unpenalised(self, entry: int, score: float, named: About) -> float:
        """An entry's score without the mark-down for not covering all the question names: for the one part of a
        question of several places (levels, measures) that it covers, it is no worse than the others."""
        return score / self.thresholds.uncovered_penalty if self.uncovered(named, entry) else score

    def _part_factor(self, entry: int, key: str, one: About) -> float:
        """For one part of a question: an entry about several levels (measures) is marked down when one is asked, and
        one about several places as `_place_factor` says."""
        return (self._overview_factor(entry, key) if key != "places" else 1.0) * self._place_factor(entry, one)

    def _missing(self, question: str, named: About, eligible: list[tuple[int, float]]) -> About | None:
        """What a question names that no entry worth offering has facts about, or None: not the subjects when the
        subjects overview is there (各级别的考试科目), nor Ningbo when Ningbo's entry is (宁波和台州考中级各奖多少); of
        several places (levels, measures in separate clauses), only those without an entry (北京和上海各有多少社工:
        上海; but 初级社工科目有效期 is one thing, which no entry has)."""
        facts = [e for e, s in eligible if s >= self.thresholds.suggest and not self._entries[e].honest]
        if any(self.uncovered(named, e) is None for e in facts):
            return None
        for key in ("places", "levels", "measures"):
            values: tuple[str, ...] = getattr(named, key)
            if len(values) > 1 and (key != "measures" or self._measures_apart(question)):
                left = tuple(v for v in values if all(self.uncovered(replace(named, **{key: (v,)}), e) for e in facts))
                return replace(named, **{key: left}) if left else None
        return named

    def _of_another_measure(self, entry: int, named: About) -> bool:
        """Whether an entry only says there are no figures on measures other than those a question asks (杭州报考人数:
        not that there is no other city's pay)."""
        measures = self._about[entry].measures
        honest = self._entries[entry].honest
        return honest and bool(named.measures and measures) and not set(measures) & set(named.measures)

    def _without_own_jobs(self, normalized: str) -> str:
        """A normalised question without the jobs it names as the asker's own (I am a lawyer, how do I get the
        certificate?: the certificate is asked, not the lawyer's job; nursing experience; 护工能考社工证吗)."""
        if not any(term in normalized for term in self._own_jobs):  # most questions name none: nothing to read
            return normalized
        for term in self.normalizer.named(normalized).subjects:
            if (own := self._own_jobs.get(term)) is not None:  # the words before it kept (as), not the job
                normalized = " ".join(own.sub(lambda m: f"{m.group(1) if m.lastindex else ''} ", normalized).split())
        return normalized

    def _unheard(self, named: About) -> tuple[str, ...]:
        """The subjects a question names that no entry is about (护士职业: nursing as a job)."""
        return tuple(term for term in named.subjects if term not in self._somewhere)

    def _nowhere(self, named: About) -> bool:
        """Whether a question names a measure or subject that no entry has facts about."""
        return any(term not in self._somewhere for term in (*named.measures, *named.subjects))

    def _place_factor(self, entry: int, asked: About) -> float:
        """The mark-down for an entry about several places when a question asks about one that has an entry of its own
        (浙江报考人数: Zhejiang's entry before the national one that mentions Zhejiang)."""
        own = len(asked.places) == 1 and asked.places[0] in self._own_places
        return self._overview_factor(entry, "places") if own else 1.0

    def _measures_apart(self, question: str) -> bool:
        """Whether no clause of a question names more than one measure, a clause cut where a word joins two things
        (科目和题型 names them apart; 初级社工科目有效期 asks one thing, the validity of a subject's pass)."""
        pieces = (p for clause in clauses_of(question) for p in _AND_RE.split(clause))
        return all(len(self.normalizer.named(self.normalizer.normalize(p)).measures) <= 1 for p in pieces)

    def _overview_factor(self, entry: int, key: str) -> float:
        """The mark-down for an entry about several places (levels) when one place (level) is asked about."""
        return self.thresholds.overview_penalty if len(getattr(self._about[entry], key)) > 1 else 1.0

    def _each_clause(self, question: str, candidates: Candidates, asked: Asked, bar: float) -> ByClause:
        """For a question of several parts that each ask something else (中级考几门，一年有几次机会; 初级报名条件和考试
        科目), the clear answer to each part, in the order asked; a part naming no level (place) is read with the one
        its clause names. Also the asking parts no entry answers clearly, and the entries near them."""
        t = self.thresholds
        answers: list[tuple[int, float]] = []
        unclear: list[str] = []
        near: list[int] = []
        read: list[tuple[str, str, list[Unit]]] = []
        subject = ""  # the last subject a part names (社工考试), for the parts that name none
        for part, clause in _parts_of(question):
            if len(answers) + len(unclear) >= MAX_PARTS:
                break
            normalized = self.normalizer.normalize(part)
            if not asks(clause) and (_SETTING_RE.search(clean(clause)) or self._names_only(normalized)):
                continue  # a clause setting the scene (我在居委会上班, after I pass the exam, 初级) asks nothing itself
            own = "".join(self.normalizer.topic_terms_in(normalized))
            said, subject = subject, own or subject
            read_as = [self._part_read(part, clause, around, candidates) for around in (None, asked.named)]
            fuller = self.normalizer.named(read_as[-1][0])
            normalized, found, scores = max(read_as, key=lambda r: self._best_passing(r[2], fuller, candidates, asked))
            short = len(found) < MIN_PART_UNITS  # asks nothing of its own, unless a measure of the subject before
            if short and not (said and not own and asks(clause) and self.normalizer.named(normalized).measures):
                continue  # (社工证有用吗？难考吗？: 难度), not what happen
            ones = self._one_by_one(self.normalizer.named(normalized))  # 初级和中级报考条件: each level alone
            several = Asked.of(self.normalizer, normalized, found) if len(ones) > 1 else None
            for one in ones:
                covering = [
                    (e, s)
                    for e, s in ([] if short else self._rank(candidates, scores, one))
                    if (
                        self._answers_alone(e, s, one, several, bar)
                        if several
                        else s >= t.part
                        and self._guards.passes(e, asked)
                        and self.uncovered(self._with_system(About(), asked.named), e) is None
                    )
                ]
                if not self._is_clear(covering, bar) and said and not own and len(ones) == 1:
                    covering = self._read_on(said, part)  # 社工考试一年几次？谁组织的？: 谁组织的 of 社工考试
                if self._is_clear(covering, bar):
                    if covering[0][0] not in dict(answers):
                        answers.append(covering[0])
                        read.append((clause, part, found))
                elif asks(clause) and part not in unclear:
                    unclear.append(part)
                    near += [e for e, s in covering[:2] if s >= t.suggest and e not in near]
        return ByClause(answers, tuple(unclear), near, read)

    def _still_left(self, left: tuple[str, ...], parts: list[tuple[int, float]], named: About) -> tuple[str, ...]:
        """The places and levels (or clauses) left unanswered but those an answered part's entry covers."""
        kept = []
        for value in left:
            key = "places" if value in named.places else "levels" if value in named.levels else ""
            if key and any(self.uncovered(replace(named, **{key: (value,)}), e) is None for e, _ in parts):
                continue
            kept.append(value)
        return tuple(kept)

    def _names_only(self, normalized: str) -> bool:
        """Whether a normalised text is nothing but the places and levels it names (初级, 宁波)."""
        named = self.normalizer.named(normalized)
        return not _without(normalized, [*named.places, *named.levels])

    def _part_read(
        self, part: str, clause: str, whole: About | None, candidates: Candidates
    ) -> tuple[str, list[Unit], FloatArray]:
        """A part of a question, read with the one level (place) its clause names when it names none, or else (with
        `whole`) the one the whole question names (我是宁波的，奖励多少: 宁波奖励多少); its units and their scores."""
        normalized = self.normalizer.normalize(part)
        for around in (self.normalizer.named(self.normalizer.normalize(clause)), whole):
            if around is not None:
                normalized = _with_context(normalized, self.normalizer.named(normalized), around)
        found = units(normalized)
        return normalized, found, self._scores_of([found], candidates)

    def _best_passing(self, scores: FloatArray, named: About, candidates: Candidates, asked: Asked) -> float:
        """The best score a part's reading gives an entry the question's guards let through, ranked for `named`."""
        return next((s for e, s in self._rank(candidates, scores, named) if self._guards.passes(e, asked)), 0.0)

    def _read_on(self, subject: str, part: str) -> list[tuple[int, float]]:
        """For a part that names no subject of its own (谁组织的), the entry it gets as a question of its own after the
        subject an earlier part names (社工考试), when that answers it whole; else nothing."""
        match = self.match(subject + part)
        if match.entry is None or match.more or match.unanswered:
            return []
        return [(self._position[match.entry.id], match.score / 100)]

    def _on_its_own(self, clause: str, part: str, found: list[Unit], entry: int, score: float, named: About) -> bool:
        """Whether the one part a clear answer has stands on its own beside parts left unanswered: its clause asks; the
        entry covers what it names and a place with a system of its own named in another part (not the pay after
        美国社工专业适合谁申请); it names social work itself (not 一般多少钱 after 继续教育要交钱吗)
        or, where no part names other people (not 工资待遇怎么样 after 社区工作者是什么编制), gets that entry when
        asked alone (不知道自己符不符合条件); and the entry has most of it (not 社工退税是什么意思)."""
        t, normalized = self.thresholds, self.normalizer.normalize(part)
        return (
            asks(clause)
            and self.uncovered(self._with_system(self.normalizer.named(normalized), named), entry) is None
            and self._covered(self._index.query(self._features(found)), entry) >= t.coverage
            and (
                self.normalizer.is_on_topic(normalized)
                or (
                    score >= t.off_topic_answer
                    and not named.subjects
                    and self.match(part).entry is self._entries[entry]
                )
            )
        )

    def _with_system(self, part: About, whole: About) -> About:
        """What a part names, and, when it names no place, the places with systems of their own that the whole question
        names (美国社工专业适合谁申请？就业薪资如何: the pay asked is America's)."""
        separate = tuple(p for p in whole.places if p in self.normalizer.place_rules.separate)
        return part if part.places or not separate else replace(part, places=separate)

    @staticmethod
    def _one_by_one(named: About) -> list[About]:
        """What a part names, one level (else one place) at a time when it names several, else as it is."""
        for key in ("levels", "places"):
            if len(values := getattr(named, key)) > 1:
                return [replace(named, **{key: (value,)}) for value in values]
        return [named]

    def _answers_alone(self, entry: int, score: float, one: About, asked: Asked, bar: float) -> bool:
        """Whether an entry answers one of the levels (places) a part names (初级和中级报考条件: 中级): it is about it,
        the part lets it through, and it scores `bar` (not `part`: the other level's name shares a level's words,
        助理社工师 holds 社工师, so its own entry scores lower here)."""
        return score >= bar and self._guards.passes(entry, asked) and not self.uncovered(one, entry)

    def _asked_instead(
        self,
        question: str,
        whole: About,
        candidates: Candidates,
        eligible: list[tuple[int, float]],
        bar: float,
        best: int,
    ) -> tuple[int, float, bool] | None:
        """For a question of a statement and a question (报考人数屡创新高，为什么缺口依然大), the entry that the
        asking clause alone clearly means, when it is not `best`, with its score and whether to answer with it (the
        statements only tell of the asker, 我在居委会上班, and it clears `bar`) rather than offer it; else None. The
        asking clause is read with the places and levels the statement names (我在宁波，考出中级能拿多少补贴)."""
        clauses = clauses_of(question)
        asking = [c for c in clauses if asks(c)]
        if len(clauses) < 2 or not asking or len(asking) == len(clauses):
            return None
        asking = [c for c in asking if not _POINTING_RE.match(clean(c))]  # 这是啥规定 asks about what came before
        of_oneself = all(_ABOUT_ONESELF_RE.match(clean(c)) for c in clauses if c not in asking)
        allowed = dict(eligible)
        for clause in asking:
            normalized = self.normalizer.normalize(clause)
            normalized = _with_context(normalized, self.normalizer.named(normalized), whole)
            named = self.normalizer.named(normalized)
            named = replace(named, places=named.places or whole.places, levels=named.levels or whole.levels)
            ranked = self._rank(candidates, self._scores_of([units(normalized)], candidates), named)
            covering = [(e, s) for e, s in ranked if e in allowed]
            if covering and covering[0][0] == best:
                return None
            # suggesting only, the lower bar will do; but the clause alone must mean its entry well ahead of `best`
            # (可以直接报考中级吗 after 不考初级: the intermediate rules are a close second, and what the whole asks)
            ahead = covering[0][1] - dict(covering).get(best, 0.0) if covering else 0.0
            if self._is_clear(covering, self.thresholds.suggest) and ahead >= self.thresholds.instead_gap:
                entry, score = covering[0]
                return entry, score, of_oneself and self._is_clear(covering, bar)
        return None

    def _one_clause(self, question: str, candidates: Candidates, entry: int) -> tuple[str, tuple[str, ...]]:
        """For a question of several clauses that each ask something (是否全国通用？是否需要定期登记？), the clause the
        entry answers on its own, and the others; else nothing. A clause that only sets the scene (我已经退休了) is no
        question, so a question with one is never answered by a part of it."""
        clauses = clauses_of(question)
        if len(clauses) < 2 or not all(map(asks, clauses)):
            return "", ()
        for clause in clauses:
            normalized = self.normalizer.normalize(clause)
            found = units(normalized)
            ranked = dict(
                self._rank(candidates, self._scores_of([found], candidates), self.normalizer.named(normalized))
            )
            query = self._index.query(self._features(found))
            if (
                ranked.get(entry, 0.0) >= self.thresholds.clause
                and self._covered(query, entry) >= self.thresholds.coverage
            ):
                return clause, tuple(c for c in clauses if c is not clause)
        return "", ()

    def _covered(self, query: Query, entry: int) -> float:
        """The share of a question's weight that the entry's phrasings have (a wrong answer shares a few words)."""
        return self._index.covered(query, int(self._first_doc[entry]), int(self._first_doc[entry + 1]))

    def _share_covered(self, query: Query, normalized: str, named: About, entry: int) -> float:
        """`_covered`, or for an entry about no place, the share of the question without the places it names, if more
        (宁波社工师考完好找工作吗: the outlook is no place's)."""
        covered = self._covered(query, entry)
        places = [p for p in named.places if p not in self.normalizer.place_rules.separate]
        if not places or self._about[entry].places or not (placeless := _without(normalized, places)):
            return covered
        return max(covered, self._covered(self._index.query(self._features(placeless)), entry))

    def _is_clear(self, eligible: list[tuple[int, float]], bar: float) -> bool:
        """Whether the best eligible entry scores at least `bar` and far enough ahead of the next one."""
        t = self.thresholds
        if not eligible or eligible[0][1] < bar:
            return False
        best_score, runner_up = eligible[0][1], eligible[1][1] if len(eligible) > 1 else 0.0
        return best_score >= t.sure or best_score - runner_up >= t.gap

    def _clauses(self, question: str) -> list[list[Unit]]:
        """Each clause of a question that has several, and each two neighbouring clauses, as units."""
        parts = [units(self.normalizer.normalize(p)) for p in clauses_of(question)]
        parts = [p for p in parts if p]
        if len(parts) < 2:
            return []
        return parts + [a + b for a, b in itertools.pairwise(parts)]

    def _wherever(
        self, question: str, normalized: str, named: About, candidates: Candidates, scores: FloatArray
    ) -> FloatArray:
        """The scores with each phrasing of an entry about no place scored also against the question without the
        places it names that such entries cover (宁波社工证怎么考 is how to get it anywhere): a place said only as
        where the asker is draws the question to that place's entries, never away from one that holds there too.
        Not for a place's own figures (浙江的通过率: `local` measures), nor when an entry about the place has facts on
        what is asked (宁波有奖励吗), nor for English that the place's name was most of what was known of (plumber exam
        requirements in China)."""
        rules = self.normalizer.place_rules
        places = [p for p in named.places if p not in rules.separate]
        if not places or rules.local.intersection(named.measures):
            return scores
        if named.measures and any(
            about.places and self.uncovered(named, e) is None for e, about in enumerate(self._about)
        ):
            return scores
        placeless = _without(normalized, places)
        if not placeless or self._latin_unknown_share(question, placeless) > self.thresholds.max_unknown_latin:
            return scores
        anywhere = self._anywhere[candidates.docs]
        return np.where(anywhere, np.maximum(scores, self._scores_of([placeless], candidates)), scores)

    def _features(self, found: list[Unit]) -> set[str]:
        """The features a question is matched on: all of its units' but those of the English common words no phrasing
        has (`_idle`)."""
        return features(found) - self._idle

    def _scores_of(self, texts: list[list[Unit]], candidates: Candidates) -> FloatArray:
        """Each candidate's best score over `texts` (a question, or its clauses): the Dice overlap of weighted
        features, and for text partly typed in pinyin also the overlap of sounds alone, at a small discount."""
        queries, totals, factors = [], [], []
        for found in texts:
            found_features = self._features(found)
            queries.append(self._index.query(found_features))
            totals.append(self._index.doc_total)
            factors.append(1.0)
            if any(u.kind == Kind.PINYIN for u in found):
                queries.append(self._index.query(found_features, sound_only=True))
                totals.append(self._index.doc_sound_total)
                factors.append(self.thresholds.sound_only_factor)
        shared = self._index.overlap(candidates, queries)
        doc_totals = np.stack([total[candidates.docs] for total in totals])
        query_totals = np.array([[q.total] for q in queries])
        denominators = doc_totals + query_totals
        dice = np.divide(2.0 * shared, denominators, out=np.zeros_like(shared), where=denominators > 0)
        result: FloatArray = (dice * np.array(factors)[:, None]).max(axis=0)
        return result

    def _rank(self, candidates: Candidates, scores: FloatArray, named: About) -> list[tuple[int, float]]:
        """Entries by their best phrasing's score, best first (only the top candidates); an entry that does not
        cover a place, level or measure the question names is marked down, so that one covering it wins."""
        count = min(self.thresholds.top_phrasings, len(scores))
        top = np.argpartition(-scores, count - 1)[:count] if count else np.zeros(0, dtype=np.int64)
        best: dict[int, float] = {}
        for position in top[np.argsort(-scores[top], kind="stable")]:
            score = float(scores[position])
            entry = int(self._doc_entry[candidates.docs[position]])
            if self.uncovered(named, entry) is not None:
                score *= self.thresholds.uncovered_penalty
            else:  # 中级报考条件: the intermediate entry, not the overview; 浙江报考人数: Zhejiang's, not the national
                if len(named.levels) == 1:
                    score *= self._overview_factor(entry, "levels")
                    about = self._about[entry]  # unless it is about the measure asked (初级有判断题吗: 题型)
                    if not about.levels and not (named.measures and set(named.measures) <= set(about.measures)):
                        score *= self.thresholds.levelless_penalty
                score *= self._place_factor(entry, named)
            if score > 0:
                best.setdefault(entry, score)
        return sorted(best.items(), key=lambda item: (-item[1], item[0]))

    def uncovered(self, asked: About, entry: int) -> About | None:
        """What a question asks (`asked`, as read by `Normalizer.named`) that an entry's facts do not cover, or None."""
        return self._coverage.lacks(asked, entry)

    def _read_from_few_words(
        self, question: str, found: list[Unit], ranked: list[tuple[int, float]], best: int, score: float
    ) -> bool:
        """Whether an English question is read from too few known words to be answered with `best` (below `sure`):
        more than `max_unknown_latin` of its weight unknown, unless its few known words point at `best` alone (it
        scores `alone`, every other entry `alone_gap` behind) and no more than `max_unknown_alone` is unknown."""
        t = self.thresholds
        if score >= t.sure or (unknown := self._latin_unknown_share(question, found)) <= t.max_unknown_latin:
            return False
        runner_up = max((s for e, s in ranked if e != best), default=0.0)
        alone = score >= t.alone and score - runner_up >= t.alone_gap
        return not alone or unknown > t.max_unknown_alone

    def _latin_unknown_share(self, question: str, found: list[Unit]) -> float:
        """The share of a question in Latin letters whose words' weight is in words that no phrasing has (0 for a
        question with Chinese in it): a word in many entries' phrasings (is, what) weighs little, a common word no
        phrasing has (`_idle`) and a figure nothing, and a term it was read as (social work: 社工; staffing
        requirements) is one word, weighing as its rarest character or word."""
        if HANZI_RE.search(question):
            return 0.0
        words: list[tuple[float, bool]] = []  # each word's weight, and whether some phrasing has it
        for _, run in itertools.groupby(
            zip(self._words_of(found), found, self._known(found), strict=True), itemgetter(0)
        ):
            weighed = [
                (self._index.weight(_feature(unit)), known)
                for _, unit, known in run
                if _feature(unit) not in self._idle and not FIGURE_RE.fullmatch(unit.text)  # 40 hours: no unknown word
            ]
            if weighed:
                words.append((max(w for w, _ in weighed), all(k for _, k in weighed)))
        unknown = sum(weight for weight, known in words if not known)
        return unknown / total if (total := sum(weight for weight, _ in words)) else 0.0

    def _words_of(self, found: list[Unit]) -> list[int]:
        """For each unit, the number of the word it is part of: a run of Chinese characters is one word, and so are the
        English words of a term the question was read as (staffing requirements)."""
        numbers: list[int] = []
        while len(numbers) < len(found):
            position, size = len(numbers), 1
            if found[position].kind == Kind.HANZI:
                while position + size < len(found) and found[position + size].kind == Kind.HANZI:
                    size += 1
            else:
                texts = tuple(unit.text for unit in found[position:])
                size = next((len(term) for term in self._latin_terms if texts[: len(term)] == term), 1)
            numbers += [position] * size
        return numbers

    def _unknown_share(self, normalized: str) -> float:
        """The share of a normalised question's units, but for its common words (如果, 之后; English ones where no
        phrasing has them) and figures (5年), that no phrasing has as written."""
        found = units(FIGURE_RE.sub(" ", self.normalizer.without_common_words(normalized)))[:MAX_UNITS]
        known = [k for unit, k in zip(found, self._known(found), strict=True) if _feature(unit) not in self._idle]
        return known.count(False) / len(known) if known else 0.0

    def _known(self, found: list[Unit]) -> list[bool]:
        """For each unit, whether some phrasing has it as written: a character counts as known when it forms a known
        pair with a neighbour, so two known words side by side (宁波 + 奖励) stay known."""
        known = [False] * len(found)
        for position, (left, right) in enumerate(itertools.pairwise(found)):
            if left.kind == right.kind == Kind.HANZI and self._index.knows(PAIR + left.text + right.text):
                known[position] = known[position + 1] = True
        for position, unit in enumerate(found):  # a word, a typed syllable or a lone character is known by itself
            alone = unit.kind != Kind.HANZI or len(found) == 1
            known[position] = known[position] or (alone and self._index.knows(_feature(unit)))
        return known

    def _guarded(self, ranked: list[tuple[int, float]], asked: Asked) -> list[tuple[int, float]]:
        """The ranked entries whose topic guard lets the question through."""
        return [(e, s) for e, s in ranked if self._guards.passes(e, asked)]
