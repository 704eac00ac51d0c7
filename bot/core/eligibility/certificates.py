"""Reading the certificates a question says are held: which (拿了中级, 我是中级社工师; 没有证: none), when they were
obtained (证是3年前拿的) and how long they have been held (中级证书4年)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from bot.core.eligibility.grammar import NOT_AGO, NUMERAL, SPAN, YEAR_SAID, any_of, number
from bot.core.eligibility.rules import Level
from bot.core.eligibility.words import Words

_EXACTLY = "刚好|正好|恰好|整整|足足|满|整"  # before a certificate's age (助理证拿了刚好6年): just that many years
# Opening the clause after a certificate obtained (…2020年取得，之后在社区做了三年): the time after it.
_AFTER_RE = re.compile(r"(?:的|了)?[,，.。;；\s]+(?:之后|以后|此后|后来|从此|然后|随后)")
_OPENING = r"(?:^|(?<=[\W_我]))"  # where what the asker says of themselves opens: a level there is no job's part
_RULE_ASKED = "(?:够|就够|行|要|需要|吗|么)"  # after 中级4年: whether the years a rule needs are enough, not years held
_NO_CERTIFICATE = r"(?<!有)(?:没有|没|未|无)(?:{social_work})?证(?!明)"  # 没有证: none held


class Certificates:
    """The certificates a question says are held, read with the words of one knowledge base."""

    def __init__(self, words: Words, level_words: Mapping[str, Level]) -> None:
        """`level_words`: the level each of the levels' words names."""
        self._level_words = level_words
        self._not_levels = re.compile(any_of(words.not_levels))  # 中级职称, 初级会计: no certificate of social work
        social_work, titles, certificates = any_of(words.social_work), any_of(words.titles), any_of(words.certificates)
        # A certificate held (拿了中级, 有社工中级证, 我是中级社工师) or not (没有初级证, 还没考中级), with its title
        # (助理社工师: one).
        holding = any_of(words.holding)
        being = "(?:我|已经|已|现在|本身|目前)是(?:一名|一个|个)?"
        level = rf"(?:{social_work})?(?P<held>{certificates})(?:{titles})?"
        self.held = re.compile(  # 还有 joins two questions (中级考几科还有初级报考条件): nothing held
            rf"(?:(?P<not>没有|没|未|从没|从未)过?(?:{holding}|{being}|考过?|报考过?)|(?!(?<=[还還])有)(?:{holding})|{being})"
            rf"了?{level}"
        )
        # A certificate listed after another object of a holding word (有本科学历和社会工作师证书, 取得了大专文凭、
        # 中级证): held (or not: 没有本科学历和中级证); named as a certificate (证, a title: 社工师), not a bare level.
        listed = r"[^,，。;；!！?？和跟与及、]{1,8}?(?:和|跟|与|以及|及|、|还有)"
        titled = "|".join(f"(?<={re.escape(title)})" for title in words.titles)  # 社会工作师: a certificate
        self._held_listed = re.compile(
            rf"(?:(?P<not>没有|没|未)|{holding})了?{listed}(?:{social_work})?(?P<held>{certificates})"
            rf"(?:(?:{titles}|{social_work})?(?:证书|证)|{titled})"
        )
        # Certificates said not held after their levels (初级没考过, 初级中级都没考过), or skipped (跳过初级): held none
        # of them, and none of them is the level asked.
        self._not_held = re.compile(
            rf"{level}(?:证书|证)?(?:(?:和|跟|与|、)?(?:{social_work})?(?:{certificates})(?:{titles})?(?:证书|证)?)?"
            r"(?:都|也|还|一直|从来)*(?:没有?|未|从没|从未)(?:考过?|拿到?|通过|考下来|过)|"
            rf"(?:跳过|越过|绕过|不考|不用考|不先考)(?:{social_work})?(?:{certificates})(?:{titles})?"
        )
        self._directly = re.compile("直接(?:报考|考|报)")  # 能直接考高级吗: without the certificate of a level below
        # A certificate said held after its level, in a clause of its own (我初级过了，社工本科…): not a question (初级
        # 过了吗) nor a condition (初级过了才能考中级吗, 中级考过了可以直接考高级吗).
        self.held_after = re.compile(
            rf"(?:{social_work})?(?P<held>{certificates})(?:{titles})?(?:证书|证)?(?:已经|已|早就|早|都|也)*考?"
            r"(?:过了|有了|拿了|拿到了|到手了|下来了|通过了)(?=[,，。;；!！、\s]|$)"
        )
        self._no_certificate = re.compile(_NO_CERTIFICATE.format(social_work=social_work))
        # Years said to be the time after a certificate was obtained (拿证后干了五年, 取得助理证以后做了3年).
        self._since_obtaining = re.compile(
            rf"(?:{holding}|拿)(?:了|到)?(?:{social_work})?(?:{certificates})?(?:{titles})?(?:证书|证)(?:之|以)?后[^,，。;；、\s]{{0,4}}?{SPAN}"
        )
        # When a certificate was obtained (证是3年前拿的, 初级证是2023年考的, 去年考过初级, 3年前拿的证).
        said_obtaining = (*(word for word in words.holding if not word.endswith("有")), "考到", "考出", "考取", "考的")
        self.obtaining = any_of(dict.fromkeys(said_obtaining))  # words of obtaining: 拿到, 考出
        certificate = rf"(?:(?P<level>{certificates})(?:证书|证)?|证书|证)"
        self.obtained = (
            re.compile(
                rf"(?:{social_work})?{certificate}(?:但是?|可是?|不过)?(?:是|都|已经|已|也)*{YEAR_SAID}(?:就|才)?"
                rf"(?:{self.obtaining})"
            ),
            re.compile(rf"{YEAR_SAID}(?:就|才|已经|已)?(?:{self.obtaining})(?:了|的)?(?:{social_work})?{certificate}"),
        )
        # How long a certificate has been held (中级证书4年, 中级拿证4年了, 拿到助理证3年, 考出初级两年了, 持证5年):
        # the certificate's age, never years of work (not 有初级证3年工作经验: those are).
        age = (
            rf"(?:已经|已|有|都|了|{_EXACTLY})*(?P<age>\d{{1,2}}|{NUMERAL})(?!\d)\s*(?:年{NOT_AGO}|(?P<months>个月))(?:多|了)*"
            rf"(?!的?(?:{social_work}|工作|经验|经历|工龄|社会))(?![^,，。;；!！?？]{{0,4}}(?:没|未|不)有?(?:考)?(?:过|通过|上|出))"
        )
        # 中级证考了3年了, 中级考了5年了: held that long (not 考了3年还没过)
        got = rf"(?:(?:{self.obtaining})(?:了|到)?|考了)(?:出来|下来|到手|来)?"
        said_at = "(?:是|都|也|已经|已)*"
        held_as = rf"(?:{social_work})?(?P<level>{certificates})(?:{titles}|{social_work})?"  # 中级社工证
        # A level said alone with years, opening what the asker says of themselves (我中级4年, 本科 中级5年了): the
        # certificate held that long; after a degree too (本科中级5年了).
        opening = "|".join((_OPENING, *(f"(?<={re.escape(word)})" for word in words.degrees)))
        self._aged = (
            re.compile(rf"{held_as}(?:证书|证){said_at}(?:{got})?{age}"),  # 中级证书4年, 中级证拿了4年
            re.compile(rf"{held_as}{said_at}{got}(?:证书|证)?{age}"),  # 中级拿证4年了
            re.compile(rf"(?:{holding}|持){said_at}(?:了|到)?{held_as}(?:证书|证)?{age}"),  # 拿到助理证3年
            re.compile(rf"(?:{holding}|持)(?:了|到)?(?:{social_work})?(?P<level>)(?:证书|证){age}"),  # 拿证4年
            re.compile(rf"(?:{opening}){held_as}{age}(?!{_RULE_ASKED})"),  # 我中级4年, 本科中级5年了
        )

    def spelled(self) -> Iterator[re.Pattern[str]]:
        """The patterns whose words are read in pinyin too."""
        yield from (self.held, self._held_listed, self.held_after, self._not_held, self._no_certificate)
        yield self._directly
        yield self._since_obtaining

    def held_levels(self, text: str) -> frozenset[Level] | None:
        """The certificates a question says are held (拿了中级, 中级证书4年; 没有证, 还没考中级, 跳过初级: none), or
        None when it says nothing."""
        text = self.without_other_trades(text)
        found = [*self.held.finditer(text), *self._held_listed.finditer(text), *self.held_after.finditer(text)]
        held = frozenset(self._level_words[m["held"]] for m in found if not m.groupdict().get("not"))
        if found or self._not_held.search(text):
            return held
        return frozenset() if self._no_certificate.search(text) else None

    def without_other_trades(self, text: str) -> str:
        """A text without the titles and certificates of other trades that name a level (中级职称, 初级会计证)."""
        return self._not_levels.sub(" ", text)

    def directly(self, text: str) -> bool:
        """Whether a level is asked as sat directly (能直接考高级吗), without the certificate of a level below."""
        return self._directly.search(text) is not None

    def without_held(self, text: str) -> str:
        """A text without the certificates it says are held or not (拿了中级, 初级没考过, 跳过初级): what is left names
        the levels asked."""
        for pattern in (self.held, self._held_listed, self.held_after, self._not_held):
            text = pattern.sub("", text)
        return text

    def said_after(self, text: str) -> bool:
        """Whether years are said to be after a certificate was obtained (拿证后干了五年, 拿了助理证以后做了7年)."""
        return self._since_obtaining.search(text) is not None

    @staticmethod
    def work_after(text: str, obtained: re.Match[str]) -> bool:
        """Whether the clause after a certificate obtained opens on the time after it (社工师证书2020年取得，之后在社区
        做了三年): the years said next are years after obtaining it."""
        return _AFTER_RE.match(text, obtained.end()) is not None

    def first_obtained(self, text: str) -> re.Match[str] | None:
        """Where a text first says when a certificate was obtained (证是3年前拿的, 2023年拿的初级证), or None."""
        return next((m for pattern in self.obtained if (m := pattern.search(text)) is not None), None)

    def aged_in(self, text: str) -> list[re.Match[str]]:
        """Where a text says how long a certificate has been held (中级证书4年, 拿到助理证3年), in order, none
        overlapping."""
        found = sorted(
            (m for pattern in self._aged for m in pattern.finditer(text)), key=lambda m: (m.start(), -m.end())
        )
        kept: list[re.Match[str]] = []
        for match in found:
            if not kept or match.start() >= kept[-1].end():
                kept.append(match)
        return kept


def age(match: re.Match[str]) -> int | None:
    """The whole years a certificate has been held, as said (中级证书4年: 4; 拿证8个月: 0)."""
    amount = number(match["age"])
    return None if amount is None else int(amount // 12 if match["months"] else amount)
