"""Reading a question (Simplified or Traditional, English or pinyin) into a `Profile`, and telling whether it asks
who may sit the exam. The words are data (`reading` in `knowledge/eligibility.yaml`, `Words`); the grammar around them
(numbers of years, 没有…, 能…考吗) is in the parts the reader is made of: `certificates`, `education`, `work`,
`years`, `intent`, `person`, `pinyin` (and `follow_ups` for what a follow-up swaps)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from functools import lru_cache

from bot.core.eligibility import follow_ups, state
from bot.core.eligibility.certificates import Certificates, age
from bot.core.eligibility.education import Schooling
from bot.core.eligibility.english import English
from bot.core.eligibility.grammar import CLAUSE_RE, PHRASE_RE, any_of
from bot.core.eligibility.intent import LEVELS, MAX_FOLLOW_UP_CHARS, Intent
from bot.core.eligibility.person import Person
from bot.core.eligibility.pinyin import Pinyin
from bot.core.eligibility.rules import Education, Major, Profile
from bot.core.eligibility.words import Words
from bot.core.eligibility.work import NO_WORK_RE, Work
from bot.core.eligibility.years import GRADUATED_RE, SINCE_OBTAINING, YEAR_END, Years, added
from bot.core.sounds import spellings
from bot.core.text import plain_letters, to_simplified

FOLLOWED = "\n↳ "  # in a thread of questions (Reader.thread), before each follow-up
MAX_FOLLOW_UPS = 10  # a thread this long is not followed any more
MAX_DETAILS_CHARS = 30  # a message of details alone (本科会计，3年社工经验) up to this long is asked a verdict on
_CANCEL_FILLERS = ("了", "吧", "啊", "呀", "谢谢", "please")  # after the words that leave a /check
_ANSWER_FILLERS = "的啊呀哦喔啦呢"  # after a yes or a no typed to a /check question (不是的, 有的)
# A /check question echoed before the answer to it (是社工吗 不是的, 社工专业吗？不是).
_ECHOED_RE = re.compile(r"^.+?(?:吗|么|嘛|[?？])[\W_]*(?=\w)")
_ONESELF_RE = re.compile(r"我(?!们)|本人|\b(?:i|i'm|i've|my)\b", re.IGNORECASE)  # the asker speaks of themselves
# How many years are needed is asked (还要工作几年, 多久): not years stated (好几年, 十几年了).
_YEARS_ASKED = r"(?<![好十了])几年(?!了)|多少年|多久|多长时间|(?<=还差)多少"
_YEARS_ASKED_RE = re.compile(_YEARS_ASKED)
_SAID_OF_ONESELF_RE = re.compile("我(?!们)|本人")  # years told as one's own (not 4 years after passing: no job)
_SAYING_WHO_RE = re.compile("我是|本人是")  # details said of oneself (我是大专), not tied to a message before
_EXAM_RE = re.compile("[考报]")  # a question about the exam (怎么考, 考几科), not only a level's (中级奖励多少)
# A follow-up asking the years a rule needs, or those still missing (还差几年, 要几年, 还要多久, 那要再干几年: a word
# of working, `working`, before them).
_YEARS_ASKED_AFTER = rf"(?:还|再|一共|总共)?(?:需要|要等|要|得|差|等)?(?:再|还)?(?:{{working}})?了?(?:{_YEARS_ASKED})"


class Reader:
    """A question read with the words of one knowledge base."""

    def __init__(self, words: Words, today: Callable[[], date] | None = None) -> None:
        """`today`: the date questions are read on, for years counted from a year said (the real date when None)."""
        self._today = today
        # where one lives said in English (from Taiwan) is read as the first Chinese word said so (台湾人)
        residents = ((next(w for w in said if not w.isascii()), said) for _, said in words.residents)
        self._english = English(words.english_majors, (*words.english_work, *residents), words.related_majors)
        self._spoken_words = {word: said for said, spoken in words.spoken for word in spoken}  # 咗: 了
        self._spoken = re.compile(any_of(self._spoken_words) or "(?!)")
        self._level_words = {word: LEVELS[name] for name, said in words.levels for word in said}
        self._certificates = Certificates(words, self._level_words)
        self._schooling = Schooling(words)
        self._work = Work(words)
        self._years = Years(words, self._work, self._certificates, self._schooling, self.this_year)
        self._intent = Intent(words, self._level_words)
        self._person = Person(words)
        parts = (self._certificates, self._schooling, self._work, self._years, self._intent, self._person)
        sources = (*(pattern.pattern for part in parts for pattern in part.spelled()),)
        alike = (*(said for _, said in (*words.levels, *words.education)), words.other_majors, words.social_work)
        grammar = (NO_WORK_RE.pattern, _YEARS_ASKED_RE.pattern, GRADUATED_RE.pattern)
        self._pinyin = Pinyin((*sources, *grammar), alike)
        # a yes or a no typed in pinyin (shi, bu shi, meiyou) too, unless it spells both
        yes, no = _spelled(words.yes_words), _spelled(words.no_words)
        self._yes, self._no = frozenset(words.yes_words) | (yes - no), frozenset(words.no_words) | (no - yes)
        self._cancel = re.compile(f"(?:{any_of(words.cancel_words)})+(?:{any_of(_CANCEL_FILLERS)})*")
        self._correcting = re.compile(any_of(words.correcting))
        self._unsure = re.compile(any_of(words.unsure))
        self._back = re.compile(f"(?:{any_of(words.back_words)})(?:{any_of(_CANCEL_FILLERS)})*")
        self._counting = re.compile(any_of(words.counting_asked))  # 从什么时候算: how the years a rule asks count
        asked_after = _YEARS_ASKED_AFTER.format(working=any_of(words.working))
        self._years_asked_after = re.compile(f"{asked_after}|{self._counting.pattern}")
        self._read = lru_cache(maxsize=64)(self._as_read)  # a question is read for its profile, then for sitting

    def _as_read(self, text: str) -> str:
        """A question as the patterns read it: Simplified, its English and pinyin for degrees, years and levels in
        Chinese, a level's word typed as another of its sound (助里) as that word."""
        return self._intent.unslipped(self._pinyin.in_hanzi(self._english(self._written(text))))

    def _written(self, text: str) -> str:
        """A text in Simplified, its spoken (Cantonese) words as the written ones they stand for (冇: 没有)."""
        return self._spoken.sub(lambda m: self._spoken_words[m[0]], to_simplified(plain_letters(text)))

    def profile(self, text: str) -> Profile:
        """What a question (Simplified or Traditional, or English) says of the level, education, major, years and
        certificates; each degree said is read with its own major."""
        text = self._work.unwished(self._read(text))  # 想转行做社工: says nothing of the years told
        certificates, schooling, work, years_of = self._certificates, self._schooling, self._work, self._years
        obtained = certificates.first_obtained(text)
        aged = certificates.aged_in(text)
        sitting = years_of.sitting_year(text)  # 2024年能报高级吗: years from a year said are counted to its end
        to = sitting[0] if sitting is not None and sitting[0] != self.this_year() else None
        held_years = years_of.years_ago(obtained, to) if obtained is not None else age(aged[0]) if aged else None
        holds = certificates.held_levels(text)
        # 2023年拿的初级证, 中级拿证4年了: held, not the level asked
        said_held = [m["level"] for m in (obtained, *aged) if m is not None and m["level"]]
        if said_held:
            holds = (holds or frozenset()) | {self._level_words[level] for level in said_held}
        unobtained, cut = text, len(text)  # each said once, from the last: one overlapping the next stops at it
        for found in sorted((m for m in (obtained, *aged) if m is not None), key=lambda m: m.start(), reverse=True):
            unobtained, cut = unobtained[: found.start()] + "," + unobtained[min(found.end(), cut) :], found.start()
        asked = certificates.without_held(unobtained)
        unstudied = schooling.studying.sub("", asked)  # 还有半年毕业: no years of work
        if (more := years_of.more(unstudied)) is not None:  # 再干一年呢: years more, not the years of work
            unstudied = f"{unstudied[: more.start()]},{unstudied[more.end() :]}"
        span, unspanned, before = years_of.years_of(unstudied)
        years, floored, since, said = (unspanned, False, False, None) if span is None else span.read()
        if since and said is not None and work.went_on(unstudied, said.end()):
            since = False  # 毕业三年，一直在银行: the years are of the work said to go on since
        where, worked_in, counted_from = (said.start(), said.end()) if said is not None else None, unstudied, ""
        if (
            years is None
            and (counted := years_of.counted(counting := schooling.studying.sub("", text), to)) is not None
        ):
            (years, counted_from, where), worked_in = counted, counting
        worked = years is not None and bool(years or floored) and not since and where is not None
        kind, job = work.kind(worked_in, *where) if worked and where is not None else ("", "")
        jobs = span.jobs if span is not None else ()
        # Several jobs told, added up (街道3年，社工机构1年): those whose years may not count are named (街道).
        if unsure := dict.fromkeys(part.job for part in jobs if not part.social):
            kind, job = "other", "、".join(unsure)
        elif jobs:
            kind, job = "social", ""
        # Years the asker's own words do not count as social work: of a job plainly not social work (当了5年老师,
        # 毕业4年，在银行上班), or said not to be social work (毕业3年，一直没做社工).
        not_counted: int | None = None
        if years and (since or kind == "other"):
            unlike = work.unlike_job(worked_in, where[1] if where is not None else 0, since=since)
            if work.no_social_work.search(worked_in):
                not_counted, job = years, ""
            elif kind == "other" and job in work.unlike:
                not_counted = years
            elif since and unlike:
                not_counted, job = years, unlike
        if not_counted is not None:
            years, floored, since, kind, counted_from = 0, False, False, "", ""
        if years is None and (own_job := work.job_named(unstudied)):  # 我是护士能考吗: another field, no years said
            kind, job = "other", own_job
        named = self._intent.levels_named(asked)
        schooled = certificates.without_other_trades(text)  # 初级会计证: no major
        degrees = schooling.degrees(schooled)
        if not degrees and schooling.unnamed_bachelor(schooled, worked=bool(years) or floored):
            degrees = [(Education.BACHELOR, schooling.major(schooled))]
        education, major = degrees[0] if degrees else (None, schooling.major(schooled))
        majors = (major, *(m for _, m in degrees[1:]))
        related = schooling.related_major.search(schooled) if Major.OTHER in majors else None  # 心理学: 其他专业
        unlisted = schooling.unlisted_major(schooled) if Major.OTHER in majors and related is None else ""
        unresident = self._person.without_residence(text)  # 我是香港人: not where a degree was taken
        # counted to the year sat in, when years are counted from a year said; 明年 is then that year, not years more
        counted_to = to if (obtained is not None and held_years is not None) or counted_from else None
        later_sitting = sitting is not None and sitting[1]["later"] is not None
        added_years = added(more) if more is not None and not (counted_to and later_sitting) else 0
        if more is None and counted_to is None and to is not None and to > self.this_year():
            added_years = to - self.this_year()  # 做社工3年了，2027年能考初级吗: the years more by the year sat in
        if years is not None:  # 干了3年，明年能考吗: the years by then, as 明年呢 after a verdict adds them
            years += added_years
        elif held_years is not None and added_years:  # 中级证拿了4年，明年能考高级吗: held 5 years by the end of the
            held_years += added_years  # year sat in, which are no years of work (as 2021年拿的中级证，明年 says)
            counted_to, added_years = self.this_year() + added_years, 0
        return Profile(
            level=named[0] if named else None,
            education=education,
            major=major,
            years=years,
            holds=holds,
            held_years=held_years,
            years_floored=floored,
            years_said=(span.said or span.match[0]) if span is not None and floored else "",
            years_range=span.match[0] if span is not None and span.ranged and not_counted is None else "",
            years_short=span.short if span is not None and span.short != YEAR_END and not_counted is None else "",
            years_by_year_end=span is not None and span.short == YEAR_END and not_counted is None,
            months=span.months if span is not None and not_counted is None else None,
            years_not_counted=not_counted,
            years_from=counted_from,
            # counted from the certificate a rule may require, or said after it (2020年取得，之后做了5年)
            years_after=counted_from.endswith(SINCE_OBTAINING)
            or (span is not None and obtained is not None and certificates.work_after(text, obtained))
            or (span is not None and certificates.said_after(text)),
            since_graduating=since,
            more_levels=tuple(named[1:]),
            directly=certificates.directly(text),
            other_work=kind == "other",
            job=job if kind == "other" or not_counted is not None else "",
            unlike_job=years is None and job in work.unlike,
            other_degrees=tuple(degrees[1:]),
            studying=schooling.studying.search(text) is not None,
            person=self._person.of(text),
            years_asked=years is None and (_YEARS_ASKED_RE.search(text) or self._counting.search(text)) is not None,
            counting_asked=years is None and self._counting.search(text) is not None,
            minor=schooling.minor(text),
            related_major=related[0] if related else "",
            unlisted_major=unlisted,
            studied_abroad=abroad[0] if degrees and (abroad := schooling.abroad.search(unresident)) else "",
            degree_route=route[0] if (route := schooling.route.search(text)) else "",
            unnamed_schooling=schooling.unnamed(text, education),
            resident_of=self._person.resident_of(text),
            years_before=before[0] if before is not None else None,
            job_before=before[1] if before is not None else "",
            years_jobs=jobs if not_counted is None else (),
            age_told=self._person.age_told(text),
            years_added=added_years,
            counted_to=counted_to,
        )

    def typed(self, text: str) -> Profile:
        """What an answer typed to a /check question gives (两年, 本科畢業, 中级, 社会工作专业): its details, social
        work named alone (社工) read as the major, as the question about the major asks; not when it is said with a
        level (中级社工, 社工中级: the level); when none is read so, read with pinyin words of one syllable too
        (si nian: 四年), which a question's reading leaves alone (a year: English)."""
        profile = self.profile(text)
        if all(getattr(profile, name) is None for name in state.FIELDS):
            text = self._pinyin.in_hanzi(plain_letters(text), syllables_alone=True)
            profile = self.profile(text)
        unlevelled = self._intent.without_social_work_levels(self._read(text))
        if profile.major is None and self._schooling.names_social_work(unlevelled):
            return replace(profile, major=Major.SOCIAL_WORK)
        return profile

    def names_university(self, text: str) -> bool:
        """Whether an answer typed names 大学, which names no degree (大专 and 本科 are both studied at one)."""
        return self._schooling.names_university(self._read(text))

    def cancels(self, text: str) -> bool:
        """Whether a whole answer typed to a /check question says to leave it (取消, 算了不测了, cancel)."""
        return self._cancel.fullmatch(re.sub(r"[\W_]+", "", self._written(text)).casefold()) is not None

    def yes_or_no(self, text: str) -> bool | None:
        """Whether a whole answer typed says yes (有, 是, yes, 是的, shi) or no (没有, 还没考, 沒有, no, 不是的, bu shi)
        to a /check question of two choices, alone or after that question echoed (社工专业吗？不是, 是社工吗 不是的);
        None when it says neither."""
        written = self._written(text)
        for said in (written, _ECHOED_RE.sub("", written, count=1)):
            word = re.sub(r"[\W_]+", "", said).casefold()
            word = word.rstrip(_ANSWER_FILLERS) or word
            if word in self._yes or word in self._no:
                return word in self._yes
        return None

    def goes_back(self, text: str) -> bool:
        """Whether a whole answer typed to a /check question asks for the question before (返回, 上一步, back)."""
        return self._back.fullmatch(re.sub(r"[\W_]+", "", self._written(text)).casefold()) is not None

    def unsure(self, text: str) -> bool:
        """Whether an answer typed to a /check question says the asker does not know, and more besides (我不知道考哪个
        级别; a bare 不知道 is a slip, which the front ends take as any word that is no choice)."""
        written = self._written(text)
        return self._unsure.search(written) is not None and re.sub(r"[\W_]+", "", self._unsure.sub("", written)) != ""

    def corrects(self, text: str) -> bool:
        """Whether an answer typed to a /check question says that a fact answered before is otherwise (哦不对 我其实
        是大专)."""
        return self._correcting.search(self._written(text)) is not None

    def asked(self, text: str) -> Profile | None:
        """The profile a question asks a verdict on by its own details: who may sit, with a degree said, a certificate
        held and a level asked (有中级证，能考高级吗), a major and years of work, no degree named at all (studied
        psychology and worked 2 years at an NGO; not 大专结业), a job and no years, asking whether one may sit
        (我是护士能考社工吗: another field), where one lives (我是台湾人，能考社工证吗), or a level asked by a student
        or by one with no years of work (还没毕业能考中级吗, 应届生能考中级吗: that level's rules, not a graduate's);
        else None."""
        sitting = self.asks_about_sitting(text) or self._closes_on_a_level(text)
        if not sitting and not self._details_only_told(text):
            return None  # most questions: read no further
        profile, read = self.profile(text), self._read(text)
        unschooled = profile.education is None and not self._schooling.schooling.search(read)  # not 大专结业
        own_years = bool(profile.job) or _SAID_OF_ONESELF_RE.search(text) is not None  # not 高级要求的5年算到哪天
        worked = (
            unschooled
            and bool(profile.years or profile.years_floored)
            and (profile.major is not None or (profile.level is not None and not profile.more_levels and own_years))
        )  # 我在养老院工作3年能考中级吗: what the years meet; not 初级和中级同一年可以一起报吗
        in_a_job = bool(profile.job) and profile.years is None and self._intent.may_sit(read)
        unworked = profile.studying or (profile.years == 0 and not profile.years_floored)  # 还没毕业, 应届生
        leveled = profile.level is not None and (bool(profile.holds) or unworked)
        said = profile.education is not None or leveled or worked or in_a_job or bool(profile.resident_of)
        return profile if said and (sitting or self._details_alone(profile, text)) else None

    def _details_alone(self, profile: Profile, text: str) -> bool:
        """Whether a message gives a degree, its major and years of work, and nothing else (本科会计，3年社工经验;
        大专社工专业，工作2年): a verdict for each level is what it asks. Said of oneself (本人本科，学的是会计; I have
        a bachelor's in accounting), a degree with its major or years is enough: the verdict says what it still needs,
        which later messages of the chat may give (在社工机构干了三年, then 能考中级吗); said alone (本科社工), those
        swap the details of a verdict before. Of a message that says nothing but details (`_details_only_told`)."""
        education, major, years = profile.education, profile.major, profile.years
        known = education is not None and major is not None and years is not None
        partly = education is not None and (major is not None or years is not None) and _ONESELF_RE.search(text)
        return bool(known or partly)

    def _details_only_told(self, text: str) -> bool:
        """Whether a message says nothing but details and the level wanted (我想考中级 本科 汉语言 工作3年了), not as a
        follow-up (我是大专会计，做了3年)."""
        read = self._read(text)
        return not self._intent.linked(read) and self._details_only(self._intent.without_wish(read), MAX_DETAILS_CHARS)

    def _closes_on_a_level(self, text: str) -> bool:
        """Whether a message of several clauses closes on a level alone (社工本科，3年经验，中级？; Bachelor in social
        work, 3 years. Intermediate exam?): after the details, it asks whether one may sit that level. English words
        are parted by spaces, so its clauses are those between punctuation."""
        asked = text.strip().rstrip("?？")
        for parted in (CLAUSE_RE, PHRASE_RE):
            *before, last = parted.split(asked)
            if before and follow_ups.levels_only(self.profile(last)) and self._only_details_said(last):
                return True
        return False

    def follow_up(self, text: str) -> Profile | None:
        """What a message after a verdict gives or swaps, read with the details asked before (`swapped`): in a short
        message that says nothing else (in Chinese, pinyin or English), a level, degree, major, years, certificate or
        its age (中级？, 那本科呢, zhongji ne, benke ne, and with a bachelor's?, 我是大专, 做了5年呢, 证是3年前拿的),
        marked as `follows`, also when it asks besides whether one may sit (做社工3年能考初级吗); a level said with
        other words (中级社工报名费多少: whether it is worded as a follow-up is the caller's to tell); None for anything
        else (a question of its own: 宁波呢, 考几科), a level's rule or the order of the levels among them
        (中级报考条件是什么, 高级要工作几年, 考中级一定要先考初级吗: the rules for everyone)."""
        after = self.profile(text)
        if after.years_asked and follow_ups.levels_only(replace(after, years_asked=False)):  # 高级要工作几年
            linked = self._intent.linked(self._read(text))  # not 那高级要几年: the years the verdict's level needs
            return None if not linked and self._intent.asks_rule_or_order(self._read(text)) else after
        read = self._correcting.sub(" ", self._read(text))  # 不对，我是本科
        read = self._years_asked_after.sub(" ", read) if after.years_asked else self._intent.without_enough(read)
        if follow_ups.levels_only(after) and self._details_only(read):
            return replace(after, follows=True)
        if follow_ups.levels_only(after):
            return None if self._intent.asks_rule_or_order(self._read(text)) else after
        details = (after.education, after.major, after.years, after.held_years, after.holds, after.years_added or None)
        # a situation told at more length (我老婆是大专呢 她是学护理的 在医院做了三年)
        most = MAX_DETAILS_CHARS if sum(d is not None for d in details[:3]) > 1 else MAX_FOLLOW_UP_CHARS
        oneself = not after.person and _ONESELF_RE.search(text) is not None
        if not any(d is not None for d in details) and self._only_asks_to_sit(text):  # 能考吗: the details before
            return replace(after, follows=True, oneself=oneself)
        gives = after.years_asked or oneself or any(d is not None for d in details)  # 那我呢: one's own
        # 做社工3年能考初级吗: details, and whether one may sit (not 可以跳过初级直接考中级吗: the order, for everyone)
        asking = (
            self._intent.may_sit(read) and self._intent.only_asking(read) and not self._intent.asks_rule_or_order(read)
        )
        if not gives or not (self._details_only(read, most) or asking):
            return None
        return replace(after, follows=True, oneself=oneself)

    def _only_asks_to_sit(self, text: str) -> bool:
        """Whether a short message asks whether one may sit and says nothing else (能考吗, 我能报吗, 那她能考中级吗)."""
        read = self._read(text)
        short = len(re.sub(r"\W", "", read)) <= MAX_FOLLOW_UP_CHARS
        return short and self._intent.may_sit(read) and self._intent.only_asking(read)

    def _details_only(self, read: str, most: int = MAX_FOLLOW_UP_CHARS) -> bool:
        """`Intent.only_details_said` of a text as read, a major no word lists (老年服务与管理) among the details."""
        return self._intent.only_details_said(self._schooling.without_unlisted_major(read), most)

    def _only_details_said(self, text: str, most: int = MAX_FOLLOW_UP_CHARS) -> bool:
        """Whether a message is short (`most` characters at most) and says nothing but details and the words of a
        follow-up (`Intent.only_details_said`)."""
        return self._details_only(self._read(text), most)

    def thread(self, previous: str | None, question: str) -> str:
        """The questions a verdict was read from, as one text (the chat's last question, `previous`, for the next):
        the first with its details, then each follow-up."""
        return question if previous is None else f"{previous}{FOLLOWED}{question}"

    def followed(self, thread: str, then: str = "") -> Profile | None:
        """The profile the last verdict of a thread (see `thread`) was on, or None when its first question got none (or
        it is too long to follow any more); a thread may open on a /check verdict (`state.thread`), or on any question
        naming one level when what follows it (`then`, the follow-up to read after the thread) asks only the years
        (高级呢, then 要几年)."""
        walked = self._walked(thread, then)
        return walked[0] if walked is not None else None

    def continued(self, thread: str, then: str, after: Profile) -> Profile | None:
        """The profile a follow-up (`then`, read as `after`) asks a verdict on after a thread (see `followed`): the
        details before with those it gives in their place (`swapped`); back to the asker after another's details (那我
        呢), the asker's own as said last in the thread, else none yet."""
        walked = self._walked(thread, then)
        return None if walked is None else _next(*walked, after)

    def _walked(self, thread: str, then: str) -> tuple[Profile, Profile | None] | None:
        """The profile of the last verdict of a thread, and the asker's own details as said last in it (None when all
        were another's)."""
        first, *follow_ups_said = thread.split(FOLLOWED)
        # a /check verdict's, asked, a level's rules, details told alone (我是本科会计), or a level alone (初级, 大专)
        opened = (
            state.followed(first)
            or self.asked(first)
            or self._rules_asked(first)
            or self.told(first)
            or self._years_told(first)
            or self._level_alone(first)
        )
        if opened is None and self._years_only(follow_ups_said[0] if follow_ups_said else then):
            opened = self._rules_asked(first, asking=False)
        if opened is None or len(follow_ups_said) >= MAX_FOLLOW_UPS:
            return None
        profile, own = opened, None if opened.person else opened
        for follow_up in follow_ups_said:
            if (after := self.follow_up(follow_up)) is None:
                return None
            profile = _next(profile, own, after)
            own = own if profile.person else profile
        return profile, own

    def told(self, text: str) -> Profile | None:
        """The details of a message that tells a degree, a certificate held (with its age or not), or where one lives,
        and nothing else (我是本科会计, 我老婆中专, 不对，我是大专, 我有中级证, 拿到中级证4年了, 我是台湾人): the first
        of the pieces a verdict may be given in, turn by turn; its verdict says what is still missing. An age of no
        certificate named (证是3年前拿的) starts none: it continues the details told before it."""
        read = self._correcting.sub(" ", self._read(text))
        if not self._details_only(read, MAX_DETAILS_CHARS):  # most questions: read no further
            return None
        profile = self.profile(text)
        pieces = (profile.education, profile.holds, profile.resident_of or None)
        told = any(piece is not None for piece in pieces) and not profile.studying and profile.level is None
        unlinked = not self._intent.linked(_SAYING_WHO_RE.sub(" ", read))  # 我是大专, not 那本科呢 (after nothing)
        return profile if told and unlinked else None

    def _years_told(self, text: str) -> Profile | None:
        """The details of a message that tells years of work and nothing else (做了3年社工, 没工作经验): not a verdict's
        by itself (`told`), it is read with the details told after it (我是社工专业博士)."""
        if not self._only_details_said(text, MAX_DETAILS_CHARS):  # most messages: read no further
            return None
        profile = self.profile(text)
        return profile if profile.years is not None and profile.level is None and not profile.studying else None

    def _level_alone(self, text: str) -> Profile | None:
        """A message naming a level and nothing else (初级): what details told after it are read with."""
        if not self._only_details_said(text):  # most messages: read no further
            return None
        profile = self.profile(text)
        return profile if follow_ups.levels_only(profile) else None

    def _rules_asked(self, text: str, *, asking: bool = True) -> Profile | None:
        """The level a question asks the rules of who may sit (初级报考条件; not `asking`: any question about the exam
        of one level alone, 高级社工证怎么考), as a profile of that level alone, or of no level when it asks them of
        every level (社工考试报名条件): what a follow-up giving details (那高中呢, 大专呢) is read with."""
        profile = self.profile(text)
        one_level = follow_ups.levels_only(profile) and not profile.more_levels
        every_level = asking and profile == Profile()  # 社工考试报名条件: then 大专呢 gets each level's verdict
        about = self.asks_about_sitting(text) or (not asking and _EXAM_RE.search(self._read(text)) is not None)
        return profile if (one_level or every_level) and about else None

    def _years_only(self, text: str) -> bool:
        """Whether a follow-up asks the years a rule needs and nothing else (要几年, 还差几年)."""
        after = self.follow_up(text) if text else None
        return after is not None and replace(after, follows=False, oneself=False) == Profile(years_asked=True)

    def asks_to_sit_a_level(self, text: str) -> bool:
        """Whether a short message only asks whether one may sit a level (能考中级吗, 高级可以报吗, can I sit the senior
        exam?): after a verdict, the same asker asking of another level."""
        short = len(re.sub(r"\W", "", self._read(text))) <= MAX_FOLLOW_UP_CHARS
        return short and follow_ups.levels_only(self.profile(text)) and self.asks_about_sitting(text)

    def noted(self, text: str) -> bool:
        """Whether a clause says a detail a verdict speaks of in a line of its own, which a verdict on the question
        answers (自考本科算学历吗: how the degree was taken; 在香港读的硕士认吗; 辅修社工算吗; 技校算高中吗)."""
        profile = self.profile(text)
        return bool(profile.degree_route or profile.studied_abroad or profile.minor or profile.unnamed_schooling)

    @staticmethod
    def residence_only(profile: Profile) -> bool:
        """Whether a profile tells where one lives (我是台湾人) and nothing else, no level either: the residents' own
        question (港澳台居民能考社工证吗) is what it asks."""
        bare = replace(profile, resident_of="", follows=False, oneself=False)
        return bool(profile.resident_of) and bare == Profile()

    @staticmethod
    def levels_only(profile: Profile) -> bool:
        """Whether a follow-up's profile names levels and nothing else, read from a message that says more besides
        (中级社工报名费多少): whether it swaps the level is for the words of a follow-up to tell. A message of
        nothing but a level and a follow-up's words (中级？, 那中级呢, zhongji ne) is a follow-up by its own words
        (`follows`)."""
        return follow_ups.levels_only(profile)

    @staticmethod
    def swapped(before: Profile, after: Profile) -> Profile:
        """The details `before` with those a follow-up (`follow_up`) gives in their place, the rest kept."""
        return follow_ups.swapped(before, after)

    def this_year(self) -> int:
        """The year questions are read in: years said (2019年, 去年) are counted to the end of it."""
        return (self._today or today)().year

    def asks_about_sitting(self, text: str) -> bool:
        """Whether a question (Simplified or Traditional) asks who may sit the exam, not just mentions a degree."""
        return self._intent.sitting(self._read(text))


def _next(profile: Profile, own: Profile | None, after: Profile) -> Profile:
    """The profile after a follow-up (`after`) to `profile`: its details swapped in, or back to the asker's own
    details (`own`) when it names no details but the asker (那我呢)."""
    bare = replace(after, follows=False, oneself=False, level=None, more_levels=()) == Profile()
    if after.oneself and bare and profile.person:
        back = own if own is not None else Profile()
        return replace(back, level=after.level or back.level, more_levels=after.more_levels or back.more_levels)
    return follow_ups.swapped(profile, after)


def _spelled(words: Iterable[str]) -> frozenset[str]:
    """The Chinese words of a list as toneless pinyin may spell them, syllables run together (不是: bushi)."""
    return frozenset("".join(spelled) for word in words if not word.isascii() for spelled in spellings(word))


def today() -> date:
    """The date questions are read on when a reader is given none: the real date."""
    return date.today()
