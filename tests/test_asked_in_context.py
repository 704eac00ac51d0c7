"""Conversations where what a question asks is read from its context: the place told before the ask, a group or a
measure asked after an answer, a year said as 去年, a share or a pass count that no figure is, and questions that are
only names."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.answerer import Answerer
from bot.core.engine import Engine
from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered, values


@pytest.mark.parametrize(
    ("question", "entry", "figure"),
    [
        ("在台州工作，考过了初级能拿多少奖励", "taizhou-reward", "1000元"),
        ("我台州的，考过初级领了1000，今年考了中级，还能再领2000吗", "taizhou-reward", "2000元"),
        ("我在北京海淀区做社工，北京一共有多少社工服务机构", "beijing-workforce", "960家"),
    ],
)
def test_the_place_told_before_the_ask_is_where_it_is_asked(ask: Ask, question: str, entry: str, figure: str) -> None:
    reply = ask(question)  # the scene's place joins the asking clause; a district before its city does not hide it
    assert answered(reply) == entry and figure in reply.text, reply.text


def test_a_place_read_too_weakly_is_offered_never_said_to_have_no_facts(ask: Ask) -> None:
    reply = ask("我在宁波考的初级，后来调到台州工作了，两边奖励能都拿吗")
    assert "台州的奖励：本助手没有核实过的资料" not in reply.text, reply.text
    assert "taizhou-reward" in values(reply) or "1000元" in reply.text, reply.buttons


@pytest.mark.parametrize(
    ("first", "then", "figure"), [("北京有多少社工", "那社工机构呢", "960家"), ("北京有多少社工", "机构呢", "960家")]
)
def test_a_group_asked_after_a_count_is_counted_where_it_was(ask: Ask, first: str, then: str, figure: str) -> None:
    ask(first, chat="group")
    reply = ask(then, chat="group")  # Beijing's agencies, not a choice between Beijing's entries
    assert reply.outcome is Outcome.ANSWERED and figure in reply.text, reply.text


@pytest.mark.parametrize("then", ["比上年多多少", "增长了多少"])
def test_a_change_asked_after_a_figure_is_that_figure_s_change(ask: Ask, then: str) -> None:
    ask("全国报考人数多少", chat="change")
    reply = ask(then, chat="change")
    assert answered(reply) == "exam-applicants" and "6.1万" in reply.text, reply.text


@pytest.mark.parametrize(("then", "entry"), [("chuji ne", "eligibility-assistant"), ("gaoji ne", "eligibility-senior")])
def test_a_follow_up_closed_with_ne_in_pinyin_swaps_the_level(ask: Ask, then: str, entry: str) -> None:
    ask("中级报考条件是什么", chat="pinyin")
    assert answered(ask(then, chat="pinyin")) == entry


@pytest.mark.parametrize(
    "question", ["浙江持证社工比例是多少", "浙江持證社工比例", "北京社工专业人才占人口比例", "浙江报考人数占全国的比例"]
)
def test_a_share_is_no_count(ask: Ask, question: str) -> None:
    reply = ask(question)  # no source gives a share: never the count as if it were one
    assert reply.outcome is not Outcome.ANSWERED and "比例" in to_simplified(reply.text), reply.text


@pytest.mark.parametrize("question", ["社工考试合格的人有多少", "社工证考过的人多吗"])
def test_how_many_pass_is_not_how_many_sit(ask: Ask, question: str) -> None:
    reply = ask(question)  # passers are not applicants: the exam notice's figures, which no source gives
    assert "89万" not in reply.text and answered(reply) == "exam-registration-details", reply.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("去年社工考试有多少人报名", "去年（2025年）"),
        ("今年浙江报考人数", "今年（2026年）"),
        ("去年全國報考人數多少", "去年（2025年）"),
        ("How many people applied for the exam last year?", "2025年"),
    ],
)
def test_a_year_said_from_today_is_named_when_no_figure_is_of_it(engine: Engine, question: str, said: str) -> None:
    reply = Answerer(engine, today=lambda: date(2026, 11, 30)).ask(question)
    text = to_simplified(reply.text)
    assert reply.outcome is Outcome.ANSWERED and f"没有{said}的" in text, text


@pytest.mark.parametrize(("question", "entry"), [("宁波 初级", "ningbo-reward"), ("宁波 高级", "ningbo-reward")])
def test_a_place_and_a_level_alone_offer_the_place_s_facts_first(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)  # the levels overview does not read 宁波; which is meant, the question does not say
    assert reply.outcome is Outcome.SUGGESTED and values(reply)[0] == entry, reply.buttons


def test_a_place_s_agencies_are_not_its_reward(ask: Ask) -> None:
    reply = ask("台州社工机构")  # 台州's only facts are its reward; the agencies read closer
    assert answered(reply) != "taizhou-reward" and "township-agency" in values(reply), reply.buttons


def test_registering_online_is_no_graduate_s_question(ask: Ask) -> None:
    assert answered(ask("can i register online")) != "graduate-eligibility"


def test_words_parted_by_spaces_are_one_question(ask: Ask) -> None:
    reply = ask("北京 案例")  # not two clauses of one word each: Beijing's cases, not Beijing's entries in general
    assert "beijing-cases" in (answered(reply), values(reply)[0]), reply


@pytest.mark.parametrize(
    "question",
    ["今年考初级，综合能力过了，实务没过，明年是不是要全部重考", "我在浙江，刚考下社工证，要去哪里登记，带什么材料"],
)
def test_clauses_telling_what_the_asker_sat_or_passed_are_not_answered(ask: Ask, question: str) -> None:
    reply = ask(question)  # the eligibility rules answer none of it: 今年考初级 and 刚考下社工证 set the scene
    assert answered(reply) not in {"eligibility-assistant", "how-to-get-certificate"}, reply.text
    assert {"score-carryover", "registration-where"} & {answered(reply), *values(reply)}, reply.buttons


@pytest.mark.parametrize("question", ["新人工资", "社工新人工资多少", "新人 工资"])
def test_a_newcomer_s_pay_is_a_new_hire_s(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "pay" and "三四千元" in reply.text, reply.text


def test_whether_a_place_has_many_social_workers_asks_their_count(ask: Ask) -> None:
    assert "7.96万" in ask("北京社工多不多").text
    reply = ask("上海社工多不多")  # no count for Shanghai: said so, never another city's pay or reward
    assert reply.outcome is Outcome.DECLINED and "上海的从业人数" in reply.text, reply.text


def test_how_many_agencies_is_their_count(ask: Ask) -> None:
    assert "960家" in ask("北京有几个社工机构").text
    reply = ask("玉环有几个社工机构")  # the report names one agency there: no count
    assert reply.outcome is Outcome.DECLINED and "玉环的机构数" in reply.text, reply.text


def test_a_follow_up_after_words_pointing_back_is_still_a_follow_up(ask: Ask) -> None:
    ask("宁波奖励多少", chat="back")
    reply = ask("回到刚才的，台州呢", chat="back")  # 回到刚才的 asks nothing: the follow-up is 台州呢
    assert answered(reply) == "taizhou-reward" and "1000元" in reply.text, reply.text


def test_each_group_compared_with_social_workers_is_a_part(ask: Ask) -> None:
    reply = ask("社工跟社区的网格员、社区干部是一回事不")  # community workers answered, grid workers named
    assert answered(reply) == "vs-community-worker" and "网格员" in reply.text.split("📅")[0], reply.text


def test_which_province_leads_in_holders_is_zhejiang(ask: Ask) -> None:
    reply = ask("持证社工全国第一是哪个省")  # the answer is the place: the question need not name it
    assert answered(reply) == "zhejiang-holders" and "15.6万" in reply.text, reply.text


def test_why_pay_is_low_says_the_report_gives_no_reason(ask: Ask) -> None:
    text = ask("社工工资为什么低").text  # the figure, and that the report states no cause, only an agency's funding
    assert "三四千元" in text and "报道没有给出原因" in text, text


@pytest.mark.parametrize(
    ("question", "figure"), [("浙江持证社工总数15.6万对吗", "15.6万"), ("北京社工7.96万人对吗", "7.96万")]
)
def test_a_right_figure_with_a_decimal_put_forward_is_never_called_wrong(ask: Ask, question: str, figure: str) -> None:
    text = ask(question).text  # 15.6万 is no list marker 15. before 6万
    assert "资料里的数字不是" not in text and figure in text, text


@pytest.mark.parametrize(
    ("question", "entry"), [("宁波初级中级高级分别多少", "ningbo-reward"), ("台州初级中级各多少", "taizhou-reward")]
)
def test_each_level_s_sum_in_a_city_is_its_reward(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


@pytest.mark.parametrize(
    ("question", "named"), [("张露娜工资多少", "张露娜的工资"), ("張露娜工資多少", "張露娜的工資")]
)
def test_a_person_the_report_quotes_is_asked_only_what_it_says_of_them(ask: Ask, question: str, named: str) -> None:
    reply = ask(question)  # another social worker's pay is not hers
    assert reply.outcome is Outcome.DECLINED and named in reply.text and "三四千" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("外省考的证我们浙江认吗", "certificate-nationwide"),
        ("北京社区有多少个社工站", "beijing-service-network"),
        ("登记多久审核完", "registration-where"),
    ],
)
def test_everyday_wordings_reach_their_entries(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


@pytest.mark.parametrize("said", ["唔该晒", "好的明白了", "好的拜拜", "哈哈 懂了", "你能干嘛", "你吃饭了吗"])
def test_thanks_and_understood_are_small_talk(ask: Ask, said: str) -> None:
    assert ask(said).outcome is Outcome.INFO


@pytest.mark.parametrize("question", ["宁波和台州哪个奖得多", "宁波和台州哪个奖励多"])
def test_which_city_rewards_more_gets_both_rewards(ask: Ask, question: str) -> None:
    text = ask(question).text
    assert "1500元" in text and "1000元" in text, text


@pytest.mark.parametrize(("question", "named"), [("杭州 持证", "杭州的持证人数"), ("温州持证", "温州的持证人数")])
def test_a_place_and_a_counted_group_alone_ask_its_count(ask: Ask, question: str, named: str) -> None:
    reply = ask(question)  # not whether holders go on to work as social workers
    assert reply.outcome is Outcome.DECLINED and named in reply.text, reply.text


@pytest.mark.parametrize("question", ["持证社工每月有补贴吗", "持证社工每年有补贴吗"])
def test_an_allowance_for_holding_is_no_one_off_reward(ask: Ask, question: str) -> None:
    reply = ask(question)  # the rewards are paid once, for passing: no source gives an allowance for holding
    assert reply.outcome is Outcome.DECLINED and "持证津贴" in reply.text, reply.text


def test_how_long_a_senior_pass_waits_for_the_review_is_its_three_years(ask: Ask) -> None:
    reply = ask("高级社工考过了多久内要评审")
    assert answered(reply) == "senior-pass-validity" and "3年" in reply.text, reply.text
