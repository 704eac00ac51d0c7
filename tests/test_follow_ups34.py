"""Conversations where a follow-up is read against more than the last answer: a swap the last answer tells nothing
of (台州呢 after 登记有效期多久) read after an earlier question, a question pointing back (那刚才说的宁波呢), the level
of the thread (一年几次 after the senior exam), corrections (不是，我是说中级), and a few words the answer just given
says."""

from __future__ import annotations

import pytest

from bot.core.conversation import RECENT_QUESTIONS, Threads, thread_questions
from bot.core.replies import Outcome
from tests.helpers import Ask, answered, buttons, values


def _after(ask: Ask, turns: list[str], chat: str) -> None:
    for turn in turns:
        ask(turn, chat=chat)


@pytest.mark.parametrize(
    ("turns", "then", "says", "not_says"),
    [
        (["宁波奖励多少", "登记要什么材料", "登记有效期多久"], "台州呢", "2000元", "1500元"),
        (["宁波奖励多少", "那登记要交什么材料", "几天能办完"], "台州呢", "2000元", "1500元"),
        (["宁波奖励多少", "社区招聘加分吗"], "刚才说的台州初级多少", "1000元", "2000元"),
    ],
)
def test_a_swap_the_last_answer_tells_nothing_of_is_read_after_an_earlier_question(
    ask: Ask, turns: list[str], then: str, says: str, not_says: str
) -> None:
    _after(ask, turns, "earlier")
    reply = ask(then, chat="earlier")  # the registration rules hold everywhere: never the same answer again
    assert answered(reply) == "taizhou-reward" and says in reply.text and not_says not in reply.text, reply.text
    level = ask("初级呢", chat="earlier")  # and the thread goes on from there
    assert answered(level) == "taizhou-reward" and "1000元" in level.text and "2000元" not in level.text, level.text


def test_a_swap_the_last_answer_tells_of_is_read_after_it(ask: Ask) -> None:
    _after(ask, ["宁波奖励多少", "继续教育要多少学时"], "told")
    reply = ask("初级呢", chat="told")  # the hours' answer has the assistant level's line: not 宁波's reward
    assert answered(reply) == "continuing-education" and "72" in reply.text and "90小时" not in reply.text


def test_pointing_back_at_a_place_asks_its_whole_answer_again(ask: Ask) -> None:
    ask("宁波奖励多少", chat="back")
    level = ask("中级多少", chat="back")
    assert answered(level) == "ningbo-reward" and "3000元" in level.text and "1500元" not in level.text
    again = ask("那刚才说的宁波呢", chat="back")  # every level again, not the one asked in between
    assert answered(again) == "ningbo-reward", again.text
    assert all(sum in again.text for sum in ("1500元", "3000元", "5000元")), again.text


@pytest.mark.parametrize(
    ("turns", "then", "entry", "says"),
    [
        (["高级社工师怎么评"], "一年几次", "senior-exam-review", "评审原则上每年一次"),
        (["高级报考条件", "考过了有效期多久"], "一年几次", "senior-exam-review", "评审原则上每年一次"),
        (["高级报考条件", "考过了有效期多久"], "评审谁组织", "senior-exam-review", "评审委员会"),
        # the senior pass certificate: what happens after its 3 years the sources do not say, and the answer says so
        (["那高级的合格证明有效期呢"], "过期了怎么办", "senior-pass-validity", "过期后怎么办，本助手没有核实过的规定"),
    ],
)
def test_a_short_question_in_a_thread_about_one_level_is_read_in_that_level(
    ask: Ask, turns: list[str], then: str, entry: str, says: str
) -> None:
    _after(ask, turns, "level")
    reply = ask(then, chat="level")  # not the 2006 rule of the other levels, nor the certificate's re-registration
    assert answered(reply) == entry and says in reply.text, reply.text


@pytest.mark.parametrize(
    ("before", "then", "not_entry"),
    [
        ("高级社工师怎么评", "怎么登记", "senior-exam-review"),  # registration holds for every level
        ("高级报考条件", "继续教育多少学时", "eligibility-senior"),
    ],
)
def test_a_question_of_its_own_in_a_one_level_thread_is_not_read_in_it(
    ask: Ask, before: str, then: str, not_entry: str
) -> None:
    ask(before, chat="own")
    assert answered(ask(then, chat="own")) != not_entry


@pytest.mark.parametrize(
    ("before", "correction", "entry", "says", "not_says"),
    [
        ("社工证有效期几年", "不是，我是说登记的有效期", "registration", "每次登记有效期3年", "没有可靠的资料"),
        ("继续教育要多少学时", "不是，我是说中级", "continuing-education", "90小时", "72小时"),
        ("继续教育要多少学时", "不对，我是说中级", "continuing-education", "90小时", "72小时"),
        ("继续教育多少", "不是，我是说高级的学时", "continuing-education", "90小时", "72小时"),
        ("宁波中级奖多少", "不是，我是说台州中级", "taizhou-reward", "2000元", "3000元"),
        ("宁波中级奖多少", "不是我是说台州中级", "taizhou-reward", "2000元", "3000元"),
    ],
)
def test_a_correction_is_read_as_the_question_before_with_what_was_meant(
    ask: Ask, before: str, correction: str, entry: str, says: str, not_says: str
) -> None:
    ask(before, chat="correction")
    reply = ask(correction, chat="correction")
    assert answered(reply) == entry and says in reply.text and not_says not in reply.text, reply.text


def test_a_question_opening_with_no_is_no_correction(ask: Ask) -> None:
    ask("宁波奖励多少", chat="no")
    reply = ask("不是社工专业能考初级吗", chat="no")  # 不是 is part of what it asks
    assert answered(reply) != "ningbo-reward" and "1500元" not in reply.text, reply.text


@pytest.mark.parametrize("then", ["那助理呢", "助理呢"])
def test_the_assistant_level_named_by_its_first_word_keeps_the_topic(ask: Ask, then: str) -> None:
    ask("继续教育要多少学时", chat="assistant")
    reply = ask(then, chat="assistant")
    assert answered(reply) == "continuing-education" and "72小时" in reply.text and "90小时" not in reply.text


def test_a_place_swapped_into_a_meeting_it_has_none_of_names_the_meeting_and_offers_its_facts(ask: Ask) -> None:
    ask("北京联席会议有多少个成员单位", chat="meeting")
    reply = ask("浙江呢", chat="meeting")  # the sources have many facts on Zhejiang, none on a meeting of its own
    first = reply.text.split("\n")[0]
    assert reply.outcome is Outcome.DECLINED and "浙江的联席会议" in first and "浙江的情况" not in first, reply.text
    assert any(label.startswith("浙江的资料：") for label in buttons(reply)), buttons(reply)


@pytest.mark.parametrize(
    ("turns", "entry", "says"),
    [
        (["社工证要登记吗", "要多久之内登记"], "registration", "1年内受理"),
        (["北京的社工服务站有多少个", "全覆盖了吗"], "beijing-service-network", "实现区级中心全覆盖"),
        (["北京的社工服务站有多少个", "社区的呢"], "beijing-service-network", "835个"),
        (["宁波考社工证有奖励吗", "是每年都发吗"], "ningbo-reward", "一次性发放"),
        (["社工证全国通用吗", "那登记也是全国的吗"], "registration", "各省民政部门负责本地区的登记"),
        (["宁波奖励多少", "怎么申请"], "ningbo-reward", "怎么申领"),  # that the report does not say
        (["宁波奖励多少", "要什么材料"], "ningbo-reward", "要交什么材料"),  # never the certificate's papers
    ],
)
def test_a_few_words_the_answer_just_given_says_are_read_with_it(
    ask: Ask, turns: list[str], entry: str, says: str
) -> None:
    _after(ask, turns[:-1], "said")
    reply = ask(turns[-1], chat="said")
    assert answered(reply) == entry and says in reply.text, reply.text
    assert "registration-where" not in values(reply) or entry.startswith("registration"), values(reply)


@pytest.mark.parametrize(
    ("before", "then", "not_entry"),
    [
        ("那再登记呢", "多久能办好", "re-registration"),  # its answer gives when to apply, not how long it takes
        ("北京行动计划是哪几年的", "谁开的会", "beijing-policies"),  # it names no one who held a meeting
    ],
)
def test_a_few_words_the_answer_does_not_say_are_not_read_with_it(
    ask: Ask, before: str, then: str, not_entry: str
) -> None:
    ask(before, chat="unsaid")
    assert answered(ask(then, chat="unsaid")) != not_entry


def test_a_level_the_report_has_no_reward_for_is_answered_honestly_after_a_thread_of_levels(ask: Ask) -> None:
    _after(ask, ["宁波考社工证有奖励吗", "中级多少"], "levels")
    senior = ask("高级呢", chat="levels")
    assert answered(senior) == "ningbo-reward" and "5000元" in senior.text and "3000元" not in senior.text
    reply = ask("台州高级有吗", chat="levels")
    first = reply.text.split("\n")[0]
    assert reply.outcome is Outcome.DECLINED and "台州" in first and "高级" in first and "元" not in first
    assert "只给出这些等级的标准：助理社工师1000元、社工师2000元；没有提到高级社工师的" in reply.text


def test_a_count_of_one_level_among_holders_is_answered_honestly(ask: Ask) -> None:
    ask("浙江有多少持证社工", chat="among")
    reply = ask("其中中级有多少", chat="among")  # the report gives the total only
    first = reply.text.split("\n")[0]
    assert reply.outcome is Outcome.DECLINED and "浙江" in first and "社工师" in first, reply.text
    assert "15.6万" not in reply.text


def test_a_thread_keeps_its_last_questions_latest_first_each_once() -> None:
    threads = Threads()
    for number in range(RECENT_QUESTIONS + 2):
        threads.remember("chat", f"q{number}")
    threads.remember("chat", "q4")  # asked again: moved to the front, not kept twice
    threads.remember("chat", None)  # nothing answered: the thread is kept as it was
    last, earlier = thread_questions(threads.last("chat"))
    assert last == "q4" and earlier == ("q6", "q5", "q3", "q2")
    assert thread_questions(None) == (None, ())


def test_just_now_with_a_place_asks_its_earlier_question_again_after_small_talk(ask: Ask) -> None:
    assert answered(ask("宁波的奖励标准", chat="back")) == "ningbo-reward"
    ask("你好", chat="back")
    reply = ask("刚才宁波的高级多少", chat="back")  # its reward, not a count of Ningbo's senior holders
    assert answered(reply) == "ningbo-reward" and "5000元" in reply.text, reply.text


@pytest.mark.parametrize("question", ["要带什么材料", "要准备什么材料"])
def test_what_to_bring_after_where_to_register_is_that_answer_s(ask: Ask, question: str) -> None:
    assert answered(ask("社工证在哪里登记", chat=question)) == "registration-where"
    assert answered(ask(question, chat=question)) == "registration-where"  # it lists the papers
