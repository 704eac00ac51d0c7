"""The parts of a question that names several places, levels or measures (宁波台州的奖励各是多少): an answer for each,
an entry about them all, or what no entry has facts about."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.core.clauses import AND_RE, MAX_PARTS, clauses_of
from bot.core.knowledge import About, Entry
from bot.core.normalize import Normalizer
from bot.core.ranking import Ranker


class NamedParts:
    """Reads the places, levels and measures a question names as its parts, over one ranker's entries."""

    def __init__(self, ranker: Ranker, normalizer: Normalizer, entries: Sequence[Entry]) -> None:
        self._ranker = ranker
        self._thresholds = ranker.thresholds
        self._about = ranker.about
        self._normalizer = normalizer
        self._entries = entries

    def each_named(
        self, question: str, named: About, eligible: list[tuple[int, float]], bar: float
    ) -> tuple[list[tuple[int, float]], tuple[str, ...], list[int]]:
        """For a question naming several places, levels, measures or subjects (宁波台州的奖励各是多少;
        初级考几科，在宁波能拿多少奖励; 社工跟网格员、社区干部是一回事吗), the clear answer for each, scored as
        `_part_factor` says. Measures are parts only when each clause names one at most (初级社工科目有效期 asks one
        thing, the validity of a subject's pass) and none is a share, rank or change of another. Also the places
        (levels, measures) no entry answers clearly, to be named (初级、中级、高级考什么科目: 高级), and the entries
        worth offering for them (有效期和继续教育学时: the two entries about the hours, too close to choose)."""
        for key in ("places", "levels", "measures", "subjects"):
            values: tuple[str, ...] = getattr(named, key)
            if len(values) > 1 and key == "measures" and not self._measures_apart(question):
                continue
            if key == "measures" and set(values) & self._normalizer.named_after:
                continue  # a share, rank or change of the count asked is no part of its own (per 10,000 residents)
            clear: dict[str, tuple[int, float]] = {}
            unclear: list[tuple[str, list[tuple[int, float]], About]] = []
            for value in values[:MAX_PARTS] if len(values) > 1 else ():
                one = replace(named, **{key: (value,)})
                covering = [
                    (e, self._unpenalised(e, s, named) * self._part_factor(e, key, one))
                    for e, s in eligible
                    if self._ranker.uncovered(one, e) is None
                ]
                covering.sort(key=lambda item: -item[1])
                if self._ranker.is_clear(covering, bar):
                    clear[value] = covering[0]
                else:
                    unclear.append((value, covering, one))
            left: list[str] = []
            near: list[int] = []
            for value, covering, one in unclear:
                if key == "places" and (
                    self._alike(covering, list(clear.values()), one) or self._exactly(covering, one)
                ):
                    clear[value] = covering[0]
                else:
                    left.append(value)
                    nearest = covering[:2] or (self._of_place(one, eligible) if key == "places" else [])
                    worth = [e for e, s in nearest if s >= self._thresholds.suggest]
                    offered = (
                        (not covering and self._other_counts(one, key, eligible)) or worth or self._with_facts(one, key)
                    )
                    near += [e for e in offered if e not in near]
            first: dict[int, tuple[int, float]] = {}  # each entry once, as its first part asked gets it
            for value in (v for v in values if v in clear):
                first.setdefault(clear[value][0], clear[value])
            answers = list(first.values())  # in the order asked
            if len(answers) > 1 or (answers and left and self._one_and_named(key, answers[0][0], left)):
                return answers, tuple(left), near  # 考几科？教材用哪本: the facts for one, the other named
        return [], (), []

    def _with_facts(self, one: About, key: str) -> list[int]:
        """For a place read too weakly to answer, the entry with its facts on all asked, however weak the match (我在
        宁波考的初级，后来调到台州工作了，两边奖励能都拿吗: 台州's reward): it is offered, never said to be missing."""
        if key != "places":
            return []
        return [
            e
            for e, about in enumerate(self._about)
            if set(one.places) <= set(about.places)
            and not self._entries[e].honest
            and self._ranker.uncovered(one, e) is None
        ][:1]

    def _of_place(self, one: About, eligible: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """For a place no entry has the asked facts on, the nearest entry worth offering with other facts on it (北京和
        浙江各有什么政策: 浙江's incentives), to be offered labelled as about that place."""
        place = About(places=one.places)
        return [(e, s) for e, s in eligible if self._about[e].places and self._ranker.uncovered(place, e) is None][:1]

    def _other_counts(self, one: About, key: str, eligible: list[tuple[int, float]]) -> list[int]:
        """For a place asked a count that no entry has, the entries with its other counts, nearest first (北京和浙江各有
        多少社工: 浙江's certificate holders and applicants), to be offered labelled as about that place."""
        counts = self._normalizer.count_measures
        if key != "places" or not counts & set(one.measures):
            return []
        scores = dict(eligible)
        counted = [
            e
            for e, about in enumerate(self._about)
            if about.places == one.places and counts & set(about.measures) and not self._entries[e].honest
        ]
        return sorted(counted, key=lambda e: -scores.get(e, 0.0))[: self._thresholds.max_suggestions - 1]

    def _alike(self, covering: list[tuple[int, float]], answers: list[tuple[int, float]], one: About) -> bool:
        """Whether a place's nearest entry, worth offering, is about just that place and the measures of an answer
        given for another place (宁波和台州的奖励有什么区别: Taizhou's clear, Ningbo's entry is about Ningbo's reward):
        parts that differ only in the place are read alike. (Levels have the overview entries for that.)"""
        if not covering or not answers or covering[0][1] < self._thresholds.suggest:
            return False
        about, other = self._about[covering[0][0]], self._about[answers[0][0]]
        return bool(one.measures) and about.measures == other.measures and about.places == one.places

    def _exactly(self, covering: list[tuple[int, float]], one: About) -> bool:
        """Whether a place's nearest entry, worth offering, is about just that place and every measure asked of it
        (北京社工比浙江多吗: Beijing's count): the place's own facts on what is asked, however the question words it."""
        if not covering or not one.measures or covering[0][1] < self._thresholds.suggest:
            return False
        about = self._about[covering[0][0]]
        return about.places == one.places and set(one.measures) <= set(about.measures)

    def _one_and_named(self, key: str, entry: int, left: list[str]) -> bool:
        """Whether a question's one clear part is answered with its facts and the parts left named (北京和上海各有多少
        社工: Beijing's figure, 上海 named): not for levels, nor for a place with a system of its own (国外)."""
        separate = self._normalizer.place_rules.separate
        if key == "levels" or self._entries[entry].honest:
            return False
        return key == "measures" or not any(place in separate for place in left)

    def overview(self, named: About, covering: list[tuple[int, float]]) -> tuple[int, float] | None:
        """For a question about a measure at several levels that the levels' own entries do not answer alone
        (初级、中级、高级考什么科目), the entry about that measure at every level asked, if one is worth offering."""
        if not named.measures or len(named.levels) < 2:
            return None
        asked = {*named.levels, *named.measures}
        for entry, score in covering:
            about = self._about[entry]
            if score >= self._thresholds.suggest and asked <= {*about.levels, *about.measures}:
                return entry, score
        return None

    def over_places(
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
                score >= self._thresholds.suggest
                and places <= {*about.places}
                and {*named.measures} <= {*about.measures}
            ):
                return entry, score
        return None

    def _unpenalised(self, entry: int, score: float, named: About) -> float:
        """An entry's score without the mark-down for not covering all the question names: for the one part of a
        question of several places (levels, measures) that it covers, it is no worse than the others."""
        return score / self._thresholds.uncovered_penalty if self._ranker.uncovered(named, entry) else score

    def _part_factor(self, entry: int, key: str, one: About) -> float:
        """For one part of a question: an entry about several levels (measures) is marked down when one is asked, and
        one about several places as `Ranker.place_factor` says."""
        return (self._ranker.overview_factor(entry, key) if key != "places" else 1.0) * self._ranker.place_factor(
            entry, one
        )

    def missing(self, question: str, named: About, eligible: list[tuple[int, float]]) -> About | None:
        """What a question names that no entry worth offering has facts about, or None: not the subjects when the
        subjects overview is there (各级别的考试科目), nor Ningbo when Ningbo's entry is (宁波和台州考中级各奖多少); of
        several places (levels, measures in separate clauses), only those without an entry (北京和上海各有多少社工:
        上海; but 初级社工科目有效期 is one thing, which no entry has). An entry about several places has no facts for a
        place with an entry of its own that lacks them (台州高级的奖励: not in the rewards overview either)."""
        worth = [e for e, s in eligible if s >= self._thresholds.suggest and not self._entries[e].honest]
        facts = [e for e in worth if self._ranker.place_factor(e, named) == 1]
        if any(self._ranker.uncovered(named, e) is None for e in facts):
            return None
        for key in ("places", "levels", "measures"):
            values: tuple[str, ...] = getattr(named, key)
            if len(values) > 1 and (key != "measures" or self._measures_apart(question)):
                left = tuple(
                    v for v in values if all(self._ranker.uncovered(replace(named, **{key: (v,)}), e) for e in facts)
                )
                return replace(named, **{key: left}) if left else None
        return named

    def of_another_measure(self, entry: int, named: About) -> bool:
        """Whether an entry only says there are no figures on measures other than those a question asks (杭州报考人数:
        not that there is no other city's pay)."""
        measures = self._about[entry].measures
        honest = self._entries[entry].honest
        return honest and bool(named.measures and measures) and not set(measures) & set(named.measures)

    def _measures_apart(self, question: str) -> bool:
        """Whether no clause of a question names more than one measure, a clause cut where a word joins two things
        (科目和题型 names them apart; 初级社工科目有效期 asks one thing, the validity of a subject's pass)."""
        pieces = (p for clause in clauses_of(question) for p in AND_RE.split(clause))
        return all(len(self._normalizer.named(self._normalizer.normalize(p)).measures) <= 1 for p in pieces)
