"""The answer engine: what it answers, suggests and declines, and that no input breaks it."""

from __future__ import annotations

import gc
import re
import weakref
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest

from bot.core.answerer import Answerer
from bot.core.clauses import parts_of
from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeBase
from bot.core.match import Thresholds
from bot.core.sounds import reading
from bot.core.text import HANZI_RE
from bot.evaluate import Labelled, evaluate, load_labelled
from tests.conftest import DATA_DIR


def answer_id(engine: Engine, question: str) -> str | None:
    match = engine.match(question)
    return match.entry.id if match.entry else None


def test_labelled_set_meets_the_targets(answerer: Answerer, knowledge: KnowledgeBase) -> None:
    items = load_labelled(DATA_DIR / "questions.yaml", set(knowledge.entries))
    assert len(items) >= 200
    assert sum(item.expected is None for item in items) >= 40
    report = evaluate(answerer, items)
    assert report.accuracy >= 0.95, report.misses
    assert report.decline_rate >= 0.95, report.misses
    assert report.false_rate < 0.02, report.misses


def test_written_questions_the_sources_cannot_answer_are_mostly_declined(
    answerer: Answerer, knowledge: KnowledgeBase
) -> None:
    items = load_labelled(DATA_DIR / "negatives.yaml", set(knowledge.entries))
    assert len(items) >= 150
    report = evaluate(answerer, items)
    assert report.decline_rate >= 0.9, report.misses


@pytest.mark.parametrize("space", ["", " "])
def test_the_labelled_set_typed_in_pinyin_is_mostly_answered_and_seldom_wrongly(
    answerer: Answerer, knowledge: KnowledgeBase, space: str
) -> None:
    """Each Chinese question of questions.yaml typed as toneless pinyin, with or without spaces between syllables
    (chujishegongzhengbaokaotiaojian)."""
    items = load_labelled(DATA_DIR / "questions.yaml", set(knowledge.entries))
    typed = [
        replace(item, question=space.join(reading(char) for char in item.question if HANZI_RE.fullmatch(char)))
        for item in items
        if not re.search("[A-Za-z]", item.question)
    ]
    report = evaluate(answerer, typed)
    assert report.accuracy >= 0.75, report.misses
    assert report.false_rate <= 0.03, report.misses


def test_a_wrong_answer_with_the_right_one_beside_it_is_still_wrong_and_counted(answerer: Answerer) -> None:
    report = evaluate(answerer, [Labelled("社工证有效期满了呢", "re-registration")])  # registration; this beside
    assert report.false_rate == 1.0 and report.wrong_with_right_beside == 1


def test_figures_for_an_earlier_year_said_to_be_so_are_honest_but_an_unmarked_figure_is_wrong(
    answerer: Answerer,
) -> None:
    said_so = evaluate(answerer, [Labelled("2024年全国社工考试报考人数是多少", None)])  # "no 2024 figures; the latest:"
    unmarked = evaluate(answerer, [Labelled("全国社工考试报考人数是多少", None)])
    assert (said_so.decline_rate, said_so.false_rate) == (1.0, 0.0)
    assert unmarked.false_rate == 1.0


def test_a_verdict_showing_the_wanted_answer_beside_it_is_right_and_one_without_it_wrong(answerer: Answerer) -> None:
    question = "我是台湾人，在厦门的社工机构上班，可以报考社工师吗"  # the level's verdict, the residents' answer beside
    assert evaluate(answerer, [Labelled(question, "hmt-residents")]).accuracy == 1.0
    assert evaluate(answerer, [Labelled(question, "certificate-nationwide")]).false_rate == 1.0


def test_the_judge_reads_the_year_the_reply_says_it_has_no_figures_of(answerer: Answerer) -> None:
    said_so = evaluate(answerer, [Labelled("2023年全国有多少人报考社工", None)])  # 2023 is Zhejiang's, not the nation's
    assert (said_so.decline_rate, said_so.false_rate) == (1.0, 0.0)


def test_every_phrasing_finds_its_own_entry(engine: Engine, knowledge: KnowledgeBase) -> None:
    wrong = [
        (p, e.id, answer_id(engine, p))
        for e in knowledge.entries.values()
        for p in e.all_phrasings
        if answer_id(engine, p) != e.id
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("高級社會工作師是什麼", "senior-exam-review"),  # Traditional; what the senior level is: exam plus review
        ("高级社会工作师是什么", "senior-exam-review"),
        ("ＳＨＥＧＯＮＧ　ＧＯＮＧＺＩ　ＤＵＯＳＨＡＯ", "pay"),  # full-width pinyin
        ("社工正怎么考", "how-to-get-certificate"),  # sound-alike typo
        ("射工工资多少", "pay"),
        ("shegongzheng zenme kao", "how-to-get-certificate"),  # pinyin without tones
        ("fei shegong zhuanye neng kao ma", "non-major-eligibility"),  # a term spelled over three words: 非社工专业
        ("shegongzheng yao dengji ma", "registration"),  # dengji spells 登记 and 等级 alike: read by its sound
        ("chuji he zhongji you shenme qubie", "exam-levels"),  # qubie spells 区别, a term of its own
        ("gaojishegongzhengzenmekao", "senior-exam-review"),  # pinyin without spaces
        ("zhongji shegongshi kao ji ke", "subjects-intermediate"),  # kao ji ke spells 考几科, not 考期 (exam dates)
        ("chuji kao ji men", "subjects-assistant"),
        ("社工係咩嚟㗎？", "what-is-social-worker"),  # Cantonese: what is it
        ("请问一下社工工资多少呀？？😀", "pay"),  # filler, punctuation, emoji
        ("社\u200b工\u200d工资", "pay"),  # zero-width characters
        ("社工工资", "pay"),  # short
        ("how much does a social worker earn", "pay"),  # English
        ("2025年社会工作师考试有哪些科目", "subjects-intermediate"),  # a year says when, not what
        ("中级社会工作师需要满足什么条件", "eligibility-intermediate"),  # one level named: its entry, not the overview
    ],
)
def test_questions_people_type(engine: Engine, question: str, expected: str) -> None:
    assert answer_id(engine, question) == expected


@pytest.mark.parametrize(
    "question", ["护士的工资多少", "律师怎么收费", "导游一个月挣多少", "上海有多少人口", "台州有什么好玩的"]
)
def test_near_misses_are_declined_without_suggestions(engine: Engine, question: str) -> None:
    match = engine.match(question)
    assert match.entry is None
    assert match.suggestions == ()


def test_between_the_thresholds_it_suggests(engine: Engine) -> None:
    match = engine.match("北京社工")  # which of Beijing's figures? too close to call
    assert match.entry is None
    assert len(match.suggestions) == 3
    assert all(s.category_id == "beijing" for s in match.suggestions)


def test_a_place_no_entry_covers_prefers_the_entry_about_other_places(engine: Engine) -> None:
    assert answer_id(engine, "温州社工证奖励多少") == "other-city-rewards"
    assert answer_id(engine, "宁波社工证奖励多少") == "ningbo-reward"


@pytest.mark.parametrize(
    "question", ["宁波台州的考证奖励各是多少", "宁波和台州考证奖励分别多少", "宁波和台州考社工证各有多少奖励"]
)
def test_a_question_on_two_places_gets_both_answers(engine: Engine, question: str) -> None:
    # No social-work term, but 宁波 + 奖励 is what the knowledge base has facts on: one answer for each place.
    match = engine.match(question)
    assert match.entry is not None
    assert {match.entry.id, *(e.id for e in match.more)} == {"ningbo-reward", "taizhou-reward"}


def test_a_statement_around_a_question_does_not_outweigh_what_is_asked(engine: Engine) -> None:
    # The statement names 报考人数; the question asks why the gap stays: the gap's entry, never the numbers alone.
    match = engine.match("社工考试报考人数屡创新高，为什么人才缺口依然大？")
    assert [e.id for e in (match.entry, *match.suggestions) if e is not None][:1] == ["talent-gap"]


def test_a_clause_that_asks_what_now_is_read_with_the_statement_before_it(engine: Engine) -> None:
    # 现在怎么办 means nothing alone: the statement says what it is about (no first registration for over a year).
    assert answer_id(engine, "拿证都一年多了一直没去首次登记，现在怎么办") == "registration-late"


@pytest.mark.parametrize(
    "question", ["Chaoyang district social worker exam time", "what is the social work exam date in 2026"]
)
def test_the_exam_date_in_english_gets_where_dates_are_published_not_what_the_exam_is(
    engine: Engine, question: str
) -> None:
    assert answer_id(engine, question) == "exam-registration-details"


def test_a_certificate_question_is_not_a_social_worker_question(engine: Engine) -> None:
    # The keyword 社工 is not read inside 社工证: what the certificate is, not what a social worker is.
    assert answer_id(engine, "什么是社工证") == "exam-overview"


@pytest.mark.parametrize(
    "question",
    [
        "",
        "   \n\t ",
        "社" * 10_000,
        "😀" * 500,
        "？！。，、" * 100,
        "\x00\x01\x1b[31m\x7f",
        "\ud800",
        "a" * 10_000,
        "‮‭社工‬",
        "e\u0301\u0301\u0301" * 200,
        "1" * 5000,
    ],
)
def test_bad_input_never_raises(engine: Engine, question: str) -> None:
    match = engine.match(question)
    assert 0 <= match.score <= 100
    assert match.entry is None or match.score > 0


def test_answers_are_deterministic_and_thread_safe(engine: Engine, knowledge: KnowledgeBase) -> None:
    questions = [p for e in knowledge.entries.values() for p in e.all_phrasings[:3]] + ["护士的工资多少"] * 5
    expected = [answer_id(engine, q) for q in questions]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            assert list(pool.map(lambda q: answer_id(engine, q), questions)) == expected


def test_readings_match_pypinyin_for_every_character() -> None:
    from pypinyin import Style
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    from bot.core.sounds import reading

    differ = [
        chr(c)
        for c, r in pinyin_dict.items()
        if reading(chr(c)) != convert(r.split(",")[0], Style.NORMAL, strict=False)
    ]
    assert differ == []


def test_questions_on_the_exam_rules_are_answered(engine: Engine, knowledge: KnowledgeBase) -> None:
    rules = {e.id for e in knowledge.entries.values() if any(c.source.id.startswith("reg-") for c in e.citations)}
    items = [i for i in load_labelled(DATA_DIR / "questions.yaml", set(knowledge.entries)) if i.expected in rules]
    assert len(items) >= 20
    wrong = [(i.question, i.expected, answer_id(engine, i.question)) for i in items]
    wrong = [w for w in wrong if w[1] != w[2]]
    assert len(wrong) <= len(items) * 0.05, wrong


def test_two_names_of_one_level_side_by_side_read_as_one(engine: Engine) -> None:
    normalize = engine.normalizer.normalize
    assert normalize("中级社会工作师需要满足什么条件") == normalize("社会工作师需要满足什么条件")


def test_a_name_built_of_other_names_reads_as_the_thing_it_names(engine: Engine) -> None:
    normalize = engine.normalizer.normalize
    assert normalize("社工资格证考试") == normalize("社会工作者职业资格考试") == normalize("社工考试")


def test_a_community_s_certificate_is_not_the_certificate_some_call_by_its_name(engine: Engine) -> None:
    normalize = engine.normalizer.normalize
    assert normalize("社区证是什么") == normalize("社工证是什么")
    assert "社工证" not in normalize("报考要社区证明吗")  # a certificate of residence


def test_a_name_is_not_cut_by_a_longer_phrase_ending_inside_it(engine: Engine) -> None:
    named = engine.normalizer.named(engine.normalizer.normalize("想要成为一名社会工作师，需要符合哪些条件"))
    assert named.levels == ("社工师",)  # not 成为一名社工 (当社工) + 师


def test_a_slip_inside_a_long_name_reads_as_the_name_but_not_at_its_edges(engine: Engine) -> None:
    normalize, named = engine.normalizer.normalize, engine.normalizer.named
    assert normalize("报考助里社工师需要什么条件") == normalize("报考助理社工师需要什么条件")
    assert named(normalize("社会工作是一个专业吗")).levels == ()  # 社会工作是 sounds like 社会工作师


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("chuji shegongshi shei neng bao", "助理社工师 shei neng bao"),  # two words of a term read as the term
        ("jixu jiaoyu", "继续教育"),
        ("zai dengji", "再登记"),  # a one-syllable word may open a term
        ("fei shegong zhuanye", "其他专业"),  # three words spell 非社工专业
        ("shegongzheng yao dengji ma", "社工证 yao dengji ma"),  # dengji spells 登记 and 等级: left to its sound
        ("shegong shi shenme", "社工 shi 什么"),  # a one-syllable word after a space is a word of its own
        ("what does a social worker do", "what does 社工 do"),  # English words are never joined
        ("chujishegongzhengbaokaotiaojian", "助理社工师报考条件"),  # typed without spaces: cut into its terms
        ("how to reduce stress", "怎么 reduce stress"),  # too short to cut: English that spells 热度 + ce stays English
    ],
)
def test_pinyin_words_that_spell_a_term_together_read_as_the_term(engine: Engine, typed: str, read: str) -> None:
    assert engine.normalizer.normalize(typed) == read


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("吴江区社工工资多少钱", ("吴江区",)),  # a place `places` does not list: two characters and a suffix
        ("北京市朝阳区社工待遇", ("朝阳区",)),  # the city written before it only says where it is
        ("雄安新区社工证有补贴吗", ("雄安新区",)),  # not 安新区 as well
        ("在社区做社工工资多少", ()),  # words that end like a place but name none
        ("社工和社区工作者有什么区别", ()),
        ("全省有多少社工", ()),
        ("北京每个区都有社工指导中心吗", ("北京",)),
        ("临清社工一个月多少钱", ("临清",)),  # a city's name alone, from `unlisted_places: names`
        ("临清市社工工资多少", ("临清市",)),  # the name with its suffix is one place
        ("张家港市社工待遇", ("张家港市",)),  # not 家港市
        ("安宁疗护社工工资多少", ()),  # hospice care: 安宁 names no place here
        ("社工是否适合作为长期职业", ()),  # 适合 + 作为, not the city 合作
        ("登记机关是省民政厅吗", ()),  # the provincial body: no place 关是省
        ("要去省民政厅登记吗", ()),
        ("到威海市考的证", ("威海市",)),
    ],
)
def test_places_the_vocabulary_does_not_list_are_read_by_their_name_or_ending(
    engine: Engine, question: str, places: tuple[str, ...]
) -> None:
    assert engine.normalizer.named(engine.normalizer.normalize(question)).places == places


def test_places_typed_in_pinyin_read_as_places_whatever_reading_a_character_has(engine: Engine) -> None:
    assert engine.normalizer.named(engine.normalizer.normalize("chengdu shegong gongzi")).places == ("成都",)


def test_a_near_entry_about_what_is_asked_is_given_not_declined_as_uncovered(engine: Engine) -> None:
    match = engine.match("社工师报名需要什么")  # another level's entry ranks first; the intermediate one is close
    assert match.uncovered is None  # it is not declined as a question no entry covers
    assert match.entry is not None and match.entry.id == "eligibility-intermediate"


def test_an_entry_that_has_little_of_what_is_asked_is_offered_not_given(engine: Engine) -> None:
    match = engine.match("有没有香港人一辈子做社工的")  # shares 香港人 with the residents' entry, asks something else
    assert match.entry is None
    assert [e.id for e in match.suggestions][:1] == ["hmt-residents"]


@pytest.mark.parametrize(
    "question",
    [
        "can my cousin in the army sit the social work exam",
        "is the exam conducted online or on paper",
        "plumber exam requirements in china",  # words in many entries' phrasings (exam, requirements) weigh little
        "how lonely is social work",
    ],
)
def test_english_read_from_a_few_known_words_is_offered_not_answered(knowledge: KnowledgeBase, question: str) -> None:
    lenient = Thresholds(max_unknown_latin=1.0, max_unknown_alone=1.0)
    assert Engine(knowledge, lenient).match(question).entry is not None  # it would answer
    match = Engine(knowledge).match(question)
    assert match.entry is None and match.suggestions


@pytest.mark.parametrize(
    "question",
    ["Who needs to get continuing education hours?", "How many people took the national social work exam in 2022?"],
)
def test_english_whose_few_known_words_point_at_one_entry_only_is_answered(
    knowledge: KnowledgeBase, question: str
) -> None:
    assert Engine(knowledge, Thresholds(max_unknown_alone=0.35)).match(question).entry is None  # else offered
    assert Engine(knowledge).match(question).entry is not None


def test_a_condition_before_the_question_does_not_turn_a_clear_answer_into_suggestions(engine: Engine) -> None:
    # Alone, 可以直接报考中级…吗 leans to the graduates' entry by a hair; the whole asks for the intermediate rules.
    assert answer_id(engine, "不考初级,可以直接报考中级社会工作者考试吗?") == "eligibility-intermediate"


def test_latin_joining_words_are_read_whole() -> None:
    question = "how much demand is there for social workers"  # `and` inside `demand` joins nothing
    assert parts_of(question) == [(question, question)]


def test_senior_citizens_are_not_the_senior_level(engine: Engine) -> None:
    normalize, named = engine.normalizer.normalize, engine.normalizer.named
    assert named(normalize("how do social workers help senior citizens")).levels == ()
    assert named(normalize("senior social worker exam requirements")).levels == ("高级社工师",)


def test_english_shorthand_reads_as_the_word_before_anything_else(engine: Engine) -> None:
    normalize = engine.normalizer.normalize
    assert normalize("how many ppl from hong kong") == normalize("how many people from hong kong")
    assert normalize("how many times a yr") == normalize("how many times a year")
    assert normalize("pplx yrly") == "pplx yrly"  # only whole words


def test_a_replaced_engine_is_freed_at_once_after_reading_places(knowledge: KnowledgeBase) -> None:
    """The caches an engine fills while reading a place (宁波: the entries whose facts hold there) keep no engine
    alive, so a reload frees the old knowledge base without waiting for the garbage collector."""
    engine = Engine(knowledge)
    engine.match("宁波社工前景怎么样")
    gone = [weakref.ref(engine), weakref.ref(engine._ranker)]  # the ranker holds the index, the most memory
    gc.disable()
    try:
        del engine
        assert [ref() for ref in gone] == [None, None]
    finally:
        gc.enable()
