"""Session 38's conversations: a figure asked of where or when it is from in a chat that never gave it is answered
from the answer that states it."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("2022年报考89万是哪里的数据", "exam-applicants", "“89万”所在的回答【全国每年有多少人考社工证？】出自"),
        ("北京社工人才7.96万是哪年的", "beijing-workforce", "数据时间是：2023年会议报道时"),
        ("960家是谁统计的", "beijing-workforce", "《北京召开全市社会工作专业人才队伍建设联席会议》"),
        ("浙江持證社工15.6萬是哪年的數據", "zhejiang-holders", "“15.6萬”所在的回答"),
    ],
)
def test_a_figure_asked_of_in_a_new_chat_gets_the_answer_stating_it(
    ask: Ask, question: str, entry: str, says: str
) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == entry, reply.text
    assert says in reply.text and "刚才" not in reply.text, reply.text


def test_a_figure_two_answers_state_names_both(ask: Ask) -> None:
    reply = ask("3000元是哪年的")
    assert "【宁波考社工证有多少奖励？】" in reply.text and "2023年报道时的标准" in reply.text, reply.text


def test_a_figure_inside_another_is_not_that_figure(ask: Ask) -> None:
    reply = ask("北京8万社工是哪年的数据")  # 22.8万 people served is not 8万
    assert answered(reply) != "beijing-cases" and "22.8万" not in reply.text, reply.text


def test_a_figure_asked_of_after_the_answer_giving_it_is_still_that_answer(ask: Ask) -> None:
    ask("北京有多少社工", chat="given")
    reply = ask("960家是哪年的", chat="given")
    assert reply.text.startswith("刚才回答的【北京有多少社工？】"), reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("2022年全国报考人数是6.1万吗", "资料里的数字不是6.1万"),
        ("2022年全國報考人數是6.1萬嗎", "資料裡的數字不是6.1萬"),
        ("2022年报考人数比2021年增加了6.1万吗", "资料里的数字正是6.1万"),
        ("2022年比2021年多了6.1万对吗", "资料里的数字正是6.1万"),
    ],
)
def test_a_figure_the_answer_gives_as_a_rise_confirms_only_a_rise(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-applicants" and says in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("宁波奖励是5000吗", "资料里的5000是高级社工师的"),
        ("台州考社工证奖励2000吗", "资料里的2000是社工师的"),
        ("宁波高级奖励是5000吗", "资料里的数字正是5000"),
    ],
)
def test_a_figure_of_one_level_confirmed_without_a_level_names_the_level(ask: Ask, question: str, says: str) -> None:
    assert says in ask(question).text


@pytest.mark.parametrize("question", ["社工考试是机考还是笔试", "社會工作者考試是筆試還是機考?"])
def test_an_honest_answer_naming_both_choices_chooses_neither(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-difficulty" and "的是“" not in reply.text, reply.text  # no 资料里说的是“机考”


@pytest.mark.parametrize(
    ("question", "entry", "not_said"),
    [
        ("我是宁波人在上海工作，上海考社工证有奖励吗", "other-city-rewards", "1500元"),
        ("我是温州的，宁波奖励多少", "ningbo-reward", "其他城市"),
        ("我在杭州上班，北京有多少社工", "beijing-workforce", "杭州"),
    ],
)
def test_where_the_asker_is_from_is_not_the_place_asked(ask: Ask, question: str, entry: str, not_said: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry and not_said not in reply.text, reply.text


def test_a_place_the_asker_tells_with_no_other_place_asked_is_still_asked(ask: Ask) -> None:
    assert answered(ask("我在宁波，考了初级，能拿多少奖励")) == "ningbo-reward"
    assert answered(ask("我在浙江考的社工证，去江苏工作还有效吗")) == "certificate-nationwide"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("初级社工考哪两门啊，我准备今年报，想先买书", "subjects-assistant"),
        ("社工考试一年考几次？错过了今年是不是要等明年", "exam-frequency"),
        ("我打算明年考中级，要考几科", "subjects-intermediate"),
    ],
)
def test_a_year_the_asker_plans_by_is_not_a_year_asked(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry and "资料里没有" not in reply.text, reply.text


def test_a_year_asked_of_a_figure_is_still_missing(ask: Ask) -> None:
    assert "没有今年" in ask("我想看今年的报考人数").text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("浙江持证社工里高级社工师有多少", "浙江的高级社工师的持证人数"),
        ("浙江中级社工有多少", "浙江的社工师的持证人数"),
        ("2022年中级报考人数是多少", "社工师的报考人数"),
        ("北京禁毒社工有多少人", "北京的禁毒社工的从业人数"),
        ("全國醫務社工有多少", "全國的醫務社工的從業人數"),
    ],
)
def test_a_count_of_a_level_or_field_no_entry_breaks_down_is_named_as_uncovered(
    ask: Ask, question: str, named: str
) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and named in reply.text, reply.text
    assert "15.6万" not in reply.text and "7.96万" not in reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("台州高级奖励是5000吗", "（资料里的5000说的是：“高级：5000元/人”，见【宁波考社工证有多少奖励？】。）"),
        ("上海有7.96万社工吗", "“北京全市社工专业人才总数已达7.96万人”"),
        ("杭州持证社工有15.6万吗", "见【浙江有多少持证社工？】"),
        ("杭州奖励1500吗", "（资料里的1500说的是：“初级：1500元/人”"),
    ],
)
def test_a_figure_put_forward_where_nothing_answers_is_said_where_the_sources_give_it(
    ask: Ask, question: str, says: str
) -> None:
    reply = ask(question)
    assert says in reply.text and answered(reply) in {None, "other-city-rewards"}, reply.text


def test_a_figure_alone_after_an_honest_reply_is_said_where_the_sources_give_it(ask: Ask) -> None:
    assert ask("台州高级奖励多少", chat="honest").outcome is Outcome.DECLINED
    reply = ask("是5000吗", chat="honest")
    assert reply.outcome is Outcome.DECLINED and "台州的高级社工师的奖励" in reply.text, reply.text
    assert "见【宁波考社工证有多少奖励？】" in reply.text


def test_a_figure_of_another_measure_is_not_said_beside_an_honest_answer(ask: Ask) -> None:
    reply = ask("上海社工工资是5000吗")  # 宁波's 5000 is a reward, not pay
    assert answered(reply) == "other-city-pay" and "5000元/人" not in reply.text, reply.text


@pytest.mark.parametrize("question", ["高级社工师有奖励吗", "考到中级社工证有奖励吗", "初級社工證有獎勵嗎"])
def test_a_reward_asked_of_a_level_alone_is_the_rewards_overview(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "rewards-overview"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("考社工证费用多少", "exam-registration-details"),
        ("社工考试可以在网上考吗", "exam-difficulty"),
        ("社工考试在网上报名吗", "exam-registration-details"),
    ],
)
def test_fees_and_whether_the_exam_is_online_get_their_honest_answers(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("835个是什么", "beijing-service-network", "里是这样说的：“社区（村）社会工作服务站835个”"),
        ("6.1万是什么意思", "exam-applicants", "比2021年增加了6.1万"),
        ("22.8萬人是什麼數據", "beijing-cases", "服務22.8萬人"),
    ],
)
def test_what_a_figure_stands_for_is_the_sentence_stating_it(ask: Ask, question: str, entry: str, says: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry and says in reply.text, reply.text


def test_what_a_figure_of_the_answer_just_given_stands_for_is_its_sentence(ask: Ask) -> None:
    ask("北京的三级社会工作服务体系是什么", chat="meaning")
    reply = ask("225是什么", chat="meaning")
    said = "刚才回答的【北京的三级社会工作服务体系是什么？】里是这样说的：“街道（乡镇）社会工作服务中心225个”"
    assert reply.text.startswith(said), reply.text


@pytest.mark.parametrize("then", ["是真的吗", "真的假的"])
def test_whether_an_answer_is_true_is_where_it_is_from(ask: Ask, then: str) -> None:
    ask("北京有多少社工", chat="true")
    reply = ask(then, chat="true")
    first = reply.text.split("\n")[0]  # 是真的吗: yes, as the sources say, before where it is from
    assert first.removeprefix("是，资料里就是这样写的。").startswith("刚才回答的【北京有多少社工？】出自"), reply.text


def test_when_a_reply_with_no_figure_is_from_is_nothing_to_date(ask: Ask) -> None:
    assert ask("台州高级给多少", chat="undated").outcome is Outcome.DECLINED
    assert "没有可以注明的出处、数据时间或说话人" in ask("哪年的数据", chat="undated").text


@pytest.mark.parametrize(
    ("first", "then", "entry"),
    [
        (None, "社工认可度低怎么办", "close-talent-gap"),
        (None, "考过后多久要评审", "senior-pass-validity"),
        ("初级考几科", "中机呢", "subjects-intermediate"),
    ],
)
def test_remedies_the_senior_review_and_a_typed_level_get_their_answers(
    ask: Ask, first: str | None, then: str, entry: str
) -> None:
    if first:
        ask(first, chat="typed")
    assert answered(ask(then, chat="typed")) == entry


def test_a_figure_with_a_separator_of_thousands_is_read_whole(ask: Ask) -> None:
    reply = ask("Is it true that Beijing has 80,000 social workers?")
    assert answered(reply) == "beijing-workforce" and "资料里的数字不是80000" in reply.text, reply.text


@pytest.mark.parametrize("question", ["国外留学回来的学历可以报考吗", "学历需要国家承认的吗，国外留学回来的学历可以吗"])
def test_a_degree_taken_abroad_is_the_rule_on_recognised_degrees(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "work-years-rules" and "国外（境外）取得的学历怎么认定" in reply.text, reply.text


@pytest.mark.parametrize("question", ["我是外地户口，在杭州工作，能在杭州报考吗", "外地户口能在工作地报考社工证吗"])
def test_where_one_may_sign_up_without_a_local_household_is_the_notices(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-registration-details" and "户口不在本地" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("社工要交社保吗", "关于社保缴纳"),
        ("社工機構給交社保嗎", "關於社保繳納"),
        ("北京社工站的员工有多少人", "北京的员工人数"),
    ],
)
def test_social_insurance_and_staff_counts_are_named_as_uncovered(ask: Ask, question: str, named: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and named in reply.text, reply.text
    assert "7.96万" not in reply.text and "考务" not in reply.text


def test_social_insurance_as_proof_for_signing_up_is_still_the_notices(ask: Ask) -> None:
    assert answered(ask("无社保能不能报名参加社会工作者考试")) == "exam-registration-details"


@pytest.mark.parametrize("question", ["社工证可以在香港用吗", "社工證在澳門能用嗎", "社工证在台湾有效吗"])
def test_the_certificate_used_where_another_system_holds_is_not_the_nationwide_answer(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "outside-mainland" and "通用。" not in reply.text, reply.text


def test_the_certificate_used_in_another_mainland_city_is_still_valid_nationwide(ask: Ask) -> None:
    assert answered(ask("社工证在杭州能用吗")) == "certificate-nationwide"


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("初级社工需要评审吗", "初级、中级各科全部合格即取得证书，没有评审"),
        ("中級社工需要評審嗎", "初級、中級各科全部合格即取得證書，沒有評審"),
        ("考中级需要初级证吗", "只有高中或中专学历的人，要先取得助理社会工作师证书"),
    ],
)
def test_whether_a_lower_level_needs_a_review_or_the_assistant_certificate_is_said(
    ask: Ask, question: str, says: str
) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-levels" and says in reply.text, reply.text


def test_the_senior_levels_review_is_still_its_own_answer(ask: Ask) -> None:
    assert answered(ask("高级社工需要评审吗")) == "senior-exam-review"


@pytest.mark.parametrize("question", ["医生资格证宁波奖励多少", "醫師證寧波獎勵多少"])
def test_another_trades_certificate_is_not_the_social_work_reward(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and "1500" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("首次登记要在几年内办", ""),
        ("首次登记要在3年内办吧", "（资料里的数字不是3年；"),
        ("首次登记要在1年内办吧", "（资料里的数字正是1年，见下面。）"),  # not 高级's: the aside names 高级
    ],
)
def test_the_first_registrations_time_limit_is_answered_and_checked(ask: Ask, question: str, line: str) -> None:
    reply = ask(question)
    assert answered(reply) == "registration" and line in reply.text, reply.text


def test_a_count_in_wan_of_a_city_is_not_that_citys_reward(ask: Ask) -> None:
    reply = ask("台州持证社工15.6万吧")
    assert reply.outcome is Outcome.DECLINED and "关于台州的持证人数" in reply.text, reply.text
    assert "1000元" not in reply.text and "见【浙江有多少持证社工？】" in reply.text


@pytest.mark.parametrize(
    ("first", "between", "then"),
    [
        ("北京有多少社工", "乱七八糟的问题", "哪年的数据"),
        ("听说北京有8万社工", None, "真的吗？哪年的数据"),
    ],
)
def test_when_an_answer_is_from_is_asked_past_a_menu_or_of_a_confirmation(
    ask: Ask, first: str, between: str | None, then: str
) -> None:
    ask(first, chat="dated")
    if between:
        ask(between, chat="dated")
    reply = ask(then, chat="dated")
    assert reply.text.startswith("刚才回答的【北京有多少社工？】，数据时间是：2023年会议报道时"), reply.text


def test_when_an_honest_reply_is_from_is_still_nothing_to_date(ask: Ask) -> None:
    ask("北京有多少社工", chat="honest-date")
    assert ask("上海呢", chat="honest-date").outcome is Outcome.DECLINED
    assert "没有可以注明的" in ask("哪年的数据", chat="honest-date").text


def test_how_many_levels_after_a_level_is_all_the_levels(ask: Ask) -> None:
    for question in ("初级考哪几科", "中级呢", "高级呢"):
        ask(question, chat="levels")
    assert answered(ask("一共几个级别", chat="levels")) == "exam-levels"


def test_two_years_without_registering_is_the_late_registration(ask: Ask) -> None:
    assert answered(ask("我考过了初级但是没去登记，已经两年了")) == "registration-late"


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("台北社工證有補助嗎", "關於臺灣的獎勵"),
        ("台中考社工证有奖励吗", "关于台湾的奖励"),
        ("新北社工薪水多少", "关于台湾的工资"),
    ],
)
def test_taiwans_cities_are_taiwans_own_system_not_zhejiangs_figures(ask: Ask, question: str, named: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and named in reply.text, reply.text
    assert "1000元" not in reply.text and "三四千" not in reply.text


@pytest.mark.parametrize("question", ["请问你能做什么", "你好，請問你能做什麼"])
def test_what_the_bot_does_asked_politely_is_small_talk(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert to_simplified(reply.text).startswith("我是社工问答助手"), reply.text


def test_when_the_senior_exam_was_first_held_is_the_senior_answer(ask: Ask) -> None:
    reply = ask("高级社工考试第一次是哪年")
    assert answered(reply) == "senior-exam-review" and "2019年首次举行" in reply.text, reply.text
