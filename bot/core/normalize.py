"""Normalisation of questions and phrasings alike: clean-up, synonyms to their canonical term, fillers dropped."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import astuple, replace
from functools import lru_cache
from itertools import chain, pairwise

from bot.core.knowledge import About, PlaceRules, Vocabulary
from bot.core.memo import Memo
from bot.core.sounds import longest_runs, reading, spellings, split_pinyin
from bot.core.text import HANZI, HANZI_RE, NEARLY, SUM_AFTER_PERIOD, YEAR_RE, clean

# A topic term this long written with a sound-alike slip inside it (助里社工师) reads as it; shorter ones sound like
# everyday words too often (社工部 like 社工不).
MIN_SOUND_ALIKE = 4
# Typed pinyin words read as one term when together they spell it (chuji shegongshi: 初级社工师; zai dengji: 再登记),
# each but the first of at least this many syllables: a shorter word after a space is more often a word of its own
# (shegong shi shenme: 社工是什么).
MIN_JOINED_SYLLABLES = 2
MAX_JOINED_WORDS = 4  # pinyin words read together as one term, at most
MAX_TERM_SYLLABLES = 10  # the longest term a pinyin word typed without spaces is searched for
MIN_CUT_SYLLABLES = 4  # a shorter word is as often English that spells a few syllables (reduce: redu ce, 热度)
PLACE_NAME_CHARS = 2  # a place the vocabulary does not list is read as two characters and a suffix (吴江区, 威海市)
_LATIN_WORDS_RE = re.compile(r"[a-z]+(?: [a-z]+)+")
_LATIN_WORD_RE = re.compile(r"(?<![a-z])[a-z]{6,}(?![a-z])")  # a word long enough to hold four syllables
_CERTIFICATE = ("证", "社工证")  # what follows a level held as a certificate (中级证; intermediate certificate)
_AGE_RE = re.compile(r"(?<![0-9])[0-9]{1,3}(?= ?周?岁)")  # an age says how old, not which number (35岁: 岁)
_TAKING_RE = re.compile("[考报]")  # sitting a level named later (初级证能考高级吗), not comparing (初级证和中级证)
_JOINING_RE = re.compile(r"[ 和与及或]*|and|or")  # what may stand between places named in a row
_ENGLISH_WORD_RE = re.compile(r"[a-z]+")
# Around a place, words that name it as the scene of the asker's story, not as what is asked about: where they
# sat the exam (在浙江考的) or moved to (搬到四川, 调去上海, 到四川能用吗; not 在浙江做社工, whose place is asked
# about); and words that ask how many people (在浙江考的人多吗), which make it asked after all.
_SCENE_BEFORE_RE = re.compile("(?:到|去|回)$")  # 搬到, 调去, 来到, 回到 end so too
_SAT_AT_RE = re.compile("(?:在|从)$")
_SAT = "考"
# Where the certificate is used (在杭州能用吗, 在浙江认吗), after 在 and the place: a scene too, asking whether it holds
# anywhere (not 在浙江有什么用, which asks of 浙江).
_USED_RE = re.compile("(?:也|还|都)?(?:通用|有效(?!期)|认|承认|管用|好使|算数|用)")
_VALID_ANYWHERE = "通用"
# A place opening a clause (or after 我是, 本人) right before 考 said as done (考的, 考过, 考出), read as where the
# asker sat: 台州考的社工证 is 在台州考的社工证 (not 杭州考社工证有奖励吗, which asks of 杭州). The groups are what
# stands before the place.
_SAT_OPENING = r"(^| )((?:我是?|本人)?)(?=(?:{places})考(?:的|过|了|出|到|完|下|咗))"
_PEOPLE_COUNTED_RE = re.compile("(?<!本)人[^多少]{0,6}[多少]")  # 考的人为什么这么多
# Texts read again while one question is read (the question, each clause, each part's readings): far fewer than this,
# and few enough that a run of different questions, such as a benchmark's, never finds an earlier one's.
RECENT_TEXTS = 32
RANK_GAP = 20  # characters at most between the words asking which place and the superlative (哪个市…最多)
RANK_GAP_AFTER = 3  # at most between the superlative and the words asking which place after it (最多的是哪个市)


def _trie(terms: list[str]) -> str:
    """A regex matching any of `terms`, longest first, factored as a trie so that matching stays fast."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for term in terms:
        node = root
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


_GROUP_END = 2  # characters: the end of a counted group's name a follow-up may name it by (机构: 社工机构)


# A count said in 万, as about it or not (8万, 将近七万多): a group's count put forward (北京社工8万吗)
_COUNT_SAID = rf"(?:{NEARLY})?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十点]+)万多?"
# A sum of money written out (台州社工师2000？, 宁波高级给五千吗, 1.5千), not a year
_SUM = re.compile(
    r"(?<![\d.])\d{3,}(?![\d.]|年)|\d[\d.]*[千万]|[一二两三四五六七八九十][一二两三四五六七八九十百点]*[千万]"
)


def term_pattern(terms: list[str]) -> re.Pattern[str]:
    """Any of `terms`, longest first; a Latin term matches whole words only (`pay` not inside `paying`), and a
    spelled term (`she gong zheng`) also matches with its spaces left out."""
    chinese = [t for t in terms if t and not t.isascii()]
    latin = {t for t in terms if t and t.isascii()} | {t.replace(" ", "") for t in terms if t.isascii() and " " in t}
    parts = [_trie(chinese)] if chinese else []
    if latin:
        parts.append(f"(?<![a-z]){_trie(sorted(latin))}(?![a-z])")
    return re.compile("|".join(parts)) if parts else re.compile(r"(?!x)x")


def _spellings(term: str) -> list[str]:
    """How a Chinese term of two or more characters may be typed in toneless pinyin (`bao kao tiao jian`)."""
    if len(term) < 2 or not all(HANZI_RE.fullmatch(ch) for ch in term):
        return []
    return [" ".join(spelled) for spelled in spellings(term)]


class Normalizer:
    """Maps any text to the canonical form the matcher compares; loaded once per vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._normalized: Memo[str, str] = Memo(RECENT_TEXTS)
        self._period_sum: tuple[str, re.Pattern[str]] | None = None  # `period_sums`, once its measure is read
        self._sat_opening: re.Pattern[str] | None = None  # `_SAT_OPENING`, once the places are read
        self._ranks: list[tuple[str, re.Pattern[str]]] = []  # `ranks_asked`, once the vocabulary is read
        self._over_asked: re.Pattern[str] | None = None  # and the words asking which of its places, beside an `over`
        self._over_which = ""
        self._apart: list[tuple[str, re.Pattern[str]]] = []  # `asked_apart`, once the vocabulary is read
        self._read: Memo[str, About] = Memo(RECENT_TEXTS)
        self._canonical: dict[str, str] = {}
        topic_terms: set[str] = set()
        raw_topic: set[str] = set()  # English as typed: certificate in certificate registration (read as 登记)
        # English shorthand (ppl, yr): a group of single English words, read as its first before anything else.
        self._shorthand: dict[str, str] = {}
        for group in vocabulary.groups:
            canonical = clean(group.terms[0])
            if all(_ENGLISH_WORD_RE.fullmatch(clean(term)) for term in group.terms):
                self._shorthand.update((clean(term), canonical) for term in group.terms[1:])
                continue
            for term in group.terms:
                self._canonical.setdefault(clean(term), canonical)
            if group.topic:
                topic_terms.add(canonical)
                raw_topic.update(clean(term) for term in group.terms if term.isascii())
        meanings: dict[str, set[str]] = {}
        # A long topic term by its first and last characters and length, then by its sound: its canonical term.
        self._sound_alikes: dict[tuple[str, str, int], dict[str, str]] = {}
        single = (clean(t) for t in chain(*(getattr(vocabulary, key) for key in About.__slots__)))
        for term, canonical in chain(self._canonical.items(), ((t, t) for t in single if t not in self._canonical)):
            for spelled in _spellings(term):
                meanings.setdefault(spelled, set()).add(canonical)
                if canonical in topic_terms and len(term) >= MIN_SOUND_ALIKE:
                    edges = self._sound_alikes.setdefault((term[0], term[-1], len(term)), {})
                    edges.setdefault(spelled, canonical)
        self._sound_alike_lengths: dict[str, list[int]] = {}  # by first character, longest first
        for first, _, length in sorted(self._sound_alikes, key=lambda key: -key[2]):
            lengths = self._sound_alike_lengths.setdefault(first, [])
            if length not in lengths:
                lengths.append(length)
        # A term typed in pinyin, with or without spaces between syllables, reads as the term itself; a spelling of
        # terms that mean different things (dengji: 登记, 等级) stays pinyin, to be matched by its sound.
        spellings = {spelled: min(terms) for spelled, terms in meanings.items() if len(terms) == 1}
        self._canonical.update(spellings)
        fillers = {clean(filler): " " for filler in vocabulary.fillers}
        # A word naming several levels at once (初中级) reads as each of them named (初级中级: both levels).
        joint = {
            clean(said): "".join(self._canonical[clean(level)] for level in levels)
            for said, levels in vocabulary.joint_levels
        }
        # One pass, longest first: a term is never cut by a filler inside it, and fillers become spaces.
        self._replacements = {t.replace(" ", ""): c for t, c in {**fillers, **joint, **self._canonical}.items()}
        self._terms = term_pattern([*fillers, *joint, *self._canonical])
        self._shorthand_re = term_pattern(sorted(self._shorthand))
        self.terms = frozenset(self._canonical.values())  # every canonical term, as questions are read
        self._spelled = frozenset(term.replace(" ", "") for term in spellings)
        self.topic_terms = tuple(sorted(topic_terms))
        self._topic_set = frozenset(topic_terms)
        self._topic = term_pattern(sorted(topic_terms | raw_topic))
        self._shared_topic = term_pattern(sorted({clean(word) for word in vocabulary.shared_topic}))
        # English ones are left out only where no phrasing has them (the engine's to say), Chinese ones always.
        self.common_words = frozenset(clean(word) for word in vocabulary.common_words)
        self._common = term_pattern(sorted(word for word in self.common_words if not word.isascii()))
        # Longest first, so that one opening another (and what about, and) is taken whole.
        self._follow_ups = tuple(
            sorted((clean(w).replace(" ", "") for w in vocabulary.follow_ups), key=len, reverse=True)
        )
        words = term_pattern(sorted({clean(w) for w in vocabulary.follow_ups})).pattern  # ne: not the end of online
        self._follow_up_edge = re.compile(f"^(?:{words})|(?:{words})$")
        self._hanzi_gap = re.compile(f"(?<=[{HANZI}]) (?=[{HANZI}])")
        # Two names of one thing side by side (中级社会工作师 → 社工师社工师) read as one.
        self._whole_terms = term_pattern(sorted(set(self._canonical.values())))
        # A long number is one the asker gives of themselves (a phone or ID number), with the term right before it
        # labelling it (电话13800000000): neither is what they ask.
        self._given = re.compile(f"(?:{self._whole_terms.pattern})? ?[0-9]{{7,}}")
        self._named = {key: {self.normalize(term) for term in getattr(vocabulary, key)} for key in About.__slots__}
        # Longest first over every canonical term, so 全国第一 is not read as the place 全国.
        self._canonical_terms = term_pattern(sorted({*self._canonical.values(), *chain(*self._named.values())}))
        self._quantity = quantity = term_pattern(sorted({self.normalize(q) for q in vocabulary.quantities}))
        self._compared = term_pattern(sorted({self.normalize(q) for q in vocabulary.compared_quantities}))
        self._counts = {
            clean(g.terms[0]): (
                self.normalize(g.counts),
                term_pattern(sorted({self.normalize(w) for w in g.counts_with})) if g.counts_with else quantity,
            )
            for g in vocabulary.groups
            if g.counts
        }
        self.count_measures = frozenset(measure for measure, _ in self._counts.values())  # 持证人数, 机构数
        # A counted group asked how many at the question's end (北京社工有多少, 一共多少人, 北京社工现在多少人了,
        # Beijing social workers number); not a level, whose 多少 in a place may ask its reward (宁波的高级多少),
        # and whose count is asked in words of its own.
        counted = [term for term in self._counts if term not in self._named["levels"]]
        self._counted_last = re.compile(
            f"({term_pattern(counted).pattern}) ?(?:现在|目前)?(?:一共|总共|共)?有?"
            f"(?:{quantity.pattern}|{_COUNT_SAID})[人名位]?了?$"
        )
        # A place `places` does not list: two characters and a suffix (吴江区), where no listed term or word that
        # names no place (社区, 区别) overlaps it.
        self._unlisted = (
            re.compile(f"(?=([{HANZI}]{{{PLACE_NAME_CHARS}}}(?:{'|'.join(map(re.escape, suffixes))})))")
            if (suffixes := sorted(vocabulary.place_suffixes, key=len, reverse=True))
            else None
        )
        self._not_places = term_pattern(sorted({clean(w) for w in vocabulary.not_places}))
        names = term_pattern(sorted({clean(name) for name in vocabulary.place_names})).pattern
        self._place_names = re.compile(f"(?:{names})(?:{'|'.join(map(re.escape, suffixes))})?")  # 临清, 临清市
        places = self._named["places"]
        written = sorted(
            t for t in {*places, *(t for t, c in self._canonical.items() if c in places)} if not t.isascii()
        )
        self._sat_opening = re.compile(
            _SAT_OPENING.format(places=f"{term_pattern(written).pattern}|{self._place_names.pattern}")
        )
        # What 考 reads as inside a term it opens (考的证: 社工证; 考过初级: 持有初级证), so that a place before it is
        # still read as where the asker sat.
        self._sat = term_pattern(
            sorted({_SAT, *(c for t, c in self._replacements.items() if t.startswith(_SAT) and c[0] != _SAT)})
        )
        # The name for other places (其他地方): places after an excluding word read as it, and entries about it.
        self.unlisted_keyword = self.normalize(vocabulary.unlisted_keyword) if vocabulary.unlisted_keyword else None
        # A sum of money asked about a level in a place (宁波考高级能拿多少, 宁波高级是2000元吗) names the measure each
        # level has its own sum of there (奖励).
        self._level_sum = (
            (
                self.normalize(vocabulary.level_sums[0]),
                term_pattern(sorted(map(self.normalize, vocabulary.level_sums[1]))),
            )
            if vocabulary.level_sums
            else None
        )
        # A sum of money said for a period of time (新入职社工一年拿三四千对吗, 一个月五千) is said of the measure it is
        # paid as (工资), which the text is read with.
        self._period_sum = (
            (
                self.normalize(vocabulary.period_sums[0]),
                re.compile(f"({term_pattern(sorted(vocabulary.period_sums[1])).pattern})(?={SUM_AFTER_PERIOD})"),
            )
            if vocabulary.period_sums
            else None
        )
        # Places named right after one of these (除了宁波、台州) are not asked about: other places are.
        self._excluding = term_pattern(sorted({clean(w) for w in vocabulary.excluding}))
        # A level named between one of these and 证 (没有中级证能考高级吗) is a certificate held, not the level asked.
        self._holding = term_pattern(sorted({clean(w) for w in vocabulary.holding}))
        # Measures of a change in another (增长情况), named after it in a reply (北京机构数的增长情况).
        self.change_measures = frozenset(self.normalize(m) for m in vocabulary.change_measures)
        # Measures of another measure, named after it in a reply: a change in it, or its share, average or rank.
        self.named_after = self.change_measures | {self.normalize(m) for m in vocabulary.of_measures}
        # Who decides about a place, subject or measure no entry covers (国外), as the question is read.
        self.who_decides = {self.normalize(term): who for term, who in vocabulary.who_decides}
        # Another job's bare word (护士) and its subject, and the words of social work that other jobs use too (登记).
        self._job_subjects = {self.normalize(job): subject for job, subject in vocabulary.job_subjects}
        self._shared_terms = term_pattern(sorted({self.normalize(word) for word in vocabulary.shared_topic}))
        # A certificate no group lists (营养师证): two characters before a suffix, no listed term overlapping them.
        endings = "|".join(map(re.escape, sorted(vocabulary.certificate_suffixes, key=len, reverse=True)))
        self._unlisted_certificate = re.compile(f"[{HANZI}]{{2}}(?:{endings})") if endings else None
        self._certificate_keyword = vocabulary.certificate_keyword
        differing = sorted({self.normalize(word) for word in vocabulary.differing})
        self._differing = term_pattern(differing) if differing else None
        # The place each place lies in (宁波 → 浙江), as the question is read, with the other rules of places.
        self.place_rules = PlaceRules(
            frozenset(self.normalize(place) for place in vocabulary.separate_places),
            {self.normalize(inner): self.normalize(place) for place, within in vocabulary.regions for inner in within},
            frozenset(self.normalize(measure) for measure in vocabulary.local_measures),
            frozenset(
                self.normalize(m)
                for m in (*(g.counts for g in vocabulary.groups if g.counts), *vocabulary.level_measures)
            ),
        )
        self._levels_read: dict[str, tuple[str, ...]] = {}  # `levels_in`, by text
        # Which place comes first, asked around its measure (浙江哪个市报考人数最多): read as the rank, after the
        # measure; a place it always ranks within (全国) named beside it is no place asked (全国持证社工排名第一的省份).
        most = term_pattern(sorted(map(clean, vocabulary.superlatives))).pattern
        ranks = vocabulary.ranks_asked
        self._ranks = [
            (rank, re.compile(f"(?:{w}).{{0,{RANK_GAP}}}?(?:{most})|(?:{most}).{{0,{RANK_GAP_AFTER}}}?(?:{w})"))
            for rank, which, _ in ranks
            if (w := _terms_of(which))
        ]
        # A place a rank is always over, asked which of its places (全国哪个地方), asks the places that rank ranks.
        self._over_asked = _over_asked(ranks)
        self._over_which = next((clean(which[0]) for _, which, over in ranks if over), "")
        # A question asked in words apart (when did the exam start: since when, not this year's date): its first
        # words read as the term it asks, the words between them kept (the exam), the words after them dropped.
        self._apart = [
            (rf"{reads} \1", re.compile(f"(?:{_terms_of(first)})(.{{0,{within}}}?)(?:{_terms_of(then)})"))
            for reads, first, then, within in vocabulary.asked_apart
        ]
        # Which of two things is more (哪个多, 谁高, 差多少): rewards compared, or a count of two places in a thread.
        self._comparing = _typed(vocabulary.comparing)
        self._shares = _typed(vocabulary.shares_asked)
        self._share_words = tuple(map(clean, vocabulary.shares_asked))
        self._together = _typed(vocabulary.together)
        # whether a level must be held first (要先考中级吗), or may be skipped (没有中级证能考高级吗)
        self._held_first = _typed(vocabulary.held_first)
        self._skipping = _typed(vocabulary.skipping)
        # the levels that terms name as held first (要先考中级: 社工师), by the terms as read
        self._holds = {self.normalize(g.terms[0]): self.normalize(g.holds) for g in vocabulary.groups if g.holds}
        self._rank_over = {self.normalize(rank): self.normalize(over) for rank, _, over in ranks if over}
        self._other_ranks = {self.normalize(rank) for rank, _, _ in ranks} - set(self._rank_over)

    def levels_in(self, text: str) -> tuple[str, ...]:
        """The levels a text of the knowledge base names (an answer, a line of one), read once per text: they are few
        and fixed (社工证（助理、中级、高级都一样）)."""
        if (levels := self._levels_read.get(text)) is None:
            levels = self._levels_read[text] = self.named(self.normalize(text)).levels
        return levels

    def normalize(self, text: str) -> str:
        """Clean text with every synonym replaced by its canonical term and every filler removed."""
        return self._normalized.get(text, self._normalize)

    def _normalize(self, text: str) -> str:
        # A year (2025年) says when, not what: a question with one matches the phrasings without it.
        # Chinese split by a space or a mark is read whole (社:会工作 is 社会工作), as it is after fillers go.
        text = self._shorthand_re.sub(lambda word: self._shorthand[word.group()], clean(text))
        if self._sat_opening is not None:
            text = self._sat_opening.sub(r"\1\2在", text)
        text = self._hanzi_gap.sub("", " ".join(_AGE_RE.sub("", YEAR_RE.sub(" ", text)).split()))
        if self._over_asked is not None:
            text = self._over_asked.sub(self._over_which, text)
        for rank, asked in self._ranks:
            text = asked.sub(rf"\g<0>{rank}", text)
        for reads, apart in self._apart:
            text = apart.sub(reads, text) if apart.search(text) else text  # the template is read only when it is used
        text = self._terms.sub(self._replace, self._sounding(self._joined(text)))
        text = self._rejoined(text)
        text = self._hanzi_gap.sub("", " ".join(self._given.sub(" ", text).split()))
        if self._period_sum is not None and not self._names_a_measure(text):
            text = self._period_sum[1].sub(rf"\1{self._period_sum[0]}", text)
        return self._once(text)

    def asked_across(self, before: str, question: str) -> str | None:
        """The two turns as one question when `question` does nothing but close words asked apart that `before` opened
        (社工证考过了, then 要干嘛: `asked_apart`), else None."""
        before, question = clean(before), clean(question)
        words = before[-1:].isascii() and question[:1].isascii()  # When did the exam, then start: two words apart
        joined, cut = f"{before}{' ' if words else ''}{question}", len(before)
        spans = (m.span() for _, apart in self._apart for m in apart.finditer(joined))
        return joined if any(start < cut < end == len(joined) for start, end in spans) else None

    def _names_a_measure(self, text: str) -> bool:
        """Whether a text, its terms read, names a measure (宁波奖励是每年3000吗: 奖励)."""
        return any(m.group() in self._named["measures"] for m in self._canonical_terms.finditer(text))

    def _rejoined(self, text: str) -> str:
        """Names built of names read again (社工资格证考试 → 社工证考试 → 社工考试), never cutting into a term the first
        pass wrote (成为一名社工师 keeps 社工师: it is no 当社工 + 师)."""
        spans = [match.span() for match in self._whole_terms.finditer(text)]

        def replace(match: re.Match[str]) -> str:
            cuts = any(start < edge < end for start, end in spans for edge in match.span())
            return match.group() if cuts else self._replace(match)

        return self._terms.sub(replace, text)

    def normal_about(self, about: About) -> About:
        """What an entry is `about`, in the normalised form that questions are read in."""
        return About(*(tuple(self.normalize(term) for term in terms) for terms in astuple(about)))

    def normal_measures_at(
        self, measures_at: Sequence[tuple[str, tuple[str, ...]]]
    ) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """An entry's `measures_at`, in the normalised form that questions are read in."""
        return tuple((self.normalize(m), tuple(self.normalize(p) for p in places)) for m, places in measures_at)

    def _once(self, text: str) -> str:
        """The text with a term that directly repeats the term before it dropped; terms are read whole, longest first,
        so 助理社工师社工师 (初级中级) keeps both levels."""
        parts, end, last = [], 0, ""
        for match in self._whole_terms.finditer(text):
            term = match.group()
            parts.append(text[end : match.start()])
            if not (term == last and match.start() == end):
                parts.append(term)
            end, last = match.end(), term
        return "".join(parts) + text[end:]

    def _joined(self, text: str) -> str:
        """The text with each pinyin word that runs terms together cut into them, and neighbouring pinyin words that
        spell a term together written as one word."""
        text = _LATIN_WORD_RE.sub(lambda word: self._cut_word(word.group()), text)
        return _LATIN_WORDS_RE.sub(lambda run: " ".join(self._join_words(run.group().split())), text)

    def _cut_word(self, word: str) -> str:
        """A pinyin word typed without spaces (chujishegongzhengbaokaotiaojian) as the terms it spells, the longest
        first from its start, with the syllables between them as words of their own; a word that spells no term
        inside it stays as typed."""
        syllables = split_pinyin(word)
        if syllables is None or len(syllables) < MIN_CUT_SYLLABLES:
            return word
        pieces = longest_runs(syllables, MAX_TERM_SYLLABLES, self._spelled_term)
        return " ".join(piece for piece, _ in pieces) if any(1 < n < len(syllables) for _, n in pieces) else word

    def _join_words(self, words: list[str]) -> list[str]:
        """Words that spell a term together (fei shegong zhuanye: 非社工专业) as one, the longest run first; a word of
        one syllable only begins a run (shegong shi shenme is no 社工师)."""

        def term(run: Sequence[str]) -> str | None:
            joins = split_pinyin(run[0]) is not None and all(map(self._syllables, run[1:]))
            return self._spelled_term(run) if joins else None

        return [joined for joined, _ in longest_runs(words, MAX_JOINED_WORDS, term)]

    def _spelled_term(self, run: Sequence[str]) -> str | None:
        """Pinyin pieces that together spell a term, written as one word; else None."""
        return spelled if (spelled := "".join(run)) in self._spelled else None

    @staticmethod
    def _syllables(word: str) -> bool:
        pinyin = split_pinyin(word)
        return pinyin is not None and len(pinyin) >= MIN_JOINED_SYLLABLES

    def _sounding(self, text: str) -> str:
        """The text with every run of characters that sounds like a long topic term, and begins and ends as it does,
        written as that term: a slip inside the term only, since at its edges it blurs with the words around it
        (社会工作是… is no 社会工作师)."""
        parts, start = [], 0
        while start < len(text):
            for length in self._sound_alike_lengths.get(text[start], ()):
                alikes = self._sound_alikes.get((text[start], text[start + length - 1 : start + length], length))
                piece = text[start : start + length]
                canonical = alikes.get(" ".join(map(reading, piece))) if alikes else None
                written = piece in self._canonical  # a term as written is the terms' pass's to read
                if canonical is not None and not written and all(map(HANZI_RE.fullmatch, piece)):
                    parts.append(canonical)
                    start += length
                    break
            else:
                parts.append(text[start])
                start += 1
        return "".join(parts)

    def _replace(self, match: re.Match[str]) -> str:
        return self._replacements[match.group().replace(" ", "")]

    @staticmethod
    def as_any_level(normalized: str, levels: Sequence[str]) -> str | None:
        """A normalised text naming one level (`levels`, as `named` reads them) with that level read as the
        certificate of any level (社工师证是什么 → 社工证是什么), or None: what entries about the certificate answer."""
        if len(levels) != 1:
            return None
        certificate = _CERTIFICATE[1]
        return re.sub(f"{re.escape(levels[0])}(?:{certificate}|{_CERTIFICATE[0]})?", certificate, normalized)

    def named(self, normalized: str) -> About:
        """The places, exam levels, measures and subjects a normalised text names, in the order it names them. People
        with a count (持证社工) name it as the measure only when asked how many of them, with no other measure
        (北京有多少持证社工, not 持证社工要参加继续教育吗 or 持证社工需要多少学时). A sum of money asked about a level
        in a place names the measure `level_sums` gives (宁波高级是2000元吗: 奖励); another job asked of by its bare
        word or a certificate no group lists, its subject (`_named_with_subject`)."""
        return self._read.get(normalized, self._named_with_subject)

    def _named_with_subject(self, normalized: str) -> About:
        """`named`, with the subject a text names by no term: a certificate no group lists (营养师证: 其他证书), or
        another job asked of by its bare word (`_job_asked_of`)."""
        named = self._named_in(normalized)
        if named.subjects:
            return named
        subject = self._certificate_keyword if self._names_unlisted_certificate(normalized) else None
        subject = subject or self._job_asked_of(normalized)
        return replace(named, subjects=(subject,)) if subject else named

    def unlisted_certificates_named(self, normalized: str) -> str:
        """A normalised text with each certificate no group lists read as the subject such certificates count as
        (营养师证怎么考: 其他证书怎么考, asked as 心理咨询师证怎么考 is)."""
        keyword, unlisted = self._certificate_keyword, self._unlisted_certificate
        if not keyword or unlisted is None or not self._names_unlisted_certificate(normalized):
            return normalized
        taken = {at for m in self._canonical_terms.finditer(normalized) for at in range(m.start(), m.end())}
        return unlisted.sub(lambda m: keyword if taken.isdisjoint(range(*m.span())) else m.group(), normalized)

    def _names_unlisted_certificate(self, normalized: str) -> bool:
        """Whether a normalised text names a certificate no group lists (营养师证; not 社工师证: a listed term)."""
        found = list(self._unlisted_certificate.finditer(normalized)) if self._unlisted_certificate else []
        if not found:
            return False  # most questions: no listed term read
        taken = {at for m in self._canonical_terms.finditer(normalized) for at in range(m.start(), m.end())}
        return any(taken.isdisjoint(range(*m.span())) for m in found)

    def _job_asked_of(self, normalized: str) -> str | None:
        """The subject of another job a normalised text asks of by the job's bare word, naming nothing of social work
        but the words other jobs use too (护士要继续教育吗, 老师需要登记吗: 护士职业, 教师职业; not 我是护士能考社工吗),
        and not compared with another (跟医生一样是职业吗, after 社工是什么)."""
        subjects = {subject for job, subject in self._job_subjects.items() if job in normalized}
        if len(subjects) != 1 or self.names_social_work(normalized):
            return None
        return None if self.asks_how_they_differ(normalized) else subjects.pop()  # 跟医生一样是职业吗: compared

    def names_social_work(self, normalized: str) -> bool:
        """Whether a normalised text names social work by more than the words other subjects use too: with those
        taken out (登记, 有效期), a term of social work is left (社工证登记; not 护士再登记有效期)."""
        return self.is_on_topic(self._shared_terms.sub(" ", normalized))

    def asks_of_another_certificate(self, text: str) -> bool:
        """Whether a question asks of a certificate other than social work's, naming nothing of social work
        (香港人可以考心理咨询师证吗, 营养师证怎么考; not 我有心理咨询师证，能考社工吗)."""
        normalized = self.normalize(text)
        return self._certificate_keyword in self.named(normalized).subjects and not self.names_social_work(normalized)

    def asks_how_they_differ(self, normalized: str) -> bool:
        """Whether a normalised text asks how two things differ (志愿者和义工有什么区别, 跟医生一样吗)."""
        return self._differing is not None and self._differing.search(normalized) is not None

    def _ranked_over(self, named: About) -> About:
        """A rank among a place's parts asked of the place a rank is always over is that rank (全国哪个地方最多: the
        national rank, not 全国的省内排名)."""
        over = {rank for rank, place in self._rank_over.items() if place in named.places or rank in named.measures}
        if len(over) != 1 or not self._other_ranks & set(named.measures):
            return named
        ranks = tuple(dict.fromkeys(next(iter(over)) if m in self._other_ranks else m for m in named.measures))
        return replace(named, measures=ranks)

    def _named_in(self, normalized: str) -> About:
        matches = list(self._canonical_terms.finditer(normalized))
        terms = dict.fromkeys(match.group() for match in matches)
        named = About(**{key: tuple(t for t in terms if t in known) for key, known in self._named.items()})
        if unlisted := self._unlisted_places(normalized, matches):
            named = replace(named, places=named.places + unlisted)
        if excluded := self._excluded(normalized, matches):
            kept = tuple(p for p in named.places if p not in excluded)
            other = (self.unlisted_keyword,) if self.unlisted_keyword else ()
            named = replace(named, places=tuple(dict.fromkeys((*kept, *other))))
        named = self._ranked_over(named)
        if over := {self._rank_over[m] for m in named.measures if m in self._rank_over}:  # 全国 of 全国排名
            named = replace(named, places=tuple(p for p in named.places if p not in over))
        if qualifying := self._qualifying(matches):  # 浙江宁波: 宁波
            named = replace(named, places=tuple(p for p in named.places if p not in qualifying))
        if len(named.levels) > 1 and (held := self._held(normalized, matches)):
            named = replace(named, levels=tuple(level for level in named.levels if level not in held) or named.levels)
        if set(named.measures) - self.named_after:
            return named
        of = named.measures  # a rank, share or change alone names what it is of by the count asked (哪个省报考的人最多)
        measures = self._counts_asked(normalized, matches)
        counted = [t for t in terms if t in self._counts]
        if (
            not measures and len(counted) == 1 and (last := self._counted_last.search(normalized))
        ):  # the one group counted, asked how many last (北京社工有多少; not 报考社工的有几万人: its applicants)
            measures = (self._counts[last.group(1)][0],)
        if not measures and of and len(counted) == 1 and self._counts[counted[0]][1] is self._quantity:
            measures = (self._counts[counted[0]][0],)  # the one group ranked (浙江哪个城市的持证社工最多: 持证人数)
        if not measures and len(named.places) > 1 and self._compared.search(normalized):
            # places side by side (北京和浙江的社工分别有多少, 北京社工比浙江多吗): each one's count of the group named,
            # not a level's asked by the words of its sums (宁波中级和台州中级差多少: their rewards)
            summed = self._level_sum is not None and self._level_sum[1].search(normalized) is not None
            groups = [t for t in counted if not (summed and t in self._named["levels"])]
            measures = tuple(dict.fromkeys(self._counts[t][0] for t in groups))
        if (
            not measures
            and named.levels
            and named.places
            and self._level_sum
            and (self._level_sum[1].search(normalized) or _SUM.search(normalized))
        ):
            measures = (self._level_sum[0],)
        if not measures and named.places and not self._canonical_terms.sub("", normalized).strip():
            # names alone (杭州 持证): a group counted by any word asking how many is asked its count there
            measures = tuple(dict.fromkeys(self._counts[t][0] for t in counted if self._counts[t][1] is self._quantity))
        return replace(named, measures=(*measures, *of)) if measures else named

    def _counts_asked(self, normalized: str, matches: list[re.Match[str]]) -> tuple[str, ...]:
        """The counts of the groups a normalised text asks how many of (持证人数 of 浙江持证社工多少). With several
        groups named apart, each is asked only by the words between the groups beside it (我是社工站站长，想问浙江
        持证社工多少: the holders, not the stations); groups named together (多少社工站和持证社工) share them."""
        runs: list[list[re.Match[str]]] = []
        for group in (m for m in matches if m.group() in self._counts):
            if runs and _JOINING_RE.fullmatch(normalized[runs[-1][-1].end() : group.start()]):
                runs[-1].append(group)
            else:
                runs.append([group])
        apart = len({g.group() for run in runs for g in run}) > 1
        measures = []
        for at, run in enumerate(runs):
            start = runs[at - 1][-1].end() if apart and at else 0
            end = runs[at + 1][0].start() if apart and at + 1 < len(runs) else len(normalized)
            for group in run:
                measure, asking = self._counts[group.group()]
                if asking.search(normalized, start, end):
                    measures.append(measure)
        return tuple(dict.fromkeys(measures))

    def named_as_scene(self, normalized: str, places: Sequence[str]) -> bool:
        """Whether each of the places a normalised text names is named as the scene of the asker's story
        (我在浙江考的社工证，现在搬到四川了; 台州考的社工证在杭州能用吗) and the text asks no count (在浙江考的人多吗):
        it asks of no place."""
        return self._scenes(normalized, places) is not None

    def without_scenes(self, normalized: str) -> str:
        """A normalised text without the places it names only as the scene of the asker's story, nor the word
        before each, when it names no measure: what it asks is the rest (在台州考社工证到杭州通用: 考社工证通用). A
        place the certificate is used at is asked as where it holds (在台州考社工证在杭州认: 考社工证通用)."""
        named = self.named(normalized)
        if named.measures or not (spans := self._scenes(normalized, named.places)):
            return normalized
        for start, end, written in sorted(spans, reverse=True):
            normalized = normalized[:start] + written + normalized[end:]
        return normalized

    def _scenes(self, normalized: str, places: Sequence[str]) -> list[tuple[int, int, str]] | None:
        """Each of `places` in a normalised text as a span with the word before it (and the words of its use after
        it, with what they read as: `_VALID_ANYWHERE`), when every one is named as a scene (`named_as_scene`); else
        None. A place with a system of its own (香港) is never a scene: the certificate's use there is asked of it."""
        if not places or self._quantity.search(normalized) or _PEOPLE_COUNTED_RE.search(normalized):
            return None
        if set(places) & self.place_rules.separate:
            return None
        spans = []
        for m in (m for place in places for m in re.finditer(re.escape(place), normalized)):
            moved = _SCENE_BEFORE_RE.search(normalized, 0, m.start())
            if (opening := moved or _SAT_AT_RE.search(normalized, 0, m.start())) is None:
                return None
            if used := _USED_RE.match(normalized, m.end()):
                spans.append((opening.start(), used.end(), _VALID_ANYWHERE))
            elif moved or self._sat.match(normalized, m.end()):
                spans.append((opening.start(), m.end(), ""))
            else:
                return None
        return spans

    def _qualifying(self, matches: list[re.Match[str]]) -> set[str]:
        """The places written right before a place inside them, as where it lies (浙江宁波, 北京海淀区), not asked, and
        named nowhere else (我在北京海淀区做社工，北京有多少机构: 北京 is asked)."""
        places = [m for m in matches if m.group() in self._named["places"]]
        qualifying = {
            outer.start()
            for outer, inner in pairwise(places)
            if outer.end() == inner.start() and outer.group() in self.place_rules.regions_of(inner.group())
        }
        named_alone = {m.group() for m in places if m.start() not in qualifying}
        return {m.group() for m in places if m.start() in qualifying} - named_alone

    def _held(self, normalized: str, matches: list[re.Match[str]]) -> set[str]:
        """The levels named as a certificate one holds or lacks (没有中级证, 有初级证书), or as the one held before a
        level named later (从中级直接考高级, 中级考过了能考高级吗, 初级证能考高级吗), not as the level asked."""
        holding = list(self._holding.finditer(normalized))
        ends = {word.end() for word in holding}
        passed = {word.start() for word in holding if len(word.group()) > 1}  # 中级考过了, not 中级有几科
        levels = [m for m in matches if m.group() in self._named["levels"]]
        held = set()
        for level, later in zip(levels, [*levels[1:], None], strict=True):
            before = len(normalized[: level.start()].rstrip()) in ends
            after = len(normalized) - len(normalized[level.end() :].lstrip()) in passed
            as_held = normalized.startswith(_CERTIFICATE, level.end())
            taking = later is not None and _TAKING_RE.search(normalized, level.end(), later.start()) is not None
            if (as_held and (before or taking)) or (later and (before or after)):
                held.add(level.group())
        return held

    def _excluded(self, normalized: str, matches: list[re.Match[str]]) -> set[str]:
        """The places named right after an excluding word (除了宁波、台州还有哪里: 宁波, 台州), in a row with nothing
        but spaces or 和 between them."""
        places = [m for m in matches if m.group() in self._named["places"]]
        excluded: set[str] = set()
        for word in self._excluding.finditer(normalized):
            end = word.end()
            for place in places:
                if place.start() >= end and _JOINING_RE.fullmatch(normalized[end : place.start()]):
                    excluded.add(place.group())
                    end = place.end()
        return excluded

    def _unlisted_places(self, normalized: str, listed: list[re.Match[str]]) -> tuple[str, ...]:
        """The places a normalised text names that `places` does not list, by name (临清社工工资: 临清) or by a
        suffix (吴江区社工工资: 吴江区); `listed` are the text's canonical terms, which no such place overlaps."""
        taken: set[int] = set()
        for match in chain(listed, self._not_places.finditer(normalized)):
            taken.update(range(match.start(), match.end()))
        by_name = ((m.start(), m.group()) for m in self._place_names.finditer(normalized))
        by_suffix = ((m.start(), m.group(1)) for m in self._unlisted.finditer(normalized)) if self._unlisted else ()
        found = []
        for start, place in chain(by_name, by_suffix):
            span = range(start, start + len(place))
            if taken.isdisjoint(span):
                found.append(place)
                taken.update(span)  # 雄安新区 is no 安新区 as well; 临清市 is 临清
        return tuple(dict.fromkeys(found))

    def within_longer_terms(self, normalized: str, term: str) -> str:
        """For a topic term, `normalized` with every longer topic term that contains it blanked out, so that a
        keyword 社工 is not read inside 社工证 or 社工考试, nor 社工师 inside 高级社工师: they name other things."""
        if term not in self._topic_set or term not in normalized:
            return normalized
        longer = [t for t in self.topic_terms if term in t and t != term]
        for other in sorted(longer, key=len, reverse=True):
            normalized = normalized.replace(other, " ")
        return normalized

    def is_worded_as_follow_up(self, text: str) -> bool:
        """Whether a question, as typed, opens or closes with a follow-up word (那台州呢, 中级呢)."""
        return self._follow_up_edge.search(clean(text).strip()) is not None

    def without_follow_up_words(self, text: str) -> str:
        """Text, its spaces removed, without the follow-up words it opens or closes with, however many (what about
        台州: 台州; and for 社工师: 社工师)."""
        text, before = text.replace(" ", ""), ""
        while text != before:
            before = text
            for word in self._follow_ups:
                text = text.removeprefix(word).removesuffix(word)
        return text

    def holds_a_term(self, normalized: str) -> bool:
        """Whether a normalised text holds a term the vocabulary reads (领证, 社工证): what is left of a follow-up
        besides what it swaps in holds none, or it asks something of its own (社工证怎么领取补贴呢)."""
        return self._canonical_terms.search(normalized) is not None

    def without_terms_within(self, normalized: str, names: Sequence[str]) -> str:
        """A normalised text without the terms one of `names` holds (assistant social workers, read 助理社工师社工,
        beside 助理社工师: 社工)."""
        return self._canonical_terms.sub(lambda m: "" if any(m[0] in name for name in names) else m[0], normalized)

    def counted_group(self, text: str) -> str | None:
        """The group whose people or places are counted that a short normalised text names (持证社工), or names by the
        end of its name (机构: 社工机构), or None."""
        named = next((m.group() for m in self._canonical_terms.finditer(text) if m.group() in self._counts), None)
        if named is not None or len(text) < _GROUP_END:
            return named
        return next((term for term in self._counts if term.endswith(text)), None)

    def counted(self, normalized: str) -> tuple[str, ...]:
        """The counts (机构数) of the groups a normalised text names (社工机构), whether it asks how many or not."""
        terms = (match.group() for match in self._canonical_terms.finditer(normalized))
        return tuple(dict.fromkeys(self._counts[term][0] for term in terms if term in self._counts))

    def asks_which_is_more(self, text: str) -> bool:
        """Whether a text (as typed) asks which of two things is more (`comparing`: 哪个多, 差多少), or what share one
        is of the other (`shares_asked`: 台州是宁波的几成, 高级是初级的几倍)."""
        typed = clean(text)
        return any(words is not None and words.search(typed) for words in (self._comparing, self._shares))

    def levels_passed(self, text: str) -> tuple[str, ...]:
        """The levels a text (as typed) names, those said as held or passed (考了中级又考了高级) among them, read with
        the words of holding (`holding`) left out; empty when it has none of those words."""
        cleaned = clean(text)
        if not self._holding.search(cleaned):
            return ()
        return self.named(self.normalize(self._holding.sub(" ", cleaned))).levels

    def asks_a_share(self, text: str) -> bool:
        """Whether a text (as typed) asks how much more as a share (`shares_asked`: 几成, 百分之几)."""
        return self._shares is not None and self._shares.search(clean(text)) is not None

    def levels_held(self, normalized: str) -> tuple[str, ...]:
        """The levels a normalised text names as held, lacked or skipped on the way to another (高级要先考中级: 社工师,
        没有中级证能考高级吗: 社工师), not as the level asked."""
        found = [m.group() for m in self._canonical_terms.finditer(normalized)]
        levels = [term for term in found if term in self._named["levels"]]
        asked = self.named(normalized).levels
        held = [self._holds[term] for term in found if term in self._holds]
        return tuple(dict.fromkeys([*held, *(level for level in levels if level not in asked)]))

    def asks_together(self, text: str) -> bool:
        """Whether a text (as typed) asks to sit two levels at once (`together`: 同时报中级和高级)."""
        return self._together is not None and self._together.search(clean(text)) is not None

    def asks_held_first(self, text: str) -> bool | None:
        """Whether a text (as typed) asks whether a level may be sat without another held first (`skipping`: 没有中级证
        能考高级吗: True), or whether one must hold it (`held_first`: 要先考中级吗: False); None when it asks neither
        (可以从中级直接考高级吗)."""
        typed = clean(text)
        if self._skipping is not None and self._skipping.search(typed):
            return True
        return False if self._held_first is not None and self._held_first.search(typed) else None

    def shares_as_one(self, text: str) -> str:
        """A text (as typed) with each word asking a share read as the first of them (宁波初级奖励是台州的百分之几:
        …的几成): 百分之几 also asks a proportion (比例), which no source gives of two sums."""
        if self._shares is None or not self._share_words:
            return clean(text)
        return self._shares.sub(self._share_words[0], clean(text))

    def is_on_topic(self, normalized: str) -> bool:
        """Whether a normalised text names social work itself (a `topic` synonym group)."""
        return self._topic.search(normalized) is not None

    @property
    def topic_pattern(self) -> str:
        """The pattern of the terms of social work itself (`is_on_topic`), to be read inside a larger one."""
        return self._topic.pattern

    def topic_terms_in(self, normalized: str) -> list[str]:
        """The terms of social work itself a normalised text names, in order (社工考试一年几次: 社工考试)."""
        return self._topic.findall(normalized)

    def names_shared_topic(self, cleaned: str) -> bool:
        """Whether a question as typed (cleaned, not normalised) has a word of the subject that other subjects use too
        (登记, 成绩)."""
        return self._shared_topic.search(cleaned) is not None

    def without_common_words(self, normalized: str) -> str:
        """A normalised text without the words any question may hold (如果, 之后)."""
        return self._common.sub("", normalized)


def _typed(words: Sequence[str]) -> re.Pattern[str] | None:
    """The pattern of any of `words` as typed (cleaned, not normalised); None for no words."""
    return term_pattern(sorted(map(clean, words))) if words else None


def _terms_of(words: Sequence[str]) -> str:
    """The pattern of any of `words` as typed, as text to build a larger one from."""
    return term_pattern(sorted(map(clean, words))).pattern


def _over_asked(ranks: Sequence[tuple[str, tuple[str, ...], str | None]]) -> re.Pattern[str] | None:
    """The words asking another rank's place (哪个地方) named right after a place a rank is always over (全国), which
    ask that rank's place (全国哪个地方: 哪个省); None when no rank is over one."""
    overs = [clean(over) for _, _, over in ranks if over]
    others = sorted({clean(w) for _, which, over in ranks if not over for w in which if not w.isascii()})
    if len(overs) != 1 or not others:
        return None
    return re.compile(f"{re.escape(overs[0])}(?:{term_pattern(others).pattern})")


@lru_cache(maxsize=4)
def normalizer_for(vocabulary: Vocabulary) -> Normalizer:
    """The normaliser of a vocabulary, built once: the loader's checks and the engine read with the same one."""
    return Normalizer(vocabulary)
