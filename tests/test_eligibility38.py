"""Session 38's trial of eligibility conversations that lost the asker's own situation: after a verdict, years said
bare or asked (工作一年够吗, gongzuo yi nian, 过两年呢, 那要再干几年, 从什么时候算) continue it; the self-check stays on
its question when an answer typed speaks of the asker but gives no choice (我在养老院做护工, 我不知道考哪个级别) and
says what a typed answer gave besides (中级证拿了6年); details told with a place of work (在厦门工作2年), a degree's
major said as another's (本科也是社工), a 中专 asking about both levels, and no schooling at all (没有学历) get their
verdict — question in, reply out, in Simplified and Traditional."""

from __future__ import annotations

import pytest

from bot.core.answerer import Answerer
from bot.core.replies import Action, Reply
from bot.core.text import to_simplified
from bot.terminal import chat
from tests.helpers import Ask, answered, verdict_of


def said_last(ask: Ask, *turns: str) -> str:
    """The verdict the last of several turns of one chat gets, in Simplified."""
    *_, last = [ask(turn) for turn in turns]
    return to_simplified(verdict_of(last))


@pytest.mark.parametrize(
    "turns",
    [("我硕士毕业", "社工硕士", "工作一年够吗"), ("我碩士畢業", "社工碩士", "工作一年夠嗎")],
)
def test_years_asked_whether_enough_after_a_verdict_continue_it(ask: Ask, turns: tuple[str, ...]) -> None:
    said = said_last(ask, *turns)
    assert "社工专业硕士报考社会工作师需从事社会工作满1年；你已满1年，可以报考" in said, said


def test_years_in_pinyin_after_a_verdict_continue_it(ask: Ask) -> None:
    said = said_last(ask, "wo shi dazhuan", "shehui gongzuo zhuanye", "gongzuo yi nian")
    assert "社工专业大专报考助理社会工作师需从事社会工作满2年；你做了1年，还差1年" in said, said


@pytest.mark.parametrize(
    ("turns", "gaps"),
    [
        (
            ("我大专毕业，做了3年社区工作，能考初级吗", "不是，我是说中级", "那要再干几年"),
            "社工专业大专还差1年，其他专业大专还差3年",
        ),
        (("我大专毕业，做了3年社区工作，能考中级吗", "还要干几年"), "社工专业大专还差1年，其他专业大专还差3年"),
        (("我大專畢業，做了3年社區工作，能考中級嗎", "那要再幹幾年"), "社工专业大专还差1年，其他专业大专还差3年"),
    ],
)
def test_how_many_more_years_after_a_shortfall_gets_each_majors_gap(
    ask: Ask, turns: tuple[str, ...], gaps: str
) -> None:
    said = said_last(ask, *turns)
    assert "你做了3年，哪一种都还不够" in said and gaps in said, said


@pytest.mark.parametrize("last", ["社工专业本科呢", "社工專業本科呢"])
def test_a_major_and_degree_swapped_in_after_the_years_asked(ask: Ask, last: str) -> None:
    said = said_last(ask, "我大专毕业，做了3年社区工作，能考中级吗", "那要再干几年", last)
    assert said.startswith("按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；如果这3年都算"), said


@pytest.mark.parametrize("later", ["过两年呢", "那过两年呢", "過兩年呢"])
def test_years_more_said_opening_a_follow_up_are_added(ask: Ask, later: str) -> None:
    said = said_last(ask, "我本科学的是会计", "工作了一年", later)
    assert "其他专业本科报考助理社会工作师需从事社会工作满2年；按你说的1年再加2年，共3年；你已满3年，可以报考" in said


def test_years_done_with_a_verb_are_not_years_more(ask: Ask) -> None:
    said = said_last(ask, "我本科学的是会计", "做过两年社工")
    assert "再加" not in said and "其他专业本科报考助理社会工作师需从事社会工作满2年" in said, said


@pytest.mark.parametrize(
    "turns",
    [
        ("我考过中级了，想考高级", "要干几年"),
        ("我考过中级了，想考高级", "从什么时候算"),
        ("我考過中級了，想考高級", "要幹幾年", "從什麼時候算"),
    ],
)
def test_the_senior_years_asked_say_they_count_from_the_certificate(ask: Ask, turns: tuple[str, ...]) -> None:
    said = said_last(ask, *turns)
    assert "高级社会工作师所需的从事社会工作年限从取得社会工作师证书后算起，算到报名当年年底（12月31日）" in said


def test_how_the_years_count_asked_after_a_verdict_of_2006_rules(ask: Ask) -> None:
    said = said_last(ask, "本科会计，做了3年社工，能考中级吗", "从什么时候算")
    assert "你做了3年，还差2年" in said and "社会工作师所需的从事社会工作年限算到报名当年年底" in said, said


def check_flow(answerer: Answerer, *typed: str) -> list[Reply]:
    """The self-check started, then each answer typed to the question before it (as Telegram reads one)."""
    replies = [answerer.check()]
    for text in typed:
        offered = [b.value for row in replies[-1].buttons for b in row if b.action is Action.CHECK]
        reply = answerer.typed_check(offered, text) or answerer.ask(text)
        replies.append(reply)
    return replies


def years_offered(reply: Reply) -> bool:
    """Whether a reply offers the self-check's years as its choices."""
    labels = [b.label for row in reply.buttons for b in row]
    return bool(labels) and labels[0] == "0年" and all(b.action is Action.CHECK for row in reply.buttons for b in row)


@pytest.mark.parametrize(
    "typed",
    [
        ("初级", "中专", "不知道算不算，我在养老院做护工", "5年"),
        ("初級", "中專", "不知道算不算，我在養老院做護工", "5年"),
    ],
)
def test_a_job_typed_at_the_years_question_keeps_the_check(answerer: Answerer, typed: tuple[str, ...]) -> None:
    *_, kept, result = check_flow(answerer, *typed)
    text = to_simplified(kept.text)
    assert text.startswith("没能从你的回答里读出从事社会工作的年限。") and "养老院的工作算不算" in text, text
    assert years_offered(kept), kept
    assert "高中/中专报考助理社会工作师需从事社会工作满4年；你已满5年，可以报考" in to_simplified(result.text)


def test_a_job_typed_with_its_years_gets_the_line_a_question_gets(answerer: Answerer) -> None:
    *_, result = check_flow(answerer, "初级", "中专", "在养老院做护工5年")
    assert "你已满5年，可以报考" in result.text and "养老院的工作算不算，以当年报考通知" in result.text, result.text


@pytest.mark.parametrize("said", ["我不知道考哪个级别", "我不知道考哪個級別"])
def test_not_knowing_the_level_keeps_the_check_on_it(answerer: Answerer, said: str) -> None:
    _, kept = check_flow(answerer, said)
    assert to_simplified(kept.text).startswith("没能从你的回答里读出想考的级别。"), kept.text
    first = next(b.label for row in kept.buttons for b in row)
    assert to_simplified(first) == "助理社会工作师（初级）", kept.buttons


def test_a_certificates_age_typed_is_said_not_to_be_years_of_work(answerer: Answerer) -> None:
    *_, asked, result = check_flow(answerer, "高级", "硕士", "中级证拿了6年", "6")
    assert asked.text.startswith("取得证书以来的6年是持证的时间，不是从事社会工作的年限"), asked.text
    assert years_offered(asked) and "你已满6年，可以报考" in result.text, result.text


def test_a_question_of_its_own_in_the_check_is_still_answered(answerer: Answerer) -> None:
    *_, reply = check_flow(answerer, "初级", "宁波奖励多少")
    assert answered(reply) == "ningbo-reward" or "1500元/人" in reply.text, reply.text


def test_the_terminal_check_stays_on_the_years_after_a_job(answerer: Answerer) -> None:
    lines = iter(["自测", "初级", "中专", "不知道算不算，我在养老院做护工", "5年"])
    output: list[str] = []

    def read(_: str) -> str:
        if (line := next(lines, None)) is None:
            raise EOFError
        return line

    chat(answerer, read, output.append)
    kept, result = output[-3], output[-2]
    assert "没能从你的回答里读出从事社会工作的年限" in kept and "0年、1年" in kept, kept
    assert "你已满5年，可以报考" in result, result


@pytest.mark.parametrize("question", ["本科社工专业，在厦门工作2年", "本科社工專業，在廈門工作2年"])
def test_a_place_of_work_does_not_stop_the_verdict(ask: Ask, question: str) -> None:
    said = to_simplified(verdict_of(ask(question)))
    assert "社工专业本科报考社会工作师需从事社会工作满3年；你做了2年，还差1年" in said, said


@pytest.mark.parametrize(
    "question",
    [
        "我是社工系研一学生，本科也是社工，之前没工作过，能考中级吗？初级肯定能考吧",
        "我是社工系研一學生，本科也是社工，之前沒工作過，能考中級嗎？",
    ],
)
def test_a_bachelors_major_said_as_the_same_is_read(ask: Ask, question: str) -> None:
    said = to_simplified(verdict_of(ask(question)))
    assert "社工专业本科报考助理社会工作师不要求工作年限；可以报考" in said and "还需要知道：专业" not in said, said


@pytest.mark.parametrize("question", ["我是中专，听说要先考初级才能考中级？", "我是中專，聽說要先考初級才能考中級？"])
def test_upper_secondary_asking_both_levels_gets_both_rules(ask: Ask, question: str) -> None:
    said = to_simplified(verdict_of(ask(question)))
    assert "高中/中专报考助理社会工作师需从事社会工作满4年" in said, said
    assert "高中/中专报考社会工作师需通过全国考试取得助理社会工作师证书后从事社会工作满6年" in said, said


@pytest.mark.parametrize("question", ["没有学历能考吗", "沒有學歷能考社工證嗎"])
def test_no_schooling_is_below_the_lowest_education(ask: Ask, question: str) -> None:
    said = to_simplified(verdict_of(ask(question)))
    assert "报考助理社会工作师至少需高中/中专学历" in said, said


def test_asking_whether_there_is_a_schooling_requirement_is_no_schooling_told(ask: Ask) -> None:
    assert answered(ask("社工证考试有没有学历要求")) is not None
