"""Kinds of question read wrongly in the session-42 trial (nc42a): one word naming two levels (初中级, 中高级) read as
the last level only; rewards compared with one city first and a direction (台州比宁波少多少, 多几成); years from a year
said counted to today, not to the year the asker would sit in (2024年能报高级吗); a level's reward a city gives none of
declined bare (台州高级奖励多少)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.core.eligibility import reading
from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.replies import Outcome
from tests.helpers import Ask, answered

JUNIOR_SUBJECTS, MIDDLE_SUBJECTS = "助理社会工作师（初级）考2科", "社会工作师（中级）考3科"
JUNIOR_RULES, MIDDLE_RULES = "即可报考助理社会工作师", "即可报考社会工作师"


@pytest.mark.parametrize("question", ["初中级分别考什么", "初中级社工考试科目", "初、中级考哪几科"])
def test_both_levels_named_in_one_word_get_each_levels_subjects(ask: Ask, question: str) -> None:
    text = ask(question).text  # 初中级 is 初级和中级, not 中级 alone
    assert JUNIOR_SUBJECTS in text and MIDDLE_SUBJECTS in text, text


@pytest.mark.parametrize("question", ["社工考试报名条件初中级都说一下", "初中级报考条件分别是什么"])
def test_both_levels_named_in_one_word_get_each_levels_rules(ask: Ask, question: str) -> None:
    text = ask(question).text
    assert JUNIOR_RULES in text and MIDDLE_RULES in text, text


def test_both_levels_named_in_one_word_after_the_rules_of_every_level_get_each_levels_rules(ask: Ask) -> None:
    ask("社工考试报名条件", chat="rules")
    text = ask("初中级", chat="rules").text
    assert JUNIOR_RULES in text and MIDDLE_RULES in text, text


@pytest.mark.parametrize(
    ("question", "shown", "left_out"),
    [
        ("初中级奖励宁波", ("1500元", "3000元"), "5000元"),
        ("宁波初中级奖励分别多少", ("1500元", "3000元"), "5000元"),
        ("宁波初级和中级奖励", ("1500元", "3000元"), "5000元"),
        ("宁波中高级奖励", ("3000元", "5000元"), "1500元"),
    ],
)
def test_a_reward_at_two_levels_gets_those_levels_lines(
    ask: Ask, question: str, shown: tuple[str, ...], left_out: str
) -> None:
    reply = ask(question)
    assert answered(reply) == "ningbo-reward", reply.text
    assert all(sum_ in reply.text for sum_ in shown) and left_out not in reply.text, reply.text


def test_the_middle_and_senior_levels_in_one_word_get_both(ask: Ask) -> None:
    text = ask("中高级分别考什么").text
    assert MIDDLE_SUBJECTS in text and "高级社会工作师：考试与评审相结合" in text, text


@pytest.mark.parametrize("question", ["初中学历能考吗", "我初中毕业能考初级吗"])
def test_junior_middle_school_stays_a_degree(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.ANSWERED and "初中及以下暂不能报考" in reply.text, reply.text


def test_levels_named_together_are_levels_of_the_levels_groups(tmp_path: Path) -> None:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, target)
    path = target / "synonyms.yaml"
    content = path.read_text(encoding="utf-8")
    old = "reads: [初级, 中级]}"
    assert old in content
    path.write_text(content.replace(old, "reads: [初级, 小学]}", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(target)
    assert [str(p).split(": ", 1)[1] for p in raised.value.problems] == [
        "`小学` in joint_levels is no term of a level's synonym group"
    ]


COMPARED = "（按下面的标准比较："


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("台州比宁波少多少", ("台州1000元、宁波1500元，宁波多500元", "台州2000元、宁波3000元，宁波多1000元")),
        ("宁波比台州多多少", ("宁波1500元、台州1000元，宁波多500元", "高级社工师只有宁波有标准（5000元）")),
        ("台州初级比宁波少多少钱", ("助理社工师台州1000元、宁波1500元，宁波多500元",)),
        ("宁波台州奖励对比", ("宁波3000元、台州2000元，宁波多1000元",)),
    ],
)
def test_two_cities_compared_with_one_first_get_their_rewards_compared(
    ask: Ask, question: str, lines: tuple[str, ...]
) -> None:
    reply = ask(question)  # no measure named: the sums both cities give each level, from the 2023 report
    assert reply.outcome is Outcome.ANSWERED and reply.text.startswith(COMPARED), reply.text
    assert all(line in reply.text for line in lines) and "2023年报道" in reply.text, reply.text


@pytest.mark.parametrize("question", ["宁波中级比台州多几成", "宁波中级奖励比台州多几成"])
def test_how_much_more_as_a_share_is_worked_out_from_the_two_sums(ask: Ask, question: str) -> None:
    text = ask(question).text  # not the holders of 社工师: the rewards, and the share worked out from them
    assert "社工师宁波3000元、台州2000元，宁波多1000元，按这两个数算，宁波比台州多50%，台州比宁波少约33%" in text, text


def test_two_levels_of_one_city_compared_get_the_difference(ask: Ask) -> None:
    text = ask("宁波高级奖励比中级多多少").text
    assert "宁波高级社工师5000元、社工师3000元，高级社工师多2000元" in text and "1500" not in text, text


def test_places_compared_with_no_sums_of_either_are_not_read_as_rewards(ask: Ask) -> None:
    reply = ask("北京比浙江多多少")  # neither gives a reward: nothing to compare
    assert reply.outcome is Outcome.DECLINED and COMPARED not in reply.text, reply.text


@pytest.mark.parametrize("question", ["台州高级奖励多少", "台州高级社工有奖励吗", "台州考出高级社工师有奖励吗"])
def test_a_level_s_reward_a_city_gives_none_of_names_the_levels_it_gives(ask: Ask, question: str) -> None:
    reply = ask(question)  # still no figure for the senior level: the ones the report gives, with its date and source
    assert reply.outcome is Outcome.DECLINED and reply.match is not None and reply.match.uncovered is not None
    given = "资料里台州只给出这些等级的标准：助理社工师1000元、社工师2000元；没有提到高级社工师的。"
    assert given in reply.text, reply.text
    assert "2023年报道时的标准" in reply.text and "《浙江日报》" in reply.text, reply.text


def test_a_level_s_sum_of_a_measure_no_entry_gives_by_level_names_no_levels(ask: Ask) -> None:
    assert "只给出这些等级" not in ask("宁波高级工资多少").text


@pytest.fixture
def in_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot reads questions as on 1 December 2026."""
    monkeypatch.setattr(reading, "today", lambda: date(2026, 12, 1))


@pytest.mark.usefixtures("in_2026")
@pytest.mark.parametrize(
    ("question", "says", "not_said"),
    [
        ("我2019年拿的中级证，本科，2024年能报高级吗", "取得证书到2024年年底的5年是持证的时间", "7年"),
        ("我2019年拿的中级证，本科，2024年的时候能报高级吗", "取得证书到2024年年底的5年", "7年"),
        ("我2021年拿的中级证，本科，2025年能报吗", "取得证书到2025年年底满4年，不满5年", "5年是持证"),
        ("我2022年拿的中级证，本科，明年能报高级吗", "取得证书到2027年年底的5年", "-1年"),  # the year assumed, named
        ("我2022年本科毕业一直做社工，明年能考中级吗", "按2022年毕业后一直从事社会工作算，到2027年年底满5年", "今年"),
    ],
)
def test_years_from_a_year_said_are_counted_to_the_year_the_asker_would_sit_in(
    ask: Ask, question: str, says: str, not_said: str
) -> None:
    text = ask(question).text
    assert says in text and not_said not in text, text


@pytest.mark.usefixtures("in_2026")
def test_years_to_a_year_sat_in_fall_short_where_to_today_they_would_not(ask: Ask) -> None:
    text = ask("我2020年本科毕业一直做社工，2024年能考中级吗").text  # 4 years by 2024: enough only for 社工专业
    assert "满6年" not in text and "还需要知道：专业" in text, text


@pytest.mark.usefixtures("in_2026")
@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("我2019年拿的中级证，本科，能报高级吗", "取得证书以来的7年是持证的时间"),  # no year sat in: to this year
        ("2021年拿的中级证一直做社工，本科，今年能报高级吗", "到今年年底满5年"),
    ],
)
def test_years_from_a_year_said_with_no_other_year_to_sit_in_are_counted_to_this_year(
    ask: Ask, question: str, says: str
) -> None:
    text = ask(question).text
    assert says in text, text


@pytest.mark.usefixtures("in_2026")
def test_a_graduation_year_before_asking_is_no_year_sat_in(ask: Ask) -> None:
    text = ask("2019年本科毕业能考中级吗").text  # 2019年 opens what is counted from, not when the asker would sit
    assert "2019年年底" not in text, text
