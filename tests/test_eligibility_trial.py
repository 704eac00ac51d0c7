"""What a newcomer's trial found in the verdicts and the /check self-test, in conversation, in Simplified, Traditional
and English: a level typed as another word of its sound (助里社工师); a certificate's age said with 刚好; a
certificate obtained years ago in English; years of a job plainly not social work beside a workplace (在公司做销售);
several jobs after a certificate; a certificate said not held (还没考中级, 跳过初级) or a level asked as sat directly;
a this-year graduate (今年7月毕业) told the level open now; ordinary ways of asking (够吗, 来得及吗, is that enough);
a situation told over several messages; and in /check, years beyond the last button (十年), 大学, cancelling, a
follow-up to its verdict (那初级呢) and answers typed in Traditional."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.answerer import Answerer
from bot.core.eligibility import reading
from bot.core.text import to_simplified
from tests.helpers import Ask
from tests.test_chat import talk
from tests.test_eligibility_stage import verdict_text

WORK_COUNTS = (
    "规定所称社会工作，指在社会福利、社会救助、慈善事业、残障康复、优抚安置、卫生服务、青少年服务、司法矫治等机构"
    "从事专门性社会服务；"
)
INTERMEDIATE_FIRST = "按2018年评价办法，本科报考高级社会工作师需通过全国考试取得社会工作师证书后从事社会工作满5年；"


@pytest.fixture
def in_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot reads questions as on 1 May 2026."""
    monkeypatch.setattr(reading, "today", lambda: date(2026, 5, 1))


@pytest.mark.parametrize(
    "question",
    [
        "我是大专社工专页，工作两年，能考助里社工师吗",  # 助里: 助理 typed by its sound
        "我是大專社工專頁，工作兩年，能考助里社工師嗎",
        "大专社工专业，工作两年，能考初及吗",  # 初及: 初级
    ],
)
def test_a_level_typed_as_another_word_of_its_sound_is_that_level(ask: Ask, question: str) -> None:
    said = verdict_text(ask(question))
    assert said.startswith(
        "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；如果这2年都算从事社会工作，你已满2年，可以报考"
    ), said
    assert "社会工作师需从事社会工作满4年" not in said, said


@pytest.mark.parametrize(
    "question",
    [
        "中专学历，助理证拿了刚好6年，一直做社工，可以考中级了吗",
        "中專學歷，助理證拿了剛好6年，一直做社工，可以考中級了嗎",
        "高中，拿到初级证整整6年了，一直在社工站，能报中级吗",
    ],
)
def test_a_certificates_age_said_as_just_so_many_years_counts_the_years_after_it(ask: Ask, question: str) -> None:
    assert verdict_text(ask(question)) == (
        "按2006年规定，高中/中专报考社会工作师需通过全国考试取得助理社会工作师证书后从事社会工作满6年；"
        "按6年前取得证书后一直从事社会工作算，到今年年底满6年，你可以报考。"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Can I take the senior social worker exam with a bachelor's degree and the intermediate certificate obtained "
        "3 years ago?",
        "I have a bachelor's and passed the intermediate exam three years ago. Senior?",
        "本科，中级证是3年前拿的，能考高级吗",
    ],
)
def test_a_certificate_obtained_years_ago_is_the_reason_in_english_too(ask: Ask, question: str) -> None:
    assert verdict_text(ask(question)) == (
        f"{INTERMEDIATE_FIRST}这5年从取得社会工作师证书后算起，你取得证书到今年年底满3年，不满5年，暂不能报考。"
    )


@pytest.mark.parametrize(
    "question",
    [
        "我大专学的社工，毕业后在公司做了三年销售，今年进社工站，能考初级吗",
        "我大專學的社工，畢業後在公司做了三年銷售，今年進社工站，能考初級嗎",
        "I studied social work at junior college, worked 3 years in sales at a company, and joined a social work "
        "station this year. Can I sit the assistant exam?",
    ],
)
def test_years_of_sales_at_a_company_are_not_counted_and_the_social_work_years_are_said(
    ask: Ask, question: str
) -> None:
    lead, rule = verdict_text(ask(question)).splitlines()
    assert lead.startswith("规定算的是“从事社会工作”的年限") and "销售的工作算不算这样的社会服务" in lead, lead
    assert lead.endswith("下面按不算来判断，你说的3年不计入从事社会工作的年限。"), lead
    assert rule == (
        "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；"
        "不算销售的3年，你还没有从事社会工作的年限，还差2年。"
    )


@pytest.mark.parametrize(
    "question",
    [
        "硕士学历，社工师证书2020年取得，之后在社区做了三年，然后转社工机构做了两年，能报高级吗",
        "碩士學歷，社工師證書2020年取得，之後在社區做了三年，然後轉社工機構做了兩年，能報高級嗎",
        "I have a master's and got the intermediate certificate in 2020. After that I worked 3 years in a community "
        "centre, then 2 years at a social work agency. Can I sit the senior exam?",
    ],
)
def test_several_jobs_after_a_certificate_are_added_up_as_years_after_it(
    ask: Ask, in_2026: None, question: str
) -> None:
    assert verdict_text(ask(question)).splitlines() == [
        "你说的几段工作年限加起来算：社区3年、社工机构2年，共5年。",
        "按2018年评价办法，硕士报考高级社会工作师需通过全国考试取得社会工作师证书后从事社会工作满5年；"
        "如果社区的3年也算从事社会工作，你共满5年，可以报考，否则暂不能。"
        "2018年评价办法还要求报考者拥护中国共产党的领导，遵守宪法和法律，热爱社会工作，具有良好的职业道德。",
        f"{WORK_COUNTS}社区的工作算不算，以当年报考通知和当地资格审核为准。",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "我还没考中级，本科社工专业工作10年了，能不能直接考高级",
        "我還沒考中級，本科社工專業工作10年了，能不能直接考高級",
        "I haven't taken the intermediate exam yet. I have a bachelor's in social work and 10 years of experience. "
        "Can I go straight to the senior exam?",
    ],
)
def test_the_intermediate_certificate_said_not_held_is_the_reason_and_the_intermediate_level_is_open(
    ask: Ask, question: str
) -> None:
    senior, intermediate, *_ = verdict_text(ask(question)).splitlines()
    assert senior == f"{INTERMEDIATE_FIRST}没有社会工作师证书暂不能报考。", senior
    assert intermediate.startswith("按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；"), intermediate
    assert intermediate.endswith("你已满10年，可以报考，否则暂不能。"), intermediate


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("我只有高中，做了7年社工，能不能跳过初级直接考中级", "没有助理社会工作师证书暂不能报考。"),
        ("我只有高中，做了7年社工，能不能跳過初級直接考中級", "没有助理社会工作师证书暂不能报考。"),
        (
            "High school, 7 years as a social worker. Can I skip the assistant level and sit the intermediate exam "
            "directly?",
            "没有助理社会工作师证书暂不能报考。",
        ),
        (  # asked as sat directly, no certificate said: the certificate comes first
            "高中，做社工7年，能直接考中级吗",
            "不能直接报考：要先取得助理社会工作师证书，这6年从取得证书后才开始算，暂不能报考。",
        ),
    ],
)
def test_the_level_skipped_is_neither_held_nor_asked_and_the_assistant_level_is_open(
    ask: Ask, question: str, reason: str
) -> None:
    assert verdict_text(ask(question)).splitlines() == [
        "按2006年规定，高中/中专报考社会工作师需通过全国考试取得助理社会工作师证书后从事社会工作满6年；" + reason,
        "按2006年规定，高中/中专报考助理社会工作师需从事社会工作满4年；你已满7年，可以报考。",
    ]


def test_with_a_degree_that_needs_no_certificate_the_intermediate_level_may_be_sat_directly(ask: Ask) -> None:
    said = verdict_text(ask("我做社工8年了，学历是大专，专业是社会工作，初级中级都没考过，现在能直接考中级吗"))
    assert said == "按2006年规定，社工专业大专报考社会工作师需从事社会工作满4年；你已满8年，可以报考。", said


@pytest.mark.parametrize(
    "question",
    [
        "我今年7月本科毕业，社会工作专业，今年就能考中级吗",
        "我今年7月本科畢業，社會工作專業，今年就能考中級嗎",
        "I graduated this July with a bachelor's in social work. Can I sit the intermediate exam this year?",
    ],
)
def test_a_graduate_of_this_year_has_no_years_yet_and_is_told_the_level_open_now(ask: Ask, question: str) -> None:
    assert verdict_text(ask(question)).splitlines() == [
        "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；你还没有社会工作年限，还差3年。",
        "按2006年规定，社工专业本科报考助理社会工作师不要求工作年限；可以报考。",
    ]


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "大专护理专业，做社工5年，考中级够吗",
            "按2006年规定，其他专业大专报考社会工作师需从事社会工作满6年（社工专业4年，其他专业加2年）；你做了5年，还差1年。",
        ),
        (
            "大專護理專業，做社工5年，考中級夠嗎",
            "按2006年规定，其他专业大专报考社会工作师需从事社会工作满6年（社工专业4年，其他专业加2年）；你做了5年，还差1年。",
        ),
        (
            "Diploma in nursing, 5 years as a social worker. Is that enough for the intermediate exam?",
            "按2006年规定，其他专业大专报考社会工作师需从事社会工作满6年（社工专业4年，其他专业加2年）；你做了5年，还差1年。",
        ),
        (
            "我儿子大专学的社会工作，毕业在社工站干了一年半，今年想报初级，来得及吗？算到年底能满两年",
            "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；"
            "年限算到报名当年年底，他说到今年年底满2年，今年报名可以报考。",
        ),
        (
            "I hold a PhD in sociology and worked 1 year at an NGO. Intermediate exam?",
            "按2006年规定，其他专业博士报考社会工作师需从事社会工作满2年（社工专业0年，其他专业加2年）；你做了1年，还差1年。",
        ),
    ],
)
def test_ordinary_ways_of_asking_get_the_verdict(ask: Ask, question: str, says: str) -> None:
    said = verdict_text(ask(question))
    assert said.splitlines()[0] == says, said


@pytest.mark.parametrize(
    "messages",
    [
        ("本人本科，学的是会计", "在社工机构干了三年", "能考中级吗"),
        ("本人本科，學的是會計", "在社工機構幹了三年", "能考中級嗎"),
        ("I have a bachelor's in accounting", "I've worked 3 years at a social work agency", "Intermediate?"),
    ],
)
def test_a_situation_told_over_several_messages_is_judged_as_a_whole(ask: Ask, messages: tuple[str, ...]) -> None:
    degree, years, level = messages
    assert "还需要知道：已有的证书、从事社会工作的年限" in verdict_text(ask(degree))
    assert "其他专业本科报考助理社会工作师需从事社会工作满2年；你已满3年，可以报考。" in verdict_text(ask(years))
    assert verdict_text(ask(level)) == (
        "按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年（社工专业3年，其他专业加2年）；你做了3年，还差2年。"
    )


def test_details_said_alone_after_a_verdict_still_swap_its_details(ask: Ask) -> None:
    ask("大专社工专业做了4年社工，能考中级吗")
    said = verdict_text(ask("本科社工"))  # not of oneself: the level asked before is kept
    assert said == "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；你已满4年，可以报考。", said


def offered(answerer: Answerer, state: str) -> list[str]:
    """The states the choices of a step of the check lead to."""
    return [button.value for row in answerer.check(state).buttons for button in row]


@pytest.mark.parametrize(("typed", "years"), [("十年", "10"), ("10年", "10"), ("10 years", "10"), ("拾年", None)])
def test_years_typed_beyond_the_last_button_are_kept_as_given(answerer: Answerer, typed: str, years: str) -> None:
    at_years = "i.ss.o.-.-"  # 其他专业硕士 asked for 社会工作师: the years are asked next
    state = answerer.flow.typed(offered(answerer, at_years), typed)
    if years is None:  # not read as years: asked again
        assert state is None
        return
    assert state == f"i.ss.o.6+{years}.-"
    assert answerer.check(state).text.startswith(
        "自测结果：\n按2006年规定，其他专业硕士报考社会工作师需从事社会工作满3年（社工专业1年，其他专业加2年）；"
        f"你已满{years}年，可以报考。"
    )


@pytest.mark.parametrize("state", ["i.ss.o.10.-", "i.ss.o.6+5.-", "i.ss.o.6+x.-", "i.x.-.-.-"])
def test_a_state_the_flow_never_writes_is_not_valid(answerer: Answerer, state: str) -> None:
    assert not answerer.flow.valid(state)


def test_university_at_the_education_question_asks_which_of_junior_college_and_bachelor(answerer: Answerer) -> None:
    replies = list(talk(answerer, "/check", "中级", "大学", "2", "1", "3").replies())
    assert replies[2] == "助手：你的最高学历是？\n  1. 大专\n  2. 本科", replies[2]
    assert replies[-1].startswith(
        "助手：自测结果：\n按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；你已满3年，可以报考。"
    ), replies[-1]
    traditional = list(talk(answerer, "/check", "中級", "大學").replies())
    assert traditional[-1] == "助手：你的最高學歷是？\n  1. 大專\n  2. 本科", traditional[-1]


@pytest.mark.parametrize("cancel", ["取消", "算了不测了", "算了，不測了", "cancel"])
def test_the_check_can_be_left_with_a_word(answerer: Answerer, cancel: str) -> None:
    replies = list(talk(answerer, "/check", "2", cancel, "4").replies())
    assert to_simplified(replies[2]).startswith("助手：已退出自测"), replies[2]
    assert "自测结果" not in replies[3] and "社会工作专业吗" not in replies[3], replies[3]  # 4 is no check answer now


@pytest.mark.parametrize(
    ("state", "follow_up", "says"),
    [
        (
            "i.dz.s.4.-",
            "那初级呢",
            "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；你已满4年，可以报考。",
        ),
        (
            "i.dz.s.4.-",
            "那初級呢",
            "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；你已满4年，可以报考。",
        ),
        (
            "i.dz.s.4.-",
            "What about the assistant level?",
            "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；你已满4年，可以报考。",
        ),
        (
            "i.dz.s.4.-",
            "如果是本科呢",
            "按2006年规定，社工专业本科报考社会工作师需从事社会工作满3年；你已满4年，可以报考。",
        ),
        (  # the years after the certificate of a 中级 check are not taken for years after another
            "i.bk.s.6.-",
            "那高级呢",
            "按2018年评价办法，本科报考高级社会工作师需通过全国考试取得社会工作师证书后从事社会工作满5年。",
        ),
    ],
)
def test_a_follow_up_to_a_check_verdict_keeps_its_details(
    answerer: Answerer, state: str, follow_up: str, says: str
) -> None:
    step = answerer.flow.step(state)
    assert step.done and step.read_as is not None
    said = verdict_text(answerer.ask(follow_up, step.read_as))
    assert said.splitlines()[0] == says, said


def test_a_check_answered_in_traditional_goes_on_in_traditional(answerer: Answerer) -> None:
    replies = list(talk(answerer, "/check", "初級", "高中", "兩年").replies())
    assert replies[1].startswith("助手：你的最高學歷是？"), replies[1]
    assert replies[2].startswith("助手：你從事社會工作滿幾年了？"), replies[2]
    assert replies[3].startswith(
        "助手：自測結果：\n按2006年規定，高中/中專報考助理社會工作師需從事社會工作滿4年；你做了2年，還差2年。"
    ), replies[3]
