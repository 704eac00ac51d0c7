"""The answerer: a question or a button press in, a `Reply` out. Pure: it records nothing and keeps no state
between calls, so one answerer per knowledge base serves every chat and every front end.

API (each returns a finished reply, in the script of the question or button):
  ask(question, previous)  the reply to a question: an answer (several for a multi-part question), suggestions, an
                           honest reply naming what no entry covers, an eligibility verdict, small talk, or a decline;
                           `previous` is the chat's thread (`Threads.last`: its last answered questions, each a
                           `Reply.read_as`), for follow-ups
  press(button, trad)      the reply to a button (None when what it points to no longer exists)
  entry(id, trad)          an entry's answer by id
  topics(), topic(id, p)   browsing; welcome(), help(), about()  the command replies
  inline(query, popular)   inline-mode cards; `popular` is a list of entry ids to offer for an empty query
  check(state, value, trad)  a step of the eligibility self-check (/check): the next question with one button per
                           choice (each carrying the state it leads to), or the verdict
New kinds of reply are added as methods of the same shape.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from bot.core import sums, wording
from bot.core.about_previous import Asked
from bot.core.clauses import MAX_PARTS
from bot.core.conversation import SmallTalkReader, thread_questions
from bot.core.eligibility.check import CheckFlow
from bot.core.eligibility.reading import Reader
from bot.core.eligibility.rules import Level, Profile, Regulation
from bot.core.eligibility.verdict import verdict
from bot.core.engine import Engine
from bot.core.facts import (
    as_asked,
    confirms,
    in_unit,
    only_put_forward,
    proposed,
    put_forward,
    read,
    stated,
    without_proposed,
)
from bot.core.knowledge import About, Entry, KnowledgeBase, Source
from bot.core.levels_order import held_first, sat_together
from bot.core.match import Match
from bot.core.policy import MAX_QUESTION_CHARS, posts_in_group, too_long
from bot.core.premises import lead, states_of_another_year, where_given
from bot.core.ranking import without
from bot.core.redact import redact
from bot.core.replies import Action, Button, InlineCard, Outcome, Reply, to_traditional_reply
from bot.core.text import (
    BULLET,
    RELATIVE_YEAR_RE,
    RELATIVE_YEARS,
    YEAR_RE,
    in_either_script,
    is_traditional,
    to_simplified,
    to_traditional,
)

_DATES_APART_RE = re.compile(r"[；;]")  # between the dates of an `as_of` for different places
_BESIDE_NAMES = 1  # what a question putting a figure forward may hold beside the names it swaps in (是)
_COMPARED_WITH_RE = re.compile(r"比((?:19|20)\d\d)年")  # an answer's change since a year (比2021年增加了6.1万)
# A year the asker tells of their own past (我去年考过了, 2024年拿的证, 我去年在台州考过了, 前年6月也考了), or of what
# they have not done in it (今年还没登记, 今年没去登记): when they did it, not the year asked about.
_OWN_PAST = re.compile(
    rf"(?:{YEAR_RE.pattern}|{RELATIVE_YEAR_RE.pattern})\s*(?:[初底]|\d+月份?)?(?:在[^\s\d，,。？?！!；;]{{1,6}}?)?"
    r"(?:就|才|刚|也|已经|都|还|一直)*"
    r"(?:考过|考的|考了|考完|考出|考到|拿的|拿到|拿了|取得|毕业|入职|开始|登记的|参加工作"
    r"|没有?(?:去|来得及)?(?:登记|注册|考|报名?|办|领|拿))"
)

# A year the asker plans by (我准备今年报, 我打算明年考中级, 错过了今年是不是要等明年): their own schedule, not the year
# asked about (我要今年的数据 asks it).
_OWN_PLAN = re.compile(
    rf"(?:准备|打算|计划|想|等到?|错过了?)\s*在?(?:{YEAR_RE.pattern}|{RELATIVE_YEAR_RE.pattern})(?!的)"
)


# Words asking sums in total or added up (一共能拿多少, 能累加吗, 能同时拿吗, 两边都能拿吗): of the rewards of several
# levels or cities, the sources give each one's alone.
_IN_TOTAL = re.compile(
    r"一共|总共|合计|总计|加起来|加在一起|累加|累计|叠加|同时拿|同时领|都能拿|都能领|一起拿|一起领|两边|拿两次|领两次|重复拿|重复领"
)

# A yes or no opening an answer (可以。, 通用。), for a question asking whether; one asking what (澳门居民报考社工要什么
# 材料) is not asked whether, and the answer opens on what it says.
_YES_OR_NO_RE = re.compile(r"^[\u4e00-\u9fff]{1,3}。(?=\S)")
_WHETHER_RE = re.compile(
    r"吗|(?<![什怎那这多])么|嘛|是否|能否|可否|有没有|([\u4e00-\u9fff])不\1"
    r"|(?<![a-z])(?:can|could|is|are|do|does|may)(?![a-z])"
)
_WHAT_RE = re.compile(r"什么|啥|哪|怎么|怎样|如何|多少|几|谁|(?<![a-z])(?:what|which|how|where|when|who)(?![a-z])")


def _thread_traditional(thread: Sequence[str]) -> bool:
    """Whether a chat's thread (its questions, the latest first) is written in Traditional: as the latest question
    that tells a script is (not 有效期多久, written alike in both)."""
    return next((is_traditional(q) for q in thread if not in_either_script(q)), False)


def without_yes_or_no(answer: str, question: str) -> str:
    """An answer without the yes or no it opens with, for a question asking what and not whether (要什么材料)."""
    typed = question.lower()
    if _WHETHER_RE.search(typed) or not _WHAT_RE.search(typed):
        return answer
    return _YES_OR_NO_RE.sub("", answer.lstrip(), count=1)


def footer(cited: Iterable[tuple[str, Source]]) -> str:
    """The lines under an answer: for each source, when its facts are from and where it was published."""
    return "\n".join(wording.FOOTER.format(as_of=as_of, citation=source.citation) for as_of, source in cited)


def answer_text(entry: Entry, answer: str | None = None) -> str:
    """An entry's answer as a user sees it (or `answer`, a part of it), with its footer."""
    return f"{(answer or entry.answer).strip()}\n\n{footer((c.as_of, c.source) for c in entry.citations)}"


def of_levels(answer: str, asked: Sequence[str], levels_in: Callable[[str], tuple[str, ...]]) -> str:
    """An answer to a question about some levels (宁波高级社工奖励多少, 高级呢, 宁波初中级奖励): its list lines about
    other levels only left out, when a list line is about one asked; else the whole answer."""
    lines = answer.strip().splitlines()
    named = [set(levels_in(line)) if line.startswith(BULLET) else set() for line in lines]
    if not any(levels & set(asked) for levels in named):
        return answer
    return "\n".join(line for line, levels in zip(lines, named, strict=True) if not levels or levels & set(asked))


def parts_text(entries: Sequence[Entry], left: str = "", answer_of: Callable[[Entry], str] = lambda e: e.answer) -> str:
    """Several answers in one reply (each `answer_of` its entry), each titled with its question, then `left` (the
    parts none answers) and one footer that names each source once, with its dates (宁波 and 台州 from one report)."""
    parts = [wording.PART.format(question=e.question, answer=answer_of(e).strip()) for e in entries]
    return "\n\n".join([*parts, *([left] if left else []), footer(cited_once(entries))])


def cited_once(entries: Sequence[Entry]) -> list[tuple[str, Source]]:
    """The sources of several entries, each once with its dates in order (宁波 and 台州 from one report)."""
    dates: dict[Source, dict[str, None]] = {}
    for citation in (c for e in entries for c in e.citations):
        dates.setdefault(citation.source, {})[citation.as_of] = None
    return [("；".join(as_of), source) for source, as_of in dates.items()]


def other_year(
    question: str, entry: Entry, places: Sequence[str] = (), this_year: int | None = None, change: bool = False
) -> str | None:
    """A year a question asks about that none of the entry's figures is from (2024年报考人数, or 2016年, against a
    2022 figure), the latest such, as the reply names it (2024年; 去年（2025年） when said from `this_year`); or None.
    Where the entry dates its places apart (2022年全国数据；浙江为2023年), only the dates of the places asked about
    count (2023年全国: no figure of 2023); a year the answer compares with (比2021年增加了6.1万) is not missing from a
    question asking a `change` or asking also of a year the figures are from (2022年比2021年多了多少), but is from
    one asking that year's figure alone (2021年报考人数多少: the answer has no total of 2021). An honest entry gives
    no figure, so no year is missing from it."""
    text = _OWN_PLAN.sub(" ", _OWN_PAST.sub(" ", without_proposed(unicodedata.normalize("NFKC", question))))
    asked = {int(year): f"{year}年" for year in YEAR_RE.findall(text)}
    if this_year is not None:
        for said in RELATIVE_YEAR_RE.findall(to_simplified(text).lower()):
            year = this_year + RELATIVE_YEARS[said]
            asked.setdefault(year, f"{year}年" if said.isascii() else f"{said}（{year}年）")
    dates = [date for citation in entry.citations for date in _DATES_APART_RE.split(citation.as_of)]
    of_places = [date for date in dates if any(place in date for place in places)]
    known = {int(year) for date in (of_places or dates) for year in YEAR_RE.findall(date)}
    if known and (change or asked.keys() & known):
        known |= {int(year) for year in _COMPARED_WITH_RE.findall(entry.answer)}
    if entry.honest or not known or not entry.about.measures or not asked.keys() - known:
        return None
    return asked[max(asked.keys() - known)]


def _in_unit_asked(question: str, match: Match) -> bool:
    """Whether the match of a question asked of the figures it puts forward has no answer or one giving figures in
    their units: the answer asked of them (not the rules of counting years for 社工证必须要工作满2年吗)."""
    return match.entry is None or any(in_unit(f, match.entry.answer) for f in put_forward(read(question)))


def _one_in_unit(question: str, suggested: Sequence[Entry]) -> Entry | None:
    """Of the entries suggested for a question asked of the figures it puts forward, the one stating figures in all
    their units (90学时对吗: the card giving 90学时), when only one does; else None."""
    figures = put_forward(read(question))
    stating = [e for e in suggested if figures and all(in_unit(f, e.answer) for f in figures)]
    return stating[0] if len(stating) == 1 else None


def rules_footer(regulations: Sequence[Regulation]) -> str:
    """The lines under an eligibility verdict: the rules it follows and where they were published."""
    return footer((r.name, r.source) for r in regulations)


def uncovered_text(
    asked: About,
    who_decides: Mapping[str, str],
    inside: Mapping[str, str],
    written: str = "",
    after: frozenset[str] = frozenset(),
) -> str:
    """The honest reply to a question about a place, level, measure or subject that no entry covers, naming what was
    asked and who decides (for the first place, subject or measure with someone of its own in `who_decides`);
    `written` the question as read, for the regions written before the places asked (北京朝阳区); a measure of
    `after` named after the one it is a change, share, average or rank of (北京的机构数的增长情况, not
    北京的增长情况、机构数; 科目的比例、教材)."""
    places = place_names(asked.places, inside, written)
    subject = "的".join(part for part in map("、".join, (places, asked.subjects, asked.levels)) if part)
    what = "的".join(part for part in (subject, _measures_named(asked.measures, after) or wording.SITUATION) if part)
    named = (*asked.places, *asked.subjects, *asked.measures)
    who = next((who_decides[t] for t in named if t in who_decides), wording.WHO_DECIDES)
    return wording.UNCOVERED.format(what=what, who=who)


def _measures_named(measures: Sequence[str], after: frozenset[str]) -> str:
    """Measures as a reply names them: each of `after` after the one before it (or the first, if it comes first)."""
    of = [m for m in measures if m not in after]
    if not of:
        return "、".join(measures)
    named, last = {m: [m] for m in of}, of[0]
    for measure in measures:
        if measure in after:
            named[last].append(measure)
        else:
            last = measure
    return "、".join("的".join(parts) for parts in named.values())


def place_names(places: Sequence[str], inside: Mapping[str, str], written: str = "") -> list[str]:
    """The places as a reply names them: a place named, or `written`, with the region it lies in as one name
    (北京朝阳区)."""
    regions = {inside.get(place) for place in places}
    joined = [p for p in places if p in inside and (inside[p] in places or f"{inside[p]}{p}" in written)]
    return [f"{inside[p]}{p}" if p in joined else p for p in places if p not in regions]


def quoted(clauses: Iterable[str], joiner: str = "、") -> str:
    """Clauses of the asker's message as a reply quotes them, with the personal data in them masked as the journal
    masks it (a reply may be posted in a group)."""
    return joiner.join(redact(clause) for clause in clauses)


def _asked_later(clauses: Sequence[str]) -> str:
    """The line naming the parts beyond those one reply answers, to be asked again."""
    return wording.PARTS_LATER.format(rest=quoted(clauses, "”“"))


def labelled(entry: Entry) -> str:
    """A button label for an entry offered instead: its question, prefixed with the places its facts are about."""
    places = "、".join(entry.about.places)
    return wording.ABOUT_PLACES.format(places=places, question=entry.question) if places else entry.question


def in_script(reply: Reply, traditional: bool) -> Reply:
    """A finished reply in Traditional characters when `traditional`, else as it is."""
    return to_traditional_reply(reply) if traditional else reply


def for_group(reply: Reply) -> Reply:
    """The reply to a question addressed to the bot in a group: as it is, or for a decline one short line in its
    script (what the bot answers, /topics) instead of the long private decline."""
    if posts_in_group(reply.outcome):
        return reply
    return in_script(Reply(wording.GROUP_DECLINE, outcome=Outcome.DECLINED, match=reply.match), reply.traditional)


class Answerer:
    """Turns questions and button presses into replies from one knowledge base."""

    PAGE_SIZE = 8
    CHECK_ROW = 3  # short choices of the self-check (学历, 年限) share a row, this many at most
    CHECK_SHORT_LABEL = 6  # characters
    INLINE_RESULTS = 5
    DESCRIPTION_CHARS = 60

    def __init__(self, engine: Engine, today: Callable[[], date] = date.today) -> None:
        """`today`: the date questions are read on (years said as 去年, and years of work counted from a year said)."""
        self._today = today
        self.engine = engine
        self.knowledge: KnowledgeBase = engine.knowledge
        self.smalltalk = SmallTalkReader(engine.knowledge.smalltalk)
        reading = engine.knowledge.reading  # the words questions are read by for a verdict
        self._reader = Reader(reading, today) if reading is not None else None
        which_level = reading.which_level if reading is not None else ()  # 哪一级: a verdict for each level
        self._which_level = re.compile("|".join(map(re.escape, which_level))) if which_level else None
        self.flow = CheckFlow(engine.knowledge.eligibility, self._reader)  # reads answers typed to /check, too
        self._about_previous = engine.about_answer
        self._levels = {engine.normalizer.normalize(level.title): level for level in Level}  # 社工师: INTERMEDIATE

    def this_year(self) -> int:
        """The year questions are read in."""
        return self._today().year

    def ask(self, question: str, previous: str | None = None) -> Reply:
        """The reply to a question, in the script it was written in. An over-long message is answered politely
        without being read; after `previous`, a follow-up (那台州呢) is read as that question about what it names,
        and answered in Traditional when either is written so (那台州呢 has no character of its own to tell).
        Suggestion buttons carry no journal id yet (the recorder stamps it)."""
        traditional = is_traditional(question[:MAX_QUESTION_CHARS])
        if too_long(question):
            return in_script(Reply(wording.TOO_LONG), traditional)
        previous, earlier = thread_questions(previous)  # the chat's last answered questions, the latest first
        reply = self._reply(question, previous, earlier)
        followed = previous is not None and reply.read_as not in (None, question)
        # a follow-up read with the question before, or one in neither script (有效期多久), keeps the chat's script
        kept = not traditional and previous is not None and (followed or in_either_script(question))
        kept = kept and _thread_traditional((previous or "", *earlier))
        shown = in_script(reply, traditional or kept)
        # read as written in the reply's script (中級多少錢: 宁波中级奖励), so that a follow-up to it (台州呢) is too
        return replace(shown, read_as=to_traditional(shown.read_as)) if shown.traditional and shown.read_as else shown

    def _reply(self, question: str, previous: str | None, earlier: tuple[str, ...] = ()) -> Reply:
        if previous and (joined := self.engine.normalizer.asked_across(previous, question)) is not None:
            question, previous, earlier = joined, None, ()  # 然后呢 after 社工证考过了: one question
        asked = self._about_previous.asked(question)  # 出处呢: of the answer before, if any
        if previous and (about := self._of_previous(question, asked, previous, earlier)) is not None:
            return about
        if (about := self._of_figure(question)) is not None:
            return about
        if (talk := self.smalltalk.reply_to(question)) is not None:
            return Reply(talk.reply, ((Button(wording.BROWSE_TOPICS, Action.TOPICS),),) if talk.topics else ())
        if asked is not None and (about := self._of_no_entry(asked, previous)) is not None:
            return about
        if (reader := self._reader) is not None and (
            judged := self._eligibility(reader, question, previous)
        ) is not None:
            profile, read_as = judged
            residents = self._residents(profile.resident_of)
            if residents is not None and reader.residence_only(profile):  # 我是台湾人，能考吗: their entry answers
                return replace(self._answer(*residents), read_as=read_as)
            decided = verdict(self.knowledge.eligibility, profile)
            text = f"{decided.text}\n{wording.CHECK_HINT}\n\n{rules_footer(decided.regulations)}"
            # 能考中级吗？考几科？: the subjects too
            beside, later, unclear = self.engine.asked_beside(question, reader.asks_about_sitting)
            # what about 2 years, 自考本科算学历吗: the verdict's
            unclear = tuple(p for p in unclear if reader.follow_up(p) is None and not reader.noted(p))
            if residents is not None:  # 我是香港人…能考吗: whether its residents may sit, beside the verdict
                beside = (residents[0], *(e for e in beside if e is not residents[0]))
            more = [wording.PART.format(question=e.question, answer=answer_text(e)) for e in beside]
            more += [wording.PARTS_LEFT.format(rest=quoted(unclear))] if unclear else []
            more += [_asked_later(later)] if later else []
            return Reply("\n\n".join([text, *more]), outcome=Outcome.ANSWERED, read_as=read_as)
        read_as = (self._followed(question, previous, earlier) if previous else None) or question
        match = self.engine.match(read_as)
        if match.entry is None and match.uncovered is None and (confirmed := self._confirmed(read_as, previous)):
            match, read_as = confirmed
        elif (sums_asked := self._sums_asked(read_as, match)) is not None:
            match = sums_asked  # 台州比宁波少多少: their rewards
        elif (of_another := self._asked_of_another(read_as, match)) is not None:
            match = of_another
        elif (stating := self._stated_elsewhere(read_as, match)) is not None:
            match = stating
        elif read_as != question and put_forward(read(question)):  # 那高级是5000吧: its figure leads the answer
            match = replace(match, question=question)
        if previous and read_as != question and (for_level := self._for_swapped_level(question, previous)):
            feedback = self._answer(for_level[0], None).buttons[-1:]
            return Reply(parts_text(for_level), feedback, Outcome.ANSWERED, match, read_as=read_as)
        if match.entry is not None and (match.more or (match.unanswered and not match.answered)):
            # a part no entry answers clearly is named, never dropped, and the entries close to it are offered
            named = self.engine.normalizer.named(match.normalized)
            left = self._left_line(match, named.measures) if match.unanswered else ""
            left += _asked_later(match.later) if match.later else ""
            offered = tuple((Button(labelled(e), Action.ENTRY, e.id),) for e in match.suggestions)
            feedback = self._answer(match.entry, match).buttons[-1:]
            # 宁波和台州中级各奖多少: 中级's lines
            levels = self._passed((match.entry, *match.more), match.question) or named.levels
            text = parts_text((match.entry, *match.more), left, lambda e: self._for_level(e, levels))
            if self._in_total(match.question, (match.entry, *match.more)):  # 宁波和台州的奖励可以叠加吗
                text = f"{wording.REWARDS_NOT_ADDED}\n\n{text}"
            elif compared := self._sums_compared(match.question, (match.entry, *match.more), named.levels):
                text = f"{compared}\n\n{text}"  # 宁波和台州哪个奖励多
            elif order := self._levels_order(match, match.entry):
                text = f"{order}\n\n{text}"  # 可以同时报中级和高级吗: 高级 needs 中级 first
            return Reply(text, offered + feedback, Outcome.ANSWERED, match, read_as=read_as)
        if match.entry is not None:
            return replace(self._answer(match.entry, match), read_as=read_as)
        if match.uncovered is not None and (in_part := self._passed_in_part(match)) is not None:
            return replace(
                in_part, read_as=read_as
            )  # 我在台州考了中级又考了高级: 中级's, and 高级's named as not given
        if match.uncovered is not None:
            offered = tuple((Button(labelled(e), Action.ENTRY, e.id),) for e in match.suggestions)
            normalizer = self.engine.normalizer
            rules = normalizer.place_rules
            honest = uncovered_text(
                match.uncovered, normalizer.who_decides, rules.inside, match.normalized, normalizer.named_after
            )
            said = where_given(match.question, self.knowledge.entries.values(), match.uncovered)  # 宁波's 5000
            honest = f"{said}\n{honest}" if said else honest  # 台州高级是5000吗: where the sources give 5000
            if given := self._levels_given(match.uncovered):  # 台州高级奖励多少: the levels 台州's are given for
                honest = f"{honest}\n{given}"
            # read clearly, though no entry has it: a follow-up continues it (台州高级社工有奖励吗, then 宁波高级呢)
            return Reply(honest, offered, Outcome.DECLINED, match, read_as=read_as)
        if match.suggestions:
            rows = [(Button(e.question, Action.ENTRY, e.id),) for e in match.suggestions]
            rows.append((Button(wording.NONE_OF_THESE, Action.NONE_OF_THESE),))
            # what it asked, though unanswered, is what a follow-up continues (and Zhejiang after how many in Beijing)
            return Reply(wording.SUGGESTIONS, tuple(rows), Outcome.SUGGESTED, match, read_as=read_as)
        # 护士工资高吗, declined: what 那社工呢 asks again of social work; any other decline keeps the thread before it
        kept = read_as if self.engine.names_another_job(read_as) else None
        return replace(self._decline(match), read_as=kept)

    def _residents(self, place: str) -> tuple[Entry, Match] | None:
        """For where an asker says they live (台湾), the entry answering whether its residents may sit, with its match;
        None when no place is said or no entry answers."""
        match = self.engine.match(wording.RESIDENTS_ASK.format(place=place)) if place else None
        return (match.entry, match) if match is not None and match.entry is not None else None

    def _of_previous(self, question: str, asked: Asked | None, previous: str, earlier: tuple[str, ...]) -> Reply | None:
        """For a turn asking about the answer just given (出处呢, 哪年的, 谁说的, 详细点), the reply from the entries
        that answered `previous`, which the thread goes on from, or for one naming an earlier answer (960家是哪年的,
        刚才北京的数字谁说的), from the latest of `earlier` whose answer says what it names; after suggestions or a
        decline naming nothing, from the last answer before them; None for any other turn (谁发的 after a reward asks
        who pays it), or after no entry; `asked`, what the turn asks of the answer before (`AboutPrevious.asked`)."""
        if asked is not None:
            named: tuple[str, ...] = ()
        elif (pointed := self._about_previous.pointed(question)) is not None:
            asked, named = pointed
        else:
            return None
        last = self._answered(previous)
        thread = (previous, *earlier) if named or (last.entry is None and last.uncovered is None) else (previous,)
        matches = ((q, last if q is previous else self._answered(q)) for q in thread)
        said = ((q, m, e) for q, m in matches if m.entry and self._about_previous.names(named, e := (m.entry, *m.more)))
        if (found := next(said, None)) is None:
            return None
        read_as, before, entries = found
        if self._about_previous.asks_who_pays(question, entries):
            return None
        figures = self._about_previous.figures(question)  # 835个是什么: the line stating it
        cited = footer(cited_once(entries))
        text, rows = self._about_previous.reply(asked, entries, cited, self.knowledge.entries, figures)
        if asked is Asked.SOURCE and confirms(read(question)) and self._said_as_put(read_as, entries):
            text = f"{wording.ABOUT_TRUE}{text}"  # 是真的吗: what the answer said is what the sources say
        about = replace(before, question=question, suggestions=())
        return Reply(text, rows, Outcome.ANSWERED, about, read_as=read_as)

    @staticmethod
    def _said_as_put(question: str, entries: Sequence[Entry]) -> bool:
        """Whether the answers of `entries` to a question say what it asked as it put it: none is honest (no
        source answers it) and they state every figure it put forward (not 社工工资五六千是真的吗: 三四千)."""
        return not any(e.honest for e in entries) and not proposed(question, "\n".join(e.answer for e in entries))

    def _of_figure(self, question: str) -> Reply | None:
        """For a turn asking where or when a figure it names is from, outside a thread that gave it (7.96万是哪年的数据,
        2022年报考89万是哪里的数据): the reply from the entry whose answer states it, of those the question most likely
        means; None when no answer states every figure named."""
        about_previous = self._about_previous
        pointed = about_previous.pointed(question)
        if pointed is None or pointed[0] is Asked.MORE or not (figures := about_previous.figures(question)):
            return None
        if pointed[0] is Asked.SOURCE and confirms(read(question)) and about_previous.claims(pointed[1]):
            return None  # 北京有7.96万社工是真的吗: what it claims, confirmed or not, with where it is from
        stating = {e.id: e for e in self.knowledge.entries.values() if about_previous.states(figures, e)}
        ranked = [e for e in self.engine.top(question, len(stating) + self.INLINE_RESULTS) if e.id in stating]
        entries = ranked[:1] or list(stating.values())[:MAX_PARTS]  # none ranked: each answer stating them
        if not entries:
            return None
        cited = footer(cited_once(entries))
        text, rows = about_previous.reply(pointed[0], entries, cited, self.knowledge.entries, figures, outside=True)
        about = replace(self.engine.match(entries[0].question), question=question, suggestions=())
        return Reply(text, rows, Outcome.ANSWERED, about, read_as=entries[0].question)

    def _answered(self, question: str) -> Match:
        """The match a question got as its answer: of itself, or for one putting a figure forward that only the
        question asked of it matches (听说北京有8万社工: 北京有多少社工) with an answer giving figures in its unit (not
        the rules of counting years for 社工证必须要工作满2年吗)."""
        match = self.engine.match(question)
        if match.entry is None and (asked := self._as_asked(question)) != question:
            return other if _in_unit_asked(question, other := self.engine.match(asked)) else match
        return match

    def _as_asked(self, question: str) -> str:
        """`as_asked`, keeping the measure its figure told of (台州初级两千对吗: a level's sum in a place, its reward)
        when the question asked of the figure names none."""
        if (asked := as_asked(question)) == question:
            return asked
        normalizer = self.engine.normalizer
        told = normalizer.named(normalizer.normalize(read(question))).measures
        return f"{asked} {told[0]}" if told and not normalizer.named(normalizer.normalize(asked)).measures else asked

    def _of_no_entry(self, asked: Asked, previous: str | None) -> Reply | None:
        """For a turn asking `asked` of the reply before when no entry answered it: a verdict's rules (我大专毕业, then
        出处呢), or for where it is from or who said it, that it gave nothing to cite; else None."""
        if previous and self.engine.match(previous).entry is not None:
            return None
        reader = self._reader
        if previous and reader is not None and (judged := self._eligibility(reader, previous, None)) is not None:
            decided = verdict(self.knowledge.eligibility, judged[0])
            return Reply(wording.ABOUT_RULES.format(footer=rules_footer(decided.regulations)), (), Outcome.ANSWERED)
        if asked not in (Asked.SOURCE, Asked.SPEAKER, Asked.DATE):
            return None
        return Reply(wording.ABOUT_NOTHING_CITED, ((Button(wording.BROWSE_TOPICS, Action.TOPICS),),), Outcome.DECLINED)

    def _followed(self, question: str, previous: str, earlier: tuple[str, ...]) -> str | None:
        """`Engine.follow_up`, or for a question putting figures forward (那高级是5000吧), the same without them; one
        naming only a level or place beside its figure (高级是5000吧 after 台州奖多少) is a follow-up swapping it in."""
        if (followed := self.engine.follow_up(question, previous, earlier)) is not None:
            return followed
        if (bare := without_proposed(question)) == read(question):
            return None
        normalizer = self.engine.normalizer
        named = normalizer.named(normalized := normalizer.normalize(bare))
        names_only = len(without(normalized, [*named.levels, *named.places])) <= _BESIDE_NAMES
        marks = self.knowledge.vocabulary.follow_ups[:1]  # 那: read as a follow-up
        swapped = "".join((*marks, bare)) if (named.levels or named.places) and names_only else bare
        return self.engine.follow_up(swapped, previous, earlier)

    def _confirmed(self, question: str, previous: str | None) -> tuple[Match, str] | None:
        """For a question asking to confirm that nothing answers as asked, what it confirms and the question read: the
        question asked of what it puts forward (北京有7.96万社工对吗: 北京有多少社工; 上海有7.96万社工吗: what no entry
        covers) or without it (宁波高级5000元是一次性的吗), or when that only gets suggestions, the one of them stating
        figures in its units (90学时对吗: the continuing-education card), or after an answer or an honest reply, a
        figure alone (是3000元对吧) the previous question; the match keeps the question, whose figures lead the
        answer."""
        of_figure = self._as_asked(question)
        for asked in dict.fromkeys((of_figure, without_proposed(question))):
            if asked == question:
                continue
            match = self.engine.match(asked)
            if (match.entry is not None and (asked != of_figure or _in_unit_asked(question, match))) or (
                match.uncovered is not None and asked == of_figure
            ):
                return replace(match, question=question), question  # 上海有7.96万社工吗: none of 上海's
            if asked == of_figure and (stating := _one_in_unit(question, match.suggestions)) is not None:
                return replace(match, question=question, entry=stating, suggestions=()), question  # 90学时对吗
        if previous and only_put_forward(question):  # 是5000吗 after 台州高级奖多少: still what no entry covers
            match = self.engine.match(previous)
            return (replace(match, question=question), previous) if match.entry or match.uncovered else None
        return None

    def _asked_of_another(self, question: str, match: Match) -> Match | None:
        """For a question putting a figure forward whose weak answer is about another place or measure than the one
        it asks of (杭州持证社工有15.6万吗: whether a certificate makes a social worker; 台州持证社工15.6万吧: 台州's
        reward), the question asked of the figure when no entry covers that (杭州持证社工有多少), keeping the
        question; else None. Another measure counts only for a count in 万 (宁波高级是2000吗 asks no count)."""
        if match.entry is None or match.score >= self.engine.thresholds.sure * 100:
            return None
        if (asked := self._as_asked(question)) == question or (other := self.engine.match(asked)).uncovered is None:
            return None
        held = self.engine.normalizer.normal_about(match.entry.about)
        counted = any(f.value.endswith("万") for f in put_forward(read(question)))
        measured = counted and set(other.uncovered.measures) - set(held.measures)
        missing = set(other.uncovered.places) - set(held.places) or measured
        return replace(other, question=question) if missing else None

    def _stated_elsewhere(self, question: str, match: Match) -> Match | None:
        """For a question putting figures forward whose weak answer states none in their units, the answer of the one
        entry stating them all, or of those the question most likely means (835个社工站都在农村吗: the stations' card,
        not the rural one), keeping the question; else None."""
        figures = put_forward(read(question))
        if match.entry is None or not figures or match.score >= self.engine.thresholds.sure * 100:
            return None
        if any(in_unit(f, match.entry.answer) for f in figures):
            return None
        stating = [e for e in self.knowledge.entries.values() if all(stated(f, e.answer) for f in figures)]
        ranked = [e for e in self.engine.top(question, self.INLINE_RESULTS) if e in stating]
        meant = ranked[:1] or (stating if len(stating) == 1 else [])
        return replace(match, entry=meant[0], suggestions=(), more=()) if meant else None

    def _left_line(self, match: Match, measures: tuple[str, ...]) -> str:
        """The line naming the parts of a question left unanswered: with the entries near them as buttons; places or
        levels no entry has the facts on, with the `measures` asked of them (北京和上海各有多少社工: 上海的从业人数),
        their other facts offered as buttons labelled with the place; else
        clauses none answers, to be asked again in other words."""
        rest = quoted(match.unanswered)
        other_facts = bool(measures) and all(not set(measures) & set(e.about.measures) for e in match.suggestions)
        if match.suggestions and not other_facts:  # not only other facts on the places (浙江's holders, not workers)
            return wording.PARTS_NEAR.format(rest=rest)
        normalizer = self.engine.normalizer
        named = [normalizer.named(part) for part in match.unanswered if normalizer.normalize(part) == part]
        if len(named) < len(match.unanswered) or any(n.measures or n.subjects or n == About() for n in named):
            return wording.PARTS_LEFT.format(rest=rest)
        asked = "、".join(measures)
        return wording.PARTS_UNCOVERED.format(rest=f"{rest}的{asked}" if asked else rest)

    def _for_swapped_level(self, question: str, previous: str) -> tuple[Entry, ...]:
        """For a follow-up that swaps in a level (那中级呢) after an answer that holds for it and other levels too
        (社工证怎么考), the entries related to that answer about that level alone, in their order; for one naming a
        measure too (那初级考几科 after 在哪报名), or after a question naming one (高级呢 after 社工考试考哪些科目: the
        subjects, not how the senior level is assessed), only those about that measure."""
        normalizer = self.engine.normalizer
        named = normalizer.named(normalizer.normalize(question))
        levels = named.levels
        measures = named.measures or normalizer.named(normalizer.normalize(previous)).measures
        before = self.engine.match(previous).entry if len(levels) == 1 else None
        held = normalizer.normal_about(before.about).levels if before is not None else ()
        if before is None or (held and (len(held) == 1 or levels[0] not in held)):
            return ()
        related = (self.knowledge.entries.get(entry_id) for entry_id in before.related)
        about_it = (
            e
            for e in related
            if e is not None
            and (about := normalizer.normal_about(e.about)).levels == levels
            and set(measures) <= set(about.measures)
        )
        return tuple(about_it)[:MAX_PARTS]

    def _eligibility(self, reader: Reader, question: str, previous: str | None) -> tuple[Profile, str] | None:
        """The profile a question asks a verdict on, read by `reader`, with the question a follow-up continues: its
        own details, or after a verdict a follow-up that only swaps the level (那中级呢) or a short one that only gives
        or swaps a degree, major, years or the certificate's age (那本科呢, 我是大专, 证是3年前拿的), read with the
        details asked before; the thread of questions read is what the next follow-up continues."""
        if not self.knowledge.eligibility or self.engine.normalizer.asks_of_another_certificate(question):
            return None  # 香港人可以考心理咨询师证吗: no rule of this exam's
        own = reader.asked(question)
        schooled = own is not None and (own.education is not None or own.major is not None)
        if own is not None and (schooled or previous is None or own.years is None):
            return own, question
        if previous is not None and (followed := self._verdict_followed(reader, question, previous)) is not None:
            return followed  # 在社区做了三年，能考中级吗 after 我本科学的会计: with the degree told before
        if own is not None:
            return own, question
        told = reader.told(question)  # 我是本科会计: the verdict so far, and what is still missing
        return (told, question) if told is not None else None

    def _verdict_followed(self, reader: Reader, question: str, previous: str) -> tuple[Profile, str] | None:
        """The profile a follow-up to the previous question's verdict asks one on (`_eligibility`), with its thread."""
        question = self._asked_to_sit(question)
        if (after := reader.follow_up(question)) is None:
            return None
        if reader.levels_only(after) and not (
            self.engine.follow_up(question, previous) or reader.asks_to_sit_a_level(question)
        ):
            return None  # a level alone that the engine does not read with the previous question stands alone
        profile = reader.continued(previous, question, after)
        if profile is None and (answered := self.engine.match(previous).entry) is not None:
            previous = answered.question  # 大专可以吗 after 条件呢 (高级社工师条件): the rules of the level answered
            profile = reader.continued(previous, question, after)
        if profile is None or reader.levels_only(replace(profile, follows=False)):
            return None  # after the rules of a level (初级报考条件), another level is the engine's (那中级呢)
        return profile, reader.thread(previous, question)

    def _asked_to_sit(self, question: str) -> str:
        """A question asking which level one may sit (能考哪一级, 我能报哪个级别) as asking whether one may (能考,
        我能报): after a verdict, the details told before get one for each level; any other question as it is."""
        simplified = to_simplified(question)
        bare = self._which_level.sub("", simplified) if self._which_level is not None else simplified
        return bare if bare != simplified else question

    def entry(self, entry_id: str, traditional: bool = False) -> Reply | None:
        """An entry's answer by id, or None when no such entry exists any more."""
        entry = self.knowledge.entries.get(entry_id)
        return None if entry is None else in_script(self._answer(entry, None), traditional)

    def press(self, button: Button, traditional: bool = False) -> Reply | None:
        """The reply to a button, or None when it refers to something that no longer exists."""
        action, value = button.action, button.value
        reply: Reply | None
        if action is Action.ENTRY:
            return self.entry(value, traditional)
        if action is Action.CHECK:
            return self.check(value, traditional=traditional) if self.flow.valid(value) else None
        if action is Action.TOPIC:
            category_id, _, page = value.partition(":")
            reply = self.topic(category_id, int(page) if page.isdigit() else 0)
        elif action is Action.TOPICS:
            reply = self.topics()
        elif action is Action.NONE_OF_THESE:
            reply = self._decline(None)
        else:
            reply = Reply(wording.THANKS_HELPFUL if action is Action.HELPFUL else wording.THANKS_UNHELPFUL)
        return None if reply is None else in_script(reply, traditional)

    def inline(self, query: str, popular: Sequence[str] = ()) -> list[InlineCard]:
        """Up to five answers for an inline query, in its script; for an empty one, the `popular` entries (ids,
        most asked first) and then each topic's first question."""
        traditional = is_traditional(query)
        if query.strip():
            entries = self.engine.top(query, self.INLINE_RESULTS)
        else:
            firsts = [self.knowledge.category_entries(c.id)[0] for c in self.knowledge.categories]
            ids = dict.fromkeys([*(p for p in popular if p in self.knowledge.entries), *(e.id for e in firsts)])
            entries = tuple(self.knowledge.entries[i] for i in ids)[: self.INLINE_RESULTS]
        cards = []
        for entry in entries:
            reply = Reply(answer_text(entry), outcome=Outcome.ANSWERED)
            title, description = entry.question, " ".join(entry.answer.split())[: self.DESCRIPTION_CHARS]
            if traditional:
                reply, title = to_traditional_reply(reply), to_traditional(title)
                description = to_traditional(description)
            cards.append(InlineCard(entry.id, title, description, reply))
        return cards

    def check_with(self, details: str, traditional: bool = False) -> Reply:
        """The self-check asked for with details (/check 本科 社工专业 1年): started with the facts they give (at the
        start when none), in Traditional when asked in it or when the details are written in it."""
        at, given = self.flow.started(details) if details.strip() else (None, "")
        return self.check(at, traditional=traditional or is_traditional(details), aside=given)

    def check(
        self, state: str | None = None, value: str | None = None, traditional: bool = False, aside: str = ""
    ) -> Reply:
        """A step of the eligibility self-check (/check), from `state` (the start when None) answered with `value`
        (a choice's value) when given: the next question with one button per choice, each carrying the state it leads
        to, or at the end the verdict with the rule it follows and who decides, `aside` (what an answer typed said
        besides) before the question or after the verdict. The script is kept by the buttons."""
        if not self.flow.rules:
            return in_script(
                Reply(wording.CHECK_UNAVAILABLE, ((Button(wording.BROWSE_TOPICS, Action.TOPICS),),)), traditional
            )
        start = self.flow.start()
        state = start if state is None else state
        if value is not None:
            state = self.flow.advance(state, value)
        step = self.flow.step(state)
        if step.done:
            again = (Button(wording.CHECK_AGAIN, Action.CHECK, start),), (Button(wording.BROWSE_TOPICS, Action.TOPICS),)
            said = "\n".join(line for line in (step.text, aside) if line)
            text = f"{wording.CHECK_RESULT}\n{said}\n\n{rules_footer(step.regulations)}"
            return in_script(Reply(text, again, read_as=step.read_as), traditional)  # 那初级呢 may follow
        buttons = [Button(c.label, Action.CHECK, self.flow.advance(state, c.value)) for c in step.choices]
        short = max(len(b.label) for b in buttons) <= self.CHECK_SHORT_LABEL
        size = self.CHECK_ROW if short else 1
        rows = tuple(tuple(buttons[i : i + size]) for i in range(0, len(buttons), size))
        asked = "\n".join(line for line in (aside, step.text) if line)
        text = f"{wording.CHECK_INTRO}\n{asked}" if state == start and not aside else asked
        return in_script(Reply(text, rows), traditional)

    def typed_check(self, offered: Sequence[str], text: str, traditional: bool = False) -> Reply | None:
        """The next self-check step for an answer typed to a check question whose choices lead to `offered` (本科,
        3年, 社工专业, 有), as its button shows it, in the script of the check or of the answer; leaving the check
        when the answer says so (取消, 算了不测了); None when the text answers none of them (a question, or too long to
        read)."""
        traditional = traditional or is_traditional(text)
        if self.flow.cancels(text):
            return in_script(Reply(wording.CHECK_CANCELLED), traditional)
        state = None if too_long(text) else self.flow.typed(offered, text)
        aside = self.flow.aside(text, state) if state is not None else ""
        if state is None and not too_long(text) and self.engine.match(text).entry is None:  # not a question answered
            state, aside = self.flow.kept(offered, text) or (None, "")  # 我不知道考哪个级别: the question again
        if state is None:
            return None
        step = self.check(state, traditional=traditional, aside=aside)
        if facts := self.flow.corrected(offered, state):  # 不对，我是本科: said before the next question
            said = wording.CHECK_CORRECTED.format(facts=facts)
            return replace(step, text=f"{to_traditional(said) if traditional else said}\n{step.text}")
        return step

    def topics(self) -> Reply:
        """All topics as buttons."""
        rows = tuple((Button(c.title, Action.TOPIC, f"{c.id}:0"),) for c in self.knowledge.categories)
        return Reply(wording.CHOOSE_TOPIC, rows)

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
            paging.append(Button(wording.PREVIOUS_PAGE, Action.TOPIC, f"{category_id}:{page - 1}"))
        if page < pages - 1:
            paging.append(Button(wording.NEXT_PAGE, Action.TOPIC, f"{category_id}:{page + 1}"))
        if paging:
            rows.append(tuple(paging))
        rows.append((Button(wording.ALL_TOPICS, Action.TOPICS),))
        if pages > 1:
            title = wording.TOPIC_TITLE_PAGED.format(title=category.title, page=page + 1, pages=pages)
        else:
            title = wording.TOPIC_TITLE.format(title=category.title)
        return Reply(title, tuple(rows))

    def welcome(self) -> Reply:
        """The greeting, with the topics to start from."""
        return Reply(wording.WELCOME, self.topics().buttons)

    def help(self) -> Reply:
        """How to ask, the commands, inline use."""
        return Reply(wording.HELP)

    def about(self) -> Reply:
        """The sources and the dates of their figures."""
        sources = "\n".join(f"· {s.citation}" for s in self.knowledge.sources.values())
        return Reply(wording.ABOUT.format(sources=sources))

    def _answer(self, entry: Entry, match: Match | None) -> Reply:
        alternatives = match.suggestions if match is not None else ()  # what a looser reading may have meant
        rows: list[tuple[Button, ...]] = [
            (Button(wording.ALTERNATIVE.format(question=e.question), Action.ENTRY, e.id),) for e in alternatives
        ]
        rows += [
            (Button(related.question, Action.ENTRY, related.id),)
            for related_id in entry.related
            if (related := self.knowledge.entries.get(related_id)) is not None and related not in alternatives
        ]
        rows.append(
            (Button(wording.HELPFUL, Action.HELPFUL, entry.id), Button(wording.UNHELPFUL, Action.UNHELPFUL, entry.id))
        )
        named = self.engine.normalizer.named(match.normalized) if match is not None else About()
        shown = self._for_level(entry, (self._passed((entry,), match.question) if match else ()) or named.levels)
        text = answer_text(entry, without_yes_or_no(shown, match.question) if match is not None else shown)
        change = bool(set(named.measures) & self.engine.normalizer.change_measures)
        year = other_year(match.question, entry, named.places, self.this_year(), change) if match else None
        if year is not None and not states_of_another_year(match.question if match else "", text, year):
            text = f"{wording.OTHER_YEAR.format(year=year)}\n{text}"  # else the note on the figures says so
        others = self.knowledge.entries.values()  # where a figure put forward may be from instead
        if match is not None and self._in_total(match.question, (entry,)):  # 能拿两次吗: no figure to confirm
            text = f"{wording.REWARDS_NOT_ADDED}\n{text}"
        elif match is not None and (compared := self._sums_compared(match.question, (entry,), named.levels)):
            text = f"{compared}\n\n{text}"  # 宁波高级奖励比中级多多少
        elif match is not None and (order := self._levels_order(match, entry)):
            text = f"{order}\n{text}"  # 高级社工是不是要先考中级: 是的
        elif match is not None and (
            premise := lead(match.question, entry, text, others, named, self.engine.normalizer.levels_in, year)
        ):
            text = f"{premise}\n{text}"
        if places := self._elsewhere(entry, named.places):
            text = f"{wording.ASKED_ELSEWHERE.format(places='、'.join(places))}\n{text}"
        elif inside := self._inside(entry, named.places):
            text = f"{wording.ASKED_INSIDE.format(place=inside[0], region=inside[1])}\n{text}"
        if match is not None and match.unanswered:  # one clause answered: name the others, never drop them
            answered, rest = quoted((match.answered,)), quoted(match.unanswered, "”“")
            text = f"{wording.ONE_CLAUSE.format(answered=answered, rest=rest)}\n{text}"
        if match is not None and match.score < self.engine.thresholds.sure * 100:  # say which question it answers
            text = wording.PART.format(question=entry.question, answer=text)
        return Reply(text, tuple(rows), Outcome.ANSWERED, match, year_missing=year)

    def _levels_order(self, match: Match, entry: Entry) -> str:
        """For a question whether a level must be held before the one an entry is about (高级社工是不是要先考中级), the
        yes or no of the eligibility rules; for one asking to sit two levels at once (可以同时报中级和高级吗), that the
        higher needs the lower first, when it always does; else empty."""
        normalizer, rules = self.engine.normalizer, self.knowledge.eligibility
        if len(entry.about.levels) == 1 and (held := normalizer.levels_held(match.normalized)):
            asked, first = self._levels.get(normalizer.normalize(entry.about.levels[0])), self._levels.get(held[0])
            if asked is None or first is None or first.rank >= asked.rank:
                return ""
            return held_first(asked, first, rules, normalizer.asks_held_first(match.question))
        levels = sorted(
            filter(None, map(self._levels.get, normalizer.named(match.normalized).levels)), key=lambda level: level.rank
        )
        if len(levels) != 2 or not normalizer.asks_together(match.question):
            return ""
        return sat_together(levels[0], levels[1], rules)

    def _in_total(self, question: str, entries: Sequence[Entry]) -> bool:
        """Whether a question asks in total (`_IN_TOTAL`) the sums entries give each of several levels or places
        (宁波考到高级一共能拿多少, 宁波和台州的奖励可以叠加吗: the rewards)."""
        sums = self.knowledge.vocabulary.level_sums
        summed = [e for e in entries if sums is not None and sums[0] in e.about.measures]
        several = len(summed) > 1 or any(len(e.about.levels) > 1 for e in summed)
        asked = _IN_TOTAL.search(to_simplified(question)) is not None or len(self._passed(summed, question)) > 1
        return several and asked

    def _passed(self, entries: Sequence[Entry], question: str) -> tuple[str, ...]:
        """For entries giving each level's sum (`level_sums`: rewards), the levels a question says the asker passed
        with those it asks (我考了中级能拿多少, 考了中级又考了高级能拿多少: each one's sum is asked); else empty."""
        sums = self.knowledge.vocabulary.level_sums
        if sums is None or not any(sums[0] in e.about.measures for e in entries):
            return ()
        return self.engine.normalizer.levels_passed(question)

    def _sums_compared(self, question: str, entries: Sequence[Entry], asked: tuple[str, ...]) -> str:
        """For a question asking which of two places' sums is more (宁波和台州哪个奖励多, 宁波初级比台州多多少) or of
        two levels' in one place (宁波高级奖励比中级多多少), the line comparing them for each level asked (or each
        level), with how much more in hundredths when a share is asked (宁波中级比台州多几成); else empty."""
        vocabulary, normalizer = self.knowledge.vocabulary, self.engine.normalizer
        if vocabulary.level_sums is None:
            return ""
        summed = [e for e in entries if vocabulary.level_sums[0] in e.about.measures]
        if not summed or not normalizer.asks_which_is_more(question):
            return ""
        levels = asked if len(entries) == 1 else [level for level in vocabulary.levels if not asked or level in asked]
        shares = normalizer.asks_a_share(question)
        return sums.compared(summed, levels, normalizer.levels_in, shares) if len(summed) == len(entries) else ""

    def _sums_asked(self, question: str, match: Match) -> Match | None:
        """For places, or two levels in one place, set side by side and asked which is more or what share one is of the
        other, naming no measure but the sums' (台州比宁波少多少, 宁波初级奖励是台州的百分之几, 宁波高级是初级的几倍),
        the match of the question asking the sums each level has there (`level_sums`: their rewards) when an entry
        gives them for each place and the match does not; else None."""
        vocabulary, normalizer = self.knowledge.vocabulary, self.engine.normalizer
        if vocabulary.level_sums is None or not normalizer.named(match.normalized).places:
            return None
        measure = vocabulary.level_sums[0]
        if match.entry is not None and measure in match.entry.about.measures:
            return None  # an entry of the sums answers
        if not normalizer.asks_which_is_more(question):
            return None
        bare = normalizer.shares_as_one(question)  # 百分之几: a share of the sums, no proportion (比例) asked
        named = normalizer.named(normalizer.normalize(bare))
        side_by_side = len(named.places) > 1 or (len(named.places) == 1 and len(named.levels) == 2)
        if not side_by_side or set(named.measures) - {measure} or named.subjects:
            return None
        summed = self.engine.match(f"{bare} {measure}")
        entries = (summed.entry, *summed.more) if summed.entry is not None else ()
        every = len(entries) == len(named.places) and all(measure in e.about.measures for e in entries)
        return replace(summed, question=question) if every else None

    def _passed_in_part(self, match: Match) -> Reply | None:
        """For a sum asked of levels the asker says they passed in a place (`levels_passed`: 我在台州考了中级又考了
        高级，能拿多少) where an entry gives some of those levels' sums but not all, that entry's answer for the levels
        it gives, led by the line naming those it does not; else None."""
        normalizer, level_sums = self.engine.normalizer, self.knowledge.vocabulary.level_sums
        asked = match.uncovered
        if asked is None or level_sums is None or len(asked.places) != 1 or level_sums[0] not in asked.measures:
            return None
        if len(passed := normalizer.levels_passed(match.question)) < 2:
            return None
        for entry in self.knowledge.entries.values():
            about = normalizer.normal_about(entry.about)
            if about.places != asked.places or not set(asked.measures) <= set(about.measures):
                continue
            given = sums.level_sums(entry.answer, normalizer.levels_in)
            missing = [level for level in passed if level not in given]
            if given and missing and len(missing) < len(passed):
                line = wording.LEVELS_NOT_GIVEN.format(place=asked.places[0], levels="、".join(missing))
                reply = self._answer(entry, replace(match, entry=entry, uncovered=None, suggestions=()))
                return replace(reply, text=f"{line}\n{reply.text}")
        return None

    def _levels_given(self, asked: About) -> str:
        """For a sum asked of levels in a place that an entry gives other levels' sums of there (台州高级奖励多少), the
        line naming those sums, with the entry's dates and sources; else empty."""
        normalizer = self.engine.normalizer
        if len(asked.places) != 1 or not asked.levels or not asked.measures:
            return ""
        for entry in self.knowledge.entries.values():
            about = normalizer.normal_about(entry.about)
            if about.places != asked.places or not set(asked.measures) <= set(about.measures):
                continue
            if (given := sums.level_sums(entry.answer, normalizer.levels_in)) and not set(given) & set(asked.levels):
                listed = wording.LIST_SEPARATOR.join(
                    wording.LEVEL_SUM.format(level=level, amount=amount) for level, amount in given.items()
                )
                line = wording.LEVELS_GIVEN.format(place=asked.places[0], sums=listed, levels="、".join(asked.levels))
                return f"{line}\n\n{footer((c.as_of, c.source) for c in entry.citations)}"
        return ""

    def _for_level(self, entry: Entry, asked: tuple[str, ...]) -> str:
        """The entry's answer, only the lines of its list about the levels asked when any are asked."""
        return of_levels(entry.answer, asked, self.engine.normalizer.levels_in)

    def _elsewhere(self, entry: Entry, asked: tuple[str, ...]) -> tuple[str, ...]:
        """The places asked (`asked`) that an entry about other places (其他地方) answers for without naming them
        (深圳: the answer names 上海、广州、北京)."""
        if self.knowledge.vocabulary.unlisted_keyword not in entry.about.places:  # as written: nothing to normalise
            return ()
        return tuple(p for p in asked if p != self.engine.normalizer.unlisted_keyword and p not in entry.answer)

    def _inside(self, entry: Entry, asked: tuple[str, ...]) -> tuple[str, str] | None:
        """The one place asked and the place of the entry it lies in, when the entry's facts are that region's (玉环:
        台州's rewards), else None."""
        if len(asked) != 1 or asked[0] in entry.about.places:
            return None
        regions = self.engine.normalizer.place_rules.regions_of(asked[0])
        return next(((asked[0], r) for r in regions if r in entry.about.places), None)

    def _decline(self, match: Match | None) -> Reply:
        question = quoted((" ".join(match.question.split()),)) if match is not None else ""
        named = question[: wording.ASKED_CHARS] + ("…" if len(question) > wording.ASKED_CHARS else "")
        asked = wording.ASKED.format(question=named) if named else wording.THIS_QUESTION
        text = wording.DECLINE.format(asked=asked)
        return Reply(text, ((Button(wording.BROWSE_TOPICS, Action.TOPICS),),), Outcome.DECLINED, match)
