"""Reading a question (Simplified or Traditional, English or pinyin) into a `Profile`, and telling whether it asks
who may sit the exam. The words are data (`reading` in `knowledge/eligibility.yaml`, `Words`); the grammar around them
(numbers of years, 没有…, 能…考吗) is here."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from bot.core.eligibility.english import English
from bot.core.eligibility.rules import NEARLY, UNDER, Degree, Education, Level, Major, Profile
from bot.core.eligibility.words import Words
from bot.core.sounds import longest_runs, spellings, split_pinyin
from bot.core.text import HANZI, plain_letters, to_simplified

_NUMERAL = "[一二两三四五六七八九十]{1,3}"
_NOT_AGO = "(?!(?:以|之)?前(?![台端线]))"  # 3年前 is a time, not years of work (3年前台 is)
# A year said: a calendar year (19年 too, but not after 做了: 做了19年 are years of work), years ago, or last year; the
# whole years from it to the end of this year are counted.
_SHORT_BEFORE = r"(?<![\d.了做干作满有近已过共计])"
_SHORT_YEAR = rf"{_SHORT_BEFORE}\d{{2}}\s*年(?!(?:以|之)?前)"
_YEAR_SAID = (
    rf"(?:(?P<year>(?:19|20)\d{{2}})\s*年|(?P<ago>\d{{1,2}}|{_NUMERAL})\s*年(?:以|之)?前|(?P<last>大前年|前年|去年)"
    rf"|(?P<short>{_SHORT_BEFORE}\d{{2}})\s*年)"
)
_YEARS_AGO = {"去年": 1, "前年": 2, "大前年": 3}
_MAX_YEARS_AGO = 60
_WORKING_RE = re.compile("工作|上班|就业|任职")  # work with no job named
_SINCE_GRADUATING, _SINCE_STARTING, _SINCE_OBTAINING = "毕业后", "开始", "取得证书后"  # how years from a year are said
FOLLOWED = "\n↳ "  # in a thread of questions (Reader.thread), before each follow-up
MAX_FOLLOW_UP_CHARS = 16  # a follow-up longer than this (punctuation aside) is a question of its own
MAX_FOLLOW_UPS = 10  # a thread this long is not followed any more
MAX_DETAILS_CHARS = 30  # a message of details alone (本科会计，3年社工经验) up to this long is asked a verdict on
_SHORT_WINDOW = 12  # characters before years said read for the words that they fall short (下个月就满)
_YEAR_END = "year_end"  # of a span of years: reached by the end of this year (到今年年底就满4年)
_LATER_YEAR_RE = re.compile("(?:明|后)年?$")  # before a year end (明年年底, 明年底): a later year's
# After a number of years said short of it (years said short, `under`), before 满/到 (快满2年, 下个月就满2年).
_SHORT_TAIL = "(?:就|要|才|能|会|可以|也|都|已经|刚好|正好|刚)*(?:满|到|够|有)?"
_NO_CERTIFICATE = r"(?<!有)(?:没有|没|未|无)(?:{social_work})?证(?!明)"  # 没有证: none held
# No years of work at all (没工作过, 没有社工经验), read only when no number of years is stated; not a question about
# the rule (有没有工作年限要求, 无工作经验要求吗).
_NO_WORK_RE = re.compile(
    r"(?<!有)(?:没|没有|未|无|从未|从没|还没|还没有|尚未|零)(?:参加|上过|正式)?(?:工作|上班|就业|做过社工|从事过?社会工作|"
    r"(?:社工|社会工作|相关|工作)(?:经验|经历))(?!年限|经验|经历|要求|的要求|限制)"
)
_PRONOUN_RE = re.compile(r"(?<!其)[他她](?![们人])")  # not 其他, 他们, 他人
# How many years are needed is asked (还要工作几年, 多久): not years stated (好几年, 十几年了).
_YEARS_ASKED_RE = re.compile(r"(?<![好十了])几年(?!了)|多少年|多久|多长时间")
_CLAUSE_RE = re.compile(r"[,，。;；!！?？、\s]+")  # a degree's major is said in its clause (本科是英语，研究生读的社工)
_GRADUATED_RE = re.compile(r"毕业了?$")  # before the years: 毕业两年 counts the time since, not years of work
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CALENDAR_YEAR = 100  # "2018年" is a date, not years of work
MAX_WORD_SYLLABLES = 5  # the longest word read in pinyin (社会工作师)
_SPACED_SYLLABLES = 4  # the shortest word read in pinyin parted by spaces (shehui gongzuo)
_ANY_CASE = re.IGNORECASE | re.ASCII
_LEVELS = {level.title: level for level in Level}
_EDUCATIONS = {education.title: education for education in Education}


def _any(words: Iterable[str]) -> str:
    """Words as one alternative of a pattern, the longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


class Reader:
    """A question read with the words of one knowledge base."""

    def __init__(self, words: Words, today: Callable[[], date] | None = None) -> None:
        """`today`: the date questions are read on, for years counted from a year said (the real date when None)."""
        self._today = today
        self._english = English(words.english_majors, words.english_work, words.related_majors)
        self._spoken_words = {word: said for said, spoken in words.spoken for word in spoken}  # 咗: 了
        self._spoken = re.compile(_any(self._spoken_words) or "(?!)")
        # Years said short of their number (不到2年, 快2年, 2年不到) or reached by the end of this year (年底就满4年).
        self._short_before = re.compile(
            rf"(?:(?P<end>{_any(words.year_end)})|(?P<under>{_any(words.under)})|(?P<nearly>{_any(words.nearly)}))"
            rf"{_SHORT_TAIL}\s*$"
        )
        reached = _any(word for word in words.under if word[-1] in "到满够足")  # 2年不到, 两年还没满
        self._under_after = re.compile(rf"了?(?:还|都|也)?(?:{reached or '(?!)'})(?!意)")
        self._linking = re.compile(_any(words.linking))  # 那…呢, 我是: details tied to the message before
        self._unlike = frozenset(words.unlike_social_work)  # jobs plainly not social work: their years not counted
        self._age = re.compile(rf"{_any(words.age)}|(?:\d{{1,3}}|{_NUMERAL})多?(?:周)?岁")
        self._related_major = re.compile(_any(said for said, _ in words.related_majors) or "(?!)")  # 心理学
        level_words = {word: _LEVELS[name] for name, said in words.levels for word in said}
        levels, titles, certificates = _any(level_words), _any(words.titles), _any(words.certificates)
        social_work, degrees = _any(words.social_work), _any(words.degrees)
        any_degree = _any((*words.degrees, *words.university))  # 明年大学毕业 as 明年本科毕业
        not_read = f"(?!{_any(words.not_read)})"
        schooling = _any((*(word for _, said in words.education for word in said), *words.university))
        self._level_words = level_words
        # A certificate held (拿了中级, 有社工中级证, 没有初级证, 我是中级社工师), with its title (助理社工师: one).
        holding = _any(words.holding)
        being = "(?:我|已经|已|现在|本身|目前)是(?:一名|一个|个)?"
        self._held = re.compile(
            rf"(?P<not>没有|没|未)?(?:{holding}|{being})了?(?:{social_work})?(?P<held>{certificates})(?:{titles})?"
        )
        # A certificate said held after its level, in a clause of its own (我初级过了，社工本科…): not a question (初级
        # 过了吗) nor a condition (初级过了才能考中级吗, 中级考过了可以直接考高级吗).
        self._held_after = re.compile(
            rf"(?:{social_work})?(?P<held>{certificates})(?:{titles})?(?:证书|证)?(?:已经|已|早就|早|都|也)*考?"
            r"(?:过了|有了|拿了|拿到了|到手了|下来了|通过了)(?=[,，。;；!！、\s]|$)"
        )
        self._no_certificate = re.compile(_NO_CERTIFICATE.format(social_work=social_work))
        # Social work said not done (一直没做社工, 没从事过社会工作): years said are not of it.
        self._no_social_work = re.compile(
            rf"(?:没有|没|未|从没|从未|从来没有?|不)(?:在|再)?(?:做|干|当|从事)(?:过)?(?:{social_work})(?!专业|证|师|考)"
        )
        # When a certificate was obtained (证是3年前拿的, 初级证是2023年考的, 去年考过初级, 3年前拿的证).
        said_obtaining = (*(word for word in words.holding if not word.endswith("有")), "考到", "考出", "考取", "考的")
        obtaining = _any(dict.fromkeys(said_obtaining))
        certificate = rf"(?:(?P<level>{certificates})(?:证书|证)?|证书|证)"
        self._obtained = (
            re.compile(rf"(?:{social_work})?{certificate}(?:是|都|已经|已|也)*{_YEAR_SAID}(?:就)?(?:{obtaining})"),
            re.compile(rf"{_YEAR_SAID}(?:就|已经|已)?(?:{obtaining})(?:了|的)?(?:{social_work})?{certificate}"),
        )
        # How long a certificate has been held (中级证书4年, 中级拿证4年了, 拿到助理证3年, 考出初级两年了, 持证5年):
        # the certificate's age, never years of work (not 有初级证3年工作经验: those are).
        age = (
            rf"(?:已经|已|有|都|了)*(?P<age>\d+|{_NUMERAL})\s*(?:年{_NOT_AGO}|(?P<months>个月))(?:多|了)*"
            rf"(?!的?(?:{social_work}|工作|经验|经历|工龄|社会))(?![^,，。;；!！?？]{{0,4}}(?:没|未|不)有?(?:考)?(?:过|通过|上|出))"
        )
        # 中级证考了3年了, 中级考了5年了: held that long (not 考了3年还没过)
        got = rf"(?:(?:{obtaining})(?:了|到)?|考了)(?:出来|下来|到手|来)?"
        said_at = "(?:是|都|也|已经|已)*"
        held_as = rf"(?:{social_work})?(?P<level>{certificates})(?:{titles})?"
        self._aged = (
            re.compile(rf"{held_as}(?:证书|证){said_at}(?:{got})?{age}"),  # 中级证书4年, 中级证拿了4年
            re.compile(rf"{held_as}{said_at}{got}(?:证书|证)?{age}"),  # 中级拿证4年了
            re.compile(rf"(?:{holding}|持){said_at}(?:了|到)?{held_as}(?:证书|证)?{age}"),  # 拿到助理证3年
            re.compile(rf"(?:{holding}|持)(?:了|到)?(?:{social_work})?(?P<level>)(?:证书|证){age}"),  # 拿证4年
        )
        self._levels = tuple((_LEVELS[name], re.compile(_any(said))) for name, said in words.levels)
        untitled = _any(word for word in level_words if word not in words.titles)
        self._titled = re.compile(f"({untitled})(?:{titles})")  # 助理社工师 names one level
        not_obtained = f"(?!{_any(words.not_obtained)})"  # 本科肄业: no bachelor's
        self._educations = tuple(
            (_EDUCATIONS[name], re.compile(f"{not_read}(?:{_any(said)}){not_obtained}"))
            for name, said in words.education
        )
        # A word both a major and a job (护理) is the job after 做, 干 or 年, the major after 学, 读 or before 专业.
        majors = "|".join(
            f"(?<![做干年]){re.escape(major)}" if major in words.other_work else re.escape(major)
            for major in sorted(words.other_majors, key=len, reverse=True)
        )
        self._other_major = re.compile(
            rf"(?:非|不是|不是学)(?:{social_work})|{majors}|"
            rf"[学读修]的(?!是?(?:{social_work}|专业|时候|{schooling}))是?[\u4e00-\u9fff]{{2}}"  # 学的法律; 读的大专 no
        )
        self._social_work_major = re.compile(
            rf"(?:{social_work})(?:专业|系|{degrees}|学位|毕业|方向)|[学读修](?:的)?(?:是)?(?:{social_work})|"
            rf"(?:{degrees})是?(?:{social_work})(?!师|证|站|者)|"  # 本科是社会工作
            rf"专业(?:是|为|[:：])(?:{social_work})(?!师|证|站|者)|"  # 专业是社工
            rf"(?:^|[,，、\s]|我|{degrees})专业(?:{social_work})(?!师|证|站|者|岗|机构)|"  # 本科，专业社会工作
            rf"(?:{degrees})[,，、\s]+(?:{social_work})(?=[,，、\s]|$)"  # 本科，社工，工作一年
        )
        # Two majors of one degree (本科双学位，一个社工一个法学): the degree is held with each.
        self._double_degree = re.compile(_any(words.double_degrees))
        self._social_work_named = re.compile(rf"(?:{social_work})(?!师|证|站|机构|者|岗|服务|经验|工作)")
        after_degree = "".join(f"(?<!{re.escape(degree)})" for degree in words.degrees)  # 本科会计: the major
        jobs = "|".join(
            f"(?<![学读]的)(?<![学读]){after_degree}{re.escape(job)}(?!专业|学)"
            if job in words.other_majors
            else re.escape(job)
            for job in sorted(words.other_work, key=len, reverse=True)
        )
        self._other_work = re.compile(jobs)
        self._volunteering = re.compile(_any(words.volunteering))
        self._abroad = re.compile(_any(words.studied_abroad))
        # Years said to be of social work: 做了3年社工, 当社工, 从事社会工作, 我是社工, 在社工机构 (not 社工专业,
        # 社工证).
        span = rf"(?:(?:\d+(?:\.\d+)?|{_NUMERAL})(?:几|多|余)?\s*(?:年|个月)(?:半|多)?|半年)"
        not_job = "(?!专业|系|学|师|证|考)"
        self._social_work_job = re.compile(
            rf"(?:(?:做|干|当|从事)(?:了|过)?{span}?|{span})的?(?:{social_work}){not_job}|{_any(words.social_work_jobs)}|"
            rf"我是(?:一名|一个|个)?(?:{social_work}){not_job}|{after_degree}(?<!是)(?:{social_work})(?:做|干)了"
        )
        # A question about sitting the exam (能考吗, 可以报考吗, 报考条件, 满几年): only then do details get a verdict.
        self._sitting = re.compile(
            rf"(?:{_any(words.asking)})[^，。？?！!,]{{0,10}}[考报]|{_any(words.conditions)}|"
            rf"(?:{levels}|社工证)(?:ok|OK|行|可以)(?:吗|不)|"  # 初级ok吗; wanting to last: 想考高级
            rf"(?:想|打算|准备)(?:报考|考|报)(?:{levels}|社工证)?[吗呢啊。？?！!]*$|"
            # sitting named, then whether one may, no other question between (想考中级，请问可以吗; 行不行), or 报得了不
            r"[考报][^。？?！!多几什怎哪吗呢]{0,15}?(?:(?:可以|行|能行|成|ok|OK)(?:吗|么|嘛|不|否|伐|没)|行不行|可不可以|"
            r"够不够)|[考报]得了|"
            r"[考报]唔[考报]得|[考报]得[^，。？?！!,]{0,6}未"  # Cantonese: 考唔考得中級, 考得初級未
        )
        fresh = "|".join(  # 今年本科毕业 as 今年毕业
            f"{re.escape(said[: -len('毕业')])}(?:{any_degree})?毕业" if said.endswith("毕业") else re.escape(said)
            for said in words.new_graduates
        )
        self._years = re.compile(  # 十几年, 20多年: at least 10, 20; 1年10个月
            rf"(?P<number>\d+(?:\.\d+)?|{_NUMERAL})(?P<more>几|多|余)?\s*"
            rf"(?P<unit>年{_NOT_AGO}(?:(?:零|又)?(?P<months>\d{{1,2}}|{_NUMERAL})个?月(?!份))?|个月)(?P<rest>半|多)?|"
            rf"(?P<half>半年)|(?P<fresh>{fresh})"
        )
        # Years counted from a year said: a graduation with the work going on since, or the start of the work.
        self._graduated_in = re.compile(rf"{_YEAR_SAID}[^,，。;；!！?？]{{0,12}}?毕业")
        # 19年本科毕业, 21年开始做社工, 21年拿的证: a calendar year, not 19 years of work
        self._calendar = re.compile(
            rf"{_SHORT_YEAR}(?=[^,，。;；!！?？]{{0,12}}?毕业|(?:[底初中末]|\d{{1,2}}月份?)?(?:{_any(words.starting)})"
            rf"|(?:就|已经|已)?(?:{obtaining}))"
        )
        self._started_in = re.compile(rf"{_YEAR_SAID}[^,，。;；!！?？]{{0,8}}?(?:{_any(words.starting)})")
        self._continuing = re.compile(_any(words.continuing))
        self._switched = re.compile(_any(words.switching))  # 做了10年会计，后来做社工
        self._stopped = re.compile(_any(words.stopped))
        self._intending = re.compile(_any(words.intending))
        self._schooling = re.compile(schooling)
        self._schooled = re.compile(f"(?:{schooling})$")  # before the years: 本科四年 are years of study, not work
        diplomas = _any(words.diplomas)
        # Still studying for the degree said: it is not held yet (大二, 在读, 明年毕业).
        self._studying = re.compile(
            rf"{not_read}(?:{_any(words.studying)})(?!的时候|毕业)|(?:没|未)毕业|还差(?:\d+|{_NUMERAL})[门科]|"
            # graduating later, the degree named or not (明年本科毕业, 还有半年就毕业)
            rf"(?:{_any(words.graduating_later)}|还有[半一两三四五六\d]+个?(?:年|月|学期))(?:就|才|要)?(?:{any_degree})?毕业|"
            # the degree not obtained (学历还没拿到, 没拿到毕业证), not a degree (学位) or a certificate (没拿到中级)
            rf"(?:{any_degree}|{diplomas})(?:学历)?(?:还|也|都|尚)?(?:没有?|未)(?:拿到|拿|取得|领到|下来)"
            r"(?!到?(?:学位|证书|[初中高]级|社工))|"
            rf"(?:没有?|未)(?:拿到|取得|领到)(?:{any_degree}|{diplomas})"
        )
        self._undergraduate = re.compile(f"(?:{_any(words.undergraduate)})(?!的时候|毕业)")  # a degree not named
        self._university = re.compile(_any(words.university))
        self._graduation = re.compile(f"毕业|{_any(words.new_graduates)}")
        # The details are another person's (我儿子…他能考吗): the pronoun said, else the relation's.
        self._relations = {word: called for called, said in words.relations for word in said}
        self._relation = re.compile(f"我(?:的|家)?({_any(self._relations)})")
        patterns = [  # each one above, but the spoken words (读紧 is not pinyin to read)
            value for value in vars(self).values() if isinstance(value, re.Pattern) and value is not self._spoken
        ]
        sources = (*(p.pattern for p in patterns), *(p.pattern for _, p in (*self._levels, *self._educations)))
        alike = (*(said for _, said in (*words.levels, *words.education)), words.other_majors, words.social_work)
        grammar = (_NO_WORK_RE.pattern, _YEARS_ASKED_RE.pattern, _GRADUATED_RE.pattern)
        self._spelled = _spelled_words((*sources, *grammar), alike)
        self._read = lru_cache(maxsize=64)(self._as_read)  # a question is read for its profile, then for sitting
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
        )
        self._only_details = re.compile(rf"{_YEAR_SAID}|{span}|{_any(said)}|[^\w]|_")
        # A follow-up's own words in pinyin (na … ne, ruguo shi … ne) and in English (what about, and with a …?).
        self._follow_up_spelled = frozenset(spelled for word in words.follow_up for spelled in spellings(word))
        self._english_follow_up = re.compile(rf"\b(?:{_any(words.english_follow_up)})(?![a-z'])", _ANY_CASE)

    def _as_read(self, text: str) -> str:
        """A question as the patterns read it: Simplified, its English and pinyin for degrees, years and levels in
        Chinese."""
        simplified = self._spoken.sub(lambda m: self._spoken_words[m[0]], to_simplified(plain_letters(text)))
        return self._in_hanzi(self._english(simplified))

    def _in_hanzi(self, text: str) -> str:
        """A question's pinyin words (dazhuan neng kao zhongji ma) written as the words of the patterns they spell,
        longest first, a word spelt across spaces too (shehui gongzuo); only when one of them is a word of two
        syllables or more, so an English word that spells a syllable (she) is not read on its own."""
        if not re.search("[a-z]{2}", lowered := text.lower()):
            return text
        syllables: list[str] = []
        for word in re.findall("[a-z]+|[^a-z]+", lowered):
            split = split_pinyin(word) if word.isalpha() and word.isascii() else None
            syllables.extend(split if split else [word])
        read = longest_runs(syllables, 2 * MAX_WORD_SYLLABLES - 1, self._spelled_run)
        if all(length == 1 for _, length in read):
            return text
        return re.sub(f"(?<=[{HANZI}]) +(?=[{HANZI}])", "", "".join(word for word, _ in read))

    def _spelled_run(self, run: Sequence[str]) -> str | None:
        """The word a run of syllables spells; one of four syllables or more may be parted by single spaces (shehui
        gongzuo: 社会工作), a shorter one not (shegong shi is 社工 是, not 社工师)."""
        spelled = tuple(piece for piece in run if piece != " ")
        if run[0] == " " or run[-1] == " " or (len(spelled) < len(run) and len(spelled) < _SPACED_SYLLABLES):
            return None
        return self._spelled.get(spelled) if len(spelled) <= MAX_WORD_SYLLABLES else None

    def profile(self, text: str) -> Profile:
        """What a question (Simplified or Traditional, or English) says of the level, education, major, years and
        certificates; each degree said is read with its own major."""
        text = self._read(text)
        obtained = next((m for pattern in self._obtained if (m := pattern.search(text)) is not None), None)
        aged = self._aged_in(text)
        held_years = self._years_ago(obtained) if obtained is not None else _age(aged[0]) if aged else None
        holds = self._held_levels(text)
        # 2023年拿的初级证, 中级拿证4年了: held, not the level asked
        said_held = [m["level"] for m in (obtained, *aged) if m is not None and m["level"]]
        if said_held:
            holds = (holds or frozenset()) | {self._level_words[level] for level in said_held}
        unobtained = text
        for found in sorted((m for m in (obtained, *aged) if m is not None), key=lambda m: m.start(), reverse=True):
            unobtained = unobtained[: found.start()] + "," + unobtained[found.end() :]
        asked = self._held_after.sub("", self._held.sub("", unobtained))
        unstudied = self._studying.sub("", asked)  # 还有半年毕业: no years of work
        span, unspanned, before = self._years_of(unstudied)
        years, floored, since, said = (unspanned, False, False, None) if span is None else span.read()
        if since and said is not None and self._went_on(unstudied, said.end()):
            since = False  # 毕业三年，一直在银行: the years are of the work said to go on since
        where, worked_in, counted_from = (said.start(), said.end()) if said is not None else None, unstudied, ""
        if years is None and (counted := self._counted(counting := self._studying.sub("", text))) is not None:
            (years, counted_from, where), worked_in = counted, counting
        worked = years is not None and bool(years or floored) and not since and where is not None
        kind, job = self._work(worked_in, *where) if worked and where is not None else ("", "")
        # Years the asker's own words do not count as social work: of a job plainly not social work (当了5年老师,
        # 毕业4年，在银行上班), or said not to be social work (毕业3年，一直没做社工).
        not_counted: int | None = None
        if years and (since or kind == "other"):
            unlike = self._unlike_job(worked_in, where[1] if where is not None else 0, since=since)
            if self._no_social_work.search(worked_in):
                not_counted, job = years, ""
            elif kind == "other" and job in self._unlike:
                not_counted = years
            elif since and unlike:
                not_counted, job = years, unlike
        if not_counted is not None:
            years, floored, since, kind, counted_from = 0, False, False, "", ""
        named = self._levels_named(asked)
        degrees = self._degrees(text)
        if not degrees and self._unnamed_bachelor(text, worked=bool(years) or floored):
            degrees = [(Education.BACHELOR, self._major(text))]
        education, major = degrees[0] if degrees else (None, self._major(text))
        majors = (major, *(m for _, m in degrees[1:]))
        related = self._related_major.search(text) if Major.OTHER in majors else None  # 心理学: read as 其他专业
        return Profile(
            level=named[0] if named else None,
            education=education,
            major=major,
            years=years,
            holds=holds,
            held_years=held_years,
            years_floored=floored,
            years_said=(span.said or span.match[0]) if span is not None and floored else "",
            years_short=span.short if span is not None and span.short != _YEAR_END and not_counted is None else "",
            years_by_year_end=span is not None and span.short == _YEAR_END and not_counted is None,
            months=span.months if span is not None and not_counted is None else None,
            years_not_counted=not_counted,
            years_from=counted_from,
            years_after=counted_from.endswith(_SINCE_OBTAINING),  # counted from the certificate a rule may require
            since_graduating=since,
            more_levels=tuple(named[1:]),
            other_work=kind == "other",
            job=job if kind == "other" or not_counted is not None else "",
            other_degrees=tuple(degrees[1:]),
            studying=education is not None and self._studying.search(text) is not None,
            person=self._person(text),
            years_asked=years is None and _YEARS_ASKED_RE.search(text) is not None,
            related_major=related[0] if related else "",
            studied_abroad=abroad[0] if degrees and (abroad := self._abroad.search(text)) else "",
            years_before=before[0] if before is not None else None,
            job_before=before[1] if before is not None else "",
            age_told=self._age.search(text) is not None,
        )

    def _unlike_job(self, text: str, after: int, *, since: bool) -> str:
        """A job plainly not social work named after the years since graduating (毕业4年，在银行上班: 银行), in a
        clause of its own, social work named nowhere; else empty."""
        if not since or self._social_work_job.search(text):
            return ""
        start = _CLAUSE_RE.search(text, after)
        for found in self._other_work.finditer(text, start.end() if start else len(text)):
            if found[0] in self._unlike and not self._intending.search(_clause(text, *found.span()), 0):
                return found[0]
        return ""

    def _work(self, text: str, start: int, stop: int) -> tuple[str, str]:
        """What the years stated (at `start`:`stop`) are of: `social` work or `other` work (and its job, volunteering
        among them, empty when none is named: 工作3年), read in the clause of the years, else in the whole question."""
        starts = [0, *(m.end() for m in _CLAUSE_RE.finditer(text, 0, start))]
        end = _CLAUSE_RE.search(text, stop)
        for scope in (text[starts[-1] : end.start() if end else len(text)], text):
            if self._social_work_job.search(scope):
                return "social", ""
            if found := self._volunteering.search(scope):
                return "other", found[0]
            if found := self._other_work.search(scope):
                return "other", found[0]
        return "other", ""

    def asked(self, text: str) -> Profile | None:
        """The profile a question asks a verdict on by its own details: who may sit, with a degree said, a certificate
        held and a level asked (有中级证，能考高级吗), or a major and years of work, no degree named at all (studied
        psychology and worked 2 years at an NGO; not 大专结业); else None."""
        profile = self.profile(text)
        unschooled = profile.education is None and not self._schooling.search(self._read(text))  # not 大专结业
        worked = unschooled and profile.major is not None and bool(profile.years or profile.years_floored)
        said = profile.education is not None or (profile.holds and profile.level is not None) or worked
        asks = self.asks_about_sitting(text) or self._closes_on_a_level(text) or self._details_alone(profile, text)
        return profile if said and asks else None

    def _details_alone(self, profile: Profile, text: str) -> bool:
        """Whether a message gives a degree, its major and years of work, and nothing else (本科会计，3年社工经验;
        大专社工专业，工作2年): a verdict for each level is what it asks."""
        known = profile.education is not None and profile.major is not None and profile.years is not None
        linked = self._linking.search(self._read(text)) is not None  # 我是大专会计，做了3年: a follow-up
        return known and not linked and self._only_details_said(text, MAX_DETAILS_CHARS)

    def _closes_on_a_level(self, text: str) -> bool:
        """Whether a message of several clauses closes on a level alone (社工本科，3年经验，中级？; Bachelor in social
        work, 3 years. Intermediate?): after the details, it asks whether one may sit that level."""
        *before, last = _CLAUSE_RE.split(text.strip().rstrip("?？"))
        return bool(before) and _levels_only(self.profile(last)) and self._only_details_said(last)

    def follow_up(self, text: str) -> Profile | None:
        """What a message after a verdict gives or swaps, read with the details asked before (`swapped`): in a short
        message that says nothing else (in Chinese, pinyin or English), a level, degree, major, years, certificate or
        its age (中级？, 那本科呢, zhongji ne, benke ne, and with a bachelor's?, 我是大专, 做了5年呢, 证是3年前拿的),
        marked as `follows`; a level said with other words (中级社工报名费多少: whether it is worded as a follow-up is
        the caller's to tell); None for anything else (a question of its own: 宁波呢, 考几科)."""
        after = self.profile(text)
        only_details = self._only_details_said(text)
        if _levels_only(after):
            return replace(after, follows=True) if only_details else after
        details = (after.education, after.major, after.years, after.held_years, after.holds)
        return replace(after, follows=True) if only_details and any(d is not None for d in details) else None

    def _only_details_said(self, text: str, most: int = MAX_FOLLOW_UP_CHARS) -> bool:
        """Whether a message is short (`most` characters at most) and says nothing but details (levels, degrees, majors,
        years, certificates) and the words of a follow-up, in Chinese, toneless pinyin (na … ne) or English (what
        about …?)."""
        read = self._english_follow_up.sub(" ", self._read(text))
        size = len(re.sub(r"[^\w]|_|[A-Za-z]", "", read))
        for piece in self._only_details.sub(" ", read).split():
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

    def thread(self, previous: str | None, question: str) -> str:
        """The questions a verdict was read from, as one text (the chat's last question, `previous`, for the next):
        the first with its details, then each follow-up."""
        return question if previous is None else f"{previous}{FOLLOWED}{question}"

    def followed(self, thread: str) -> Profile | None:
        """The profile the last verdict of a thread (see `thread`) was on, or None when its first question got none (or
        it is too long to follow any more)."""
        first, *follow_ups = thread.split(FOLLOWED)
        profile = self.asked(first) or self._rules_asked(first) if len(follow_ups) < MAX_FOLLOW_UPS else None
        for follow_up in follow_ups:
            after = self.follow_up(follow_up) if profile is not None else None
            profile = _swapped(profile, after) if profile is not None and after is not None else None
        return profile

    def _rules_asked(self, text: str) -> Profile | None:
        """The level a question asks the rules of who may sit (初级报考条件), as a profile of that level alone: what a
        follow-up giving details (那高中呢) is read with."""
        profile = self.profile(text)
        one_level = _levels_only(profile) and not profile.more_levels
        return profile if one_level and self.asks_about_sitting(text) else None

    def asks_to_sit_a_level(self, text: str) -> bool:
        """Whether a short message only asks whether one may sit a level (能考中级吗, 高级可以报吗, can I sit the senior
        exam?): after a verdict, the same asker asking of another level."""
        short = len(re.sub(r"\W", "", self._read(text))) <= MAX_FOLLOW_UP_CHARS
        return short and _levels_only(self.profile(text)) and self.asks_about_sitting(text)

    @staticmethod
    def levels_only(profile: Profile) -> bool:
        """Whether a follow-up's profile names levels and nothing else, read from a message that says more besides
        (中级社工报名费多少): whether it swaps the level is for the words of a follow-up to tell. A message of
        nothing but a level and a follow-up's words (中级？, 那中级呢, zhongji ne) is a follow-up by its own words
        (`follows`)."""
        return _levels_only(profile)

    @staticmethod
    def swapped(before: Profile, after: Profile) -> Profile:
        """The details `before` with those a follow-up (`follow_up`) gives in their place, the rest kept."""
        return _swapped(before, after)

    def this_year(self) -> int:
        """The year questions are read in: years said (2019年, 去年) are counted to the end of it."""
        return (self._today or today)().year

    def _counted(self, text: str) -> tuple[int, str, tuple[int, int]] | None:
        """Years counted from a year said to the end of this year (the rules count them up to the end of the year of
        registration): a graduation with the work going on since (2019年本科毕业，一直做社工; 2020年毕业后一直在社工机构
        上班), the year the work started (2021年开始做社工, 去年开始在社工站做社工), or the year the certificate was
        obtained with the work going on since (2020年拿到初级证，一直做社工); with how they were counted (2019年毕业后)
        and where the work is said. Of several, the fewest years (2015年毕业…去年开始做社工: from last year). None
        when no work is said to go on from a year said, or it stopped."""
        anchors = [
            *((match, _SINCE_GRADUATING) for match in self._graduated_in.finditer(text)),
            *((match, _SINCE_STARTING) for match in self._started_in.finditer(text)),
            *((match, _SINCE_OBTAINING) for pattern in self._obtained for match in pattern.finditer(text)),
            *((match, _SINCE_OBTAINING) for match in self._aged_in(text)),  # 中级证拿了6年，一直做社工
        ]
        found = []
        for match, since in anchors:
            aged = "age" in match.re.groupindex
            years = (_age(match) or None) if aged else self._years_ago(match)
            if years is None or self._stopped.search(text, match.end()):
                continue
            back = len("毕业") if since == _SINCE_GRADUATING else 0  # 毕业后 is a continuing word
            going_on = match if since == _SINCE_STARTING else self._continuing.search(text, match.end() - back)
            if going_on is None:
                continue
            end = _CLAUSE_RE.search(text, going_on.end())
            rest = text[going_on.end() : end.start() if end else len(text)]  # the work in that clause, after it
            work = self._work_named(rest)
            if work is None or self._intending.search(rest, 0, work) or self._none_done(rest):
                continue
            if aged:
                said = f"{years}年前"
            else:
                said = f"{match['ago']}年前" if match["ago"] else match["last"] or f"{self._year_of(match)}年"
            at = going_on.end() + work
            found.append((years, said + since, (at, at)))
        return min(found, key=lambda counted: counted[0], default=None)

    def _year_of(self, match: re.Match[str]) -> int:
        """The calendar year a match of a year said names (19年: the latest such year not after this one)."""
        year = int(match["year"] or match["short"])
        if year < 100:
            year += 2000 if 2000 + year <= self.this_year() else 1900
        return year

    def _years_ago(self, match: re.Match[str]) -> int | None:
        """The whole years from a year said to the end of this year: this year less that year (years ago: as many)."""
        if match["year"] or match["short"]:
            years: float | None = self.this_year() - self._year_of(match)
        else:
            years = _number(match["ago"]) if match["ago"] else _YEARS_AGO[match["last"]]
        return int(years) if years is not None and 0 < years <= _MAX_YEARS_AGO else None

    def _went_on(self, text: str, at: int) -> bool:
        """Whether work is said to go on from `at`, in its clause or the next (毕业三年，一直在银行; not 毕业两年，
        想做社工)."""
        going_on = self._continuing.search(text, at)
        if going_on is None or len(_CLAUSE_RE.findall(text, at, going_on.start())) > 1:
            return False
        end = _CLAUSE_RE.search(text, going_on.end())
        rest = text[going_on.end() : end.start() if end else len(text)]
        work = self._work_named(rest)
        return work is not None and not self._intending.search(rest, 0, work) and not self._none_done(rest)

    def _none_done(self, text: str) -> bool:
        """Whether a text says no work, or no social work, was done (没工作, 一直没做社工)."""
        return bool(_NO_WORK_RE.search(text) or self._no_social_work.search(text))

    def _work_named(self, text: str) -> int | None:
        """Where a text first names work of any kind (做社工, 在社区, 上班), or None."""
        found = [
            m.start()
            for pattern in (self._social_work_job, self._other_work, self._volunteering, _WORKING_RE)
            if (m := pattern.search(text)) is not None
        ]
        return min(found, default=None)

    def asks_about_sitting(self, text: str) -> bool:
        """Whether a question (Simplified or Traditional) asks who may sit the exam, not just mentions a degree."""
        return self._sitting.search(self._read(text)) is not None

    def _unnamed_bachelor(self, text: str, *, worked: bool) -> bool:
        """Whether a question speaks of a bachelor's degree without naming one: a student's year (大二), or 大学 with
        a major and a graduation or years of work (大学刚毕业，学的社工; 大学学的社工，工作三年了; not 大学毕业生能考吗,
        a question about anyone), or a student of a major (在读社工, Cantonese 读紧社工)."""
        if self._undergraduate.search(text):
            return True
        if self._studying.search(text) and self._major(text) is not None:
            return True
        return (
            self._university.search(text) is not None
            and (worked or self._graduation.search(text) is not None)
            and self._major(text) is not None
        )

    def _person(self, text: str) -> str:
        """Whom the details are of when the asker speaks of no "我" but as a relation's (我儿子…他能考吗: 他), else
        empty (我老公支持我考, 同事说他考过了，我本科: the asker's own)."""
        relation = self._relation.search(text)
        if text.count("我") > (relation is not None):
            return ""
        pronoun = _PRONOUN_RE.search(text)
        return pronoun[0] if pronoun else self._relations[relation[1]] if relation else ""

    def _held_levels(self, text: str) -> frozenset[Level] | None:
        """The certificates a question says are held (拿了中级, 中级证书4年; 没有证: none), or None when it says
        nothing."""
        found = [*self._held.finditer(text), *self._held_after.finditer(text)]
        if found:
            return frozenset(self._level_words[m["held"]] for m in found if not m.groupdict().get("not"))
        return frozenset() if self._no_certificate.search(text) else None

    def _aged_in(self, text: str) -> list[re.Match[str]]:
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

    def _major(self, text: str) -> Major | None:
        """The major a text names: another subject (非社工 included) before social work."""
        if self._other_major.search(text):
            return Major.OTHER
        return Major.SOCIAL_WORK if self._social_work_major.search(text) else None

    def _degrees(self, text: str) -> list[Degree]:
        """The degrees a question names, highest first, each with the major said beside it: in its clause, or in a
        clause naming no degree after it (本科，学的会计); one degree takes the major said anywhere."""
        said = {e for e, pattern in self._educations if pattern.search(text)}
        if len(said) < 2:  # one degree or none
            if said and self._double_degree.search(text) and self._two_majors(text):  # 双学位: 社工 and 法学
                return [(education, major) for education in said for major in Major]
            return [(education, self._major(text)) for education in said]
        majors: dict[Education, Major | None] = {}
        last: Education | None = None
        for clause in _CLAUSE_RE.split(text):
            pieces = self._by_degree(clause) or [(last, clause)]
            for education, piece in pieces:
                if education is not None:
                    majors[education] = majors.get(education) or self._major(piece)
                    last = education
        return sorted(majors.items(), key=lambda degree: degree[0], reverse=True)

    def _two_majors(self, text: str) -> bool:
        """Whether a text names social work and another major (一个社工一个法学)."""
        return bool(self._other_major.search(text)) and bool(
            self._social_work_named.search(self._other_major.sub("", text))
        )

    def _by_degree(self, clause: str) -> list[tuple[Education | None, str]]:
        """A clause cut at each degree it names, each piece with its degree (the words before the first go with it)."""
        starts = sorted((m.start(), e) for e, pattern in self._educations for m in pattern.finditer(clause))
        cuts = [0, *(start for start, _ in starts[1:]), len(clause)]
        return [(education, clause[cuts[n] : cuts[n + 1]]) for n, (_, education) in enumerate(starts)]

    def _levels_named(self, text: str) -> list[Level]:
        """The levels a text names, in order (助理社工师 is one)."""
        text = self._titled.sub(r"\1", text)
        found = sorted((match.start(), level) for level, pattern in self._levels for match in pattern.finditer(text))
        return list(dict.fromkeys(level for _, level in found))

    def _years_of(self, text: str) -> tuple[_Span | None, int | None, tuple[int, str] | None]:
        """The span of years of work a question states, else the years it states with none (0: 没工作过; None: not
        said), and the years of another job said before social work started, with that job. Of several spans, one
        reached by the end of this year (做了3年社工，到今年年底就满4年了: 4), else the first said to be social work in
        its clause (工作10年，其中做社工3年: 3), else the first. Years of another job said before social work started
        (做了10年会计，后来做社工2年; 工作了10年开始做社工) are never these: they come last, with their job (10,
        会计), and when no other years are said the years of social work are not known (None), or none (0) when it
        was only meant (在银行工作了6年，现在想转行做社工)."""
        spans = list(self._spans(text))
        switched = [self._switched_to_social(text, span.match) for span in spans]
        counted = [span for span, to in zip(spans, switched, strict=True) if to is None]
        social = [span for span in counted if self._social_work_job.search(_clause(text, *span.match.span()))]
        by_year_end = [span for span in counted if span.short == _YEAR_END]
        prior = next(((span, to) for span, to in zip(spans, switched, strict=True) if to is not None), None)
        before = (prior[0].years, prior[1][1]) if prior is not None else None
        if counted:
            return (by_year_end or social or counted)[0], None, before
        if prior is not None:
            return None, (0 if prior[1][0] else None), before
        return None, (0 if _NO_WORK_RE.search(text) else None), None

    def _spans(self, text: str) -> Iterator[_Span]:
        """Each span of years of work a question states (see `_years_of`), in order: the whole years, whether they
        were rounded down, whether they are only the years since graduating, where they are said, and whether they
        fall short of the number said (不到2年, 快2年: one year less, rounded down) or are reached by the end of this
        year (到今年年底就满4年)."""
        for match in self._years.finditer(text):
            number, unit, months, rest = match["number"], match["unit"], match["months"], match["rest"] or match["more"]
            since = _GRADUATED_RE.search(text, 0, match.start()) is not None
            if match["half"] or match["fresh"]:
                yield _Span(0, bool(match["half"]), since, match, months=6 if match["half"] else None)
                continue
            amount = _number(number)
            schooled = self._schooled.search(text, 0, match.start()) is not None
            yearly = unit.startswith("年")
            calendar = yearly and (self._calendar.match(text, match.start()) is not None)  # 19年毕业
            if amount is None or (yearly and amount >= _CALENDAR_YEAR) or schooled or calendar:
                continue
            if not yearly:
                whole = amount == int(amount)
                yield _Span(int(amount // 12), amount % 12 != 0, since, match, months=int(amount) if whole else None)
                continue
            extra = _number(months) if months else None
            if extra is not None and amount == int(amount):  # 1年10个月
                total = int(amount) * 12 + int(extra)
                yield _Span(total // 12, total % 12 != 0, since, match, months=total)
                continue
            if not rest and amount == int(amount) and amount >= 1 and (short := self._short_of(text, match)):
                kind, said = short
                if kind == _YEAR_END:
                    yield _Span(int(amount), False, since, match, said, kind)
                else:
                    yield _Span(int(amount) - 1, True, since, match, said, kind)
                continue
            yield _Span(int(amount), bool(rest) or amount != int(amount), since, match)

    def _short_of(self, text: str, match: re.Match[str]) -> tuple[str, str] | None:
        """How whole years said fall short of their number: UNDER (不到2年, 2年不到), NEARLY (快2年, 下个月就满2年), or
        reached by the end of this year (到今年年底就满4年); with the years as said, the words that say so included."""
        before = self._short_before.search(text, max(0, match.start() - _SHORT_WINDOW), match.start())
        if before is not None:
            kind = _YEAR_END if before["end"] else UNDER if before["under"] else NEARLY
            if kind == _YEAR_END and _LATER_YEAR_RE.search(text, 0, before.start()):  # 明年年底满4年: not this year's
                kind = NEARLY
            return kind, re.sub(r"\s+", "", text[before.start() : match.end()])
        after = self._under_after.match(text, match.end())
        return (UNDER, re.sub(r"\s+", "", text[match.start() : after.end()])) if after is not None else None

    def _switched_to_social(self, text: str, span: re.Match[str]) -> tuple[bool, str] | None:
        """Whether the years at `span` are of another job before social work started: a word of switching after them
        (后来, 开始, 转行), in their clause or the next, then social work named in its clause (做了10年会计，后来做社工;
        工作了10年开始做社工), their own clause naming none; with whether it was only meant (现在想转行做社工) and the
        job the years were of (会计; empty when none is named). None for years of social work or of no switch."""
        switch = self._switched.search(text, span.end())
        if switch is None or len(_CLAUSE_RE.findall(text, span.end(), switch.start())) > 1:
            return None
        own = text[_clause_start(text, span.start()) : switch.start()]
        if self._social_work_job.search(own):
            return None  # 做了5年社工，后来去了社工站
        end = _CLAUSE_RE.search(text, switch.end())
        social = self._social_work_job.search(text, switch.start(), end.start() if end else len(text))
        if social is None:
            return None
        job = self._volunteering.search(own) or self._other_work.search(own)
        meant = self._intending.search(text, max(span.end(), _clause_start(text, switch.start())), social.start())
        return meant is not None, job[0] if job else ""


@dataclass(frozen=True, slots=True)
class _Span:
    """Years of work as a question states them: the whole years, whether they were rounded down, whether they are only
    the years since graduating, where they are said; as said when they fall short of their number or are reached by
    the end of this year (`short`: UNDER, NEARLY or _YEAR_END), and the months when said to the month (18个月)."""

    years: int
    floored: bool
    since: bool
    match: re.Match[str]
    said: str = ""
    short: str = ""
    months: int | None = None

    def read(self) -> tuple[int | None, bool, bool, re.Match[str] | None]:
        """The whole years, whether they were rounded down, whether they are only the years since graduating, and
        where they are said."""
        return self.years, self.floored, self.since, self.match


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding the character at `at` starts."""
    return max((m.end() for m in _CLAUSE_RE.finditer(text, 0, at)), default=0)


def _clause(text: str, start: int, stop: int) -> str:
    """The clause (or clauses) holding `start`:`stop`."""
    end = _CLAUSE_RE.search(text, stop)
    return text[_clause_start(text, start) : end.start() if end else len(text)]


def _levels_only(profile: Profile) -> bool:
    """Whether a profile names levels and nothing else, read from a message that says more (中级社工报名费多少), not
    from a follow-up in its own words (`follows`: 中级？, 那中级呢)."""
    return profile.level is not None and replace(profile, level=None, more_levels=()) == Profile()


def _swapped(before: Profile, after: Profile) -> Profile:
    """The details before with those a follow-up gives in their place: a degree (with its major, else the one said
    before), a major, years (of the work said before, unless the follow-up names it), a certificate, a level."""
    changed: dict[str, Any] = {}
    if after.level is not None:
        changed |= {"level": after.level, "more_levels": after.more_levels}
    if after.education is not None:
        changed |= {"education": after.education, "other_degrees": after.other_degrees, "studying": after.studying}
    if after.major is not None or after.education is not None:
        changed["major"] = after.major if after.major is not None else before.major
    if after.years is not None and _swaps_held_years(before, after):
        changed["held_years"] = after.years  # 要是5年呢 after 拿到中级证3年: the certificate's age the verdict was on
    elif after.years is not None:
        fields = (
            *("years", "years_floored", "years_said", "years_short", "years_by_year_end", "months"),
            *("years_not_counted", "years_from", "years_after", "since_graduating"),
        )
        changed |= {name: getattr(after, name) for name in fields}
        if not after.other_work or after.job or not after.years:  # the work named (做了5年社工), or none at all
            changed |= {"other_work": after.other_work, "job": after.job}
    if after.holds is not None:
        changed["holds"] = after.holds
    if after.held_years is not None:
        changed["held_years"] = after.held_years
    return replace(before, **changed)


def _swaps_held_years(before: Profile, after: Profile) -> bool:
    """Whether a follow-up's bare years (要是5年呢) swap the certificate's age: the details before gave that age and no
    years of work, and the follow-up names no job or certificate of its own."""
    bare = after.held_years is None and after.holds is None and not after.job
    return bare and before.held_years is not None and before.years is None


def today() -> date:
    """The date questions are read on when a reader is given none: the real date."""
    return date.today()


def _spelled_words(sources: Iterable[str], alike: Iterable[Sequence[str]]) -> dict[tuple[str, ...], str]:
    """Every run of characters in the patterns (本科, 会计, 能) and each of their characters (三, 年), by how
    toneless pinyin spells it; a spelling of two words read alike (of one list of `alike`: 中级 and 中极, 其他专业 and
    其它专业) is the one listed first, of two different words (ke: 可, 科) is left out."""
    runs = {run for source in sources for run in re.findall(f"[{HANZI}]+", source)}
    words = {*runs, *(char for run in runs for char in run), *_DIGITS}
    group = {word: (number, place) for number, said in enumerate(alike) for place, word in enumerate(said)}
    meanings: dict[tuple[str, ...], set[str]] = {}
    for word in words:
        if len(word) <= MAX_WORD_SYLLABLES:
            for spelled in spellings(word):
                meanings.setdefault(spelled, set()).add(word)
    spelled_words = {}
    for spelled, found in meanings.items():
        groups = {group[word][0] if word in group else word for word in found}
        if len(groups) == 1:
            spelled_words[spelled] = min(found, key=lambda word: group.get(word, (0, 0)))
    return spelled_words


def _age(match: re.Match[str]) -> int | None:
    """The whole years a certificate has been held, as said (中级证书4年: 4; 拿证8个月: 0)."""
    amount = _number(match["age"])
    return None if amount is None else int(amount // 12 if match["months"] else amount)


def _number(text: str) -> float | None:
    """An Arabic or Chinese numeral (up to 99)."""
    if text[0].isdigit():
        return float(text)
    tens, ten, ones = text.partition("十")
    if not ten:
        return _DIGITS.get(text)
    if len(tens) > 1 or len(ones) > 1:
        return None
    return _DIGITS.get(tens, 1) * 10 + _DIGITS.get(ones, 0)
