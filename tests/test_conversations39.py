"""Session 39's conversations: what a question asks of, read from its words in any order."""

from __future__ import annotations

import pytest

from bot.core.clauses import clauses_of
from bot.core.replies import Outcome
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("宁波社工津贴每月多少", "关于宁波的持证津贴"),
        ("台州社工补贴一个月多少", "关于台州的持证津贴"),
        ("台州社工補貼一個月多少", "關於台州的持證津貼"),
    ],
)
def test_an_allowance_asked_by_the_month_is_not_the_one_off_reward(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and says in reply.text, reply.text
    assert "1500元" not in reply.text and "1000元" not in reply.text, reply.text


def test_the_special_allowance_by_the_month_is_still_its_sum(ask: Ask) -> None:
    reply = ask("政府特殊津贴一个月给社工多少钱")
    assert answered(reply) == "zhejiang-incentives" and "津贴每月多少钱，报道没有写" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    ["我户口在安徽能在浙江考社工证吗", "安徽户口可以在杭州报名社工考试吗", "社工必须是本地户口吗"],
)
def test_sitting_the_exam_away_from_ones_household_registration_is_the_exams_running(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-registration-details", reply.text
    assert "户口不在本地能不能在工作地报名" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says", "not_says"),
    [
        ("本科以下能考吗", "社工专业大专报考助理社会工作师", "本科报考"),
        ("大专以下学历能考社工证吗", "高中/中专报考助理社会工作师", "大专报考"),
        ("高中以下能考吗", "初中及以下暂不能报考", "高中/中专报考"),
        ("本科及以下能考中级吗", "社工专业本科报考社会工作师", "大专报考"),
    ],
)
def test_a_degree_said_with_those_below_it_is_read_as_the_one_below(
    ask: Ask, question: str, says: str, not_says: str
) -> None:
    reply = ask(question)
    assert says in reply.text and not_says not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("宁波考高级给五千吗", "ningbo-reward", "资料里的数字正是五千"),
        ("台州中级给两千吗", "taizhou-reward", "资料里的数字正是两千"),
        ("宁波考初级给一千吗", "ningbo-reward", "资料里的数字不是一千"),
    ],
)
def test_a_sum_in_words_asked_of_a_level_in_a_place_is_its_reward(
    ask: Ask, question: str, entry: str, says: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry and says in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("北京社工将近八万人吗", "beijing-workforce", "资料里的数字和八万人相近"),
        ("浙江持证社工接近16万吗", "zhejiang-holders", "资料里的数字和16万相近"),
        ("Beijing has nearly 80,000 social workers, right?", "beijing-workforce", "相近"),
        ("宁波高级奖励大概五千吗", "ningbo-reward", "资料里的数字正是五千"),
        ("浙江持证社工接近20万吗", "zhejiang-holders", "资料里的数字不是20万"),
    ],
)
def test_a_round_figure_said_as_about_the_true_one_is_not_denied(
    ask: Ask, question: str, entry: str, says: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry and says in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("考试", "exam-overview"),
        ("考證", "exam-overview"),
        ("sgz有什么用", "certificate-value"),
        ("社工证再等级", "re-registration"),
        ("社工证需要什么文凭", "eligibility-overview"),
        ("考助理社工師需要什麼文憑呢", "eligibility-assistant"),
        ("今年社工考试开始报名了吗", "exam-registration-details"),
        ("社工证报名开始了没有", "exam-registration-details"),
        ("Is registration open?", "exam-registration-details"),
        ("What diploma do I need for the social work certificate?", "eligibility-overview"),
    ],
)
def test_a_word_or_slip_users_type_for_a_common_question_gets_its_answer(ask: Ask, question: str, entry: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and answered(reply) == entry, reply.text


def test_why_people_started_sitting_the_exam_is_not_when_sign_up_starts(ask: Ask) -> None:
    reply = ask("为什么那么多人开始报考社会工作者考试?")
    assert answered(reply) == "exam-popularity", reply.text


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        ("中级考几科报考条件是什么", ["subjects-intermediate", "eligibility-intermediate"]),
        ("北京社工多少人浙江持证多少人", ["beijing-workforce", "zhejiang-holders"]),
        ("宁波奖励多少钱台州呢", ["ningbo-reward", "taizhou-reward"]),
        ("一年考几次报名费多少", ["exam-frequency", "exam-registration-details"]),
        ("中級考幾科報考條件是什麼", ["subjects-intermediate", "eligibility-intermediate"]),
    ],
)
def test_a_question_run_on_into_the_next_without_a_mark_gets_each_answer(
    ask: Ask, question: str, entries: list[str]
) -> None:
    reply = ask(question)
    assert reply.match is not None and reply.match.entry is not None, reply.text
    assert [reply.match.entry.id, *(e.id for e in reply.match.more)] == entries, reply.text


@pytest.mark.parametrize("question", ["社工证怎么考才能一次过吗", "考几次才能过"])
def test_the_rest_of_one_question_is_not_another(question: str) -> None:
    assert clauses_of(question) == [question]


def test_how_long_the_registration_review_takes_is_the_registration_answer(ask: Ask) -> None:
    reply = ask("登记材料交上去多久能审核完")
    assert answered(reply) == "registration-where" and "30个工作日内审核" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("北京社工大约8万吗", "beijing-workforce", "资料里的数字和8万相近"),
        ("北京社工8万吗", "beijing-workforce", "资料里的数字是7.96万，约8万"),
        ("北京社工7.96万吗", "beijing-workforce", "资料里的数字正是7.96万"),
        ("北京社工差不多8萬吧", "beijing-workforce", "資料裡的數字和8萬相近"),
    ],
)
def test_a_groups_count_put_forward_asks_its_count(ask: Ask, question: str, entry: str, says: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry and says in reply.text, reply.text


def test_a_count_put_forward_for_a_place_no_source_counts_is_declined_honestly(ask: Ask) -> None:
    reply = ask("上海社工10万吗")
    assert reply.outcome is Outcome.DECLINED and "关于上海的从业人数" in reply.text, reply.text


def test_a_levels_certificate_asked_by_name_offers_the_levels_answer_first(ask: Ask) -> None:
    reply = ask("初级社工证叫什么")
    assert reply.buttons[0][0].label == "社工证分几个等级？", reply.buttons


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("高级要工作满五年吗", "eligibility-senior", "资料里的数字正是五年"),
        ("高級社工師要工作滿五年嗎", "eligibility-senior", "資料裡的數字正是五年"),
        ("本科社工专业考中级要满3年对吗", "eligibility-intermediate", "资料里的数字正是3年"),
        ("高中学历考初级要四年吗", "eligibility-assistant", "资料里的数字正是四年"),
        ("高中学历考初级要三年吗", "eligibility-assistant", "资料里的数字不是三年"),
        ("初级继续教育90学时对吗", "continuing-education", "资料里的数字不是90学时"),
    ],
)
def test_years_a_levels_own_rules_state_are_confirmed(ask: Ask, question: str, entry: str, says: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry and says in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("台州初级两千对吗", "taizhou-reward", "资料里的数字不是两千"),
        ("宁波中级三千对吗", "ningbo-reward", "资料里的数字正是三千"),
        ("宁波初级奖励将近两千吗", "ningbo-reward", "资料里的数字不是两千，以下面为准。）\\n"),
    ],
)
def test_a_sum_put_forward_of_a_level_in_a_place_is_checked_against_its_reward(
    ask: Ask, question: str, entry: str, says: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry and says.replace("\\n", "\n") in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        ("社工工资多少然后社工缺人吗", ["pay", "talent-gap"]),
        ("我想知道社工证怎么考然后考完之后要不要登记", ["how-to-get-certificate", "registration"]),
        ("中级考几科 还有初级报考条件", ["subjects-intermediate", "eligibility-assistant"]),
        ("中级考几科还有初级报考条件", ["subjects-intermediate", "eligibility-assistant"]),
        ("初级报考条件还有中级考几科", ["eligibility-assistant", "subjects-intermediate"]),
        ("社工证有什么用另外宁波奖励多少", ["certificate-value", "ningbo-reward"]),
    ],
)
def test_questions_joined_by_then_get_each_answer(ask: Ask, question: str, entries: list[str]) -> None:
    reply = ask(question)
    assert reply.match is not None and reply.match.entry is not None, reply.text
    assert [reply.match.entry.id, *(e.id for e in reply.match.more)] == entries, reply.text


@pytest.mark.parametrize(
    ("question", "entry", "says"),
    [
        ("再登记可以在到期后3个月内办吗", "re-registration", "“在上一次登记有效期满前3个月内申请”，前后不同"),
        ("社工证首次登记是在考试前1年内吗", "registration", "取得证书后1年内受理”，前后不同"),
        ("再登記可以在到期後3個月內辦嗎", "re-registration", "前後不同"),
        ("再登记要在到期前3个月内申请吗", "re-registration", "资料里的数字正是3个月"),
    ],
)
def test_a_figure_put_on_the_other_side_of_a_time_is_not_confirmed(
    ask: Ask, question: str, entry: str, says: str
) -> None:
    reply = ask(question)
    assert answered(reply) == entry and says in reply.text, reply.text


@pytest.mark.parametrize("question", ["北京有多少社工站还有多少社区", "我想知道社工证怎么考然后考完之后要不要登记"])
def test_a_part_read_on_the_subject_before_it_is_not_parted_again(ask: Ask, question: str) -> None:
    reply = ask(question)  # it recursed without end
    assert reply.outcome is Outcome.ANSWERED, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [("北京社工志愿者有多少", "关于北京的志愿者人数"), ("浙江社工志愿者有多少人", "关于浙江的志愿者人数")],
)
def test_volunteers_counted_are_a_count_no_source_gives(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and says in reply.text, reply.text


def test_how_volunteers_differ_is_still_the_volunteers_answer(ask: Ask) -> None:
    assert answered(ask("社工和志愿者有什么区别")) == "vs-volunteer"


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("北京的960家机构都在城区吗", "资料里的数字正是960家；是不是都在城区，资料没有写"),
        ("北京960家社工机构都是民办的吗", "是不是都是民办的，资料没有写"),
    ],
)
def test_what_all_of_a_figure_is_said_to_be_is_not_confirmed_with_it(ask: Ask, question: str, says: str) -> None:
    reply = ask(question)
    assert answered(reply) == "beijing-workforce" and says in reply.text, reply.text
