"""The eligibility check: every rule of the sources, reading real questions, the verdict, the /check flow and the
validation of knowledge/eligibility.yaml."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.core.answerer import Answerer
from bot.core.eligibility import reading
from bot.core.eligibility.check import CheckFlow, Choice
from bot.core.eligibility.reading import Reader
from bot.core.eligibility.rules import Education, Fact, Level, Major, Profile, Rule
from bot.core.eligibility.verdict import Verdict, verdict
from bot.core.eligibility.words import Words
from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeBase
from bot.core.loader import load_knowledge
from bot.core.problems import KnowledgeError
from bot.core.replies import Action, Button, Outcome

A, M, S = Level.ASSISTANT, Level.INTERMEDIATE, Level.SENIOR
CZ, GZ, DZ, BK, SS, BS = Education
SW, OTHER = Major.SOCIAL_WORK, Major.OTHER
RULES_2006, RULES_2018 = "2006年规定", "2018年评价办法"  # the regulations a verdict follows: its footer cites them


def follows(result: Verdict) -> list[str]:
    """The names of the regulations a verdict follows, whose sources' citations, in the footer under it, say what
    decides in the end."""
    return [regulation.name for regulation in result.regulations]


@cache
def shipped_reader() -> Reader:
    """The reader of the shipped knowledge base's words."""
    words = load_knowledge(DEFAULT_KNOWLEDGE_DIR).reading
    assert words is not None
    return Reader(words)


def read_profile(question: str, words: Words | None = None) -> Profile:
    """A question read as the bot reads it: with `words`, or the shipped knowledge base's."""
    return (Reader(words) if words is not None else shipped_reader()).profile(question)


# Each row of the sources, restated by hand (not read from the YAML): level, education, major, certificate held,
# years needed, the item it follows. Education "or higher" and the 2006 item 6 (+2 years) are spelt out row by row.
SOURCE_ROWS = [
    # 2006, assistant level
    (A, GZ, None, None, 4, 1),
    (A, DZ, SW, None, 2, 2),
    (A, BK, SW, None, 0, 3),
    (A, SS, SW, None, 0, 3),
    (A, BS, SW, None, 0, 3),
    (A, DZ, OTHER, None, 4, 4),
    (A, BK, OTHER, None, 2, 5),
    (A, SS, OTHER, None, 2, 5),
    (A, BS, OTHER, None, 2, 5),
    # 2006, 社会工作师
    (M, GZ, None, A, 6, 1),
    (M, DZ, SW, None, 4, 2),
    (M, BK, SW, None, 3, 3),
    (M, SS, SW, None, 1, 4),
    (M, BS, SW, None, 0, 5),
    (M, DZ, OTHER, None, 6, 6),
    (M, BK, OTHER, None, 5, 6),
    (M, SS, OTHER, None, 3, 6),
    (M, BS, OTHER, None, 2, 6),
    # 2018, senior
    (S, BK, None, M, 5, 1),
    (S, SS, OTHER, M, 5, 1),
    (S, BS, SW, M, 5, 1),
]


@pytest.fixture(scope="module")
def rules(knowledge: KnowledgeBase) -> tuple[Rule, ...]:
    return knowledge.eligibility


def profile(level: Level, education: Education, major: Major | None, held: Level | None, years: int | None) -> Profile:
    holds = frozenset({held}) if held else frozenset()
    return Profile(level=level, education=education, major=major, years=years, holds=holds)


@pytest.mark.parametrize(("level", "education", "major", "held", "years", "item"), SOURCE_ROWS)
def test_every_source_rule_admits_its_profile_and_not_one_a_year_short(
    rules: tuple[Rule, ...],
    level: Level,
    education: Education,
    major: Major | None,
    held: Level | None,
    years: int,
    item: int,
) -> None:
    enough = verdict(rules, profile(level, education, major, held, years))
    assert [v.eligible for v in enough.levels] == [True]
    assert enough.levels[0].rule is not None and enough.levels[0].rule.item == item
    assert ("按2018年评价办法" if level is S else "按2006年规定") in enough.text
    assert follows(enough) == [RULES_2018 if level is S else RULES_2006]
    if years == 0:
        assert verdict(rules, profile(level, education, major, held, None)).levels[0].eligible is True
    else:
        short = verdict(rules, profile(level, education, major, held, years - 1))
        assert [v.eligible for v in short.levels] == [False]
        assert f"满{years}年" in short.text
        if held is None:
            assert "还差1年" in short.text
        else:  # years after a certificate: those said may be from before it, so no gap is worked out
            assert f"这{years}年从取得{held.title}证书后算起，你说的{years - 1}年不满{years}年" in short.text


@pytest.mark.parametrize(
    ("level", "education", "held"),
    [(M, GZ, None), (S, DZ, M), (S, GZ, M), (S, BK, A), (S, SS, None)],
)
def test_no_rule_without_the_certificate_or_the_education(
    rules: tuple[Rule, ...], level: Level, education: Education, held: Level | None
) -> None:
    result = verdict(rules, profile(level, education, OTHER, held, 30))
    assert [v.eligible for v in result.levels] == [False]
    assert "暂不能报考" in result.text


def test_the_example_sentence(rules: tuple[Rule, ...]) -> None:
    result = verdict(rules, read_profile("我本科学的会计，在社区做了三年，能考中级吗"))
    assert result.text == (
        "按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；你做了3年，还差2年。\n"
        "规定所称社会工作，指在社会福利、社会救助、慈善事业、残障康复、优抚安置、卫生服务、青少年服务、司法矫治等机构"
        "从事专门性社会服务；社区的工作算不算，以当年报考通知和当地资格审核为准。"  # a 社区 job
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("我本科学的会计，在社区做了三年，能考中级吗", Profile(M, BK, OTHER, 3, other_work=True, job="社区")),
        ("中专毕业能报助理社工师吗", Profile(A, GZ)),
        ("社工专业大专毕业多久能考初级", Profile(A, DZ, SW, years_asked=True)),  # the rule answers 多久
        ("研究生社会工作专业毕业一年可以考中级吗", Profile(M, SS, SW, 1, since_graduating=True)),
        ("我是大专护理专业，做了两年社工，可以考初级吗", Profile(A, DZ, OTHER, 2)),
        ("我本科學的會計，在社區做了三年，能考中級嗎", Profile(M, BK, OTHER, 3, other_work=True, job="社区")),
        ("不是社工专业的本科生，满5年了能考社会工作师吗", Profile(M, BK, OTHER, 5, other_work=True)),
        ("已经拿到中级证，硕士，能考高级吗", Profile(S, SS, holds=frozenset({M}))),
        ("没有初级证，高中学历能考中级吗", Profile(M, GZ, holds=frozenset())),
        ("2018年本科毕业，学社工的", Profile(None, BK, SW)),
        (
            "社工硕士毕业，工作一年了，能考中级吗",
            Profile(M, SS, SW, 1, other_work=True),
        ),  # the major named with the degree
        ("我读的社会工作大专，工作两年能考初级吗", Profile(A, DZ, SW, 2, other_work=True)),
        ("我本科，做社工三年，能考中级吗", Profile(M, BK, None, 3)),  # social work as the job, not the major
        (
            "社工专业大专，干了两年，能考初级吗？中级呢？",
            Profile(A, DZ, SW, 2, more_levels=(M,), other_work=True),
        ),  # each level asked
        ("中专毕业能报助理社工师和社工师吗", Profile(A, GZ, more_levels=(M,))),  # 助理社工师 is one level
        ("dazhuan neng kao zhongji ma", Profile(M, DZ)),  # pinyin
        ("Dazhuan Neng Kao Zhongji Ma", Profile(M, DZ)),
        ("zhongzhuan biye neng bao zhuli shegongshi ma", Profile(A, GZ)),
        ("shegong zhuanye dazhuan biye duojiu neng kao chuji", Profile(A, DZ, SW, years_asked=True)),
        ("wo shi benke kuaiji zhuanye, zuo le san nian shegong, neng kao zhongji ma", Profile(M, BK, OTHER, 3)),
        (  # English
            "I have a college diploma in nursing and 3 years in a community centre. Can I sit the assistant exam?",
            Profile(A, DZ, OTHER, 3, other_work=True, job="社区"),  # the job named in English too
        ),
        (
            "Can I take the intermediate exam with a bachelor's in sociology and five years of work?",
            Profile(M, BK, OTHER, 5, other_work=True, related_major="社会学"),
        ),
        (
            "I have an MSW and one year of work, can I take the intermediate exam?",
            Profile(M, SS, SW, 1, other_work=True),
        ),
        (
            "I have a high school diploma and 5 years of work, can I take the assistant exam?",
            Profile(A, GZ, None, 5, other_work=True),
        ),
        (
            "I got a diploma in social work and worked two years; can I sit the assistant exam?",
            Profile(A, DZ, SW, 2, other_work=True),
        ),
        (
            "intermediate exam requirements? I have a social work master degree, 1 year of work",
            Profile(M, SS, SW, 1, other_work=True),
        ),
        ("MSW毕业，工作一年，能考中级吗", Profile(M, SS, SW, 1, other_work=True)),  # MSW beside Chinese
        # each degree with its own major, the highest first
        (
            "我研究生是社工专业，本科是英语，工作2年能考中级吗",
            Profile(M, SS, SW, 2, other_degrees=((BK, OTHER),), other_work=True),
        ),
        ("我本科是社会工作，硕士读的教育学，能考初级吗", Profile(A, SS, OTHER, other_degrees=((BK, SW),))),
        (
            "我大专是社工专业，专升本读了会计，做了2年社工，能考初级吗",
            Profile(A, BK, OTHER, 2, other_degrees=((DZ, SW),)),
        ),
        ("我大二，社工专业本科，能考初级吗", Profile(A, BK, SW, studying=True)),  # the degree not held yet
        ("我本科社工，现在研一读教育学，能考初级吗", Profile(A, SS, OTHER, studying=True, other_degrees=((BK, SW),))),
        (
            "我没有证，高中，做了10年，能考中级吗",
            Profile(M, GZ, years=10, holds=frozenset(), other_work=True),
        ),  # no certificate at all
        (
            "我硕士，中级证书4年，可以考高级社工师吗",
            Profile(S, SS, holds=frozenset({M}), held_years=4),
        ),  # held for 4 years: the certificate's age, not years of work
        ("我大专，拿中级证5年了，可以考高级吗", Profile(S, DZ, holds=frozenset({M}), held_years=5)),
        (
            "我高中，做了4年护理，能考初级吗",
            Profile(A, GZ, years=4, other_work=True, job="护理"),
        ),  # care work, not a major
        ("我今年大学刚毕业，学的是社会工作专业", Profile(None, BK, SW, 0)),  # 大学 with a major: a bachelor's
        ("我明年大学毕业，社工专业", Profile(None, BK, SW, studying=True)),
        ("刚毕业的大学生能考吗", Profile(years=0)),  # no major: a question about anyone, not the asker's details
        (
            "我读的大专，社工专业，做了2年，能考初级吗",
            Profile(A, DZ, SW, 2, other_work=True),
        ),  # 读的大专 names a degree, no major
        (
            "我大专结业，社工专业，做了3年，能考初级吗",
            Profile(A, None, SW, 3, other_work=True),
        ),  # 结业, 肄业: no degree obtained
        ("我本科四年学社工，能考中级吗", Profile(M, BK, SW)),  # 本科四年: years of study, not of work
        (
            "wo shi dazhuan shehui gongzuo zhuanye, gongzuo liang nian",
            Profile(None, DZ, SW, 2, other_work=True),
        ),  # spaced pinyin
        (
            "我本科毕业，社工专业，工作3年，能考中极吗",
            Profile(M, BK, SW, 3, other_work=True),
        ),  # 中极: a slip of the pinyin keyboard
        ("qita zhuanye benke neng kao zhongji ma", Profile(M, BK, OTHER)),  # 中级 and 中极, 其他 and 其它 spelt alike
    ],
)
def test_questions_are_read(question: str, expected: Profile) -> None:
    assert read_profile(question) == expected


@pytest.mark.parametrize(
    ("question", "years", "floored"),
    [
        ("做了一年半", 1, True),
        ("工作半年", 0, True),
        ("刚毕业", 0, False),
        ("应届生", 0, False),
        ("今年本科毕业", 0, False),  # this year's graduate: 应届
        ("满5年", 5, False),
        ("干了十二年", 12, False),
        ("做了1.5年", 1, True),
        ("三年多", 3, True),
        ("18个月", 1, True),
        ("多久", None, False),
        ("没工作过", 0, False),
        ("还没有社工经验", 0, False),
        ("no work experience", 0, False),
        ("现在没有工作，以前做了三年社工", 3, False),
        ("其他专业有没有工作年限要求", None, False),  # the rule is asked, not the asker's years
        ("没有工作经验要求吗", None, False),
    ],
)
def test_years_are_whole_years_rounded_down(question: str, years: int | None, floored: bool) -> None:
    read = read_profile(question)
    assert (read.years, read.years_floored) == (years, floored)


def test_rounded_years_are_said(rules: tuple[Rule, ...]) -> None:
    text = verdict(rules, read_profile("社工专业大专，做了一年半社工，能考初级吗")).text
    assert "你做了一年半，还差6个月；年限算到报名当年年底，到那时满2年就够。" in text
    text = verdict(rules, read_profile("社工专业大专，做了一年多社工，能考初级吗")).text
    assert "你做了一年多，还差不到1年；年限算到报名当年年底，到那时满2年就够。" in text


def test_real_questions_get_their_verdicts(rules: tuple[Rule, ...]) -> None:
    def answer(question: str) -> str:
        return verdict(rules, read_profile(question)).text

    assert "高中/中专报考助理社会工作师需从事社会工作满4年" in answer("中专毕业能报助理社工师吗")
    assert "社工专业大专报考助理社会工作师需从事社会工作满2年" in answer("社工专业大专毕业多久能考初级")
    assert "你毕业已满1年，这段时间若一直从事社会工作，可以报考" in answer("研究生社会工作专业毕业一年可以考中级吗")
    assert "你毕业2年，即使一直从事社会工作也还差3年" in answer("我本科毕业两年了，非社工专业，能考中级吗")
    assert "其他专业大专报考助理社会工作师需从事社会工作满4年；你做了2年，还差2年" in answer(
        "我是大专护理专业，做了两年社工，可以考初级吗"
    )


def test_no_years_of_work_is_read_as_none_yet(rules: tuple[Rule, ...]) -> None:
    text = verdict(rules, read_profile("我是其他专业博士，没工作过，能考中级吗？")).text
    assert "（社工专业0年，其他专业加2年）；你还没有社会工作年限，还差2年" in text
    assert "还需要知道" not in text


def test_each_level_asked_gets_its_verdict(rules: tuple[Rule, ...]) -> None:
    text = verdict(rules, read_profile("社工专业大专毕业，干了两年，能考初级吗？中级呢？")).text
    assistant, intermediate = text.splitlines()[:2]
    assert assistant.endswith("满2年；如果这2年都算从事社会工作，你已满2年，可以报考，否则暂不能。")
    assert intermediate.endswith("报考社会工作师需从事社会工作满4年；你做了2年，还差2年。")
    assert "高级社会工作师" not in text


def test_missing_details_are_named(rules: tuple[Rule, ...]) -> None:
    result = verdict(rules, read_profile("能考中级吗"))
    assert result.missing == (Fact.EDUCATION, Fact.MAJOR, Fact.CERTIFICATE, Fact.YEARS)
    assert result.text.endswith(
        "\n按2006年规定判断能否报考社会工作师，还需要知道：学历、专业、已有的证书、从事社会工作的年限。"
    )
    assert verdict(rules, read_profile("中专毕业能报助理社工师吗")).missing == (Fact.YEARS,)
    assert verdict(rules, read_profile("本科能考初级吗")).missing == (Fact.MAJOR, Fact.YEARS)
    assert verdict(rules, read_profile("社工证怎么考")).missing[0] is Fact.LEVEL


@pytest.mark.parametrize(
    ("question", "major"),
    [
        ("我本科学的法律，工作2年，能考中级吗", OTHER),  # any major named after 学的, not only those listed
        ("本科学历，学的是英语", OTHER),
        ("我今年刚毕业，学的是社会工作，本科，能考社工证吗", SW),
        ("我学的不是社工，本科能考吗", OTHER),
        ("我学的时候是本科，能考吗", None),  # 学的时候 names no major
    ],
)
def test_the_major_is_read_as_it_is_said(question: str, major: Major | None) -> None:
    assert read_profile(question).major is major


def test_short_under_every_reading_of_an_unsaid_major_names_each_rule(rules: tuple[Rule, ...]) -> None:
    result = verdict(rules, read_profile("我本科，工作2年，能考中级吗"))
    assert "社工专业本科报考社会工作师需从事社会工作满3年" in result.text
    assert "其他专业本科报考社会工作师需从事社会工作满5年" in result.text
    assert "哪一种都还不够" in result.text and "还差" not in result.text  # no gap for a major not said


def test_a_rule_for_a_degree_or_higher_is_named_by_the_askers_degree(rules: tuple[Rule, ...]) -> None:
    result = verdict(rules, read_profile("我大专，学的会计，工作3年，能考中级吗"))
    assert result.text.startswith("按2006年规定，其他专业大专报考社会工作师需从事社会工作满6年")  # not 大专及以上


def test_the_levels_keep_their_order_when_one_still_needs_a_fact(rules: tuple[Rule, ...]) -> None:
    lines = verdict(rules, read_profile("我今年刚毕业，本科，能考社工证吗")).text.splitlines()
    assert lines[0].startswith("按2006年规定，社工专业本科报考助理社会工作师不要求工作年限；其他专业本科")  # each major
    assert lines[1] == "判断能否报考，还需要知道：专业。"  # the assistant level first, with what it still needs
    assert "社会工作师" in lines[2] and "高级社会工作师" in lines[3]


def test_known_facts_decide_before_all_are_given(rules: tuple[Rule, ...]) -> None:
    social_bachelor = verdict(rules, read_profile("社工专业本科能考初级吗"))
    assert (social_bachelor.levels[0].eligible, social_bachelor.missing) == (True, ())
    any_major = verdict(rules, read_profile("本科毕业做了3年能考初级吗"))  # enough even for another major
    assert (any_major.levels[0].eligible, any_major.missing) == (True, ())
    assert "其他专业本科报考" in any_major.text  # the rule for a degree "or higher" named by the asker's degree
    too_low = verdict(rules, read_profile("大专能考高级吗"))
    assert (too_low.levels[0].eligible, too_low.missing) == (False, ())
    assert "至少需本科学历" in too_low.text and follows(too_low) == [RULES_2018]


def test_a_question_without_a_level_gets_each_level_it_can_tell(rules: tuple[Rule, ...]) -> None:
    result = verdict(rules, read_profile("本科社工专业，做了3年，能考什么"))
    assert [(v.level, v.eligible) for v in result.levels] == [(A, True), (M, True), (S, False)]
    assert "按2006年规定" in result.text and "按2018年评价办法" in result.text
    assert follows(result) == [RULES_2006, RULES_2018]


@pytest.mark.parametrize("row", SOURCE_ROWS)
def test_a_student_is_never_eligible_by_the_degree_studied_for(
    rules: tuple[Rule, ...], row: tuple[Level, Education, Major | None, Level | None, int, int]
) -> None:
    student = replace(profile(*row[:5]), studying=True)  # the item a graduate would pass by is no help
    result = verdict(rules, student)
    assert [v.eligible for v in result.levels] == [None] and result.missing == ()
    assert "你还在读" in result.text and "可以报考" not in result.text
    assert ("应届毕业生" in result.text) == bool(result.levels[0].rule and result.levels[0].rule.graduates)


def test_the_degree_that_does_best_decides(rules: tuple[Rule, ...]) -> None:
    two = Profile(M, BK, OTHER, 4, other_degrees=((DZ, SW),))
    assert verdict(rules, two).levels[0].eligible is True  # 社工大专 4 years, though 其他专业本科 asks 5
    short = verdict(rules, replace(two, years=3))  # short under both: the closest rule is named
    assert "社工专业大专报考社会工作师需从事社会工作满4年；你做了3年，还差1年" in short.text


def test_no_rules_no_verdict() -> None:
    assert verdict((), Profile(A, BK, SW, 3)) == Verdict((), (), "")


def walk(flow: CheckFlow, answers: list[str]) -> tuple[str, list[str]]:
    """The verdict after answering in turn (checked to follow one regulation), and the prompts seen."""
    state, prompts = flow.start(), []
    for value in answers:
        step = flow.step(state)
        assert not step.done, (state, step.text)
        assert value in [c.value for c in step.choices]
        prompts.append(step.text)
        state = flow.advance(state, value)
    final = flow.step(state)
    assert final.done and len(final.regulations) == 1, (state, final)
    return final.text, prompts


def test_the_flow_for_each_level(rules: tuple[Rule, ...]) -> None:
    flow = CheckFlow(rules)
    text, prompts = walk(flow, ["a", "dz", "s", "2"])
    assert "你已满2年，可以报考" in text and "按2006年规定" in text
    assert len(prompts) == 4
    text, prompts = walk(flow, ["i", "gz", "y", "5"])  # no major asked of 高中/中专; years after the certificate
    assert "助理社会工作师证书了吗" in prompts[2] and "取得助理社会工作师证书后" in prompts[3]
    assert "还差1年" in text
    text, prompts = walk(flow, ["s", "bk", "y", "6"])
    assert "取得社会工作师证书后" in prompts[3] and "可以报考" in text and "按2018年评价办法" in text


def test_the_flow_skips_what_is_decided(rules: tuple[Rule, ...]) -> None:
    flow = CheckFlow(rules)
    assert "暂不能报考" in walk(flow, ["s", "dz"])[0]
    assert "暂不能报考" in walk(flow, ["s", "bk", "n"])[0]
    assert "暂不能报考" in walk(flow, ["i", "gz", "n"])[0]
    assert "不要求工作年限" in walk(flow, ["a", "bk", "s"])[0]


def test_every_flow_state_is_short_and_ends_in_a_verdict(rules: tuple[Rule, ...]) -> None:
    flow = CheckFlow(rules)
    states, verdicts = [flow.start()], 0
    while states:
        state = states.pop()
        assert len(state.encode()) <= 40
        step = flow.step(state)
        if step.done:
            verdicts += 1
            assert step.regulations and "以当年" not in step.text.splitlines()[-1]  # the footer cites the notice
        for choice in step.choices:
            following = flow.advance(state, choice.value)
            assert following != state and following.count(".") == 4
            states.append(following)
    assert verdicts > 50


def test_the_flow_ignores_stale_answers_and_damaged_states(rules: tuple[Rule, ...]) -> None:
    flow = CheckFlow(rules)
    state = flow.advance(flow.start(), "i")
    assert flow.advance(state, "zz") == state
    assert flow.step("x.y").text == flow.step(flow.start()).text
    assert flow.step("i.bk.o.seven.-").text == flow.step(flow.start()).text


def test_the_real_knowledge_base_has_the_rules(knowledge: KnowledgeBase) -> None:
    assert {r.regulation.source.id for r in knowledge.eligibility} == {"reg-2006", "reg-2018-senior"}
    assert len(knowledge.eligibility) == 15


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, target)
    return target


def test_without_the_file_there_are_no_rules(kb_dir: Path) -> None:
    (kb_dir / "eligibility.yaml").unlink()
    assert load_knowledge(kb_dir).eligibility == ()


BREAKS = [  # the text in eligibility.yaml, a mistake to put in its place, and the problem reported at its line
    ("source: reg-2018-senior", "source: reg-2019-senior", "unknown source `reg-2019-senior`"),
    ("{item: 2, level: 助理社会工作师", "{item: 2, level: 初级工作师", "unknown level `初级工作师`"),
    ("education: 大专, major: 其他, years: 4,", "education: 中学, major: 其他, years: 4,", "unknown education `中学`"),
    ("education: 本科, major: 社会工作, years: 3,", "education: 本科, major: 社工, years: 3,", "unknown major `社工`"),
    ("major: 社会工作, years: 1,", "major: 社会工作, years: 一,", "years must be a whole number"),
    (
        "education: 博士, major: 社会工作",
        "education: 博士, majr: 社会工作",
        "unknown key `majr`; did you mean `major`?",
    ),
    # the words questions are read by
    ("硕士: [硕士, 研究生", "硕士: [碩士, 研究生", "`碩士`: write it in Simplified (硕士)"),
    ("本科: [本科, 学士", "本科: [本科, 大专, 学士", "education: `大专` is already listed on line"),
    ("certificates: [初级, 助理", "certificates: [初等, 助理", "certificates: `初等` is none of the words of `levels`"),
    ("undergraduate: [大一, 大二, 大三]", "undergraduate: []", "undergraduate is empty; list at least one word"),
    ("{called: 对方, words: [朋友", "{called: [对方], words: [朋友", "called must be text"),
    ("[psychology, nursing,", "[Psychology, nursing,", "`Psychology`: write English words in lower case"),
    ("{said: 医院, words: [hospital]}", "{said: 病房, words: [hospital]}", "english_work: `病房` is none of the words"),
    ("[what about, how about,", "[What about, how about,", "`What about`: write English words in lower case"),
    ("{said: 心理学, words: [psychology", "{said: 心里学, words: [psychology", "related_majors: `心里学` is none of"),
    ("{said: 社会学, words: [sociology]}", "{said: 社会学, words: [sociologie]}", "`sociologie` is none of the words"),
]


def test_mistakes_are_reported_at_their_lines(kb_dir: Path) -> None:
    path = kb_dir / "eligibility.yaml"
    text = path.read_text(encoding="utf-8")
    for original, mistake, _ in BREAKS:
        assert text.count(original) == 1, original
        text = text.replace(original, mistake)
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(kb_dir)
    found = [str(p) for p in raised.value.problems]
    assert len(found) == len(BREAKS), found
    for _, mistake, message in BREAKS:
        line = next(n for n, content in enumerate(lines, start=1) if mistake in content)
        assert any(f"eligibility.yaml:{line}: " in p and message in p for p in found), (message, found)


def test_a_level_still_open_lists_the_rules_its_missing_facts_choose_from(rules: tuple[Rule, ...]) -> None:
    open_level = verdict(rules, read_profile("大专学历能考初级吗"))
    assert open_level.levels[0].eligible is None
    assert "社工专业大专报考助理社会工作师需从事社会工作满2年" in open_level.text
    assert "其他专业大专报考助理社会工作师需从事社会工作满4年" in open_level.text
    assert "还需要知道：专业、从事社会工作的年限" in open_level.text


# In conversation: a question with personal details in, the verdict out (its lines before the /check hint).


def said(answerer: Answerer, question: str) -> str:
    """The verdict a question gets: a reply answered by no entry, up to the /check hint."""
    reply = answerer.ask(question)
    assert reply.outcome is Outcome.ANSWERED and reply.match is None, reply.text
    return reply.text.split("\n（按你")[0]


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (  # graduating next year, said before the major as after it
            "我明年本科毕业，社会工作专业，今年能报名初级吗",
            "这一条指社会工作专业本科应届毕业生（后来的报考通知解释为包括已取得社会工作专业本科及以上学历者）；"
            "你还在读、尚未取得学历，能否在毕业当年报考要看当年的报考通知。",
        ),
        (
            "我明年本科畢業，社會工作專業，今年能報名初級嗎",
            "你還在讀、尚未取得學歷，能否在畢業當年報考要看當年的報考通知。",
        ),
        (  # graduating within the year: the 应届 rule's condition, and the notice decides
            "我还有半年本科毕业，社工专业，能报初级吗",
            "这一条指社会工作专业本科应届毕业生",
        ),
        (  # the half year is not years of work: the rule is not said to be short of them
            "我还有半年本科毕业，社工专业，能考中级吗",
            "社工专业本科报考社会工作师需从事社会工作满3年；这一条要求已取得这一学历，你还在读，还不能按这一条报考。",
        ),
        (
            "我本科学历还没拿到，社工专业，工作3年，能考中级吗",
            "社工专业本科报考社会工作师需从事社会工作满3年；这一条要求已取得这一学历，你还在读，还不能按这一条报考。",
        ),
        ("没拿到毕业证，大专社工专业，做了3年，能考初级吗", "需从事社会工作满2年；这一条要求已取得这一学历"),
        (  # 大二 with no degree named: an undergraduate, not a block about the major
            "我大二，社工专业，可以考初级吗",
            "社工专业本科报考助理社会工作师不要求工作年限；这一条指社会工作专业本科应届毕业生",
        ),
        ("我明年大学毕业，社工专业，能考初级吗", "这一条指社会工作专业本科应届毕业生"),  # 大学: a bachelor's
        ("我大学还有半年毕业，学的社工，能考中级吗", "还不能按这一条报考"),
        ("我自考本科还差两门，社工专业，能考初级吗", "你还在读、尚未取得学历"),  # exams still to pass
        (
            "I'm a third-year undergrad majoring in social work, can I sit the assistant exam?",
            "你还在读、尚未取得学历，能否在毕业当年报考要看当年的报考通知",
        ),
    ],
)
def test_a_degree_not_held_yet_is_never_told_they_may_sit(answerer: Answerer, question: str, says: str) -> None:
    verdict_said = said(answerer, question)
    assert says in verdict_said, verdict_said
    assert "可以报考" not in verdict_said and "可以報考" not in verdict_said and "还差" not in verdict_said
    assert not verdict_said.endswith(("以当年报考通知为准。", "以當年報考通知為準。"))  # the footer's, not repeated


def test_upgrading_to_a_bachelors_now_holds_the_junior_college_degree_only(answerer: Answerer) -> None:
    verdict_said = said(answerer, "我今年专升本，大专是社工专业做了2年，能考初级吗")
    assert verdict_said.startswith(
        "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；如果这2年都算从事社会工作，你已满2年，可以报考"
    )
    assert "其他专业本科" not in verdict_said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "本科会计，做了4年社工，想考中级社工，请问可以吗",
            "按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；"
            "你做了4年，还差1年。",
        ),
        ("本科会计，做了4年社工，中级报得了不", "你做了4年，还差1年。"),
        ("本科會計，做了4年社工，想考中級社工，請問可以嗎", "你做了4年，還差1年。"),
        ("大专，做社工3年，想报初级，行不行", "按2006年规定判断能否报考助理社会工作师，还需要知道：专业。"),
        (  # a second question after it does not hide it
            "你好，我是本科会计专业毕业，在街道做了4年社区工作，想考中级社工，请问可以吗？另外宁波考出来有奖励吗？",
            "你做了4年，还差1年。\n规定所称社会工作，指",
        ),
    ],
)
def test_asking_whether_one_may_in_other_words_gets_the_verdict(answerer: Answerer, question: str, says: str) -> None:
    assert says in said(answerer, question)
    other = answerer.ask("研究生，考中级多少分及格，可以吗")  # another question asked between: no verdict
    assert other.match is not None and other.match.entry is not None, other.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("我儿子今年大三学社工，他能考初级吗", "他还在读、尚未取得学历"),
        ("我女儿本科毕业两年，学的会计，她能考中级吗", "她毕业2年，即使一直从事社会工作也还差3年。"),
        ("我女兒本科學的會計，做了3年社工，能考中級嗎", "她做了3年，還差2年。"),  # the relation, no pronoun
        ("My son is a second-year undergraduate in social work, can he take the assistant exam?", "他还在读"),
    ],
)
def test_a_verdict_on_someone_elses_details_speaks_of_them(answerer: Answerer, question: str, says: str) -> None:
    verdict_said = said(answerer, question)
    assert says in verdict_said and "你" not in verdict_said, verdict_said


def test_ones_own_details_beside_someone_else_are_the_askers(answerer: Answerer) -> None:
    assert "她已满5年" in said(answerer, "我老婆本科会计做了5年，能考中级吗")  # hers
    assert "，你已满5年，可以报考，" in said(answerer, "我老公支持我考中级，我本科会计做了5年，能考吗")
    assert "，你已满6年，可以报考，" in said(answerer, "我同事说他考过了中级，我本科会计做了6年，能考中级吗")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "本科社工专业，还要工作几年才能考中级",
            "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年。",
        ),
        (
            "社工專業大專畢業多久能考初級",
            "按2006年規定，社工專業大專報考助理社會工作師需從事社會工作滿2年。",
        ),
    ],
)
def test_how_many_years_are_needed_gets_the_rules_years_not_a_question_back(
    answerer: Answerer, question: str, answer: str
) -> None:
    assert said(answerer, question) == answer
    assert "还需要知道：专业、从事社会工作的年限" in said(answerer, "我本科做了好几年社工，能考中级吗")  # years said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "你好，我今年大学刚毕业，学的是社会工作专业，还没找到工作，想问一下我现在能不能直接报考社工证？谢谢",
            "按2006年规定，社工专业本科报考助理社会工作师不要求工作年限；可以报考。\n"
            "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；你还没有社会工作年限，还差3年。\n"
            "按2018年评价办法，本科报考高级社会工作师需通过全国考试取得社会工作师证书后从事社会工作满5年；"
            "不能直接报考：要先取得社会工作师证书，这5年从取得证书后才开始算，暂不能报考。",
        ),
        ("我是应届大学毕业生，学社工的，可以考初级吗", "社工专业本科报考助理社会工作师不要求工作年限；可以报考。"),
        ("我今年本科毕业，社会工作专业，能考中级吗", "需从事社会工作满3年；你还没有社会工作年限，还差3年。"),
        (
            "我今年大专毕业，社工专业，能考初级吗",
            "社工专业大专报考助理社会工作师需从事社会工作满2年；你还没有社会工作年限",
        ),
        ("我今年刚毕業，大學讀的社工，能考初級嗎", "社工專業本科報考助理社會工作師不要求工作年限；可以報考。"),
    ],
)
def test_a_new_graduate_is_told_which_levels_now_and_which_need_years(
    answerer: Answerer, question: str, says: str
) -> None:
    verdict_said = said(answerer, question)
    assert says in verdict_said, verdict_said


def test_a_graduate_who_names_no_major_gets_the_rules_for_graduates(answerer: Answerer) -> None:
    reply = answerer.ask("刚毕业的大学生能直接考社工证吗")  # anyone's question: the rules, not a verdict
    assert reply.match is not None and reply.match.entry is not None
    assert reply.match.entry.id == "graduate-eligibility"


def test_a_word_added_to_the_reading_words_is_read(kb_dir: Path) -> None:
    question = "我是园林本科，做了3年社工，能考中级吗"  # not 园林专业: a major named so is read (其他专业)
    assert read_profile(question).major is None  # 园林 is no major the file lists
    path = kb_dir / "eligibility.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("[其他专业, ", "[园林, 其他专业, "), encoding="utf-8")
    edited = load_knowledge(kb_dir)
    assert read_profile(question, edited.reading) == Profile(M, BK, OTHER, 3)
    said = Answerer(Engine(edited)).ask(question).text  # the bot reads with its own knowledge base's words
    assert "你做了3年，还差2年" in said and "还需要知道" not in said, said


def test_the_flow_hints_how_to_choose_among_several_degrees(rules: tuple[Rule, ...]) -> None:
    flow = CheckFlow(rules)
    asked = flow.step(flow.advance(flow.start(), "i"))
    assert asked.choices[-1] == Choice("有几个学历？", "+")  # under the six educations
    text, prompts = walk(flow, ["i", "+", "dz", "s", "4"])  # 社工专业大专 asks 4 years, 其他专业本科 5
    assert prompts[2].startswith("有几个学历的：用其中任何一个学历（和它的专业）符合报考条件，就可以报考")
    assert "有几个学历？" not in [c.label for c in flow.step("i.+.-.-.-").choices]  # the hint is shown once
    assert "社工专业大专报考社会工作师需从事社会工作满4年；你已满4年，可以报考" in text


def test_the_hint_for_several_degrees_is_a_button_of_the_check(answerer: Answerer) -> None:
    reply = answerer.check("a.-.-.-.-")
    assert reply.text == "你的最高学历是？"
    assert reply.buttons[-1] == (Button("有几个学历？", Action.CHECK, "a.+.-.-.-"),)
    assert answerer.press(reply.buttons[-1][0]) == answerer.check("a.+.-.-.-")
    assert answerer.check("a.+.-.-.-", "bk").text == "你学的是社会工作专业吗？"


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (  # a degree after 读的 is no major
            "我读的大专，社工专业，做了2年，能考初级吗",
            "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；如果这2年都算从事社会工作，你已满2年，可以报考",
        ),
        (
            "我讀的大專，社工專業，做了2年，能考初級嗎",
            "社工專業大專報考助理社會工作師需從事社會工作滿2年；如果這2年都算",
        ),
        (  # a degree studied but not obtained does not count; the one held does
            "我高中毕业，本科肄业，做了5年社工，能考初级吗",
            "按2006年规定，高中/中专报考助理社会工作师需从事社会工作满4年；你已满5年，可以报考。",
        ),
        (  # 大学 with a major and years of work: a bachelor's
            "我大学学的社工，工作三年了，能考中级吗",
            "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；如果这3年都算从事社会工作，你已满3年，可以报考",
        ),
        (  # the years of a degree are not years of work
            "我本科四年学社工，能考中级吗",
            "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年。\n"
            "按2006年规定判断能否报考社会工作师，还需要知道：从事社会工作的年限。",
        ),
        (  # pinyin parted by spaces
            "wo shi dazhuan shehui gongzuo zhuanye, gongzuo liang nian, neng kao chuji ma",
            "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；如果这2年都算从事社会工作，你已满2年，可以报考",
        ),
        (  # work in a care home may or may not count
            "我中专学历，在养老院做了5年，能考初级社工吗",
            "如果这5年都算从事社会工作，你已满5年，可以报考，否则暂不能。\n规定所称社会工作，指",
        ),
    ],
)
def test_details_said_in_other_ways_get_the_right_verdict(answerer: Answerer, question: str, says: str) -> None:
    assert says in said(answerer, question)


@pytest.mark.parametrize("question", ["我本科肄业，学的社工，能考初级吗", "我大专结业，社工专业，做了3年，能考初级吗"])
def test_a_degree_not_obtained_gets_no_verdict_by_it(answerer: Answerer, question: str) -> None:
    reply = answerer.ask(question)  # the rules of the level, not a verdict on a degree the asker does not hold
    assert reply.match is not None and reply.match.entry is not None
    assert reply.match.entry.id == "eligibility-assistant"


# Years of work not said to be social work: the rules count years 从事社会工作, so no verdict says 可以报考 flatly (of
# jobs plainly not social work, 教书 or 销售, the years are not counted at all: tests/test_eligibility_details.py).


@pytest.mark.parametrize(
    ("question", "job"),
    [
        ("我是护士，本科，在医院做了3年，能考初级吗", "医院"),
        ("我当了3年公务员，本科，能考初级吗", "公务员"),
        ("我在医院当医生3年，硕士，能考中级吗", "医院"),
        ("我老公本科学历，当了10年村干部，能考中级社工吗", "村干部"),
        ("本科非社工，工作两年，能考初级吗", ""),  # no job named: not said to be social work either
    ],
)
def test_years_of_another_job_give_only_a_conditional_verdict(answerer: Answerer, question: str, job: str) -> None:
    verdict_said = said(answerer, question)
    first = verdict_said.splitlines()[0]
    assert "；如果这" in first and "都算从事社会工作" in first and "，否则暂不能" in first, first
    assert "；你已满" not in first and "；他已满" not in first, first
    assert "规定所称社会工作，指" in verdict_said
    assert (f"{job}的工作算不算" if job else "你的工作算不算") in verdict_said, verdict_said
    assert read_profile(question).job == job


@pytest.mark.parametrize(
    "question",
    [
        "本科社工，做了3年社工，能考中级吗",
        "本科社工专业，在社工机构工作3年，能考中级吗",
        "本科社工专业，在社会工作岗位上3年，能考中级吗",
        "本科社工专业，从事社会工作3年，能考中级吗",
    ],
)
def test_years_said_to_be_social_work_get_no_caveat(answerer: Answerer, question: str) -> None:
    profile = read_profile(question)
    assert (profile.years, profile.other_work, profile.job) == (3, False, "")
    assert "；你已满3年，可以报考。" in said(answerer, question)


def test_whether_years_of_volunteering_count_is_left_to_the_notice(answerer: Answerer) -> None:
    """No source says whether volunteering counts as years of social work: the verdict is conditional."""
    question = "我60岁退休了，高中，在社区做志愿者10年，能考初级吗"
    assert read_profile(question) == Profile(A, GZ, years=10, other_work=True, job="志愿者", age_told=True)
    verdict_said = said(answerer, question)
    assert "如果这10年都算从事社会工作，你已满10年，可以报考，否则暂不能" in verdict_said
    assert "志愿者的工作算不算，以当年报考通知和当地资格审核为准。" in verdict_said
    assert "不是就业" not in verdict_said


def test_years_with_a_part_of_a_year_are_counted_to_the_end_of_the_registration_year(answerer: Answerer) -> None:
    verdict_said = said(answerer, "本科社工专业，做了两年半社工，能考中级吗")
    assert "你做了两年半，还差6个月；年限算到报名当年年底，到那时满3年就够。" in verdict_said
    assert "不满一年的部分不计" not in verdict_said and "还差1年" not in verdict_said  # no rounding rule invented
    assert "你做了三年多，还差不到2年" in said(answerer, "其他专业本科，做了三年多社工，能考中级吗")


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "本科社工专业，工作4年，想直接考高级可以吗",
            "不能直接报考：要先取得社会工作师证书，这5年从取得证书后才开始算",
        ),
        ("中专毕业，社区工作5年，能考中级吗", "不能直接报考：要先取得助理社会工作师证书，这6年从取得证书后才开始算"),
    ],
)
def test_a_level_that_needs_a_certificate_first_names_the_certificate_as_the_reason(
    answerer: Answerer, question: str, says: str
) -> None:
    verdict_said = said(answerer, question)
    assert says in verdict_said and "暂不能报考" in verdict_said, verdict_said
    assert "不满5年" not in verdict_said and "不满6年" not in verdict_said  # more years would not do without it


def test_a_student_for_one_degree_gets_the_verdict_by_the_degree_held_too(answerer: Answerer) -> None:
    verdict_said = said(answerer, "我社工研究生在读，本科汉语言，工作3年能考中级吗")
    student, held = verdict_said.splitlines()[:2]
    assert student.endswith(
        "社工专业硕士报考社会工作师需从事社会工作满1年；这一条要求已取得这一学历，你还在读，还不能按这一条报考。"
    )
    assert held == (
        "按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；你做了3年，还差2年。"
    )


def test_a_certificate_said_with_social_work_before_it_is_read_as_held(rules: tuple[Rule, ...]) -> None:
    profile = read_profile("我有社工中级证，能考高级吗")
    assert profile == Profile(S, holds=frozenset({M}))
    assert verdict(rules, profile).text == (
        "按2018年评价办法，本科及以上报考高级社会工作师需通过全国考试取得社会工作师证书后从事社会工作满5年。\n"
        "按2018年评价办法判断能否报考高级社会工作师，还需要知道：学历、从事社会工作的年限。"
    )


WORK_COUNTS_START = "规定所称社会工作，指"


@pytest.mark.parametrize(
    "question",
    [
        "社工本科，在社区工作3年，能考初级吗",  # a bachelor's in social work needs no years
        "中专毕业，社区工作3年，能考中级吗",  # the certificate first: no years would do without it (nor for 初级)
        "大专，在社区做了1年，能考高级吗",  # too little education for the level (and too few years for the others)
    ],
)
def test_whether_the_work_counts_is_said_only_when_the_verdict_weighs_the_years(
    answerer: Answerer, question: str
) -> None:
    verdict_said = said(answerer, question)
    assert WORK_COUNTS_START not in verdict_said and "算不算" not in verdict_said, verdict_said
    assert verdict_said.endswith("。") and not verdict_said.endswith("为准。"), verdict_said


def test_years_that_decide_the_verdict_still_get_whether_the_work_counts(answerer: Answerer) -> None:
    for question in (
        "社工本科，在社区工作3年，能考中级吗",
        "本科，在社区做了3年，能考中级吗",
        "本科会计，在社区做了3年，能考中级吗",
    ):
        verdict_said = said(answerer, question)
        assert WORK_COUNTS_START in verdict_said and "社区的工作算不算" in verdict_said, verdict_said
    each = said(answerer, "社工本科，在社区工作3年，能考什么")  # one level weighs them, another needs none
    assert WORK_COUNTS_START in each and each.count("算不算") == 1, each


# Years implied by a year said: counted from it to the end of this year, on a date the tests set.


def reader_on(day: date) -> Reader:
    """The shipped words' reader, reading questions on `day`."""
    words = load_knowledge(DEFAULT_KNOWLEDGE_DIR).reading
    assert words is not None
    return Reader(words, today=lambda: day)


@pytest.fixture
def in_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot reads questions as on 1 May 2026."""
    monkeypatch.setattr(reading, "today", lambda: date(2026, 5, 1))


@pytest.mark.parametrize(
    ("question", "years", "counted", "job"),
    [
        ("2019年本科毕业，一直做社工，能考中级吗", 7, "2019年毕业后", None),
        ("2019年社工专业本科毕业，一直做社工，能考中级吗", 7, "2019年毕业后", None),
        ("英语本科，2020年毕业后一直在社工机构上班，今年能报中级吗", 6, "2020年毕业后", None),
        ("去年开始在街道社工站做社工，本科社工专业，能考中级吗", 1, "去年开始", None),
        ("2021年开始做社工，大专，能考初级吗", 5, "2021年开始", None),
        ("3年前开始做社工，本科，能考初级吗", 3, "3年前开始", None),
        ("2018年起在社工站工作，本科，能考中级吗", 8, "2018年开始", None),
        ("2019年毕业到现在一直在社区工作，本科，能考中级吗", 7, "2019年毕业后", "社区"),  # may or may not count
        ("2020年拿到初级证，一直做社工，中专能考中级吗", 6, "2020年取得证书后", None),
        ("19年毕业，本科社工，一直做社工，能考中级吗", 7, "2019年毕业后", None),  # 19年: a year, not 19 years
        ("21年开始做社工，大专能考初级吗", 5, "2021年开始", None),
        ("98年毕业后一直在社区工作，中专能考初级吗", 28, "1998年毕业后", "社区"),
        ("2015年毕业，一直在公司上班，去年开始做社工，本科能考中级吗", 1, "去年开始", None),  # the fewest years
    ],
)
def test_years_are_counted_from_a_graduation_or_start_year_to_the_end_of_this_year(
    question: str, years: int, counted: str, job: str | None
) -> None:
    read = reader_on(date(2026, 5, 1)).profile(question)
    assert (read.years, read.years_from, read.years_floored) == (years, counted, False)
    assert (read.other_work, read.job) == ((True, job) if job else (False, ""))
    later = reader_on(date(2030, 1, 2)).profile(question).years
    assert later == years + (4 if counted[:4].isdigit() and "去年" not in question else 0)


@pytest.mark.parametrize(
    "question",
    [
        "2018年本科毕业，学社工的，能考中级吗",  # no work said to go on since
        "2019年毕业后想做社工，本科能考吗",  # only meant
        "2021年开始做社工，去年辞职了，大专能考初级吗",  # stopped
        "2019年毕业，一直没工作，本科能考初级吗",
        "2024年能考中级吗？本科社工，一直做社工",  # the exam's year
        "2022年报考人数有多少，我本科，一直做社工",  # a figure's year
        "2026年开始做社工，本科能考初级吗",  # this year: no whole year yet
        "26年开始做社工，本科能考初级吗",
        "我2021年考过的，一直忘了登记",
        "2021年开始备考，本科能考中级吗",  # no work named after the start
        "我是19年本科毕业的，学社工，能考中级吗",  # 19年 is the year, and no work said to go on since
    ],
)
def test_a_year_that_implies_no_years_of_work_is_not_read_as_years(question: str) -> None:
    read = reader_on(date(2026, 5, 1)).profile(question)
    assert (read.years_from, read.years in (None, 0)) == ("", True), read


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "2019年本科毕业，一直做社工，能考中级吗",
            "按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；"
            "按2019年毕业后一直从事社会工作算，到今年年底满7年，你可以报考。",
        ),
        (
            "英语本科，2020年毕业后一直在社工机构上班，今年能报中级吗",
            "；按2020年毕业后一直从事社会工作算，到今年年底满6年，你可以报考。",
        ),
        (
            "去年开始在街道社工站做社工，本科社工专业，能考中级吗",
            "社工专业本科报考社会工作师需从事社会工作满3年；按去年开始一直从事社会工作算，到今年年底满1年，还差2年。",
        ),
        (
            "2019年毕业到现在一直在社区工作，本科会计，能考中级吗",
            "；按2019年毕业后一直工作算，到今年年底满7年；如果这7年都算从事社会工作，你可以报考，"
            "否则暂不能。\n规定所称社会工作，指",
        ),
        (
            "我儿子2022年社工本科毕业后一直在社工站，他能考中级吗",
            "按2022年毕业后一直从事社会工作算，到今年年底满4年，他可以报考。",
        ),
        (
            "2020年拿到中级证，一直做社工，本科能考高级吗",
            "按2020年取得证书后一直从事社会工作算，到今年年底满6年，你可以报考。",
        ),
    ],
)
def test_a_verdict_on_years_counted_from_a_year_says_how_it_counted(
    answerer: Answerer, in_2026: None, question: str, says: str
) -> None:
    verdict_said = said(answerer, question)
    assert says in verdict_said, verdict_said
    assert "还需要知道" not in verdict_said


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("初级证是2023年考的，高中，做了8年社工，能考中级吗", 3),
        ("高中，3年前拿的初级证，做了8年社工，能考中级吗", 3),
        ("高中，去年考过初级，一直做社工，能考中级吗", 1),
        ("2023年拿到初级证后一直做社工，中专能考中级吗", 3),
    ],
)
def test_a_certificate_obtained_fewer_years_ago_than_a_rule_counts_from_it_is_not_enough(
    answerer: Answerer, in_2026: None, question: str, held: int
) -> None:
    read = reader_on(date(2026, 5, 1)).profile(question)
    assert (read.held_years, read.holds, read.level) == (held, frozenset({A}), M)
    verdict_said = said(answerer, question)
    assert (
        f"这6年从取得助理社会工作师证书后算起，你取得证书到今年年底满{held}年，不满6年，暂不能报考。" in verdict_said
    ), verdict_said


def test_a_follow_up_swaps_only_the_details_it_gives() -> None:
    reader = shipped_reader()
    before = read_profile("我本科会计，在社区做了3年，能考中级吗")

    def follow(message: str) -> Profile | None:
        after = reader.follow_up(message)
        return None if after is None else reader.swapped(before, after)

    assert follow("那大专呢") == replace(before, education=DZ)  # the major kept
    assert follow("做了5年呢") == replace(before, years=5)  # still of 社区's work
    assert follow("做了5年社工呢") == replace(before, years=5, other_work=False, job="")
    assert follow("如果是社工专业呢") == replace(before, major=SW)
    assert follow("證是3年前拿的") == replace(before, held_years=3)
    assert follow("那高级呢") == replace(before, level=S)
    for message in ("宁波呢", "那本科的工资呢", "那本科能考几科", "我是本科会计专业在社区做了很多年的工作呢", "好的"):
        assert reader.follow_up(message) is None, message


def test_a_thread_of_follow_ups_is_read_in_order_and_only_after_a_verdict() -> None:
    reader = shipped_reader()
    thread = reader.thread(None, "我大专，学的会计，在社工机构做了3年，能考初级吗")
    for message in ("那本科呢", "那中级呢", "如果是社工专业呢"):
        thread = reader.thread(thread, message)
    assert reader.followed(thread) == Profile(M, BK, SW, 3)
    assert reader.followed(reader.thread("社工证怎么考", "那本科呢")) is None  # no verdict to follow
    assert reader.followed(reader.thread(reader.thread("我本科会计，做了3年，能考中级吗", "宁波呢"), "本科呢")) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Can I take the social work exam if I studied psychology and worked 2 years at an NGO?",
            Profile(None, None, OTHER, 2, other_work=True, job="社会组织", related_major="心理学"),
        ),
        (
            "I have a nursing degree and 3 years of work, can I take the assistant exam?",
            Profile(A, BK, OTHER, 3, other_work=True),
        ),  # a degree: a bachelor's
        ("I have a degree in accounting, can I take the assistant exam?", Profile(A, BK, OTHER)),
        (
            "I have a psychology diploma and 4 years in a nursing home",
            Profile(None, DZ, OTHER, 4, other_work=True, job="养老院", related_major="心理学"),
        ),
        (
            "I majored in law and worked 3 years at a charity",
            Profile(None, None, OTHER, 3, other_work=True, job="慈善组织"),
        ),
        (
            "I have a social work degree and 2 years, can I take the intermediate exam?",
            Profile(M, BK, SW, 2, other_work=True),
        ),
        (
            "I worked as a social worker for 4 years and have a bachelor in sociology, can I sit the intermediate?",
            Profile(M, BK, OTHER, 4, related_major="社会学"),
        ),  # social work itself: no caveat
        ("I studied social work and volunteered 2 years", Profile(None, None, SW, 2, other_work=True, job="志愿者")),
    ],
)
def test_english_degrees_majors_and_jobs_are_read(question: str, expected: Profile) -> None:
    assert read_profile(question) == expected


def test_a_major_and_years_with_no_degree_get_a_verdict_that_asks_the_degree(answerer: Answerer) -> None:
    verdict_said = said(
        answerer, "Can I take the social work exam if I studied psychology and worked 2 years at an NGO?"
    )
    assert "还需要知道：学历" in verdict_said, verdict_said
    chinese = said(answerer, "学心理学的，在社工站做了2年，能考初级吗")
    assert chinese.startswith("按2006年规定，其他专业本科及以上报考助理社会工作师需从事社会工作满2年；"), chinese
    assert "还需要知道：学历" in chinese
    nursing = said(answerer, "I have a nursing degree and 3 years of work, can I take the assistant exam?")
    assert nursing.startswith("按2006年规定，其他专业本科报考助理社会工作师需从事社会工作满2年；如果这3年都算"), nursing


# How long a certificate has been held is its age, never years of social work (中级拿证4年了, 考出初级两年了).


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("中级拿证4年了，本科，能考高级吗", Profile(S, BK, holds=frozenset({M}), held_years=4)),
        ("考出初级两年了，大专会计，能考中级吗", Profile(M, DZ, OTHER, holds=frozenset({A}), held_years=2)),
        ("拿到助理证3年，高中，能考中级吗", Profile(M, GZ, holds=frozenset({A}), held_years=3)),
        ("本科社工，中级证拿了4年，能考吗", Profile(None, BK, SW, holds=frozenset({M}), held_years=4)),
        ("本科，拿证4年了，能考高级吗", Profile(S, BK, held_years=4)),  # a certificate of no level said
        # years of work said beside a certificate are years of work
        ("我有初级证3年工作经验，大专，能考中级吗", Profile(M, DZ, years=3, holds=frozenset({A}), other_work=True)),
    ],
)
def test_the_age_of_a_certificate_is_not_read_as_years_of_work(question: str, expected: Profile) -> None:
    assert read_profile(question) == expected


def test_a_verdict_that_needs_years_says_the_age_of_a_certificate_is_not_them(answerer: Answerer) -> None:
    verdict_said = said(answerer, "考出初级两年了，大专会计，能考中级吗")
    assert "还需要知道：从事社会工作的年限" in verdict_said, verdict_said
    assert "取得证书以来的2年是持证的时间，不是从事社会工作的年限" in verdict_said
    assert "你做了2年" not in verdict_said and "助理社会工作师需" not in verdict_said  # 初级 is held, not asked


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("中级拿证4年了，本科，能考高级吗", "你取得证书到今年年底满4年，不满5年，暂不能报考。"),
        ("本科，拿证4年了，能考高级吗", "如果是社会工作师证书，这5年从取得证书后算起，取得证书到今年年底满4年"),
        ("中级证拿了6年，一直做社工，本科能考高级吗", "按6年前取得证书后一直从事社会工作算，到今年年底满6年"),
    ],
)
def test_a_certificate_held_too_short_for_the_senior_level_is_said_so(
    answerer: Answerer, question: str, says: str
) -> None:
    verdict_said = said(answerer, question)
    assert says in verdict_said, verdict_said
    assert "要先取得社会工作师证书，这5年" not in verdict_said  # never told to get a certificate it holds


# Only years of social work count: years of another job before social work started never do (做了10年会计，后来做社工).


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("本科，工作了10年开始做社工，能考中级吗", Profile(M, BK, years_before=10)),  # years of social work not said
        (
            "我本科会计，做了10年会计，后来做社工2年，能考中级吗",
            Profile(M, BK, OTHER, 2, years_before=10, job_before="会计"),
        ),
        ("高中毕业，打工5年，后来在社区做了3年社工，能考初级吗", Profile(A, GZ, years=3, years_before=5)),
        ("本科，工作10年，其中做社工3年，能考中级吗", Profile(M, BK, years=3)),  # the years said to be social work
        (  # a wish says nothing of the years told: 6 years at a bank, which the rules do not count
            "我本科，在银行工作了6年，现在想转行做社工，能考中级吗",
            Profile(M, BK, years=0, years_not_counted=6, job="银行"),
        ),
        ("做了5年社工，后来去了社工站，本科能考中级吗", Profile(M, BK, years=5)),  # social work before the switch too
    ],
)
def test_years_of_another_job_before_social_work_are_not_read_as_social_work(question: str, expected: Profile) -> None:
    assert read_profile(question) == expected


def test_years_of_another_job_before_social_work_started_are_counted_from_when_it_started(in_2026: None) -> None:
    read = reader_on(date(2026, 5, 1)).profile("大专，之前在公司干了8年，去年转做社工，能考初级吗")
    assert (read.years, read.years_from, read.years_before, read.job_before) == (1, "去年开始", 8, "公司")


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "本科，工作了10年开始做社工，能考中级吗",
            "还需要知道：专业、从事社会工作的年限。\n你开始做社工之前的10年不是",
        ),
        ("我本科会计，做了10年会计，后来做社工2年，能考中级吗", "你做了2年，还差3年。\n你开始做社工之前的10年（会计）"),
    ],
)
def test_a_verdict_says_years_before_social_work_were_not_counted(answerer: Answerer, question: str, says: str) -> None:
    verdict_said = said(answerer, question)
    assert says in verdict_said, verdict_said
    assert "10年，可以报考" not in verdict_said and "已满10年" not in verdict_said


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("我是中级社工师，本科，能考高级吗", Profile(S, BK, holds=frozenset({M}))),
        ("我是助理社工师，高中，做了7年社工，能考中级吗", Profile(M, GZ, years=7, holds=frozenset({A}))),
        ("拿了助理社工师证，高中，能考中级吗", Profile(M, GZ, holds=frozenset({A}))),  # 助理社工师: one level, held
    ],
)
def test_a_level_one_is_said_to_be_is_a_certificate_held_not_a_level_asked(question: str, expected: Profile) -> None:
    assert read_profile(question) == expected


# A major taken for kin of social work (心理学, sociology): no source names it, so it is 其他专业, and the verdict says
# the notice decides which majors count as related, where the major decides it.

RELATED = (
    "2006年规定只分社会工作专业和其他专业，没有列出{major}等专业，这里按其他专业判断；哪些专业算社会工作的相关专业"
)


@pytest.mark.parametrize(
    ("question", "says", "major"),
    [
        ("学心理学的本科，做了2年社工，能考中级吗", "其他专业本科报考社会工作师需从事社会工作满5年", "心理学"),
        ("社会学专业本科毕业，能考初级吗", "其他专业本科报考助理社会工作师需从事社会工作满2年", "社会学"),
        (
            "I have a psychology degree and 3 years at an NGO, can I sit the intermediate exam?",
            "其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；你做了3年，还差2年。",
            "心理学",
        ),
        ("I have a master's in sociology, can I take the assistant exam?", "其他专业硕士报考助理社会工作师", "社会学"),
        ("I majored in counseling, worked 1 year as a social worker, bachelor, can I sit the assistant?", "", "心理学"),
    ],
)
def test_a_major_no_source_names_is_read_as_another_major_and_the_notice_decides(
    answerer: Answerer, question: str, says: str, major: str
) -> None:
    verdict_said = said(answerer, question)
    assert says in verdict_said and RELATED.format(major=major) in verdict_said, verdict_said
    assert "以当年报考通知为准" in verdict_said.split(RELATED.format(major=major))[1]


def test_a_major_no_source_names_gets_no_note_where_it_decides_nothing(answerer: Answerer) -> None:
    verdict_said = said(answerer, "心理学本科，做了6年社工，能考中级吗")  # 5 years for 其他专业, 3 for social work
    assert "你已满6年，可以报考" in verdict_said and "相关专业" not in verdict_said, verdict_said
    assert "相关专业" not in said(
        answerer, "心理学硕士，有中级证，做了6年社工，能考高级吗"
    )  # the senior level: any major


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "a bachelor's in psychology, 2 years, can I take the assistant exam?",
            Profile(A, BK, OTHER, 2, other_work=True),
        ),
        ("I studied sociology, can I take the exam?", Profile(major=OTHER)),
        ("学的人类学，本科，能考初级吗", Profile(A, BK, OTHER)),
    ],
)
def test_a_major_no_source_names_is_read_as_another_major(question: str, expected: Profile) -> None:
    read = read_profile(question)
    assert replace(read, related_major="") == expected and read.related_major, read


@pytest.mark.parametrize(
    ("question", "job"),
    [
        ("Can I take the social work exam if I studied psychology and worked 2 years at an NGO?", "社会组织"),
        ("I studied law and worked 3 years at a charity, can I take the exam?", "慈善组织"),
        ("我学会计的，做了3年社工，能考吗", ""),
    ],
)
def test_years_said_with_no_level_asked_are_weighed_against_the_first_level_still_open(
    answerer: Answerer, question: str, job: str
) -> None:
    verdict_said = said(answerer, question)
    first = (
        "按2006年规定，其他专业本科及以上报考助理社会工作师需从事社会工作满2年；"
        "高中/中专、其他专业大专报考助理社会工作师需从事社会工作满4年。"  # two rules asking the same, as one
    )
    assert verdict_said.startswith(first), verdict_said
    assert "还需要知道：学历" in verdict_said
    assert (f"{job}的工作算不算" in verdict_said) == bool(job), verdict_said


# Kinds of miss found in questions written for session 24 (tests/data/written_elig.yaml).


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # years since graduating with a job said to go on since: years of that job, not only time since graduating
        ("本科毕业三年，一直在银行，能考社工初级吗", Profile(A, BK, years=0, job="银行", years_not_counted=3)),
        ("本科毕业三年，一直在社工机构，能考中级吗", Profile(M, BK, years=3)),
        ("毕业两年，想做社工，本科能考吗", Profile(None, BK, years=2, since_graduating=True)),  # only meant
        ("中级证书考下来4年了 本科 可以考高级了吗", Profile(S, BK, holds=frozenset({M}), held_years=4)),
        (
            "What are the requirements for the senior exam if I have held the intermediate certificate for 4 years "
            "and have a bachelor's?",
            Profile(S, BK, holds=frozenset({M}), held_years=4),
        ),
        (
            "I passed the assistant exam, high school, 7 years as a social worker, can I take the intermediate?",
            Profile(M, GZ, years=7, holds=frozenset({A})),
        ),
        ("本科社公专业，工作3年，可以考中极吗", Profile(M, BK, SW, 3, other_work=True)),  # 社公: a slip for 社工
        ("中级社工报考条件 本科 非本专业 工作年限要几年", Profile(M, BK, OTHER, years_asked=True)),
        ("can someone without a social work degree take the exam?", Profile(major=OTHER)),  # not a degree held
        ("Can someone without a degree take the exam?", Profile()),
        # years said as at least some (十几年, 20多年): the least, rounded down
        ("做了20多年社工，大专，能考中级吗", Profile(M, DZ, years=20, years_floored=True, years_said="20多年")),
        (
            "我爸高中，社区干了十几年，能考社工证吗",
            Profile(
                None, GZ, years=10, years_floored=True, years_said="十几年", other_work=True, job="社区", person="他"
            ),
        ),
        ("博士学位，社会工作方向，刚毕业，可以直接考中级吗", Profile(M, BS, SW, 0, directly=True)),
        (  # one degree, two majors: held with each
            "本科双学位，一个社工一个法学，做了1年社工，能考初级吗",
            Profile(A, BK, SW, 1, other_degrees=((BK, OTHER),)),
        ),
        (
            "how many years do I need for the intermediate exam with a sociology bachelor?",
            Profile(M, BK, OTHER, related_major="社会学", years_asked=True),
        ),
    ],
)
def test_questions_written_for_eligibility_are_read(question: str, expected: Profile) -> None:
    assert read_profile(question) == expected


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "初級社工證要什麼條件，我高中畢業做了4年社工",
            "高中/中專報考助理社會工作師需從事社會工作滿4年；你已滿4年，可以報考。",
        ),
        (
            "Can someone with a high school diploma and 5 years as a social worker take the assistant exam?",
            "高中/中专报考助理社会工作师需从事社会工作满4年；你已满5年，可以报考。",
        ),
        (
            "本科毕业三年，一直在银行，能考社工初级吗",
            "银行的工作算不算这样的社会服务，以当年报考通知和当地资格审核为准；下面按不算来判断",
        ),
        (
            "本科双学位，一个社工一个法学，做了1年社工，能考初级吗",
            "社工专业本科报考助理社会工作师不要求工作年限；可以报考",
        ),
        (
            "how many years do I need for the intermediate exam with a sociology bachelor?",
            "其他专业本科报考社会工作师需从事",
        ),
    ],
)
def test_questions_written_for_eligibility_get_a_verdict(answerer: Answerer, question: str, says: str) -> None:
    verdict_said = said(answerer, question)
    assert says in verdict_said, verdict_said
