"""Personal data people type (bot/journal/redact.py) is replaced before anything is stored or logged; ordinary numbers
are not; and no log line of a handled question carries its text (bot/telegram/logs.py)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from bot.journal.redact import BANK_CARD, EMAIL, ID_CARD, PHONE, redact, redact_normalised
from bot.telegram.logs import Redactor, configure
from bot.telegram.service import KnowledgeService
from tests import updates
from tests.fake_bot_api import TOKEN
from tests.helpers import FailingAnswerer, open_session


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
    ],
)
def test_ordinary_numbers_and_words_are_kept(text: str) -> None:
    assert redact(text) == text
    assert redact_normalised(text) == text


def test_an_email_address_is_found_after_normalisation() -> None:
    assert redact_normalised("邮箱zhang san example com 社工工资") == f"邮箱{EMAIL} 社工工资"
    assert redact_normalised("我的邮箱 123456789 qq com 收不到") == f"我的邮箱 {EMAIL} 收不到"
    assert redact_normalised("wang 163 com cn") == EMAIL


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
