"""English for what an eligibility question tells (a bachelor's in nursing, 3 years, can I sit), written as the Chinese
the reading's words read (社工专业本科, 3年, 能考): a translation table of patterns, then (`English`) the majors and
jobs `knowledge/eligibility.yaml` lists in English (a nursing degree, studied psychology, an NGO)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

# English words for what a profile is read from, as the Chinese the reading reads (a bachelor's in nursing).
_DEGREE_WORDS = (
    r"\b(?:degree|diploma|major|majored|majoring|graduated|studied|student|undergrad(?:uate)?|bachelor'?s?|master'?s?|phd|"
    r"doctorate)"
    r"(?: \w+)?"
)
_THE = r"(?:the\s+|an?\s+|my\s+)?"
# Before a major (studied law, majored in psychology, my major is social work, my major was nursing).
_STUDIED = r"studied|study|studying|majored in|majoring in|majored|major in|major\s+(?:is|was)|major:"
_HELD = "assistant|junior|intermediate"  # the levels whose certificate a rule requires
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten"
_PAPER = "(?:certificate|cert|qualification|exam|test)s?"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_CERTIFICATE = rf"{_THE}({_HELD})(?:[- ]level)?\s+{_PAPER}"
_HOLDING = "have|has|had|hold|holds|held|with|and"  # before a certificate obtained years ago
_GOT = "(?:got|gotten|obtained|passed|received|earned|awarded)"
_AGO = rf"(\d+|{_NUMBER_WORDS})\s+years?\s+ago\b"
_IN_YEAR = r"in\s+((?:19|20)\d\d)\b"
_SCHOOLED = r"(?: (?:diploma|degree|graduate|certificate|education))?\b"  # after a school: what it gave
_ENGLISH = tuple(
    (re.compile(pattern, re.IGNORECASE | re.ASCII), chinese)  # ASCII: MSW毕业 ends a word at 毕
    for pattern, chinese in (
        (r"\bstill\s+(?=studying\b|(?:at|in) (?:university|college|school)\b)", "在读 "),  # still studying law
        # a degree's letters, where they cannot be pinyin (a BA, BSc in psychology; not ba as 吧)
        (
            r"\b(?:(?<=\ba )|(?<=\ban )|(?<=\bmy ))b\.?(?:a|sc?)\.?(?=[\s,.;?!]|$)"
            r"|\bb\.?(?:a|sc?)\.?(?= (?:degree )?in )",
            "bachelor's",
        ),
        (
            r"\b(?:(?<=\ban )|(?<=\bmy ))m\.?(?:a|sc)\.?(?=[\s,.;?!]|$)|\bm\.?(?:a|sc)\.?(?= (?:degree )?in )",
            "master's",
        ),
        (  # not social work (without a social work degree, not a social work major)
            r"\b(?:without|no|not|never studied|don'?t have|do not have|didn'?t study|did not study)\s+"
            r"(?:a\s+|an\s+|any\s+|in\s+)?social work(?:\s+(?:degree|major|diploma|background))?\b",
            "非社工专业",
        ),
        (
            r"\b(?:msw|master'?s? (?:degree )?(?:in|of) social work|social work master'?s?(?: degree)?)\b",
            "社工专业硕士",
        ),
        (
            r"\b(?:bsw|bachelor'?s? (?:degree )?(?:in|of) social work|social work bachelor'?s?(?: degree)?)\b",
            "社工专业本科",
        ),
        (rf"({_DEGREE_WORDS}) in social work\b", r"\1 社工专业"),
        (r"\b(?:junior|vocational) college (?:diploma |degree )?in social work\b", "社工专业大专"),
        (r"\b(?:a|an|my) social work degree\b", "社工专业本科"),
        (r"\bsocial work (?:major|degree|graduate)", "社工专业"),
        (r"\bsocial work student\b", "社工专业在读"),
        (rf"\b(?:{_STUDIED})\s+social work\b", "社工专业"),
        (rf"({_DEGREE_WORDS}) in (?!social work)[a-z]+", r"\1 其他专业"),
        # A school below college, vocational (vocational high school: 职高; a technical school: 技校; a vocational
        # school: 中职), with its diploma; before high school and the diploma of a college (大专).
        (rf"\bvocational (?:high|senior high) school{_SCHOOLED}", "职高"),
        (rf"\b(?:technical|trade|technical and vocational) school{_SCHOOLED}", "技校"),
        (rf"\b(?:secondary |technical secondary )?vocational school{_SCHOOLED}", "中职"),
        (rf"\b(?:high|secondary) school{_SCHOOLED}", "高中"),  # no diploma: 大专
        (r"\b(?:college diploma|associate degree|junior college|vocational college|diploma)\b", "大专"),
        (r"\b(?:first|second|third|fourth|final)[- ]year\b|\b(?:freshman|sophomore|student)\b", "在读"),
        (r"\bgraduat(?:e|ing) next year\b", "明年毕业"),
        (  # no years (graduated this July: 今年7月毕业)
            r"\b(?:fresh|new|recent)(?:ly)?[- ]graduat(?:es?|ed)\b"
            rf"|\bgraduat(?:ing|ed|e) this (?:year|summer|{_MONTHS})\b",
            "应届",
        ),
        (r"\bjust graduated\b", "刚毕业"),
        (r"\b(?:haven'?t|have not|has not|hasn'?t|not yet|not) graduated(?: yet)?\b", "还没毕业"),
        (r"\b(?:bachelor'?s?|undergrad(?:uate)?|university degree)\b", "本科"),
        (r"\bmaster'?s?\b", "硕士"),
        (r"\b(?:phd|doctorate|doctoral)\b", "博士"),
        (  # a certificate not held (haven't passed the intermediate exam: 没考中级), or a level skipped (跳过初级)
            rf"\b(?:haven'?t|have not|hasn'?t|has not|never|didn'?t|did not|not yet)\s+(?:yet\s+)?(?:taken|passed|got|"
            rf"gotten|obtained|sat|take|pass|get|obtain|sit)\s+{_THE}({_HELD})(?:[- ]level)?(?:\s+{_PAPER})?",
            r"没考\1",
        ),
        (rf"\bskip(?:ping)?\s+{_THE}({_HELD})(?:[- ]level)?(?:\s+(?:{_PAPER}|levels?))?", r"跳过\1"),
        # a certificate obtained years ago or in a year (the intermediate certificate obtained 3 years ago, got the
        # assistant certificate in 2021: 3年前拿到中级证, 2021年拿到助理证)
        (
            rf"\b(?:{_HOLDING}\s+)?{_CERTIFICATE}\s+(?:(?:which|that)\s+\w+\s+)?(?:was\s+)?{_GOT}\s+{_AGO}",
            r"\2年前拿到\1证",
        ),
        (
            rf"\b(?:{_HOLDING}\s+)?{_CERTIFICATE}\s+(?:(?:which|that)\s+\w+\s+)?(?:was\s+)?{_GOT}\s+{_IN_YEAR}",
            r"\2年拿到\1证",
        ),
        (rf"\b{_GOT}\s+{_CERTIFICATE}\s+{_AGO}", r"\2年前拿到\1证"),
        (rf"\b{_GOT}\s+{_CERTIFICATE}\s+{_IN_YEAR}", r"\2年拿到\1证"),
        (  # a certificate said held after it (an intermediate certificate held for 6 years: 拿到中级证6年)
            rf"\b{_THE}({_HELD})(?:[- ]level)?\s+(?:certificate|cert|qualification)s?\s+(?:held|obtained|had)\s+"
            r"(?:for|since)\s*",
            r"拿到\1证",
        ),
        (  # a certificate held (held the intermediate certificate for 4 years: 拿到中级证4年; a bachelor's and the …)
            rf"\b(?:have|has|had|hold|holds|held|got|get|obtained|passed|with|and)\s+{_THE}({_HELD})(?:[- ]level)?\s+"
            r"(?:certificate|cert|qualification)s?\b(?:\s+(?:for|since))?\s*",
            r"拿到\1证",
        ),
        (rf"\bpassed\s+{_THE}({_HELD})(?:[- ]level)?\s+(?:exam|test)\b\s*", r"拿到\1证"),  # passed the assistant exam
        (  # the year a degree was had, and work since (got my BA in 2020 and have worked since: 2020年毕业，一直在做)
            r"\b(?:graduated|got|received|earned|finished|completed|obtained)\b([^.?!,]{0,60}?)"
            r"\s*\bin ((?:19|20)\d\d)\b",
            r"\1 \2年毕业",
        ),
        # years said with the time they run from (6 years since then, for six years now): the years said
        (rf"\b((?:\d+|{_NUMBER_WORDS}) years?)\s+(?:now|so far|already)\b", r"\1"),
        (
            rf"\b((?:\d+|{_NUMBER_WORDS}) years?\b[^.?!,]{{0,40}}?)\s*\b(?:ever since|since then|since graduat\w*)\b",
            r"\1",
        ),
        (
            r"\b(?:have |has )?(?:worked|been working)\b[^.?!,]{0,40}?\b(?:ever since|since then|since graduat\w*)",
            "一直在做社工",
        ),
        # work since a year (have been a social worker since 2020: 2020年起一直做社工), the year before the work
        (
            r"\b(?:have |has )?(?:worked|been working|been)\s+(?:as\s+)?(?:an?\s+)?social worker\s+since "
            r"((?:19|20)\d\d)\b",
            r"\1年起一直做社工",
        ),
        (
            r"\b(?:have |has )?(?:worked|been working)\b([^.?!,]{0,40}?)\s*\bsince ((?:19|20)\d\d)\b",
            r"\2年起一直工作\1",
        ),
        (r"\b(?:after that|afterwards|after it)\b", "之后"),  # after a certificate obtained: the years after it
        (r"\b(?:assistant|junior)\b", "助理"),
        (r"\bintermediate\b", "中级"),
        (r"\bsenior\b", "高级"),
        (  # years short of their number (almost 2 years: 快2年; less than 2 years: 不到2年)
            rf"\b(?:almost|nearly|close to|just under|not quite)\s+(?=(?:\d+|{_NUMBER_WORDS})\s+years?\b)",
            "快 ",
        ),
        (rf"\b(?:less than|fewer than|under|not yet|not even)\s+(?=(?:\d+|{_NUMBER_WORDS})\s+years?\b)", "不到 "),
        # years of social work (5 years of social work, 3 years in social work): its experience
        (
            rf"\b((?:\d+|{_NUMBER_WORDS}) years?)\s+(?:of|in)\s+social (?:work|services?)(?: experience)?\b",
            r"\1 社工经验",
        ),
        (r"\b(\d+) years?\b", r"\1年"),
        (r"\b(one|two|three|four|five|six|seven|eight|nine|ten) years?\b", r"\1年"),
        (r"\b(?:no|without|zero) (?:work(?:ing)? )?experience\b|\bnever worked\b|\bhaven'?t worked\b", "没工作过"),
        (r"\brequirements?\b", "要求"),
        (r"\bhow (?:many|much) (?:more )?years?\b|\bhow long\b", "几年"),
        (r"\bmy son\b", "我儿子"),
        (r"\bmy daughter\b", "我女儿"),
        (r"\bmy (?:child|kid)\b", "我孩子"),
        (  # sitting a level without the certificate of the one below (can I go straight to the senior exam)
            r"\b(?:can|could|may)\s+(?:i|he|she|we|they)\s+(?:go\s+(?:straight|directly)\s+(?:to|for)|directly\s+"
            r"(?:sit|take|apply for)|(?:sit|take)(?=[^.?!]{0,40}\b(?:directly|straight away)\b))",
            "能直接考",
        ),
        (
            r"\b(?:can|could|may) (?:i|he|she|they|someone|somebody|one|a person|my \w+) (?:sit|take|apply|register)"
            r"|\bam i (?:eligible|qualified)|\bis it possible to (?:sit|take)"
            # can someone with a high school diploma (a high school graduate) take …: the details between kept
            # (Can 应届 take …: a word read as Chinese already)
            r"|\b(?:can|could|may)(?= (?:someone|somebody|one|people|i|he|she|we|they|an? \S+|[^\x00-\x7f]+)"
            r"[^.?!]{0,80}?\b(?:sit|take|apply)\b)",
            "能考",
        ),
        (r"\b(?:eligible|qualified) (?:for|to)\b", "能考"),
        # is that enough for the intermediate exam, do I qualify for it: whether one may sit
        (
            r"\b(?:(?:is|are) (?:that|it|this|these|those) )?enough (?:for|to (?:sit|take))\b"
            r"|\b(?:do|would|will) i qualify\b",
            "能考",
        ),
    )
)
_ENGLISH_NUMBERS = dict(
    zip(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
        "一二三四五六七八九十",
        strict=True,
    )
)


def in_chinese(text: str) -> str:
    """The English a question has for education, major, years, level and sitting, written as the Chinese read."""
    if not text.isascii() and not re.search("[A-Za-z]{3}", text):
        return text
    for pattern, chinese in _ENGLISH:
        text = pattern.sub(chinese, text)
    return re.sub(
        r"\b(" + "|".join(_ENGLISH_NUMBERS) + ")年", lambda m: _ENGLISH_NUMBERS[m.group(1).lower()] + "年", text
    )


_ANY_CASE = re.IGNORECASE | re.ASCII
_OTHER_MAJOR = "其他专业"


class English:
    """English read as Chinese: the translation table, then the majors other than social work (`majors`; those of
    `related`, taken for kin of social work, as their Chinese: psychology as 心理学, the rest as 其他专业) and the jobs
    (`jobs`: the Chinese word each English one is read as) listed in the reading's words."""

    def __init__(
        self,
        majors: Iterable[str],
        jobs: Iterable[tuple[str, Iterable[str]]],
        related: Iterable[tuple[str, Iterable[str]]] = (),
    ) -> None:
        major = "|".join(re.escape(m) for m in sorted(majors, key=len, reverse=True)) or "(?!)"
        self._related = {english: chinese for chinese, words in related for english in words}
        self._majors = tuple(  # before the table, which reads a diploma as 大专 whatever its major
            (re.compile(pattern, _ANY_CASE), said)
            for pattern, said in (
                (rf"\b(?:a|an|my|the)\s+(?P<major>{major})\s+(?:bachelor'?s?\s+)?degree\b", "{major}本科"),
                (rf"\b(?:a|an|my|the)\s+(?P<major>{major})\s+diploma\b", "{major}大专"),
                (rf"\b(?P<major>{major})\s+(?:bachelor'?s?|undergraduate)(?:\s+degree)?\b", "{major}本科"),
                (rf"\b(?P<major>{major})\s+(?:major|graduate)\b", "{major}"),
                (rf"\b(?:{_STUDIED})\s+(?P<major>{major})\b", "{major}"),
                (rf"({_DEGREE_WORDS}) in (?P<major>{major})\b", "{degree} {major}"),  # a bachelor's in psychology
            )
        )
        # After the table (a degree in nursing: a degree 其他专业): a degree named by no level is a bachelor's.
        self._degree = re.compile(r"(?<!without )\b(?:a|an|my)\s+(?:college\s+|undergraduate\s+)?degree\b", _ANY_CASE)
        said = [(chinese, english) for chinese, words in jobs for english in words]
        self._jobs = tuple(
            (re.compile(rf"\b{re.escape(english)}(?![a-z])", _ANY_CASE), chinese)
            for chinese, english in sorted(said, key=lambda job: len(job[1]), reverse=True)
        )

    def __call__(self, text: str) -> str:
        """The English a question has for education, major, years, jobs, level and sitting, written as the Chinese
        read."""
        if not text.isascii() and not re.search("[A-Za-z]{3}", text):
            return text
        for pattern, said in self._majors:
            text = pattern.sub(functools.partial(self._major_said, said=said), text)
        text = self._degree.sub("本科", in_chinese(text))
        for pattern, chinese in self._jobs:
            text = pattern.sub(chinese, text)
        return text

    def _major_said(self, match: re.Match[str], said: str) -> str:
        """A major matched as the Chinese read: its own when taken for kin of social work (心理学), else 其他专业."""
        major = self._related.get(match["major"].lower(), _OTHER_MAJOR)
        degree = match.group(1) if "{degree}" in said else ""
        return said.format(major=major, degree=degree)
