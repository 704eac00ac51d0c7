"""Session 40's conversations: what a question asks of a figure (a share, average or rank; a figure inside a range;
a figure asked of an answer that gives none in its unit)."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered, buttons


@pytest.mark.parametrize(
    ("question", "says", "button"),
    [
        ("北京社区社工站覆盖了百分之多少的社区", "关于北京的比例", "北京的三级社会工作服务体系是什么？"),
        ("北京每万人有几个社工", "关于北京的比例", "北京有多少社工？"),
        ("浙江每万人拥有多少持证社工", "关于浙江的持证人数的比例", "浙江有多少持证社工？"),
        ("北京每个街道平均有多少个社工站", "关于北京的平均数", "北京的三级社会工作服务体系是什么？"),
        ("北京每萬人有幾個社工", "關於北京的比例", "北京有多少社工？"),
    ],
)
def test_a_share_or_average_of_a_headline_figure_is_not_the_figure(
    ask: Ask, question: str, says: str, button: str
) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and says in reply.text, reply.text
    assert not any(figure in reply.text for figure in ("835个", "7.96万", "15.6万")), reply.text
    assert any(button in label for label in buttons(reply)), buttons(reply)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("宁波社工奖励全省最高吗", "关于宁波的奖励的省内排名"),
        ("宁波社工奖励是浙江最高的吗", "关于宁波的奖励的省内排名"),
        ("台州奖励最高吗", "关于台州的奖励的省内排名"),
        ("江苏社工报考人数全国排第几", "关于江苏的报考人数的全国排名"),
    ],
)
def test_a_rank_among_places_is_named_after_the_figure_it_ranks(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and says in reply.text, reply.text


def test_what_a_share_is_of_stays_beside_it_among_several_measures(ask: Ask) -> None:
    reply = ask("社会工作法规与政策科目在考试中占比及备考重点?")
    assert "关于科目的比例、教材" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("浙江持证社工全国最多吗", "居全国各省份首位"),
        ("宁波最高奖励多少", "5000元/人"),
    ],
)
def test_a_rank_or_top_amount_the_answer_gives_is_still_answered(ask: Ask, question: str, says: str) -> None:
    assert says in ask(question).text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("新入职社工工资三千吗", "资料里的数字是一个范围，三千在其中"),
        ("新入职社工工资大约三千吗", "资料里的数字是一个范围，三千在其中"),
        ("新入职社工工资四千元吗", "资料里的数字是一个范围，四千元在其中"),
        ("社工工资3500吗", "资料里的数字是一个范围，3500在其中"),
        ("新入职社工工资五千吗", "资料里的数字不是五千"),
        ("社工到手三四千对吗", "资料里的数字正是三四千"),
    ],
)
def test_a_figure_inside_a_range_is_neither_the_figure_nor_denied(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert answered(reply) == "pay" and says in reply.text, reply.text
    assert "正是三千" not in reply.text and "正是四千" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("浙江连续五年第一吗", "资料里的数字不是五年"),
        ("浙江连续六年第一吗", "资料里的数字正是六年"),
    ],
)
def test_years_put_forward_are_asked_as_how_many_years(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert answered(reply) == "zhejiang-applicants" and says in reply.text, reply.text


def test_a_figure_is_not_denied_by_an_answer_giving_none_in_its_unit(ask: Ask) -> None:
    reply = ask("社工证必须要工作满2年吗?")
    assert "不是2年" not in reply.text, reply.text  # the rules of counting years state none (but 2006年)


@pytest.mark.parametrize(
    ("question", "entry", "not_says"),
    [
        ("朋友说浙江考社工的人最多，是真的吗，有多少人", "zhejiang-applicants", "15.6万"),  # not holders, 社工是什么
        ("听说浙江报考社工的人很多，对吗，有多少人", "zhejiang-applicants", "15.6万"),
    ],
)
def test_a_part_only_confirming_or_asking_how_many_is_of_the_part_before(
    ask: Ask, question: str, entry: str, not_says: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry and not_says not in reply.text, reply.text
    assert "社工的全称" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("浙江社工证书人数全国第一吗", "zhejiang-holders", "居全国各省份首位"),
        ("浙江考社工的人多吗", "zhejiang-applicants", "首次突破20万"),
    ],
)
def test_holders_and_applicants_are_read_from_how_people_say_them(
    ask: Ask, question: str, entry: str, says: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry and says in reply.text, reply.text


def test_how_many_take_the_exam_in_a_place_without_a_figure_is_not_its_workforce(ask: Ask) -> None:
    reply = ask("北京考社工证有多少人")
    assert reply.outcome is Outcome.DECLINED and "关于北京的报考人数" in reply.text, reply.text
    assert "7.96万" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("宁波考过高级社工奖励5000是真的吗", "ningbo-reward", "资料里的数字正是5000"),
        ("北京有7.96万社工是真的吗", "beijing-workforce", "资料里的数字正是7.96万"),
        ("台州中级奖励3000是真的吗", "taizhou-reward", "资料里的数字不是3000"),
    ],
)
def test_a_claim_asked_if_true_is_confirmed_or_denied_not_only_sourced(
    ask: Ask, question: str, entry: str, says: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry and says in reply.text and "所在的回答" not in reply.text, reply.text
    assert "📰 来源" in reply.text, reply.text


def test_a_figure_alone_asked_if_true_still_says_where_it_is_from(ask: Ask) -> None:
    reply = ask("2022年报考89万是哪里的数据")
    assert "“89万”所在的回答" in reply.text, reply.text


@pytest.mark.parametrize("question", ["835个社工站都在农村吗", "北京835个社工站都在农村吗"])
def test_a_figure_put_forward_is_answered_by_the_card_stating_it(ask: Ask, question: str) -> None:
    reply = ask(question)  # not the rural card, which states no count of stations, with 不是835个
    assert answered(reply) == "beijing-service-network", reply.text
    assert "资料里的数字正是835个；是不是都在农村，资料没有写" in reply.text, reply.text


@pytest.mark.parametrize("question", ["社工考试几时开始有", "助理社工师什么时候开始有"])
def test_since_when_something_exists_is_when_it_began(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "exam-overview"


def test_a_sum_asked_by_the_year_is_not_more_than_a_year(ask: Ask) -> None:
    reply = ask("社工证挂靠一年多少钱")  # 一年多 inside 一年多少: how much a year, not over a year
    assert answered(reply) == "certificate-renting", reply.text
    assert answered(ask("考过一年多了还没登记来得及吗")) == "registration-late"


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("宁波奖励一年多少", "ningbo-reward", "资料里说的是“一次性”，不是每年的"),
        ("宁波奖励每年都有吗", "ningbo-reward", "资料里说的是“一次性”，不是每年的"),
        ("继续教育一年要多少学时", "continuing-education", "资料里说的是“每个3年”，不是每年的"),
        ("社工工资一年多少", "pay", "资料里说的是“每个月”，不是每年的"),
        ("台州奖励每年多少", "taizhou-reward", "是不是每年的，资料没有写"),
    ],
)
def test_a_sum_asked_by_a_period_the_answer_does_not_give_it_by_says_so(
    ask: Ask, question: str, entry: str, says: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry and says in reply.text, reply.text


def test_a_sum_asked_by_the_year_after_an_answer_keeps_its_subject(ask: Ask) -> None:
    assert answered(ask("宁波奖励多少", chat="by-year")) == "ningbo-reward"
    reply = ask("一年多少", chat="by-year")
    assert answered(reply) == "ningbo-reward" and "不是每年的" in reply.text, reply.text


def test_how_many_people_a_year_is_no_sum_by_the_year(ask: Ask) -> None:
    reply = ask("每年大概多少人考社工")
    assert answered(reply) == "exam-applicants" and "是不是每年的" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("中级社工要考三门对不对", "subjects-intermediate", "资料里的数字正是三门"),
        ("助理考两项是吗", "subjects-assistant", "资料里的数字正是两项"),
        ("北京社工机构960个对吗", "beijing-workforce", "资料里的数字正是960个"),
        ("北京联席会议18家成员单位对吗", "beijing-joint-meeting", "资料里的数字正是18家"),
        ("继续教育助理至少72个学时对吗", "continuing-education", "资料里的数字正是72个学时"),
    ],
)
def test_a_figure_counted_by_another_word_is_the_same_figure(ask: Ask, question: str, entry: str, says: str) -> None:
    reply = ask(question)  # 三门 is 3科: never "不是三门" above a card saying 考3科
    assert answered(reply) == entry and says in reply.text and "不是" not in reply.text.split("\n")[1], reply.text


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("全国报考人数超过80万了吗", "exam-applicants", "是，资料里的数字是89万，超过80万"),
        ("全国报考人数是不是不到90万", "exam-applicants", "是，资料里的数字是89万，少于90万"),
        ("浙江持证社工至少15万吗", "zhejiang-holders", "是，资料里的数字是15.6万，超过15万"),
        ("浙江持证社工超过20万了吗", "zhejiang-holders", "不是，资料里的数字是15.6万，没有超过20万"),
        ("北京社工服务案例超过六千个了吗", "beijing-cases", "是，资料里的数字是6175个，超过六千个"),
        ("北京社工不到8万吧", "beijing-workforce", "是，资料里的数字是7.96万，少于8万"),
        ("北京社工人才超过7万了吗", "beijing-workforce", "是，资料里的数字是7.96万，超过7万"),
        ("全国报考人数快90万了吗", "exam-applicants", "资料里的数字和90万相近"),
    ],
)
def test_a_figure_asked_as_more_or_less_is_compared_not_denied(ask: Ask, question: str, entry: str, says: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry and says in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("我本科学的是法学，工作两年，一直在司法所做社区矫正", "其他专业本科报考助理社会工作师需从事社会工作满2年"),
        ("我大专学的护理，在医院做医务社工3年了", "其他专业大专报考助理社会工作师需从事社会工作满4年；你做了3年"),
    ],
)
def test_a_profile_told_with_a_social_work_job_or_a_workplace_gets_its_verdict(
    ask: Ask, question: str, says: str
) -> None:
    assert says in ask(question).text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("社工证要不要考", "certificate-value"),
        ("初级社工证考了有什么用", "certificate-value"),
        ("高级社工师报考要什么条件", "eligibility-senior"),
        ("北京社工多吗", "beijing-workforce"),
        ("社工为什么工资这么低", "pay"),
        ("宁被社工奖励", "ningbo-reward"),
    ],
)
def test_common_questions_are_answered_not_offered(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


def test_a_start_in_a_place_no_pay_is_given_for_is_not_its_reward(ask: Ask) -> None:
    reply = ask("宁波社工刚入职多少钱")  # pay, not 宁波's reward for the certificate
    assert answered(reply) != "ningbo-reward" and "1500元" not in reply.text, reply.text


def test_a_rate_per_head_in_english_is_a_share(ask: Ask) -> None:
    reply = ask("How many social workers per 10,000 residents does Beijing have?")
    assert reply.outcome is Outcome.DECLINED and "7.96万" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "社工在医院做什么",
        "社工在学校主要做什么工作",
        "社工在监狱干什么",
        "养老院的社工每天做什么",
        "社会工作者在养老院干啥",
    ],
)
def test_what_a_social_worker_does_in_a_workplace_is_the_fields_roles(ask: Ask, question: str) -> None:
    reply = ask(question)  # not the rules' definition of social workers, nor what a social worker is
    assert answered(reply) == "field-roles", reply.text
