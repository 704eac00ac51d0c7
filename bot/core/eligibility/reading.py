"""Reading a question (Simplified or Traditional, English or pinyin) into a `Profile`, and telling whether it asks
who may sit the exam."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.eligibility.rules import Degree, Education, Level, Major, Profile
from bot.core.sounds import longest_runs, spellings, split_pinyin
from bot.core.text import HANZI, plain_letters, to_simplified

_HELD_NAMES = "初级|助理|中级|社工师|社会工作师"
_NUMERAL = "[一二两三四五六七八九十]{1,3}"
# A certificate held (拿了中级, 没有初级证), or held for some years (中级证书4年: the years are left to be read).
_HELD_RE = re.compile(
    rf"(?P<not>没有|没|未)?(?:有|拿|拿到|拿了|取得|考过|考完|考下|持有)了?(?P<held>{_HELD_NAMES})"
    rf"|(?P<held_for>{_HELD_NAMES})证书?(?=(?:已经|已|有|拿了)*(?:\d+|{_NUMERAL})\s*(?:年|个月))"
)
_NO_CERTIFICATE_RE = re.compile(r"(?<!有)(?:没有|没|未|无)(?:社工)?证(?!明)")  # 没有证: none held
_LEVEL_PATTERNS = (
    (Level.ASSISTANT, re.compile(r"初级|初阶|助理")),
    (Level.SENIOR, re.compile(r"高级|高阶")),
    (Level.INTERMEDIATE, re.compile(r"中级|中阶|社工师|社会工作师")),
)
_TITLED_RE = re.compile(r"(初级|初阶|助理|中级|中阶|高级|高阶)(?:社工师|社会工作师)")  # 助理社工师 names one level
_EDUCATION_PATTERNS = (
    (Education.LOWER_SECONDARY, re.compile(r"初中(?![高级])|小学")),  # not 初中高级 (the three levels)
    (Education.SECONDARY, re.compile(r"高中|中专|职高|技校")),
    (Education.JUNIOR_COLLEGE, re.compile(r"大专|专科")),
    (Education.BACHELOR, re.compile(r"本科|学士|专升本|大四")),
    (Education.MASTER, re.compile(r"硕士|研究生|读研|研[一二三]")),
    (Education.DOCTORATE, re.compile(r"博士|读博|博[一二三]")),
)
_OTHER_MAJOR_RE = re.compile(
    r"(?:非|不是|不是学)(?:社工|社会工作)|其[他它]专业|别的专业|跨专业|会计|(?<![做干年])护理|汉语言|中文|计算机|法学|心理学|教育学|"
    r"师范|英语|医学|金融|经济学|工商管理|行政管理|公共管理|市场营销|机械|土木|社会学|学前教育|法律|新闻|历史|数学|"
    r"物理|化学|生物|艺术|美术|设计|音乐|体育|农学|电子|通信|软件|建筑|药学|临床|日语|哲学|思想政治|旅游|物流|电商|"
    r"人力资源|财务|审计|统计|国际贸易|"
    r"[学读修]的(?!是?(?:社工|社会工作|专业|时候))是?[\u4e00-\u9fff]{2}"  # 学的法律: a major named, not social work
)
_SOCIAL_WORK_MAJOR_RE = re.compile(
    r"(?:社工|社会工作)(?:专业|系|本科|硕士|研究生|博士|大专|专科|学位|毕业)|[学读修](?:的)?(?:是)?(?:社工|社会工作)|"
    r"(?:本科|大专|专科|硕士|研究生|博士)是?(?:社工|社会工作)(?!师|证|站|者)"  # 本科是社会工作
)
# A question about sitting the exam (能考吗, 可以报考吗, 报考条件, 满几年): only then do personal details get a verdict.
_SITTING_RE = re.compile(
    r"(能|可以|可|可不可以|能不能|能否|可否|够|符合|允许|还能|才能|就能)[^，。？?！!,]{0,10}[考报]|报考条件|报名条件|考试资格|"
    r"报考资格|报名资格|有资格|够格|够条件|要求|一定要|满几年|工作几年|几年|多久|"
    r"(?:初级|中级|高级|助理|社工师|社会工作师|社工证)(?:ok|OK|行|可以)(?:吗|不)|"  # 初级ok吗; wanting to last:
    r"(?:想|打算|准备)(?:报考|考|报)(?:初级|中级|高级|助理|社工师|社会工作师|社工证)?[吗呢啊。？?！!]*$|"  # 想考高级
    # sitting named, then whether one may, no other question between (想考中级，请问可以吗; 行不行), or 报得了不
    r"[考报][^。？?！!多几什怎哪吗呢]{0,15}?(?:(?:可以|行|能行|成|ok|OK)(?:吗|么|嘛|不|否|伐|没)|行不行|可不可以|够不够)|[考报]得了"
)
_DEGREE_NAMES = "本科|大专|专科|研究生|硕士|博士|大学"  # 大学: a degree not named
# Graduating now: just graduated (刚毕业), this year's graduate (应届, 今年本科毕业), the degree named or not.
_FRESH = rf"(?:刚|今年)(?:{_DEGREE_NAMES})?毕业|应届"
_YEARS_RE = re.compile(rf"(\d+(?:\.\d+)?|{_NUMERAL})\s*(年|个月)(半|多)?|(半年)|({_FRESH})")
# No years of work at all (没工作过, 没有社工经验), read only when no number of years is stated; not a question about
# the rule (有没有工作年限要求, 无工作经验要求吗).
_NO_WORK_RE = re.compile(
    r"(?<!有)(?:没|没有|未|无|从未|从没|还没|还没有|尚未|零)(?:参加|上过|正式)?(?:工作|上班|就业|做过社工|从事过?社会工作|"
    r"(?:社工|社会工作|相关|工作)(?:经验|经历))(?!年限|经验|经历|要求|的要求|限制)"
)
# A job whose years may or may not count as social work (做护理, not 护理专业).
_OTHER_WORK_RE = re.compile(r"社区|居委|村委|网格|街道|护工|(?<![学读]的)(?<![学读])护理(?!专业|学)")
# Still studying for the degree said: it is not held yet (大二, 在读, 明年毕业).
_STUDYING_RE = re.compile(
    r"在校|在读|读研(?!究生)|读博(?!士)|大[一二三四](?!的时候|毕业)|研[一二三]|博[一二三]|(?:没|未)毕业|"
    # graduating later, the degree named or not (明年本科毕业, 还有半年就毕业), or upgrading now (今年专升本)
    rf"(?:明年|即将|快要?|准备|马上|还有[半一两三四五六\d]+个?(?:年|月|学期))(?:就|才|要)?(?:{_DEGREE_NAMES})?毕业|"
    r"(?:今年|在|目前|现在|准备|打算|明年)专升本|"
    # the degree not obtained (本科学历还没拿到, 没拿到毕业证), not a degree (学位) or a certificate (没拿到中级)
    rf"(?:{_DEGREE_NAMES}|学历|毕业证|文凭)(?:学历)?(?:还|也|都|尚)?(?:没有?|未)(?:拿到|拿|取得|领到|下来)"
    r"(?!到?(?:学位|证书|[初中高]级|社工))|"
    rf"(?:没有?|未)(?:拿到|取得|领到)(?:{_DEGREE_NAMES}|学历|毕业证|文凭)"
)
_UNDERGRADUATE_RE = re.compile(r"大[一二三](?!的时候|毕业)")  # a student of a degree not named: an undergraduate
# University (大学) names no degree; said with a graduation (大学刚毕业, 应届) and a major, it is a bachelor's.
_UNIVERSITY_RE = re.compile(r"大学")
_GRADUATION_RE = re.compile(r"毕业|应届")
# The details are another person's (我儿子…他能考吗): the pronoun said, else the relation's.
_RELATIONS = {
    **dict.fromkeys(("儿子", "老公", "丈夫", "弟弟", "哥哥"), "他"),
    **dict.fromkeys(("女儿", "老婆", "妻子", "妹妹", "姐姐"), "她"),
    **dict.fromkeys(("孩子", "小孩"), "孩子"),
    **dict.fromkeys(("朋友", "同学", "同事", "亲戚", "爱人"), "对方"),
}
_PRONOUN_RE = re.compile(r"(?<!其)[他她](?![们人])")  # not 其他, 他们, 他人
_RELATION_RE = re.compile(rf"我(?:的|家)?({'|'.join(_RELATIONS)})")
# How many years are needed is asked (还要工作几年, 多久): not years stated (好几年, 十几年了).
_YEARS_ASKED_RE = re.compile(r"(?<![好十了])几年(?!了)|多少年|多久|多长时间")
_CLAUSE_RE = re.compile(r"[,，。;；!！?？、\s]+")  # a degree's major is said in its clause (本科是英语，研究生读的社工)
_GRADUATED_RE = re.compile(r"毕业了?$")  # before the years: 毕业两年 counts the time since, not years of work
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CALENDAR_YEAR = 100  # "2018年" is a date, not years of work


# English words for what a profile is read from, as the Chinese the patterns above read (a bachelor's in nursing).
_DEGREE_WORDS = (
    r"\b(?:degree|diploma|major|majored|majoring|graduated|studied|student|undergrad(?:uate)?|bachelor'?s?|master'?s?)"
    r"(?: \w+)?"
)
_ENGLISH = tuple(
    (re.compile(pattern, re.IGNORECASE | re.ASCII), chinese)  # ASCII: MSW毕业 ends a word at 毕
    for pattern, chinese in (
        (
            r"\b(?:msw|master'?s? (?:degree )?(?:in|of) social work|social work master'?s?(?: degree)?)\b",
            "社工专业硕士",
        ),
        (
            r"\b(?:bsw|bachelor'?s? (?:degree )?(?:in|of) social work|social work bachelor'?s?(?: degree)?)\b",
            "社工专业本科",
        ),
        (rf"({_DEGREE_WORDS}) in social work\b", r"\1 社工专业"),
        (r"\bsocial work (?:major|degree|graduate)", "社工专业"),
        (rf"({_DEGREE_WORDS}) in (?!social work)[a-z]+", r"\1 其他专业"),
        (r"\b(?:high|secondary) school(?: (?:diploma|degree|graduate|certificate))?\b", "高中"),  # no diploma: 大专
        (r"\b(?:college diploma|associate degree|junior college|vocational college|diploma)\b", "大专"),
        (r"\b(?:first|second|third|fourth|final)[- ]year\b|\b(?:freshman|sophomore|student)\b", "在读"),
        (r"\bgraduat(?:e|ing) next year\b", "明年毕业"),
        (r"\b(?:bachelor'?s?|undergrad(?:uate)?|university degree)\b", "本科"),
        (r"\bmaster'?s?\b", "硕士"),
        (r"\b(?:phd|doctorate|doctoral)\b", "博士"),
        (r"\b(?:assistant|junior)\b", "助理"),
        (r"\bintermediate\b", "中级"),
        (r"\bsenior\b", "高级"),
        (r"\b(\d+) years?\b", r"\1年"),
        (r"\b(one|two|three|four|five|six|seven|eight|nine|ten) years?\b", r"\1年"),
        (r"\b(?:no|without|zero) (?:work(?:ing)? )?experience\b|\bnever worked\b|\bhaven'?t worked\b", "没工作过"),
        (r"\brequirements?\b", "要求"),
        (r"\bmy son\b", "我儿子"),
        (r"\bmy daughter\b", "我女儿"),
        (r"\bmy (?:child|kid)\b", "我孩子"),
        (
            r"\bcan (?:i|he|she) (?:sit|take|apply)|\bam i (?:eligible|qualified)|\bis it possible to (?:sit|take)",
            "能考",
        ),
        (r"\b(?:eligible|qualified) (?:for|to)\b", "能考"),
    )
)
_ENGLISH_NUMBERS = dict(
    zip(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
        "一二三四五六七八九十",
        strict=True,
    )
)


def _in_chinese(text: str) -> str:
    """The English a question has for education, major, years, level and sitting, written as the Chinese read."""
    if not text.isascii() and not re.search("[A-Za-z]{3}", text):
        return text
    for pattern, chinese in _ENGLISH:
        text = pattern.sub(chinese, text)
    return re.sub(
        r"\b(" + "|".join(_ENGLISH_NUMBERS) + ")年", lambda m: _ENGLISH_NUMBERS[m.group(1).lower()] + "年", text
    )


# The patterns' words as toneless pinyin spells them (dazhuan: 大专; neng: 能), a spelling of two of them left out.
_PATTERN_SOURCES = tuple(
    pattern.pattern
    for pattern in (
        _HELD_RE,
        _NO_CERTIFICATE_RE,
        _STUDYING_RE,
        _UNDERGRADUATE_RE,
        _UNIVERSITY_RE,
        _GRADUATION_RE,
        _RELATION_RE,
        _YEARS_ASKED_RE,
        _TITLED_RE,
        _OTHER_MAJOR_RE,
        _SOCIAL_WORK_MAJOR_RE,
        _SITTING_RE,
        _YEARS_RE,
        _GRADUATED_RE,
        _NO_WORK_RE,
        _OTHER_WORK_RE,
        *(p for _, p in (*_LEVEL_PATTERNS, *_EDUCATION_PATTERNS)),
    )
)
MAX_WORD_SYLLABLES = 5  # the longest word the patterns read (社会工作师)


@lru_cache(maxsize=1)
def _spelled_words() -> dict[tuple[str, ...], str]:
    """Every run of characters in the patterns (本科, 会计, 能) and each of their characters (三, 年), by how
    toneless pinyin spells it; a spelling of two different words (ke: 可, 科) is left out."""
    runs = {run for source in _PATTERN_SOURCES for run in re.findall(f"[{HANZI}]+", source)}
    words = {*runs, *(char for run in runs for char in run), *_DIGITS}
    meanings: dict[tuple[str, ...], set[str]] = {}
    for word in words:
        if len(word) <= MAX_WORD_SYLLABLES:
            for spelled in spellings(word):
                meanings.setdefault(spelled, set()).add(word)
    return {spelled: found.pop() for spelled, found in meanings.items() if len(found) == 1}


def _in_hanzi(text: str) -> str:
    """A question's pinyin words (dazhuan neng kao zhongji ma) written as the words of the patterns they spell, longest
    first; only when one of them is a word of two syllables or more, so an English word that spells a syllable (she)
    is not read on its own."""
    if not re.search("[a-z]{2}", lowered := text.lower()):
        return text
    spelled = _spelled_words()
    syllables: list[str] = []
    for word in re.findall("[a-z]+|[^a-z]+", lowered):
        split = split_pinyin(word) if word.isalpha() and word.isascii() else None
        syllables.extend(split if split else [word])
    read = longest_runs(syllables, MAX_WORD_SYLLABLES, lambda run: spelled.get(tuple(run)))
    if all(length == 1 for _, length in read):
        return text
    return re.sub(f"(?<=[{HANZI}]) +(?=[{HANZI}])", "", "".join(word for word, _ in read))


@lru_cache(maxsize=64)
def _as_read(text: str) -> str:
    """A question as the patterns read it: Simplified, its English and pinyin for degrees, years and levels in
    Chinese."""
    return _in_hanzi(_in_chinese(to_simplified(plain_letters(text))))


def read_profile(text: str) -> Profile:
    """What a question (Simplified or Traditional, or English) says of the level, education, major, years and
    certificates; each degree said is read with its own major."""
    text = _as_read(text)
    asked = _HELD_RE.sub("", text)
    years, floored, since = _years(_STUDYING_RE.sub("", asked))  # 还有半年毕业: no years of work
    named = _levels_named(asked)
    degrees = _degrees(text)
    if not degrees and _unnamed_bachelor(text):
        degrees = [(Education.BACHELOR, _major(text))]
    education, major = degrees[0] if degrees else (None, _major(text))
    return Profile(
        level=named[0] if named else None,
        education=education,
        major=major,
        years=years,
        holds=_held(text),
        years_floored=floored,
        since_graduating=since,
        more_levels=tuple(named[1:]),
        other_work=years is not None and _OTHER_WORK_RE.search(asked) is not None,
        other_degrees=tuple(degrees[1:]),
        studying=education is not None and _STUDYING_RE.search(text) is not None,
        person=_person(text),
        years_asked=years is None and _YEARS_ASKED_RE.search(text) is not None,
    )


def _unnamed_bachelor(text: str) -> bool:
    """Whether a question speaks of a bachelor's degree without naming one: a student's year (大二), or 大学 with a
    graduation and a major (大学刚毕业，学的社工; not 大学毕业生能考吗, a question about anyone)."""
    if _UNDERGRADUATE_RE.search(text):
        return True
    return (
        _UNIVERSITY_RE.search(text) is not None and _GRADUATION_RE.search(text) is not None and _major(text) is not None
    )


def _person(text: str) -> str:
    """Whom the details are of when the asker speaks of no "我" but as a relation's (我儿子…他能考吗: 他), else empty
    (我老公支持我考, 同事说他考过了，我本科: the asker's own)."""
    relation = _RELATION_RE.search(text)
    if text.count("我") > (relation is not None):
        return ""
    pronoun = _PRONOUN_RE.search(text)
    return pronoun[0] if pronoun else _RELATIONS[relation[1]] if relation else ""


def _held(text: str) -> frozenset[Level] | None:
    """The certificates a question says are held (拿了中级, 中级证书4年; 没有证: none), or None when it says nothing."""
    found = list(_HELD_RE.finditer(text))
    if found:
        return frozenset(_level_named(m["held"] or m["held_for"]) for m in found if not m["not"])
    return frozenset() if _NO_CERTIFICATE_RE.search(text) else None


def _major(text: str) -> Major | None:
    """The major a text names: another subject (非社工 included) before social work."""
    if _OTHER_MAJOR_RE.search(text):
        return Major.OTHER
    return Major.SOCIAL_WORK if _SOCIAL_WORK_MAJOR_RE.search(text) else None


def _degrees(text: str) -> list[Degree]:
    """The degrees a question names, highest first, each with the major said beside it: in its clause, or in a
    clause naming no degree after it (本科，学的会计); one degree takes the major said anywhere."""
    said = {e for e, pattern in _EDUCATION_PATTERNS if pattern.search(text)}
    if len(said) < 2:  # one degree or none
        return [(education, _major(text)) for education in said]
    majors: dict[Education, Major | None] = {}
    last: Education | None = None
    for clause in _CLAUSE_RE.split(text):
        pieces = _by_degree(clause) or [(last, clause)]
        for education, piece in pieces:
            if education is not None:
                majors[education] = majors.get(education) or _major(piece)
                last = education
    return sorted(majors.items(), key=lambda degree: degree[0], reverse=True)


def _by_degree(clause: str) -> list[tuple[Education | None, str]]:
    """A clause cut at each degree it names, each piece with its degree (the words before the first go with it)."""
    starts = sorted((m.start(), e) for e, pattern in _EDUCATION_PATTERNS for m in pattern.finditer(clause))
    cuts = [0, *(start for start, _ in starts[1:]), len(clause)]
    return [(education, clause[cuts[n] : cuts[n + 1]]) for n, (_, education) in enumerate(starts)]


def asks_about_sitting(text: str) -> bool:
    """Whether a question (Simplified or Traditional) asks who may sit the exam, not just mentions a degree."""
    return _SITTING_RE.search(_as_read(text)) is not None


def _levels_named(text: str) -> list[Level]:
    """The levels a text names, in order (助理社工师 is one)."""
    text = _TITLED_RE.sub(r"\1", text)
    found = sorted((match.start(), level) for level, pattern in _LEVEL_PATTERNS for match in pattern.finditer(text))
    return list(dict.fromkeys(level for _, level in found))


def _level_named(name: str) -> Level:
    return next(level for level, pattern in _LEVEL_PATTERNS if pattern.search(name))


def _years(text: str) -> tuple[int | None, bool, bool]:
    """Whole years of work a question states, whether they were rounded down, and whether they are only the years
    since graduating."""
    for match in _YEARS_RE.finditer(text):
        number, unit, rest, half, fresh = match.groups()
        since = _GRADUATED_RE.search(text, 0, match.start()) is not None
        if half or fresh:
            return 0, bool(half), since
        amount = _number(number)
        if amount is None or (unit == "年" and amount >= _CALENDAR_YEAR):
            continue
        if unit == "个月":
            return int(amount // 12), amount % 12 != 0, since
        return int(amount), bool(rest) or amount != int(amount), since
    return (0, False, False) if _NO_WORK_RE.search(text) else (None, False, False)


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
