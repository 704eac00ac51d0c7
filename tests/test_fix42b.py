"""Session 42's follow-ups (helper fix42b): a group named by another word (站点), a level asked after what social
workers are, social work asked after a declined question about another job."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome, Reply
from tests.helpers import Ask, answered, buttons


def chat(ask: Ask, turns: list[str], name: str) -> Reply:
    """The reply to the last of several turns in one chat."""
    replies = [ask(turn, chat=name) for turn in turns]
    return replies[-1]


@pytest.mark.parametrize(
    "turns",
    [
        ["北京社工人才多少", "是哪年的数据", "机构呢", "那站点呢"],
        ["北京社工人才多少", "站点呢"],
        ["北京有多少社工", "服务站呢"],
    ],
)
def test_stations_named_by_another_word_are_the_stations(ask: Ask, turns: list[str]) -> None:
    reply = chat(ask, turns, "stations")
    assert answered(reply) == "beijing-service-network" and "835" in reply.text, reply.text


@pytest.mark.parametrize("before", ["社工是什么", "社工在哪些领域工作", "做社工需要什么能力"])
def test_a_level_after_what_social_workers_are_asks_of_the_level(ask: Ask, before: str) -> None:
    reply = chat(ask, [before, "那中级呢"], "level")
    assert answered(reply) != answered(ask(before, chat="alone")), reply.text
    assert any("社会工作师（中级）" in label or "中级" in label for label in buttons(reply)), reply.text


@pytest.mark.parametrize(
    ("before", "entry"),
    [("社工考试一年几次", "exam-frequency"), ("社工证全国通用吗", "certificate-nationwide")],
)
def test_a_level_after_a_rule_of_every_level_keeps_the_rule(ask: Ask, before: str, entry: str) -> None:
    assert answered(chat(ask, [before, "那中级呢"], "rule")) == entry


@pytest.mark.parametrize("declined", ["护士工资高吗", "律师工资多少", "警察工资高吗"])
def test_social_work_after_a_declined_question_about_another_job_asks_it_of_social_work(
    ask: Ask, declined: str
) -> None:
    first = ask(declined, chat="job")
    assert first.outcome is Outcome.DECLINED, first.text
    reply = ask("那社工呢", chat="job")
    assert answered(reply) == "pay" and "三四千元" in reply.text, reply.text


def test_a_declined_question_about_another_job_leaves_the_answer_before_to_cite(ask: Ask) -> None:
    reply = chat(ask, ["社工证有效期多久", "保安工资高吗", "出处呢"], "cite")  # 护士: declined naming 护士职业
    assert "登记办法" in reply.text, reply.text


@pytest.mark.parametrize("certificate", ["教师资格证报名时间", "护士证报名时间"])
def test_social_work_after_another_certificate_asks_its_dates(ask: Ask, certificate: str) -> None:
    reply = chat(ask, [certificate, "那社工呢"], "cert")
    assert answered(reply) == "exam-registration-details", reply.text


def test_which_is_more_after_two_cities_rewards_compares_them(ask: Ask) -> None:
    reply = chat(ask, ["台州奖励多少", "宁波呢", "哪个多"], "which")
    assert "宁波多500元" in reply.text and "宁波多1000元" in reply.text, reply.text


@pytest.mark.parametrize(
    "turns",
    [
        ["社工证登记有效期多久", "再登记呢", "要带啥"],
        ["社工证怎么再登记", "要交什么材料"],
    ],
)
def test_papers_asked_after_re_registration_are_the_papers_entrys(ask: Ask, turns: list[str]) -> None:
    reply = chat(ask, turns, "papers")
    assert answered(reply) == "registration-where" and "身份证明" in reply.text, reply.text


@pytest.mark.parametrize(
    ("turns", "entry"),
    [
        (["首次登记交什么材料", "在哪交"], "registration-where"),
        (["宁波奖励多少", "怎么申请"], "ningbo-reward"),
        (["继续教育多少学时", "谁提供"], "continuing-education"),
    ],
)
def test_a_kind_of_fact_the_answer_says_is_still_of_that_answer(ask: Ask, turns: list[str], entry: str) -> None:
    assert answered(chat(ask, turns, "kind")) == entry


@pytest.mark.parametrize(
    "turns",
    [
        ["社工工资", "拿证以后呢"],
        ["新入职社工工资多少", "有证以后呢"],
        ["社工工资多少", "那有证以后呢"],
        ["社工工资多少", "考了中级以后呢"],
        ["拿证以后工资多少"],
        ["考了中级以后工资多少"],
    ],
)
def test_pay_once_certified_is_what_the_certificate_adds_to_pay(ask: Ask, turns: list[str]) -> None:
    reply = chat(ask, turns, "certified")
    assert answered(reply) == "certificate-value" and "持证后工资能涨多少，报道没有给出数字" in reply.text, reply.text


@pytest.mark.parametrize(
    ("before", "entry"),
    [("社工工资多少", "pay"), ("北京有多少社工", "beijing-workforce"), ("宁波奖励多少", "ningbo-reward")],
)
def test_why_after_a_figure_is_not_that_figure_again(ask: Ask, before: str, entry: str) -> None:
    assert answered(chat(ask, [before, "为什么呢"], "why")) != entry


@pytest.mark.parametrize(
    "question", ["高级社工是不是要先考中级", "考高级要先考中级吗", "考高级需要中级证吗", "考高级必须先考中级吗"]
)
def test_whether_the_senior_level_needs_the_intermediate_first_is_the_senior_rules(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "eligibility-senior" and "取得社会工作师（中级）资格后" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [("我想先考中级", "eligibility-intermediate"), ("考中级需要先考初级吗", "eligibility-intermediate")],
)
def test_the_intermediate_level_sat_first_is_still_the_level_asked(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


@pytest.mark.parametrize(
    ("major", "says"),
    [
        (
            "社工专业呢",
            ["社工专业本科及以上报考助理社会工作师不要求工作年限", "社工专业硕士报考社会工作师需从事社会工作满1年"],
        ),
        (
            "非社工专业呢",
            [
                "其他专业本科及以上报考助理社会工作师需从事社会工作满2年",
                "其他专业本科报考社会工作师需从事社会工作满5年",
            ],
        ),
    ],
)
def test_a_major_after_the_rules_of_every_level_gets_what_each_degree_asks_of_it(
    ask: Ask, major: str, says: list[str]
) -> None:
    reply = chat(ask, ["报考条件是啥", major], "major")
    assert all(line in reply.text for line in says), reply.text
    assert reply.text.index(says[-1]) < reply.text.index("还需要知道"), reply.text


def test_what_follows_passing_after_the_rules_of_every_level_is_not_those_rules_again(ask: Ask) -> None:
    reply = chat(ask, ["高级社工怎么考", "报名条件", "考过以后呢"], "passed")
    assert answered(reply) != "eligibility-overview", reply.text
    assert buttons(reply)[0] == "高级社工考试合格成绩有效期多久？", reply.text


def test_the_content_of_a_plan_whose_year_was_asked_is_still_that_plan(ask: Ask) -> None:
    assert answered(chat(ask, ["北京社工行动计划", "哪年出的", "内容呢"], "plan")) == "beijing-policies"
