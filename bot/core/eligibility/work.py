"""Reading the work a question speaks of: social work (做社工, 在社工机构), another job (会计, 在银行), volunteering,
work said to go on (一直), to start after another job (后来做社工), only meant (想做社工) or not done (没做社工)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.eligibility.grammar import CLAUSE_RE, PHRASE_RE, SPAN, any_of, clause, clause_start
from bot.core.eligibility.words import Words

_WORKING_RE = re.compile("工作|上班|就业|任职")  # work with no job named
# No years of work at all (没工作过, 没有社工经验), read only when no number of years is stated; not a question about
# the rule (有没有工作年限要求, 无工作经验要求吗).
NO_WORK_RE = re.compile(
    r"(?<!有)(?:没|没有|未|无|从未|从没|还没|还没有|尚未|零)(?:参加|上过|正式)?(?:工作|上班|就业|做过社工|从事过?社会工作|"
    r"(?:社工|社会工作|相关|工作)?经验|(?:社工|社会工作|相关|工作)经历)(?!年限|经验|经历|要求|的要求|限制)"
)

_OWN_JOB_GROUPS = ("job", "workplace", "opening", "english")  # how `Work._own_job` names a job said as one's own
_BETWEEN = (" ", "，", ",", "、", "是")  # between a degree and its major (本科 会计, 本科，会计, 本科是会计)
# After a word both a major and a job: the major (会计专业, 会计本科, 会计毕业, 会计一个社工), a degree's name between.
_NOT_A_JOB = "(?!专业|学|系|毕业|{degrees}|[,，、 ]?一个)"
# Before a job named with no years, in its clause: not the asker's own (不在社区工作, 不是老师, 非公务员, 没当过兵).
_NOT_ONES_OWN_RE = re.compile(r"(?:不|没|没有|未|非|无)(?:是|在|当|做|干)?(?:过)?(?:一名|一个|个)?$")


class Work:
    """The work a question says was done, read with the words of one knowledge base."""

    def __init__(self, words: Words) -> None:
        social_work = any_of(words.social_work)
        self.unlike = frozenset(words.unlike_social_work)  # jobs plainly not social work: their years not counted
        self._social_work_places = frozenset(words.social_work_jobs)  # 社工站: how years of social work name a job
        # Social work said not done (一直没做社工, 没从事过社会工作): years said are not of it.
        self.no_social_work = re.compile(
            rf"(?:没有|没|未|从没|从未|从来没有?|不)(?:在|再)?(?:做|干|当|从事)(?:过)?(?:{social_work})(?!专业|证|师|考)"
        )
        # 本科会计, 本科 会计, 本科是会计: the major
        after_degree = "".join(
            f"(?<!{re.escape(degree)}{between})" for degree in words.degrees for between in ("", *_BETWEEN)
        )
        # A major listed with another (一个会计一个社工, 一个社工，一个会计): the majors of two degrees, not a job.
        listed = "".join(
            f"(?<!一个{re.escape(said)}{between}一个)" for said in words.social_work for between in ("", *_BETWEEN[:3])
        )
        not_a_job = _NOT_A_JOB.format(degrees=any_of(words.degrees))
        jobs = "|".join(
            f"(?<![学读修]的)(?<![学读修])(?<![学读修]了){after_degree}{listed}{re.escape(job)}{not_a_job}"
            if job in words.other_majors
            else re.escape(job)
            for job in sorted(words.other_work, key=len, reverse=True)
        )
        self.other_work = re.compile(jobs)
        self.volunteering = re.compile(any_of(words.volunteering))
        # A job said as one's own: 我是护士, 作为老师, 当会计的, 在银行上班 (not 在学校读书), opening the question
        # (护士能考吗); in English as the reading writes it: I'm a nurse, as a teacher, work in a hospital, 能考 a nurse
        # (can a nurse sit).
        self._own_job = re.compile(
            rf"(?:(?:我|本人)(?:现在|目前)?是|作为|当|做|干)(?:了|过)?(?:一名|一个|个|一位)?(?P<job>{jobs})|"
            rf"在(?P<workplace>{jobs})[^，。,;；？?！!]{{0,4}}?(?:工作|上班|做|干|当|任职|就职)|"
            rf"^(?P<opening>{jobs})(?:的话)?(?:也|还)?(?:能|可以|可不可以|能不能|能否)|"
            rf"\b(?:i'?m|i am|as|work(?:s|ing|ed)?\s+(?:in|at|for|as)|能考)\s+(?:an?\s+|the\s+)?(?P<english>{jobs})",
            re.IGNORECASE,
        )
        # Years said to be of social work: 做了3年社工, 当社工, 从事社会工作, 我是社工, 在社工机构 (not 社工专业,
        # 社工证).
        not_job = "(?!专业|系|学|师|证|考)"
        self.social_work_job = re.compile(
            rf"(?:(?:做|干|当|从事)(?:了|过)?{SPAN}?|{SPAN})的?(?:{social_work}){not_job}|{any_of(words.social_work_jobs)}|"
            rf"我是(?:一名|一个|个)?(?:{social_work}){not_job}|{after_degree}(?<!是)(?:{social_work})(?:做|干)了"
        )
        self.continuing = re.compile(any_of(words.continuing))
        self._switched = re.compile(any_of(words.switching))  # 做了10年会计，后来做社工
        self.stopped = re.compile(any_of(words.stopped))
        self.intending = re.compile(any_of(words.intending))
        # Social work only wished for or planned (想转行做社工, 打算去社工站): says nothing of the years told.
        self._wished = re.compile(
            rf"(?:{any_of(words.intending)})(?:{any_of(words.intending_between)})*(?:{self.social_work_job.pattern})"
        )

    def spelled(self) -> Iterator[re.Pattern[str]]:
        """The patterns whose words are read in pinyin too."""
        yield from (self.no_social_work, self.other_work, self.volunteering, self.social_work_job)
        yield from (self.continuing, self._switched, self.stopped, self.intending, self._wished)

    def unwished(self, text: str) -> str:
        """A text without the social work it only wishes for or plans (在养老院做护工5年，一直想转行做社工: the years
        are the 养老院's, read as told)."""
        return self._wished.sub(",", text)

    def unlike_job(self, text: str, after: int, *, since: bool) -> str:
        """A job plainly not social work named after the years since graduating (毕业4年，在银行上班: 银行), in a
        clause of its own, social work named nowhere; else empty."""
        if not since or self.social_work_job.search(text):
            return ""
        start = CLAUSE_RE.search(text, after)
        for found in self.other_work.finditer(text, start.end() if start else len(text)):
            if found[0] in self.unlike and not self.intending.search(clause(text, *found.span()), 0):
                return found[0]
        return ""

    def job_named(self, text: str) -> str:
        """The job a question says is the asker's when it says no years (我是护士, 在银行上班, 会计能考吗, a nurse):
        another job than social work (not volunteering: no job), the first said, not said to be not one's own
        (不在社区工作) or only meant (想当老师); empty when social work is named (做社工, 在社工站) or no job is said
        so (考公务员, 教师资格证)."""
        if self.social_work_job.search(text):
            return ""
        for said in self._own_job.finditer(text):
            job = next(name for name in _OWN_JOB_GROUPS if said[name] is not None)
            before = text[clause_start(text, said.start(job)) : said.start(job)]
            if not _NOT_ONES_OWN_RE.search(before) and not self.intending.search(before):
                return said[job]
        return ""

    def kind(self, text: str, start: int, stop: int) -> tuple[str, str]:
        """What the years stated (at `start`:`stop`) are of: `social` work or `other` work (and its job, volunteering
        among them, empty when none is named: 工作3年; of several, one plainly not social work: 在公司做销售, 销售),
        read in the clause of the years, else between the punctuation around them (in English, words are parted by
        spaces), else in the whole question."""
        for scope in (clause(text, start, stop), clause(text, start, stop, PHRASE_RE), text):
            if social := self.social_work_job.search(scope):
                return self._at_a_social_work_place(text, social)
            if found := self.volunteering.search(scope):
                return "other", found[0]
            if jobs := [m[0] for m in self.other_work.finditer(scope)]:  # 在公司做销售: 销售, plainly not social work
                return "other", next((job for job in jobs if job in self.unlike), jobs[0])
        return "other", ""

    def _at_a_social_work_place(self, text: str, social: re.Match[str]) -> tuple[str, str]:
        """What years of work said with social work are of: `social`, unless the social work is a place (社工机构) and
        the asker's own job there is plainly not social work (做会计 在社工机构管账): then `other`, that job at that
        place (社工机构会计), whose years may or may not count."""
        if social[0] not in self._social_work_places:
            return "social", ""
        own = (m[name] for m in self._own_job.finditer(text) for name in _OWN_JOB_GROUPS if m[name] is not None)
        job = next((job for job in own if job in self.unlike), None)
        return ("other", f"{social[0]}{job}") if job is not None else ("social", "")

    def job_told(self, text: str) -> tuple[str, bool] | None:
        """The job a clause tells years of, and whether it is said to be social work (在社工站: 社工站, yes; 做社工:
        empty, yes; 在养老院: 养老院, no: whether it counts, the notice decides); None when it names none, or one
        plainly not social work (老师)."""
        if social := self.social_work_job.search(text):
            return (social[0] if social[0] in self._social_work_places else ""), True
        job = self.volunteering.search(text) or self.other_work.search(text)
        return (job[0], False) if job is not None and job[0] not in self.unlike else None

    def switched_to_social(self, text: str, span: re.Match[str]) -> str | None:
        """Whether the years at `span` are of another job before social work started: a word of switching after them
        (后来, 开始, 转行), in their clause or the next, then social work named in its clause (做了10年会计，后来做社工;
        工作了10年开始做社工), their own clause naming none; the job the years were of (会计; empty when none is
        named). None for years of social work, of no switch, or of a switch only meant (后来打算去一家社工机构: a
        wish says nothing of the years told)."""
        switch = self._switched.search(text, span.end())
        if switch is None or len(CLAUSE_RE.findall(text, span.end(), switch.start())) > 1:
            return None
        own = text[clause_start(text, span.start()) : switch.start()]
        if self.social_work_job.search(own):
            return None  # 做了5年社工，后来去了社工站
        end = CLAUSE_RE.search(text, switch.end())
        social = self.social_work_job.search(text, switch.start(), end.start() if end else len(text))
        if social is None:
            return None
        if self.intending.search(text, max(span.end(), clause_start(text, switch.start())), social.start()):
            return None
        job = self.volunteering.search(own) or self.other_work.search(own)
        return job[0] if job else ""

    def went_on(self, text: str, at: int) -> bool:
        """Whether work is said to go on from `at`, in its clause or the next (毕业三年，一直在银行; not 毕业两年，
        想做社工)."""
        going_on = self.continuing.search(text, at)
        if going_on is None or len(CLAUSE_RE.findall(text, at, going_on.start())) > 1:
            return False
        end = CLAUSE_RE.search(text, going_on.end())
        rest = text[going_on.end() : end.start() if end else len(text)]
        work = self.named(rest)
        return work is not None and not self.intending.search(rest, 0, work) and not self.none_done(rest)

    def none_done(self, text: str) -> bool:
        """Whether a text says no work, or no social work, was done (没工作, 一直没做社工)."""
        return bool(NO_WORK_RE.search(text) or self.no_social_work.search(text))

    def named(self, text: str) -> int | None:
        """Where a text first names work of any kind (做社工, 在社区, 上班), or None."""
        found = [
            m.start()
            for pattern in (self.social_work_job, self.other_work, self.volunteering, _WORKING_RE)
            if (m := pattern.search(text)) is not None
        ]
        return min(found, default=None)
