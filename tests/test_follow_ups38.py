"""Session 38's conversations: a short turn asking a new attribute of the topic just answered (去哪办 after
考过了证要登记吗) is read in that topic; a turn doubting the answer asks its date (是真的吗，哪年的消息); a thread in
Traditional stays so."""

from __future__ import annotations

import pytest

from bot.core.answerer import Answerer
from bot.core.replies import Outcome
from bot.core.text import to_simplified as simplified
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("turns", "entry", "says"),
    [
        (["考过了证要登记吗", "去哪办"], "registration-where", "户籍所在地或工作单位所在地"),
        (["考過了證要登記嗎", "去哪辦"], "registration-where", "户籍所在地或工作单位所在地"),
        (["考过了证要登记吗", "去哪办", "多久一次"], "registration", "每3年再登记一次"),
        (["考過了證要登記嗎", "去哪辦", "多久一次"], "registration", "每3年再登记一次"),
        (["高级社工师怎么考", "要什么条件"], "eligibility-senior", "从事社会工作满5年"),
        (["高級社工師怎麼考", "要什麼條件"], "eligibility-senior", "从事社会工作满5年"),
        (["高级社工师怎么考", "要什么条件", "考过了管几年"], "senior-pass-validity", "有效期3年"),
        (["高级社工师怎么考", "要什么条件", "考过了管几年", "评审谁管"], "senior-exam-review", "评审委员会"),
        (["考过了证要登记吗", "超过一年呢"], "registration-late", "超过期限没登记"),
        (["考过了证要登记吗", "超过一年了怎么办"], "registration-late", "超过期限没登记"),
        (["考過了證要登記嗎", "超過一年了怎麼辦"], "registration-late", "超过期限没登记"),
        (["社工考试是什么考试", "全国统一卷吗"], "exam-organisers", "统一试卷"),
        (["社工证去哪登记", "在户口所在地还是单位所在地"], "registration-where", "户籍所在地或工作单位所在地"),
        (["社工是什么", "跟医生一样是职业吗"], "what-is-social-worker", "和医生、警察、教师一样"),
        (["社工是什麼", "跟醫生一樣是職業嗎"], "what-is-social-worker", "和医生、警察、教师一样"),
        (["浙江有多少人报考社工", "持证排第几"], "zhejiang-holders", "居全国各省份首位"),
        (["浙江有多少人報考社工", "持證排第幾"], "zhejiang-holders", "居全国各省份首位"),
        (["社区招聘时有社工证能加分吗", "哪里的"], "recruitment-bonus-points", "浙江某些地区"),
    ],
)
def test_a_short_turn_is_read_in_the_topic_just_answered(ask: Ask, turns: list[str], entry: str, says: str) -> None:
    for turn in turns[:-1]:
        ask(turn, chat="topic")
    reply = ask(turns[-1], chat="topic")
    assert answered(reply) == entry and says in simplified(reply.text), reply.text


@pytest.mark.parametrize(
    "turns",
    [
        ["考过了证要登记吗", "要钱吗"],
        ["考过了证要登记吗", "去哪办", "多久一次", "要钱吗"],
        ["考過了證要登記嗎", "去哪辦", "多久一次", "要錢嗎"],
    ],
)
def test_what_registering_costs_after_its_topic_is_declined_naming_who_decides(ask: Ask, turns: list[str]) -> None:
    for turn in turns[:-1]:
        ask(turn, chat="fee")
    reply = ask(turns[-1], chat="fee")
    text = simplified(reply.text)
    assert reply.outcome is Outcome.DECLINED and "关于登记费用" in text and "本省民政部门" in text, reply.text


@pytest.mark.parametrize(
    ("before", "then"),
    [
        ("宁波考社工证有奖励吗", "考过了管几年"),  # 宁波 is no topic of the senior pass's validity
        ("社工工资多少", "为什么"),  # asking words alone
        ("社工工资多少", "医生一个月工资多少"),  # a job of its own, which the pay answer does not say
        ("社工证怎么考", "要多久"),  # no entry on the certificate says how long it takes
        ("社工和社区工作者有什么区别", "考过了管几年"),  # not 社区工作者's validity
    ],
)
def test_a_turn_the_topic_does_not_answer_clearly_is_read_on_its_own(
    ask: Ask, answerer: Answerer, before: str, then: str
) -> None:
    ask(before, chat="guard")
    reply = ask(then, chat="guard")
    alone = answerer.ask(then)
    assert (reply.outcome, answered(reply)) == (alone.outcome, answered(alone)), reply.read_as


@pytest.mark.parametrize("doubt", ["是真的吗，哪年的消息", "是真的嗎，哪年的消息", "真的吗？哪一年的"])
def test_a_turn_doubting_the_answer_and_asking_its_date_gets_the_date(ask: Ask, doubt: str) -> None:
    ask("宁波考社工证有奖励吗", chat="doubt")
    reply = ask(doubt, chat="doubt")
    assert answered(reply) == "ningbo-reward" and "2023年报道" in simplified(reply.text), reply.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        (["寧波有獎勵嗎", "中級多少錢", "台州呢"], "獎勵"),
        (["浙江報考人數多少", "全國呢", "哪一年的"], "數據時間"),
        (["浙江報考人數多少", "全國呢", "哪一年的", "比前一年多多少"], "報考總人數"),
        (["考過了證要登記嗎", "去哪辦", "多久一次"], "登記"),
    ],
)
def test_a_follow_up_with_no_script_of_its_own_stays_in_a_traditional_thread(
    ask: Ask, turns: list[str], says: str
) -> None:
    for turn in turns[:-1]:
        ask(turn, chat="script")
    reply = ask(turns[-1], chat="script")
    assert reply.traditional and says in reply.text, reply.text
