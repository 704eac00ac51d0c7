"""Session 42's conversations: where one may sign up is the exam notice's to say — for an asker without local hukou
(外地户口能在北京考社工吗) and on the exam site named (中国人事考试网能报社工吗, whose 中国 is no place asked)."""

from __future__ import annotations

import pytest

from tests.helpers import Ask

SIGN_UP = "户口不在本地能不能在工作地报名"


@pytest.mark.parametrize("question", ["外地户口能在北京考社工吗", "外地人能在杭州考社工证吗", "我是外地人能考社工吗"])
def test_an_asker_without_local_hukou_is_pointed_to_the_exam_notice(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert SIGN_UP in reply.text and "中国人事考试网" in reply.text, reply.text
    assert "社工专业博士可直接报" not in reply.text, reply.text


@pytest.mark.parametrize("question", ["中国人事考试网能报社工吗", "中國人事考試網能報社工嗎"])
def test_the_exam_site_named_is_no_place_asked(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert "人事考试网" in reply.text or "人事考試網" in reply.text, reply.text
    assert "您是不是想问" not in reply.text and "您是不是想問" not in reply.text, reply.text


def test_a_reward_asked_for_outsiders_stays_the_citys(ask: Ask) -> None:
    reply = ask("宁波的奖励外地人能领吗")
    assert "宁波" in reply.text and SIGN_UP not in reply.text, reply.text
