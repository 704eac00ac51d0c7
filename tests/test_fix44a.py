"""Kinds of question left over from session 43: whether the senior level may be sat without the intermediate
(不考中级能考高级吗) or needs the assistant level first (高级要先考初级吗); the province with most holders asked with 省
alone (全国持证人数最多的省) or without a word of social work (全国哪个省份持证人数最多); what follows passing told by
the asker (我考过了接下来做什么); a reward asked after two levels passed where the city gives one of them none
(我在台州考了中级又考了高级) or said by the levels' names (助理社工师, 社工师); a level's subjects asked by their count
(中级三科都是什么) or a subject's title (初级和中级都考综合能力吗), their pass over years (三科不在同一年过可以吗);
what no source covers asked of social workers (网格员是社工吗, 社工能做心理咨询吗, 社工可以兼职吗, an interview in the
exam); a certificate no group lists asked how to sit (营养师证怎么考); the senior exam's first year put forward
(2019年是高级社工考试元年吗)."""

from __future__ import annotations

import pytest

from bot.core import wording
from bot.core.replies import Outcome, Reply
from bot.core.text import to_simplified
from tests.helpers import Ask, answered


def plain(reply: Reply) -> str:
    """A reply's text in Simplified characters (a Traditional question gets a Traditional reply)."""
    return to_simplified(reply.text)


SENIOR_FIRST = "报考高级社会工作师要先取得社会工作师资格，之后再从事社会工作满5年"


@pytest.mark.parametrize(
    "question", ["不考中级能考高级吗", "不考中級能考高級嗎", "不考中极能考高级吗", "可以跳过中级直接考高级吗"]
)
def test_sitting_the_senior_level_without_the_intermediate_is_told_no(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "eligibility-senior", reply.text
    assert "不能：" in plain(reply) and SENIOR_FIRST in plain(reply), reply.text


@pytest.mark.parametrize(
    "question", ["高级要先考初级吗", "高級要先考初級嗎", "高级要先考初级么", "高级社工一定要先考初级吗"]
)
def test_whether_the_senior_level_needs_the_assistant_first_is_no_but_the_intermediate(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "eligibility-senior", reply.text
    text = plain(reply)
    assert "不是：" in text and "没有要求先取得助理社会工作师证书，但要先取得社会工作师资格" in text, text


def test_sitting_the_senior_level_without_the_assistant_is_yes_with_the_intermediate_named(ask: Ask) -> None:
    text = ask("不考初级能考高级吗").text
    assert "可以：" in text and "但要先取得社会工作师资格" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "全国持证人数最多的省",
        "全國持證人數最多的省",
        "全国持证人数最多的省是哪个",
        "全国哪个省份持证人数最多",
        "哪个省持证人数最多",
    ],
)
def test_the_province_with_most_holders_asked_by_its_province_is_zhejiangs_first_place(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "zhejiang-holders", reply.text
    assert "居全国各省份首位" in plain(reply), reply.text


def test_a_rank_of_a_figure_no_source_ranks_is_still_not_answered(ask: Ask) -> None:
    assert ask("全国哪个省份工资最高").outcome is not Outcome.ANSWERED


@pytest.mark.parametrize(
    "question", ["我考过了接下来做什么", "我考過了接下來做什麼", "我考过了接下来做甚么", "我已经考过了下一步呢"]
)
def test_what_follows_passing_told_by_the_asker_is_the_registration(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "registration" and "民发〔2009〕44号" in plain(reply), reply.text


def test_what_the_asker_may_do_after_passing_is_no_registration(ask: Ask) -> None:
    assert "民发〔2009〕44号" not in ask("我考过了能干嘛").text


@pytest.mark.parametrize(
    ("question", "shown", "left_out"),
    [
        ("我在台州考了中级又考了高级，能拿多少奖励", "2000元", "1000元"),
        ("我在台州考了中級又考了高級，能拿多少獎勵", "2000元", "1000元"),
        ("我在台州考了初级又考了高级，能领多少", "1000元", "2000元"),
    ],
)
def test_two_levels_passed_where_the_city_gives_one_none_gets_the_one_and_names_the_other(
    ask: Ask, question: str, shown: str, left_out: str
) -> None:
    reply = ask(question)
    assert answered(reply) == "taizhou-reward", reply.text
    text = plain(reply)
    assert "资料没有提到台州高级社工师的奖励标准" in text, text
    assert shown in text and left_out not in text and "5000元" not in text, text


def test_one_level_a_city_gives_none_is_still_the_honest_reply(ask: Ask) -> None:
    reply = ask("台州高级奖励多少")
    assert reply.outcome is Outcome.DECLINED and "没有提到高级社工师的" in plain(reply), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "我先考了助理社工师，又考了社工师，在宁波能领多少钱",
        "我先考了助理社工師，又考了社工師，在寧波能領多少錢",
        "我考了助理社工师又考了社工师，宁波能领多少奖励",
    ],
)
def test_two_levels_passed_named_by_their_titles_get_both_rewards(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "ningbo-reward", reply.text
    text = plain(reply)
    assert "1500元" in text and "3000元" in text and "5000元" not in text, text
    assert to_simplified(wording.REWARDS_NOT_ADDED) in text, text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("中级三科都是什么", "subjects-intermediate"),
        ("中級三科都是什麼", "subjects-intermediate"),
        ("中级三科都是啥", "subjects-intermediate"),
        ("初级两科是什么", "subjects-assistant"),
    ],
)
def test_a_levels_subjects_asked_by_their_count_get_its_subjects(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


@pytest.mark.parametrize(
    "question", ["三科不在同一年过可以吗", "三科不在同一年過可以嗎", "三科不再同一年过可以吗", "两科不在同一年过可以吗"]
)
def test_subjects_passed_in_different_years_get_the_carry_over(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "score-carryover", reply.text
    assert "资料里的" not in plain(reply), reply.text


@pytest.mark.parametrize(
    "question",
    ["初级和中级都考综合能力吗", "初級和中級都考綜合能力嗎", "初级和中级都考综和能力吗", "初级中级都要考综合能力吗"],
)
def test_a_subject_asked_of_two_levels_gets_each_levels_subjects(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.match is not None and reply.match.entry is not None, reply.text
    assert {reply.match.entry.id, *(e.id for e in reply.match.more)} == {"subjects-assistant", "subjects-intermediate"}


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("网格员是社工吗", "网格员"),
        ("網格員是社工嗎", "網格員"),
        ("网格员算不算社工", "网格员"),
        ("社工能做心理咨询吗", "心理咨询"),
        ("社工能做心里咨询吗", "心理咨询"),
        ("社工可以兼职吗", "兼职"),
        ("社工可以兼職嗎", "兼職"),
        ("社工可以兼职嘛", "兼职"),
    ],
)
def test_what_no_source_covers_of_social_workers_gets_the_honest_reply_naming_it(
    ask: Ask, question: str, named: str
) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and answered(reply) is None, reply.text
    assert to_simplified(named) in plain(reply) and "没有核实过的资料" in plain(reply), reply.text


def test_part_time_years_are_still_the_years_card(ask: Ask) -> None:
    assert answered(ask("兼职的工作经历能算社工年限吗")) == "work-years-rules"
    assert answered(ask("兼职做社工算工作年限吗")) == "work-years-rules"


@pytest.mark.parametrize("question", ["营养师证怎么考", "營養師證怎麼考", "营养师证咋考", "茶艺师证好考吗"])
def test_a_certificate_no_group_lists_gets_the_other_certificates_card(ask: Ask, question: str) -> None:
    assert answered(ask(question)) == "other-certificates"


@pytest.mark.parametrize(
    "question", ["社会工作者考试高级需要面试吗", "高级社工需要面试吗", "高級社工需要面試嗎", "高级社工要面试嘛"]
)
def test_an_interview_in_the_senior_level_is_honest_and_offers_the_exam_and_review(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and "面试" in plain(reply), reply.text
    assert "senior-exam-review" in [b.value for row in reply.buttons for b in row], reply.text


def test_an_interview_asked_of_the_intermediate_level_says_nothing_of_the_senior_review(ask: Ask) -> None:
    text = ask("中级社工考试有面试吗").text
    assert "评审" not in text and "面试" in text, text


def test_a_recruitment_interview_is_still_the_bonus_points(ask: Ask) -> None:
    assert answered(ask("我想考社区工作者，持有社工证笔试面试有加分吗")) == "recruitment-bonus-points"


@pytest.mark.parametrize(
    "question", ["2019年是高级社工考试元年吗", "2019年是高級社工考試元年嗎", "2019年是高级社工考式元年吗"]
)
def test_the_senior_exams_first_year_put_forward_gets_the_year_it_was_first_held(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert answered(reply) == "senior-exam-review", reply.text
    assert "2019年首次举行" in plain(reply), reply.text
