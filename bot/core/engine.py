"""The answer engine: a question in, the entry to answer with (or suggestions, or nothing) out.

It knows nothing of Telegram. It is built once per knowledge base, never changes afterwards, and keeps no
state between questions, so one engine serves any number of threads or tasks at once. It ranks the entries with a
`Ranker` and reads a question's parts with `NamedParts` and `ClauseParts`, its follow-ups with `FollowUps`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

import numpy as np

from bot.core.about_previous import AboutPrevious
from bot.core.about_previous import Asked as AskedOfAnswer
from bot.core.clause_parts import ByClause, ClauseParts, with_context
from bot.core.clauses import INTRODUCING_RE, MAX_PARTS, MAX_UNITS, SETTING_RE, asks, clauses_of
from bot.core.features import features
from bot.core.follow_up import FollowUps
from bot.core.guard import Asked, TopicGuards, sound_line
from bot.core.index import FeatureIndex
from bot.core.knowledge import About, Coverage, Entry, KnowledgeBase
from bot.core.known import KnownWords
from bot.core.match import Match, Thresholds
from bot.core.named_parts import NamedParts
from bot.core.normalize import normalizer_for, term_pattern
from bot.core.ranking import Ranker
from bot.core.sounds import Unit, units
from bot.core.text import clean

# Around a job (a subject no entry is about), words that make it the asker's own (I am a nurse, as a teacher, nursing
# experience), read on normalised text: it tells who asks, not what is asked. After a job listed under `jobs`, asking
# whether one may sit (护工能考社工证吗) makes it the asker's too.
_OWN_BEFORE = r"(?<![a-z])(?:am|m|was|as|former|ex) ?"
_OWN_INTRODUCED = "(?:我是|本人是)(?:一名|一个|名|个)?(?:社区)?"  # 我是社区网格员: the asker's own, whatever the job
_OWN_AFTER = r" ?(?:工作年限|(?:experience|background)(?![a-z]))"
_SITTING_AFTER = "[也都]?能[考报]"
_SITTING_AROUND = ("(?:(?<=能)|(?<=能 ))", r" ?(?:sit|take|apply)(?![a-z])")  # can a nurse sit (能护士职业 sit)


def _own_job(term: str, unheard: bool, listed: bool) -> re.Pattern[str]:
    """The words around a job that make it the asker's own: for one no entry is about (`unheard`), the words before it
    (kept, as group 1) or after it; for one listed under `jobs`, asking whether one may sit after it, or the asker
    saying they are one before it (我是网格员, kept); for any, asking in English whether one may sit (can a nurse sit
    the exam)."""
    job = re.escape(term)
    ways = [f"({_OWN_BEFORE}){job}", f"{job}(?={_OWN_AFTER})"] if unheard else []
    ways += [f"{job}(?={_SITTING_AFTER})", f"({_OWN_INTRODUCED}){job}"] if listed else []
    before, after = _SITTING_AROUND
    return re.compile("|".join([*ways, f"{before}{job}(?={after})"]))


# Where a side of a comparison opens: the question's start, a word joining the two (和, 还是, than: English words
# end in a space), or 当/做 (当社区工作者好还是当网格员好); not inside a longer name (行政督导和专业督导: kinds of one).
_OPENS_SIDE = r"(?:^|(?<=[\s和与跟及比当做])|(?<=还是))"
_CONFIRMING_RE = re.compile(r"[是真假的吗对吧呢嘛么啊呀不\W]")  # the words of a tag asking to confirm (是真的吗)
_OF_EVERY_ANSWER = (AskedOfAnswer.SOURCE, AskedOfAnswer.DATE)  # what every answer tells: where it is from, and when
_PLACE_MARK = "@"
_INTRODUCED_RE = re.compile(r"(?:我|本人)(?:是|在|来自)")  # a question that may tell where the asker is from
# A clause telling only where the asker is from, lives or works, its places marked (我是@人在@工作, 我是@的, 我在@上班)
_ORIGIN_RE = re.compile(r"(?:我|本人)(?:是|在|来自)@(?:人|的|本地人)?(?:(?:在|到|去)@)?(?:工作|上班|生活|读书|上学)?")


def _with_places_marked(normalized: str, places: Sequence[str]) -> str:
    """A normalised clause with each place it names as `_PLACE_MARK`."""
    for place in sorted(places, key=len, reverse=True):
        normalized = normalized.replace(place, _PLACE_MARK)
    return normalized


class Engine:
    """Matches questions against one knowledge base."""

    def __init__(self, knowledge: KnowledgeBase, thresholds: Thresholds | None = None) -> None:
        self.knowledge = knowledge
        self.thresholds = thresholds or Thresholds()
        self.normalizer = normalizer_for(knowledge.vocabulary)
        self._entries: list[Entry] = list(knowledge.entries.values())
        self._exact: dict[str, int] = {}
        abouts = [self.normalizer.normal_about(entry.about) for entry in self._entries]
        bounds = [self.normalizer.normal_measures_at(entry.measures_at) for entry in self._entries]
        self._coverage = coverage = Coverage.of(
            abouts, self.normalizer.place_rules, self.normalizer.unlisted_keyword, bounds
        )
        doc_entry = [position for position, entry in enumerate(self._entries) for _ in entry.all_phrasings]
        index = FeatureIndex(self._documents(), doc_entry)
        self._known = KnownWords(index, self.normalizer)
        self._ranker = Ranker(index, doc_entry, coverage, self._known, self.thresholds)
        self._guards = TopicGuards(self.normalizer, [e.keywords for e in self._entries], coverage)
        self._topic_sounds = tuple(sound_line(units(term)) for term in self.normalizer.topic_terms)
        # A place with a measure that some entry has facts about for a place (宁波 + 奖励; 江苏 + 报考人数) shows a
        # question is about social work.
        self._place_measured = {m for about in coverage.abouts if about.places for m in about.measures}
        # And a place some entry has figures for, with a figure for a place (北京 + 社区数), though no entry has it.
        self._measured_places = {p for about in coverage.abouts if about.measures for p in about.places}
        # Which place comes first (全国哪个省份持证人数最多): places asked, though none is named.
        self._ranks = {self.normalizer.normalize(rank) for rank, _, _ in knowledge.vocabulary.ranks_asked}
        self._local_measures = self.normalizer.place_rules.local
        # The measures and subjects some entry has facts about: a question naming another is answered by none.
        self._somewhere = {term for about in coverage.abouts for term in (*about.measures, *about.subjects)}
        # The jobs no entry is about and the jobs listed as such, each with the words around it that make it the
        # asker's own (I am a lawyer; 护工能考社工证吗).
        unheard = {self.normalizer.normalize(term) for term in knowledge.vocabulary.subjects} - self._somewhere
        jobs = {self.normalizer.normalize(job) for job in knowledge.vocabulary.jobs}
        self._own_jobs = {term: _own_job(term, term in unheard, term in jobs) for term in unheard | jobs}
        # The jobs that are not social work, and the words asking how two things differ: of two such jobs, no entry
        # tells (志愿者和义工有什么区别 is not 社工和志愿者一样吗).
        self._others = jobs | {self.normalizer.normalize(job) for job in knowledge.vocabulary.other_jobs}
        self._opening_others = re.compile(f"{_OPENS_SIDE}(?:{term_pattern(sorted(self._others)).pattern})")
        self._named_parts = NamedParts(self._ranker, self.normalizer, self._entries)
        self._clause_parts = ClauseParts(self._ranker, self._guards, self.normalizer, self._entries)
        self._follow_ups = FollowUps(self.normalizer, self._known, self.thresholds, self._entries, knowledge.vocabulary)
        self.about_answer = AboutPrevious(knowledge.vocabulary.about_previous)  # what a turn asks of an answer

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

    def follow_up(self, question: str, previous: str, earlier: Sequence[str] = ()) -> str | None:
        """`previous` (or one of the questions `earlier` than it, the latest first) asked again about what `question`
        names when `question` is a follow-up of it (那台州呢), else None: `FollowUps.read`."""
        return self._follow_ups.read(question, previous, self.match, self._analyse, earlier)

    def names_another_job(self, question: str) -> bool:
        """Whether a question asks of a job other than social work (`FollowUps.names_another_job`)."""
        return self._follow_ups.names_another_job(question)

    def asked_beside(
        self, question: str, aside: Callable[[str], bool]
    ) -> tuple[tuple[Entry, ...], tuple[str, ...], tuple[str, ...]]:
        """The clear answers to a question's asking clauses but those that `aside` says are answered otherwise (an
        eligibility verdict's: 能考中级吗？考几科？), in the order asked, as many as one reply holds beside it; a clause
        naming no level (place) is read with the one the question names. Also the asking clauses beyond those, and
        those no entry answers clearly (要准备哪些材料), to be named rather than dropped."""
        whole = self.normalizer.named(self.normalizer.normalize(question[: MAX_UNITS * 4]))
        found: list[Entry] = []
        later: list[str] = []
        unclear: list[str] = []
        for clause in clauses_of(question):
            if aside(clause) or not asks(clause):
                continue
            if len(found) == MAX_PARTS - 1:
                later.append(clause)
                continue
            normalized = self.normalizer.normalize(clause)
            match = self.match(with_context(normalized, self.normalizer.named(normalized), whole))
            if match.entry is not None and not match.more:
                found.extend(() if match.entry in found else (match.entry,))
            elif len(_CONFIRMING_RE.sub("", clause)) > 1:  # not a tag asking to confirm (是真的吗, 是吗)
                unclear.append(clause)
        return tuple(found), tuple(later), tuple(unclear)

    def nearest(self, question: str) -> tuple[Entry, int] | None:
        """The entry closest to a question however weak the match (for maintainers' reports), with its score."""
        _, found = self._read(question)
        _, candidates, whole = self._ranker.score_whole(found)
        ranked = self._ranker.rank(candidates, whole, About())
        return (self._entries[ranked[0][0]], round(ranked[0][1] * 100)) if ranked else None

    def _read(self, question: str) -> tuple[str, list[Unit]]:
        """A question as normalised text and as units, both bounded in length."""
        normalized = self._without_own_jobs(self.normalizer.normalize(question[: MAX_UNITS * 4]))
        normalized = self.normalizer.unlisted_certificates_named(self.normalizer.without_scenes(normalized))
        return normalized, units(normalized)[:MAX_UNITS]

    def _analyse(self, question: str) -> tuple[Match, list[tuple[int, float]]]:
        """The decision on a question, and the entries ranked for it (none when it is off topic). Offered only
        suggestions, a question that also asks what every answer tells (出处是哪里) is answered as its asking clauses
        alone are; so is one that also tells who asks (我是老师), when they mean the first entry offered: the
        introduction only diluted it (我是护士，社工可以吗 asks more than 社工可以吗)."""
        if (asked := self._without_origin(question)) is not None:  # 我是宁波人，上海有奖励吗: 上海有奖励吗
            match, ranked = self._decide(asked)
            return replace(match, question=question), ranked
        match, ranked = self._decide(question)
        if match.entry is not None and self._compares_others(match.normalized):
            offered = (match.entry, *match.suggestions)[: self.thresholds.max_suggestions]
            return Match(question, None, match.score, offered, match.normalized), ranked
        if (
            match.entry is None
            and match.suggestions
            and match.uncovered is None
            and (asking := self._asking_part(question)) is not None
            and (alone := self.match(asking[0])).entry is not None
            and (asking[1] or alone.entry is match.suggestions[0])
        ):
            return replace(alone, question=question, normalized=match.normalized), ranked
        return match, ranked

    def _parts_cover(self, by_clause: ByClause) -> bool:
        """Whether each clear part's entry covers what that part names (not 高级社工评审要交什么材料: the review's
        papers, which no entry tells)."""
        return all(
            self._ranker.uncovered(self.normalizer.named(self.normalizer.normalize(part)), entry) is None
            for (_, part, _), (entry, _) in zip(by_clause.read, by_clause.answers, strict=True)
        )

    def _compares_others(self, normalized: str) -> bool:
        """Whether a question asks how two jobs differ, or which is better, neither of them social work (志愿者和义工
        有什么区别, 社区工作者和网格员哪个好, which is better, community worker or grid worker): each job's comparison
        with social workers is near, but answers another question. Each job opens a side: two kinds of one
        (行政督导和专业督导) may be what an entry tells."""
        if not self.normalizer.asks_how_they_differ(normalized):
            return False
        return len(self._opening_others.findall(normalized)) >= 2 and not (
            set(self.normalizer.topic_terms_in(normalized)) - self._others
        )

    def _decide(self, question: str) -> tuple[Match, list[tuple[int, float]]]:
        """`_analyse`'s decision on the question as a whole."""
        normalized, found = self._read(question)
        exact = self._exact.get(normalized)
        if exact is not None:
            return Match(question, self._entries[exact], 100, (), normalized), []
        if not found:
            return Match(question, None, 0, (), normalized), []
        asked = Asked.of(self.normalizer, normalized, found)
        named = asked.named
        query, candidates, whole = self._ranker.score_whole(found)
        whole = self._ranker.wherever(question, normalized, named, candidates, whole)
        whole = self._ranker.in_region(normalized, named, candidates, whole)
        if asked.any_level is not None:
            whole = self._ranker.any_level(asked.any_level, named.levels[0], candidates, whole)
        ranked = self._ranker.rank(candidates, whole, named)
        best_score = round(ranked[0][1] * 100) if ranked else 0
        typed = clean(question[: MAX_UNITS * 4])
        on_topic = (
            self.normalizer.is_on_topic(normalized)
            or self.normalizer.is_on_topic(typed)  # 社工 inside a synonym (报考社工的人数)
            or any(s in asked.line for s in self._topic_sounds)
            or bool(
                (named.places or self._ranks & set(named.measures))
                and self._place_measured & (set(named.measures) - self._ranks)
            )
            or bool(self._measured_places & set(named.places) and self._local_measures & set(named.measures))
        )
        if not on_topic and self._known.unknown_share(normalized) > self.thresholds.max_unknown:
            # off topic, but for a job or subject no entry is about, which is named (Is nursing a good career?)
            unheard = named if self._unheard(named) else None
            return Match(question, None, best_score, (), normalized, unheard), []
        # Known words around a word of the subject that others use too (考过之后要登记吗): about this subject.
        on_topic = on_topic or self.normalizer.names_shared_topic(typed)
        bar = self.thresholds.answer if on_topic else self.thresholds.off_topic_answer
        eligible = self._guarded(ranked, asked)
        if not self._ranker.is_clear(eligible, bar) or self._ranker.uncovered(named, eligible[0][0]):
            # A long question often buries what it asks in one clause, or asks in one clause what its best entry
            # does not cover (另外宁波考出来有奖励吗): score the clauses too, keep the best.
            clauses = self._clauses(question[: MAX_UNITS * 4], named)
            if clauses:
                ranked = self._ranker.rank(
                    candidates, np.maximum(whole, self._ranker.scores_of(clauses, candidates)), named
                )
                eligible = self._guarded(ranked, asked)
        t = self.thresholds
        parts, left, near = self._named_parts.each_named(question, named, eligible, bar)
        by_clause = self._clause_parts.each_clause(question, candidates, asked, bar, self.match)
        more = bool(parts) and dict(parts).keys() <= dict(by_clause.answers).keys()
        if (
            (len(by_clause.answers) > len(parts) and (left or more or by_clause.later))
            or self._clauses_name_apart(parts, by_clause)
            or (by_clause.uncovered_on and by_clause.answers and self._parts_cover(by_clause))
        ):
            # each clause names its own (宁波奖励多少，北京有多少社工), or asks more (怎么考，考几科，宁波有奖励吗), or
            # asks of the subject before what no entry covers (继续教育要多少学时，要钱吗: not the exam's fees)
            parts, left, near = by_clause.answers, by_clause.unclear, by_clause.near
        covering = [(e, s) for e, s in eligible if self._ranker.uncovered(named, e) is None]
        covering = self._beyond_place(covering, eligible, ranked, named)
        # one part's answer covers them all
        whole_part = any(self._ranker.uncovered(named, e) is None for e, _ in parts)
        if (left or whole_part) and (overview := self._named_parts.overview(named, covering)) is not None:
            return Match(question, self._entries[overview[0]], round(overview[1] * 100), (), normalized), ranked
        if (
            not self._ranker.is_clear(covering, bar)
            and (overview := self._named_parts.over_places(named, ranked, covering)) is not None
        ):
            return Match(question, self._entries[overview[0]], round(overview[1] * 100), (), normalized), ranked
        if not parts and (
            len(by_clause.answers) > 1  # the parts no entry answers clearly are named, not dropped
            or (  # 社工证是什么？社区工作者为何必须考取？: the one clear part, the other named
                by_clause.unclear
                and len(by_clause.answers) == 1
                # or answered only by a part that, read after the subject before it, no entry covers (要钱吗 after
                # 继续教育在哪里学: not the exam's fees)
                and (not self._ranker.is_clear(covering, bar) or bool(by_clause.uncovered_on))
                and self._clause_parts.on_its_own(*by_clause.read[0], *by_clause.answers[0], named, self.match)
            )
        ):
            parts, left, near = by_clause.answers, by_clause.unclear, by_clause.near
        left = self._clause_parts.still_left(left, parts, named)  # 宁波和台州的奖励有什么区别: one covers both
        if len(parts) > 1 or (parts and left):
            first, *others = (self._entries[e] for e, _ in parts)
            rounded = round(parts[0][1] * 100)
            offered = tuple(self._entries[e] for e in near if e not in dict(parts))[: t.max_suggestions]
            multi = Match(question, first, rounded, offered, normalized, more=tuple(others), unanswered=left)
            return replace(multi, later=by_clause.later), ranked
        worth = [(e, s) for e, s in ranked if s >= t.suggest]
        in_order = self._offer_order(worth, eligible, named)
        suggestions = tuple(self._entries[e] for e, _ in in_order[: t.max_suggestions])
        if (
            self._ranker.is_clear(covering, bar)
            and not self._guards.by_place_alone(covering[0][0], asked)
            and not self._place_unread(normalized, named, covering[0][0], eligible)
        ):
            best, score = covering[0]
            instead = self._clause_parts.asked_instead(question, named, candidates, eligible, bar, best)
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
            if self._ranker.share_covered(query, normalized, named, best) < t.coverage:
                answered, unanswered = self._clause_parts.one_clause(question, candidates, best)
                if not answered and score < t.sure:  # nor of any one clause, and not sure of it: offer it
                    offered = (self._entries[best], *rest)[: t.max_suggestions]
                    return Match(question, None, round(score * 100), offered, normalized), ranked
            close = [
                self._entries[e]
                for e, s in in_order
                if e != best and s >= score - t.alternative_gap and self._ranker.uncovered(named, e) is None
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
                or (bool(on_topic or self._unheard(named)) and self._nowhere(named, ranked))
            )
            and self._ranker.uncovered(named, self._nearest(ranked, eligible))
            and not nearest_covers
            and (missing := self._named_parts.missing(question, named, eligible)) is not None
        ):
            # The nearest entry is about another place, level or measure and no entry worth offering is about it: say
            # so, never give the other entry's figure; offer the nearest entries, labelled with what they are about.
            # Asked what no entry is about (退休金), only an entry close enough to be read as meant is worth a tap.
            known = not self._nowhere(missing)  # some entry is about what is missing: any near entry may be meant
            meant = [e for e, s in worth if (s >= bar or known) and not self._named_parts.of_another_measure(e, named)]
            nearest = tuple(
                self._entries[e] for e in self._of_places_first(meant, ranked, missing)[: t.max_suggestions]
            )
            return Match(question, None, round(ranked[0][1] * 100), nearest, normalized, missing), ranked
        return Match(question, None, round(ranked[0][1] * 100) if ranked else 0, suggestions, normalized), ranked

    def _asking_part(self, question: str) -> tuple[str, bool] | None:
        """For a question with a clause asking what every answer tells (数据是哪年的, 出处是哪里) or only telling who
        asks (我是老师, 本人在社区上班), its other asking clauses alone: without those, and those that tell who asks
        (我是记者, 我在写调研报告), whose words dilute what is asked; with whether a clause asking what every answer
        tells was left out."""
        clauses = clauses_of(question[: MAX_UNITS * 4])
        of_every = [c for c in clauses if self.about_answer.asked(c) in _OF_EVERY_ANSWER]
        told = of_every + [c for c in clauses if c not in of_every and self._tells_who_asks(c)]
        asking = [c for c in clauses if c not in told and (asks(c) or not SETTING_RE.search(clean(c)))]
        return ("，".join(asking), bool(of_every)) if told and asking else None

    def _without_origin(self, question: str) -> str | None:
        """A question without its clauses telling where the asker is from or works (我是宁波人在上海工作, 我是温州的)
        when another clause asks of a place (上海考社工证有奖励吗), or None: the asker's place is not the one asked."""
        if _INTRODUCED_RE.search(question) is None:  # most questions: nothing to read clause by clause
            return None
        clauses = clauses_of(question[: MAX_UNITS * 4])
        read = [(c, text, self.normalizer.named(text)) for c in clauses for text in [self.normalizer.normalize(c)]]
        origin = [
            bool(n.places) and _ORIGIN_RE.fullmatch(_with_places_marked(t, n.places)) is not None for _, t, n in read
        ]
        asking = [c for (c, _, _), told in zip(read, origin, strict=True) if not told]
        places_asked = any(n.places for (_, _, n), told in zip(read, origin, strict=True) if not told)
        return "，".join(asking) if any(origin) and asking and places_asked else None

    def _tells_who_asks(self, clause: str) -> bool:
        """Whether a clause only tells who asks (我是宝妈, 本人在社区上班), asking nothing and naming no place, level or
        measure the question could be asked of (我在宁波, 我是中级)."""
        cleaned = clean(clause)
        named = self.normalizer.named(self.normalizer.normalize(clause))
        return (
            INTRODUCING_RE.match(cleaned) is not None
            and not asks(clause)
            and not (named.places or named.levels or named.measures)
        )

    def _of_places_first(self, meant: list[int], ranked: list[tuple[int, float]], missing: About) -> list[int]:
        """The entries to offer beside an honest reply: `meant`, after the nearest about a place it names when none of
        them is about one (浙江的联席会议, asked after Beijing's: Zhejiang's own facts, then Beijing's meeting)."""
        about = self._coverage.abouts
        places = set(missing.places)
        if not places or any(places & set(about[e].places) for e in meant):
            return meant
        placed = [e for e, _ in ranked if places & set(about[e].places) and not self._entries[e].honest]
        return [*placed[: self.thresholds.max_suggestions - 1], *meant] if placed else meant

    def _nearest(self, ranked: list[tuple[int, float]], eligible: list[tuple[int, float]]) -> int:
        """The nearest entry to a question, passing over an honest one whose guard the question does not pass (the
        major's outlook for 上海社工前景怎么样): saying the sources are silent on what it does not reach, it covers
        nothing."""
        guarded = dict(eligible)
        return next((e for e, _ in ranked if e in guarded or not self._entries[e].honest), ranked[0][0])

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
            about = set(self._ranker.about[entry].places)
            if not named.places or about & set(named.places):
                return 0
            return 1 if about & regions else 2 if not about else 3

        return sorted(
            ranked,
            key=lambda item: (
                item[0] not in guarded,
                self._ranker.uncovered(level, item[0]) is not None,
                place_order(item[0]),
            ),
        )

    def _read_from_few_words(
        self, question: str, found: list[Unit], ranked: list[tuple[int, float]], best: int, score: float
    ) -> bool:
        """Whether an English question is read from too few known words to be answered with `best` (below `sure`):
        more than `max_unknown_latin` of its weight unknown, unless its few known words point at `best` alone (it
        scores `alone`, every other entry `alone_gap` behind) and no more than `max_unknown_alone` is unknown."""
        t = self.thresholds
        if score >= t.sure or (unknown := self._known.latin_unknown_share(question, found)) <= t.max_unknown_latin:
            return False
        runner_up = max((s for e, s in ranked if e != best), default=0.0)
        alone = score >= t.alone and score - runner_up >= t.alone_gap
        return not alone or unknown > t.max_unknown_alone

    def _beyond_place(
        self,
        covering: list[tuple[int, float]],
        eligible: list[tuple[int, float]],
        ranked: list[tuple[int, float]],
        named: About,
    ) -> list[tuple[int, float]]:
        """`covering` without the entries about a place and its measures that a question naming the place but none of
        those measures reaches below an entry lacking only the place (台州社工缺人吗: the gap, not 台州's rewards); and
        none when such an entry covers best but another, whatever its guard, reads closer (台州社工机构)."""
        if not named.places or not eligible:
            return covering
        coverage = self._coverage
        if (
            covering
            and ranked[0][1] > covering[0][1]
            and coverage.abouts[covering[0][0]].places
            and coverage.of_other_measures(named, covering[0][0])
        ):
            return []  # 台州社工机构: the place's only facts (its reward) are no answer, and others read closer
        top, top_score = eligible[0]
        lacks = self._ranker.uncovered(named, top)
        if lacks is None or lacks != About(places=lacks.places):
            return covering
        return [
            (e, s)
            for e, s in covering
            if s >= top_score or not (coverage.abouts[e].places and coverage.of_other_measures(named, e))
        ]

    def _place_unread(self, normalized: str, named: About, best: int, eligible: list[tuple[int, float]]) -> bool:
        """Whether a question is only names (宁波 初级) and its answer is about no place it names, while an entry about
        one is worth offering: which of them is meant, the question does not say."""
        names = list(itertools.chain(named.places, named.levels))
        if not named.places or self.normalizer.without_terms_within(normalized, names).strip():
            return False
        about = self._coverage.abouts
        return not set(about[best].places) & set(named.places) and any(
            set(about[e].places) & set(named.places) for e, _ in eligible
        )

    def _clauses_name_apart(self, parts: list[tuple[int, float]], by_clause: ByClause) -> bool:
        """Whether each clause, read on its own, is answered clearly and by as many entries as the places (levels)
        named across them, but not by the same ones (宁波和台州分别奖励多少，另外北京有多少社工: Beijing's count, not
        Beijing's reward): the clauses say what each place is asked about."""
        return (
            len(by_clause.answers) == len(parts) > 1
            and not by_clause.unclear
            and len({clause for clause, _, _ in by_clause.read}) > 1
            and set(dict(parts)) != set(dict(by_clause.answers))
        )

    def _clauses(self, question: str, named: About) -> list[list[Unit]]:
        """Each clause of a question that has several, read with the one place the question names when it names none,
        and each two neighbouring clauses, as units (在台州工作，考过了初级能拿多少奖励: 台州's reward)."""
        parts = []
        for clause in clauses_of(question):
            normalized = self.normalizer.normalize(clause)
            parts.append(units(with_context(normalized, self.normalizer.named(normalized), About(places=named.places))))
        parts = [p for p in parts if p]
        if len(parts) < 2:
            return []
        return parts + [a + b for a, b in itertools.pairwise(parts)]

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

    def _nowhere(self, named: About, ranked: Sequence[tuple[int, float]] = ()) -> bool:
        """Whether a question names a measure or subject that no entry has facts about, or (given the entries
        `ranked` for it) a subject asked alone that none it comes near enough to offer has (网格员是社工吗: only the
        rules on years of work name 网格员, for whether its years count)."""
        if any(term not in self._somewhere for term in (*named.measures, *named.subjects)):
            return True
        if named.places or named.levels or named.measures:  # 国外的督导, 志愿者的教材: a near entry may tell of them
            return False
        near = [self._coverage.abouts[e].subjects for e, s in ranked if s >= self.thresholds.suggest]
        return any(all(subject not in subjects for subjects in near) for subject in named.subjects)

    def _guarded(self, ranked: list[tuple[int, float]], asked: Asked) -> list[tuple[int, float]]:
        """The ranked entries whose topic guard lets the question through."""
        return [(e, s) for e, s in ranked if self._guards.passes(e, asked)]
