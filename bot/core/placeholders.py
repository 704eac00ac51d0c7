"""The placeholders that stand for personal data in a redacted question, each naming what was there: the journal
writes them, and the knowledge check refuses a phrasing that holds one."""

from __future__ import annotations

import re
from collections.abc import Callable

PHONE = "[手机号]"
ID_CARD = "[身份证号]"
EMAIL = "[邮箱]"
BANK_CARD = "[银行卡号]"
ACCOUNT = "[账号]"
NUMBER = "[号码]"
NAME = "[姓名]"
ADDRESS = "[地址]"
SCHOOL = "[学校]"
CLASS = "[班级]"
AGE = "[年龄]"
SEX = "[性别]"
FAMILY = "[婚育情况]"
BIRTH = "[出生日期]"
PLATE = "[车牌号]"
PLACEHOLDERS = (
    PHONE,
    ID_CARD,
    EMAIL,
    BANK_CARD,
    ACCOUNT,
    NUMBER,
    NAME,
    ADDRESS,
    SCHOOL,
    CLASS,
    AGE,
    SEX,
    FAMILY,
    BIRTH,
    PLATE,
)
PLACEHOLDER_RE = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS))

# What an asker says of themselves; an address, a school and a class come with words the bot reads (the district, the
# grade), so they are not among them.
OF_ONESELF = (PHONE, ID_CARD, EMAIL, BANK_CARD, ACCOUNT, NUMBER, NAME, AGE, SEX, FAMILY, BIRTH, PLATE)
OF_ONESELF_PATTERN = "|".join(re.escape(p) for p in OF_ONESELF)


def kept(placeholder: str) -> Callable[[re.Match[str]], str]:
    """A replacement by `placeholder` that keeps the words introducing it (the match's first group that took part)."""
    return lambda found: next((words for words in found.groups() if words), "") + placeholder
