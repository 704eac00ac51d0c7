"""Conversations: honest replies about what no entry covers, follow-ups, small talk — question in, reply out."""

from __future__ import annotations

import pytest

from bot.core.answerer import Answerer, of_levels
from bot.core.clauses import clauses_of
from bot.core.conversation import Threads
from bot.core.replies import Action, Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered, buttons, verdict_of


def test_a_place_no_entry_covers_is_named_never_given_another_places_figure(ask: Ask) -> None:
    reply = ask("上海报考社工的人数有多少")
    assert reply.outcome is Outcome.DECLINED
    assert reply.text.startswith("关于上海的报考人数，本助手没有核实过的资料")
    assert "20万" not in reply.text  # Zhejiang's figure is not given as Shanghai's
    assert "浙江的资料：浙江有多少人报考社工？" in buttons(reply)  # offered, labelled as about Zhejiang


@pytest.mark.parametrize(("question", "city"), [("上海社工一个月多少钱", "上海"), ("深圳社工多少钱一个月", "深圳")])
def test_pay_in_a_city_without_figures_gets_the_honest_entry(ask: Ask, question: str, city: str) -> None:
    reply = ask(question)
    assert city in reply.text and "没有核实过的数字" in reply.text
    assert "三四千" not in reply.text  # the Zhejiang anecdote is not given as the city's pay


@pytest.mark.parametrize("question", ["全国社工平均工资", "全国社工工资多少", "中國社工工資高嗎"])
def test_national_pay_is_named_as_unknown_not_given_zhejiangs_anecdote(ask: Ask, question: str) -> None:
    reply = ask(question)
    first_lines = to_simplified(reply.text).split("\n")[:2]
    assert any(line.startswith("全国的社工平均工资，以及各个城市（上海") for line in first_lines), reply.text
    assert "三四千" not in reply.text


@pytest.mark.parametrize("question", ["上海社工多不多", "上海有多少社工站", "天津社工有多少个", "上海社工缺口大吗"])
def test_a_place_alone_never_gets_the_other_places_pay_or_rewards_as_an_answer(ask: Ask, question: str) -> None:
    reply = ask(question)  # the other cities' entries are about pay and rewards, which these do not ask
    assert reply.outcome is not Outcome.ANSWERED
    assert "工资，本助手" not in reply.text and "奖励" not in reply.text.split("\n")[0]


@pytest.mark.parametrize(
    "question", ["社工证是不是永久的", "社工证多少年有效", "中级社工证是永久有效吗", "為什麼要進行社工證登記"]
)
def test_whether_the_certificate_lasts_gets_the_registration_rules(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and "每次登记有效期3年" in to_simplified(reply.text)


def test_a_measure_the_entry_lacks_is_named(ask: Ask) -> None:
    reply = ask("全国持证社会工作者有多少人")
    assert reply.text.startswith("全国有多少人持有社工证、有多少人在做社工，本助手没有核实过的数字")
    assert "89万" not in reply.text.split("📰")[0]  # the applicants are never given as holders


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("持证社工要参加继续教育吗", "参加继续教育是持证人的义务"),
        ("持证社工需要多少学时继续教育", "参加继续教育是持证人的义务"),
        ("持證社工要參加繼續教育嗎", "參加繼續教育是持證人的義務"),
    ],
)
def test_certificate_holders_asking_about_themselves_are_not_read_as_asking_how_many(
    ask: Ask, question: str, says: str
) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and says in reply.text


def test_a_place_with_an_entry_of_its_own_gets_that_entry_before_one_about_several(ask: Ask) -> None:
    reply = ask("2023年浙江多少人报名社工考试")  # Zhejiang's own entry, not the national one that mentions Zhejiang
    assert answered(reply) == "zhejiang-applicants"


def test_applying_counted_by_people_is_the_applicants_count_but_a_fee_is_not(ask: Ask) -> None:
    count = ask("2022年全国报考社工的有多少人")
    assert count.outcome is Outcome.ANSWERED and "89万" in count.text
    fee = ask("社工考试报名要多少钱")
    assert "89万" not in fee.text


def test_asking_how_many_holders_a_place_has_is_a_count_no_entry_has(ask: Ask) -> None:
    reply = ask("北京有多少持证社工")
    assert "没有核实过的数字" in reply.text
    assert "7.96万" not in reply.text.split("📰")[0]  # Beijing's workforce is never given as its holders


@pytest.mark.parametrize(
    "question", ["社工考试报名照片有什么要求", "社工考試成績可以複核嗎", "初级和中级同一年可以一起报吗"]
)
def test_how_the_exam_is_run_is_left_to_the_exam_notice(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.match is not None and reply.match.entry is not None and reply.match.entry.honest
    assert "报考通知" in to_simplified(reply.text)


def test_what_the_senior_review_asks_for_is_named_as_not_covered(ask: Ask) -> None:
    reply = ask("高级社工师评审要交论文吗")
    assert reply.text.startswith("关于高级社工师的评审材料，本助手没有核实过的资料")


def test_a_question_of_two_questions_answers_the_one_it_can_and_names_the_other(ask: Ask) -> None:
    reply = ask("社工证如何办理呢?是否可以通过代领的方式进行申请呢?")  # no entry says who may collect it
    assert reply.outcome is Outcome.ANSWERED and "全国社会工作者职业水平考试取得" in reply.text
    assert "“是否可以通过代领的方式进行申请呢”这里没有回答" in reply.text


def test_a_clause_that_only_sets_the_scene_is_never_answered_alone(ask: Ask) -> None:
    reply = ask("初级考过了，纸质证书是要自己去人社局领还是邮寄到家")  # 初级考过了 asks nothing
    assert reply.match is not None and (reply.match.entry is None or reply.match.entry.honest)
    assert "实务" not in reply.text  # not the assistant level's subjects


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("社工督导要考什么证吗", "supervision"),
        ("醫務社工平時做什麼", "field-roles"),
        ("做社工实习能拿钱吗", "internship"),
        ("我想自己创办一个社工服务社", "agency-setup"),
        ("服务对象不配合怎么办", "practice-advice"),
        ("社会工作部是干什么的", "policy-bodies"),  # not what a social worker is
        ("社工招聘信息在哪看", "job-search"),
        ("考了社工证可以抵个税吗", "tax-deduction"),
        ("社工证挂靠违法吗", "certificate-renting"),
        ("社工考试报名需要什么材料", "exam-registration-details"),  # not the papers for re-registering
    ],
)
def test_questions_of_the_field_the_sources_do_not_cover_get_an_honest_reply(
    ask: Ask, question: str, entry_id: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry_id
    assert "没有核实过" in to_simplified(reply.text)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("医务社工工资多少", "关于医务社工的工资"),  # not social workers' pay in general
        ("社工督导月薪一般多少", "关于督导的工资"),
        ("广州有多少社工机构", "关于广州的机构数"),  # not what funds agencies
        ("浙江实际在岗做社工的有多少人", "关于浙江的从业人数"),  # not Zhejiang's certificate holders
        ("浙江持证社工里中级有多少人", "关于浙江的社工师的持证人数"),  # a total is no level's count
        ("宁波高级社工师有多少个", "关于宁波的高级社工师的持证人数"),  # not Ningbo's reward for the level
        ("社工考试会不会被取消", "关于是否取消"),  # not how often it is held: no source says it will go on
        ("北京社工专业人才比去年增加了多少", "关于北京的增长情况"),  # not Beijing's total
        ("北京朝阳区社工站地址在哪", "关于北京朝阳区的联系方式"),  # a district with its city, as one name
        ("楚门天宜社会工作服务社的地址和电话", "关于联系方式"),  # not the agency's story
        ("宁波一共发了多少社工奖励，有多少人领了", "关于宁波的发放总额、奖励"),  # not the reward per person
        ("宁波的社工奖励要交个税吗", "关于宁波的奖励、个税"),
        ("社工证登记要钱吗", "关于登记费用"),  # not the exam's fee: no source says what registering costs
        ("社工继续教育要交钱吗", "关于继续教育费用"),
        ("如何向社工求助?", "关于向社工求助的情况"),  # the public asking for help: no entry is about it, however weak
        ("到底什么人可以找社工?", "关于向社工求助的情况"),  # not who may sit the exam
        ("社工证对退休金有影响吗", "关于退休待遇"),  # not the cities' rewards, nor the age limit for sitting
        ("中级社工证每月补贴多少钱", "关于社工师的持证津贴"),  # a monthly allowance, not the cities' one-off rewards
    ],
)
def test_people_and_things_no_entry_has_figures_for_are_named(ask: Ask, question: str, named: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and reply.text.startswith(f"{named}，本助手没有核实过的资料")


def test_a_part_asked_late_in_a_long_question_is_read_not_declared_unknown(ask: Ask) -> None:
    reply = ask(  # the sixth clause asks about Ningbo's reward, which the knowledge base has
        "你好，我是本科会计专业毕业，在街道做了4年社区工作，想考中级社工，请问可以吗？另外宁波考出来有奖励吗？"
    )
    assert "宁波的社工师的奖励" not in reply.text
    assert "3000元/人" in reply.text or "宁波考社工证有多少奖励？" in buttons(reply)


def test_a_question_after_more_clauses_than_are_read_is_read_in_place_of_the_scene_before_it(ask: Ask) -> None:
    reply = ask("我28岁，本科学历，学的是行政管理，在街道工作6年了，请问能报中级社工吗？我在宁波，考过有奖励吗")
    assert "你已满6年" in reply.text and "3000元/人" in reply.text


def test_the_people_served_are_beijing_s_figure_and_no_other_place_s(ask: Ask) -> None:
    assert "22.8万人" in ask("北京社工服务了多少人", chat="served").text
    zhejiang = ask("那浙江呢", chat="served")  # not Zhejiang's applicants
    assert zhejiang.text.startswith("关于浙江的服务人数，本助手没有核实过的资料") and "20万" not in zhejiang.text
    assert "北京的资料：北京社工服务了多少人？" in buttons(ask("上海社工服务了多少人"))


def test_public_institutions_hiring_is_not_answered_with_community_hiring(ask: Ask) -> None:
    reply = ask("事业单位招聘社工证加分吗")  # the report's bonus points are in some community workers' hiring
    offered = [label for label in buttons(reply) if label.endswith("社区招聘时有社工证能加分吗？")]
    assert reply.outcome is not Outcome.ANSWERED and offered, reply.buttons


def test_settling_in_a_city_is_named_and_zhejiang_s_policy_only_offered(ask: Ask) -> None:
    reply = ask("社工证能不能用来积分落户上海")
    assert reply.text.startswith("关于上海的落户，本助手没有核实过的资料")
    assert "浙江的资料：浙江对社工有什么激励政策？" in buttons(reply)
    assert "户籍落地" in ask("浙江社工能落户吗").text


def test_a_number_the_asker_gives_of_themselves_is_not_what_they_ask(ask: Ask) -> None:
    reply = ask("我叫小王，电话13800000000，社工有编制吗")  # their phone, not a question about contact details
    assert answered(reply) == "bianzhi"
    assert ask("社工机构的联系电话是多少").text.startswith("关于联系方式，本助手没有核实过的资料")


def test_a_city_inside_a_region_with_figures_is_on_topic_and_named_honestly(ask: Ask) -> None:
    reply = ask("杭州报考人数多少")  # no word for social work, but Zhejiang has applicants' figures
    assert reply.text.startswith("关于杭州的报考人数，本助手没有核实过的资料")
    assert "浙江的资料：浙江有多少人报考社工？" in buttons(reply)
    assert not any("工资" in label for label in buttons(reply))  # that there is no other city's pay is no help
    english = ask("what is the reward in Hangzhou")
    assert english.match is not None and english.match.entry is not None
    assert english.match.entry.id == "other-city-rewards" and "关于杭州" in english.text


def test_a_clause_naming_two_levels_among_other_clauses_answers_each_level(ask: Ask) -> None:
    reply = ask("初级和中级报考条件分别是什么，还有继续教育要多少学时")  # neither level dropped
    titles = [
        "【助理社会工作师（初级）报考条件是什么？】",
        "【社会工作师（中级）报考条件是什么？】",
        "【社工继续教育要多少学时？】",
    ]
    assert all(title in reply.text for title in titles)
    assert [reply.text.index(title) for title in titles] == sorted(reply.text.index(title) for title in titles)
    places = ask("宁波和台州奖励分别多少，继续教育要多少学时")  # each city's reward, never "no data on rewards"
    assert "1500元/人" in places.text and "2000元" in places.text and "不少于90小时" in places.text
    assert "这里没有找到" not in places.text


def test_a_pass_count_is_not_answered_with_the_applicants_it_follows(ask: Ask) -> None:
    reply = ask("浙江报考20万人，最后考过了多少人")  # the clause asks the pass rate: honestly not known
    assert reply.match is not None and reply.match.entry is not None
    assert reply.match.entry.id == "exam-registration-details" and "通过率" in reply.text and "20万" not in reply.text


@pytest.mark.parametrize(
    ("question", "not_said"),
    [
        ("宁波本科生人才补贴有多少", "1500元"),  # a city's scheme for graduates, not its exam reward
        ("学历继续教育哪个学校好，成人本科怎么报", "72小时"),  # a degree as an adult, not the holders' hours
    ],
)
def test_other_schemes_that_share_a_word_with_an_entry_do_not_get_its_facts(
    ask: Ask, question: str, not_said: str
) -> None:
    reply = ask(question)
    assert reply.outcome is not Outcome.ANSWERED and not_said not in reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("宁波社工证奖励怎么申请，要交什么材料", "报道没有写谁能领、怎么申领、要交什么材料"),  # beside the amounts
        ("全国报考人数比去年增加了多少", "比2021年增加了6.1万"),  # the one entry with a growth figure
    ],
)
def test_an_entry_that_says_what_is_asked_answers_it(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and says in reply.text


def test_a_word_of_the_subject_among_known_words_is_about_social_work(ask: Ask) -> None:
    late = ask("我2021年考过的，一直忘了登记，现在还能补吗")  # 登记: a word other subjects use too
    assert late.match is not None and late.match.entry is not None and late.match.entry.id == "registration-late"
    english = ask("I pass exam 2021 but never do dengji, more than one year already, what happen")
    assert english.match is not None and english.match.entry is not None
    assert english.match.entry.id == "registration-late"
    age = ask("年龄太大还能考吗")
    assert age.match is not None and age.match.entry is not None and age.match.entry.id == "eligibility-overview"
    assert ask("结婚登记需要什么材料").outcome is Outcome.DECLINED  # 结婚: a word the knowledge base has never seen
    assert ask("退休年龄是多少").outcome is not Outcome.ANSWERED  # no word of the subject: the closer bar


def test_the_workforce_named_in_full_is_about_social_work(ask: Ask) -> None:
    reply = ask("北京说的乡土社会工作人才队伍是怎么回事")
    assert answered(reply) == "beijing-rural"


def test_a_level_the_entry_lacks_is_named_in_traditional(ask: Ask) -> None:
    reply = ask("台州高級社工師獎勵多少")
    assert reply.traditional and "台州的高級社工師的獎勵" in reply.text
    honest, given = reply.text.split("\n\n")[0].rsplit("\n", 1)  # the honest reply, then the levels 台州 gives
    assert "元" not in honest and given.endswith("社工師2000元；沒有提到高級社工師的。"), reply.text


def test_follow_up_swaps_the_place(ask: Ask) -> None:
    assert "1500元/人" in ask("宁波考社工证有奖励吗", chat=1).text
    assert "2000元" in ask("那台州呢", chat=1).text
    assert ask("那台州呢", chat=2).outcome is not Outcome.ANSWERED  # another chat has no thread


@pytest.mark.parametrize(
    ("follow_up", "says"), [("what about Taizhou?", "2000元"), ("and the intermediate level?", "3000元")]
)
def test_a_follow_up_in_english_swaps_the_place_or_level(ask: Ask, follow_up: str, says: str) -> None:
    ask("宁波考社工证有奖励吗", chat="en")
    assert says in ask(follow_up, chat="en").text


def test_follow_up_swaps_the_level_in_traditional(ask: Ask) -> None:
    assert "考2科" in ask("初級考幾科", chat="t").text
    reply = ask("那中級呢", chat="t")
    assert "考3科" in reply.text and reply.traditional


def test_a_level_swapped_after_an_answer_for_every_level_gets_that_levels_own_answers(ask: Ask) -> None:
    ask("社工证怎么考", chat="how")  # holds for every level: 那中级呢 must not repeat it
    reply = ask("那中级呢", chat="how")
    assert reply.text.startswith("【社会工作师（中级）报考条件是什么？】") and "【中级社工考哪几科？】" in reply.text
    assert "【社工证怎么考？】" not in reply.text
    assert "【初級社工考哪幾科？】" in ask("那初級呢", chat="how").text  # in the script it was asked in


def test_a_question_about_one_level_gets_that_levels_line_of_a_list(ask: Ask) -> None:
    assert all(f"{amount}元/人" in ask("宁波考社工证有奖励吗", chat="l").text for amount in (1500, 3000, 5000))
    senior = ask("高级呢", chat="l").text
    assert "高级（高级社会工作师）：5000元/人" in senior and "1500" not in senior and "3000" not in senior
    hours = ask("中级社工继续教育要多少学时").text
    assert "社会工作师、高级社会工作师：不少于90小时" in hours and "72小时" not in hours
    assert "学时怎么算" in hours  # lines not of the list stay


def test_an_answer_whose_list_has_no_line_for_the_level_asked_is_given_whole() -> None:
    answer = "报道说：\n· 初级：1000元\n· 中级：2000元\n高级的标准报道没有提到。"
    assert of_levels(answer, ("高级社工师",), lambda line: ("助理社工师",) if "初级" in line else ("社工师",)) == answer


def test_a_follow_up_without_a_script_of_its_own_keeps_the_traditional_of_the_question_before(ask: Ask) -> None:
    assert ask("寧波考社工證有獎勵嗎", chat="tw").traditional
    reply = ask("那台州呢", chat="tw")
    assert reply.traditional and "2000元" in reply.text


def test_a_full_question_is_not_read_as_a_follow_up(ask: Ask) -> None:
    ask("宁波考社工证有奖励吗", chat=3)
    assert "7.96万" in ask("北京有多少社工", chat=3).text


def test_a_question_of_its_own_before_the_ne_is_not_a_follow_up(ask: Ask) -> None:
    ask("宁波考社工证有奖励吗", chat=4)
    reply = ask("宁波奖励多少，上海呢", chat=4)  # a new question with a second part, not 那上海呢
    assert "1500元/人" in reply.text


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("外国人能考社工证吗", "outside-mainland"),  # not “可以” from the other-majors entry
        ("宁波社工证在杭州能用吗", "certificate-nationwide"),  # not the other cities' rewards
        ("社工考试一年考两次吗", "exam-frequency"),
        ("中级社工考什么？通过了宁波奖多少？", "subjects-intermediate"),
        ("初级社工综合能力有判断题吗", "exam-difficulty"),  # the kinds of question, for any level: not its subjects
        ("中級社工考試有沒有論述題", "exam-difficulty"),
        ("考取社工证有何益处", "certificate-value"),
        ("2027年社工考试还会举办吗", "exam-frequency"),
        ("社工每天的日常职责是啥", "what-is-social-worker"),
        ("What's the job market like for social workers?", "career-outlook"),
        ("社工证每年都要审核吗", "re-registration"),  # not the exam held once a year
        ("退休人员还让报名不", "eligibility-overview"),  # signing up, in this bot, is for the social-work exam
        ("驾照怎么报名", "other-certificates"),  # but not for another exam named
        ("律师资格证怎么考", "other-certificates"),  # not the generic decline: the bot says what it answers about
        ("社工证有什么作用", "certificate-value"),  # a certificate's use
        ("社工证是干嘛用的", "certificate-value"),  # what it is for, not what the exam is
        ("在社工机构上班福利怎么样", "pay"),
        ("社工考试今年热不热", "exam-popularity"),
    ],
)
def test_what_a_newcomer_asked_gets_the_entry_that_answers_it(ask: Ask, question: str, entry_id: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("谁能详细的告诉我社工是什么?", "what-is-social-worker"),  # the wrapper around a question asks nothing
        ("社工证审核不通过的原因是什么?", "exam-registration-details"),  # how the exam is run: the notice decides
        ("社工考试每年统考是谁命题的?", "exam-organisers"),
        ("How many grades are there in the social work card?", "exam-levels"),
        ("What is the use of a professional qualification certificate for social workers", "certificate-value"),
        ("兼职经历是否算入工作年限", "work-years-rules"),  # the years of work the exam asks for: about social work
        ("企业HR/心理咨询师经历算社工经验吗?", "work-years-rules"),  # other work named, not the other certificates
        ("要让社工人才留得住，有什么对策建议", "close-talent-gap"),  # 留得住: keeping them, not their leaving
        ("社工證考試需要多久考完", "score-carryover"),
        ("社工的工作内容是什么", "what-is-social-worker"),  # the work's content, not the exam's
        ("社工考试考什么内容", "subjects-overview"),
        ("考社工证要多少钱", "exam-registration-details"),  # the fee, which the notice decides; not the pay
        ("社工考试能带计算器吗", "exam-registration-details"),
        ("社工证可以在网上查吗", "certificate-services"),
        ("社工证几分及格?", "exam-registration-details"),
        ("为啥好多社工干两年就跑了", "why-people-leave"),
        ("电子社工证怎么领取?", "certificate-services"),
        ("没考证能去社工机构上班吗", "work-without-certificate"),
        ("社工证全国都认吗", "certificate-nationwide"),
        ("社工一个月多少钱啊，能养活自己不", "pay"),  # …不 asks (能养活自己不): two questions, one entry answers both
        ("浙江报社工的人数是不是全国最多", "zhejiang-applicants"),
        ("社工证多久续一次", "re-registration"),  # renewed, not the exam held once a year
        ("我在宁波，考出中级社工师能拿多少补贴", "ningbo-reward"),  # the place said before the question holds for it
        ("台湾同胞能考社工证吗", "hmt-residents"),
        ("Can someone from Hong Kong take the social work exam in mainland China?", "hmt-residents"),
        ("首次登记要几天能办好", "registration-where"),
        ("全国报考社工多少人", "exam-applicants"),  # those who sit the exam, not the holders
        ("社工证和教师资格证哪个有用", "other-certificates"),  # another certificate: the honest entry
        ("考过以后多长时间内要登记", "registration"),
    ],
)
def test_the_wording_of_real_askers_is_read(ask: Ask, question: str, entry_id: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry_id


def test_places_each_with_an_entry_are_never_declined_as_uncovered(ask: Ask) -> None:
    reply = ask("宁波和台州考中级各奖多少")
    assert "没有核实过的资料" not in reply.text and reply.outcome is not Outcome.DECLINED
    reply = ask("北京和浙江各有多少社工")  # 浙江 has its holders, not its workforce: that part is named as such
    assert reply.outcome is Outcome.ANSWERED and "7.96万" in reply.text
    assert "（浙江的从业人数：本助手没有核实过的资料。）" in reply.text, reply.text


def test_of_two_places_one_is_answered_and_the_one_without_an_entry_is_named(ask: Ask) -> None:
    reply = ask("北京和上海各有多少社工")
    assert "7.96万" in reply.text
    left = reply.text.index("（上海的从业人数：本助手没有核实过的资料。）")  # no rewording would find it
    assert reply.text.index("7.96万") < left < reply.text.index("📅")  # named after the answers, above the sources
    alone = ask("上海有多少社工")  # a count of social workers, never the other places' pay
    assert alone.text.startswith("关于上海的从业人数，本助手没有核实过的资料")
    assert "工资" not in alone.text.split("\n")[0]
    abroad = ask("北京和国外的社工各有多少")  # a place with a system of its own is not half answered
    assert "7.96万" not in abroad.text and "国外" in abroad.text.split("\n")[0]


def test_threads_forget_after_their_time() -> None:

    now = [0.0]
    threads = Threads(seconds=60, size=2, clock=lambda: now[0])
    threads.remember("a", "q1")
    threads.remember("b", "q2")
    threads.remember("c", "q3")
    assert threads.last("a") is None  # the oldest chat is forgotten past `size`
    now[0] = 61
    assert threads.last("b") is None


def test_small_talk_gets_one_friendly_line(ask: Ask) -> None:
    for said, start in [
        ("你好", "你好！"),
        ("謝謝！", "不客氣"),
        ("你是谁", "我是社工问答助手"),
        ("在吗？", "你好！"),
        ("你们是官方的吗", "不是。我是一个非官方的问答机器人"),
        ("谢谢啦", "不客气"),  # 啦 closes it as 呢 and 吗 do
        ("你叫什么名字", "我是社工问答助手"),
        ("你好笨", "抱歉没帮上忙"),
        ("我很累，做社工好辛苦", "辛苦了"),  # every clause small talk: the message is
        ("好的，谢谢！", "不客气"),
        ("thank you so much", "不客气"),
        ("你的资料是哪来的", "我的资料来自2023年"),
        ("我觉得你回答得不对", "抱歉没帮上忙"),
        ("😊", "好的！"),
    ]:
        reply = ask(said)
        assert reply.text.startswith(start), said
        assert "没有可靠的资料" not in reply.text
        assert [b.action for row in reply.buttons for b in row] == [Action.TOPICS]


def test_a_greeting_with_a_question_is_a_question(ask: Ask) -> None:
    assert "全国社会工作者职业水平考试" in ask("你好，社工证怎么考").text


def test_a_multi_part_question_answers_each_part_in_order(ask: Ask) -> None:
    reply = ask("中级考几门，一年有几次机会")
    assert reply.outcome is Outcome.ANSWERED
    subjects, frequency = reply.text.index("【中级社工考哪几科？】"), reply.text.index("【社工考试一年考几次？】")
    assert subjects < frequency and "考3科" in reply.text and "每年举行一次" in reply.text


def test_a_later_part_that_says_they_for_social_workers_is_answered_too(ask: Ask) -> None:
    reply = ask("社工究竟是干什么的?他们的薪资水平又若何呢?")  # 他们: the social workers; 若何: 如何
    assert reply.outcome is Outcome.ANSWERED
    assert reply.text.index("【社工是什么？】") < reply.text.index("【社工工资多少？】")


def test_which_three_conditions_is_what_conditions(ask: Ask) -> None:
    reply = ask("考社工证要具备哪三个条件")
    assert answered(reply) == "eligibility-overview"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("After I pass the social work exam, do I need to register the certificate?", "registration"),
        ("If I fail the intermediate exam, can I keep my scores?", "score-carryover"),
        ("社工证考过以后，去哪里登记", "registration-where"),
    ],
)
def test_a_clause_that_sets_the_scene_is_not_answered_as_a_part(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)  # "after I pass the exam" asks nothing: not the exam overview beside the answer
    assert reply.outcome is Outcome.ANSWERED and reply.match is not None and reply.match.entry is not None
    assert reply.match.entry.id == entry and not reply.match.more


def test_two_levels_in_one_question_get_both(ask: Ask) -> None:
    reply = ask("初級和中級各考幾科")
    assert "考2科" in reply.text and "考3科" in reply.text and reply.traditional


def test_two_measures_in_one_question_get_an_answer_each_not_an_honest_no(ask: Ask) -> None:
    reply = ask("初级考哪几科？考过了在宁波能拿多少奖励")  # subjects and Ningbo's reward, each in its own entry
    assert reply.outcome is Outcome.ANSWERED
    assert reply.text.index("【初级社工考哪几科？】") < reply.text.index("【宁波考社工证有多少奖励？】")
    assert "没有核实过的资料" not in reply.text


def test_a_part_not_answered_clearly_offers_its_nearest_entries_under_the_answered_part(ask: Ask) -> None:
    reply = ask("社工证有效期和从业人数")  # the validity answered; the workforce's count not clearly
    assert reply.text.startswith("【社工证要登记吗？什么时候登记？】")
    assert "（从业人数：这里没有直接的回答" in reply.text and "这里没有找到" not in reply.text
    offered = [b.value for row in reply.buttons for b in row if b.action is Action.ENTRY]
    assert offered == ["holders-count"]
    assert [b.action for b in reply.buttons[-1]] == [Action.HELPFUL, Action.UNHELPFUL]


def test_two_questions_joined_by_and_in_one_clause_get_an_answer_each(ask: Ask) -> None:
    reply = ask("初级报名条件和考试科目")  # the level named once holds for both
    assert reply.text.index("【助理社会工作师（初级）报考条件是什么？】") < reply.text.index("【初级社工考哪几科？】")
    assert "没有核实过的资料" not in ask("社工证有效期和继续教育学时").text  # two measures, each an entry's


def test_two_places_each_with_its_entry_get_both_though_neither_covers_the_whole_question(ask: Ask) -> None:
    reply = ask("宁波和台州考社工证分别奖多少钱")
    assert reply.text.index("【宁波考社工证有多少奖励？】") < reply.text.index("【台州考社工证有奖励吗？】")


def test_two_things_compared_are_not_two_questions(ask: Ask) -> None:
    reply = ask("社工和志愿者有什么区别")
    assert answered(reply) == "vs-volunteer"
    assert not reply.match.more


def test_two_levels_written_side_by_side_are_both_read(ask: Ask) -> None:
    reply = ask("社工考试科目有哪些，初级中级都说一下")  # 初级中级: two levels, not one name said twice
    assert "考2科" in reply.text and "考3科" in reply.text


def test_a_measure_some_entry_covers_is_never_declined_as_uncovered(ask: Ask) -> None:
    reply = ask("社工證各級別的考試科目分別是什麼")  # the nearest entry (levels) lacks subjects; the overview has them
    assert "沒有核實過的資料" not in reply.text
    assert reply.outcome is Outcome.ANSWERED and "考3科" in reply.text  # the overview of every level's subjects


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("how much does a new social worker take home per month", "pay"),
        ("what's the point of getting the shegong certificate?", "certificate-value"),
        ("Is the social work certificate valid in all of China?", "certificate-nationwide"),
        ("Am I too old to take the social work exam?", "eligibility-overview"),
        ("45岁了还能考社工证吗", "eligibility-overview"),
        ("Does social work have a high burnout rate?", "why-people-leave"),
        ("社工职业倦怠严重吗", "why-people-leave"),
        ("Why do we need social workers?", "what-is-social-worker"),
        ("为什么需要社工", "what-is-social-worker"),
        ("How many people pass the social work exam each year?", "exam-registration-details"),  # no pass figures
        ("社工考试有多少道题", "exam-difficulty"),
        ("If I pass in one province, is it valid in all jurisdictions?", "certificate-nationwide"),
        ("What is the difference between volunteerism and social work?", "vs-volunteer"),
        ("What kind of education do I need for the social work exam?", "eligibility-overview"),
        ("How many social work centres are there in Beijing?", "beijing-service-network"),
        ("Is a social worker the same as neighbourhood committee staff?", "vs-community-worker"),
        ("Where do I go for certificate registration?", "registration-where"),  # on topic by its certificate
        ("Is it worth getting licensed as a social worker?", "certificate-value"),
        ("What is the government doing to address the shortage of social workers?", "close-talent-gap"),
        ("How do you become a fully qualified social worker?", "how-to-get-certificate"),
        ("社工只是陪人聊天吗", "what-is-social-worker"),
        ("社工做咩嘅", "what-is-social-worker"),  # Cantonese
        ("How long does it take to process my application to register?", "registration-where"),  # not the exam's
        ("which agency issues the social work certificate", "exam-organisers"),  # a government body, not an NGO
    ],
)
def test_everyday_words_read_as_the_term_they_stand_for(ask: Ask, question: str, entry_id: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and reply.match is not None and reply.match.entry is not None
    assert reply.match.entry.id == entry_id


def test_an_eligibility_question_with_personal_details_gets_a_verdict(ask: Ask) -> None:
    reply = ask("我本科学的会计，在社区做了三年，能考中级吗")
    expected = "按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；"
    assert reply.text.startswith(expected + "你做了3年，还差2年。")
    assert "以当年报考通知为准" not in reply.text and "/check" in reply.text  # the notice: once, in the footer
    assert reply.text.endswith(
        "📰 来源：《社会工作者职业水平评价暂行规定》及考试实施办法（国人部发〔2006〕71号）；以当年官方报考通知为准"
    )
    traditional = ask("中專畢業能報助理社工師嗎")
    assert traditional.traditional and "高中/中專報考助理社會工作師需從事社會工作滿4年" in traditional.text


@pytest.mark.parametrize(
    ("question", "verdict", "beside"),
    [
        ("我本科会计毕业三年，能考中级吗？考几科？", "还差2年", "《社会工作法规与政策》"),
        ("我大專社工專業，做了兩年，能考初級嗎？寧波有獎勵嗎？", "可以報考", "1500元"),
    ],
)
def test_a_verdict_does_not_swallow_the_other_questions_asked_with_it(
    ask: Ask, question: str, verdict: str, beside: str
) -> None:
    reply = ask(question)
    assert reply.text.index(verdict) < reply.text.index(beside)


def test_an_eligibility_question_in_english_gets_a_verdict(ask: Ask) -> None:
    reply = ask("I have a college diploma in nursing and 3 years of work. Can I sit the assistant social worker exam?")
    assert reply.text.startswith("按2006年规定，其他专业大专报考助理社会工作师需从事社会工作满4年；你做了3年，还差1年")


def test_pinyin_with_tone_marks_reads_as_pinyin_without(ask: Ask) -> None:
    reply = ask("níngbō shègōngzhèng jiǎnglì")
    assert answered(reply) == "ningbo-reward"


def test_wanting_to_sit_a_level_with_ones_details_gets_a_verdict(ask: Ask) -> None:
    reply = ask("我是护士，学护理的本科，工作8年，想考高级")  # 想考 at the end asks about sitting it
    assert reply.text.startswith("按2018年评价办法，本科报考高级社会工作师需通过全国考试取得社会工作师证书后")
    assert "还需要知道：已有的证书" in reply.text and not reply.buttons


@pytest.mark.parametrize(
    "question",
    [
        "wo shi benke kuaiji zhuanye, zuo le san nian shegong, neng kao zhongji ma",
        "wǒ shì běnkē kuàijì zhuānyè, zuò le sān nián shègōng, néng kǎo zhōngjí ma",  # with tone marks
    ],
)
def test_an_eligibility_question_in_pinyin_gets_a_verdict(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.text.startswith("按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年")
    assert "你做了3年，还差2年" in reply.text


def test_education_below_every_rule_gets_a_verdict_naming_the_lowest(ask: Ask) -> None:
    reply = ask("我初中毕业，能考中级吗")
    assert reply.text.startswith("按2006年规定，报考社会工作师至少需高中/中专学历，初中及以下暂不能报考。")
    assert reply.text.endswith("；以当年官方报考通知为准")
    levels = ask("社工考试初中高级分别考什么")  # 初中高级 is the three levels, not the asker's schooling
    assert "暂不能报考" not in levels.text and "考2科" in levels.text


def test_a_question_about_community_workers_never_gets_social_workers_pay(ask: Ask) -> None:
    reply = ask("社区工作者待遇怎么样")
    assert reply.text.startswith("社区工作者的工资待遇，本助手没有核实过的数字")
    both = ask("社區工作者有編制嗎？工資待遇怎麼樣？")  # both parts named, neither given social workers' facts
    assert both.traditional and both.text.startswith("關於社區工作者的編制、工資，本助手沒有核實過的資料")
    assert "三四千" not in ask("社区工作者有编制吗？工资待遇怎么样？").text  # the Zhejiang social workers' pay


def test_a_level_named_only_to_be_skipped_is_not_the_level_asked(ask: Ask) -> None:
    reply = ask("可以不考初级直接报考中级吗")
    assert reply.outcome is Outcome.ANSWERED
    assert reply.text.startswith("不一定：按2006年规定，只有高中/中专学历的人要先取得助理社会工作师证书"), reply.text
    assert "\n按2006年规定，符合下列条件之一即可报考社会工作师" in reply.text, reply.text


@pytest.mark.parametrize("question", ["考了初级才能考中级吗", "初级过了才能考中级吗"])
def test_a_level_passed_on_the_way_is_not_the_level_asked(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.text.startswith("【社会工作师（中级）报考条件是什么？】")


def test_a_question_about_one_level_prefers_that_levels_entries(ask: Ask) -> None:
    reply = ask("中级社工需要具备哪些条件?")  # not answered with the skills any social worker needs
    assert reply.text.startswith("【社会工作师（中级）报考条件是什么？】")


@pytest.mark.parametrize(
    "question", ["成为社工需要哪些条件?", "當社工要有什麼條件", "想要成为一名社会工作师,需要符合哪些条件呢?"]
)
def test_conditions_for_becoming_a_social_worker_are_the_exams_not_the_skills(ask: Ask, question: str) -> None:
    reply = ask(question)  # 条件 are what a rule asks; the skills entry answers 能力, 素质, 本事
    assert "报考条件" in reply.text or "报考条件" in "".join(buttons(reply)) or "報考條件" in reply.text
    assert "金碧华" not in reply.text


@pytest.mark.parametrize("question", ["想转行当社工，自己得具备哪些本事？", "做社工需要什么素质"])
def test_the_skills_a_social_worker_needs_are_the_skills_entry(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and "金碧华教授在报道中说：社工不仅要懂得相关政策法规" in reply.text


def test_studying_for_a_masters_is_not_the_social_work_exam(ask: Ask) -> None:
    assert ask("社会工作在职研究生难考吗").text.startswith("关于读研的难度，本助手没有核实过的资料")
    assert "继续教育" in ask("读了在职研究生能抵继续教育学时吗").text  # the hours it counts for are covered


def test_the_entrance_exam_for_graduate_school_is_not_the_social_work_exam(ask: Ask) -> None:
    assert ask("考研社工考什么科目").text.startswith("关于考研的科目，本助手没有核实过的资料")
    compared = ask("社會工作和社會學有什麼區別")  # no entry compares the two disciplines
    assert compared.match is not None and compared.match.entry is None


def test_a_place_no_list_has_never_gets_another_places_figure(ask: Ask) -> None:
    reply = ask("吴江区社工工资多少钱")  # the only pay figure is a Zhejiang social worker's
    assert reply.text.startswith("【其他城市社工工资多少？】") and "三四千" not in reply.text
    assert ask("威海市考社工证有补贴吗").text.startswith("【其他城市考社工证有奖励吗？】")
    named_alone = ask("临清社工一个月多少钱")  # a city named without 市 is no less a place
    assert named_alone.text.startswith("【其他城市社工工资多少？】\n关于临清：") and "三四千" not in named_alone.text


def test_facts_about_one_place_hold_in_the_places_inside_it_but_its_figures_do_not(ask: Ask) -> None:
    bonus = ask("宁波社区工作者有社工证加多少分")  # 浙江 rules
    assert answered(bonus) == "recruitment-bonus-points" and "宁波属于浙江" in bonus.text, bonus.text
    assert ask("鄞州区考社工证有奖励吗").text.startswith("【宁波考社工证有多少奖励？】")  # 鄞州 lies in 宁波
    hangzhou = ask("杭州有多少持证社工")  # 浙江's 15.6万 holders are not 杭州's
    assert hangzhou.text.startswith("关于杭州的持证人数，本助手没有核实过的资料")
    assert "浙江的资料：浙江有多少持证社工？" in buttons(hangzhou)  # offered, labelled as about 浙江
    assert ask("温州考社工证奖励标准是多少").text.startswith("【其他城市考社工证有奖励吗？】\n关于温州：")  # not 宁波's


def test_an_answer_about_other_places_names_the_place_asked_when_it_does_not(ask: Ask) -> None:
    assert ask("温州考社工证有奖励吗").text.startswith("关于温州：\n除宁波、台州外，其他城市")
    assert ask("深圳社工一個月多少錢").text.startswith("關於深圳：")
    assert not ask("上海社工工资多少").text.startswith("关于")  # the answer names 上海 itself


def test_places_with_entries_and_one_without_get_each_its_own_answer(ask: Ask) -> None:
    reply = ask("宁波、台州、上海的奖励各是多少")
    assert [e.id for e in (reply.match.entry, *reply.match.more)] == [  # type: ignore[union-attr]
        "ningbo-reward",
        "taizhou-reward",
        "other-city-rewards",
    ]
    assert reply.text.index("1500元") < reply.text.index("1000元") < reply.text.index("【其他城市考社工证有奖励吗？】")


def test_a_place_named_in_a_clause_of_its_own_is_asked_what_that_clause_asks(ask: Ask) -> None:
    reply = ask("宁波和台州分别奖励多少，另外北京有多少社工")  # Beijing's count, not Beijing's reward
    assert [e.id for e in (reply.match.entry, *reply.match.more)] == [  # type: ignore[union-attr]
        "ningbo-reward",
        "taizhou-reward",
        "beijing-workforce",
    ]
    assert "【其他城市考社工证有奖励吗？】" not in reply.text and "7.96万" in reply.text


@pytest.mark.parametrize(
    ("question", "first"),
    [("宁波和台州的奖励有什么区别", "1500元"), ("台州和寧波的獎勵有什麼區別", "1000元")],
)
def test_two_places_compared_get_each_place_s_answer_in_the_order_asked(ask: Ask, question: str, first: str) -> None:
    reply = ask(question)  # 区别 weighs on each part alike: the weaker place's own entry is no less its answer
    assert {e.id for e in (reply.match.entry, *reply.match.more)} == {"ningbo-reward", "taizhou-reward"}  # type: ignore[union-attr]
    assert reply.text.index(first) < reply.text.index(({"1500元", "1000元"} - {first}).pop()), reply.text
    assert "这里没有" not in to_simplified(reply.text)


@pytest.mark.parametrize(
    "question", ["除了宁波台州，还有哪些城市发社工证奖励", "除了寧波、台州，別的地方考社工證有獎勵嗎"]
)
def test_places_named_to_be_left_out_are_not_the_places_asked(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert "其他城市考社工证有没有奖励" in to_simplified(reply.text)
    assert "1500元" not in reply.text and "1000元" not in reply.text


@pytest.mark.parametrize(
    "question",
    ["What personality do you need to be a social worker?", "Is a driving licence required to become a social worker?"],
)
def test_becoming_a_social_worker_is_not_whether_holders_become_one(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.match is not None and (reply.match.entry is None or reply.match.entry.id != "stepping-stone")
    assert "跳板" not in reply.text


def test_what_social_workers_do_is_not_what_the_certificate_is_worth(ask: Ask) -> None:
    reply = ask("医院里的社工有什么作用")  # their role (the fields' roles card, honest), not the certificate's use
    assert reply.match is not None and reply.match.entry is not None and reply.match.entry.id == "field-roles"
    assert "社工证有什么用？" not in reply.text


@pytest.mark.parametrize("question", ["Is social work fun?", "Is social work a calling?"])
def test_english_read_from_social_work_alone_is_offered_not_answered(ask: Ask, question: str) -> None:
    assert ask(question).outcome is Outcome.SUGGESTED


def test_what_an_exam_for_other_people_covers_is_named_as_not_covered(ask: Ask) -> None:
    reply = ask("社区工作者公开招聘笔试考些什么")
    assert reply.text.startswith("关于社区工作者的科目，本助手没有核实过的资料")


@pytest.mark.parametrize("question", ["社工证要登记吗在哪里登记", "社工證要登記嗎在哪裡登記"])
def test_two_questions_run_together_without_a_mark_get_an_answer_each(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.match is not None and reply.match.entry is not None
    assert [reply.match.entry.id, *(e.id for e in reply.match.more)] == ["registration", "registration-where"]


def test_a_sure_answer_to_one_question_of_two_names_the_other(ask: Ask) -> None:
    reply = ask("社工证怎么考?能找人代领证书吗?")
    assert "“能找人代领证书吗”这里没有回答" in reply.text and "全国社会工作者职业水平考试取得" in reply.text


def test_continuing_education_in_another_countrys_terms_is_not_given_the_mainland_rule(ask: Ask) -> None:
    reply = ask("What is the continuing education requirement per biennium?")
    assert reply.outcome is Outcome.DECLINED and "当地的社工主管或注册机构" in reply.text
    assert "72" not in reply.text


def test_other_names_of_a_level_and_ages_are_read(ask: Ask) -> None:
    senior = ask("高階社工報考條件是什麼")
    assert senior.traditional and "高級社會工作師考試要同時具備" in senior.text
    age = ask("60岁了还能报考社工证吗")
    assert age.outcome is Outcome.ANSWERED and "没有写年龄限制" in age.text


def test_an_answer_the_bot_is_less_sure_of_says_which_question_it_answers(ask: Ask) -> None:
    loose = ask("社工的工资大概多少")  # a general question: the pay entry, not the other cities' honest entry
    assert loose.outcome is Outcome.ANSWERED and loose.text.startswith("【社工工资多少？】\n据2023年《浙江日报》报道")
    exact = ask("社工工资多少？")
    assert exact.text.startswith("据2023年《浙江日报》报道")  # asked as written: no title needed
    offered = ask("社工平时的工资大概多少钱")
    assert buttons(offered)[0] == "社工工资多少？"  # the entry whose keywords it has comes first


def test_a_looser_answer_offers_the_entries_that_came_close_beside_it(ask: Ask) -> None:
    reply = ask("社工证有效期满了呢")  # read loosely: the answer is titled and the near readings are one tap away
    assert reply.outcome is Outcome.ANSWERED and reply.text.startswith("【")
    assert "或者您想问：社工证怎么再登记（续期）？" in buttons(reply)
    sure = ask("宁波考社工证有奖励吗")  # nothing else came close: only the related questions
    assert not any(label.startswith("或者您想问") for label in buttons(sure))


def test_fees_pass_rates_and_validity_are_measures_only_their_entries_answer(ask: Ask) -> None:
    fee = ask("中级社工报名费多少")
    assert fee.match is not None and fee.match.entry is not None
    assert fee.match.entry.id == "exam-registration-details"  # the honest entry, never the subjects or the rules
    validity = ask("初级社工科目有效期")  # no entry has the assistant level's subjects' validity
    assert validity.outcome is Outcome.DECLINED and "科目、有效期" in validity.text


def test_a_complete_question_after_another_is_read_on_its_own(ask: Ask) -> None:
    ask("社区工作者工资多少", chat=5)
    fee = ask("中级社工报名费多少", chat=5)  # names a level and a measure, but no 那… or …呢: not a follow-up
    assert fee.match is not None and fee.match.entry is not None
    assert fee.match.entry.id == "exam-registration-details" and "社区工作者" not in fee.text
    ask("社工和社区工作者有什么区别", chat=5)
    assert "考3科" in ask("中级社工考几科", chat=5).text


def test_a_degree_mentioned_in_another_question_gets_no_verdict(ask: Ask) -> None:
    reply = ask("社工专业本科毕业实习要做多长时间")  # names a degree, asks nothing about sitting the exam
    assert "报考" not in reply.text.split("\n")[0]
    assert ask("本科社工专业毕业三年能考中级吗").text.startswith("按2006年规定")


def test_hong_kong_macao_and_taiwan_are_not_given_the_mainland_rules(ask: Ask) -> None:
    reply = ask("澳門社工要怎樣註冊？需要考試嗎")
    assert reply.match is not None and reply.match.entry is not None
    assert reply.match.entry.id == "outside-mainland" and "登記有效期" not in reply.text
    assert "或者您想問：社工證去哪裡登記，要帶什麼材料？" not in buttons(reply)  # a mainland entry is no alternative


def test_a_year_the_figures_are_not_from_is_said_before_them(ask: Ask) -> None:
    later = ask("2024年全国社工考试报考人数是多少")
    assert later.text.startswith("（本助手的资料里没有2024年的；下面是资料里有的") and "2022年" in later.text
    earlier = ask("Zhejiang social work exam applicants in 2016")
    assert earlier.text.startswith("（本助手的资料里没有2016年的；") and "2023年" in earlier.text
    same = ask("2022年全国有多少人报考社工")
    assert "本助手的资料里没有" not in same.text
    compared = ask("2022年报考人数比2021年多多少")  # the answer gives the change since 2021: that year is not missing
    assert "本助手的资料里没有" not in compared.text and "比2021年增加了6.1万" in compared.text
    dated_apart = ask("2023年全国报考社工多少人")  # 2023 is Zhejiang's date in that entry, not the nation's
    assert dated_apart.text.startswith("（本助手的资料里没有2023年的；")
    assert "本助手的资料里没有" not in ask("2023年浙江报考社工多少人").text
    honest = ask("2026年社工考试报名费多少钱")  # an honest reply has no figure a year could be missing from
    assert honest.text.startswith("报名（包括户口不在本地") and "本助手的资料里没有2026年" not in honest.text


@pytest.mark.parametrize("question", ["做社工需要社工证吗", "當社工一定要有證嗎", "天津社工需要社工证吗?"])
def test_whether_the_work_needs_the_certificate_asked_either_way(ask: Ask, question: str) -> None:
    reply = ask(question)  # 需要 as well as 没有…能: the honest entry on working without it, not a city's rewards
    assert reply.outcome is Outcome.ANSWERED and "没有社工证能不能做社工" in to_simplified(reply.text)


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("英国社工工资多少", "请向当地的社工主管或注册机构核实"),  # a system of its own, like 香港's
        ("考研社工考什么科目", "请向招生院校和教育主管部门核实"),
        ("社工在美国一个月挣多少", "请向当地的社工主管或注册机构核实"),
        ("持证社工退休以后养老金会多吗", "请向当地人社部门或社保经办机构核实"),  # a measure with someone of its own
        ("杭州持证社工有多少人", "请向当地民政部门核实"),  # a count: who keeps it
        ("江苏报考社工的有多少人", "请向民政部或省级民政部门（报道中的报考人数出自民政部门的统计）核实"),
    ],
)
def test_what_no_entry_covers_points_to_who_decides_it(ask: Ask, question: str, who: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and reply.text.endswith(who + "。")
    assert "浙江" not in reply.text  # not the one pay figure the sources have


@pytest.mark.parametrize("question", ["我想知道怎么报考社工证", "怎么样报考社会工作者资格证"])
def test_how_to_sit_the_exam_is_how_to_get_the_certificate_not_the_sign_up_mechanics(ask: Ask, question: str) -> None:
    assert ask(question).text.startswith("按2006年的规定，社工证要通过全国社会工作者职业水平考试取得")
    assert ask("社工证怎么报名").match.entry.id == "exam-registration-details"  # type: ignore[union-attr]


@pytest.mark.parametrize("question", ["社区工作者一个月能拿多少", "居委会工作人员待遇好吗"])
def test_community_workers_are_on_topic_and_get_the_honest_reply_on_their_pay(ask: Ask, question: str) -> None:
    reply = ask(question)  # no word for social work, but a neighbouring trade: not declined as off topic
    assert answered(reply) == "community-worker-pay"


def test_levels_listed_together_get_the_one_answer_that_covers_them_all(ask: Ask) -> None:
    reply = ask("初级、中级、高级考试科目")  # no senior entry of its own: the overview, not two answers of three
    assert answered(reply) == "subjects-overview"
    assert "考试科目本助手没有核实过" in reply.text and not reply.match.more
    text = ask("初级和中级各考几科").text  # each level's subjects: from its own entry or the overview
    assert "助理社会工作师（初级）考2科" in text and "社会工作师（中级）考3科" in text, text


def test_a_part_of_two_measures_no_entry_answers_clearly_is_named_beside_the_other(ask: Ask) -> None:
    reply = ask("社工证都考什么内容?零基础备考需要多久")
    assert reply.text.startswith("【社工考试考哪些科目？】")
    assert reply.text.index("（教材：这里没有找到能回答的资料，可以换个说法单独再问。）") < reply.text.index("📅")


@pytest.mark.parametrize("question", ["中级社工备考多久", "社会工作者中级如何备考", "大纲什么时候发布了吗，要买新书吗"])
def test_preparing_for_the_exam_gets_the_honest_study_reply_even_without_naming_social_work(
    ask: Ask, question: str
) -> None:
    reply = ask(question)  # 备考, 大纲: in this bot, preparing for the social-work exam
    assert reply.match is not None and reply.outcome in (Outcome.ANSWERED, Outcome.SUGGESTED)
    assert (reply.match.entry or reply.match.suggestions[0]).id == "study-materials"


def test_a_resit_is_on_topic_and_leads_to_the_scores_reply(ask: Ask) -> None:
    reply = ask("单科不及格是否允许补考?")
    assert reply.match is not None and reply.match.suggestions[0].id == "score-carryover"
    assert ask("孩子数学不及格怎么办").outcome is Outcome.DECLINED  # failing alone is no exam question


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What is an MSW?", "social-work-major"),
        ("Is a social work degree worth it?", "social-work-major"),  # the degree, not the certificate
        ("How much do social workers make?", "pay"),
        ("Are social workers in demand?", "talent-gap"),
        ("What qualities make a good social worker?", "skills-needed"),
        ("What ethical dilemmas do social workers face?", "practice-advice"),
    ],
)
def test_career_guide_questions_in_english_get_their_entry(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and reply.match is not None and reply.match.entry is not None
    assert reply.match.entry.id == entry


@pytest.mark.parametrize("question", ["怎样才能成为一名社工", "how do I become a social worker"])
def test_how_to_become_a_social_worker_gets_the_way_in_and_what_the_sources_do_not_say(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and "全国社会工作者职业水平考试取得" in reply.text
    assert "没有写做社工必须持证" in reply.text
    assert ask("Do you need math to be a social worker?").outcome is not Outcome.ANSWERED  # being one is not the way in


def test_a_licence_abroad_or_a_masters_entrance_exam_is_not_given_the_mainland_exam(ask: Ask) -> None:
    assert ask("What is an LCSW?").match.entry.id == "outside-mainland"  # type: ignore[union-attr]
    reply = ask("社会工作硕士MSW考试科目有哪些")  # the postgraduate entrance exam, not the certificate's subjects
    assert reply.outcome is Outcome.DECLINED and "《社会工作综合能力" not in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Japan certified social worker national exam requirements",
        "What are the different types of social worker licenses available in Ohio?",
        "How can I practise Social Work in Malta?",
        "意大利的社工要考证吗",
    ],
)
def test_a_country_or_state_abroad_is_read_as_abroad(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "outside-mainland"


@pytest.mark.parametrize(
    "question", ["湖南非社工专业能考中级吗", "朝鲜族能考社工证吗", "How do I manage my license renewal?"]
)
def test_words_that_hold_a_country_name_are_not_read_as_abroad(ask: Ask, question: str) -> None:
    reply = ask(question)  # 南非 in 湖南非…, 朝鲜 in 朝鲜族, a transliteration's pinyin (mo na ge) in manage
    assert reply.match is not None and "outside-mainland" not in [
        e.id for e in (reply.match.entry, *reply.match.suggestions) if e
    ]


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What are the levels of social work licensure?", "exam-levels"),
        ("What are the Differences Between License Types?", "exam-levels"),  # types of licence: the levels
        ("Do I need a social work license?", "work-without-certificate"),
        ("How can I get another copy of my license?", "certificate-services"),
        ("What happens if I fail the social work license exam?", "score-carryover"),
        ("how many CEUs do social workers need", "continuing-education"),
        ("How can I tell if a course qualifies for my license?", "continuing-education"),  # a CE course
        ("Do all states require an MSW for licensure?", "outside-mainland"),  # a system abroad is named
    ],
)
def test_a_plain_licence_is_the_mainland_certificate_unless_a_system_abroad_is_named(
    ask: Ask, question: str, entry: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry


@pytest.mark.parametrize("question", ["念社工要有什麼條件呢?", "读社工专业出来能做什么"])
def test_studying_social_work_is_the_degree_not_the_exam(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "social-work-major"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Q:单科成绩可以保留吗?", "score-carryover"),  # a FAQ page's label is no word of the question
        ("社工原來有分不同類型?", "service-fields"),
        ("社工師事務所的收入從何而來?", "agency-funding"),  # an agency's income, not a social worker's pay
        ("助理社会工作师是指初级吗", "exam-levels"),  # 是指 as 就是: which level a name means
        ("没从事过社工能报考社工证吗", "eligibility-overview"),  # not working in social work (yet)
        ("why do so many social workers leave", "why-people-leave"),
        ("中级社工考试项目有哪些", "subjects-intermediate"),  # 考试项目: the subjects
        ("社工证有几种", "exam-levels"),  # the kinds of certificate are its levels, not what it is worth
        ("社工證有幾種", "exam-levels"),
        ("社会工作部的职责范围", "policy-bodies"),
        ("不在社区工作能考社工证吗", "eligibility-overview"),  # the myth that only community staff may sit it
        ("社工专业毕业生为什么不做社工", "why-people-leave"),
        ("社会工作者报考必须是从事社会工作", "eligibility-overview"),  # 报考必须: the conditions
        ("社工证考完好找工作吗", "career-outlook"),  # finding work easily is the outlook, not where to look
        ("社工这一行，去或留？", "why-people-leave"),
        ("社工考试为何越来越受追捧？", "exam-popularity"),
        ("Reasons for not choosing social work as a career", "why-people-leave"),
        ("社区工作者的报考条件是什么", "vs-community-worker"),  # another job, recruited locally: it says so
        ("哪些工作经历不被认可", "work-years-rules"),  # which years count, not how the profession is seen
        ("登记审核多少天", "registration-where"),  # 30 working days after the papers are accepted
        ("证书登记要多久办完", "registration-where"),
        ("户口在外地能在工作地登记吗", "registration-where"),  # household registration or workplace
        ("社工证几年一审", "re-registration"),
        ("第一次社工考试是哪年", "exam-overview"),  # 2008, not how often it is held
        ("高级社工证有效期几年", "registration"),  # the certificate's registration, not the exam pass's 3 years
        ("什么是社区证", "exam-overview"),  # 社区证: what some call the certificate
        ("社区工作证和社工证有什么区别", "vs-community-worker"),  # a community worker's card, not the certificate
        ("社区服务中心的工资一个月多少", "community-worker-pay"),  # a community job's pay: no figure, said so
        ("怎么确定自己的社会工作专业工作年限", "work-years-rules"),  # the notices' name for the years of work
        ("考社工证一般要多长时间", "how-to-get-certificate"),  # once a year, every subject passed
        ("宁波社会工作师考完好找工作吗", "career-outlook"),  # where the asker is: the outlook is no place's
        ("steps to get certified as a social worker", "how-to-get-certificate"),  # certified: the certificate
        ("社工考试是几月份", "exam-registration-details"),  # the dates: the notices decide
        ("社工证考出来能干嘛", "certificate-value"),
        ("社工证算什么级别的职称", "certificate-title"),  # 什么级别: of the title, not the certificate's levels
        ("我是社工专业毕业生，找不到工作怎么办", "job-search"),  # not the graduates' eligibility
        ("Is it worth getting licensed?", "certificate-value"),
        ("What is the career outlook for social workers in China?", "career-outlook"),  # outlook: the prospects
        ("社工考试可以异地报考吗", "exam-registration-details"),  # where one may sign up: the notices decide
        ("北京社工招聘", "job-search"),
    ],
)
def test_wordings_from_faq_pages_reach_their_entry(ask: Ask, question: str, entry_id: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry_id


def test_looking_for_a_social_work_job_is_not_asking_a_social_worker_for_help(ask: Ask) -> None:
    reply = ask("刚考完社工证，想找社工工作，去哪投简历")
    assert answered(reply) == "job-search"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("社工考试难唔难", "exam-difficulty"),  # Cantonese
        ("社工证系咪全国通用", "certificate-nationwide"),
        ("社工证三年后点样续牌", "re-registration"),
        ("甬城考社工证奖励多少", "ningbo-reward"),  # a city's other name
        ("社工机构靠什么赚钱", "agency-funding"),
    ],
)
def test_colloquial_and_cantonese_words_read_as_their_plain_forms(ask: Ask, question: str, entry_id: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry_id


def test_what_a_word_means_is_not_whether_it_is_another(ask: Ask) -> None:
    reply = ask("社工证报名中的社会工作年限是指什么?")  # 是指什么 stays itself, not 就是什么
    assert answered(reply) == "work-years-rules"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("宁波社工证怎么考", "how-to-get-certificate"),  # not Ningbo's reward: the exam is the same everywhere
        ("台州社工证考几科", "subjects-overview"),
        ("What does a social worker do in China?", "what-is-social-worker"),  # not the national headcount
    ],
)
def test_a_place_said_as_where_the_asker_is_keeps_an_answer_that_holds_everywhere(
    ask: Ask, question: str, entry_id: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry_id


def test_an_agency_named_is_not_asking_how_agencies_are_funded(ask: Ask) -> None:
    reply = ask("Do I need the 社工证 before a social work agency will hire me?")
    assert reply.match is None or reply.match.entry is None or reply.match.entry.id != "agency-funding"


def test_two_measures_joined_by_and_are_two_parts_even_when_one_is_a_single_word(ask: Ask) -> None:
    reply = ask("社工考试主要考些什么内容和题型")
    assert reply.outcome is Outcome.ANSWERED
    assert "《社会工作实务（初级）》" in reply.text  # the subjects, answered for every level
    assert "（题型：" in reply.text and "社工考试难吗？是机考还是笔试？" in buttons(reply)  # the other part named


def test_a_level_held_as_a_certificate_is_not_the_level_asked(ask: Ask) -> None:
    reply = ask("没有中级证可以直接考高级吗")  # 中级 is the certificate lacked: the senior rules answer
    assert answered(reply) == "eligibility-senior"


@pytest.mark.parametrize(
    "question",
    ["是否可以从中级社工直接考取高级社工证书?", "从中级到高级需要什么条件", "中级考过了可以直接考高级吗"],
)
def test_the_level_one_starts_from_is_not_the_level_asked(ask: Ask, question: str) -> None:
    reply = ask(question)  # 从中级…高级, 中级考过了…高级: the senior level is asked
    assert reply.match is not None and reply.match.entry is not None
    assert reply.match.entry.id == "eligibility-senior" and not reply.match.more


def test_two_levels_each_asked_are_both_kept(ask: Ask) -> None:
    reply = ask("中级有几科，高级有几科")  # 有 after a level is no certificate held: both levels are asked
    assert "《社会工作法规与政策》" in reply.text and "高级" in reply.text


def test_a_space_between_two_chinese_clauses_parts_them(ask: Ask) -> None:
    reply = ask("社工证是什么呢 什么时候领取")  # each part answered, not suggestions for the whole
    assert answered(reply) == "exam-overview"
    assert [entry.id for entry in reply.match.more] == ["certificate-services"]


def test_places_asked_in_separate_clauses_each_get_their_answer(ask: Ask) -> None:
    reply = ask("宁波奖励多少，北京有多少社工")
    assert "1500元" in reply.text and "7.96万" in reply.text
    assert "北京：这里没有找到" not in reply.text


def test_community_work_counted_as_years_is_the_years_rule_not_community_pay(ask: Ask) -> None:
    reply = ask("在社区居委会工作算社会工作年限吗")
    assert answered(reply) == "work-years-rules"


@pytest.mark.parametrize("question", ["社工考试通过率高吗", "社工考试60分及格吗"])
def test_pass_rates_and_pass_marks_get_the_honest_reply_that_names_them(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.match is not None and reply.match.entry is not None
    assert reply.match.entry.id == "exam-registration-details" and "通过率" in reply.text


@pytest.mark.parametrize(
    ("question", "level"), [("高级社工师工资多少", "高级社工师"), ("中级社工一个月拿多少钱", "社工师")]
)
def test_pay_at_a_level_is_not_given_a_new_hires_pay(ask: Ask, question: str, level: str) -> None:
    reply = ask(question)  # the one figure is a new hire's, at no level: it is no senior's pay
    assert reply.text.startswith(f"关于{level}的工资，本助手没有核实过的资料") and "三四千" not in reply.text
    assert "浙江的资料：社工工资多少？" in buttons(reply)


def test_a_city_in_zhejiang_without_pay_figures_is_not_called_outside_zhejiang(ask: Ask) -> None:
    reply = ask("宁波社工一个月多少钱")
    assert "浙江以外" not in reply.text and "宁波" in reply.text and "没有核实过的数字" in reply.text


@pytest.mark.parametrize("message", ["好的", "嗯嗯", "哈哈", "👍", "ok"])
def test_an_acknowledgement_gets_a_short_line_not_the_decline(ask: Ask, message: str) -> None:
    reply = ask(message)
    assert reply.text.startswith("好的！") and "没有可靠的资料" not in reply.text


def test_what_no_entry_is_about_offers_no_unrelated_entries(ask: Ask) -> None:
    reply = ask("社工证对退休金有影响吗")  # a pension: no entry is about it, so no registration buttons
    assert reply.text.startswith("关于退休待遇，本助手没有核实过的资料")
    assert buttons(reply) == []


# Eligibility verdicts in conversation: several degrees, students, follow-ups, what was said.


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "我研究生是社工专业，本科是英语，工作2年能考中级吗",
            "社工专业硕士报考社会工作师需从事社会工作满1年；如果这2年都算从事社会工作，你已满2年，可以报考",
        ),
        (
            "我本科英语，研究生读的社会工作，工作1年能考中级吗",
            "社工专业硕士报考社会工作师需从事社会工作满1年；如果这1年都算从事社会工作，你已满1年，可以报考",
        ),
        (
            "我本科是社会工作，硕士读的教育学，刚毕业，能考初级吗",
            "社工专业本科报考助理社会工作师不要求工作年限；可以报考",
        ),
        ("我大专是社工专业，专升本读了会计，做了2年社工，能考初级吗", "满2年；你已满2年，可以报考"),
        (
            "我是社工专业大专，后来读了非社工的本科，做了4年，中级能考吗",
            "社工专业大专报考社会工作师需从事社会工作满4年；如果这4年都算从事社会工作，你已满4年，可以报考",
        ),
        (
            "我是社工专业大专，后来读了非社工的本科，做了3年，中级能考吗",
            "社工专业大专报考社会工作师需从事社会工作满4年；你做了3年，还差1年",
        ),
        (
            "我研究生是社工專業，本科是英語，工作2年能考中級嗎",
            "社工專業碩士報考社會工作師需從事社會工作滿1年；如果這2年都算從事社會工作，你已滿2年，可以報考",
        ),
    ],
)
def test_each_degree_is_read_with_its_own_major_and_any_one_of_them_qualifies(
    ask: Ask, question: str, says: str
) -> None:
    said = verdict_of(ask(question))
    assert says in said, said  # each degree with its own major, the best one named
    assert "其他专业硕士" not in said and "其他专业大专" not in said, said  # never a degree with another's major


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("我大二，社工专业本科，能考初级吗", "这一条指社会工作专业本科应届毕业生（后来的报考通知解释为包括已取得"),
        ("我是社工本科在校生，今年大三，可以报初级吗", "你还在读、尚未取得学历，能否在毕业当年报考要看当年的报考通知"),
        (
            "我今年大四，社工专业，明年毕业能考中级吗",
            "社工专业本科报考社会工作师需从事社会工作满3年；这一条要求已取得这一学历，你还在读",
        ),
        ("我研二，社工专业，能考中级吗", "社工专业硕士报考社会工作师需从事社会工作满1年；这一条要求已取得这一学历"),
    ],
)
def test_a_student_without_the_degree_yet_is_never_told_they_may_sit(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))
    assert says in said and "可以报考" not in said, said
    assert "以当年报考通知为准" not in said  # the footer under the verdict says it


def test_a_degree_already_held_still_qualifies_while_studying_for_another(ask: Ask) -> None:
    said = verdict_of(ask("我本科社工，现在研一读教育学，能考初级吗"))
    assert said.startswith("按2006年规定，社工专业本科报考助理社会工作师不要求工作年限；可以报考。")


def test_a_follow_up_that_only_swaps_the_level_gets_that_levels_verdict_from_the_same_details(ask: Ask) -> None:
    first = verdict_of(ask("我本科非社工专业，做了3年社工，能考初级吗"))
    assert "其他专业本科报考助理社会工作师需从事社会工作满2年；你已满3年，可以报考" in first
    intermediate = verdict_of(ask("那中级呢"))
    assert intermediate.startswith("按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年")
    assert "你做了3年，还差2年" in intermediate
    senior = verdict_of(ask("高级呢"))
    assert senior.startswith("按2018年评价办法，本科报考高级社会工作师需通过全国考试取得社会工作师证书后")
    assert "暂不能报考" in senior


def test_a_level_alone_with_no_verdict_before_it_gets_no_verdict(ask: Ask) -> None:
    ask("社工证怎么考")
    reply = ask("那中级呢")
    assert reply.match is not None and "你已满" not in reply.text and "还差" not in reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("我没有证，高中，做了10年，能考中级吗", "满6年；没有助理社会工作师证书暂不能报考"),
        (
            "我硕士，中级证书4年，可以考高级社工师吗",
            "硕士报考高级社会工作师需通过全国考试取得社会工作师证书后从事社会工作满5年",
        ),
        ("我大专，拿中级证5年了，可以考高级吗", "按2018年评价办法，报考高级社会工作师至少需本科学历，大专暂不能报考"),
    ],
)
def test_what_is_said_of_certificates_is_read_and_only_the_level_asked_is_judged(
    ask: Ask, question: str, says: str
) -> None:
    said = verdict_of(ask(question))
    assert says in said and "还需要知道" not in said, said
    assert ("按2006年规定" in said) == ("中级吗" in question), said  # no line for a level held, not asked


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("master of social work with one year experience, eligible for intermediate?", "社工专业硕士报考社会工作师"),
        (
            "MSW毕业，工作一年，能考中级吗",
            "社工专业硕士报考社会工作师需从事社会工作满1年；如果这1年都算从事社会工作，你已满1年，可以报考",
        ),
        ("I have a BSW and no experience, am I eligible for the assistant exam?", "社工专业本科报考助理社会工作师"),
        (
            "本科非社工 工作两年 初级ok吗",
            "其他专业本科报考助理社会工作师需从事社会工作满2年；如果这2年都算从事社会工作，你已满2年，可以报考",
        ),
    ],
)
def test_english_abbreviations_and_terse_questions_get_their_verdict(ask: Ask, question: str, says: str) -> None:
    assert says in verdict_of(ask(question))


@pytest.mark.parametrize(
    "question",
    ["我大专护理专业，做了5年护工，能考初级吗", "我高中，做了4年护理，能考初级吗", "在社区做了4年，高中，能考初级吗"],
)
def test_years_in_care_or_community_jobs_are_said_to_need_the_local_check(ask: Ask, question: str) -> None:
    said = verdict_of(ask(question))  # the years count only if the job counts as 从事社会工作
    assert "的工作算不算，以当年报考通知和当地资格审核为准" in said and "；如果这" in said, said


def test_a_nursing_major_alone_gets_no_caveat_about_the_work(ask: Ask) -> None:
    assert "算不算“从事社会工作”" not in verdict_of(ask("我是大专护理专业，做了两年社工，可以考初级吗"))


def test_a_certificate_held_and_a_level_asked_get_the_rule_and_what_is_missing(ask: Ask) -> None:
    said = ask("我有社工中级证，能考高级吗").text  # no degree said: the 2018 rule, and what it needs to know
    assert said.startswith("按2018年评价办法") and "还需要知道：学历" in said, said


@pytest.mark.parametrize(
    "question",
    ["初级社工证涨多少钱", "考了社工证能涨工资吗", "考了中级社工证能加薪吗", "will the certificate raise my salary"],
)
def test_what_the_certificate_adds_to_pay_gets_its_value_and_no_invented_amount(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.text.startswith(("【社工证有什么用？】", "据2023年《浙江日报》报道")), reply.text
    assert "持证后工资能涨多少，报道没有给出数字" in reply.text


def test_pay_and_what_the_certificate_adds_to_it_are_answered_as_two_parts(ask: Ask) -> None:
    said = ask("社工证考出来工资多少,能涨多少薪水").text
    assert said.index("【社工工资多少？】") < said.index("【社工证有什么用？】")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("社工证包括哪些证书", "exam-levels"),
        ("能考中级吗", "eligibility-intermediate"),
        ("我可以考中级社工吗", "eligibility-intermediate"),
        ("能考高级吗", "eligibility-senior"),
        ("我在北京，能考中级吗", "eligibility-intermediate"),  # where the asker is does not make it a Beijing question
    ],
)
def test_common_questions_with_no_details_get_their_entry_not_suggestions(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry


def test_one_clear_part_is_answered_and_the_part_no_entry_answers_is_named(ask: Ask) -> None:
    reply = ask("社工证是什么?社区工作者为何必须考取?")  # 为何 asks, as 为什么 does
    assert reply.text.startswith("【社工考试是什么考试？】")
    assert "（社区工作者为何必须考取：这里没有" in reply.text


def test_a_clear_part_that_does_not_name_social_work_is_answered_when_it_matches_closely(ask: Ask) -> None:
    reply = ask("不知道自己符不符合条件?报名流程咋走?备考从哪下手?")  # 符不符合 and 咋 ask
    assert reply.text.startswith("【社工证报考条件是什么？】"), reply.text
    assert "备考从哪下手：这里没有" in reply.text


def test_a_decline_names_a_long_question_by_its_start_and_says_who_decides_registration(ask: Ask) -> None:
    said = ask("我想问一下潜水教练证在海南哪里可以考，大概要多少钱，多久能拿到").text
    assert said.startswith("抱歉，关于“我想问一下潜水教练证在海南哪里可以考，大概要多少…”，"), said
    assert "证书登记和继续教育以本省民政部门的规定为准" in said


def test_a_level_named_as_a_certificate_before_the_level_asked_is_the_one_held(ask: Ask) -> None:
    said = ask("初级证能直接考高级吗").text
    assert said.startswith("【高级社会工作师报考条件是什么？】") and "助理社会工作师（初级）报考条件" not in said, said


def test_each_part_of_a_question_naming_one_level_gives_that_level_only(ask: Ask) -> None:
    said = ask("宁波和台州考中级各奖多少").text
    assert "3000元/人" in said and "社会工作师：2000元" in said, said
    assert "1500元" not in said and "5000元" not in said and "1000元" not in said, said


def test_whether_the_certificate_is_used_nationwide_is_answered_beside_registration(ask: Ask) -> None:
    said = ask("社工证能在全国用吗 要登记吗").text
    assert said.startswith("【社工证全国通用吗？】") and "【社工证要登记吗？什么时候登记？】" in said, said


def test_a_part_that_names_another_group_is_not_answered_as_social_work(ask: Ask) -> None:
    reply = ask("社区工作者是什么编制?工资待遇怎么样?")
    assert reply.match is not None and (reply.match.entry is None or reply.match.entry.id != "pay"), reply.text


def test_a_clear_part_whose_entry_lacks_what_the_other_part_asks_gets_the_honest_reply(ask: Ask) -> None:
    reply = ask("高级社工评审要交什么材料，要不要论文")
    assert "评审材料" in reply.text and "没有核实过" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("社工就业是否容易呢?", "career-outlook"),
        ("不知道社工的明天是怎样的?", "career-outlook"),
        ("社工以后有发展吗", "career-outlook"),  # 有发展: the outlook, not Beijing's problems
        ("做社工发展如何", "career-outlook"),
        ("社工考试多少钱", "exam-registration-details"),  # the fee, which the notice gives
        ("全国哪里报考社工的人最多", "exam-applicants"),  # where most sit it, not where to sign up
        ("高级社工师考什么科目", "subjects-overview"),  # the overview says the senior subjects are not known
        ("做社工人工有幾多", "pay"),  # 人工: pay in Cantonese
        ("法规与政策这个科目是初级还是中级考的", "subjects-overview"),
        ("实习算工作年限吗", "work-years-rules"),
        ("初级社工成绩多久出来?", "exam-registration-details"),
        ("2026年郑州市社会工作者报考公告什么时候发布?", "exam-registration-details"),
        ("中级合格成绩明年还有效吗?", "score-carryover"),  # not the senior level's pass
    ],
)
def test_everyday_wordings_of_common_questions_get_their_entry(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "社工繼續教育要自己掏錢嗎，一般多少錢",  # 一般多少钱 leans on the clause before it: not pay on its own
        "北京社工专业人才7.96万，那里面有多少是持证的",  # a statement is no part that asks
    ],
)
def test_a_part_that_does_not_stand_on_its_own_is_not_answered_alone(ask: Ask, question: str) -> None:
    reply = ask(question)  # nothing, or the honest reply to what is asked (no Beijing holders figure)
    assert reply.match is not None and (reply.match.entry is None or reply.match.entry.honest), reply.text


def test_a_tax_refund_is_not_read_as_what_a_social_worker_is(ask: Ask) -> None:
    assert ask("社会工作者退税是什么意思").text.startswith("【社工证能抵扣个税吗？】")


def test_the_state_of_the_field_reads_as_its_outlook(ask: Ask) -> None:
    assert ask("社工的发展状况").text.startswith("2023年的报道给出的是两面")


def test_an_amount_put_forward_that_the_sources_do_not_give_is_said_not_to_be_it(ask: Ask) -> None:
    said = ask("台州中级奖励是3000元吗").text
    assert "（资料里的数字不是3000元，以下面为准。）" in said and "2000元" in said
    assert "不是" not in ask("宁波中级奖励是3000元吗").text  # the report gives it


@pytest.mark.parametrize(
    ("question", "not_it", "said"),
    [("宁波初级奖励是2000吗", "2000", "1500元"), ("浙江持证社工有20万吗", "20万", "15.6万")],
)
def test_a_bare_amount_put_forward_is_no_year_and_is_said_not_to_be_it(
    ask: Ask, question: str, not_it: str, said: str
) -> None:
    text = ask(question).text
    assert f"（资料里的数字不是{not_it}" in text and said in text, text
    assert "年的；" not in text, text  # not read as the year 2000


def test_a_reward_from_the_state_gets_the_cities_and_the_word_that_none_from_the_state_is_known(ask: Ask) -> None:
    said = ask("考社工证国家补贴多少").text
    assert "宁波：" in said and "国家层面有没有考证补贴" in said, said


def test_a_monthly_allowance_in_a_city_is_not_answered_with_its_one_time_reward(ask: Ask) -> None:
    reply = ask("宁波社工补贴每月多少")
    assert reply.match is not None and reply.match.entry is None and "持证津贴" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry"), [("我35岁了还能考吗", "eligibility-overview"), ("首次登记要在多久以内", "registration")]
)
def test_an_age_or_a_deadline_asked_without_naming_social_work_gets_its_entry(
    ask: Ask, question: str, entry: str
) -> None:
    reply = ask(question)  # 35 says how old; 以内 and 我 are words any question holds
    assert answered(reply) == entry, reply.text


@pytest.mark.parametrize(("question", "not_there"), [("中级社工奖励多少", None), ("高级社工师奖励多少", "台州：")])
def test_a_reward_at_one_level_in_no_city_gets_the_cities_overview(
    ask: Ask, question: str, not_there: str | None
) -> None:
    said = ask(question).text
    assert said.startswith("【考社工证有哪些奖励？】") and "宁波：" in said
    assert not_there is None or not_there not in said  # Taizhou's senior reward is not in the report


def test_why_so_many_sit_the_exam_is_why_it_is_popular_not_how_many(ask: Ask) -> None:
    reply = ask("浙江考社工的人为什么这么多")
    assert answered(reply) == "exam-popularity"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("中国社工缺人吗", "talent-gap"),  # the report's shortage is the profession's, not Zhejiang's figure
        ("Is there a shortage of social workers in China?", "talent-gap"),
        ("What does a social worker earn in Zhejiang?", "pay"),
        ("Which province has the most applicants?", "exam-applicants"),
    ],
)
def test_common_questions_about_the_whole_country_or_a_province_get_their_entry(
    ask: Ask, question: str, entry: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry


def test_a_province_before_sitting_the_exam_is_no_civil_service_exam(ask: Ask) -> None:
    reply = ask("哪个省考社工的人最多")  # 省 + 考, not 省考 (the provincial civil-service exam)
    assert reply.match is not None and "bianzhi" not in {
        e.id for e in (reply.match.entry, *reply.match.suggestions) if e
    }


@pytest.mark.parametrize("question", ["社工大学生怎么出国工作呢", "美国社会工作专业适合什么人申请？就业薪资水平如何？"])
def test_a_country_abroad_named_in_any_part_is_never_answered_with_the_mainlands_facts(ask: Ask, question: str) -> None:
    reply = ask(question)  # the pay asked after a clause on the US is theirs, not Zhejiang's anecdote
    assert reply.match is None or reply.match.entry is None or reply.match.entry.honest, reply.text
    assert "三四千" not in reply.text and "应届毕业生" not in reply.text


@pytest.mark.parametrize("question", ["高级教师能考社工证吗", "我是中级工程师，能报社工证吗"])
def test_another_jobs_title_is_no_exam_level(ask: Ask, question: str) -> None:
    reply = ask(question)  # 高级 in 高级教师 is the teacher's grade: never the senior level's conditions
    assert "高级社会工作师报考条件" not in reply.text and "社会工作师（中级）报考条件是什么" not in reply.text


def test_another_exams_level_compared_with_the_certificate_is_another_certificate(ask: Ask) -> None:
    reply = ask("初级会计和初级社工哪个含金量高")
    assert answered(reply) == "other-certificates"


def test_whether_foreigners_may_sit_is_said_to_be_in_no_source(ask: Ask) -> None:
    assert "外国人能不能报考内地的社工考试，本助手依据的资料没有写" in ask("外国人能考吗").text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Can an agency list my certificate if I don't work there?", "certificate-renting"),
        ("Is it legal to lend out my social work licence?", "certificate-renting"),
        ("How can we fix the staffing crisis in social work?", "close-talent-gap"),
        ("Is the social work exam held twice a year?", "exam-frequency"),
        ("How long is my license valid?", "registration"),
        ("Who is able to apply for the senior social worker evaluation?", "eligibility-senior"),
        ("What makes social workers burn out?", "why-people-leave"),
        ("What causes so many social workers to quit?", "why-people-leave"),  # what causes: why
        ("How does the public perceive social workers?", "recognition"),
    ],
)
def test_common_english_wordings_reach_their_entry(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry


def test_quitting_ones_own_job_to_join_is_not_people_leaving_the_field(ask: Ask) -> None:
    reply = ask("Should I quit my current job to become a social worker?")
    assert reply.match is None or reply.match.entry is None or reply.match.entry.id != "why-people-leave"


# Follow-ups: what a swap keeps, honest replies as a thread, and short questions that lean on the one before.


@pytest.mark.parametrize("before", ["台州高级社工有奖励吗", "台州高级社工奖励多少", "台州考高级社工证有奖励吗"])
def test_a_place_and_level_swapped_after_an_honest_reply_keep_its_reward(ask: Ask, before: str) -> None:
    ask("社工证怎么考", chat="tz")  # an earlier thread, which the honest reply after it replaces
    assert ask(before, chat="tz").outcome is Outcome.DECLINED  # the report gives no senior reward for Taizhou
    reply = ask("宁波高级呢", chat="tz")
    assert "高级（高级社会工作师）：5000元/人" in reply.text, reply.text
    assert "评审" not in reply.text


def test_a_place_swapped_in_english_after_an_honest_reply_keeps_its_level_and_reward(ask: Ask) -> None:
    ask("台州高级社工有奖励吗", chat="tz-en")
    assert "5000元/人" in ask("what about Ningbo?", chat="tz-en").text


@pytest.mark.parametrize(
    ("before", "follow_up"),
    [("Beijing social work agencies number", "what about Zhejiang?"), ("北京社工机构", "浙江呢")],
)
def test_a_place_swapped_after_a_count_asks_that_count_of_the_place(ask: Ask, before: str, follow_up: str) -> None:
    assert "960家" in ask(before, chat="agencies").text
    reply = ask(follow_up, chat="agencies")  # the sources count no agencies in Zhejiang: never its other facts
    assert reply.outcome is Outcome.DECLINED and reply.text.startswith("关于浙江的机构数"), reply.text


def test_a_measure_swapped_after_a_count_is_asked_not_the_count_again(ask: Ask) -> None:
    ask("北京有多少社工", chat="count")
    reply = ask("那工资呢", chat="count")
    assert "7.96万" not in reply.text and reply.match is not None and reply.match.entry is not None


@pytest.mark.parametrize(
    ("before", "follow_up", "entry"),
    [
        ("社工证全国通用吗", "在深圳能用吗", "certificate-nationwide"),  # a place swapped in without 那… or …呢
        ("社工证全国通用吗", "那在深圳能用吗", "certificate-nationwide"),
        ("浙江报考人数多少", "全国第几", "zhejiang-applicants"),  # Zhejiang first six years running: its rank
        ("高级社工师怎么评", "評審一年幾次", "senior-exam-review"),  # what was just answered, asked more of
    ],
)
def test_a_short_question_that_leans_on_the_one_before_is_read_with_it(
    ask: Ask, before: str, follow_up: str, entry: str
) -> None:
    ask(before, chat="lean")
    reply = ask(follow_up, chat="lean")
    assert answered(reply) == entry, reply.text


@pytest.mark.parametrize(
    "follow_up", ["for the intermediate level?", "And for the intermediate level?", "for intermediate social workers?"]
)
def test_an_english_level_swap_after_a_chinese_question(ask: Ask, follow_up: str) -> None:
    ask("社工继续教育要多少学时", chat="hours")
    hours = ask(follow_up, chat="hours").text
    assert "社会工作师、高级社会工作师：不少于90小时" in hours and "72小时" not in hours, hours


@pytest.mark.parametrize(
    ("before", "question", "entry"),
    [
        ("宁波考社工证有奖励吗", "社工证怎么领取补贴呢?", "rewards-overview"),  # 领证 and the reward: its own question
        ("社工证怎么考", "多久可以考下来证书", None),  # its own words lean on no answer clearly enough
        ("社工工资多少", "医生一个月工资多少", None),
        ("北京有多少社工", "上海有多少人口", None),
        ("宁波考社工证有奖励吗", "台州到宁波怎么走", None),
        ("社工和志愿者有什么区别", "司法社工是做什么的", None),
    ],
)
def test_a_question_that_stands_on_its_own_is_read_on_its_own_after_any_thread(
    ask: Ask, answerer: Answerer, before: str, question: str, entry: str | None
) -> None:
    ask(before, chat="own")
    reply = ask(question, chat="own")
    alone = answerer.ask(question)
    assert reply.outcome is alone.outcome and reply.read_as in (None, question), reply.read_as
    if entry is not None:
        assert answered(reply) == entry


def test_a_level_swapped_to_one_that_needs_no_years_drops_whether_the_work_counts(ask: Ask) -> None:
    assert "社区的工作算不算" in verdict_of(ask("社工本科，在社区工作3年，能考中级吗"))
    said = verdict_of(ask("初級呢"))
    assert said.startswith("按2006年規定，社工專業本科報考助理社會工作師不要求工作年限；可以報考。"), said
    assert "從事社會工作”的年限" not in said and "算不算" not in said, said


@pytest.mark.parametrize(
    ("follow_up", "says"),
    [
        (
            "那本科呢",
            "按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；你已满6年",
        ),
        ("中专呢", "高中/中专报考社会工作师需通过全国考试取得助理社会工作师证书后从事社会工作满6年；这6年从取得助理"),
        (
            "我是大专",
            "按2006年规定，其他专业大专报考社会工作师需从事社会工作满6年（社工专业4年，其他专业加2年）；你已满6年",
        ),
        (
            "研究生呢",
            "按2006年规定，其他专业硕士报考社会工作师需从事社会工作满3年（社工专业1年，其他专业加2年）；你已满6年",
        ),
        ("證是3年前拿的", "這6年從取得助理社會工作師證書後算起，你取得證書到今年年底滿3年，不滿6年，暫不能報考"),
    ],
)
def test_a_follow_up_that_gives_or_swaps_a_detail_gets_the_verdict_on_the_details_asked_before(
    ask: Ask, follow_up: str, says: str
) -> None:
    first = verdict_of(ask("我高中学历，有初级证，做了6年社工，能考中级吗"))
    assert "你说的6年若都在取得证书之后，可以报考" in first, first
    said = verdict_of(ask(follow_up))
    assert says in said, said
    assert "还需要知道" not in said and "還需要知道" not in said, said


def test_follow_ups_keep_what_each_one_before_them_swapped(ask: Ask) -> None:
    verdict_of(ask("我大专，学的会计，在社工机构做了3年，能考初级吗"))  # 其他专业大专: 4 years
    assert "其他专业本科报考助理社会工作师需从事社会工作满2年；你已满3年，可以报考" in verdict_of(ask("那本科呢"))
    intermediate = verdict_of(ask("那中级呢"))  # the level swapped, the bachelor's kept
    assert intermediate.startswith("按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年"), intermediate
    assert "社工专业本科报考社会工作师需从事社会工作满3年；你已满3年，可以报考" in verdict_of(ask("如果是社工专业呢"))
    assert "你做了2年，还差1年" in verdict_of(ask("做了2年呢"))  # still of social work, as said first


@pytest.mark.parametrize("message", ["宁波呢", "考几科", "那我老公呢", "那本科的工资呢"])
def test_a_message_that_says_more_than_details_is_not_read_as_a_follow_up_of_the_verdict(
    ask: Ask, message: str
) -> None:
    verdict_of(ask("我本科会计，在社工机构做了3年，能考中级吗"))
    reply = ask(message)
    assert reply.match is not None or reply.outcome is not Outcome.ANSWERED, reply.text
    assert "你做了3年" not in reply.text and "你已满" not in reply.text, reply.text


def test_a_detail_alone_with_no_verdict_before_it_gets_no_verdict(ask: Ask) -> None:
    ask("社工证怎么考")
    for message in ("那本科呢", "证是3年前拿的"):
        reply = ask(message)
        assert "你已满" not in reply.text and "还差" not in reply.text and "暂不能报考" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("宁波考高级能拿多少", "高级（高级社会工作师）：5000元/人"),
        ("宁波高级是2000元吗", "（资料里的数字不是2000元，以下面为准。）"),
        ("宁波初级是1500元对吗", "初级（助理社会工作师）：1500元/人"),
    ],
)
def test_a_sum_asked_about_a_level_in_a_city_is_its_reward(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)  # never the senior level's conditions or review
    assert answered(reply) == "ningbo-reward" and says in reply.text, reply.text


def test_a_sum_asked_about_a_level_a_city_pays_no_reward_for_is_not_another_entry(ask: Ask) -> None:
    reply = ask("台州高级是3000元吗")
    assert reply.match is not None and reply.match.entry is None, reply.text
    assert "台州的高级社工师的奖励" in reply.text


def test_a_sum_of_money_is_no_year(ask: Ask) -> None:
    reply = ask("台州助理社工师奖励2000元对吧")
    assert answered(reply) == "taizhou-reward"
    assert "资料里的数字不是2000元" in reply.text and "2000年" not in reply.text, reply.text


def test_when_the_senior_exam_began_is_said(ask: Ask) -> None:
    reply = ask("高级是从哪年开始考的")
    assert answered(reply) == "senior-exam-review" and "高级考试2019年首次举行" in reply.text


@pytest.mark.parametrize("question", ["继续教育可以网上学吗", "繼續教育能在線學習嗎"])
def test_how_continuing_education_is_taken_is_said_to_be_in_no_source(ask: Ask, question: str) -> None:
    reply = ask(question)  # not the hours, as if they answered it
    assert reply.match is not None and reply.match.entry is None, reply.text
    assert to_simplified(reply.text).startswith("关于网上学习，本助手没有核实过的资料"), reply.text


def test_each_of_three_parts_is_answered_when_each_asks_its_own(ask: Ask) -> None:
    reply = ask("社工证怎么考，考几科，宁波有奖励吗")  # the first part was dropped for the two that name a measure
    assert reply.match is not None and reply.match.entry is not None
    assert [e.id for e in (reply.match.entry, *reply.match.more)] == [
        "how-to-get-certificate",
        "subjects-overview",
        "ningbo-reward",
    ]


def test_a_part_beside_two_answered_ones_is_named_not_dropped(ask: Ask) -> None:
    reply = ask("社工是什么，和志愿者有什么区别，要穿制服吗")
    assert reply.match is not None and reply.match.entry is not None
    assert [reply.match.entry.id, *(e.id for e in reply.match.more)] == ["what-is-social-worker", "vs-volunteer"]
    assert "（要穿制服吗：这里没有找到能回答的资料，可以换个说法单独再问。）" in reply.text


def test_how_to_sit_for_the_certificate_beside_two_parts_is_answered_as_the_third(ask: Ask) -> None:
    reply = ask("社工是什么，和志愿者有什么区别，怎么考证")  # 怎么考证: how to get it (考 is a getting word)
    assert reply.match is not None and reply.match.entry is not None
    assert [e.id for e in reply.match.more] == ["vs-volunteer", "how-to-get-certificate"], reply.text


@pytest.mark.parametrize(
    ("question", "place"),
    [("我在香港讀的社工碩士可以報考嗎", "香港"), ("我在英国读的社工硕士，工作两年，能考中级吗", "英国")],
)
def test_a_verdict_on_a_degree_taken_outside_the_mainland_says_its_recognition_decides(
    ask: Ask, question: str, place: str
) -> None:
    said = to_simplified(verdict_of(ask(question)))
    assert f"2006年规定要求的是国家教育行政部门认可的学历；在{place}取得的学历认不认可" in said, said


def test_a_verdict_on_a_mainland_degree_says_nothing_of_recognition(ask: Ask) -> None:
    assert "认可的学历" not in verdict_of(ask("我社工硕士，工作两年，能考中级吗"))


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("社會工作師證照需要換證嗎", "re-registration"),  # renewing, replacing, moving with the certificate
        ("社工证丢了怎么换证", "certificate-services"),
        ("社工证坏了能换证吗", "certificate-services"),
        ("跨省调动社工证怎么办", "certificate-nationwide"),
        ("社工點解留唔住人", "why-people-leave"),
        ("宁波奖历多少", "ningbo-reward"),
        ("全国通用吗", "certificate-nationwide"),
        ("通过率多少", "exam-registration-details"),
    ],
)
def test_everyday_short_and_cantonese_wordings_reach_their_entry(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


@pytest.mark.parametrize("question", ["社工要收费吗", "社工上门收费吗", "社工服务是免费的吗"])
def test_whether_social_workers_charge_those_they_serve_is_said_to_be_in_no_source(ask: Ask, question: str) -> None:
    reply = ask(question)  # not the exam's fees, nor "not like volunteers" read as "not free"
    assert reply.match is not None and reply.match.entry is None, reply.text
    assert reply.text.startswith("关于社工服务收费，本助手没有核实过的资料"), reply.text


def test_what_to_bring_to_re_register_includes_the_continuing_education_proof(ask: Ask) -> None:
    reply = ask("再登记要带什么")
    assert answered(reply) == "registration-where" and "再登记时还要交继续教育的证明" in reply.text


def test_a_first_or_second_tier_university_is_a_bachelors(ask: Ask) -> None:
    said = verdict_of(ask("我二本毕业，学的会计，做了3年社工，能考中级吗"))
    assert said.startswith("按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年"), said


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("登记在哪里办", "registration-where"),  # short wordings with no word of the subject but 登记
        ("喺邊度登記", "registration-where"),  # Cantonese 喺 (在), 咗 (了), 點算 (怎么办)
        ("過咗一年冇登記點算", "registration-late"),
        ("考幾多科", "subjects-overview"),
        ("登記要幾耐做一次", "registration"),
        ("全国统一考试吗", "exam-organisers"),
        ("机考还是纸笔", "exam-difficulty"),
        ("学历要国家承认吗", "work-years-rules"),
        ("社工是事业单位吗", "bianzhi"),
        ("宁波给多少钱", "ningbo-reward"),
        ("有奖励吗", "rewards-overview"),  # asked bare, the rewards of every city
        ("北京7.96万是什么时候的数字", "beijing-workforce"),  # a figure the asker gives is no unknown word
    ],
)
def test_short_and_cantonese_questions_with_no_word_of_the_subject_reach_their_entry(
    ask: Ask, question: str, entry: str
) -> None:
    assert answered(ask(question)) == entry


def test_a_span_of_years_put_forward_that_the_rules_do_not_give_is_corrected(ask: Ask) -> None:
    reply = ask("登记有效期是5年吗")
    assert answered(reply) == "registration" and "资料里的数字不是5年" in reply.text, reply.text


def test_the_conditions_of_first_registration_are_given(ask: Ask) -> None:
    reply = ask("首次登记需要什么条件")
    assert answered(reply) == "registration" and "完全民事行为能力" in reply.text, reply.text


@pytest.mark.parametrize("question", ["社区工作者能考社工证吗", "志愿者能考社工证吗", "我能考社工证吗"])
def test_who_asks_whether_they_may_sit_gets_the_conditions_not_their_jobs_entry(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "eligibility-overview"


def test_whether_an_internship_counts_is_named_in_the_answer_on_years_of_work(ask: Ask) -> None:
    reply = ask("社工实习算工作年限吗")
    assert answered(reply) == "work-years-rules" and "实习" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how long is a registration valid", "registration"),  # registration with the certificate's words around it
        ("I didn't register within a year, what now?", "registration-late"),
        ("can I register in another province", "registration-where"),
        ("考社工证能拿多少钱", "rewards-overview"),  # what the certificate pays is the rewards, not a salary
        ("北京服务了多少案例", "beijing-cases"),
        ("how many community stations in Beijing", "beijing-service-network"),
    ],
)
def test_questions_a_newcomer_found_hidden_or_misread_reach_their_entry(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("how many subjects in the CPA exam", "其他证书"),
        ("会计中级报考条件", "其他证书"),
        ("社会工作硕士考几科", "考研"),
    ],
)
def test_another_exams_subjects_or_conditions_are_never_the_social_work_exams(
    ask: Ask, question: str, named: str
) -> None:
    reply = ask(question)
    assert "考2科" not in reply.text and "从事社会工作满" not in reply.text, reply.text
    assert named in reply.text.split("\n")[0] or answered(reply) == "other-certificates", reply.text


@pytest.mark.parametrize("message", ["我想自杀", "不想活了", "I want to die"])
def test_a_message_of_despair_gets_care_not_the_decline(ask: Ask, message: str) -> None:
    reply = ask(message)
    assert "没有可靠的资料" not in reply.text and "急救、报警电话" in reply.text, reply.text
    assert reply.buttons == (), "no menu beside a caring word"


def test_an_amount_put_forward_for_a_city_with_no_figures_is_not_said_to_differ_from_the_sources(ask: Ask) -> None:
    reply = ask("温州奖励是1500吗")  # no source has a Wenzhou figure: nothing to differ from
    assert "没有核实过的资料" in reply.text and "资料里的数字不是" not in reply.text, reply.text


def test_each_of_three_parts_is_answered_in_the_order_asked(ask: Ask) -> None:
    reply = ask("中级报考条件是什么，考几科，宁波奖多少")  # 考几科 of the level the question names
    titles = ["【社会工作师（中级）报考条件是什么？】", "【中级社工考哪几科？】", "【宁波考社工证有多少奖励？】"]
    assert [reply.text.find(title) for title in titles] == sorted(reply.text.find(title) for title in titles)
    assert all(title in reply.text for title in titles), reply.text


@pytest.mark.parametrize(
    ("message", "titles"),
    [
        ("社工考试一年几次？谁组织的？", ["【社工考试一年考几次？】", "【社工考试由哪个部门组织？】"]),
        (
            "社工证全国通用吗？要登记吗？继续教育多少学时？",
            ["【社工证全国通用吗？】", "【社工证要登记吗？什么时候登记？】", "【社工继续教育要多少学时？】"],
        ),
    ],
)
def test_a_part_that_names_no_subject_is_read_with_the_one_before_it(ask: Ask, message: str, titles: list[str]) -> None:
    reply = ask(message)  # 谁组织的 asks who runs 社工考试; 要登记吗 asks of 社工证
    assert [reply.text.find(title) for title in titles] == sorted(reply.text.find(title) for title in titles)
    assert all(title in reply.text for title in titles) and "这里没有" not in reply.text, reply.text


def test_a_decimal_point_does_not_cut_a_question_in_two() -> None:
    assert clauses_of("北京社工服务的22.8万人里老人有多少") == ["北京社工服务的22.8万人里老人有多少"]
    assert clauses_of("Is it valid. How long?") == ["Is it valid", "How long"]


def test_a_clause_that_tells_a_figure_is_not_answered_as_a_question(ask: Ask) -> None:
    applicants = ask("浙江有多少人报考社工？").text.splitlines()[0]
    reply = ask("浙江报考20万人，最后考过了多少人")  # the applicants are told, the pass count asked
    assert applicants not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Can I take the senior exam with a master's and intermediate certificate held for 6 years?",
        "中級證攞咗6年，碩士，可唔可以考高級",  # 攞咗: Cantonese 拿了
    ],
)
def test_years_a_certificate_was_held_are_no_years_of_work_in_english_or_cantonese(ask: Ask, question: str) -> None:
    said = to_simplified(verdict_of(ask(question)))
    assert said.startswith("按2018年评价办法，硕士报考高级社会工作师"), said
    assert "不是从事社会工作的年限" in said and "已有的证书" not in said, said


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("为啥要考社工证", "certificate-value"),
        ("why obtain the certificate?", "certificate-value"),
        ("非本专业考社工证有没有用", "certificate-value"),  # the asker's major sets the scene: the worth is asked
        ("社工有工资喔", "pay"),  # 喔 closes a question as 吗 does
    ],
)
def test_why_one_would_get_the_certificate_is_what_it_is_worth(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry, question


@pytest.mark.parametrize(
    ("question", "named"), [("江苏报考人数", "江苏的报考人数"), ("北京报考人数", "北京的报考人数")]
)
def test_a_terse_count_for_a_place_without_one_is_named_honestly(ask: Ask, question: str, named: str) -> None:
    reply = ask(question)  # a place and a measure some place has figures for: about social work, though terse
    assert reply.outcome is Outcome.DECLINED and named in reply.text and "没有核实过" in reply.text, reply.text


def test_non_locals_asking_of_a_citys_reward_get_that_city_alone(ask: Ask) -> None:
    reply = ask("宁波的奖励外地人能领吗")  # 外地人 says who asks, not another place
    assert answered(reply) == "ningbo-reward" and "谁能领" in reply.text and "除宁波、台州外" not in reply.text, (
        reply.text
    )


@pytest.mark.parametrize(
    ("question", "says"), [("社工考试什么时候开始的", "2008年起"), ("高级社工证也要登记吗", "高级都一样")]
)
def test_when_the_exam_began_and_whether_each_level_registers_are_answered(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)  # 开始的: when it began, not a date to come; a level named, the rule for every level
    assert reply.outcome is Outcome.ANSWERED and says in reply.text, reply.text


def test_a_count_of_communities_is_not_answered_with_the_count_of_social_workers(ask: Ask) -> None:
    reply = ask("北京有多少社区")  # no source counts communities; 7.96万 counts social workers
    assert "7.96万" not in reply.text and reply.outcome is not Outcome.ANSWERED, reply.text


@pytest.mark.parametrize(
    "question", ["初级一定要考吗", "必须先考初级吗", "必須先考初級嗎", "一定要先考初级吗", "初级是必考的吗"]
)
def test_whether_the_assistant_level_must_be_passed_first_gets_the_intermediate_rules(ask: Ask, question: str) -> None:
    reply = ask(question)  # 可见有学历和年限的人不必先考初级, not the assistant level's subjects
    assert answered(reply) == "eligibility-intermediate" and "不必先考初级" in to_simplified(reply.text), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "我是香港人，社工专业本科，能考社工证吗",
        "我是香港人，社工專業本科，能考社工證嗎",
        "I'm from Hong Kong with a social work degree, can I sit the exam?",
    ],
)
def test_a_hong_kong_resident_gets_whether_residents_may_sit_beside_the_verdict(ask: Ask, question: str) -> None:
    reply = ask(question)
    verdict, beside = to_simplified(reply.text).split("\n\n【", 1)
    assert "社工专业本科报考助理社会工作师不要求工作年限；可以报考。" in verdict, reply.text
    assert beside.startswith("港澳台居民能考社工证吗？】\n可以。按2006年的规定，香港、澳门、台湾居民可以报考"), (
        reply.text
    )
