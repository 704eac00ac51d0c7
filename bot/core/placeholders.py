"""The placeholders that stand for personal data in a redacted question, each naming what was there: the journal
writes them, and the knowledge check refuses a phrasing that holds one."""

from __future__ import annotations

import re

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
PLACEHOLDERS = (PHONE, ID_CARD, EMAIL, BANK_CARD, ACCOUNT, NUMBER, NAME, ADDRESS, SCHOOL, CLASS, AGE, SEX, FAMILY)
PLACEHOLDER_RE = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS))
