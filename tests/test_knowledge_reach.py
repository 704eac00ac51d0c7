"""Conversations a newcomer's trial found the knowledge base short of: the people the reports quote, Zhejiang's
incentives asked about without naming Zhejiang, figures asked about in everyday words, and words read as another
thing than they are (a grid worker is no community worker; adult education is not the holders' continuing education)."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered


@pytest.mark.parametrize(
    ("question", "entry", "said"),
    [
        # the people the report quotes: a name alone was an unknown word, declined or only a suggestion
        ("李旭是谁", "li-xu", "宁波海曙区和义社工师事务所的80后高级社会工作师"),
        ("李旭是哪个机构的", "li-xu", "和义社工师事务所"),
        ("李旭是几级社工师", "li-xu", "高级社会工作师"),
        ("李旭在哪个单位", "li-xu", "和义社工师事务所"),
        ("金碧华是哪个大学的", "jin-bihua", "浙江理工大学法政学院、史量才新闻与传播学院社会工作系"),
        ("金碧华教授是哪个大学的老师", "jin-bihua", "浙江理工大学"),
        ("张露娜是哪一年创办机构的", "township-agency", "2013年"),
        ("张露娜在哪里工作", "township-agency", "她现在在哪个单位、任什么职务，报道没有写"),
        ("張露娜現在在哪工作", "township-agency", "2013年，85后社工张露娜在台州玉环市楚门镇创办了"),
        # facts asked about in everyday words: each was a suggestion, or declined
        ("社工考试每个省题目一样吗", "exam-organisers", "全国统一大纲、统一试卷"),
        ("各个省份的社工考试题一样吗", "exam-organisers", "全国统一大纲、统一试卷"),
        ("北京行动计划管到哪一年", "beijing-policies", "按名称覆盖2023年至2025年"),
        ("北京行动计划是2021年发的吗", "beijing-policies", "2023年印发"),
        ("高级社工师只要考试就行吗", "senior-exam-review", "考试和评审都通过"),
        ("怎么开一个社工机构", "agency-setup", "当地民政部门"),
        ("2006年规定定义的社工包括哪些领域", "regulation-definition", "社会福利、社会救助、慈善事业"),
        ("北京社工证和浙江社工证一样吗", "certificate-nationwide", "在全国范围有效"),
        # Cantonese for continuing education and its hours; which of two levels is harder, which no source says
        ("持續教育要幾多個鐘", "continuing-education", "不少于72小时"),
        ("初级和中级哪个难", "exam-difficulty", "没有核实过的信息"),
        ("初級難還是中級難", "exam-difficulty", "没有核实过的信息"),
        # everyday wordings a newcomer's trial found behind suggestions
        ("社工证可以跨省用吗", "certificate-nationwide", "在全国范围有效"),
        ("Which ministry runs the exam?", "exam-organisers", "民政部"),
        ("三个级别分别叫什么", "exam-levels", "助理社会工作师"),
        ("宁波高级5000", "ningbo-reward", "5000元/人"),  # a sum of money by a place and a level: its reward
        ("宁波中级是3000吗", "ningbo-reward", "3000元/人"),
        ("宁波高级5000元是一次性的吗", "ningbo-reward", "一次性发放"),  # read without the figure put forward
    ],
)
def test_each_question_reaches_the_entry_with_its_facts(ask: Ask, question: str, entry: str, said: str) -> None:
    reply = ask(question)
    assert answered(reply) == entry and said in to_simplified(reply.text), reply.text


def test_what_the_report_does_not_say_of_a_person_is_said_to_be_missing(ask: Ask) -> None:
    reply = ask("李旭哪一年拿到高级社工证的")  # the report gives a birth decade (80后), no year of the certificate
    assert answered(reply) == "li-xu" and "哪一年取得高级社会工作师，报道都没有写" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "社工证能落户吗",
        "社工證可以落戶嗎",
        "高层次社工人才怎么落户",
        "社工证能申请保障房吗",
        "社工能评政府特殊津贴吗",
        "有社工证能不能落户",
        "持证社工能申请保障房吗",
    ],
)
def test_zhejiang_s_incentives_answer_a_question_naming_no_place_as_zhejiang_s_not_the_nation_s(
    ask: Ask, question: str
) -> None:
    reply = ask(question)  # no longer hidden behind suggestions; the answer says whose policy it is
    text = to_simplified(reply.text)
    assert answered(reply) == "zhejiang-incentives", reply.text
    assert "户籍落地、保障房申请" in text and "报道把这些写作浙江的措施" in text, reply.text


def test_a_wrong_registration_period_is_corrected_to_the_rules_three_years(ask: Ask) -> None:
    reply = ask("社工证登记有效期5年吗")  # as 社工证登记有效期是5年吗 already was
    assert answered(reply) == "registration", reply.text
    assert "资料里的数字不是5年" in reply.text and "每次登记有效期3年" in reply.text, reply.text


def test_why_zhejiang_leads_is_the_exam_s_popularity_and_how_many_is_still_the_count(ask: Ask) -> None:
    assert answered(ask("为什么浙江报考社工的人最多")) == "exam-popularity"
    assert answered(ask("浙江报考社工的人多吗")) == "zhejiang-applicants"  # no "why": the applicants' figures


def test_a_grid_worker_is_no_community_worker_but_their_years_are_left_open_like_any_job_s(ask: Ask) -> None:
    reply = ask("网格员和社工有什么区别")  # no source describes grid workers: never the community workers' answer
    assert reply.outcome is Outcome.DECLINED and answered(reply) is None and "网格员" in reply.text, reply.text
    years = ask("在居委会当网格员的经历算社会工作年限吗")  # which work counts, the rules leave open
    assert answered(years) == "work-years-rules", years.text


def test_adult_education_s_fees_are_not_the_holders_continuing_education(ask: Ask) -> None:
    reply = ask("成人高考继续教育多少钱")  # studying for a degree as an adult: off this bot's topic
    offered = [b.value for row in reply.buttons for b in row]
    assert reply.outcome is not Outcome.ANSWERED and "继续教育" not in reply.text, reply.text
    assert "continuing-education" not in offered, offered
