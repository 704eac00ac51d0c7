"""Names people type into a question, replaced by a placeholder (bot.core.redact's part on names). Recognised:
- a name after 我叫, 我的名字是 (叫做), 姓名, `my name is`, `call me` or a relative's 叫 (我老公叫…, 他叫…), always;
- a word that reads as a name after 我是, 本人 or a relative (我儿子王浩然), or before a title (刘德华老师, 王明主任):
  a common surname and one or two characters, a compound surname (欧阳, 司马, 诸葛…) and one or two, or 小, 老 or 阿
  and a surname (小张, 老王, 阿强); after a rarer surname (仝, 佟, 帅, 暴, 仇…) only a name standing alone (the
  end, punctuation, 想 or 今年 follows it). It ends where the sentence does (or at 想, 今年, 住, 在 …; before a title,
  at the title) and is no word that makes the question (我是社工专业, 我是本科, 我是宁波的, 我是沈阳人, 我儿子今年大三,
  高级老师 stay);
- a Latin name standing alone after 我是 or 本人 (我是Lily，), or capitalised after I'm, I am or this is (I'm Li Wei),
  a surname (我姓王), and a name heading a list of personal details (张伟，女，35岁).
A given name without its surname after 我是 (我是晓雯) is not recognised: nothing tells it from a word.
"""

from __future__ import annotations

import re

from bot.core.placeholders import AGE, NAME, SEX, kept
from bot.core.text import HANZI, to_simplified

_NAME_CHAR = f"[{HANZI}]"
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
_AFTER_NAME_RE = re.compile(_AFTER_NAME)
# Where a name that stands alone ends: the end, punctuation or a space, or the words that follow a name given.
_ALONE = rf"(?=$|[^{HANZI}A-Za-z0-9]|想|今年|来自)"
_ALONE_RE = re.compile(_ALONE)
COMPOUND_SURNAMES = (
    *("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容"),
    *("司徒", "令狐", "夏侯", "公孙", "长孙", "端木"),
)
_COMPOUND = f"(?:{'|'.join(COMPOUND_SURNAMES)})"
# Words that follow an English name rather than end it (my name is John and …, my name is John from …).
_NOT_A_NAME = r"(?!(?:and|i|im|from|in|at|a|an|the|my|to|want|is|how|what|can|but|so|please|call)\b)"
_GIVEN_NAME_RE = re.compile(
    rf"((?:(?:我|(?<!其)[他她]|{_KIN})(?:的名字(?:是|叫做?)|名叫|叫做|叫)|名叫|名字(?:是|叫做?)|姓名(?:是|为|[:：])?)\s*)"
    rf"(?!什么|啥|我|你|他|她|法|去|来)(?:{_NAME_CHAR}{{2,4}}?{_AFTER_NAME}|{_COMPOUND}{_NAME_CHAR}{{1,2}}"
    rf"|{_NAME_CHAR}{{2,3}}|[A-Za-z]+)"
    r"|((?:my name is|my name's|name is|i am called|call me)\s+)(?!(?:at|on|back|when|if|now|later|via|by|please)\b)"
    rf"[A-Za-z]+(?:\s+{_NOT_A_NAME}[A-Za-z]+)?",
    re.IGNORECASE,
)
# A Latin name said of oneself in English, capitalised as names are (I'm Li Wei, this is Mary; not I'm a student).
_INTRODUCED_LATIN_NAME_RE = re.compile(
    r"(?<![A-Za-z])((?:I'm|I’m|Im|I am|This is|this is)\s+)"
    r"(?!(?:A|An|The|From|In|At|Not|Also|Just|Now|Currently|Still|Here|Really|So|Very|Interested|Working|Studying"
    r"|Asking|Looking|Trying|Planning|Going|Curious|New|Chinese|Taiwanese|English|Social)\b)"
    rf"[A-Z][a-z]+(?:\s+{_NOT_A_NAME}[A-Z][a-z]+)?"
)
_SAID_NAME_RE = re.compile(rf"((?:我是|本人|我系|{_KIN})\s*)({_NAME_CHAR}{{2,4}})")
_SAID_LATIN_NAME_RE = re.compile(rf"((?:我是|本人|我系)\s*)[A-Z][a-z]{{1,15}}(?: [A-Z][a-z]{{1,15}})?{_ALONE}")
_TITLED_NAME_RE = re.compile(rf"({_NAME_CHAR}{{2,3}})(?=\s*(?:{_TITLE}))")
_SURNAME_RE = re.compile(rf"((?<!百)姓\s*)(?!名|氏|什么|啥|的)(?:{_COMPOUND}|{_NAME_CHAR})")
# A name heading a list of personal details: 张伟，女，35岁 (read once the sex and age are placeholders).
_LISTED_NAME_RE = re.compile(
    rf"(?<![{HANZI}])({_NAME_CHAR}{{2,4}})(?=\s*[，,、 ]\s*(?:{re.escape(SEX)}|{re.escape(AGE)}))"
)
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜"
    "崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文"
)
# Rarer surnames, each of which also begins words: a name only when it stands alone.
RARE_SURNAMES = frozenset(
    "褚尤施戚喻柏窦章奚葛郎鲁昌苗凤柳鲍费廉岑滕殷毕邬卞伍祁湛禹狄贝臧伏茅庞纪屈祝阮蓝闵季麻娄童颜梅盛刁骆樊凌"
    "霍虞柯昝裘缪宣贲郁杭洪左钮嵇邢裴翁荀甄芮羿储靳汲邴糜焦巫隗宓蓬郗仰仲伊宫栾厉戎祖詹束韶郜蓟薄蒲邰索咸卓蔺"
    "屠池胥苍闻莘翟贡逄姬扶堵冉宰郦雍璩桑濮牛扈冀郏温晏柴瞿阎慕茹宦艾鱼庾暨耿弘匡寇禄阙殳沃蔚夔隆巩厍聂晁勾敖"
    "融訾辛阚饶毋乜鞠巢蒯荆竺逯桓仝佟帅暴仇揭谌练植麦卿岳冼粟邝兰牟綦丛邸漆舒谈穆强"
)
# Words after 我是, 本人 or a relative, or before a title, that begin with a surname's character but make the question.
NOT_NAMES = (
    *("高中", "高职", "高级", "高校", "高三", "高二", "高一", "高考", "文员", "文科", "白领", "金融", "康复师"),
    *("程序员", "周末", "林业", "陆军", "方面", "于是", "江苏", "江西", "苏州", "徐州", "郑州", "常州", "武汉"),
    *("石家庄", "黄冈", "龙岩", "余杭", "金华", "常熟", "江门", "温州", "余姚", "江山", "江干", "钱塘", "黄岩"),
    *("马上", "万一", "何时", "常年", "任课", "金牌", "江北", "石景山", "黑龙江", "张家口", "张家界", "秦皇岛"),
    *("驻马店", "马鞍山", "沈阳", "杭州", "兰州", "温岭", "毕业", "小白", "小于", "阿姨", "阿里", "强制", "昌平"),
)

_NOT_LAST = "的人族员者们家工"  # what ends a word for who someone is (宁波的, 沈阳人, 苗族, 仲裁员, 季节工), not a name


def _is_name(word: str, alone: bool = False) -> bool:
    """Whether `word` reads as a name (see the module's docstring); a rarer surname's only when `alone`."""
    word = to_simplified(word)
    if word[-1] in _NOT_LAST or any(word.startswith(w) or w.startswith(word) for w in NOT_NAMES):
        return False
    if compound := next((c for c in COMPOUND_SURNAMES if word.startswith(c)), ""):
        return 1 <= len(word) - len(compound) <= 2
    if len(word) == 2 and word[0] in "小老阿":  # 小张, 老王, 阿强
        return word[0] == "阿" or word[1] in SURNAMES or word[1] in RARE_SURNAMES
    return len(word) <= 3 and (word[0] in SURNAMES or (alone and word[0] in RARE_SURNAMES))


def _said_name(found: re.Match[str]) -> str:
    """A name after 我是, 本人 or a relative replaced: the shortest word there that ends as a name does and reads as
    one (本人仇志刚，: not 仇志, which 刚 may follow but which does not stand alone)."""
    words, start = found[2], found.start(2)
    for size in range(2, len(words) + 1):
        after = start + size
        alone = _ALONE_RE.match(found.string, after) is not None
        if _AFTER_NAME_RE.match(found.string, after) and _is_name(words[:size], alone):
            return found[1] + NAME + words[size:]
    return found[0]


def _titled_name(found: re.Match[str]) -> str:
    """A name of three or two characters before a title replaced, when one reads as a name."""
    word = found[1]
    if any(w in word for w in NOT_NAMES):  # 黑龙江老师
        return word
    start = next((i for i in range(len(word) - 1) if _is_name(word[i:])), None)
    return word if start is None else word[:start] + NAME


def _listed_name(found: re.Match[str]) -> str:
    """A word heading personal details replaced, when it reads as a name (杭州，女，35岁 stays)."""
    return NAME if _is_name(found[1], alone=True) else found[1]


def redact_names(text: str) -> str:
    """`text` with the names it recognises replaced, but for a name heading personal details (`redact_listed_name`)."""
    text = _GIVEN_NAME_RE.sub(kept(NAME), text)
    text = _SAID_NAME_RE.sub(_said_name, text)
    text = _SAID_LATIN_NAME_RE.sub(kept(NAME), text)
    text = _INTRODUCED_LATIN_NAME_RE.sub(kept(NAME), text)
    text = _TITLED_NAME_RE.sub(_titled_name, text)
    return _SURNAME_RE.sub(kept(NAME), text)


def redact_listed_name(text: str) -> str:
    """`text` with a name heading personal details replaced; run once the sex and age in them are placeholders."""
    return _LISTED_NAME_RE.sub(_listed_name, text)
