"""What the bot says, as plain text and abstract buttons: the core's output, which front ends only render."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from enum import Enum

from bot.core.conversation import SmallTalkReader, Threads
from bot.core.eligibility import read_profile, verdict
from bot.core.engine import Engine, Match
from bot.core.knowledge import About, Entry, KnowledgeBase
from bot.core.text import is_traditional, to_traditional
from bot.journal.store import Asker, Journal

OFFICIAL_EXAM_SITE = "中国人事考试网（www.cpta.com.cn）"
TOPICS_COMMAND = "/topics"
MAX_QUESTION_CHARS = 300  # a longer message is not read: it is no question a FAQ answers
TOO_LONG = (
    f"你的问题有点长（超过{MAX_QUESTION_CHARS}字）。请用一两句话提问，例如：社工证怎么考？"
    f"或发送 {TOPICS_COMMAND} 浏览全部问题。"
)
SLOW_DOWN = "你问得有点快，请稍等一分钟再问。"
CHECK_HINT = "（按你说的情况判断；也可以发送 /check 一步步自测报考条件。）"


class Action(Enum):
    """What pressing a button asks for."""

    ENTRY = "e"  # show an entry's answer
    TOPIC = "t"  # list a topic's questions (value: category id, page)
    TOPICS = "T"  # list all topics
    NONE_OF_THESE = "n"  # none of the suggestions fit
    HELPFUL = "y"  # feedback on an entry
    UNHELPFUL = "x"


@dataclass(frozen=True, slots=True)
class Button:
    """A button: its label and what it asks for."""

    label: str
    action: Action
    value: str = ""
    origin: int | None = None  # the journal id of the question a suggestion answers


class Outcome(Enum):
    """How a question was handled, for the front ends and the maintainers' records."""

    ANSWERED = "answered"
    SUGGESTED = "suggested"
    DECLINED = "declined"
    INFO = "info"  # not a question: a command, a topic list


@dataclass(frozen=True, slots=True)
class Reply:
    """Text to send and rows of buttons under it."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    outcome: Outcome = Outcome.INFO
    match: Match | None = None
    traditional: bool = False  # written in Traditional characters (so are the replies to its buttons)


@dataclass(frozen=True, slots=True)
class InlineCard:
    """One result offered in inline mode: a question, the start of its answer, and the message it sends."""

    entry_id: str
    title: str
    description: str
    reply: Reply


def footer(entry: Entry) -> str:
    """The line under every answer: when its figures are from and where they were published."""
    return "\n".join(f"📅 数据时间：{c.as_of}\n📰 来源：{c.source.citation}" for c in entry.citations)


def uncovered_text(asked: About) -> str:
    """The honest reply to a question about a place, level or measure that no entry covers, naming what was asked."""
    subject = "的".join(part for part in ("、".join(asked.places), "、".join(asked.levels)) if part)
    what = "的".join(part for part in (subject, "、".join(asked.measures) or "情况") if part)
    return (
        f"关于{what}，本助手没有核实过的资料，不作回答，以免给你不准确的信息。\n"
        "请向当地民政部门、人社部门（考试以中国人事考试网的当年通知为准）或用人单位核实。"
    )


def labelled(entry: Entry) -> str:
    """A button label for an entry offered instead: its question, prefixed with the places its facts are about."""
    places = "、".join(entry.about.places)
    return f"{places}的资料：{entry.question}" if places else entry.question


def answer_text(entry: Entry) -> str:
    """An entry's answer as a user sees it, with its footer."""
    return f"{entry.answer.strip()}\n\n{footer(entry)}"


class Responder:
    """Turns questions and button presses into replies; one per knowledge base, shared by every front end."""

    PAGE_SIZE = 8
    INLINE_RESULTS = 5
    DESCRIPTION_CHARS = 60
    POPULAR_DAYS = 7

    def __init__(self, engine: Engine, journal: Journal | None = None, threads: Threads | None = None) -> None:
        self.engine = engine
        self.journal = journal
        self.knowledge: KnowledgeBase = engine.knowledge
        self.threads = threads or Threads()
        self.smalltalk = SmallTalkReader(engine.knowledge.smalltalk)

    def ask(self, question: str, asker: Asker | None = None, chat: Hashable | None = None) -> Reply:
        """The reply to a question, in the script it was written in; recorded in the journal, if there is one.
        An over-long message is answered politely without being read; small talk gets its one line; in a `chat`,
        a follow-up (那台州呢) is read as the chat's last answered question about what it names."""
        if len(question) > MAX_QUESTION_CHARS:
            return in_script_of(question[:MAX_QUESTION_CHARS], Reply(TOO_LONG))
        if (said := self.smalltalk.reply_to(question)) is not None:
            return in_script_of(question, Reply(said, ((Button("浏览全部话题", Action.TOPICS),),)))
        profile = read_profile(question)
        if profile.education is not None and self.knowledge.eligibility:  # a personal eligibility question
            text = verdict(self.knowledge.eligibility, profile).text
            return in_script_of(question, Reply(f"{text}\n{CHECK_HINT}", outcome=Outcome.ANSWERED))
        previous = self.threads.last(chat) if chat is not None else None
        read_as = (self.engine.follow_up(question, previous) if previous else None) or question
        match = self.engine.match(read_as)
        if match.entry is not None and chat is not None:
            self.threads.remember(chat, read_as)
        outcome = Outcome.ANSWERED if match.entry else Outcome.SUGGESTED if match.suggestions else Outcome.DECLINED
        origin = None
        if self.journal is not None:
            origin = self.journal.question(
                asker or Asker("terminal"),
                match.normalized,
                outcome.value,
                match.entry.id if match.entry else None,
                match.score,
                tuple(e.id for e in match.suggestions),
            )
        if match.entry is not None and match.more:
            parts = [f"【{e.question}】\n{answer_text(e)}" for e in (match.entry, *match.more)]
            reply = Reply("\n\n".join(parts), self._answer(match.entry, match).buttons[-1:], Outcome.ANSWERED, match)
        elif match.entry is not None:
            reply = self._answer(match.entry, match)
        elif match.uncovered is not None:
            rows = [(Button(labelled(e), Action.ENTRY, e.id, origin),) for e in match.suggestions]
            reply = Reply(uncovered_text(match.uncovered), tuple(rows), Outcome.DECLINED, match)
        elif match.suggestions:
            rows = [(Button(e.question, Action.ENTRY, e.id, origin),) for e in match.suggestions]
            rows.append((Button("都不是", Action.NONE_OF_THESE, "", origin),))
            reply = Reply("您是不是想问：", tuple(rows), outcome, match)
        else:
            reply = self._decline(match)
        return in_script_of(question, reply)

    def entry(self, entry_id: str, traditional: bool = False) -> Reply | None:
        """An entry's answer by id (a button press), or None when no such entry exists any more."""
        entry = self.knowledge.entries.get(entry_id)
        if entry is None:
            return None
        reply = self._answer(entry, None)
        return convert_reply(reply) if traditional else reply

    def _answer(self, entry: Entry, match: Match | None) -> Reply:
        rows: list[tuple[Button, ...]] = [
            (Button(related.question, Action.ENTRY, related.id),)
            for related_id in entry.related
            if (related := self.knowledge.entries.get(related_id)) is not None
        ]
        rows.append((Button("👍 有帮助", Action.HELPFUL, entry.id), Button("👎 没帮助", Action.UNHELPFUL, entry.id)))
        return Reply(answer_text(entry), tuple(rows), Outcome.ANSWERED, match)

    def press(self, button: Button, traditional: bool = False, asker: Asker | None = None) -> Reply | None:
        """The reply to a button, or None when it refers to something that no longer exists."""
        action, value = button.action, button.value
        self._note(button, asker or Asker("terminal"))
        reply: Reply | None
        if action is Action.ENTRY:
            return self.entry(value, traditional)
        if action is Action.TOPIC:
            category_id, _, page = value.partition(":")
            reply = self.topic(category_id, int(page) if page.isdigit() else 0)
        elif action is Action.TOPICS:
            reply = self.topics()
        elif action is Action.NONE_OF_THESE:
            reply = self._decline(None)
        else:
            reply = Reply("谢谢你的反馈！" if action is Action.HELPFUL else "谢谢反馈，我们会改进这个答案。")
        return convert_reply(reply) if reply is not None and traditional else reply

    def _note(self, button: Button, asker: Asker) -> None:
        """Records a suggestion picked (or 都不是) and feedback on an answer."""
        if self.journal is None:
            return
        if button.action in (Action.ENTRY, Action.NONE_OF_THESE) and button.origin is not None:
            self.journal.pick(asker, button.origin, button.value or None)
        elif button.action in (Action.HELPFUL, Action.UNHELPFUL) and button.value in self.knowledge.entries:
            self.journal.feedback(asker, button.value, button.action is Action.HELPFUL)

    def inline(self, query: str) -> list[InlineCard]:
        """Up to five answers for an inline query, in its script; for an empty one, the most asked of the last week
        (each topic's first question until the journal knows)."""
        traditional = is_traditional(query)
        if query.strip():
            entries = self.engine.top(query, self.INLINE_RESULTS)
        else:
            popular = self.journal.top_entries(self.POPULAR_DAYS, self.INLINE_RESULTS) if self.journal else []
            firsts = [self.knowledge.category_entries(c.id)[0] for c in self.knowledge.categories]
            ids = dict.fromkeys([*(p for p in popular if p in self.knowledge.entries), *(e.id for e in firsts)])
            entries = tuple(self.knowledge.entries[i] for i in ids)[: self.INLINE_RESULTS]
        cards = []
        for entry in entries:
            reply = Reply(answer_text(entry), outcome=Outcome.ANSWERED)
            title, description = entry.question, " ".join(entry.answer.split())[: self.DESCRIPTION_CHARS]
            if traditional:
                reply, title, description = convert_reply(reply), to_traditional(title), to_traditional(description)
            cards.append(InlineCard(entry.id, title, description, reply))
        return cards

    def _decline(self, match: Match | None) -> Reply:
        return Reply(self.decline_text(), ((Button("浏览全部话题", Action.TOPICS),),), Outcome.DECLINED, match)

    def decline_text(self) -> str:
        """What the bot says when it has no reliable answer."""
        return (
            "抱歉，这个问题我没有可靠的资料，不想给你猜测的答案。\n"
            "我能回答：社工是什么、社工考试和证书、考证奖励、社工薪酬与职业发展，以及北京、浙江的社工数据。\n"
            f"发送 {TOPICS_COMMAND} 浏览全部问题；考试报名、时间、费用等以{OFFICIAL_EXAM_SITE}的当年通知为准。"
        )

    def topics(self) -> Reply:
        """All topics as buttons."""
        rows = tuple((Button(c.title, Action.TOPIC, f"{c.id}:0"),) for c in self.knowledge.categories)
        return Reply("请选择话题：", rows)

    def topic(self, category_id: str, page: int = 0) -> Reply | None:
        """One page of a topic's questions as buttons, or None when the topic does not exist."""
        category = next((c for c in self.knowledge.categories if c.id == category_id), None)
        if category is None:
            return None
        entries = self.knowledge.category_entries(category_id)
        pages = max(1, -(-len(entries) // self.PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        shown = entries[page * self.PAGE_SIZE : (page + 1) * self.PAGE_SIZE]
        rows: list[tuple[Button, ...]] = [(Button(e.question, Action.ENTRY, e.id),) for e in shown]
        paging = []
        if page > 0:
            paging.append(Button("⬅️ 上一页", Action.TOPIC, f"{category_id}:{page - 1}"))
        if page < pages - 1:
            paging.append(Button("下一页 ➡️", Action.TOPIC, f"{category_id}:{page + 1}"))
        if paging:
            rows.append(tuple(paging))
        rows.append((Button("↩️ 全部话题", Action.TOPICS),))
        title = f"{category.title}（{page + 1}/{pages}）" if pages > 1 else category.title
        return Reply(f"{title}：", tuple(rows))

    def welcome(self) -> Reply:
        """The greeting, with the topics to start from."""
        text = (
            "你好！我是社工问答助手，回答关于社会工作者（社工）的常见问题：社工是什么、全国社工考试的三个级别和报考条件、"
            "宁波和台州的考证奖励、社工的薪酬和职业发展，以及北京、浙江的社工数据。\n"
            "资料来自2023年的新闻报道和2006年的考试规定，每个答案都注明来源和数据时间。直接发问题给我，或选一个话题："
        )
        return Reply(text, self.topics().buttons)

    def help(self) -> Reply:
        """How to ask, the commands, inline use."""
        text = (
            "直接用一句话提问，简体、繁体、拼音或英文都可以，例如：\n"
            "· 社工证怎么考\n· 初级社工报考条件\n· 宁波考社工证有奖励吗\n· 北京有多少社工\n\n"
            "命令：\n/topics 按话题浏览全部问题\n/about 资料来源和数据时间\n/help 本说明\n"
            "/ask 问题 在群里提问（在群里也可以 @我 或回复我的消息）\n\n"
            "在任何聊天的输入框里输入 @机器人用户名 加问题，可以把答案直接发到那个聊天里。"
        )
        return Reply(text)

    def about(self) -> Reply:
        """The sources and the dates of their figures."""
        lines = [f"· {s.citation}" for s in self.knowledge.sources.values()]
        text = (
            "我的全部资料来自：\n" + "\n".join(lines) + "\n\n"
            "北京的数据截至2023年5月底；浙江和全国的数据为2022—2023年。读到时可能已有变化，"
            f"考试安排以{OFFICIAL_EXAM_SITE}的当年通知为准。资料里没有的内容，我不作回答。"
        )
        return Reply(text)


def convert_reply(reply: Reply) -> Reply:
    """A reply with its text and button labels in Traditional characters."""
    rows = tuple(tuple(Button(to_traditional(b.label), b.action, b.value) for b in row) for row in reply.buttons)
    return Reply(to_traditional(reply.text), rows, reply.outcome, reply.match, traditional=True)


def in_script_of(question: str, reply: Reply) -> Reply:
    """The reply in Traditional characters when the question was written in them."""
    return convert_reply(reply) if is_traditional(question) else reply
