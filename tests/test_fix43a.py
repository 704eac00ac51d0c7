"""Kinds of question read wrongly in session 43's trials: two jobs, neither social work, compared by which is better or
in English, answered with the social worker's comparison; when the exam began, asked in English (when did it start),
answered with this year's dates; which province has the most certificate holders, asked without a word asking which
(全国…最多的省份) or of a place asked over the whole country (全国哪个地方), declined or offered; what follows passing
asked as 然后呢 or 接下来, or over two turns (社工证考过了, then 要干嘛), declined; one city's reward as a share of
the other's (宁波初级奖励是台州的百分之几, 台州是宁波的几成) or of another level's (宁波高级是初级的几倍) declined or
misread; a figure the sources state put forward alone to confirm (90学时对吗) declined; whether a level must be held
before another (高级社工是不是要先考中级) answered without the yes or no the rules give, and sitting both at once
(可以同时报中级和高级吗) without the senior level's prerequisite."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered, values


@pytest.mark.parametrize(
    "question",
    [
        "社区工作者和网格员哪个好",
        "网格员跟社区工作者比哪个强",
        "What is the difference between a community worker and a grid worker?",
        "Which is better, community worker or grid worker?",
        "Is a community worker better than a grid worker?",
        "当社区工作者好还是当网格员好",
    ],
)
def test_two_other_jobs_compared_get_no_social_workers_comparison(ask: Ask, question: str) -> None:
    reply = ask(question)  # the card compares social workers with community workers: another question
    assert answered(reply) is None and reply.outcome is not Outcome.ANSWERED, reply.text
    assert "不是一回事" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["社工和社区工作者哪个好", "What is the difference between a social worker and a community worker?"]
)
def test_social_work_compared_with_another_job_is_still_answered(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "vs-community-worker"


def test_two_kinds_of_one_job_are_no_two_jobs(ask: Ask) -> None:
    assert answered(ask("行政督导和专业督导有什么区别")) == "supervision"


@pytest.mark.parametrize(
    "question",
    [
        "When did the national social work exam start?",
        "When did the social work exam start?",
        "When did the social worker exam first take place?",
        "What year did the exam begin?",
        "How long has the social work exam been around?",
    ],
)
def test_when_the_exam_began_gets_the_year_it_began(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "exam-overview", reply.text
    assert "2008年起" in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["When does the exam start?", "When did the exam results come out?", "When did registration open?"]
)
def test_when_this_years_exam_is_held_still_gets_the_exam_notices(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "exam-registration-details"


@pytest.mark.parametrize(
    "question",
    [
        "全国社工证持有人数最多的省份",
        "全国持证社工最多的省份",
        "全国哪个地方持证社工最多",
        "全国哪个地区社工证持证人数最多",
    ],
)
def test_the_province_with_most_holders_gets_zhejiangs_first_place(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "zhejiang-holders", reply.text
    assert "居全国各省份首位" in reply.text and "2023年" in reply.text, reply.text


def test_a_place_of_a_province_asked_is_still_no_national_rank(ask: Ask) -> None:
    reply = ask("浙江哪个地方持证社工最多")  # the report ranks no city
    assert answered(reply) is None and "省内排名" in reply.text, reply.text
    assert "zhejiang-holders" in values(reply)


REGISTRATION = "民发〔2009〕44号"


@pytest.mark.parametrize(
    "question",
    ["考完了然后呢", "考完了然后干嘛", "社工证考过了然后呢", "考过了接下来做什么", "考过了下一步呢"],
)
def test_what_follows_passing_asked_in_other_words_is_the_registration(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "registration" and REGISTRATION in reply.text, reply.text


@pytest.mark.parametrize("question", ["考过了能干嘛", "我考过初级了，接下来想考中级，需要什么条件"])
def test_what_the_certificate_is_good_for_or_a_later_plan_is_no_registration(ask: Ask, question: str) -> None:
    assert REGISTRATION not in ask(question).text


@pytest.mark.parametrize("then", ["要干嘛", "然后呢", "要做什么"])
def test_what_follows_passing_over_two_turns_is_the_registration(ask: Ask, then: str) -> None:
    ask("社工证考过了")
    reply = ask(then)
    assert answered(reply) == "registration" and REGISTRATION in reply.text, reply.text


def test_a_question_asked_after_the_passing_is_read_on_its_own(ask: Ask) -> None:
    ask("社工证考过了")
    assert REGISTRATION not in ask("要做什么才能考中级").text


def test_when_the_exam_began_over_two_turns_gets_the_year_it_began(ask: Ask) -> None:
    ask("When did the social work exam")
    reply = ask("start?")
    assert answered(reply) == "exam-overview" and "2008年起" in reply.text, reply.text


REWARDS_SOURCE = "《浙江日报》报道《浙江报考人数连续六年居全国第一 社工虽热仍需更多认可》（2023年）"


@pytest.mark.parametrize(
    ("question", "worked_out"),
    [
        ("宁波初级奖励是台州的百分之几", "助理社工师宁波1500元、台州1000元，宁波多500元，按这两个数算"),
        ("台州初级奖励是宁波的百分之多少", "台州是宁波的约67%"),
        ("宁波中级比台州多百分之几", "社工师宁波3000元、台州2000元，宁波多1000元，按这两个数算，宁波比台州多50%"),
        ("宁波中级奖励是台州的几倍", "宁波是台州的1.5倍"),
    ],
)
def test_one_citys_reward_as_a_share_of_the_others_is_worked_out_from_both(
    ask: Ask, question: str, worked_out: str
) -> None:
    reply = ask(question)
    assert answered(reply) in ("ningbo-reward", "taizhou-reward"), reply.text
    assert worked_out in reply.text and REWARDS_SOURCE in reply.text and "2023年报道时的标准" in reply.text


@pytest.mark.parametrize(
    ("question", "worked_out"),
    [
        ("宁波高级是初级的几倍", "宁波高级社工师5000元、助理社工师1500元"),
        ("宁波高级是初级的几倍", "高级社工师是助理社工师的约3.3倍"),
        ("宁波中级是初级的几倍", "社工师是助理社工师的2倍"),
        ("宁波高级奖励是中级的多少倍", "高级社工师是社工师的约1.7倍"),
    ],
)
def test_a_levels_reward_as_a_share_of_anothers_in_one_city_is_worked_out(
    ask: Ask, question: str, worked_out: str
) -> None:
    reply = ask(question)
    assert answered(reply) == "ningbo-reward", reply.text
    assert worked_out in reply.text and REWARDS_SOURCE in reply.text, reply.text


def test_a_share_asked_after_a_reward_compares_both_cities(ask: Ask) -> None:
    ask("宁波奖励多少")
    reply = ask("台州是宁波的几成")
    assert "台州是宁波的约67%" in reply.text and "高级社工师只有宁波有标准（5000元）" in reply.text, reply.text


@pytest.mark.parametrize("question", ["社工占人口的百分之几", "北京社工是浙江的几倍"])
def test_a_share_of_what_no_source_gives_is_no_reward(ask: Ask, question: str) -> None:
    assert "按这两个数算" not in ask(question).text


@pytest.mark.parametrize(
    ("question", "premise"),
    [
        ("90学时对吗", "资料里的数字正是90学时"),
        ("90个学时对不对", "资料里的数字正是90个学时"),
        ("72学时对吗", "资料里的72学时是助理社工师的"),
    ],
)
def test_a_figure_alone_put_forward_is_confirmed_by_the_card_stating_its_unit(
    ask: Ask, question: str, premise: str
) -> None:
    reply = ask(question)
    assert answered(reply) == "continuing-education", reply.text
    assert premise in reply.text and "民发〔2009〕123号" in reply.text, reply.text


@pytest.mark.parametrize("question", ["3年对吗", "5000元对吗"])
def test_a_figure_alone_that_many_cards_may_state_is_not_guessed(ask: Ask, question: str) -> None:
    assert ask(question).outcome is not Outcome.ANSWERED


SENIOR_FIRST = "按2018年评价办法，报考高级社会工作师要先取得社会工作师资格，之后再从事社会工作满5年。"


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("高级社工是不是要先考中级", "是的："),
        ("考高级必须先考中级吗", "是的："),
        ("高级社工师需要中级证吗", "是的："),
        ("没有中级证能考高级吗", "不能："),
    ],
)
def test_whether_the_senior_level_needs_the_intermediate_first_opens_with_yes_or_no(
    ask: Ask, question: str, opening: str
) -> None:
    reply = ask(question)
    assert answered(reply) == "eligibility-senior", reply.text
    assert f"{opening}{SENIOR_FIRST}" in reply.text, reply.text
    assert reply.text.index(SENIOR_FIRST) < reply.text.index("要同时具备"), reply.text


@pytest.mark.parametrize("question", ["中级要先考初级吗", "可以跳过初级直接考中级吗"])
def test_whether_the_intermediate_level_needs_the_assistant_first_is_not_always(ask: Ask, question: str) -> None:
    text = ask(question).text
    assert "不一定：按2006年规定，只有高中/中专学历的人要先取得助理社会工作师证书" in text, text


def test_holding_a_level_already_is_no_question_of_holding_it_first(ask: Ask) -> None:
    assert "不一定" not in ask("有初级社工证了，还有必要考中级吗").text


@pytest.mark.parametrize("question", ["可以同时报中级和高级吗", "能不能中级高级一起考"])
def test_sitting_the_intermediate_and_senior_levels_at_once_gets_the_senior_prerequisite(
    ask: Ask, question: str
) -> None:
    text = ask(question).text
    assert SENIOR_FIRST.rstrip("。") in text and "不能同时报考高级社会工作师" in text, text


def test_sitting_the_first_two_levels_at_once_is_left_to_the_notices(ask: Ask) -> None:
    assert "还没有助理社会工作师资格的" not in ask("初级和中级可以同时报吗").text
