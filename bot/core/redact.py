"""Personal data people type into a question, replaced by a placeholder before anything is stored or logged.

Pure functions, no Telegram. Recognised:
- mainland mobile numbers (1[3-9] and nine more digits, with an optional +86, 86 or 0086 and spaces or dashes
  anywhere), 18-character resident ID-card numbers (region, birth date, sequence, a check character that may be X;
  maybe spaced after the region and the birth date), e-mail addresses (also with a full-width ＠ or ．, or written
  out: `li (at) 163 dot com`), and bank-card numbers (16 to 19 digits, maybe grouped by spaces or dashes);
- chat accounts: the id after 微信, v信, 加我v, vx, wx, weixin, wechat, QQ, 扣扣, 企鹅, tg, telegram, 电报, 微博, 抖音,
  快手 or 小红书 (five or more letters, digits, `_` or `-`), and any @handle; a number or code after the word for it
  (工号, 学号, 编号, 证号, 护照, 准考证号: A12345);
- any other run of five or more digits (a QQ number, a house or case number), except a figure (a unit such as 元, 人
  or 学时 follows it, or a pay word such as 薪, 工资 or 补贴 comes before it) and the five-digit public hotlines
  (12345, 12333: 1 and four digits);
- a number said digit by digit in Chinese numerals (一三八一二三四五六七八: a phone number), a licence plate (浙A12345),
  and a birth date or year beside 出生, 生日 or 生于 (我1990年5月3日出生, 生日是1990-05-03);
- names (bot.core.person_names): 我叫…, 我是张丽, 本人小张, 我老公叫陈强, 刘德华老师, 我姓王, 张伟，女，35岁,
  I am Li Wei;
- personal details: an age (the number in 35岁 and 今年35, and 90后; not a limit such as 35岁以上), sex said of
  oneself (女，, 本人男, 我是女生, 性别女), marriage and children (离异, 已婚, 未婚, 丧偶, 单身, 带两个孩子, 宝妈, 我是
  单亲妈妈), but not the people a service is for (离异家庭, 单亲妈妈, 女性社工, 男女比例);
- a street address: a road, street or lane with its number (人民路88号, 中山北路123弄5号601室), a 小区 (or 花园, 公寓,
  新村, 家园) with the building, unit and flat that follow it (3栋2单元301室, 5号楼301, 12-3-502), or on its own where
  the asker lives (住在阳光小区; not 人才公寓 or 我们小区居委会), and building, unit and flat numbers; the city and
  district before them (丽水莲都区), which the bot reads, stay;
- a school with a class (实验中学高三5班, 杭州师范大学2020级社工1班: the school and the class's number go, the grade,
  year and major stay); a school named without a class (我在宁波大学读研) stays.
Ordinary numbers in questions (2023年, 1500元, 72学时, 第3级, 7.96万, 工作4年) and what the eligibility check and the
report read (本科, 社工专业, 宁波, 中级, 大三) are left alone.

The journal receives a question as asked, but a follow-up as the engine read it (normalised: punctuation becomes
spaces, letters lower case), and rows written before session 4 hold normalised text; there an e-mail address reads
`zhang san example com`, so `redact_normalised` also recognises that shape (two to four word tokens ending in com,
cn, net, org, edu or gov), at the cost of sometimes taking a word too many before the address.
"""

from __future__ import annotations

import re

from bot.core.person_names import redact_listed_name, redact_names
from bot.core.placeholders import (
    ACCOUNT,
    ADDRESS,
    AGE,
    BANK_CARD,
    BIRTH,
    CLASS,
    EMAIL,
    FAMILY,
    ID_CARD,
    NUMBER,
    PHONE,
    PLACEHOLDER_RE,
    PLATE,
    SCHOOL,
    SEX,
    kept,
)
from bot.core.text import HANZI

_SEP = r"[ \t\-]?"  # one space or dash between digit groups
_AT = "[@＠]"
_DOT = "[.．]"
_EMAIL_RE = re.compile(rf"[A-Za-z0-9._%+\-]+{_AT}[A-Za-z0-9\-]+(?:{_DOT}[A-Za-z0-9\-]+)*{_DOT}[A-Za-z]{{2,}}")
_SUFFIXES = "com|cn|net|org|edu|gov"
# An address written out against spam: `zhang(at)163.com`, `zhang_wei AT 163 dot com` (a bare ` at ` only with ` dot `,
# since `look at mca.gov.cn` is no address).
_BRACKETED_AT = r"\s*[(\[（]at[)\]）]\s*"
_SPELT_DOT = r"(?:\s*[.．]\s*|\s*[(\[（]dot[)\]）]\s*| dot )"
_PART = r"[A-Za-z0-9\-]+"
_SPELT_EMAIL_RE = re.compile(
    rf"[A-Za-z0-9._%+\-]+(?:{_BRACKETED_AT}{_PART}(?:{_SPELT_DOT}{_PART})*?{_SPELT_DOT}"
    rf"| at {_PART}(?: dot {_PART})*? dot )(?:{_SUFFIXES})\b",
    re.IGNORECASE,
)
# The same address after normalisation: `zhang san example com`, `12345 qq com`, `li 163 com cn`.
_NORMALISED_EMAIL_RE = re.compile(
    rf"(?<![A-Za-z0-9])[A-Za-z0-9_]+(?: [A-Za-z0-9_]+){{1,3}} (?:{_SUFFIXES})(?: (?:cn|hk|tw|uk))?(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_ID_CARD_RE = re.compile(
    rf"(?<![0-9A-Za-z])[1-9]\d{{5}}{_SEP}(?:18|19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]){_SEP}\d{{3}}[0-9Xx]"
    r"(?![0-9A-Za-z])"
)
_BANK_CARD_RE = re.compile(rf"(?<![0-9])\d(?:{_SEP}\d){{15,18}}(?![0-9])")
_PHONE_RE = re.compile(rf"(?<![0-9+])(?:(?:\+|00)?86{_SEP})?1{_SEP}[3-9](?:{_SEP}\d){{9}}(?![0-9])")

_APP = r"微信|威信|薇信|v信|vx|wx|weixin|wechat|加我?v|qq|扣扣|企鹅|tg|telegram|电报|微博|抖音|快手|小红书"
_ACCOUNT_RE = re.compile(
    rf"(?<![A-Za-z])((?:{_APP})(?:号码|号|账号|群|\s?id)?\s*(?:是|为|[:：=]|is(?![A-Za-z]))?\s*)@?[A-Za-z0-9][A-Za-z0-9_\-]{{4,}}",
    re.IGNORECASE,
)
_HANDLE_RE = re.compile(r"(?<![A-Za-z0-9._%+\-])@[A-Za-z][A-Za-z0-9_]{4,31}(?![A-Za-z0-9_])")
# A number or code after the word for it: 工号A12345, 护照号E12345678, 社工证号 ZJ2019001.
_CODE_RE = re.compile(
    r"((?:工号|学号|编号|证号|证件号|护照号?|准考证号?|考号|会员号|档案号)码?\s*(?:是|为|[:：])?\s*)"
    r"[A-Za-z0-9][A-Za-z0-9\-]{3,}(?![A-Za-z0-9])"
)

_UNITS = "元|块|万|千|百|人|名|个|次|分|学时|小时|天|岁|字|平"
# A number said digit by digit in Chinese numerals (一三八一二三四五六七八, 幺三八…): a phone number when it reads as
# one, else a number like any other run of five or more digits.
_HANZI_DIGITS = "零〇一二三四五六七八九幺"
_SPELT_NUMBER_RE = re.compile(
    rf"(?<![{_HANZI_DIGITS}十百千万亿])[{_HANZI_DIGITS}](?:{_SEP}[{_HANZI_DIGITS}]){{4,}}(?![{_HANZI_DIGITS}十百千万亿])"
)
_AS_DIGITS = str.maketrans(_HANZI_DIGITS, "001234567891")
# A licence plate: a province's one-character name, the city's letter and five or six letters and digits, at least
# one a digit (浙A12345, 粤B·D12345; not 安宁Python).
_PROVINCE_CHARS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_RE = re.compile(
    rf"[{_PROVINCE_CHARS}][A-Za-z]\s?[·•.\-]?\s?(?=[A-Za-z]{{0,5}}\d)[A-Za-z0-9]{{5,6}}(?![A-Za-z0-9])"
)
# A birth date, or the year or month of one, beside 出生, 生日 or 生于 (我1990年5月3日出生, 生日是1990-05-03).
_DATE = (
    r"(?:19|20)\d{2}\s?(?:年|[.\-/])(?:\s?\d{1,2}\s?(?:月|[.\-/])(?:\s?\d{1,2}\s?[日号]?)?)?"
    r"|[〇零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}[日号])?)?"
    r"|\d{1,2}\s?月\s?\d{1,2}\s?[日号]"
)
_BIRTH_RE = re.compile(
    rf"((?:出生(?:日期|年月)?|生日|生于)\s*(?:是|为|在|于|[:：])?\s*)(?:{_DATE})|(?:{_DATE})(?=\s?(?:出生(?!人口|率|地)|生(?:的|人)?(?![活产效育源态])))"
)
_NUMBER_RE = re.compile(rf"(?<![0-9.薪资入金贴费￥¥$])(?!1\d{{4}}(?![0-9]))\d{{5,}}(?!\.?[0-9])(?!\s?(?:{_UNITS}))")

# A road's, estate's or school's name stops at its district.
_PLACE_CHAR = f"(?:(?![区县市省镇乡村在住于到是])[{HANZI}])"
_NUMBERED = r"\s?\d+(?:-\d+)?\s?(?:号楼|号|弄|栋|幢|座|楼|单元|室|层)"
# A flat after its building (5号楼301), or building, unit and flat after an estate (12-3-502, as normalised 12 3 502).
_FLAT = r"(?:\d+(?:[- ]\d+){1,3}|\d{3,4})(?![0-9年月日号元万人个])"
_ADDRESS_RE = re.compile(
    rf"(?:{_PLACE_CHAR}{{1,8}}(?:路|街|道|巷|弄|胡同)\s?\d+(?:-\d+)?\s?[号弄]?"
    rf"|(?P<estate>{_PLACE_CHAR}{{2,8}}(?:小区|花园|公寓|新村|家园))"
    rf"|\d+(?:号楼|栋|幢)|\d+单元|\d{{3,4}}室|(?<=村)\s?\d+\s?组(?:\s?\d+\s?号)?)(?:{_NUMBERED})*(?:{_FLAT})?"
)
_LIVES_AT_RE = re.compile(r"(?:住|家在|地址)[^，,。.；;！!？?\n]*$")  # what follows, in the clause, is where one lives
_CLASS_NUMBER = r"(?:[(（]\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:[)）]\s*)?班"
_SCHOOL_KIND = "大学|学院|中学|小学|学校|职高|中专|技校|幼儿园"
_CLAUSE_CHAR = r"[^，,。.；;！!？?\s]"
# A class, after its school or a grade (实验中学5班, 高三5班, 三年级二班, 2020级社工1班; not 社工站一班), and the school
# before it in the same clause: the grade, year and major stay.
_CLASS_RE = re.compile(
    rf"(?:(?P<school>{_PLACE_CHAR}{{2,12}}?)(?P<kind>{_SCHOOL_KIND})(?P<between>{_CLAUSE_CHAR}{{0,12}}?))?"
    rf"(?P<class>{_CLASS_NUMBER})"
)
_GRADE_RE = re.compile(rf"(?:年级|[高初大][一二三四]|级{_CLAUSE_CHAR}{{0,6}})$")
_BEFORE_SCHOOL_RE = re.compile("^.*[我你他她们的读念上在于儿女子孩]")  # 我女儿上小学, 在宁波读小学: no school's name

_AGE_UNIT = r"\s?(?:周岁|岁|年龄)"  # 年龄: 岁 as the engine reads it
_AGE_RANGE = r"\s?(?:以[上下内前后]|之[前后]|[前后]|限制|要求|上限)"  # a limit, not the asker's age
# The number of an age, its unit kept (岁 is what makes the question one about age).
_AGE_RE = re.compile(
    rf"(?<![0-9.])(?<!小于|大于|超过|不满|未满|不到|低于|高于)(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})(?={_AGE_UNIT}(?!{_AGE_RANGE}))"
    rf"|((?:今年|年龄|年纪)\s*(?:是|有|已经?|都|才)?\s*)\d{{2}}(?![0-9.])"
    rf"(?!{_AGE_UNIT}{_AGE_RANGE}|\s?(?:年(?!龄)|[月日号万元块个人名次级分科门%多]|学时|小时|天))"
    r"|(?<![0-9.])[05-9][05]后"
)
_SEX_WORD = r"(?:男|女)(?:生|的|性|士|孩子?)?(?![儿婿友朋方男女])"
# Sex said of oneself: after 我是, 本人 or 性别, alone between punctuation, or beside an age or other personal data.
_SEX_RE = re.compile(
    rf"((?:我是|本人是?|我系|性别\s*(?:是|为|[:：])?)\s*(?:一[名个]|个)?\s*){_SEX_WORD}"
    rf"|(?<![{HANZI}])[男女](?![{HANZI}])|(?<=\]|岁|龄){_SEX_WORD}|[男女](?=\[)"
)
_GROUPS = "家庭|妇女|女性|男性|人士|人群|群体|者|老人|青年|儿童|证明"  # 离异家庭 is whom a service is for
_FAMILY_PART = (
    rf"(?:(?:离异|离婚了|已离婚|已婚|未婚|丧偶|再婚|单身|已育|未育)(?!{_GROUPS})"
    r"|(?:带|有|养|生了?)\s*(?:一|两|二|三|四|俩|[1-9])\s*个?\s*(?:孩子|小孩|娃|儿子|女儿|宝宝)"
    r"|一儿一女|宝妈|宝爸|(?<=我是|本人)单亲(?:妈妈|爸爸|母亲|父亲))"
)
_FAMILY_RE = re.compile(rf"{_FAMILY_PART}(?:[\s,，、]*{_FAMILY_PART})*")


def _address(found: re.Match[str]) -> str:
    """An address replaced; an estate named alone only where the asker says they live (住在阳光小区)."""
    alone = found["estate"] is not None and found.end() == found.end("estate")
    return found[0] if alone and not _LIVES_AT_RE.search(found.string, 0, found.start()) else ADDRESS


def _class(found: re.Match[str]) -> str:
    """A class after its school or a grade replaced, and the school's name; what lies between (高三, 2020级社工)
    stays, as does a school without a name of its own (上小学三年级)."""
    if found["kind"] is None:
        return CLASS if _GRADE_RE.search(found.string, 0, found.start("class")) else found[0]
    school = found["school"]
    start = before.end() if (before := _BEFORE_SCHOOL_RE.match(school)) else 0
    named = school[:start] + SCHOOL if len(school) - start >= 2 else school + found["kind"]
    return named + found["between"] + CLASS


def _spelt_number(found: re.Match[str]) -> str:
    """A number said in Chinese numerals replaced, as a phone number when it reads as one."""
    digits = "".join(found[0].split()).replace("-", "").translate(_AS_DIGITS)
    return PHONE if _PHONE_RE.fullmatch(digits) else NUMBER


def redact(text: str) -> str:
    """`text` with every piece of personal data it recognises replaced by a placeholder naming what was there."""
    text = _EMAIL_RE.sub(EMAIL, text)
    text = _SPELT_EMAIL_RE.sub(EMAIL, text)
    text = _ID_CARD_RE.sub(ID_CARD, text)
    text = _BANK_CARD_RE.sub(BANK_CARD, text)
    text = _PHONE_RE.sub(PHONE, text)
    text = _SPELT_NUMBER_RE.sub(_spelt_number, text)
    text = _PLATE_RE.sub(PLATE, text)
    text = _BIRTH_RE.sub(kept(BIRTH), text)
    text = _ACCOUNT_RE.sub(rf"\1{ACCOUNT}", text)
    text = _HANDLE_RE.sub(ACCOUNT, text)
    text = _CODE_RE.sub(kept(NUMBER), text)
    text = _ADDRESS_RE.sub(_address, text)
    text = _CLASS_RE.sub(_class, text)
    text = _NUMBER_RE.sub(NUMBER, text)
    text = redact_names(text)
    text = _AGE_RE.sub(kept(AGE), text)
    text = _FAMILY_RE.sub(FAMILY, text)
    return redact_listed_name(_SEX_RE.sub(kept(SEX), text))


def redact_normalised(text: str) -> str:
    """`redact` for a question as the engine normalised it, where an e-mail address has lost its @ and dots."""
    return redact(_NORMALISED_EMAIL_RE.sub(EMAIL, text))


def without_placeholders(text: str) -> str:
    """Redacted text without its placeholders: what a question asks, whatever personal data came with it."""
    return PLACEHOLDER_RE.sub(" ", text)
