"""Follow-ups to an eligibility verdict in conversation — a bare level, pinyin, English — question in, reply and
buttons out."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from bot.core.text import to_simplified
from tests.helpers import Ask, answered, verdict_of

FIRST = "我大专会计，做了3年社工，能考初级吗"  # 其他专业大专: 4 years for the assistant level, 6 for 社会工作师
INTERMEDIATE = (
    "按2006年规定，其他专业大专报考社会工作师需从事社会工作满6年（社工专业4年，其他专业加2年）；你做了3年，还差3年。"
)
BACHELOR = "按2006年规定，其他专业本科报考助理社会工作师需从事社会工作满2年；你已满3年，可以报考。"


@pytest.mark.parametrize("follow_up", ["中级", "中级？", "中級", "社工师", "zhongji", "zhongji ne", "na zhongji ne"])
def test_a_level_alone_after_a_verdict_swaps_the_level(ask: Ask, follow_up: str) -> None:
    verdict_of(ask(FIRST))
    said = verdict_of(ask(follow_up))
    assert to_simplified(said).startswith(INTERMEDIATE), said  # in Traditional after 中級


def test_a_bare_level_follows_each_verdict_in_turn(ask: Ask) -> None:
    verdict_of(ask(FIRST))
    assert verdict_of(ask("高级？")).startswith("按2018年评价办法，报考高级社会工作师至少需本科学历，大专暂不能报考。")
    assert verdict_of(ask("中级")).startswith(INTERMEDIATE)


@pytest.mark.parametrize(
    ("follow_up", "says"),
    [
        ("benke ne", BACHELOR),
        ("na benke ne", BACHELOR),
        ("and with a bachelor's?", BACHELOR),
        ("what about a bachelor's degree?", BACHELOR),
        ("what if I had a bachelor's?", BACHELOR),
        ("what about intermediate?", INTERMEDIATE),
        (
            "ruguo shi shehui gongzuo zhuanye ne",
            "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；你已满3年，可以报考。",
        ),
        (
            "and if I studied social work?",
            "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；你已满3年，可以报考。",
        ),
    ],
)
def test_a_follow_up_in_pinyin_or_english_swaps_a_detail(ask: Ask, follow_up: str, says: str) -> None:
    verdict_of(ask(FIRST))
    said = verdict_of(ask(follow_up))
    assert said.startswith(says), said


def test_follow_ups_in_english_keep_what_each_one_before_them_swapped(ask: Ask) -> None:
    verdict_of(ask("I have a bachelor's in psychology and worked 3 years at an NGO, can I take the assistant exam?"))
    intermediate = verdict_of(ask("what about intermediate?"))
    assert intermediate.startswith("按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年"), intermediate
    master = verdict_of(ask("what if I had a master's?"))
    assert master.startswith("按2006年规定，其他专业硕士报考社会工作师需从事社会工作满3年"), master


@pytest.mark.parametrize(
    "message",
    ["中级考几科", "what about the exam fee?", "宁波呢", "zhongji kao ji ke", "and Ningbo?", "中级社工工资多少"],
)
def test_a_level_or_detail_with_a_question_of_its_own_is_not_read_as_a_follow_up(ask: Ask, message: str) -> None:
    verdict_of(ask(FIRST))
    reply = ask(message)
    assert reply.match is not None or reply.outcome is not Outcome.ANSWERED, reply.text
    assert "你做了3年" not in reply.text and "还差" not in reply.text, reply.text


@pytest.mark.parametrize("message", ["中级", "zhongji ne", "what about intermediate?", "benke ne"])
def test_a_level_or_detail_alone_with_no_verdict_before_it_gets_no_verdict(ask: Ask, message: str) -> None:
    ask("社工证怎么考")
    reply = ask(message)
    assert "你做了" not in reply.text and "还差" not in reply.text and "你已满" not in reply.text, reply.text


def test_a_level_said_to_be_held_after_a_verdict_is_a_certificate_not_the_level_asked(ask: Ask) -> None:
    verdict_of(ask("本科，做了6年社工，能考高级吗"))
    said = verdict_of(ask("我是中级社工师"))
    assert said.startswith("按2018年评价办法，本科报考高级社会工作师需通过全国考试取得社会工作师证书后"), said
    assert "你说的6年若都在取得证书之后" in said, said


@pytest.mark.parametrize(("follow_up", "years"), [("那我做满5年呢", 5), ("那要是做满5年呢", 5), ("等我干够6年呢", 6)])
def test_years_reached_later_are_a_follow_up(ask: Ask, follow_up: str, years: int) -> None:
    verdict_of(ask("本科会计做了3年社工能考中级吗"))  # 其他专业本科: 5 years
    said = verdict_of(ask(follow_up))
    assert said.startswith("按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年"), said
    assert f"你已满{years}年，可以报考" in said, said


@pytest.mark.parametrize("follow_up", ["要是5年呢", "5年呢"])
def test_bare_years_after_a_verdict_on_the_certificates_age_swap_that_age(ask: Ask, follow_up: str) -> None:
    assert "不满5年" in verdict_of(ask("我拿到中级证3年了，本科，能报高级吗"))
    said = verdict_of(ask(follow_up))  # five years held: no longer short of them, the years of work are asked
    assert "不满5年" not in said and "还需要知道：从事社会工作的年限" in said, said


@pytest.mark.parametrize(
    ("rules", "follow_up", "says"),
    [
        ("初级报考条件", "那高中呢", "按2006年规定，高中/中专报考助理社会工作师需从事社会工作满4年。"),
        ("初級報考條件", "那高中呢", "按2006年規定，高中/中專報考助理社會工作師需從事社會工作滿4年。"),
        ("中级报考条件是什么", "我是大专会计，做了3年", INTERMEDIATE),
        ("初级报考条件", "what if I have a master's?", "按2006年规定，社工专业硕士报考助理社会工作师不要求工作年限"),
    ],
)
def test_details_after_a_levels_rules_are_read_as_asking_for_that_level(
    ask: Ask, rules: str, follow_up: str, says: str
) -> None:
    assert "符合下列条件之一" in to_simplified(ask(rules).text)
    said = verdict_of(ask(follow_up))
    assert said.startswith(says), said


def test_another_level_after_a_levels_rules_gets_that_levels_rules(ask: Ask) -> None:
    ask("初级报考条件")
    reply = ask("那中级呢")
    assert reply.outcome is Outcome.ANSWERED and "即可报考社会工作师" in reply.text, reply.text
    assert verdict_of(ask("那高中呢")).startswith("按2006年规定，高中/中专报考社会工作师需"), "the level kept"


@pytest.mark.parametrize(
    "follow_up", ["能考中级吗", "那能考中级吗？", "中级可以报吗", "can I sit the intermediate exam?"]
)
def test_asking_to_sit_another_level_after_a_verdict_keeps_the_askers_details(ask: Ask, follow_up: str) -> None:
    verdict_of(ask(FIRST))
    said = verdict_of(ask(follow_up))
    assert said.startswith(INTERMEDIATE), said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("我讀社工本科，做咗三年，考唔考得中級", "按2006年規定，社工專業本科報考社會工作師需從事社會工作滿3年"),
        ("我本科畢業，讀社會學，做咗兩年社工，考得初級未？", "按2006年規定，其他專業本科報考助理社會工作師"),
    ],
)
def test_cantonese_asking_whether_one_may_sit_gets_a_verdict(ask: Ask, question: str, says: str) -> None:
    said = verdict_of(ask(question))  # 考唔考得, 考得…未: may I sit
    assert said.startswith(says), said


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("考中级一定要先考初级吗", "eligibility-intermediate"),
        ("考中級一定要先考初級嗎", "eligibility-intermediate"),
        ("中级报考条件是什么", "eligibility-intermediate"),
        ("中級報考條件是什麼", "eligibility-intermediate"),
        ("中级要什么条件才能考", "eligibility-intermediate"),
        ("可以跳过初级直接考中级吗", "eligibility-intermediate"),
        ("高级要什么条件", "eligibility-senior"),
        ("高級要什麼條件", "eligibility-senior"),
        ("高级要工作几年", "eligibility-senior"),
        ("what are the requirements for the senior exam?", "eligibility-senior"),
    ],
)
@pytest.mark.parametrize("first", [FIRST, "我本科学的会计，在社区做了三年，能考中级吗"])
def test_a_levels_rule_or_the_order_of_levels_asked_after_a_verdict_gets_the_rule_for_everyone(
    ask: Ask, first: str, question: str, entry: str
) -> None:
    verdict_of(ask(first))
    reply = ask(question)  # names a level, but asks its rule or whether the lower one comes first: not a level swap
    assert answered(reply) == entry, reply.text
    assert "你做了" not in reply.text and "你已满" not in reply.text, reply.text


@pytest.mark.parametrize("question", ["要先考初级吗", "do I need to pass the assistant level first?"])
def test_whether_the_lower_level_comes_first_after_a_verdict_is_no_verdict_on_that_level(
    ask: Ask, question: str
) -> None:
    verdict_of(ask("我本科学的会计，在社区做了三年，能考中级吗"))
    reply = ask(question)  # read with the question before (能考中级, 跳过初级), never the verdict on 初级
    assert answered(reply) == "eligibility-intermediate", reply.text
    assert "报考助理社会工作师需" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("follow_up", "says"),
    [
        ("那中级呢", INTERMEDIATE),
        ("中级可以考吗", INTERMEDIATE),
        ("高级呢", "按2018年评价办法，报考高级社会工作师至少需本科学历，大专暂不能报考。"),
        ("那高级的条件呢", "按2018年评价办法，报考高级社会工作师至少需本科学历，大专暂不能报考。"),
        ("如果是本科呢", BACHELOR),
        ("那做了五年呢", "按2006年规定，其他专业大专报考助理社会工作师需从事社会工作满4年；你已满5年，可以报考。"),
        ("社工专业的要求呢", "按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；你已满3年，可以报考。"),
        ("社工專業的要求呢", "按2006年規定，社工專業大專報考助理社會工作師需從事社會工作滿2年；你已滿3年，可以報考。"),
    ],
)
def test_a_short_swap_after_a_verdict_is_still_a_follow_up(ask: Ask, follow_up: str, says: str) -> None:
    verdict_of(ask(FIRST))
    said = verdict_of(ask(follow_up))  # worded as a swap (…呢), a rule asked of what it swaps in is theirs too
    assert said.startswith(says), said
