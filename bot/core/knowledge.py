"""The knowledge base as typed, immutable objects (built by `bot.core.loader`, read by everything else)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.eligibility.rules import Rule
    from bot.core.eligibility.words import Words


@dataclass(frozen=True, slots=True)
class Source:
    """A published article or regulation that entries cite."""

    id: str
    citation: str
    file: str | None = None  # its text in ../shared/sources/, for the fact check


@dataclass(frozen=True, slots=True)
class Citation:
    """A source an entry cites, and when the figures the entry takes from it are from."""

    source: Source
    as_of: str


@dataclass(frozen=True, slots=True)
class About:
    """What an entry's facts cover (canonical terms from `synonyms.yaml`); an empty field means "not limited"."""

    places: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()  # people other than social workers (社区工作者): covered only where named

    def lacks(self, asked: About, places: PlaceRules) -> About | None:
        """What a question asks (`asked`) that facts about this do not cover, or None. Facts cover every place (level)
        when they name none (but a count, which is no level's: `_names_levels`), except a `separate` place (香港),
        which like measures and subjects they cover only by naming it; facts about one place cover the places inside
        it (宁波's rewards hold in 鄞州; 浙江's outlook, also in a card on 北京's, in 杭州) unless they are figures for
        the place itself (its `local` measures: 浙江's holders are not 杭州's); facts about a place and places inside it
        (宁波's and 台州's rewards, in a report on 浙江) hold only there."""
        missing = About(
            tuple(p for p in asked.places if not self._covers(p, places)),
            tuple(level for level in asked.levels if self._names_levels(asked, places) and level not in self.levels),
            tuple(m for m in asked.measures if m not in self.measures),
            tuple(s for s in asked.subjects if s not in self.subjects),
        )
        return missing if missing != About() else None

    def _names_levels(self, asked: About, rules: PlaceRules) -> bool:
        """Whether facts hold only for the levels they name: those that name some, and for a question asking how
        many (浙江中级持证社工有多少), all of them: a total is no level's count."""
        return bool(self.levels) or bool(rules.by_level.intersection(asked.measures))

    def _covers(self, place: str, rules: PlaceRules) -> bool:
        if place in self.places:
            return True
        if not self.places:
            return place not in rules.separate
        nested = any(set(rules.regions_of(p)).intersection(self.places) for p in self.places)
        if nested or rules.local.intersection(self.measures):
            return False
        return bool(set(self.places).intersection(rules.regions_of(place)))


@dataclass(frozen=True, slots=True)
class PlaceRules:
    """How facts about places cover the places a question names: `separate` places (香港) only by name, the places
    `inside` others (鄞州 → 宁波) through the place they lie in, except for `local` measures (figures for a place);
    and the measures `by_level`, whose figures each level has its own of: counts (持证人数), whose totals are no
    level's figure, and pay (a new hire's pay is no senior's)."""

    separate: frozenset[str] = frozenset()
    inside: Mapping[str, str] = field(default_factory=dict)
    local: frozenset[str] = frozenset()
    by_level: frozenset[str] = frozenset()

    def regions_of(self, place: str) -> list[str]:
        """The places a place lies in, nearest first (鄞州: 宁波, 浙江)."""
        found = []
        region = self.inside.get(place)
        while region is not None and region not in found:
            found.append(region)
            region = self.inside.get(region)
        return found


@dataclass(frozen=True, slots=True)
class Entry:
    """One FAQ entry: a question, the ways people ask it, and its sourced answer."""

    id: str
    category_id: str
    question: str
    phrasings: tuple[str, ...]
    answer: str
    citations: tuple[Citation, ...]
    related: tuple[str, ...]
    keywords: tuple[str, ...]
    about: About = About()
    honest: bool = False  # the entry says the sources do not answer its question, and who decides
    # The measures whose facts hold at fewer of its places, each with those places (why people leave: the pay line is
    # Zhejiang's, the reasons the trade's).
    measures_at: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def all_phrasings(self) -> tuple[str, ...]:
        """The canonical question followed by its alternate phrasings."""
        return (self.question, *self.phrasings)


def _with_places(missing: About | None, places: Sequence[str]) -> About | None:
    """What is `missing`, with `places` lacked too (None when nothing is)."""
    if not places:
        return missing
    base = missing or About()
    return replace(base, places=(*base.places, *places))


@dataclass(frozen=True, slots=True)
class Coverage:
    """What the entries of one knowledge base cover, by position: each entry's `About`, where an entry about other
    places (its place the vocabulary's `unlisted_keyword`, 其他地方) covers every place but those that the entries
    about named places on its measures cover (the other cities' rewards: not 宁波's, which has an entry of its own)."""

    abouts: tuple[About, ...]
    rules: PlaceRules
    claims: Mapping[int, tuple[About, ...]] = field(default_factory=dict)  # for each entry about other places
    bounds: Mapping[int, Mapping[str, About]] = field(default_factory=dict)  # its `measures_at`, as places covered

    @classmethod
    def of(
        cls,
        abouts: Sequence[About],
        rules: PlaceRules,
        elsewhere: str | None,
        measures_at: Sequence[Sequence[tuple[str, tuple[str, ...]]]] = (),
    ) -> Coverage:
        """The coverage of entries about `abouts` (normalised), `elsewhere` the name for other places, and where
        their measures hold when at fewer places (`measures_at`, normalised, by position)."""
        others = {i for i, about in enumerate(abouts) if elsewhere is not None and elsewhere in about.places}
        bounds = {i: {m: About(places, measures=(m,)) for m, places in at} for i, at in enumerate(measures_at) if at}
        claims = {
            i: tuple(
                cls._claim(a, bounds.get(j, {}), set(a.measures) & set(abouts[i].measures))
                for j, a in enumerate(abouts)
                if j not in others and a.places and set(a.measures) & set(abouts[i].measures)
            )
            for i in others
        }
        own = [
            replace(a, places=tuple(p for p in a.places if p != elsewhere)) if i in others else a
            for i, a in enumerate(abouts)
        ]
        return cls(tuple(own), rules, claims, bounds)

    @staticmethod
    def _claim(about: About, bounds: Mapping[str, About], shared: set[str]) -> About:
        """The places an entry claims from the entry about other places on the measures they share: its own, or
        where those measures hold when each holds at fewer (why people leave: 工资 only for 浙江, not 全国)."""
        if not shared <= bounds.keys():
            return about
        places = tuple(dict.fromkeys(p for m in sorted(shared) for p in bounds[m].places))
        return About(places, measures=tuple(sorted(shared)))  # a local measure's place holds not inside it

    def lacks(self, asked: About, entry: int) -> About | None:
        """What a question asks that an entry's facts do not cover, or None (`About.lacks`; the places a measure asked
        holds at fewer of; and for an entry about other places, the places that entries about named places cover)."""
        missing = self._bounded(asked, entry, self.abouts[entry].lacks(asked, self.rules))
        claims = self.claims.get(entry, ())
        claimed = tuple(
            p
            for p in asked.places
            if (missing is None or p not in missing.places)
            and any(c.lacks(About((p,)), self.rules) is None for c in claims)
        )
        return _with_places(missing, claimed)

    def _bounded(self, asked: About, entry: int, missing: About | None) -> About | None:
        """`missing`, with the places asked that a measure asked holds at fewer of (浙江's pay line, asked of 全国)."""
        bounds = self.bounds.get(entry, {})
        lacked = set(missing.places) if missing is not None else set()
        out = [
            place
            for place in asked.places
            if place not in lacked
            and any(m in bounds and bounds[m].lacks(About((place,)), self.rules) for m in asked.measures)
        ]
        return _with_places(missing, out)

    def elsewhere(self, asked: About, entry: int) -> bool:
        """Whether the entry is about other places and the question names one of them (上海 for other cities)."""
        return entry in self.claims and any(self.lacks(About((p,)), entry) is None for p in asked.places)

    def by_place_alone(self, asked: About, entry: int) -> bool:
        """Whether the entry is about other places, the question names one of them, but not what the entry is about
        there (上海社工多不多 names no pay: the other cities' pay is no answer to it)."""
        return self.elsewhere(asked, entry) and self.of_other_measures(asked, entry)

    def of_other_measures(self, asked: About, entry: int) -> bool:
        """Whether the entry's facts are on measures and the question names none of them (台州社工缺人吗: not 奖励)."""
        measures = set(self.abouts[entry].measures)
        return bool(measures) and not measures & set(asked.measures)


@dataclass(frozen=True, slots=True)
class Category:
    """A topic that groups entries, in the order users browse them."""

    id: str
    title: str
    order: int
    entry_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SynonymGroup:
    """Terms read as one; the first is canonical. `topic` terms mark a question as about social work; `counts` is the
    measure that people named by the group are counted by (持证社工 → 持证人数), when a question asks how many: with
    one of `counts_with` if given (报考 asks the applicants' count only with 多少人), else of the vocabulary's
    `quantities`."""

    terms: tuple[str, ...]
    topic: bool
    counts: str | None = None
    counts_with: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What the matcher needs to know about words: synonym groups, the places, exam levels, measures and subjects a
    question may name, and fillers."""

    groups: tuple[SynonymGroup, ...]
    fillers: tuple[str, ...]
    places: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()  # words that open (那) or close (呢) a follow-up question
    excluding: tuple[str, ...] = ()  # words before places a question does not ask about (除了宁波)
    holding: tuple[str, ...] = ()  # words before a level's certificate one holds, not the level asked (有中级证)
    separate_places: tuple[str, ...] = ()  # places with systems of their own: covered only by entries naming them
    jobs: tuple[str, ...] = ()  # subjects that are jobs: said as who sits the exam (护工能考社工证吗), the asker's
    quantities: tuple[str, ...] = ()  # words that ask how many (多少): with people a group `counts`, its measure
    compared_quantities: tuple[str, ...] = ()  # and those that do with places side by side (北京社工比浙江多吗: 多)
    shared_topic: tuple[str, ...] = ()  # the subject's words other subjects use too (登记): on topic among known words
    common_words: tuple[str, ...] = ()  # words any question may hold (如果, 之后): never unknown
    regions: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a place and the places inside it (浙江: 宁波, 台州…)
    place_suffixes: tuple[str, ...] = ()  # what the name of a place not in `places` ends with (吴江区, 威海市)
    not_places: tuple[str, ...] = ()  # words with such an ending that name no place (社区, 区别)
    place_names: tuple[str, ...] = ()  # places not in `places` read by their name alone (临清, 济宁)
    local_measures: tuple[str, ...] = ()  # figures for a place itself: facts about 浙江 do not give 杭州's
    level_measures: tuple[str, ...] = ()  # figures each level has its own of: a new hire's pay is no senior's
    change_measures: tuple[str, ...] = ()  # a change in another measure (增长情况): named after it (机构数的增长情况)
    of_measures: tuple[str, ...] = ()  # a share, average or rank of another measure: named after it (奖励的省内排名)
    unlisted_keyword: str | None = None  # the name for other places (其他地方), which entries about them are about
    who_decides: tuple[tuple[str, str], ...] = ()  # who to ask about a place, subject or measure (国外)
    job_subjects: tuple[tuple[str, str], ...] = ()  # another job's bare word and its subject (护士: 护士职业)
    certificate_suffixes: tuple[str, ...] = ()  # what the name of a certificate no group lists ends with (营养师证)
    certificate_keyword: str | None = None  # the subject such a certificate counts as (其他证书)
    # kinds of fact a few words ask of the answer before (谁提供: who), each with the words an answer saying it has
    asked_kinds: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # which place comes first, asked around its measure (浙江哪个市报考人数最多): each rank (省内排名), the words asking
    # which place (哪个市), and the place it always ranks within (全国: named beside it, no place asked)
    ranks_asked: tuple[tuple[str, tuple[str, ...], str | None], ...] = ()
    superlatives: tuple[str, ...] = ()  # the words that, after those, ask which comes first (最多, 第一)
    comparing: tuple[str, ...] = ()  # words asking which of two places' sums is more (宁波和台州哪个奖励多, 差多少)
    shares_asked: tuple[str, ...] = ()  # words asking how much more as a share (宁波中级比台州多几成: 几成)
    differing: tuple[str, ...] = ()  # words asking how two things differ (志愿者和义工有什么区别, 一样吗)
    other_jobs: tuple[str, ...] = ()  # jobs named by a bare word (教师工资多少), swapped for 社工 by 那社工呢
    leaning_words: tuple[str, ...] = ()  # words by which a short question asks of the answer before (算吗)
    corrections: tuple[str, ...] = ()  # words saying the last question was misread (不是，我是说中级: 不是)
    meant: tuple[str, ...] = ()  # the words before what was meant instead (我是说)
    back_references: tuple[str, ...] = ()  # words pointing back at an earlier question (刚才说的)
    light_words: tuple[str, ...] = ()  # what a few words asking of an answer hold beside it (是每年都发吗: 是)
    level_sums: tuple[str, tuple[str, ...]] | None = None  # a sum asked about a level in a place: its measure (奖励)
    period_sums: tuple[str, tuple[str, ...]] | None = None  # a sum said for a period (一年拿三四千): its measure (工资)
    # a short turn asking about the answer just given (出处呢, 谁说的): each kind of it (`source`…) with its words
    about_previous: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # one word naming several levels at once (初中级) and the levels it reads as (初级, 中级)
    joint_levels: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class SmallTalk:
    """Whole messages that are no question (greetings, thanks, "who are you"), and the one line that answers them."""

    says: tuple[str, ...]
    reply: str
    topics: bool = True  # whether the reply carries the topics button (not beside a caring word to someone in despair)


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Everything under `knowledge/`, validated."""

    categories: tuple[Category, ...]
    entries: Mapping[str, Entry]
    sources: Mapping[str, Source]
    vocabulary: Vocabulary
    files: int
    smalltalk: tuple[SmallTalk, ...] = ()
    eligibility: tuple[Rule, ...] = ()  # who may sit each level (knowledge/eligibility.yaml); none without the file
    reading: Words | None = None  # the words questions are read by for the eligibility verdict (eligibility.yaml)

    def category_entries(self, category_id: str) -> tuple[Entry, ...]:
        """The entries of one category, in file order."""
        category = next(c for c in self.categories if c.id == category_id)
        return tuple(self.entries[entry_id] for entry_id in category.entry_ids)

    @property
    def phrasing_count(self) -> int:
        """How many questions and phrasings the knowledge base holds in all."""
        return sum(len(entry.all_phrasings) for entry in self.entries.values())
