"""Reading what a question asks: whether one may sit the exam (能考吗, 报考条件, 考得了), the levels it names, and
whether a short message says nothing but details and a follow-up's words (那中级呢, zhongji ne, what about …?)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from bot.core.eligibility.grammar import LATER_YEAR, SPAN, YEAR_SAID, any_of
from bot.core.eligibility.pinyin import MAX_WORD_SYLLABLES
from bot.core.eligibility.rules import Level
from bot.core.eligibility.words import Words
from bot.core.eligibility.work import NO_WORK_RE
from bot.core.sounds import spellings, split_pinyin
from bot.core.text import HANZI

MAX_FOLLOW_UP_CHARS = 16  # a follow-up longer than this (punctuation aside) is a question of its own
_ANY_CASE = re.IGNORECASE | re.ASCII
LEVELS = {level.title: level for level in Level}  # each level by its title, as the words name it
_PRONOUNS = ("他", "她")  # in a follow-up, whose details it gives (我同事呢 他大专)
# After 考 or 报, what may follow a level's word (考初级吗, 考助理社工师, 考中级证): not 考高几分, 考中几科.
_AFTER_A_LEVEL = f"(?=[社证吗呢么嘛啊吧了的]|[^{HANZI}]|$)"


class Intent:
    """What a question (as the reader reads it: Simplified, its pinyin and English in Chinese) asks, read with the
    words of one knowledge base."""

    def __init__(self, words: Words, level_words: Mapping[str, Level]) -> None:
        """`level_words`: the level each of the levels' words names."""
        levels, titles = any_of(level_words), any_of(words.titles)
        self._linking = re.compile(any_of(words.linking))  # 那…呢, 我是: details tied to the message before
        self._levels = tuple((LEVELS[name], re.compile(any_of(said))) for name, said in words.levels)
        untitled = any_of(word for word in level_words if word not in words.titles)
        self._titled = re.compile(f"({untitled})(?:{titles})")  # 助理社工师 names one level
        # A level's word typed as another of its sound (助里社工师, 考初及吗: a slip of the pinyin keyboard): before a
        # title, or after 考 or 报 where a level's word stands.
        self._sounds: dict[tuple[str, ...], str] = {}
        for word in (word for word in level_words if word not in words.titles):
            for spelled in spellings(word):
                self._sounds.setdefault(spelled, word)
        two = f"[{HANZI}]{{2}}"
        self._slip = re.compile(rf"(?<=[考报])({two}){_AFTER_A_LEVEL}|({two})(?=(?:{titles}))")
        self._not_levels = re.compile(any_of(words.not_levels))  # 项目助理: a job
        social_work = any_of(words.social_work)  # a level said with social work (中级社工, 社工中级): no major
        self._social_work_level = re.compile(f"(?:{levels})的?(?:{social_work})|(?:{social_work})(?:{levels})")
        # A question about sitting the exam: whether one may (能考吗, 可以报考吗) or what a rule asks (报考条件,
        # 满几年); only then do details get a verdict.
        self._conditions = re.compile(any_of(words.conditions))
        self._enough = re.compile(rf"(?:{any_of(words.enough)})[\W_]*$")  # after details: 工作一年够吗
        # How long something else lasts (证书有效期几年, 成绩保留多久): not the years a rule asks.
        self._other_duration = re.compile(
            rf"(?:{any_of(words.lasting)})[^，。？?！!,]{{0,3}}?(?:几年|多久|多长时间|多少年)"
        )
        self._may_sit = re.compile(
            rf"(?:{any_of(words.asking)})[^，。？?！!,]{{0,10}}[考报]|"
            rf"[考报][^，。？?！!,]{{0,4}}?(?:{any_of(words.which_level)})|"  # 应该考哪个级别: which level one may sit
            # 初级ok吗, 中级够不够, 社工证有戏吗
            rf"(?:{levels}|社工证)(?:(?:ok|OK|行|可以|够|有戏|有希望)(?:了?吗|不|没)|够不够|行不行|可不可以|有没有戏)|"
            rf"[考报](?:{levels})还是[考报]?(?:{levels})|"  # 报初级还是中级: which of two
            rf"(?:想|打算|准备)(?:报考|考|报)(?:{levels}|社工证)?[吗呢啊。？?！!]*$|"
            # sitting named, then whether one may, no other question between (想考中级，请问可以吗; 行不行), or 报得了不
            # (考中级够吗, 今年想报初级，来得及吗)
            r"[考报][^。？?！!多几什怎哪吗呢]{0,15}?(?:(?:可以|行|能行|成|ok|OK|够|来得及|赶得上|赶得及|有戏|有希望)(?:吗|么|嘛|不|否|伐|没)|"
            r"行不行|可不可以|够不够|来不来得及|赶不赶得上|有没有戏|有没有希望)|[考报]得了|"
            r"[考报]唔[考报]得|[考报]得[^，。？?！!,]{0,6}未"  # Cantonese: 考唔考得中級, 考得初級未
        )
        # The level one wants to sit, said beside one's details (我想考中级，本科汉语言，工作3年了).
        self._wish = re.compile(  # 我想考中级, and with no level 我想考社工证 (then 本科会计专业 工作一年)
            rf"(?:我|本人)?(?:想|打算|准备|计划)(?:报考|考|报)(?:(?:{levels})(?:社工证|社工|证)?|社工证|社工)"
        )
        # What a short follow-up may say (its details and `follow_up`'s words), not spelt in pinyin: left, it says more.
        said = (
            *level_words,
            *(word for _, said in words.education for word in said),
            *words.degrees,
            *words.university,
            *words.certificates,
            *words.holding,
            *words.social_work,
            *words.other_majors,
            *words.social_work_jobs,
            *words.other_work,
            *words.volunteering,
            *words.continuing,
            *words.starting,
            *words.follow_up,
            *words.adding,
            *words.adding_opening,
            *words.new_graduates,
            *(word for _, said in words.relations for word in said),  # whose details they are (我老婆, 她)
            *_PRONOUNS,
            *(word for _, said in words.residents for word in said),  # where one lives (我是台湾人)
        )
        # no work at all is a detail too (没工作经验, 还没工作); so is where one works (在厦门工作2年: 在厦门)
        where = rf"在[{HANZI}]{{1,6}}?(?=(?:{any_of(words.working)}))"
        self._only_details = re.compile(
            rf"{where}|{YEAR_SAID}|{LATER_YEAR}|{SPAN}|(?:{NO_WORK_RE.pattern})过?|{any_of(said)}|[^\w]|_",
            re.IGNORECASE,
        )
        # A follow-up's own words in pinyin (na … ne, ruguo shi … ne) and in English (what about, and with a …?).
        self._follow_up_spelled = frozenset(spelled for word in words.follow_up for spelled in spellings(word))
        self._english_follow_up = re.compile(rf"\b(?:{any_of(words.english_follow_up)})(?![a-z'])", _ANY_CASE)
        # The order of the levels asked (要先考初级吗, skip the assistant level), in Chinese or English.
        english_order = rf"\b(?:{any_of(words.english_levels_order)})(?![a-z'])"
        self._order = re.compile(rf"{any_of(words.levels_order)}|{english_order}", _ANY_CASE)

    def unslipped(self, read: str) -> str:
        """A text with each level's word typed as another of its sound (助里社工师, 考初及吗) written as that word."""
        return self._slip.sub(self._unslip, read)

    def _unslip(self, found: re.Match[str]) -> str:
        said = found[0]
        return next((word for spelled in spellings(said) if (word := self._sounds.get(spelled))), said)

    def spelled(self) -> Iterator[re.Pattern[str]]:
        """The patterns whose words are read in pinyin too."""
        yield from (
            self._linking,
            self._titled,
            self._not_levels,
            self._social_work_level,
            self._conditions,
            self._enough,
            self._other_duration,
            self._wish,
        )
        yield self._may_sit
        yield from (pattern for _, pattern in self._levels)

    def sitting(self, read: str) -> bool:
        """Whether a question asks who may sit the exam, not just mentions a degree."""
        return self.may_sit(read) or self._conditions.search(self._other_duration.sub(" ", read)) is not None

    def may_sit(self, read: str) -> bool:
        """Whether a question asks whether one may sit (能考吗, 可以报考吗, 想考高级), not only what a rule asks."""
        return self._may_sit.search(read) is not None

    def only_asking(self, read: str) -> bool:
        """Whether a message says nothing but whether one may sit, besides levels, whose details they are and a
        follow-up's words (能考吗, 那她能考中级吗)."""
        return self.only_details_said(re.sub("[吗么嘛]", " ", self._may_sit.sub(" ", read)))

    def asks_rule_or_order(self, read: str) -> bool:
        """Whether a question asks what a rule asks (中级报考条件是什么, 高级要什么条件) or the order of the levels
        (考中级一定要先考初级吗, 可以跳过初级吗, do I need to pass the assistant level first?)."""
        return self._conditions.search(read) is not None or self._order.search(read) is not None

    def without_enough(self, read: str) -> str:
        """A text without the words closing it that ask whether the details before are enough to sit (工作一年够吗,
        社工专业行不行): what is left are those."""
        return self._enough.sub(" ", read)

    def without_wish(self, read: str) -> str:
        """A text without the level one wants to sit said beside the details (我想考中级): what is left are those."""
        return self._wish.sub(" ", read)

    def linked(self, read: str) -> bool:
        """Whether a message ties its details to the message before (我是大专会计，做了3年: a follow-up)."""
        return self._linking.search(read) is not None

    def without_social_work_levels(self, read: str) -> str:
        """A text without the levels said with social work (中级社工, 社工中级, 考初级社工): a level, not a major."""
        return self._social_work_level.sub(" ", read)

    def levels_named(self, read: str) -> list[Level]:
        """The levels a text names, in order (助理社工师 is one)."""
        read = self._titled.sub(r"\1", self._not_levels.sub(" ", read))
        found = sorted((match.start(), level) for level, pattern in self._levels for match in pattern.finditer(read))
        return list(dict.fromkeys(level for _, level in found))

    def only_details_said(self, read: str, most: int = MAX_FOLLOW_UP_CHARS) -> bool:
        """Whether a message is short (`most` characters at most) and says nothing but details (levels, degrees, majors,
        years, certificates) and the words of a follow-up, in Chinese, toneless pinyin (na … ne) or English (what
        about …?); worded as a follow-up (`linked`), it may ask the rule of what it swaps in too (社工专业的要求呢)."""
        read = self._english_follow_up.sub(" ", read)
        size = len(re.sub(r"[^\w]|_|[A-Za-z]", "", read))
        rest = self._conditions.sub(" ", read) if self.linked(read) else read
        for piece in self._only_details.sub(" ", rest).split():
            syllables = split_pinyin(piece.lower()) if piece.isascii() and piece.isalpha() else None
            if syllables is None or not self._spells_follow_up(syllables):
                return False
            size += len(syllables)
        return size <= most

    def _spells_follow_up(self, syllables: Sequence[str]) -> bool:
        """Whether pinyin syllables spell nothing but words of a follow-up (na, ruguo shi, ne)."""
        reached = [True] + [False] * len(syllables)
        for start in range(len(syllables)):
            for end in range(start + 1, min(len(syllables), start + MAX_WORD_SYLLABLES) + 1):
                if reached[start] and tuple(syllables[start:end]) in self._follow_up_spelled:
                    reached[end] = True
        return reached[-1]
