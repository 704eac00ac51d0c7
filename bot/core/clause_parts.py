"""The parts of a question that asks several things, clause by clause (中级考几门，一年有几次机会): the clear answer
to each, or the one clause an answer is for, or the asking clause that a statement around it must not outweigh."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import NamedTuple

from bot.core.clauses import (
    ABOUT_ONESELF_RE,
    MAX_PARTS,
    MIN_PART_UNITS,
    POINTING_RE,
    SETTING_RE,
    asks,
    clauses_of,
    parts_of,
)
from bot.core.facts import only_confirming, only_put_forward
from bot.core.guard import Asked, TopicGuards
from bot.core.index import Candidates, FloatArray
from bot.core.knowledge import About, Entry
from bot.core.match import Match
from bot.core.normalize import Normalizer
from bot.core.ranking import Ranker, without
from bot.core.sounds import Unit, units
from bot.core.text import clean


def with_context(normalized: str, named: About, around: About) -> str:
    """A part naming no level (place) read with the one level (place) its context names, if it names one only."""
    for key in ("levels", "places"):
        if not getattr(named, key) and len(getattr(around, key)) == 1:
            normalized = getattr(around, key)[0] + normalized
    return normalized


class ByClause(NamedTuple):
    """A question read part by part: the clear answers, in the order asked; the asking parts none answers clearly;
    and the entries near those."""

    answers: list[tuple[int, float]]
    unclear: tuple[str, ...]
    near: list[int]
    read: list[tuple[str, str, list[Unit]]]  # each answered part's clause, text and units, in the order of `answers`
    later: tuple[str, ...] = ()  # the asking clauses after MAX_PARTS parts were read: named, to be asked again
    # the parts naming no subject of their own that, read after the subject before them, ask what no entry covers
    # (要钱吗 after 继续教育在哪里学): no other subject's answer is theirs (not the exam's fees)
    uncovered_on: tuple[str, ...] = ()


class ClauseParts:
    """Reads a question clause by clause over one ranker's entries; `alone`, where a method takes it, is the engine's
    decision on a part asked as a question of its own (passed in, never kept: the engine and its reader hold no
    cycle, so a replaced engine is freed at once)."""

    def __init__(self, ranker: Ranker, guards: TopicGuards, normalizer: Normalizer, entries: Sequence[Entry]) -> None:
        self._ranker = ranker
        self._thresholds = ranker.thresholds
        self._guards = guards
        self._normalizer = normalizer
        self._entries = entries
        self._position = {entry.id: position for position, entry in enumerate(entries)}

    def each_clause(
        self, question: str, candidates: Candidates, asked: Asked, bar: float, alone: Callable[[str], Match]
    ) -> ByClause:
        """For a question of several parts that each ask something else (中级考几门，一年有几次机会; 初级报名条件和考试
        科目), the clear answer to each part, in the order asked; a part naming no level (place) is read with the one
        its clause names. Also the asking parts no entry answers clearly, and the entries near them."""
        t = self._thresholds
        answers: list[tuple[int, float]] = []
        unclear: list[str] = []
        near: list[int] = []
        read: list[tuple[str, str, list[Unit]]] = []
        uncovered_on: list[str] = []
        subject = ""  # the last subject a part names (社工考试), for the parts that name none
        parts = parts_of(question)
        for at, (part, clause) in enumerate(parts):
            if len(answers) + len(unclear) >= MAX_PARTS:
                done = {clause for clause, *_ in read}
                later = tuple(dict.fromkeys(c for _, c in parts[at:] if asks(c) and c not in done))
                return ByClause(answers, tuple(unclear), near, read, later, tuple(uncovered_on))
            if at and (only_put_forward(clause) or only_confirming(clause)):
                continue  # a figure alone (北京有多少社工，是8万吗) puts forward the answer to the part before, and
                # 是真的吗 confirms it
            normalized = self._normalizer.normalize(part)
            if not asks(clause) and (SETTING_RE.search(clean(clause)) or self._names_only(normalized)):
                continue  # a clause setting the scene (我在居委会上班, after I pass the exam, 初级) asks nothing itself
            own = "".join(self._normalizer.topic_terms_in(normalized))
            said, subject = subject, own or subject
            normalized, found, scores = self._best_reading(self._readings(part, clause, asked.named), candidates, asked)
            short = len(found) < MIN_PART_UNITS  # asks nothing of its own, unless a measure of the subject before
            if short and not (said and not own and asks(clause) and self._normalizer.named(normalized).measures):
                continue  # (社工证有用吗？难考吗？: 难度), not what happen
            ones = self._one_by_one(self._normalizer.named(normalized))  # 初级和中级报考条件: each level alone
            several = Asked.of(self._normalizer, normalized, found) if len(ones) > 1 else None
            for one in ones:
                covering = [
                    (e, s)
                    for e, s in ([] if short else self._ranker.rank(candidates, scores, one))
                    if (
                        self._answers_alone(e, s, one, several, bar)
                        if several
                        else s >= t.part
                        and self._guards.passes(e, asked)
                        and self._ranker.uncovered(self._with_system(About(places=one.places), asked.named), e) is None
                    )
                ]
                if said and not own and len(ones) == 1:
                    if (on := self._read_on(said, normalized, alone)) is None:
                        covering = []  # 继续教育在哪里学，要钱吗: its cost, which no source gives, not the exam's fees
                        uncovered_on.append(part)
                    elif not self._ranker.is_clear(covering, bar):  # 社工考试一年几次？谁组织的？: 谁组织的 of 社工考试
                        covering = on
                    elif covering[0][0] not in dict(answers) and on:
                        # 浙江考社工的人最多，有多少人: of those answered, not of 浙江's social workers
                        covering = on if on[0][0] in dict(answers) else covering
                if self._ranker.is_clear(covering, bar):
                    if covering[0][0] not in dict(answers):
                        answers.append(covering[0])
                        read.append((clause, part, found))
                elif asks(clause) and part not in unclear:
                    unclear.append(part)
                    near += [e for e, s in covering[:2] if s >= t.suggest and e not in near]
        return ByClause(answers, tuple(unclear), near, read, uncovered_on=tuple(uncovered_on))

    def still_left(self, left: tuple[str, ...], parts: list[tuple[int, float]], named: About) -> tuple[str, ...]:
        """The places and levels (or clauses) left unanswered but those an answered part's entry covers."""
        kept = []
        for value in left:
            key = "places" if value in named.places else "levels" if value in named.levels else ""
            if key and any(self._ranker.uncovered(replace(named, **{key: (value,)}), e) is None for e, _ in parts):
                continue
            kept.append(value)
        return tuple(kept)

    def _names_only(self, normalized: str) -> bool:
        """Whether a normalised text is nothing but the places and levels it names (初级, 宁波)."""
        named = self._normalizer.named(normalized)
        return not without(normalized, [*named.places, *named.levels])

    def _readings(self, part: str, clause: str, whole: About) -> list[str]:
        """A part of a question, normalised and read with the one level (place) its clause names when it names none;
        and, when that differs, read also with the one the whole question names (我是宁波的，奖励多少: 宁波奖励多少)."""
        normalized = self._normalizer.normalize(part)
        normalized = with_context(
            normalized, self._normalizer.named(normalized), self._normalizer.named(self._normalizer.normalize(clause))
        )
        fuller = with_context(normalized, self._normalizer.named(normalized), whole)
        return [normalized] if fuller == normalized else [normalized, fuller]

    def _best_reading(
        self, readings: list[str], candidates: Candidates, asked: Asked
    ) -> tuple[str, list[Unit], FloatArray]:
        """Of a part's readings, with their units and scores, the one whose best entry the question's guards let
        through scores highest, all ranked for what the fullest reading names."""
        scored = [
            (text, found, self._ranker.scores_of([found], candidates)) for text in readings for found in [units(text)]
        ]
        if len(scored) == 1:
            return scored[0]
        named = self._normalizer.named(readings[-1])

        def best_passing(reading: tuple[str, list[Unit], FloatArray]) -> float:
            ranked = self._ranker.rank(candidates, reading[2], named)
            return next((s for e, s in ranked if self._guards.passes(e, asked)), 0.0)

        return max(scored, key=best_passing)

    def _read_on(self, subject: str, part: str, alone: Callable[[str], Match]) -> list[tuple[int, float]] | None:
        """For a part that names no subject of its own (谁组织的), the entry it gets as a question of its own after the
        subject an earlier part names (社工考试), when that answers it whole, as one question; None when, so read, it
        asks what no entry covers (要钱吗 after 继续教育: its cost); else nothing."""
        if len(clauses_of(subject + part)) > 1:  # 北京社工站还有多少社区: parted again, the same parts
            return []
        match = alone(subject + part)
        if match.entry is None and match.uncovered is not None:
            return None
        if match.entry is None or match.more or match.unanswered:
            return []
        return [(self._position[match.entry.id], match.score / 100)]

    def on_its_own(
        self,
        clause: str,
        part: str,
        found: list[Unit],
        entry: int,
        score: float,
        named: About,
        alone: Callable[[str], Match],
    ) -> bool:
        """Whether the one part a clear answer has stands on its own beside parts left unanswered: its clause asks; the
        entry covers what it names and a place with a system of its own named in another part (not the pay after
        美国社工专业适合谁申请); it names social work itself (not 一般多少钱 after 继续教育要交钱吗)
        or, where no part names other people (not 工资待遇怎么样 after 社区工作者是什么编制), gets that entry when
        asked alone (不知道自己符不符合条件); and the entry has most of it (not 社工退税是什么意思)."""
        t, normalized = self._thresholds, self._normalizer.normalize(part)
        return (
            asks(clause)
            and self._ranker.uncovered(self._with_system(self._normalizer.named(normalized), named), entry) is None
            and self._ranker.covered(self._ranker.query(found), entry) >= t.coverage
            and (
                self._normalizer.is_on_topic(normalized)
                or (score >= t.off_topic_answer and not named.subjects and alone(part).entry is self._entries[entry])
            )
        )

    def _with_system(self, part: About, whole: About) -> About:
        """What a part names, and, when it names no place, the places with systems of their own that the whole question
        names (美国社工专业适合谁申请？就业薪资如何: the pay asked is America's)."""
        separate = tuple(p for p in whole.places if p in self._normalizer.place_rules.separate)
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
        return score >= bar and self._guards.passes(entry, asked) and not self._ranker.uncovered(one, entry)

    def asked_instead(
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
        asking = [c for c in asking if not POINTING_RE.match(clean(c))]  # 这是啥规定 asks about what came before
        of_oneself = all(ABOUT_ONESELF_RE.match(clean(c)) for c in clauses if c not in asking)
        allowed = dict(eligible)
        for clause in asking:
            normalized = self._normalizer.normalize(clause)
            normalized = with_context(normalized, self._normalizer.named(normalized), whole)
            named = self._normalizer.named(normalized)
            named = replace(named, places=named.places or whole.places, levels=named.levels or whole.levels)
            ranked = self._ranker.rank(candidates, self._ranker.scores_of([units(normalized)], candidates), named)
            covering = [(e, s) for e, s in ranked if e in allowed]
            if covering and covering[0][0] == best:
                return None
            # suggesting only, the lower bar will do; but the clause alone must mean its entry well ahead of `best`
            # (可以直接报考中级吗 after 不考初级: the intermediate rules are a close second, and what the whole asks)
            ahead = covering[0][1] - dict(covering).get(best, 0.0) if covering else 0.0
            if self._ranker.is_clear(covering, self._thresholds.suggest) and ahead >= self._thresholds.instead_gap:
                entry, score = covering[0]
                return entry, score, of_oneself and self._ranker.is_clear(covering, bar)
        return None

    def one_clause(self, question: str, candidates: Candidates, entry: int) -> tuple[str, tuple[str, ...]]:
        """For a question of several clauses that each ask something (是否全国通用？是否需要定期登记？), the clause the
        entry answers on its own, and the others; else nothing. A clause that only sets the scene (我已经退休了) is no
        question, so a question with one is never answered by a part of it."""
        clauses = clauses_of(question)
        if len(clauses) < 2 or not all(map(asks, clauses)):
            return "", ()
        for clause in clauses:
            normalized = self._normalizer.normalize(clause)
            found = units(normalized)
            ranked = dict(
                self._ranker.rank(
                    candidates, self._ranker.scores_of([found], candidates), self._normalizer.named(normalized)
                )
            )
            query = self._ranker.query(found)
            if (
                ranked.get(entry, 0.0) >= self._thresholds.clause
                and self._ranker.covered(query, entry) >= self._thresholds.coverage
            ):
                return clause, tuple(c for c in clauses if c is not clause)
        return "", ()
