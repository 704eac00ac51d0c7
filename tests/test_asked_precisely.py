"""Conversations where a question's exact words decide the entry: a place asked about another topic, a level whose
reward no report gives, a year swapped in a follow-up, a deadline, a first salary, and where to begin."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered


@pytest.mark.parametrize("question", ["台州社工缺人吗", "宁波社工缺人吗"])
def test_a_city_asked_about_the_shortage_never_gets_that_city_s_reward(ask: Ask, question: str) -> None:
    reply = ask(question)  # the city's only entry is its reward: the place alone does not make it the answer
    assert reply.outcome is not Outcome.ANSWERED, reply.text
    assert "talent-gap" in [b.value for row in reply.buttons for b in row], reply.buttons


@pytest.mark.parametrize("question", ["我是台州的，考了高级，有奖励吗", "我是台州的，考了高级，有獎勵嗎"])
def test_a_senior_reward_in_taizhou_after_the_scene_is_named_as_unknown(ask: Ask, question: str) -> None:
    reply = ask(question)  # the overview of every city's rewards has no Taizhou senior figure either
    assert reply.outcome is Outcome.DECLINED and "台州的高级社工师的奖励" in to_simplified(reply.text), reply.text
    assert [b.value for b in reply.buttons[0]] == ["taizhou-reward"], reply.buttons


@pytest.mark.parametrize(
    ("first", "year", "figure", "note"),
    [
        ("全国报考人数多少", "那2023年呢", "约为89万", "没有2023年的"),
        ("宁波奖励多少", "2022年呢", "1500元", "没有2022年的"),
        ("北京有多少社工", "what about 2020?", "7.96万", "没有2020年的"),
    ],
)
def test_a_follow_up_that_swaps_only_the_year_asks_the_same_of_that_year(
    ask: Ask, first: str, year: str, figure: str, note: str
) -> None:
    ask(first, chat="year")
    reply = ask(year, chat="year")  # the figures there are, and that none is of the year asked
    assert reply.outcome is Outcome.ANSWERED and figure in reply.text and note in reply.text, reply.text


def test_a_year_the_answer_only_compares_with_is_said_to_be_missing_before_the_change_since_it(ask: Ask) -> None:
    ask("全国报考人数多少", chat="compare")
    reply = ask("2021年呢", chat="compare")  # 比2021年增加了6.1万: the change since 2021, no total of 2021
    assert answered(reply) == "exam-applicants", reply.text
    assert reply.text.index("没有2021年的") < reply.text.index("比2021年增加了6.1万"), reply.text


@pytest.mark.parametrize(
    "question", ["我去年考过了中级，要登记吗", "我2024年拿的证，要继续教育吗", "我2023年考过了初级，要登记吗"]
)
def test_a_year_the_asker_tells_of_their_own_past_is_not_a_year_asked_about(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) in {"registration", "continuing-education"} and "资料里没有" not in reply.text, reply.text
    assert "资料里没有去年（2025年）的" in ask("去年浙江报考人数多少").text  # asked about: still said to be missing


@pytest.mark.parametrize("before", [None, "社工证怎么考"])
def test_a_year_is_no_follow_up_without_figures_before_it(ask: Ask, before: str | None) -> None:
    if before is not None:
        ask(before, chat="how")  # how to get the certificate has no figure of any year
    assert ask("2021年呢", chat="how").outcome is not Outcome.ANSWERED


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("首次登记要多久内办", "registration"),  # 多久内: by when
        ("社工证首次登记多久内要办", "registration"),
        ("登记要几个月内办", "registration"),
        ("高级考完多长时间内要评审", "senior-pass-validity"),
        ("考过一年半了还没登记，还能登记吗", "registration-late"),  # 一年半: a duration, not unknown words
        ("证书拿了半年还没登记要紧吗", "registration-late"),
        ("中级证书要再登记吗", "re-registration"),
        ("新入职社工能拿多少", "pay"),  # a new hire's pay
        ("刚入职的社工能拿多少", "pay"),
        ("考中级能拿多少", "rewards-overview"),  # passing a level: the reward
        ("考社工证能拿多少", "rewards-overview"),
        ("社工考证能拿多少", "rewards-overview"),
        ("我想当社工该怎么做", "how-to-get-certificate"),
        ("我想做社工应该怎么办", "how-to-get-certificate"),  # not what to do about the shortage
    ],
)
def test_everyday_wordings_get_the_entry_their_words_mean(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == entry, reply.text


def test_whether_registration_can_be_done_online_is_left_to_the_province(ask: Ask) -> None:
    reply = ask("证书登记网上能办吗")  # the sources say each province runs its own system, not whether online
    assert answered(reply) == "registration-where" and "能不能在网上办" in reply.text, reply.text


def test_a_source_two_parts_cite_is_named_once_with_both_dates(ask: Ask) -> None:
    text = ask("北京有多少社工？北京社工服务了多少人？").text  # one meeting report, dated two ways
    assert text.count("📰") == 1 and "2023年会议报道时；截至2023年5月底" in text, text


def test_a_place_of_two_with_other_facts_only_is_named_and_its_facts_offered_labelled(ask: Ask) -> None:
    reply = ask("北京和浙江各有多少社工")  # Zhejiang's report counts certificate holders, not workers
    assert "7.96万" in reply.text and "（浙江的从业人数：本助手没有核实过的资料。）" in reply.text, reply.text
    assert reply.buttons[0][0].label == "浙江的资料：浙江有多少持证社工？", reply.buttons


@pytest.mark.parametrize("question", ["每级考几科", "有几个级别，每级考几科"])
def test_subjects_of_each_level_are_answered_without_naming_social_work(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and "社会工作综合能力" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry", "line"),
    [
        ("鄞州考中级奖励多少", "ningbo-reward", "（鄞州属于宁波，下面是宁波的资料。）"),
        ("玉环考社工证有奖励吗", "taizhou-reward", "（玉环属于台州，下面是台州的资料。）"),
        ("溫嶺社工證獎勵", "taizhou-reward", "（溫嶺屬於台州，下面是台州的資料。）"),
    ],
)
def test_a_district_s_reward_is_its_city_s_said_to_be_so(ask: Ask, question: str, entry: str, line: str) -> None:
    reply = ask(question)  # the city's standard holds in its districts; the reply says whose it is
    assert answered(reply) == entry and line in reply.text, reply.text


def test_a_district_s_own_figures_are_not_its_city_s(ask: Ask) -> None:
    reply = ask("海曙有多少持证社工")  # a count is the place's own: Ningbo's reward is no answer, nor Zhejiang's count
    assert reply.outcome is Outcome.DECLINED and "海曙的持证人数" in reply.text, reply.text


@pytest.mark.parametrize("message", ["我失业了，心情很差", "心情不好", "I lost my job"])
def test_a_low_mood_gets_a_kind_word_not_the_decline_quoting_it(ask: Ask, message: str) -> None:
    reply = ask(message)  # never "抱歉，关于“我失业了，心情很差”，我没有可靠的资料"
    assert "没有可靠的资料" not in reply.text and "抱抱你" in reply.text, reply.text


@pytest.mark.parametrize("question", ["北京社工机构有多少家5A", "北京960家社工机构里有几家5A"])
def test_a_grade_of_agencies_is_named_as_unknown_not_answered_with_their_count(ask: Ask, question: str) -> None:
    reply = ask(question)  # 960 agencies is no answer to how many are graded 5A
    assert reply.outcome is Outcome.DECLINED and "北京的机构等级" in reply.text and "960" not in reply.text


def test_a_rate_of_leaving_is_said_to_have_no_figure(ask: Ask) -> None:
    reply = ask("浙江社工流失率多少")  # the reasons people leave, and that the report gives no rate
    assert answered(reply) == "why-people-leave" and "流失率是多少，报道没有给出数字" in reply.text, reply.text


def test_which_title_the_senior_level_matches_is_said_to_be_beyond_the_sources(ask: Ask) -> None:
    reply = ask("高级社工师是副高吗")  # the 2006 rules leave the post to the employer; no source says 副高
    assert answered(reply) == "certificate-title" and "高级是副高还是正高" in reply.text, reply.text
    assert "资料没有写" in reply.text


@pytest.mark.parametrize("question", ["高级社工证全国有效吗", "高级社会工作师证书全国通用吗", "高级社工证在外省能用吗"])
def test_the_senior_certificate_s_reach_is_not_the_senior_pass_s_three_years(ask: Ask, question: str) -> None:
    reply = ask(question)  # the certificate is valid nationwide; the exam's pass proof lasts 3 years for the review
    assert answered(reply) == "certificate-nationwide" and "有效期3年" not in reply.text, reply.text


def test_who_issues_the_senior_certificate_is_said_to_be_beyond_the_sources(ask: Ask) -> None:
    text = ask("高级社工证书是谁颁发的").text  # the 2006 seal is the assistant and intermediate certificates'
    assert "高级社会工作师证书由谁颁发，本助手依据的资料没有写" in text, text


@pytest.mark.parametrize(
    ("question", "asked", "not_said"),
    [
        ("浙江宁波有多少持证社工", "宁波的持证人数", "15.6万"),  # Zhejiang's count is no answer for Ningbo
        ("浙江宁波考中级奖励多少", "3000元", "浙江的奖励"),  # 浙江 says where Ningbo is, and is not asked
    ],
)
def test_a_place_written_before_one_inside_it_only_says_where_that_is(
    ask: Ask, question: str, asked: str, not_said: str
) -> None:
    reply = ask(question)
    assert asked in reply.text and not_said not in reply.text.split("📅")[0], reply.text


def test_beijing_s_totals_are_not_a_district_s(ask: Ask) -> None:
    reply = ask("北京海淀区有几个社工服务站")  # 16 / 225 / 835 are Beijing's, not Haidian's
    assert "835" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("北京社工人数全国排第几", "北京的从业人数的全国排名"),  # 7.96万 is no rank
        ("广东持证社工全国第几", "广东的持证人数的全国排名"),  # not the stepping-stone entry on 持证
    ],
)
def test_a_rank_no_source_gives_is_named_as_unknown(ask: Ask, question: str, asked: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and asked in reply.text, reply.text


@pytest.mark.parametrize(
    ("first", "entry_or_asked"),
    [
        ("浙江报考人数多少", "zhejiang-applicants"),
        ("浙江持证社工多少", "zhejiang-holders"),
        ("北京有多少社工", "北京的从业人数的全国排名"),
    ],
)
def test_a_rank_asked_after_a_count_is_that_count_s_rank(ask: Ask, first: str, entry_or_asked: str) -> None:
    ask(first, chat="rank")
    reply = ask("全国第几", chat="rank")  # Zhejiang's reports give its rank; Beijing's give none
    assert answered(reply) == entry_or_asked or entry_or_asked in reply.text, reply.text


def test_moving_province_is_said_to_be_beyond_the_sources_with_where_one_registers(ask: Ask) -> None:
    text = ask("我在宁波登记了社工证，现在搬到杭州工作，要重新登记吗？").text
    assert "换了工作地或户籍地要不要转到新的登记机关" in text and "户籍所在地或工作单位所在地" in text, text


def test_an_answer_that_starts_bare_says_what_it_is_about(ask: Ask) -> None:
    text = ask("社工的职业认可度高吗").text  # not a bare 还不高。 under another question
    assert "社工的职业认可度还不高" in text, text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("我妈让我考社工证，烦死了，这证到底有用吗？", "certificate-value"),
        ("我失业了好焦虑，做社工能赚多少钱？", "pay"),
    ],
)
def test_a_feeling_said_beside_a_question_does_not_hide_it(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == entry, reply.text


def test_the_asker_s_own_years_are_not_a_figure_put_forward(ask: Ask) -> None:
    text = ask("我今年43岁了，本科毕业做了8年社工，考社工证有年龄限制吗？").text
    assert "资料里的数字不是8年" not in text, text
    assert "资料里的数字不是5年" in ask("社工证有效期是5年吗").text  # a figure put forward is still checked


def test_a_choice_between_levels_of_government_is_no_place(ask: Ask) -> None:
    text = ask("宁波的社工奖励是市级还是区级的？").text  # 还是区 is no district
    assert "还是区" not in text, text


@pytest.mark.parametrize("follow_up", ["持证呢", "那持证的呢"])
def test_a_group_swapped_in_after_a_count_is_asked_its_count(ask: Ask, follow_up: str) -> None:
    ask("浙江报考人数多少", chat="holders")
    reply = ask(follow_up, chat="holders")  # Zhejiang's certificate holders, not the national "no figures"
    assert answered(reply) == "zhejiang-holders" and "15.6万" in reply.text, reply.text


def test_a_part_about_a_place_no_answer_covers_is_named_not_answered_with_another_s(ask: Ask) -> None:
    reply = ask("宁波社工工资多少，台州奖励多少，北京有几个区级中心？")  # a Zhejiang anecdote is no Ningbo pay
    text = reply.text.split("📅")[0]
    assert "三四千元" not in text and "宁波社工工资多少" in text and "1000元" in text and "16个" in text, text


@pytest.mark.parametrize("question", ["社工机构怎么注册", "怎么注册社工机构", "注册社工机构要多少钱"])
def test_registering_an_agency_is_not_registering_the_certificate_nor_the_exam_fee(ask: Ask, question: str) -> None:
    reply = ask(question)  # setting up an agency: the sources do not say; not the certificate's registry or fees
    assert answered(reply) == "agency-setup", reply.text


def test_years_said_with_a_half_are_repeated_as_said_when_enough(ask: Ask) -> None:
    text = ask("社工专业硕士，工作一年半，能考中级吗").text  # 1 year needed: 一年半 is enough, and is not 1年
    assert "已满一年半，可以报考" in text and "已满1年" not in text, text
