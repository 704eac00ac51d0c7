"""Personal data people type into a question, replaced by a placeholder before anything is stored or logged.

Pure functions, no Telegram. Recognised:
- mainland mobile numbers (1[3-9] and nine more digits, with an optional +86, 86 or 0086 and spaces or dashes
  anywhere), 18-character resident ID-card numbers (region, birth date, sequence, a check character that may be X),
  e-mail addresses, and bank-card numbers (16 to 19 digits, maybe grouped by spaces or dashes);
- chat accounts: the id after 微信, vx, wx, weixin, wechat, QQ, 扣扣, tg, telegram or 电报 (five or more letters,
  digits, `_` or `-`), and any @handle;
- any other run of five or more digits (a QQ number, a house or case number), except a figure (a unit such as 元, 人
  or 学时 follows it, or a pay word such as 薪, 工资 or 补贴 comes before it) and the five-digit public hotlines
  (12345, 12333: 1 and four digits);
- a name the asker gives: after 我叫, 我的名字是, 姓名 or `my name is`, always; after 我是 or 本人 only when it begins
  with a common surname, ends where the sentence does (or at 想, 今年, 住, 在 …) and is not a word that makes the
  question (我是社工专业, 我是本科, 我是宁波的, 我是高中学历 stay);
- a street address: a road, street or lane with its number (人民路88号, 中山北路123弄5号601室), a 小区 (or 花园, 公寓,
  新村, 家园) with what follows it (3栋2单元301室), and building, unit and flat numbers; the city and district before
  them (丽水莲都区), which the bot reads, stay.
Ordinary numbers in questions (2023年, 1500元, 72学时, 第3级, 7.96万) are left alone.

The journal receives a question as asked, but a follow-up as the engine read it (normalised: punctuation becomes
spaces, letters lower case), and rows written before session 4 hold normalised text; there an e-mail address reads
`zhang san example com`, so `redact_normalised` also recognises that shape (two to four word tokens ending in com,
cn, net, org, edu or gov), at the cost of sometimes taking a word too many before the address.
"""

from __future__ import annotations

import re

from bot.core.text import HANZI, to_simplified

PHONE = "[手机号]"
ID_CARD = "[身份证号]"
EMAIL = "[邮箱]"
BANK_CARD = "[银行卡号]"
ACCOUNT = "[账号]"
NUMBER = "[号码]"
NAME = "[姓名]"
ADDRESS = "[地址]"
PLACEHOLDER_RE = re.compile(
    "|".join(re.escape(p) for p in (PHONE, ID_CARD, EMAIL, BANK_CARD, ACCOUNT, NUMBER, NAME, ADDRESS))
)

_SEP = r"[ \t\-]?"  # one space or dash between digit groups
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# The same address after normalisation: `zhang san example com`, `12345 qq com`, `li 163 com cn`.
_SUFFIXES = "com|cn|net|org|edu|gov"
_NORMALISED_EMAIL_RE = re.compile(
    rf"(?<![A-Za-z0-9])[A-Za-z0-9_]+(?: [A-Za-z0-9_]+){{1,3}} (?:{_SUFFIXES})(?: (?:cn|hk|tw|uk))?(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_ID_CARD_RE = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])"
)
_BANK_CARD_RE = re.compile(rf"(?<![0-9])\d(?:{_SEP}\d){{15,18}}(?![0-9])")
_PHONE_RE = re.compile(rf"(?<![0-9+])(?:(?:\+|00)?86{_SEP})?1{_SEP}[3-9](?:{_SEP}\d){{9}}(?![0-9])")

_APP = r"微信|威信|薇信|vx|wx|weixin|wechat|qq|扣扣|tg|telegram|电报"
_ACCOUNT_RE = re.compile(
    rf"(?<![A-Za-z])((?:{_APP})(?:号码|号|账号|群|\s?id)?\s*(?:是|为|[:：=]|is(?![A-Za-z]))?\s*)@?[A-Za-z0-9][A-Za-z0-9_\-]{{4,}}",
    re.IGNORECASE,
)
_HANDLE_RE = re.compile(r"(?<![A-Za-z0-9._%+\-])@[A-Za-z][A-Za-z0-9_]{4,31}(?![A-Za-z0-9_])")

_UNITS = "元|块|万|千|百|人|名|个|次|分|学时|小时|天|岁|字|平"
_NUMBER_RE = re.compile(rf"(?<![0-9.薪资入金贴费￥¥$])(?!1\d{{4}}(?![0-9]))\d{{5,}}(?!\.?[0-9])(?!\s?(?:{_UNITS}))")

_NAME_CHAR = f"[{HANZI}]"
_PLACE_CHAR = f"(?:(?![区县市省镇乡村在住于到是]){_NAME_CHAR})"  # a road's or estate's name stops at its district
_NUMBERED = r"\s?\d+(?:-\d+)?\s?(?:号楼|号|弄|栋|幢|座|楼|单元|室|层)"
_ADDRESS_RE = re.compile(
    rf"(?:{_PLACE_CHAR}{{1,8}}(?:路|街|道|巷|弄|胡同)\s?\d+(?:-\d+)?\s?[号弄]?"
    rf"|{_PLACE_CHAR}{{2,8}}(?:小区|花园|公寓|新村|家园)"
    rf"|\d+(?:号楼|栋|幢)|\d+单元|\d{{3,4}}室)(?:{_NUMBERED})*"
)

# Where a name a person gives ends: the end, anything but a hanzi, or the words that usually follow it.
_AFTER_NAME = rf"(?=$|[^{HANZI}]|想|今年|住|在|来自|要|准备|打算|目前|现在|是|，)"
_GIVEN_NAME_RE = re.compile(
    rf"((?:我叫|我的名字(?:是|叫)|名字(?:是|叫)|姓名(?:是|为|[:：])?)\s*)(?:{_NAME_CHAR}{{2,4}}?{_AFTER_NAME}|{_NAME_CHAR}{{2,3}}|[A-Za-z]+)"
    r"|((?:my name is|my name's|name is|i am called|call me)\s+)"
    r"[A-Za-z]+(?:\s+(?!(?:and|i|im|from|in|at|a|an|the|my|to|want|is|how|what|can|but|so|please)\b)[A-Za-z]+)?",
    re.IGNORECASE,
)
_SAID_NAME_RE = re.compile(rf"((?:我是|本人|我系)\s*)({_NAME_CHAR}{{2,3}}?){_AFTER_NAME}")
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜"
    "崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文"
)
# Words after 我是 or 本人 that begin with a surname's character but make the question.
NOT_NAMES = (
    *("高中", "高职", "高级", "高校", "高三", "高考", "文员", "文科", "白领", "金融", "康复师", "程序员", "周末"),
    *("林业", "陆军", "方面", "于是", "江苏", "江西", "苏州", "徐州", "郑州", "常州", "武汉", "石家庄", "黄冈"),
    *("龙岩", "余杭", "金华", "常熟", "江门", "温州"),
)


def _said_name(found: re.Match[str]) -> str:
    """A name after 我是 or 本人 replaced, when the word there reads as one."""
    word = to_simplified(found[2])
    is_name = word[0] in SURNAMES and not any(word.startswith(w) or w.startswith(word) for w in NOT_NAMES)
    return found[1] + NAME if is_name else found[0]


def _name(found: re.Match[str]) -> str:
    return (found[1] or found[2]) + NAME


def redact(text: str) -> str:
    """`text` with every piece of personal data it recognises replaced by a placeholder naming what was there."""
    text = _EMAIL_RE.sub(EMAIL, text)
    text = _ID_CARD_RE.sub(ID_CARD, text)
    text = _BANK_CARD_RE.sub(BANK_CARD, text)
    text = _PHONE_RE.sub(PHONE, text)
    text = _ACCOUNT_RE.sub(rf"\1{ACCOUNT}", text)
    text = _HANDLE_RE.sub(ACCOUNT, text)
    text = _ADDRESS_RE.sub(ADDRESS, text)
    text = _NUMBER_RE.sub(NUMBER, text)
    text = _GIVEN_NAME_RE.sub(_name, text)
    return _SAID_NAME_RE.sub(_said_name, text)


def redact_normalised(text: str) -> str:
    """`redact` for a question as the engine normalised it, where an e-mail address has lost its @ and dots."""
    return redact(_NORMALISED_EMAIL_RE.sub(EMAIL, text))


def without_placeholders(text: str) -> str:
    """Redacted text without its placeholders: what a question asks, whatever personal data came with it."""
    return PLACEHOLDER_RE.sub(" ", text)
