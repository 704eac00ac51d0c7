"""A question's clauses and parts, and what each says of itself: whether it asks, sets the scene or points back."""

from __future__ import annotations

import re

from bot.core.text import HANZI, clean

MAX_UNITS = 200  # a longer question is read up to here: enough for any real question, bounded for abuse
MAX_CLAUSES = 6
MAX_PARTS = 3  # a multi-part question gets at most this many answers in one reply
MIN_PART_UNITS = 3  # a shorter clause (好的, 谢谢) asks nothing of its own
# Clauses end at a mark, or at a space between two Chinese pieces long enough to ask (普通人如何考取社工证 需要多少钱).
_CLAUSE_RE = re.compile(r"[,;!?，。；！？、\n]+|\.+(?![0-9])")  # not 22.8万
# A space between Chinese words parts clauses (宁波奖励多少 台州呢) unless it parts single words (浙江 社工 多少).
_SPACE_RE = re.compile(rf"(?<=[{HANZI}])\s+(?=[{HANZI}])")
_SPACED_CLAUSE = 3  # characters: pieces this long or longer are clauses
# What makes a clause a question rather than a statement around one (read on cleaned, Simplified text).
ASKING_RE = re.compile(
    r"为什么|为啥|为何|有何|何时|何处|何种|何为|可否|怎么|怎样|如何|什么|啥|咋|多少|多久|几|哪|吗|么|是否|能否|有没有|([\u4e00-\u9fff])不\1|不$|\?"
    r"|(?<![a-z])(?:why|how|what|which|when|where)(?![a-z])"
)

# The end of a question run on into the next one without a mark (要学历吗怎么认定), or a question's last words
# before another that asks (中级考几科报考条件是什么, 北京社工多少人浙江持证多少人), not its rest (怎么考才能过吗).
_ASKING_WORDS = "怎么|怎麼|如何|哪|多少|什么|什麼|为什么|為什麼|几|幾"
_ASKED_NEXT = rf"(?:{_ASKING_WORDS}|吗|嗎|呢|要不要|能不能|是不是|有没有|有沒有)"
_RUN_ON_RE = re.compile(
    rf"([吗嗎么麼])(?=[^\W\d_]{{0,2}}?(?:{_ASKING_WORDS}))"
    rf"|(几[科门次]|幾[科門次]|多少[人钱錢]|怎么考|怎麼考)(?![才就能可会會要得的了呢啊吧呀么麼还還也都])(?=[^\W\d_]{{2,12}}?{_ASKED_NEXT})"
)

# A word joining a question to the one before it in a clause (初级报考条件还有中级考几科), with both sides long enough
_JOINED_PART = 5  # characters: a side before a joining word this long is a question of its own, not its subject
_JOINING_RE = re.compile(r"(?<=[^\W\d_]{3})(?:还有|還有|然后|然後|另外)(?=[^\W\d_]{3})")

# A clause in which the asker tells of themselves (我在居委会上班, 本人大专).
ABOUT_ONESELF_RE = re.compile(r"我|本人|(?<![a-z])(?:i am|i m|im)(?![a-z])")
# A clause in which the asker says who they are or where they work (我是老师, 本人在社区上班; not 我想养猫).
INTRODUCING_RE = re.compile(r"^(?:(?:我|本人)(?:是|在)|本人|(?:i am|i m|im)(?![a-z]))")
# A clause that tells of the asker or sets a condition (考过之后, after I pass the exam) rather than asks.
SETTING_RE = re.compile(
    rf"^(?:{ABOUT_ONESELF_RE.pattern}|如果|假如|要是|万一|因为|既然|(?:if|after|once|because)(?![a-z]))"
    # or what the asker passed, or is from
    r"|^(?:刚|去年|今年|已经)?(?:考了|考过|考完|考下|考出|考到|拿了|拿到|通过了)|^(?:户口|户籍)"
    r"|^(?:今年|明年)(?:想|要|打算|准备)?考|(?:过了|没过|没考过|没通过)$"  # plans to sit, or a subject passed or not
    r"|(?:之后|以后|专业|[0-9一二三四五六七八九十两]年了?)$"  # or tells a major or years (社工专业, 做了3年)
    r"|[0-9] ?[万千百]?[人元块个名家]"  # or tells a figure (浙江报考20万人，最后考过了多少人)
)
# A clause that points back at what came before (这是啥规定, 那要多久, 现在怎么办), which it cannot be read without.
POINTING_RE = re.compile(r"这|那|它|此|现在|怎么办|咋办|(?<![a-z])(?:this|that|it|what now|now what)(?![a-z])")

# Words that join two questions in one clause (初级报名条件和考试科目); a Latin word only whole (not in `understand`).
AND_RE = re.compile(r"以及|还有|還有|并且|並且|然后|然後|和|(?<![a-z])and(?![a-z])")
# Words by which a clause asks how the things it joins stand to each other: one question (社工证和职称挂钩吗)
_RELATING_RE = re.compile(r"挂钩|掛鉤|有关系|有關係|有关吗|有關嗎|什么关系|什麼關係|啥关系")


def asks(clause: str) -> bool:
    """Whether a clause asks something rather than sets the scene (read cleaned, like `ASKING_RE` says)."""
    return ASKING_RE.search(clean(clause)) is not None


def clauses_of(question: str) -> list[str]:
    """A question's clauses, stripped, the empty ones dropped; a question that runs on into the next without a mark
    (要学历吗怎么认定) is two. Of more than MAX_CLAUSES, the first that only set the scene (我28岁) go first, so that
    a question at the end is still read."""
    marked = _joined(_RUN_ON_RE.sub(lambda m: f"{m[0]}？", question[: MAX_UNITS * 4]))
    clauses = [c.strip() for marked_off in _CLAUSE_RE.split(marked) for c in _spaced(marked_off) if c.strip()]
    scene = [c for c in clauses if not asks(c)]
    while len(clauses) > MAX_CLAUSES and scene:
        clauses.remove(scene.pop(0))
    return clauses[:MAX_CLAUSES]


def _joined(text: str) -> str:
    """A text marked off before each word joining another question to one (中级考几科还有初级报考条件), when both
    sides are long enough to ask and one of them asks: the side before asks, or is more than a subject (社工证然后…
    is one question about 社工证)."""
    cuts = []
    for joining in _JOINING_RE.finditer(text):
        before = _CLAUSE_RE.split(text[: joining.start()])[-1]
        after = text[joining.start() : _next_mark(text, joining.end())]
        if asks(before) or (len(before) >= _JOINED_PART and asks(after)):
            cuts.append(joining.start())
    for cut in reversed(cuts):
        text = f"{text[:cut]}，{text[cut:]}"
    return text


def _next_mark(text: str, start: int) -> int:
    """Where the clause going on at `start` ends."""
    found = _CLAUSE_RE.search(text, start)
    return found.start() if found else len(text)


def _spaced(text: str) -> list[str]:
    """A text's clauses parted by spaces: its pieces when each is long enough to be one, else the text whole."""
    pieces = _SPACE_RE.split(text)
    return pieces if all(len(p.strip()) >= _SPACED_CLAUSE for p in pieces) else [text]


def parts_of(question: str) -> list[tuple[str, str]]:
    """A question's clauses, each cut where a word joins two things it asks (有效期和继续教育学时), unless a piece is
    too short to ask anything (社工和志愿者的区别 compares two things) or the clause asks how they stand to each other
    (社工证和职称挂钩吗): each part with the clause it is from."""
    parts: list[tuple[str, str]] = []
    for clause in clauses_of(question):
        pieces = [p.strip() for p in AND_RE.split(clause)]
        whole = _RELATING_RE.search(clause) or not all(len(p) >= MIN_PART_UNITS for p in pieces)
        parts.extend((p, clause) for p in ([clause] if whole else pieces))
    return parts
