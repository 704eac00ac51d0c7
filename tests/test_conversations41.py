"""Session 41's conversations: a level said with years as the certificate held (我中级4年); follow-ups read against
the topic they continue; reply wording that reads as one voice."""

from __future__ import annotations

import pytest

from bot.core.replies import Reply
from tests.helpers import Ask, answered


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


def chat(ask: Ask, turns: list[str], name: str) -> Reply:
    """The reply to the last of several turns in one chat."""
    replies = [ask(turn, chat=name) for turn in turns]
    return replies[-1]


@pytest.mark.parametrize(
    "turns",
    [
        ["高级社工要评审吗", "成绩有效期呢", "评审谁组织", "过期了呢"],
        ["高级社工要评审吗", "过期了呢"],
    ],
)
def test_an_expiry_in_a_thread_on_the_senior_review_is_the_pass_certificates(ask: Ask, turns: list[str]) -> None:
    reply = chat(ask, turns, "senior")
    assert answered(reply) == "senior-pass-validity" and "过期后怎么办" in reply.text, reply.text


def test_a_bare_follow_up_naming_another_topic_is_about_that_topic(ask: Ask) -> None:
    reply = chat(ask, ["社工证全国通用吗", "那登记呢"], "register")
    assert answered(reply) == "registration" and not reply.text.startswith("通用"), reply.text


@pytest.mark.parametrize("turns", [["社工证有效期多久", "是终身的吗"], ["社工证是终身的吗"]])
def test_whether_the_certificate_is_for_life_is_the_validity_entrys(ask: Ask, turns: list[str]) -> None:
    reply = chat(ask, turns, "life")
    assert answered(reply) == "registration" and "证书本身有没有有效期" in reply.text, reply.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        (["北京有多少社工", "那浙江呢", "哪个多"], "浙江的从业人数"),
        (["宁波考社工证奖多少", "那台州呢", "哪个高"], "台州对新考取证书的人给予奖励"),
    ],
)
def test_which_is_more_after_two_places_compares_them(ask: Ask, turns: list[str], says: str) -> None:
    reply = chat(ask, turns, "compare")
    assert reply.match is not None and reply.match.entry is not None and says in reply.text, reply.text


def test_the_content_of_a_document_just_answered_is_that_answer(ask: Ask) -> None:
    reply = chat(ask, ["北京社工行动计划", "哪年出的", "内容呢"], "plan")
    assert answered(reply) == "beijing-policies", reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("社工考试是2006年开始的吗", "（资料里的数字不是2006年；资料里的2006年说的是另一件事"),
        ("浙江持证社工有20万是吗", "（资料里的数字不是20万；资料里的20万说的是另一件事"),
        ("2023年全国报考人数是89万吗", "（资料里的89万不是2023年的数字；本助手的资料里没有2023年的"),
    ],
)
def test_a_figure_not_as_put_has_one_note(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert says in reply.text and reply.text.count("（资料里") == 1 and "（本助手的资料里没有" not in reply.text
    assert "）（" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [("北京社工有8万人吗", "（资料里的数字是7.96万，约8万人，见下面。）"), ("浙江持证社工有16万吗", "约16万")],
)
def test_a_round_figure_of_the_answers_is_about_it(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert says in reply.text and "不是" not in reply.text.split("\n")[1], reply.text


def test_a_verdict_saying_how_a_degree_counts_leaves_no_part_unanswered(ask: Ask) -> None:
    reply = ask("自考本科算学历吗 能报社工吗")
    assert "自考学历认不认可" in reply.text and "这里没有找到能回答的资料" not in reply.text, reply.text


def test_what_is_asked_is_not_answered_with_a_yes(ask: Ask) -> None:
    assert ask("澳门居民报考社工要什么材料").text.startswith("按2006年的规定，香港、澳门、台湾居民可以报考")
    assert ask("港澳台居民能考社工证吗").text.startswith("可以。")


@pytest.mark.parametrize("before", ["宁波初级奖励1500", "浙江报考人数多少", "北京社工人才7.96万是真的吗"])
def test_is_it_true_after_an_answer_says_yes_before_its_source(ask: Ask, before: str) -> None:
    reply = chat(ask, [before, "是真的吗"], "true")
    assert reply.text.startswith("是，资料里就是这样写的。刚才回答的【"), reply.text
    denied = chat(ask, ["社工工资五六千是真的吗", "是真的吗"], "untrue")  # 五六千 is not what the answer says
    assert denied.text.startswith("刚才回答的【"), denied.text


@pytest.mark.parametrize("question", ["北京服务22.8万人是一年的吗", "北京服务22.8万人是每年的吗"])
def test_a_total_so_far_asked_as_a_years_says_so(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert "（资料里的数字是22.8万人，但说的是截至2023年5月底累计的，不是每年的" in reply.text, reply.text
