"""Conversations where the asker first tells of their own situation (a city, a level passed), then asks."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("question", "entry", "figure"),
    [
        ("我在台州，刚考过初级，能拿多少奖励", "taizhou-reward", "1000元"),
        ("我在台州，剛考過初級，能拿多少獎勵", "taizhou-reward", "1000元"),
        ("刚考完中级，宁波奖励多少", "ningbo-reward", "3000元"),
    ],
)
def test_a_reward_asked_after_the_city_and_the_level_passed_is_that_city_s(
    ask: Ask, question: str, entry: str, figure: str
) -> None:
    reply = ask(question)  # the city named in the scene is the one asked about, not every city's rewards
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == entry, reply.text
    assert figure in reply.text


def test_each_part_after_the_scene_is_answered_with_the_city_it_names(ask: Ask) -> None:
    reply = ask("我是宁波的，去年考了中级，奖励多少？要登记吗？")  # two scene clauses do not use up the parts
    text = to_simplified(reply.text)
    titles = ["【宁波考社工证有多少奖励？】", "【社工证要登记吗？什么时候登记？】"]
    assert all(title in text for title in titles), text
    assert text.find(titles[0]) < text.find(titles[1])
    assert "台州" not in text.split("📅")[0]  # Ningbo's rewards, not the overview of every city


def test_a_level_alone_before_what_is_asked_is_not_a_question_of_its_own(ask: Ask) -> None:
    reply = ask("初级 几科")
    assert answered(reply) == "subjects-assistant" and "【社工证分几个等级？】" not in reply.text, reply.text


def test_a_part_of_a_question_about_hong_kong_gets_no_mainland_rules(ask: Ask) -> None:
    reply = ask(
        "The Social Workers Registration Board has operated for years. What role does it have? "
        "Which of its functions benefit registered social workers?"
    )
    assert "2009" not in reply.text and "每次登记有效期3年" not in reply.text, reply.text


def test_a_high_school_graduate_asking_in_english_gets_the_verdict_for_high_school(ask: Ask) -> None:
    text = ask("Can a high school graduate sit the social work exam in China?").text
    assert "高中/中专报考助理社会工作师需从事社会工作满4年" in text and "应届毕业生" not in text, text


def test_a_nurse_asking_in_english_whether_they_may_sit_is_not_told_nursing_is_unknown(ask: Ask) -> None:
    reply = ask("Can a nurse sit the social work exam?")  # the job is who asks, as in 护士能考社工证吗
    assert "护士职业的情况" not in reply.text, reply.text


def test_which_body_handles_registration_is_not_answered_with_the_exam_s_organisers(ask: Ask) -> None:
    reply = ask("社工证登记归哪个部门管")
    assert answered(reply) == "registration-where" and "民政" in reply.text, reply.text


@pytest.mark.parametrize("question", ["考初级社工证能拿多少钱", "考中级社工证能拿多少钱", "考出社工证能拿多少钱"])
def test_what_passing_a_level_pays_is_the_rewards(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "rewards-overview" and "1500元" in reply.text, reply.text


@pytest.mark.parametrize("question", ["考过初级以后多久能考中级", "拿到初级证几年能考中级"])
def test_how_long_after_the_assistant_certificate_says_whom_the_certificate_is_a_condition_for(
    ask: Ask, question: str
) -> None:
    text = ask(question).text  # only 高中/中专 need it first (6 years after); 大专 and above go by degree and years
    assert "先有助理社会工作师证书只是高中/中专学历报考社会工作师的条件：取得后从事社会工作满6年" in text, text
    assert "大专及以上学历报考社会工作师不需要先有助理社会工作师证书" in text
    assert text.index("先有助理") < text.index("还需要知道")


def test_the_certificate_every_rule_requires_is_not_called_a_condition_for_some(ask: Ask) -> None:
    text = ask("有中级证多久能考高级").text  # every senior rule asks for the 社会工作师 certificate
    assert "不需要先有" not in text and "取得社会工作师证书后从事社会工作满5年" in text, text


@pytest.mark.parametrize("question", ["北京有多少社区", "浙江有多少社区"])
def test_a_count_of_communities_in_a_place_with_figures_is_named_as_not_covered(ask: Ask, question: str) -> None:
    reply = ask(question)  # the sources count social-work stations (835), never communities
    assert reply.outcome is Outcome.DECLINED and "的社区数，本助手没有核实过的资料" in reply.text, reply.text
    assert "7.96万" not in reply.text and "835" not in reply.text


def test_community_workers_or_stations_counted_are_not_a_count_of_communities(ask: Ask) -> None:
    workers = ask("北京有多少社区工作者")  # 多少社区 + 工作者: the workers are counted, which no source does
    assert workers.text.startswith("关于北京的社区工作者人数，本助手没有核实过的资料"), workers.text
    stations = ask("北京有多少社区社工站")  # the 835 community stations
    assert answered(stations) == "beijing-service-network" and "835" in stations.text, stations.text


@pytest.mark.parametrize(
    ("question", "named"), [("北京社工平均年龄", "北京的平均年龄"), ("社工平均年龄多大", "平均年龄")]
)
def test_the_workforce_s_average_age_is_named_as_not_covered(ask: Ask, question: str, named: str) -> None:
    reply = ask(question)  # no source gives ages; not a menu of Beijing's other figures
    assert reply.outcome is Outcome.DECLINED and f"关于{named}，本助手没有核实过的资料" in reply.text, reply.text
    assert ask("社工考试有年龄限制吗").outcome is Outcome.ANSWERED  # the age limit to sit is still the rules'


@pytest.mark.parametrize(
    ("question", "count"),
    [("宁波社工站有多少个", "社工站数"), ("台州社工机构有几家", "机构数"), ("杭州社工服务中心有几个", "社工站数")],
)
def test_a_count_of_stations_or_agencies_in_a_city_with_rewards_is_not_answered_with_its_rewards(
    ask: Ask, question: str, count: str
) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and f"的{count}，本助手没有核实过的资料" in reply.text, reply.text
    assert "元" not in reply.text


@pytest.mark.parametrize(
    ("question", "titles"),
    [
        ("社工证怎么考？要多少钱？", ["【社工证怎么考？】", "【社工考试时间、报名费、合格线在哪查？】"]),
        ("社工证有用吗？难考吗？", ["【社工证有什么用？】", "【社工考试难吗？是机考还是笔试？】"]),
    ],
)
def test_a_short_part_asking_a_measure_of_the_subject_before_is_answered(
    ask: Ask, question: str, titles: list[str]
) -> None:
    text = ask(question).text
    assert all(title in text for title in titles) and text.index(titles[0]) < text.index(titles[1]), text


@pytest.mark.parametrize("question", ["社工证多少钱", "考初级多少钱", "考社工证多少钱", "考中級多少錢"])
def test_what_the_certificate_costs_is_the_fee_not_the_pay(ask: Ask, question: str) -> None:
    reply = ask(question)  # 初级 inside the fee's term still marks the question as about the exam: answered at once
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == "exam-registration-details", reply.text
    assert "三四千" not in reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("手机上报名", "exam-registration-details"),  # signing up online is the exam notice's to say
        ("網上報名怎麼弄", "exam-registration-details"),
        ("要考英语吗", "subjects-overview"),  # the subjects, which list no foreign language
        ("考社工证要不要考英语", "subjects-overview"),
    ],
)
def test_how_to_sign_up_and_whether_english_is_a_subject_are_answered_at_once(
    ask: Ask, question: str, entry: str
) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == entry, reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("社工证在上海能用吗", "certificate-nationwide"),
        ("Can I use the certificate in Shanghai?", "certificate-nationwide"),
        ("我在浙江考的证去江苏能用吗", "certificate-nationwide"),  # 考的证: the certificate passed
        ("浙江社工缺人吗", "talent-gap"),  # the gap the Zhejiang report tells of, not Zhejiang's incentives
        ("高级考过了有效期多久", "senior-pass-validity"),  # a senior pass's validity, not the registration's
        ("How much does Taizhou pay for the certificate?", "taizhou-reward"),  # paying for passing: the reward
        ("在北京考的社工证回老家能用吗", "certificate-nationwide"),  # 老家: where the asker is from, not a registry
        ("做社工需要证吗", "work-without-certificate"),
        ("首次登记期限", "registration"),
        ("我去年考过的，现在还没登记，来得及吗", "registration-late"),
        ("社工证需要年审吗", "re-registration"),
        ("社工主要帮助哪些人", "service-fields"),
        ("社工行业最大的问题是什么", "recognition"),
        ("高级考试过了就是高级社工师吗", "senior-exam-review"),
        ("中极报考条件", "eligibility-intermediate"),
        ("初积考几科", "subjects-assistant"),
        ("台州奖力", "taizhou-reward"),
    ],
)
def test_everyday_wordings_of_covered_questions_get_their_entry(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)  # a place named with 能用吗, 年审, typos of a level or of 奖励
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == entry, reply.text


@pytest.mark.parametrize(
    ("question", "not_answered"),
    [
        ("我是台州的，考了高级，有奖励吗", "【高级社工师怎么评？】"),
        ("户口在老家，工作在杭州，在哪登记", "浙江对社工有什么激励政策"),
    ],
)
def test_a_clause_telling_what_the_asker_passed_or_where_they_are_from_is_not_answered(
    ask: Ask, question: str, not_answered: str
) -> None:
    reply = ask(question)  # 考了高级 and 户口在老家 set the scene for what is asked after them
    assert not_answered not in reply.text, reply.text


def test_the_certificate_called_china_s_is_not_read_as_a_place(ask: Ask) -> None:
    text = ask("外国人可以考中国社工证吗").text  # 中国社工证 is the national certificate, not 全国的外国人
    assert "全国的外国人" not in text and "外国人能不能报考内地的社工考试" in text, text


@pytest.mark.parametrize(
    ("message", "says"),
    [
        ("还有呢", "想了解更多"),
        ("能说详细点吗", "想了解更多"),
        ("你真棒", "谢谢！"),
        ("我不明白", "抱歉没说清楚"),
        ("数据是哪年的", "我的资料来自2023年的两篇新闻报道"),
    ],
)
def test_chat_around_an_answer_gets_a_friendly_line_not_the_decline(ask: Ask, message: str, says: str) -> None:
    reply = ask(message)
    assert reply.text.startswith(says) and "没有可靠的资料" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "amount"),
    [("台州初级奖励1500对吗", "1500"), ("浙江持证社工20万吗", "20万"), ("浙江报考人数15.6万吗", "15.6万")],
)
def test_an_amount_put_forward_without_a_unit_is_said_not_to_be_the_sources(
    ask: Ask, question: str, amount: str
) -> None:
    text = ask(question).text  # 15.6万 are Zhejiang's holders, not its applicants
    assert f"（资料里的数字不是{amount}" in text and "以下面为准。）" in text, text


@pytest.mark.parametrize(
    ("question", "later"),
    [
        ("社工证全国通用吗？要登记吗？继续教育多少学时？初级考几科？", "初级考几科"),
        (
            "我本科社工专业，工作三年，能考中级吗？另外宁波中级奖励多少？要登记吗？继续教育要多少学时？",
            "继续教育要多少学时",
        ),
    ],
)
def test_a_part_beyond_the_three_one_reply_answers_is_named_not_dropped(ask: Ask, question: str, later: str) -> None:
    text = ask(question).text
    assert f"（一次最多回答3个问题；“{later}”请单独再问一次。）" in text, text
    assert text.count("【") + text.startswith("按2006年规定") == 3  # three answered: entries, or a verdict and two
