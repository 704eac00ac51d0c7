"""Personal data people type (bot/core/redact.py) is replaced before anything is stored or logged; ordinary numbers
are not; and no log line of a handled question carries its text (bot/telegram/logs.py)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.core.knowledge import KnowledgeBase
from bot.core.placeholders import (
    ACCOUNT,
    ADDRESS,
    AGE,
    BANK_CARD,
    CLASS,
    EMAIL,
    FAMILY,
    ID_CARD,
    NAME,
    NUMBER,
    PHONE,
    SCHOOL,
    SEX,
)
from bot.core.redact import redact, redact_normalised
from bot.journal.store import DATABASE_FILE
from bot.service import KnowledgeService
from bot.telegram.logs import Redactor, configure
from tests import updates
from tests.fake_bot_api import TOKEN
from tests.helpers import FailingAnswerer, open_session, stored_after_upgrade


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我的电话13812345678，怎么考社工证", f"我的电话{PHONE}，怎么考社工证"),
        ("电话 +86 138-1234-5678 能报名吗", f"电话 {PHONE} 能报名吗"),
        ("电话+8619912345678", f"电话{PHONE}"),
        ("call 0086-139 1234 5678 please", f"call {PHONE} please"),
        ("我电话是 86 138 1234 5678 怎么考", f"我电话是 {PHONE} 怎么考"),  # as normalised
        ("身份证11010519491231002X能报考吗", f"身份证{ID_CARD}能报考吗"),
        ("身份证号码 110105194912310021", f"身份证号码 {ID_CARD}"),
        ("身份证11010519491231002x能报名", f"身份证{ID_CARD}能报名"),  # as normalised: lower case
        ("邮箱 zhang.san@example.com 收不到通知", f"邮箱 {EMAIL} 收不到通知"),
        ("my mail is li_si+exam@mail.163.com.cn ok", f"my mail is {EMAIL} ok"),
        ("卡号 6222 0202 0000 1234 567 退款", f"卡号 {BANK_CARD} 退款"),
        ("卡号6222020200001234", f"卡号{BANK_CARD}"),
        ("银行卡6217-0000-1234-5678-901怎么填", f"银行卡{BANK_CARD}怎么填"),
        # chat accounts: the id after the app's name, and any @handle
        ("加我微信wxm_1990，社工考试难吗", f"加我微信{ACCOUNT}，社工考试难吗"),
        ("我QQ 123456789，中级社工报名条件", f"我QQ {ACCOUNT}，中级社工报名条件"),
        ("vx：abc_12345 拉我进群", f"vx：{ACCOUNT} 拉我进群"),
        ("扣扣号是 987654321", f"扣扣号是 {ACCOUNT}"),
        ("my wechat is zhangli88", f"my wechat is {ACCOUNT}"),
        ("weixin: Li-Hua2020 社工证", f"weixin: {ACCOUNT} 社工证"),
        ("tg @shegong_li 联系我", f"tg {ACCOUNT} 联系我"),
        ("telegram li_hua_sw", f"telegram {ACCOUNT}"),
        ("@zhang_li 社工证怎么考", f"{ACCOUNT} 社工证怎么考"),
        # other long numbers (a QQ number without its app, a case number)
        ("我的号 2718281828 社工证", f"我的号 {NUMBER} 社工证"),
        ("案件编号 20230815001 怎么查", f"案件编号 {NUMBER} 怎么查"),
        # a name the asker gives
        ("我是张丽，住在丽水莲都区人民路88号，社工证怎么报名", f"我是{NAME}，住在丽水莲都区{ADDRESS}，社工证怎么报名"),
        ("我叫王小明想问社工证", f"我叫{NAME}想问社工证"),
        ("本人李某，高中学历，能考助理吗", f"本人{NAME}，高中学历，能考助理吗"),
        ("我的名字是欧阳娜娜", f"我的名字是{NAME}"),
        ("我是張麗，想問社工證", f"我是{NAME}，想問社工證"),
        ("my name is Li Hua, how to register", f"my name is {NAME}, how to register"),
        ("my name is zhang wei and i want to ask", f"my name is {NAME} and i want to ask"),
        # a relative's name, a name before a title, a surname
        ("我老公叫陈强，他在宁波做社工…", f"我老公叫{NAME}，他在宁波做社工…"),
        ("我老公叫陈强他在宁波做社工", f"我老公叫{NAME}他在宁波做社工"),  # as a follow-up is read
        ("我女儿名叫李思琪", f"我女儿名叫{NAME}"),
        ("我儿子王浩然今年大三学社工", f"我儿子{NAME}今年大三学社工"),
        ("我同学张伟考了中级", f"我同学{NAME}考了中级"),
        ("刘德华老师您好，我在台州椒江区", f"{NAME}老师您好，我在台州椒江区"),
        ("想问一下王明主任", f"想问一下{NAME}主任"),
        ("我姓王，社工证怎么考", f"我姓{NAME}，社工证怎么考"),
        ("免贵姓欧阳", f"免贵姓{NAME}"),
        # age, sex, marriage and children said of oneself
        (
            "我姓王，今年35岁，女，离异带两个孩子，在杭州上城区",
            f"我姓{NAME}，今年{AGE}岁，{SEX}，{FAMILY}，在杭州上城区",
        ),
        ("我姓王今年35年龄女离异带两个孩子在杭州上城区", f"我姓{NAME}今年{AGE}年龄{SEX}{FAMILY}在杭州上城区"),
        ("本人男，42岁，已婚，工作4年", f"本人{SEX}，{AGE}岁，{FAMILY}，工作4年"),
        ("我今年45了，本科会计", f"我今年{AGE}了，本科会计"),
        ("我30岁了转行做社工还来得及吗", f"我{AGE}岁了转行做社工还来得及吗"),
        ("我是女生，90后", f"我是{SEX}，{AGE}"),
        ("性别女 未婚", f"性别{SEX} {FAMILY}"),
        ("我是单亲妈妈，宁波的", f"我是{FAMILY}，宁波的"),
        # street addresses; the city and district before them stay
        ("我住在中山北路123弄5号601室", f"我住在{ADDRESS}"),
        ("宁波海曙区阳光花园小区3栋2单元301室 社工站在哪", f"宁波海曙区{ADDRESS} 社工站在哪"),
        ("家住解放街12-3号", f"家住{ADDRESS}"),
        # names after a rarer or a compound surname, nicknames, a Latin name, a name heading personal details
        ("我是仝晓雯，想问社工证怎么考", f"我是{NAME}，想问社工证怎么考"),
        ("本人仇志刚，社工专业", f"本人{NAME}，社工专业"),
        ("我是帅小龙 在宁波工作", f"我是{NAME} 在宁波工作"),
        ("我儿子佟浩然今年大三", f"我儿子{NAME}今年大三"),
        ("我是欧阳锋，能考吗", f"我是{NAME}，能考吗"),
        ("我是司马懿想考社工", f"我是{NAME}想考社工"),
        ("本人小张，想问一下", f"本人{NAME}，想问一下"),
        ("我是老王，在街道做社工", f"我是{NAME}，在街道做社工"),
        ("我是阿强，做社工3年", f"我是{NAME}，做社工3年"),
        ("我是Lily，想考社工", f"我是{NAME}，想考社工"),
        ("张伟，女，35岁，本科，能考中级吗", f"{NAME}，{SEX}，{AGE}岁，本科，能考中级吗"),
        # an ID card spaced, more chat accounts, codes after their word, e-mail addresses against spam
        ("身份证 330102 19900101 1234", f"身份证 {ID_CARD}"),
        ("加我v：abc12345", f"加我v：{ACCOUNT}"),
        ("加我V信 zhangwei888", f"加我V信 {ACCOUNT}"),
        ("抖音号 shegong_li 有视频", f"抖音号 {ACCOUNT} 有视频"),
        ("我的工号是 A12345", f"我的工号是 {NUMBER}"),
        ("护照号E12345678能报名吗", f"护照号{NUMBER}能报名吗"),
        ("社工证号ZJ2019001怎么查", f"社工证号{NUMBER}怎么查"),
        ("邮箱zhangwei(at)163.com", f"邮箱{EMAIL}"),
        ("我的邮箱：zhang_wei AT 163 dot com", f"我的邮箱：{EMAIL}"),
        ("邮箱 li＠qq．com 收不到", f"邮箱 {EMAIL} 收不到"),
        # a flat after its building, an estate where one lives, a village's group and house
        ("我住在阳光小区5号楼301", f"我住在{ADDRESS}"),
        ("家住幸福里小区12-3-502", f"家住{ADDRESS}"),
        ("我住在阳光小区，社工站在哪", f"我住在{ADDRESS}，社工站在哪"),
        ("我住在李家村3组12号，能考社工吗", f"我住在李家村{ADDRESS}，能考社工吗"),
        # a school with a class: the grade, year and major stay
        ("我是实验中学高三5班的", f"我是{SCHOOL}高三{CLASS}的"),
        ("我是杭州市第二中学高三（5）班的学生", f"我是杭州市{SCHOOL}高三{CLASS}的学生"),
        ("我在杭州师范大学2020级社工1班", f"我在{SCHOOL}2020级社工{CLASS}"),
        ("我女儿在宁波读小学三年级二班", f"我女儿在宁波读小学三年级{CLASS}"),  # 宁波读小学 is no school's name
    ],
)
def test_personal_data_is_replaced_by_a_placeholder(text: str, expected: str) -> None:
    assert redact(text) == expected
    assert redact_normalised(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2023年社工考试报名时间",
        "宁波奖励1500元吗",
        "继续教育72学时怎么算",
        "每3年再登记一次，15.6万人持证",
        "2009年登记办法和2018年高级社工师评价办法",
        "社工证2023 2024年都能用吗",
        "考试费用 120 元 3 科",
        "电话多少 12345 热线",
        "what is social work in china",
        "can you tell me how to register",
        "社工 com 是什么",
        # what makes an eligibility question: degree, major, place, role, years
        "我是社工专业的，本科毕业两年，能考中级吗",
        "我是本科，能考中级吗",
        "我是宁波的，奖励多少",
        "我是高中学历，工作3年",
        "我是高中，能报名吗",
        "我是杭州人 在社区工作5年",
        "本人大专，从事社会工作满4年",
        "我是一名社工，在街道工作",
        "我是社工，想问继续教育",
        "I am a social work student, can I sit the exam",
        # figures, years, public hotlines and document numbers
        "北京7.96万社工，22.8万人次",
        "宁波奖励15000元是真的吗",
        "月薪10000正常吗",
        "拨打12333能查社工证吗",
        "国人部发〔2006〕71号文件说了什么",
        "2023-2025年行动计划",
        "社工证微信公众号",
        "在人民路上的社工站",
        # relatives, titles, ages and groups of people without personal data
        "我儿子今年大三，学社工专业",
        "我女儿高三，以后考社工证有用吗",
        "我老公在宁波做社工，中级，工作4年",
        "我同事余姚的，本科会计",
        "高级老师和任课老师",
        "王老师好",
        "社工的其他叫法",
        "朋友叫我问一下社工证",
        "老百姓怎么找社工",
        "35岁以上能考吗",
        "年龄35岁以上",
        "今年3月考试",
        "女性社工多吗",
        "男女比例",
        "离异家庭的孩子有社工服务吗",
        "单亲妈妈能申请社工帮助吗",
        # who one is, limits, where a service is, a school without a class, shifts, sites
        "我是应届生，能考助理吗",
        "本人毕业三年，做社工",
        "我是小白，想问",
        "我是苗族，有政策吗",
        "我是季节工，能考吗",
        "我是柯桥的",
        "本人小于35岁能考吗",
        "申请人才公寓要社工证吗",
        "我们小区居委会有社工吗",
        "我在宁波大学读研",
        "我是浙江工业大学社工专业大二学生",
        "社工站一班几个人",
        "准考证号忘了怎么办",
        "社工证编号在哪里看",
        "where can I look at mca.gov.cn",
    ],
)
def test_ordinary_numbers_and_words_are_kept(text: str) -> None:
    assert redact(text) == text
    assert redact_normalised(text) == text


def test_the_places_and_levels_the_bot_reads_are_never_taken_for_names(knowledge: KnowledgeBase) -> None:
    for word in (*knowledge.vocabulary.places, *knowledge.vocabulary.levels):
        for text in (f"我是{word}的", f"我是{word}人", f"本人{word}，想问", f"我儿子{word}读书", f"{word}老师好"):
            assert word in redact(text), text
        assert word in redact(f"{word}，女，35岁")


def test_an_email_address_is_found_after_normalisation() -> None:
    assert redact_normalised("邮箱zhang san example com 社工工资") == f"邮箱{EMAIL} 社工工资"
    assert redact_normalised("我的邮箱 123456789 qq com 收不到") == f"我的邮箱 {EMAIL} 收不到"
    assert redact_normalised("wang 163 com cn") == EMAIL


def test_a_journal_from_before_the_personal_details_loses_them(tmp_path: Path) -> None:
    stored = stored_after_upgrade(tmp_path / DATABASE_FILE, 3, "我儿子王浩然今年21岁，离异带两个孩子")
    assert stored == f"我儿子{NAME}今年{AGE}岁，{FAMILY}"


def test_a_journal_from_before_rarer_surnames_schools_and_flats_loses_them(tmp_path: Path) -> None:
    question = "我是仝晓雯，住在阳光小区5号楼301，儿子在实验中学高三5班，加我v：abc12345"
    stored = stored_after_upgrade(tmp_path / DATABASE_FILE, 4, question)
    assert stored == f"我是{NAME}，住在{ADDRESS}，儿子在{SCHOOL}高三{CLASS}，加我v：{ACCOUNT}"


def record(message: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("bot", logging.ERROR, __file__, 1, message, args, None)


def test_the_log_redactor_removes_personal_data_from_messages_arguments_and_tracebacks() -> None:
    redactor = Redactor([])  # no secrets configured: personal data is still removed
    line = record("could not handle %s from %s", "13812345678", "zhang@example.com")
    assert redactor.filter(line)
    assert line.getMessage() == f"could not handle {PHONE} from {EMAIL}"
    try:
        raise ValueError("身份证11010519491231002X")
    except ValueError:
        failed = logging.LogRecord("bot", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    redactor.filter(failed)
    assert "11010519491231002X" not in failed.getMessage() and ID_CARD in failed.getMessage()
    assert failed.exc_info is None


@contextmanager
def production_logging(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """The logging `python -m bot run` sets up at LOG_LEVEL=DEBUG, with caplog still listening; restored after."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level, {n: logging.getLogger(n).level for n in ("telegram", "httpx", "httpcore")}
    configure("DEBUG", [TOKEN])
    root.addHandler(caplog.handler)
    caplog.handler.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        root.handlers[:], root.level = saved[0], saved[1]
        for name, level in saved[2].items():
            logging.getLogger(name).setLevel(level)


async def test_no_log_line_carries_a_question(service: KnowledgeService, caplog: pytest.LogCaptureFixture) -> None:
    questions = [
        "社工工资多少",
        "北京社工",
        "潜水证怎么考 我电话13812345678",
        "社工證怎麼續期",
        "/ask 社会工作者是什么",
    ]
    failing = "社工证怎么考 邮箱 zhang@example.com"
    with production_logging(caplog):
        async for session in open_session(service):
            for question in questions:
                assert await session.push(updates.message(question))  # each one got a reply
            service.answerer = FailingAnswerer(service.answerer.engine)
            assert await session.push(updates.message(failing))  # the user is told; the error is logged
    logged = caplog.text
    assert "error handling a message update: RuntimeError" in logged and "Traceback" in logged
    for question in [*questions, failing]:
        assert question not in logged
    assert "13812345678" not in logged and "潜水证" not in logged and "zhang@example.com" not in logged
