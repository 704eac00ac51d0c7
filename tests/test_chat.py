"""The terminal chat, driven like a conversation: push a line in, pop the reply out."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

import pytest

from bot.core.answerer import Answerer
from bot.terminal import chat


class Conversation:
    """Feeds lines to the chat one at a time and collects everything it writes."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = deque(lines)
        self.output: list[str] = []

    def read(self, prompt: str) -> str:
        if not self.lines:
            raise EOFError
        line = self.lines.popleft()
        if line == "^C":
            raise KeyboardInterrupt
        return line

    def write(self, text: str) -> None:
        self.output.append(text)

    def replies(self) -> Iterator[str]:
        return (text for text in self.output if text.startswith("助手："))


def talk(answerer: Answerer, *lines: str) -> Conversation:
    conversation = Conversation(list(lines))
    chat(answerer, conversation.read, conversation.write)
    return conversation


def test_greeting_says_what_it_answers(answerer: Answerer) -> None:
    conversation = talk(answerer)
    assert "社工问答助手" in conversation.output[0]
    assert "话题" in conversation.output[1]
    assert conversation.output[-1] == "\n再见！"


def test_question_then_related_choice(answerer: Answerer) -> None:
    replies = list(talk(answerer, "宁波考社工证有奖励吗", "1").replies())
    assert "1500元/人" in replies[0]
    assert "  1. 台州考社工证有奖励吗？" in replies[0]
    assert replies[1].startswith("助手：据2023年《浙江日报》报道，台州")


def test_topics_then_a_topic_then_a_question(answerer: Answerer) -> None:
    replies = list(talk(answerer, "话题", "6", "1").replies())
    assert replies[0].startswith("助手：请选择话题：\n  1. 认识社工")
    assert replies[1].startswith("助手：北京社工：\n  1. 北京有多少社工？")
    assert "7.96万人" in replies[2]


def test_suggestions_are_numbered(answerer: Answerer) -> None:
    replies = list(talk(answerer, "北京社工", "4").replies())
    assert replies[0].startswith("助手：您是不是想问：\n  1. ")
    assert "  4. 都不是" in replies[0]
    assert "没有可靠的资料" in replies[1]


@pytest.mark.parametrize("ending", ["退出", "^C"])
def test_clean_exit(answerer: Answerer, ending: str) -> None:
    conversation = talk(answerer, "社工是什么", ending, "never read")
    assert conversation.lines == deque(["never read"])
    assert conversation.output[-1].endswith("再见！")


@pytest.mark.parametrize("start", ["/check", "check", "自测"])
def test_the_eligibility_check_in_the_terminal(answerer: Answerer, start: str) -> None:
    replies = list(talk(answerer, start, "1", "3", "1", "2").replies())  # asked how many years, 2 is 2年
    assert replies[0] == (
        "助手：报考条件自测：回答几个问题，我按考试规定告诉你能否报考。\n你想报考哪个级别？\n"
        "  1. 助理社会工作师（初级）\n  2. 社会工作师（中级）\n  3. 高级社会工作师"
    )
    assert replies[1].startswith("助手：你的最高学历是？\n  1. 初中及以下\n  2. 高中/中专\n  3. 大专")
    assert replies[2] == "助手：你学的是社会工作专业吗？\n  1. 社会工作专业\n  2. 其他专业"
    assert replies[3].startswith("助手：你从事社会工作满几年了？")
    assert replies[4] == (
        "助手：自测结果：\n按2006年规定，社工专业大专报考助理社会工作师需从事社会工作满2年；你已满2年，可以报考。\n"
        "\n📅 数据时间：2006年规定\n"
        "📰 来源：《社会工作者职业水平评价暂行规定》及考试实施办法（国人部发〔2006〕71号）；以当年官方报考通知为准\n"
        "  1. 🔄 重新自测\n  2. 浏览全部话题"
    )


def test_the_eligibility_check_in_traditional_keeps_its_script(answerer: Answerer) -> None:
    replies = list(talk(answerer, "自測", "3", "2", "1", "3").replies())
    assert replies[0].endswith(
        "你想報考哪個級別？\n  1. 助理社會工作師（初級）\n  2. 社會工作師（中級）\n  3. 高級社會工作師"
    )
    assert replies[1].startswith("助手：你的最高學歷是？")
    assert replies[2] == (
        "助手：自測結果：\n按2018年評價辦法，報考高級社會工作師至少需本科學歷，高中/中專暫不能報考。\n"
        "\n📅 數據時間：2018年評價辦法\n"
        "📰 來源：《高級社會工作師評價辦法》（人力資源和社會保障部、民政部，2018年）；"
        "以當年官方通知和本省評審規定為準\n"
        "  1. 🔄 重新自測\n  2. 瀏覽全部話題"
    )
    assert replies[3].startswith("助手：報考條件自測：")
    assert replies[4].startswith("助手：你的最高學歷是？")


def test_a_number_with_no_such_choice_asks_again_and_keeps_the_choices(answerer: Answerer) -> None:
    replies = list(talk(answerer, "/check", "9", "1").replies())
    assert replies[1].startswith("助手：请输入 1 到 3 之间的数字，或者直接提问：\n  1. 助理社会工作师（初级）")
    assert replies[2].startswith("助手：你的最高学历是？")  # the check goes on


def test_help_in_the_terminal_speaks_of_the_terminal_and_goodbye_words_quit(answerer: Answerer) -> None:
    conversation = talk(answerer, "帮助", "拜拜", "never read")
    help_text = next(conversation.replies())
    assert "自测" in help_text and "退出" in help_text and "@" not in help_text
    assert conversation.lines == deque(["never read"])


def test_goodbye_keeps_the_conversations_script(answerer: Answerer) -> None:
    assert talk(answerer, "社工是什麼？", "退出").output[-1].endswith("再見！")
    assert talk(answerer, "再見").output[-1].endswith("再見！")
    assert talk(answerer, "社工是什么", "退出").output[-1].endswith("再见！")


@pytest.mark.parametrize("slip", ["-1", "3.5", "0"])
def test_a_number_that_is_no_choice_keeps_the_check_going(answerer: Answerer, slip: str) -> None:
    replies = list(talk(answerer, "/check", slip, "社会工作师（中级）").replies())
    assert replies[1].startswith("助手：请输入 1 到 3 之间的数字")
    assert replies[2].startswith("助手：你的最高学历是？")  # the choice typed out is taken as its number


def test_a_short_word_that_is_no_choice_keeps_the_check_going(answerer: Answerer) -> None:
    replies = list(talk(answerer, "/check", "初级", "大专", "不知道").replies())  # 护理 is read: another major
    assert replies[3].startswith("助手：请输入 1 到 2 之间的数字，或者直接提问：\n  1. 社会工作专业")  # not declined


@pytest.mark.parametrize(("said", "major"), [("是", "社工专业大专"), ("不是", "其他专业大专")])
def test_a_yes_or_no_answers_a_question_of_two_choices(answerer: Answerer, said: str, major: str) -> None:
    replies = list(talk(answerer, "/check", "初级", "大专", said, "3").replies())
    assert major in replies[4]  # 是: the first choice (社会工作专业); 不是: the second


def test_one_choice_asks_for_that_number(answerer: Answerer) -> None:
    replies = list(talk(answerer, "你好", "5").replies())
    assert replies[1].startswith("助手：请输入 1，或者直接提问：")


def test_start_greets_with_the_topics(answerer: Answerer) -> None:
    replies = list(talk(answerer, "/start").replies())
    assert "  1. 认识社工" in replies[0]


def test_in_the_check_part_of_a_choice_will_do(answerer: Answerer) -> None:
    replies = list(talk(answerer, "/check", "中级", "本科", "其他专业", "3年").replies())
    assert replies[1].startswith("助手：你的最高学历是？")
    assert replies[4].startswith("助手：自测结果：\n按2006年规定，其他专业本科报考社会工作师需从事社会工作满5年")
    starts = list(talk(answerer, "/check", "社会工作师").replies())  # the one label it begins
    assert starts[1].startswith("助手：你的最高学历是？")


def test_in_the_check_the_years_are_typed_as_years_never_as_a_choices_number(answerer: Answerer) -> None:
    replies = list(talk(answerer, "/check", "2", "4", "2", "-1", "4", "/check", "2", "4", "2", "10").replies())
    assert replies[3] == (  # listed without numbers: 5 can only mean 5年, never the fifth choice
        "助手：你从事社会工作满几年了？（算到报名当年年底）\n"
        "  0年、1年、2年、3年、4年、5年、6年及以上（输入年数，例如 3）"
    )
    assert replies[4].startswith("助手：请输入年数（例如 3 或 2.5），或者直接提问：\n  0年、1年")
    assert "；你做了4年，还差1年。" in replies[5]  # 4 is 4年
    assert "；你已满10年，可以报考。" in replies[10]  # 10 is 10年, as typed (beyond the last button, 6年及以上)


def test_in_the_check_one_with_several_degrees_is_told_how_to_choose(answerer: Answerer) -> None:
    replies = list(talk(answerer, "/check", "中级", "7", "大专", "社会工作专业", "4").replies())
    assert replies[1].endswith("  6. 博士\n  7. 有几个学历？")
    assert replies[2].startswith("助手：有几个学历的：用其中任何一个学历（和它的专业）符合报考条件，就可以报考；")
    assert replies[2].endswith(
        "请选一个学历：\n  1. 初中及以下\n  2. 高中/中专\n  3. 大专\n  4. 本科\n  5. 硕士\n  6. 博士"
    )
    assert "社工专业大专报考社会工作师需从事社会工作满4年；你已满4年，可以报考。" in replies[5]


def test_the_hint_for_several_degrees_keeps_the_checks_script(answerer: Answerer) -> None:
    replies = list(talk(answerer, "自測", "2", "7").replies())
    assert replies[2].startswith("助手：有幾個學歷的：用其中任何一個學歷")


def test_a_degree_said_after_du_de_and_a_level_swapped_after_it(answerer: Answerer) -> None:
    replies = list(talk(answerer, "我读的大专，社工专业，做了2年，能考初级吗", "那中级呢").replies())
    assert (
        "社工专业大专报考助理社会工作师需从事社会工作满2年；如果这2年都算从事社会工作，你已满2年，可以报考"
        in replies[0]
    )
    assert "社工专业大专报考社会工作师需从事社会工作满4年；你做了2年，还差2年。" in replies[1]


def test_a_senior_level_swapped_in_names_the_missing_certificate_not_the_years(answerer: Answerer) -> None:
    replies = list(
        talk(answerer, "本科会计做了3年社工，能考中级吗", "高级呢", "我是教师，本科，教书5年，能考中级吗").replies()
    )
    assert "你做了3年，还差2年。" in replies[0]
    assert "不能直接报考：要先取得社会工作师证书，这5年从取得证书后才开始算，暂不能报考。" in replies[1]
    assert "不满5年" not in replies[1]
    left_to_review = "教书的工作算不算这样的社会服务，以当年报考通知和当地资格审核为准；下面按不算来判断"
    assert left_to_review in replies[2]  # plainly not social work, but the review decides
    assert "不算教书的5年，你还没有从事社会工作的年限" in replies[2] and "如果这5年都算" not in replies[2]


def test_an_honest_reply_is_the_thread_a_follow_up_continues(answerer: Answerer) -> None:
    replies = list(talk(answerer, "社工证怎么考", "台州高级社工有奖励吗", "宁波高级呢").replies())
    assert replies[1].startswith("助手：关于台州的高级社工师的奖励")
    assert "高级（高级社会工作师）：5000元/人" in replies[2] and "评审" not in replies[2]
