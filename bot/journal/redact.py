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
- a name: after 我叫, 我的名字是, 姓名, `my name is` or a relative's 叫 (我老公叫…, 他叫…), always; after 我是,
  本人 or a relative (我儿子王浩然) and before a title (刘德华老师, 王明主任) only when it begins with a common surname,
  is two or three characters, ends where the sentence does (or at 想, 今年, 住, 在 …; before a title, at the title)
  and is not a word that makes the question (我是社工专业, 我是本科, 我是宁波的, 我儿子今年大三, 高级老师 stay); a
  surname (我姓王);
- personal details: an age (the number in 35岁 and 今年35, and 90后; not a limit such as 35岁以上), sex said of
  oneself (女，, 本人男, 我是女生, 性别女), marriage and children (离异, 已婚, 未婚, 丧偶, 单身, 带两个孩子, 宝妈, 我是
  单亲妈妈), but not the people a service is for (离异家庭, 单亲妈妈, 女性社工, 男女比例);
- a street address: a road, street or lane with its number (人民路88号, 中山北路123弄5号601室), a 小区 (or 花园, 公寓,
  新村, 家园) with what follows it (3栋2单元301室), and building, unit and flat numbers; the city and district before
  them (丽水莲都区), which the bot reads, stay.
Ordinary numbers in questions (2023年, 1500元, 72学时, 第3级, 7.96万, 工作4年) and what the eligibility check and the
report read (本科, 社工专业, 宁波, 中级, 大三) are left alone.

The journal receives a question as asked, but a follow-up as the engine read it (normalised: punctuation becomes
spaces, letters lower case), and rows written before session 4 hold normalised text; there an e-mail address reads
`zhang san example com`, so `redact_normalised` also recognises that shape (two to four word tokens ending in com,
cn, net, org, edu or gov), at the cost of sometimes taking a word too many before the address.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.text import HANZI, to_simplified

PHONE = "[手机号]"
ID_CARD = "[身份证号]"
EMAIL = "[邮箱]"
BANK_CARD = "[银行卡号]"
ACCOUNT = "[账号]"
NUMBER = "[号码]"
NAME = "[姓名]"
ADDRESS = "[地址]"
AGE = "[年龄]"
SEX = "[性别]"
FAMILY = "[婚育情况]"
PLACEHOLDER_RE = re.compile(
    "|".join(re.escape(p) for p in (PHONE, ID_CARD, EMAIL, BANK_CARD, ACCOUNT, NUMBER, NAME, ADDRESS, AGE, SEX, FAMILY))
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

# Relatives and people close to the asker, whose name may follow (我儿子王浩然, 我老公叫陈强).
_KIN = "|".join(
    sorted(
        (
            *("老公", "丈夫", "爱人", "老婆", "妻子", "太太", "媳妇", "对象", "男朋友", "女朋友", "男友", "女友"),
            *("儿子", "女儿", "闺女", "孩子", "小孩", "爸爸", "父亲", "妈妈", "母亲", "哥哥", "姐姐", "弟弟", "妹妹"),
            *("爷爷", "奶奶", "外公", "外婆", "公公", "婆婆", "叔叔", "阿姨", "舅舅", "姑姑", "表哥", "表姐", "表弟"),
            *("表妹", "堂哥", "堂姐", "堂弟", "堂妹", "侄子", "侄女", "外甥", "孙子", "孙女", "亲戚", "朋友", "同事"),
            *("同学", "室友", "邻居", "领导", "老板", "我先生", "我哥", "我姐", "我弟", "我妹", "我爸", "我妈"),
        ),
        key=len,
        reverse=True,
    )
)
# Titles a name stands before (刘德华老师您好).
_TITLE = "老师|先生|女士|小姐|同学|经理|主任|院长|校长|书记|主席|局长|处长|科长|站长|所长|部长|会长|总监|医生|教授|律师"
# Where a name a person gives ends: the end, anything but a hanzi, or the words that usually follow it.
_AFTER_NAME = rf"(?=$|[^{HANZI}]|想|今年|住|在|来自|要|准备|打算|目前|现在|是|[他她也和的大读学考做刚已还说])"
_GIVEN_NAME_RE = re.compile(
    rf"((?:(?:我|(?<!其)[他她]|{_KIN})(?:的名字(?:是|叫)|名叫|叫做|叫)|名叫|名字(?:是|叫)|姓名(?:是|为|[:：])?)\s*)"
    rf"(?!什么|啥|我|你|他|她|法|去|来)(?:{_NAME_CHAR}{{2,4}}?{_AFTER_NAME}|{_NAME_CHAR}{{2,3}}|[A-Za-z]+)"
    r"|((?:my name is|my name's|name is|i am called|call me)\s+)"
    r"[A-Za-z]+(?:\s+(?!(?:and|i|im|from|in|at|a|an|the|my|to|want|is|how|what|can|but|so|please)\b)[A-Za-z]+)?",
    re.IGNORECASE,
)
_SAID_NAME_RE = re.compile(rf"((?:我是|本人|我系|{_KIN})\s*)({_NAME_CHAR}{{2,3}}?){_AFTER_NAME}")
_TITLED_NAME_RE = re.compile(rf"({_NAME_CHAR}{{2,3}})(?=\s*(?:{_TITLE}))")
_SURNAME_RE = re.compile(
    rf"((?<!百)姓\s*)(?!名|氏|什么|啥|的)(?:欧阳|司马|上官|诸葛|东方|皇甫|慕容|司徒|令狐|夏侯|公孙|长孙|端木|{_NAME_CHAR})"
)
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜"
    "崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文"
)
# Words after 我是, 本人 or a relative, or before a title, that begin with a surname's character but make the question.
NOT_NAMES = (
    *("高中", "高职", "高级", "高校", "高三", "高二", "高一", "高考", "文员", "文科", "白领", "金融", "康复师"),
    *("程序员", "周末", "林业", "陆军", "方面", "于是", "江苏", "江西", "苏州", "徐州", "郑州", "常州", "武汉"),
    *("石家庄", "黄冈", "龙岩", "余杭", "金华", "常熟", "江门", "温州", "余姚", "江山", "江干", "钱塘", "黄岩"),
    *("马上", "万一", "何时", "常年", "任课", "金牌"),
)

_AGE_UNIT = r"\s?(?:周岁|岁|年龄)"  # 年龄: 岁 as the engine reads it
_AGE_RANGE = r"\s?(?:以[上下内前后]|之[前后]|[前后]|限制|要求|上限)"  # a limit, not the asker's age
# The number of an age, its unit kept (岁 is what makes the question one about age).
_AGE_RE = re.compile(
    rf"(?<![0-9.])(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})(?={_AGE_UNIT}(?!{_AGE_RANGE}))"
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


def _is_name(word: str) -> bool:
    """Whether `word` reads as a name: it begins with a common surname and is no word that makes the question."""
    word = to_simplified(word)
    return word[0] in SURNAMES and not any(word.startswith(w) or w.startswith(word) for w in NOT_NAMES)


def _said_name(found: re.Match[str]) -> str:
    """A name after 我是, 本人 or a relative replaced, when the word there reads as one."""
    return found[1] + NAME if _is_name(found[2]) else found[0]


def _titled_name(found: re.Match[str]) -> str:
    """A name of three or two characters before a title replaced, when one reads as a name."""
    word = found[1]
    start = next((i for i in range(len(word) - 1) if _is_name(word[i:])), None)
    return word if start is None else word[:start] + NAME


def _kept(placeholder: str) -> Callable[[re.Match[str]], str]:
    """A replacement by `placeholder` that keeps the words introducing it (the match's first group that took part)."""
    return lambda found: next((words for words in found.groups() if words), "") + placeholder


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
    text = _GIVEN_NAME_RE.sub(_kept(NAME), text)
    text = _SAID_NAME_RE.sub(_said_name, text)
    text = _TITLED_NAME_RE.sub(_titled_name, text)
    text = _SURNAME_RE.sub(_kept(NAME), text)
    text = _AGE_RE.sub(_kept(AGE), text)
    text = _FAMILY_RE.sub(FAMILY, text)
    return _SEX_RE.sub(_kept(SEX), text)


def redact_normalised(text: str) -> str:
    """`redact` for a question as the engine normalised it, where an e-mail address has lost its @ and dots."""
    return redact(_NORMALISED_EMAIL_RE.sub(EMAIL, text))


def without_placeholders(text: str) -> str:
    """Redacted text without its placeholders: what a question asks, whatever personal data came with it."""
    return PLACEHOLDER_RE.sub(" ", text)
