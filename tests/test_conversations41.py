"""Session 41's conversations: a level said with years as the certificate held (我中级4年); follow-ups read against
the topic they continue; reply wording that reads as one voice."""

from __future__ import annotations

import pytest

from tests.helpers import Ask


@pytest.mark.parametrize(
    "details",
    ["我中级4年 本科", "我本科 中级4年了", "本科，中级4年了"],
)
def test_a_level_said_with_years_is_the_certificate_held_not_the_level_asked(ask: Ask, details: str) -> None:
    ask("高级报考条件")
    reply = ask(details)
    assert "高级社会工作师" in reply.text and "取得证书到今年年底满4年" in reply.text, reply.text
    assert "报考社会工作师需从事社会工作满" not in reply.text, reply.text
    later = ask("那明年呢")
    assert "报考高级社会工作师" in later.text and "报考社会工作师需从事" not in later.text, later.text


def test_a_level_said_with_years_asks_the_level_above_in_one_message(ask: Ask) -> None:
    reply = ask("我中级4年 本科 能报高级吗")
    assert "取得证书到今年年底满4年，不满5年" in reply.text, reply.text
    assert "报考社会工作师需从事社会工作满" not in reply.text, reply.text
