"""Reading the schooling a question speaks of: each degree said with its major (本科是英语，研究生读的社工), a degree
not held yet (大二, 明年毕业), a bachelor's unnamed (大学学的社工), a related major (心理学), a degree taken abroad."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.eligibility.grammar import CLAUSE_RE, NUMERAL, any_of
from bot.core.eligibility.rules import Degree, Education, Major
from bot.core.eligibility.words import Words

_EDUCATIONS = {education.title: education for education in Education}
# Reading for a degree somewhere (在台中念社工硕士, 在北京读研究生), not read before (读过, 读完, 读了, 读的). 念 is
# written as its code so that the pinyin reading, which spells the patterns' characters, keeps nian for 年.
_READING_AT = r"在[^，。,;；？?！!\s]{0,5}?(?:读|\u5ff5)(?![了过完的])"
# A major named that no word lists (老年服务与管理专业, 学的是社区管理, 专业是物业管理): what may stand before it in
# its clause (我是, 学的, a degree), characters no major's name has, and what after 专业 names no major (专业要求).
_ALSO = ("也", "都", "还")  # between a degree and its major: the same as another's (研一，本科也是社工)
_BEFORE_MAJOR = "(?:我|本人)?是|[学读修]的是?|在读|[学读的我]|本人"
_NOT_IN_A_MAJOR = (
    "的对有吗么嘛考报要能可什哪啥限和或都也还就才很不没非无这那该此各任所同本其它别些个"
    + "是我你他她们在级证读修毕专想做干了过"
)
_NOT_A_MAJOR_AFTER = "要求|限制|不限|限|吗|嘛|有|对口|相关|人才|技术|人员|能力|知识|课|水平|证|资格|考试|社工|方向"
_UNLISTED = rf"(?P<major>(?!相关|对口)(?:(?![{_NOT_IN_A_MAJOR}])[\u4e00-\u9fff]){{2,12}}?)"


class Schooling:
    """The degrees and majors a question says, read with the words of one knowledge base."""

    def __init__(self, words: Words) -> None:
        social_work, degrees = any_of(words.social_work), any_of(words.degrees)
        self.any_degree = any_of((*words.degrees, *words.university))  # 明年大学毕业 as 明年本科毕业
        not_read = f"(?!{any_of(words.not_read)})"
        schooling = any_of((*(word for _, said in words.education for word in said), *words.university))
        self.related_major = re.compile(any_of(said for said, _ in words.related_majors) or "(?!)")  # 心理学
        not_obtained = f"(?!{any_of(words.not_obtained)})"  # 本科肄业: no bachelor's
        self.educations = tuple(
            (_EDUCATIONS[name], re.compile(f"{not_read}(?:{any_of(said)}){not_obtained}"))
            for name, said in words.education
        )
        # A degree said with those below it (本科以下): written as the one just below (大专), the highest it means.
        first = {_EDUCATIONS[name]: said[0] for name, said in words.education}
        self._below = tuple(
            (re.compile(f"(?:{any_of(said)})(?:学历|文凭)?(?:{any_of(words.below)})"), first[lower])
            for name, said in words.education
            for lower in [Education(max(_EDUCATIONS[name] - 1, Education.LOWER_SECONDARY))]
        )
        # A word both a major and a job (护理) is the job after 做, 干 or 年, or after 是 (我是会计) unless a degree
        # is (本科是会计) or it is said as a major (我是会计本科, 是会计专业); the major after 学, 读, before 专业.
        degree_is = "|".join(  # 本科是会计, 本科也是会计
            f"(?<={re.escape(said)}{also}是)" for said in (*words.degrees, "专业", "学位") for also in ("", *_ALSO)
        )
        as_major = f"(?={degrees}|专业|系|毕业|出身)"
        majors = "|".join(
            f"(?<![做干年])(?:(?<!是)|{degree_is}){re.escape(major)}|(?<=是){re.escape(major)}{as_major}"
            if major in words.other_work
            else re.escape(major)
            for major in sorted(words.other_majors, key=len, reverse=True)
        )
        self._other_major = re.compile(
            rf"(?:非|不是|不是学)(?:{social_work})|{majors}|"
            rf"[学读修]的(?!是?(?:{social_work}|专业|时候|{schooling}))是?[\u4e00-\u9fff]{{2}}"  # 学的法律; 读的大专 no
        )
        self._social_work_major = re.compile(
            rf"(?:{social_work})(?:专业|系|{degrees}|学位|毕业|方向)|[学读修](?:的)?(?:是)?(?:{social_work})|"
            rf"(?:{degrees}|学位)(?:{'|'.join(_ALSO)})?(?:是|为)?(?:{social_work})(?!师|证|站|者)|"  # 本科也是社工
            rf"专业(?:是|为|[:：])(?:{social_work})(?!师|证|站|者)|"  # 专业是社工
            rf"(?:^|[,，、\s]|我|{degrees})专业(?:{social_work})(?!师|证|站|者|岗|机构)|"  # 本科，专业社会工作
            rf"(?:{degrees})[,，、\s]+(?:{social_work})(?=[,，、\s]|$)"  # 本科，社工，工作一年
        )
        # Two majors of one degree (本科双学位，一个社工一个法学): the degree is held with each; a minor (辅修社工) is
        # not the degree's major: which it is read as, the notice decides.
        self._double_degree = re.compile(any_of(words.double_degrees))
        self._minor = re.compile(rf"(?:{any_of(words.minors)})(?:的|了|是)?(?:{social_work})(?:专业)?")
        # A major named that no word lists (老年服务与管理专业): another major than social work, as the 2006 rules
        # know only 社会工作专业 and 其他专业; whether the notice counts it as social work, it decides.
        schooled = (w for name, said in words.education if _EDUCATIONS[name] > Education.LOWER_SECONDARY for w in said)
        before = f"{_BEFORE_MAJOR}|{any_of((*words.degrees, *schooled))}"
        self._unlisted_major = (
            re.compile(rf"(?:^|(?<=[,，。;；!！?？、\s是]))(?:{before})*{_UNLISTED}专业(?!{_NOT_A_MAJOR_AFTER})"),
            re.compile(
                rf"(?:[学读修]的是?|专业(?:是|为|[:：]))(?:{before})*{_UNLISTED}(?=[,，。;；!！?？、\s]|专业|毕业|$)"
            ),
            re.compile(rf"(?<=[我是])[学读]{_UNLISTED}的"),  # 我是学老年服务与管理的
        )
        self._social_work_named = re.compile(rf"(?:{social_work})(?!师|证|站|机构|者|岗|服务|经验|工作)")
        self.abroad = re.compile(any_of(words.studied_abroad))
        self.route = re.compile(any_of(words.degree_routes))  # 自考本科: is it recognised, the notice decides
        # Schooling the rules do not name (技校), by the education it is read as.
        self._unnamed = {
            _EDUCATIONS[name]: re.compile(any_of(unnamed))
            for name, said in words.education
            if (unnamed := [word for word in said if word in words.unnamed_schooling])
        }
        self.schooling = re.compile(schooling)
        self.schooled = re.compile(f"(?:{schooling})$")  # before the years: 本科四年 are years of study, not work
        diplomas = any_of(words.diplomas)
        # Still studying for the degree said: it is not held yet (大二, 在读, 明年毕业).
        self.studying = re.compile(
            rf"{not_read}(?:{any_of(words.studying)})(?!的时候|毕业)|(?:没|未)毕业|还差(?:\d+|{NUMERAL})[门科]|"
            rf"{_READING_AT}|"
            # graduating later, the degree named or not (明年本科毕业, 还有半年就毕业)
            rf"(?:{any_of(words.graduating_later)}|还有[半一两三四五六\d]+个?(?:年|月|学期))(?:就|才|要)?"
            rf"(?:{self.any_degree})?毕业|"
            # the degree not obtained (学历还没拿到, 没拿到毕业证), not a degree (学位) or a certificate (没拿到中级)
            rf"(?:{self.any_degree}|{diplomas})(?:学历)?(?:还|也|都|尚)?(?:没有?|未)(?:拿到|拿|取得|领到|下来)"
            r"(?!到?(?:学位|证书|[初中高]级|社工))|"
            rf"(?:没有?|未)(?:拿到|取得|领到)(?:{self.any_degree}|{diplomas})"
        )
        self._undergraduate = re.compile(f"(?:{any_of(words.undergraduate)})(?!的时候|毕业)")  # a degree not named
        self._university = re.compile(any_of(words.university))
        self._graduation = re.compile(f"毕业|{any_of(words.new_graduates)}")

    def spelled(self) -> Iterator[re.Pattern[str]]:
        """The patterns whose words are read in pinyin too."""
        yield from (self.related_major, self._other_major, self._social_work_major, self._double_degree, self._minor)
        yield from (self._social_work_named, self.abroad, self.route, self.schooling, self.schooled, self.studying)
        yield from self._unnamed.values()
        yield from (self._undergraduate, self._university, self._graduation)
        yield from (pattern for _, pattern in self.educations)

    def major(self, text: str) -> Major | None:
        """The major a text names: another subject (非社工 included) before social work; one no word lists
        (`unlisted_major`), another subject."""
        if self._other_major.search(text):
            return Major.OTHER
        if self._social_work_major.search(text):
            return Major.SOCIAL_WORK
        return Major.OTHER if self.unlisted_major(text) else None

    def without_unlisted_major(self, text: str) -> str:
        """A text without the name of a major no word lists (老年服务与管理专业: 专业): what is left is details."""
        for pattern in self._unlisted_major:
            text = pattern.sub(lambda m: m[0].replace(m["major"], " ") if self._unlisted(m["major"]) else m[0], text)
        return text

    def unlisted_major(self, text: str) -> str:
        """A major a text names that no word lists (老年服务与管理专业, 学的是社区管理), as said, not naming social work
        nor a major listed; else empty."""
        named = (m["major"] for pattern in self._unlisted_major for m in pattern.finditer(text))
        return next((major for major in named if self._unlisted(major)), "")

    def _unlisted(self, major: str) -> bool:
        """Whether a major named is one no word lists: it names neither social work nor a major listed."""
        return not self._social_work_named.search(major) and not self._other_major.search(major)

    def names_university(self, text: str) -> bool:
        """Whether a text names 大学, which names no degree: 大专 and 本科 are both studied at one."""
        return self._university.search(text) is not None

    def names_social_work(self, text: str) -> bool:
        """Whether a text names social work as a subject (社工, 社会工作; not 社工师, 社工证, 社工站)."""
        return self._social_work_named.search(text) is not None

    def degrees(self, text: str) -> list[Degree]:
        """The degrees a question names, highest first, each with the major said beside it: in its clause, or in a
        clause naming no degree after it (本科，学的会计); one degree takes the major said anywhere."""
        text = self._minor.sub(" ", text)
        for below, lower in self._below:
            text = below.sub(lower, text)
        said = {e for e, pattern in self.educations if pattern.search(text)}
        if not said and self._double_degree.search(text):  # 第二学位是社工: a bachelor's
            said = {Education.BACHELOR}
        if len(said) < 2:  # one degree or none
            if said and self._double_degree.search(text) and self._two_majors(text):  # 双学位: 社工 and 法学
                return [(education, major) for education in said for major in Major]
            return [(education, self.major(text)) for education in said]
        majors: dict[Education, Major | None] = {}
        last: Education | None = None
        for clause in CLAUSE_RE.split(text):
            pieces = self._by_degree(clause) or [(last, clause)]
            for education, piece in pieces:
                if education is not None:
                    majors[education] = majors.get(education) or self.major(piece)
                    last = education
        return sorted(majors.items(), key=lambda degree: degree[0], reverse=True)

    def unnamed(self, text: str, education: Education | None) -> str:
        """The schooling a text says that the rules do not name (技校, 职高) and that is read as `education`, else
        empty."""
        pattern = self._unnamed.get(education) if education is not None else None
        found = pattern.search(text) if pattern is not None else None
        return found[0] if found else ""

    def minor(self, text: str) -> str:
        """Social work said as a minor (辅修社会工作), as said, else empty: not the degree's major."""
        found = self._minor.search(text)
        return found[0] if found else ""

    def _two_majors(self, text: str) -> bool:
        """Whether a text names social work and another major (一个社工一个法学)."""
        return bool(self._other_major.search(text)) and bool(
            self._social_work_named.search(self._other_major.sub("", text))
        )

    def _by_degree(self, clause: str) -> list[tuple[Education | None, str]]:
        """A clause cut at each degree it names, each piece with its degree (the words before the first go with it)."""
        starts = sorted((m.start(), e) for e, pattern in self.educations for m in pattern.finditer(clause))
        cuts = [0, *(start for start, _ in starts[1:]), len(clause)]
        return [(education, clause[cuts[n] : cuts[n + 1]]) for n, (_, education) in enumerate(starts)]

    def unnamed_bachelor(self, text: str, *, worked: bool) -> bool:
        """Whether a question speaks of a bachelor's degree without naming one: a student's year (大二), or 大学 with
        a major and a graduation or years of work (大学刚毕业，学的社工; 大学学的社工，工作三年了; not 大学毕业生能考吗,
        a question about anyone), or a student of a major (在读社工, Cantonese 读紧社工)."""
        if self._undergraduate.search(text):
            return True
        if self.studying.search(text) and self.major(text) is not None:
            return True
        return (
            self._university.search(text) is not None
            and (worked or self._graduation.search(text) is not None)
            and self.major(text) is not None
        )
