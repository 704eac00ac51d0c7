"""Follow-ups: a question that only swaps a place, level or measure (那台州呢), or that leans on the one before it
(评审一年几次 after 高级社工师怎么评; 谁提供 after 继续教育多少学时), read as the question before it asked again."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import astuple, replace

from bot.core.clauses import ASKING_RE, MAX_UNITS, clauses_of
from bot.core.knowledge import About, Entry, Vocabulary
from bot.core.known import KnownWords
from bot.core.match import Match, Thresholds
from bot.core.normalize import Normalizer, term_pattern
from bot.core.sounds import units
from bot.core.text import FIGURE_RE, HANZI_RE, RELATIVE_YEAR_RE, YEAR_RE, clean, to_simplified

MAX_FOLLOW_UP_REST = 2  # a follow-up is a place, level or measure and at most this many other characters (那…呢)
_CONTINUATION_UNITS = 8  # a longer question without a follow-up word says enough to be read on its own
_CONTINUATION_UNKNOWN = 0.25  # the share of its units unknown (在深圳能用吗: 在), under that of off-topic chat
_ASKING_WORDS = re.compile(f"{ASKING_RE.pattern}|能")  # and 能, which 可以, 能否 and can are read as
_HOW_MUCH = re.compile("多少|几")  # a quantity asked (一年要多少, 每月几个)
_PERIOD = re.compile(r"(?:每|[半一二两三四五六七八九十]+|\d{1,2})个?[年月]")  # a period (一年, 每个月; not 2021年)
_BRIEF_ASKING = re.compile(f"哪里|哪儿|什么时候|{_ASKING_WORDS.pattern}|谁|(?<![a-z])who(?![a-z])")  # and who asks
_LEANING_UNITS = 12  # a question asking by a leaning word (读个社工硕士能抵吗) is read after the one before up to this
_BRIEF = 2  # a question asking in a few words has at most this many characters besides (谁提供: 提供)
_LEVEL_NEAR = 0.4  # in a thread about one level, a question's own entry about that level this close is meant
_TOPIC_UNITS = 13  # a question read in the topic before (在户口所在地还是单位所在地) has at most this many units
_UNSAID_SHARE = 0.25  # of a longer question read as asking more of the answer just given, the share it may not say
_PREDICATE = "是不是|算不算|属不属于|是|算是|算|属于"  # between the people asked about and what they are asked to be


Analyse = Callable[[str], tuple[Match, list[tuple[int, float]]]]  # a question's match, with the entries ranked for it


def _cleaned_terms(words: Sequence[str]) -> re.Pattern[str]:
    """Any of `words`, cleaned, in clean text (`term_pattern`: longest first, a Latin one as a whole word)."""
    return term_pattern(sorted({clean(w) for w in words}))


def _longest_within(text: str, within: str) -> str:
    """The longest run of two characters or more of `text` that `within` holds, or nothing."""
    runs = (text[at : at + size] for size in range(len(text), 1, -1) for at in range(len(text) - size + 1))
    return next((run for run in runs if run in within), "")


def _unsaid(text: str, within: str) -> str:
    """The characters of `text` outside its runs of two or more that `within` holds, taken longest first from the
    left (跟医生一样是职业 in 和医生、警察、教师一样，是一个有专业背景的职业: 跟, 是)."""
    left, at = "", 0
    while at < len(text):
        size = next((size for size in range(len(text) - at, 1, -1) if text[at : at + size] in within), 1)
        left += text[at] if size == 1 else ""
        at += size
    return left


def _years_said(question: str) -> list[str]:
    """The years a question says, as written or relative to the year it is read in (2021年, 去年)."""
    return [f"{year}年" for year in YEAR_RE.findall(question)] + RELATIVE_YEAR_RE.findall(question.lower())


class FollowUps:
    """Reads follow-ups over one engine's entries; `match` is the engine's decision on a question, `analyse` that
    decision with the entries (by position) ranked for it (passed in, never kept: see `ClauseParts`)."""

    def __init__(
        self,
        normalizer: Normalizer,
        known: KnownWords,
        thresholds: Thresholds,
        entries: Sequence[Entry],
        vocabulary: Vocabulary,
    ) -> None:
        self._normalizer = normalizer
        self._known = known
        self._thresholds = thresholds
        self._entries = entries
        kinds = vocabulary.asked_kinds
        self._asked_kinds = [(_cleaned_terms(asks), _cleaned_terms(said_by)) for asks, said_by in kinds]
        self._leaning = _cleaned_terms(vocabulary.leaning_words) if vocabulary.leaning_words else None
        meant = _cleaned_terms(vocabulary.meant).pattern  # 不是，我是说中级; 不是我是说中级; 我是说中级
        self._correction = re.compile(
            f"^(?:(?:{_cleaned_terms(vocabulary.corrections).pattern})(?: +|(?={meant}))|(?:{meant}) ?)+"
        )
        kinds_asked = [word for asks, _ in vocabulary.asked_kinds for word in asks]
        self._asking_only = _cleaned_terms([*vocabulary.follow_ups, *vocabulary.common_words, *kinds_asked])
        self._light = frozenset(vocabulary.light_words)
        self._back_reference = _cleaned_terms(vocabulary.back_references)
        self._jobs = frozenset(normalizer.normalize(job) for job in vocabulary.jobs)
        self._other_jobs = tuple(normalizer.normalize(job) for job in vocabulary.other_jobs)
        self._shared_topic = _cleaned_terms([normalizer.normalize(word) for word in vocabulary.shared_topic])

    def read(
        self,
        question: str,
        previous: str,
        match: Callable[[str], Match],
        analyse: Analyse,
        earlier: Sequence[str] = (),
    ) -> str | None:
        """`_read`, and a correction (不是，我是说中级) read as what it says was meant: a follow-up of `previous` with
        that swapped in, or a question of its own (不对，我是说登记的有效期). After a question that got nothing but
        suggestions, a turn no reading after it gets is read after the question answered before it."""
        question = question[: MAX_UNITS * 4]
        read: dict[str, Match] = {}  # each text matched once in a reading (the question before, most of all)

        def matched(text: str) -> Match:
            if text not in read:
                read[text] = match(text)
            return read[text]

        if (meant := self._meant(question)) is not None:
            return self._read(meant, previous, matched, analyse, earlier, worded=True) or meant
        for before, before_it in self._answered_last(previous, earlier, matched):
            followed = self._read(question, before, matched, analyse, before_it, worded=False)
            if (followed := followed or self._in_topic_before(question, before, matched, analyse)) is not None:
                return followed
        return None

    @staticmethod
    def _answered_last(
        previous: str, earlier: Sequence[str], match: Callable[[str], Match]
    ) -> Iterator[tuple[str, tuple[str, ...]]]:
        """The questions a follow-up may be read after, each with those before it: `previous`, and when it got nothing
        but suggestions (大专可以吗 after 社工证要登记吗), the latest of `earlier` that something answered, if only
        honestly (逾期了呢, then, after 社工证要登记吗: a late registration)."""
        yield previous, tuple(earlier)
        if (last := match(previous)).entry is not None or last.uncovered is not None:
            return
        for at, before in enumerate(earlier):
            if (read := match(before)).entry is not None or read.uncovered is not None:
                yield before, tuple(earlier[at + 1 :])
                return

    def _meant(self, question: str) -> str | None:
        """What a correction of the last question says was meant (不是，我是说中级: 中级), or None for a question that
        is no correction (不是社工专业能考吗)."""
        typed = clean(question)
        found = self._correction.match(typed)
        return (typed[found.end() :].strip() or None) if found else None

    def _read(
        self,
        question: str,
        previous: str,
        match: Callable[[str], Match],
        analyse: Analyse,
        earlier: Sequence[str],
        *,
        worded: bool,
    ) -> str | None:
        """`previous` asked again about what `question` names, when `question` does nothing but swap a place, level,
        measure (那台州呢, 中级呢, 高级有吗, for the intermediate level?) or year (2021年呢, 2021年浙江呢), keeping what
        `previous` asked of it (宁波高级呢 after 台州高级社工有奖励吗: the reward; 那社工呢 after 社区工作者工资多少:
        the pay), unless only the question alone reads clearly; else None. A short question asking by a leaning word
        (志愿者算吗) or how much over a period (一年要多少) is read with `previous`. Without a follow-up word (那…,
        …呢), only a short question that nothing answers on its own is read so (全国第几, 在深圳能用吗), in the place
        `previous` named (街道中心几个), or with `previous` when that gets it the entry its own words point at first
        (评审一年几次 after 高级社工师怎么评) or, for a few words, the entry just answered (谁提供). Reading it as the
        full question is the caller's choice. A swap that tells nothing of what it names read after `previous`
        (台州呢 after 登记有效期多久: the national rule again) is read after the latest of the `earlier` questions it
        does (宁波奖励多少). In a thread about one level, a short question is read in that level (一年几次 after
        高级社工师怎么评), and a few words whose rest the answer just given says are read with it (全覆盖了吗 after
        北京的社工服务站有多少个).
        `worded`: the question is a follow-up whatever its words (a correction's)."""
        if len([c for c in clauses_of(question) if self._normalizer.normalize(c)]) > 1:
            return None  # a question of its own before the 呢 (宁波奖励多少，上海呢), not fillers (回到刚才的)
        normalized = self._normalizer.normalize(question)
        named = self._normalizer.named(normalized)
        names = list(itertools.chain(*astuple(named)))
        worded_so = worded or self._normalizer.is_worded_as_follow_up(question)
        if worded_so and named == About() and (of_social_work := self._job_left(normalized, previous, match)):
            return of_social_work  # 那社工呢 after 社区工作者工资多少: social workers' pay, not how many there are
        if worded_so and named == About() and (counted := self._group_counted(normalized, previous)):
            return counted  # 持证呢 after 浙江报考人数多少: the holders' count
        rest = self._normalizer.without_follow_up_words(self._normalizer.without_terms_within(normalized, names))
        swapping = self._uncounted(named, normalized)
        if self._swaps(question, swapping, rest, worded_so):  # 2021年浙江呢: 2021's
            again = self._asked_again(question, swapping, (previous, *earlier))
            if again is not None:
                return self._in_year_said(question, again)
            if self._kinds_of_asked(swapping, previous, match):
                return None  # 那中级呢 after 社工是什么: the intermediate level itself, not what social workers are
            # 浙江呢 after 2022年全国报考人数多少: 2022's, or that there are none of it
            thread = self._swapped_in_thread(swapping, previous, earlier, match)
            swapped = self._in_year_said(question, thread, previous)
            bare = not worded_so and self._names_only(question, swapping, rest)  # 初级的 after 社工是什么: its own
            read = match(swapped)  # 报名费呢 after 几月份考: 费用 reads as nothing clear, 报名费 as the exam's running
            if read.entry is None and (bare or (read.uncovered is None and match(question).entry is not None)):
                return None
            return swapped
        if worded_so and not rest and len(years := YEAR_RE.findall(question)) == 1:
            # 2021年呢: that year's figures, or that there are none; a year is no follow-up of an answer without figures
            before = match(previous).entry
            return f"{years[0]}年 {self._normalizer.normalize(previous)}" if before and before.about.measures else None
        if (compared := self._compared_in_thread(question, named, rest, previous, earlier, match)) is not None:
            return compared  # 哪个多 after 北京有多少社工, 浙江呢: Beijing's and Zhejiang's side by side
        if (leaning := self._leaning_on_answer(question, normalized, previous, match)) is not None:
            return leaning  # 志愿者算吗 after 工作年限怎么算: whether it counts there, not what volunteers are
        if worded_so and (measured := self._measure_after(rest, named, previous, match)) is not None:
            return measured  # 拿证以后呢 after 社工工资多少: what the certificate adds to pay
        leans, brief = self._leans_on(question, normalized, rest), self._asks_briefly(question, named, rest)
        said = self._asks_of_answer(question, normalized, named, previous, match)
        if not (leans or brief or said):  # a question without 那… or …呢 is read on its own (中级社工报名费多少)
            return self._in_own_words(question, match, analyse) if worded_so else None
        alone, ranked = analyse(question)
        if alone.uncovered is None and (
            levelled := self._in_level_before(normalized, named, previous, alone, ranked, match)
        ):
            return levelled  # 一年几次 after 高级社工师怎么评: the senior exam's rule, not the other levels'
        if alone.entry is not None or alone.uncovered is not None:
            return None  # answered on its own, if only honestly (上海报考人数多少)
        if (placed := self._in_place_before(normalized, named, previous, match)) is not None:
            return placed  # 街道中心几个 after 北京有多少社工: Beijing's street centres
        if said:  # 全覆盖了吗 after 北京的社工服务站有多少个: the answer again, which says it
            # but a bare 那…呢 whose own words read surely asks of them (那登记呢 after 社工证全国通用吗: registration)
            asks = _BRIEF_ASKING.search(clean(question)) is not None
            # and a kind of fact its own words point at another entry of the topic for (要带啥 after 再登记呢: the
            # papers' entry, where the answer only names papers among what the province decides)
            return (
                self._in_topic_elsewhere(question, previous, match, analyse)
                or (None if asks else self._in_own_words(question, match, analyse))
                or previous
            )
        if not leans:  # 谁提供 after 继续教育多少学时: its few words are no reading of their own
            answered = match(previous).entry
            return self._more_of_answer(question, normalized, named, previous, answered, ranked, match)
        one = len(named.places) + len(named.levels) == 1 and not (named.measures or named.subjects)
        # 在深圳能用吗: one place, and 能…吗 or a word the previous question asked with (通用)
        if one and self._only_swaps(named, _ASKING_WORDS.sub("", self._not_asked_before(rest, previous))):
            continued = f"{self._swapped(named, previous, match)} {rest}"
            answer = match(continued)
            return continued if answer.entry is not None or answer.uncovered is not None else None
        # its own words point at what was just answered first, as closely as a question not naming social work must;
        # or it asks only a measure that the answer has too (全国第几 after 浙江报考人数多少: Zhejiang's rank)
        answered = match(previous).entry
        if answered is not None and not self._says_what_is_asked(question, answered):
            return None  # 要多久 after 社工证怎么考: the answer gives no time
        of_answer = (  # 比上年多多少: the asking words aside, nothing else; 一年要多少: a period besides
            answered is not None
            and named == About(measures=named.measures)
            and (self._only_swaps(named, _ASKING_WORDS.sub("", rest)) or self._per_period(named, rest, previous))
        )
        if not of_answer and (
            not ranked
            or ranked[0][1] < self._thresholds.off_topic_answer
            or self._entries[ranked[0][0]] is not answered
        ):
            if brief:
                return self._more_of_answer(question, normalized, named, previous, answered, ranked, match)
            if not worded_so:
                return None
            # 逾期了呢 after 社工证要登记吗: a late registration, in the topic before; else more of the thing answered
            in_topic = self._in_topic_before(question, previous, match, analyse)
            return in_topic or self._of_thing_answered(normalized, named, previous, answered, match)
        continued = self._continued(previous, normalized)  # 高级社工师怎么评 评审一年几次
        read = match(continued)
        if not of_answer:
            return continued if read.entry is answered else None
        if read.entry is answered and not read.unanswered:
            return continued
        swapped = self._swapped(named, previous, match)  # 全国第几 after 宁波奖励多少: 宁波's rank, which none has
        if match(swapped).uncovered is None:
            return None
        return self._in_topic_before(question, previous, match, analyse) or swapped  # 要钱吗 after 登记: 登记费用

    def _measure_after(self, rest: str, named: About, previous: str, match: Callable[[str], Match]) -> str | None:
        """A follow-up naming nothing of its own after a question asking one measure, read as its words with that
        measure after them (and the places and levels asked before), when that gets another entry than the one just
        answered clearly (拿证以后呢 after 社工工资多少: 拿证后工资, what the certificate adds to pay, which the sources
        give no figure of); else None."""
        before = self._normalizer.named(self._normalizer.normalize(previous))
        if named != About() or len(before.measures) != 1 or not rest:
            return None
        read = match(asked := "".join((*before.places, *before.levels, rest, *before.measures)))
        if read.entry is None or read.more or read.unanswered or read.entry is match(previous).entry:
            return None  # 为什么呢 after 北京有多少社工: no new entry, not that answer again
        return asked

    def _in_topic_elsewhere(
        self, question: str, previous: str, match: Callable[[str], Match], analyse: Analyse
    ) -> str | None:
        """For a few words asking a kind of fact (要带啥: papers), their reading in the topic before
        (`_in_topic_before`) when it gets another entry than the one just answered; else None."""
        typed = clean(question)
        if not any(asks.search(typed) for asks, _ in self._asked_kinds):
            return None
        in_topic = self._in_topic_before(question, previous, match, analyse)
        return in_topic if in_topic is not None and match(in_topic).entry is not match(previous).entry else None

    def _in_topic_before(
        self, question: str, previous: str, match: Callable[[str], Match], analyse: Analyse
    ) -> str | None:
        """A short question that nothing answers on its own and that asks something (`_asks_something`), read in the
        topic of the question before (`_topic_of`): 去哪办, 多久一次 and 要钱吗 after 考过了证要登记吗 (where and how
        often to register, and that no source gives a fee), 持证排第几 after 浙江有多少人报考社工 (Zhejiang's holders'
        rank), 跟医生一样是职业吗 after 社工是什么. Only when that reading gets an honest reply on nothing but a
        measure (the topic's are left out), or an entry with nothing left beside it that tells of the topic, says
        each kind of fact asked (谁, 多久) and that the question's own words point at (`_points_at`)."""
        normalized = self._normalizer.normalize(question)
        named = self._normalizer.named(normalized)
        if not 0 < len(units(normalized)) <= _TOPIC_UNITS or not self._asks_something(question, named):
            return None
        alone, ranked = analyse(question)
        topic, broad = self._topic_of(previous, normalized, named)
        if alone.entry is not None or alone.uncovered is not None or not topic or (broad and ranked):
            return None  # 为什么 after 社工工资多少: 社工 is no topic to a question with words of social work
        read = match(in_topic := f"{''.join(topic)}{normalized}")
        if (uncovered := read.uncovered) is not None:  # 要钱吗: 登记费用; not 有效期 after 社工和社区工作者的区别
            return in_topic if uncovered == About(measures=uncovered.measures) != About() else None
        entry = read.entry
        if entry is None or read.more or read.unanswered or not self._says_what_is_asked(question, entry):
            return None  # 要多久 after 社工证怎么考: no entry on the certificate says how long it takes
        if not all(self._tells_of_word(entry, word) for word in topic):
            return None  # 考过了管几年 after 宁波奖励多少: the senior pass, which tells nothing of 宁波
        return in_topic if self._points_at(question, named, entry, match(previous).entry, ranked) else None

    def _asks_something(self, question: str, named: About) -> bool:
        """Whether a question asks a kind of fact (去哪办) or a measure or subject (要钱吗: 费用), or has a word besides
        its asking and light words (评审谁管: 评审), not only asking words (为什么, 怎么办, 要带什么)."""
        typed = clean(question)
        if named.measures or named.subjects or any(asks.search(typed) for asks, _ in self._asked_kinds):
            return True
        return len([c for c in self._asking_only.sub("", _BRIEF_ASKING.sub("", typed)) if c not in self._light]) > 1

    def _tells_of_word(self, entry: Entry, word: str) -> bool:
        """Whether an entry tells of a word of the topic a question is read in: a place, level or subject it tells of
        (`_is_of`), or a word its question or keywords have (登记: 社工证去哪里登记)."""
        if (named := self._normalizer.named(word)) != About() and self._is_of(entry, named):
            return True
        return any(word in self._normalizer.normalize(said) for said in (entry.question, *entry.keywords))

    def _points_at(
        self, question: str, named: About, entry: Entry, answered: Entry | None, ranked: list[tuple[int, float]]
    ) -> bool:
        """Whether a question's own words point at the entry its reading in the topic before gets: the entry just
        `answered`, whose answer says what it asks as typed but a character (评审谁管, 跟医生一样是职业吗) or a
        quarter of a longer one (在户口所在地还是单位所在地: 户口), light words aside (not 医生一个月工资多少 after
        社工工资多少); another entry among those it ranks worth offering, or any when it has no word of social work and
        its words are known (全国统一卷吗). A place or level it names is its own, unless the entry is about none of
        them (全国统一卷吗: the national exam; not how many in Beijing after 社工是什么)."""
        about = self._normalizer.normal_about(entry.about)
        if set(named.places) & set(about.places) or set(named.levels) & set(about.levels):
            return False
        if entry is answered:  # as typed: 退休年龄 is read as 年龄, which the rules of sitting say
            typed = self._asking_only.sub("", _BRIEF_ASKING.sub("", clean(question))).replace(" ", "")
            unsaid = [char for char in _unsaid(typed, to_simplified(entry.answer)) if char not in self._light]
            return len(unsaid) <= max(1, _UNSAID_SHARE * len([char for char in typed if char not in self._light]))
        if not ranked:
            return self._known.unknown_share(self._normalizer.normalize(question)) <= _CONTINUATION_UNKNOWN
        return any(self._entries[e] is entry for e, score in ranked if score >= self._thresholds.suggest)

    def _topic_of(self, previous: str, normalized: str, named: About) -> tuple[list[str], bool]:
        """What the question before asked about, for a normalised question naming `named` to be read in
        (`_in_topic_before`): the places and levels it named but of a kind the question names its own of, and its
        subjects and words of the subject (登记) but measures, or when it has none of these, its terms of social work
        (社工考试), which are broad (True). A question naming subjects or terms of social work of its own is about
        them (社工都做什么, 司法社工是做啥的), but for a measure asked of them where and at the level asked before
        (持证排第几 after 浙江有多少人报考社工)."""
        composed = self._normalizer.normalize(previous)
        before = self._normalizer.named(composed)
        kept = [*(() if named.places else before.places), *(() if named.levels else before.levels)]
        if named.subjects or self._normalizer.topic_terms_in(normalized):
            return (kept if named.measures else []), False
        kept += [*before.subjects, *(w for w in self._shared_topic.findall(composed) if w not in before.measures)]
        if kept:
            return list(dict.fromkeys(kept)), False
        broad = (term for term in self._normalizer.topic_terms_in(composed) if term not in before.measures)
        return list(dict.fromkeys(broad)), True

    def _uncounted(self, named: About, normalized: str) -> About:
        """What a question names, but for the count its level or place is read to ask by 多少 alone (中级多少:
        持证人数), which after another question asks that question's measure (宁波奖励多少: 中级's reward)."""
        if not (named.places or named.levels) or not set(named.measures) <= set(self._normalizer.counted(normalized)):
            return named
        return replace(named, measures=())

    def _swaps(self, question: str, named: About, rest: str, worded_so: bool) -> bool:
        """Whether a question does nothing but swap in what it names: worded as a follow-up (那台州呢), saying nothing
        else (初级的), or asking of nothing but the places or levels it names (高级有吗, 中级多少)."""
        if worded_so and self._only_swaps(named, rest):
            return True
        if self._names_only(question, named, rest):  # 初级的 after 台州奖励多少: its level's
            return True
        return self._asks_names_only(question, named, rest) and self._only_swaps(named, _ASKING_WORDS.sub("", rest))

    def _in_own_words(
        self,
        question: str,
        match: Callable[[str], Match],
        analyse: Analyse,
    ) -> str | None:
        """A follow-up asking something of its own that nothing answers as typed, read without its follow-up words
        and `light_words` (那登记也是全国的吗: 登记全国, the registration's rules), when that gets an entry surely."""
        alone = analyse(question)[0]
        if alone.entry is not None or alone.uncovered is not None:
            return None
        typed = self._normalizer.without_follow_up_words(clean(question))
        own = "".join(char for char in typed if char not in self._light)
        read = match(own)
        sure = read.entry is not None and not (read.more or read.unanswered)
        return own if sure and read.score >= self._thresholds.sure * 100 else None

    def _asked_again(self, question: str, named: About, thread: Sequence[str]) -> str | None:
        """For a follow-up pointing back (那刚才说的宁波呢), the latest question of the thread naming the places it
        names, at the levels it names (宁波奖励多少, not 宁波中级多少 after it); else None."""
        if not named.places or not self._back_reference.search(clean(question)):
            return None
        for before in thread:
            was = self._normalizer.named(self._normalizer.normalize(before))
            if set(named.places) <= set(was.places) and was.levels == named.levels:
                return before
        return None

    def _swapped_in_thread(
        self, named: About, previous: str, earlier: Sequence[str], match: Callable[[str], Match]
    ) -> str:
        """`previous` with what a follow-up names swapped in (`_swapped`); or when that tells nothing of it (台州呢
        after 登记有效期多久: the national rule again), the latest of the `earlier` questions whose swap gets an entry
        about it (宁波奖励多少: 台州's reward)."""
        swapped = self._swapped(named, previous, match)
        if not earlier or self._tells_of(named, previous, swapped, match):
            return swapped
        for before in earlier:
            read = self._swapped(named, before, match)
            if (found := match(read).entry) is not None and self._is_of(found, named):
                return read
        return swapped

    def _kinds_of_asked(self, named: About, previous: str, match: Callable[[str], Match]) -> bool:
        """Whether the levels a follow-up names, and nothing else, are kinds of what the question before asked of and
        nothing else (社工师 of 社工: 那中级呢 after 社工是什么), whose answer tells nothing of them: the follow-up asks
        of the levels themselves, not of that answer again (but for 社工证全国通用吗 or 社工工资多少, which hold for or
        are asked of each level)."""
        if not named.levels or named != About(levels=named.levels):
            return False
        composed = self._normalizer.normalize(previous)
        terms = self._normalizer.topic_terms_in(composed)
        if not terms or self._normalizer.named(composed) != About() or self._shared_topic.search(composed):
            return False
        if not all(term in level for term in terms for level in named.levels):
            return False
        return (entry := match(previous).entry) is not None and not self._is_of(entry, named)

    def _tells_of(self, named: About, previous: str, swapped: str, match: Callable[[str], Match]) -> bool:
        """Whether `previous` with what a follow-up names swapped in (`swapped`) is answered by another entry than
        `previous`, or by the same one telling of what it names (宁波高级 after 宁波奖励多少: that level's line), or
        by none (an honest reply, 台州高级 after 台州奖励多少)."""
        read = match(swapped).entry
        return read is None or read is not match(previous).entry or self._is_of(read, named)

    def _is_of(self, entry: Entry, named: About) -> bool:
        """Whether an entry tells of each place (or a region it lies in), level, measure and subject named: about it,
        or for a level, naming it in its answer (继续教育: 助理社会工作师不少于72小时)."""
        about = self._normalizer.normal_about(entry.about)
        regions = self._normalizer.place_rules.regions_of
        places = all(p in about.places or set(regions(p)) & set(about.places) for p in named.places)
        levels = all(
            level in about.levels or level in self._normalizer.levels_in(entry.answer) for level in named.levels
        )
        return places and levels and self._is_about(entry, named)

    def _in_level_before(
        self,
        normalized: str,
        named: About,
        previous: str,
        alone: Match,
        ranked: list[tuple[int, float]],
        match: Callable[[str], Match],
    ) -> str | None:
        """In a thread about one level (高级社工师怎么评; the senior pass certificate), a short question naming no place
        or level read in that level, when what answers it on its own is about no level and names not that one alone
        (the 2006 rule, the other levels'; the registration of every level) or nothing answers it, and one of its own
        near entries is about that level (and any measure it names, whose question it is read as when no reading gets
        it):
        一年几次 (the senior exam and review, each once a year), 过期了怎么办 (the senior pass certificate: the sources
        say nothing of it). Read as that level's question or after `previous`, whichever gets that entry."""
        if named.places or named.levels or len(units(normalized)) > _CONTINUATION_UNITS:
            return None
        if (level := self._thread_level(previous, match)) is None:
            return None
        about = self._normalizer.normal_about
        if (answer := alone.entry) is not None and (
            about(answer.about).levels or self._normalizer.levels_in(answer.answer) == (level,)
        ):
            return None
        near = (self._entries[e] for e, score in ranked if score >= _LEVEL_NEAR)
        if (meant := next((entry for entry in near if level in about(entry.about).levels), None)) is None:
            return None
        readings = (f"{level}{normalized}", self._continued(previous, normalized))
        if (read := next((read for read in readings if match(read).entry is meant), None)) is not None:
            return read
        # 过期了呢 after 评审谁组织: the senior pass certificate's validity, whatever the registration's reads
        return meant.question if named.measures and self._is_about(meant, named) else None

    def _thread_level(self, previous: str, match: Callable[[str], Match]) -> str | None:
        """The one level the question before named, or when it named none, the one its answer is about."""
        levels = self._normalizer.named(self._normalizer.normalize(previous)).levels
        if not levels and (answered := match(previous).entry) is not None:
            levels = self._normalizer.normal_about(answered.about).levels
        return levels[0] if len(levels) == 1 else None

    def _asks_of_answer(
        self, question: str, normalized: str, named: About, previous: str, match: Callable[[str], Match]
    ) -> bool:
        """Whether a few words naming no place or level ask of the answer just given: each kind of fact they ask
        (怎么申请, 要什么材料, 要多久) it says, and their rest, asking words and `light_words` aside, it says too
        (全覆盖了吗: 实现区级中心全覆盖; 要多久之内登记: 登记) or, asking a kind, leaves at most one character of the
        answer's (是每年都发吗: 发, after 宁波奖励多少, whose answer says 一次性发放; 怎么申请: that the report does not
        say how to apply; not 多久能办好 after 再登记, whose answer gives the time to apply, not to be done)."""
        if named.places or named.levels or len(units(normalized)) > _CONTINUATION_UNITS:
            return False
        typed = clean(question)
        kinds = [said_by for asks, said_by in self._asked_kinds if asks.search(typed)]
        content = self._asking_only.sub("", _BRIEF_ASKING.sub("", typed)).replace(" ", "")
        if not (content or kinds) or (answered := match(previous).entry) is None:
            return False
        answer = to_simplified(answered.answer)
        if not all(said_by.search(answer) for said_by in kinds):
            return False
        run = _longest_within(content, answer)
        stray = [char for char in content.replace(run, "", 1) if char not in self._light]
        if not kinds:
            return bool(run) and not stray
        return len(stray) <= 1 and all(char in answer for char in stray)

    @staticmethod
    def _in_year_said(question: str, read: str, before: str = "") -> str:
        """A follow-up's reading with the one year it says (2021年浙江呢, 去年台州呢), or else the one year the question
        `before` it said, put before it, which reading drops: the figures are of that year, or the reply says there
        are none of it."""
        years = _years_said(question) or _years_said(before)
        return f"{years[0]} {read}" if len(years) == 1 else read

    @staticmethod
    def _names_only(question: str, named: About, rest: str) -> bool:
        """Whether a question is nothing but the places or levels it names (初级的, 台州的), with no year or measure."""
        return not rest and not (named.measures or named.subjects or YEAR_RE.search(question)) and named != About()

    @staticmethod
    def _asks_names_only(question: str, named: About, rest: str) -> bool:
        """Whether a question asks of nothing but the places or levels it names (高级有吗, 台州多少 after 宁波奖励多少):
        read as swapping them in, like 那台州呢."""
        if named.measures or named.subjects or not (named.places or named.levels):
            return False
        return _BRIEF_ASKING.search(clean(question)) is not None and len(_ASKING_WORDS.sub("", rest)) <= 1

    def _in_place_before(
        self, normalized: str, named: About, previous: str, match: Callable[[str], Match]
    ) -> str | None:
        """A follow-up naming no place read in the one place the question before named, when that gets it an entry
        about that place alone (街道中心几个, 社区站呢 after 北京有多少社工: Beijing's service network)."""
        before = self._normalizer.named(self._normalizer.normalize(previous))
        if named.places or len(before.places) != 1:
            return None
        placed = before.places[0] + normalized
        read = match(placed)
        if read.entry is None or read.more or read.unanswered:
            return None
        return placed if before.places[0] in self._normalizer.normal_about(read.entry.about).places else None

    def _asks_briefly(self, question: str, named: About, rest: str) -> bool:
        """Whether a question of one clause asks in a few words (谁提供, 在哪交, 3年内吗) and names no place or level:
        besides its asking words, common words, figures and 了, at most `_BRIEF` characters, known or not."""
        if named.places or named.levels or not _BRIEF_ASKING.search(clean(question)):
            return False
        said = self._normalizer.without_common_words(FIGURE_RE.sub("", _BRIEF_ASKING.sub("", rest)))
        return len(said.replace("了", "")) <= _BRIEF

    def _more_of_answer(
        self,
        question: str,
        normalized: str,
        named: About,
        previous: str,
        answered: Entry | None,
        ranked: list[tuple[int, float]],
        match: Callable[[str], Match],
    ) -> str | None:
        """For a short question that nothing answers on its own and whose own words point at no other entry worth
        offering, the question before it read with it, when that gets the entry just answered alone (谁提供 after
        继续教育多少学时; 在哪交 after 首次登记交什么材料): it asks more of that answer, which holds what the sources
        say of it. Not when it names a measure or subject the answer is not about (多少钱 after 继续教育在哪里上), nor
        when it asks a kind of fact the answer does not say (要多久 after 社工证怎么考: no time is given)."""
        if answered is None or not self._is_about(answered, named) or not self._says_what_is_asked(question, answered):
            return None
        if ranked and ranked[0][1] >= self._thresholds.suggest and self._entries[ranked[0][0]] is not answered:
            return None  # 机构资金呢 after 社工工资多少: the agencies' funding, not the pay again
        read = match(continued := self._continued(previous, normalized))
        return continued if read.entry is answered and not read.more and not read.unanswered else None

    def _compared_in_thread(
        self,
        question: str,
        named: About,
        rest: str,
        previous: str,
        earlier: Sequence[str],
        match: Callable[[str], Match],
    ) -> str | None:
        """A few words asking which is more (哪个多, 谁高) naming no place, after a question naming one place and,
        before it, one naming another (北京有多少社工, then 浙江呢): the question before asked of both places, with
        those words (北京和浙江有多少社工 哪个多), when an entry answers it or it is covered honestly; else None."""
        comparing = self._normalizer.asks_which_is_more(question)
        if named != About() or not comparing or len(_ASKING_WORDS.sub("", rest)) > _BRIEF:
            return None
        composed = self._normalizer.normalize(previous)
        places = self._normalizer.named(composed).places
        if len(places) != 1:
            return None
        for before in earlier:
            other = self._normalizer.named(self._normalizer.normalize(before)).places
            if len(other) == 1 and other != places:
                read = match(both := f"{other[0]}和{composed} {self._normalizer.normalize(question)}")
                return both if read.entry is not None or read.uncovered is not None else None
        return None

    def _of_thing_answered(
        self, normalized: str, named: About, previous: str, answered: Entry | None, match: Callable[[str], Match]
    ) -> str | None:
        """A follow-up naming nothing (内容呢 after 北京社工行动计划哪年出) read with the question before without
        what it asked of its thing (its measures), when that gets the entry just answered alone, as closely as a
        question not naming social work must: it asks more of that thing (not 内容呢 after 社工考试几月份考: the
        exam's subjects, another entry's; not 考过以后呢 after 报名条件, read only loosely so: every level's rules)."""
        if named != About() or answered is None:
            return None
        composed = self._normalizer.normalize(previous)
        thing = self._normalizer.without_terms_within(composed, self._normalizer.named(composed).measures)
        read = match(asked := f"{thing} {normalized}")
        close = read.score >= self._thresholds.off_topic_answer * 100
        return asked if read.entry is answered and close and not (read.more or read.unanswered) else None

    def _leaning_on_answer(
        self, question: str, normalized: str, previous: str, match: Callable[[str], Match]
    ) -> str | None:
        """A short question asking by a leaning word (算吗, 能抵吗, 差多少) read after the question before, when that
        gets the entry just answered first (读个社工硕士能抵吗 after 继续教育怎么算学时: the hours a degree counts for;
        初级差多少 after 宁波和台州哪个奖励多: both rewards), whatever it gets on its own."""
        typed = clean(question)
        if self._leaning is None or not self._leaning.search(typed) or len(units(typed)) > _LEANING_UNITS:
            return None
        answered = match(previous).entry
        read = match(continued := self._continued(previous, normalized))
        return continued if answered is not None and read.entry is answered and not read.unanswered else None

    def _per_period(self, named: About, rest: str, previous: str) -> bool:
        """Whether a question naming nothing asks how much over a period and nothing else (一年要多少, 每个月多少),
        after a question asking a measure (继续教育要多少学时): that measure again, whose answer says what period its
        figure is of (72 hours in each 3-year registration, not a year's)."""
        if named != About() or not (_HOW_MUCH.search(rest) and _PERIOD.search(rest)):
            return False
        left = _PERIOD.sub("", _ASKING_WORDS.sub("", rest)).replace(" ", "")
        before = self._normalizer.named(self._normalizer.normalize(previous))
        return bool(before.measures) and all(char in self._light for char in left)

    def _says_what_is_asked(self, question: str, entry: Entry) -> bool:
        """Whether an entry's answer says each kind of fact a question asks (谁: 民政局; 多久: 30个工作日)."""
        typed, answer = clean(question), to_simplified(entry.answer)
        return all(said_by.search(answer) for asks, said_by in self._asked_kinds if asks.search(typed))

    def _continued(self, previous: str, normalized: str) -> str:
        """A follow-up read after the question before it, both normalised."""
        return f"{self._normalizer.normalize(previous)} {normalized}"

    def _is_about(self, entry: Entry, named: About) -> bool:
        """Whether an entry is about every measure and subject a question names."""
        about = self._normalizer.normal_about(entry.about)
        return set(named.measures) <= set(about.measures) and set(named.subjects) <= set(about.subjects)

    def _group_counted(self, normalized: str, previous: str) -> str | None:
        """The counted group a follow-up names (持证社工; 机构: 社工机构) counted where, and at the level, the question
        before asked, when that asked a measure (北京有多少社工, 那社工机构呢 or 机构呢: 北京社工机构有多少); else
        None."""
        group = self._normalizer.counted_group(self._normalizer.without_follow_up_words(normalized))
        before = self._normalizer.named(self._normalizer.normalize(previous))
        if group is None or not before.measures:
            return None
        return f"{''.join((*before.places, *before.levels))}{group}有多少"

    def _job_left(self, normalized: str, previous: str, match: Callable[[str], Match]) -> str | None:
        """For a follow-up naming social work itself and nothing else (那社工呢) after a question about another job
        (社区工作者工资多少, 教师工资多少; of several, the first named), that question asked of social work in the
        job's place (社工工资多少: the pay a social worker told of; the job left out where social work was asked beside
        it), when an entry answers it or covers it honestly; else None."""
        terms = self._normalizer.topic_terms_in(rest := self._normalizer.without_follow_up_words(normalized))
        composed = self._normalizer.normalize(previous)
        jobs = self._jobs_in(composed)
        if len(terms) != 1 or rest != terms[0] or not jobs:
            return None
        job = min(jobs, key=composed.find)  # the people asked about (社区工作者是公务员吗: not the job they may be)
        read = match(asked := composed.replace(job, "" if terms[0] in composed else terms[0], 1))
        return asked if read.entry is not None or read.uncovered is not None else None

    def _jobs_in(self, composed: str) -> list[str]:
        """The jobs other than social work a normalised question names (社区工作者; 教师: a word of `other_jobs`)."""
        jobs = [s for s in self._normalizer.named(composed).subjects if s in self._jobs and s in composed]
        return jobs or [job for job in self._other_jobs if job in composed]

    def names_another_job(self, question: str) -> bool:
        """Whether a question asks of a job other than social work (护士工资高吗, 律师工资多少): declined, it is still
        what 那社工呢 asks again of social work."""
        return bool(self._jobs_in(self._normalizer.normalize(question)))

    def _not_asked_before(self, rest: str, previous: str) -> str:
        """What is left of a follow-up without the terms the previous question asked with too (通用)."""
        return self._normalizer.without_terms_within(rest, [self._normalizer.normalize(previous)])

    def _only_swaps(self, named: About, rest: str) -> bool:
        """Whether a question that names `named` does nothing else: the `rest` of it is a word or two that names no
        term (not 社工证怎么领取补贴呢: 领证 and the reward)."""
        return (
            named != About()
            and len(rest) <= MAX_FOLLOW_UP_REST
            and not self._normalizer.holds_a_term(rest)
            and not self._normalizer.is_on_topic(rest)
        )

    def _swapped(self, named: About, previous: str, match: Callable[[str], Match]) -> str:
        """`previous`, normalised, with the places, levels, measures and subjects `named` put in for its own, and what
        it asked of them kept: its measure, or when it named none, the count (机构数) of what it named (社工机构) that
        its answer is about (Beijing social work agencies number: 960 agencies), so that the place swapped in is asked
        the same (what about Zhejiang?: no figures for Zhejiang's, never Zhejiang's other facts)."""
        composed = self._normalizer.normalize(previous)
        before = self._normalizer.named(composed)
        kept = (
            self._counted_in_answer(composed, match) if named.places and not (named.measures or before.measures) else ()
        )
        if (asked_of := self._asked_of(named, before, composed)) is not None:
            composed, named = asked_of
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

    def _asked_of(self, named: About, before: About, composed: str) -> tuple[str, About] | None:
        """For a job swapped in (那社区工作者呢) after a question asking whether the people of social work are another
        job (社工是公务员吗), the question asked of that job instead (社区工作者是公务员吗), with nothing left to swap:
        it stands beside the people asked about, not the job they were asked to be; else None."""
        if len(named.subjects) != 1 or named.subjects[0] not in self._jobs or named != About(subjects=named.subjects):
            return None
        if len(before.subjects) != 1 or before.subjects[0] not in self._jobs or before.subjects == named.subjects:
            return None
        asked = re.search(
            f"({self._normalizer.topic_pattern})(?:{_PREDICATE})" + re.escape(before.subjects[0]), composed
        )
        if asked is None:
            return None
        return composed[: asked.start(1)] + named.subjects[0] + composed[asked.end(1) :], About()

    def _counted_in_answer(self, normalized: str, match: Callable[[str], Match]) -> tuple[str, ...]:
        """The counts of what a normalised question names (社工机构: 机构数) that the entry answering it is about."""
        if not (counted := self._normalizer.counted(normalized)) or (entry := match(normalized).entry) is None:
            return ()
        measures = self._normalizer.normal_about(entry.about).measures
        return tuple(measure for measure in counted if measure in measures)

    def _leans_on(self, question: str, normalized: str, rest: str) -> bool:
        """Whether a question of one clause may lean on the one before it, if nothing answers it on its own: short, its
        words known, naming no part of social work but the place or level it swaps in (its `rest` names none)."""
        found = units(normalized)
        if not found or len(found) > _CONTINUATION_UNITS or self._normalizer.is_on_topic(rest):
            return False
        unknown = self._known.latin_unknown_share(question, found) if not HANZI_RE.search(question) else 0.0
        # 那…, the terms it names (增长情况) and the asking words (多少): no unknown
        unknown_hanzi = self._known.unknown_share(_ASKING_WORDS.sub("", rest))
        return unknown_hanzi <= _CONTINUATION_UNKNOWN and unknown <= self._thresholds.max_unknown_latin
