"""The step-by-step /check flow: one question a step, each with its choices as buttons, then the verdict."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.core import wording
from bot.core.eligibility import state
from bot.core.eligibility.reading import Reader
from bot.core.eligibility.rules import UNDER, Education, Fact, Level, Major, Profile, Regulation, Rule
from bot.core.eligibility.state import MAX_YEARS_CHOICE
from bot.core.eligibility.verdict import best_rule, job_line, verdict


@dataclass(frozen=True, slots=True)
class Choice:
    """An answer offered as a button: its label and the value `advance` takes."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Step:
    """A question with its choices, or (no choices) the final verdict."""

    text: str
    choices: tuple[Choice, ...] = ()
    regulations: tuple[Regulation, ...] = ()  # with the verdict: the rules it follows
    read_as: str | None = None  # with the verdict: the thread a follow-up to it (那初级呢) is read after

    @property
    def done(self) -> bool:
        """Whether this is the verdict."""
        return not self.choices


class CheckFlow:
    """The /check questions as a pure state machine over the state strings of `state` (`a.bk.o.3.-`)."""

    def __init__(self, rules: Sequence[Rule], reader: Reader | None = None) -> None:
        """`reader`: what reads an answer typed instead of tapped (`typed`); without one, none is read."""
        self.rules = tuple(rules)
        self._reader = reader

    def start(self) -> str:
        """The state before any answer."""
        return state.dump(Profile())

    def started(self, details: str) -> tuple[str, str]:
        """The state a check asked for with details starts in (/check 本科 社工专业 1年), the facts they give read as an
        answer typed to it is (`typed`), and, unless that state is the verdict, a line naming the facts read (empty
        when none are)."""
        answer = self._reader.typed(details) if self._reader is not None else Profile()
        given: dict[str, Any] = {name: getattr(answer, name) for name in state.FIELDS}
        at = state.dump(replace(Profile(), **given, **_part_of_a_year(answer)))
        read = state.load(at)
        facts = [_label(name, value) for name in _LABELLED if (value := getattr(read, name)) is not None]
        if read.years is not None:
            facts.append(read.years_said or wording.GAP.format(gap=read.years))
        if not facts or self.step(at).done:
            return at, ""
        return at, wording.CHECK_GIVEN.format(facts=wording.LIST_SEPARATOR.join(facts))

    def step(self, at: str) -> Step:
        """The question to ask in a state, or the verdict once it is decided (with the thread a follow-up to it is
        read after)."""
        profile, again = state.load(at), state.asked_again(at)
        fact = self._next(profile)
        if fact is None:
            decided = verdict(self.rules, profile)
            return Step(decided.text, regulations=decided.regulations, read_as=state.thread(at))
        several = again == state.SEVERAL and fact is Fact.EDUCATION
        prompt = wording.PROMPT_SEVERAL_DEGREES if several else self._prompt(fact, profile)
        return Step(prompt, tuple(choice for choice, _ in self._choices(fact, profile, again)))

    def advance(self, at: str, value: str) -> str:
        """The state after answering the current question with a choice's value (unchanged for any other value)."""
        profile, again = state.load(at), state.asked_again(at)
        fact = self._next(profile)
        answers = {choice.value: following for choice, following in self._choices(fact, profile, again)} if fact else {}
        return answers.get(value, state.dump(profile, again))

    def typed(self, offered: Sequence[str], text: str) -> str | None:
        """The state an answer typed instead of tapped leads to (两年, 3年, 10, 社工, 本科畢業, 中级), read as a
        question's details are: of the states the choices shown lead to (`offered`), the one whose answer it gives,
        with any other fact it gives filled in (本科，社工专业 to the education question) and the years as given
        (十年: 10, not the last button's 6; 两年半 to the month); to a question of two choices (有/没有, 社会工作专业/
        其他专业), a yes (有, 是) or no (没有, 还没考, 社工专业吗？不是) the first or the second; to the education
        question, 大学 (which names no degree) asks whether 大专 or 本科; a fact answered before said to be otherwise
        (哦不对 我其实是大专) goes on from it as said now; None when it gives no one choice."""
        choices = [state.load(at) for at in offered if self.valid(at) and not state.asked_again(at)]
        if len(choices) == 2 and (agrees := self._yes_or_no(text)) is not None:
            return state.dump(choices[0 if agrees else 1])
        asked, before = _asked(choices)
        if self._reader is not None and self._reader.goes_back(text):  # 返回, 上一步: the question before, again
            return state.dump(_back(before))
        answer = self._reader.typed(text) if self._reader is not None else Profile()
        given: dict[str, Any] = {
            name: getattr(answer, name) for name in state.FIELDS if getattr(answer, name) is not None
        }
        bare = _BARE_YEARS_RE.fullmatch(text.strip())
        if bare:  # a bare number answers how many years (3, 0.5)
            given["years"] = int(float(bare[0]))
        part = _part_of_a_year(answer) if "years" in given and not bare else _part_typed(bare)
        if self._corrects(text) and any(getattr(before, name) not in (None, value) for name, value in given.items()):
            return state.dump(replace(before, **given, **part))
        if "education" in asked and "education" not in given and self._names_university(text):
            return state.dump(replace(choices[0], education=None), state.UNIVERSITY)
        picked = [c for c in choices if all(_fits(name, given, c) for name in asked)]
        if not any(name in given for name in asked) or len(picked) != 1:
            return None
        unknown = {name: value for name, value in given.items() if getattr(picked[0], name) is None}
        if "years" in given:  # the years as given (十年), not the last years button's 6
            unknown["years"] = given["years"]
        return state.dump(replace(picked[0], **unknown, **part))

    def kept(self, offered: Sequence[str], text: str) -> tuple[str, str] | None:
        """For an answer typed that gives none of the choices offered (`typed` is None) yet speaks of the asker at this
        question, the state to ask it again in, and what to say before it: that the answer could not be read, and
        for a job named where the years are asked (不知道算不算，我在养老院做护工), whether its years count (as a
        question naming it is told), or for not knowing the level (我不知道考哪个级别), that the details may be told
        instead; None for anything else (a question of its own)."""
        choices = [state.load(at) for at in offered if self.valid(at) and not state.asked_again(at)]
        if self._reader is None or not choices:
            return None
        before = _asked(choices)[1]
        fact = self._next(before)
        job = job_line(self._reader.typed(text)) if fact is Fact.YEARS else ""
        if fact is None or not (job or self._reader.unsure(text)):
            return None
        hint = job or (wording.CHECK_LEVEL_UNSURE if fact is Fact.LEVEL else "")
        said = "\n".join(line for line in (wording.CHECK_UNREAD.format(fact=fact.value), hint) if line)
        return state.dump(before), said

    def aside(self, text: str, at: str) -> str:
        """What an answer typed says that the state it leads to (`at`) does not keep, as a line beside the step: a
        certificate's age where the years of work after it are still asked (中级证拿了6年: not years of work), a
        job named with the years (在养老院做护工5年): whether its years count, as a question naming it is told."""
        if self._reader is None:
            return ""
        answer, reached = self._reader.typed(text), state.load(at)
        if answer.held_years is not None and answer.years is None and reached.years is None:
            return wording.HELD_NOT_WORK.format(held=answer.held_years, since=wording.HELD_SINCE)
        return job_line(answer) if reached.years is not None else ""

    def corrected(self, offered: Sequence[str], at: str) -> str:
        """The facts answered before that a state reached from the choices offered (`offered`) says otherwise (本科,
        for 不对，我是本科), as the buttons name them; empty when none."""
        choices = [state.load(choice) for choice in offered if self.valid(choice) and not state.asked_again(choice)]
        if not choices:
            return ""
        now = state.load(at)
        facts = [
            _label(name, getattr(now, name))
            for name in _LABELLED
            if all(getattr(c, name) is not None for c in choices)
            and len({getattr(c, name) for c in choices}) == 1
            and getattr(now, name) not in (None, getattr(choices[0], name))
        ]
        return wording.LIST_SEPARATOR.join(facts)

    def cancels(self, text: str) -> bool:
        """Whether an answer typed to a check question leaves the check (取消, 算了不测了, cancel)."""
        return self._reader is not None and self._reader.cancels(text)

    def _yes_or_no(self, text: str) -> bool | None:
        return self._reader.yes_or_no(text) if self._reader is not None else None

    def _corrects(self, text: str) -> bool:
        return self._reader is not None and self._reader.corrects(text)

    def _names_university(self, text: str) -> bool:
        return self._reader is not None and self._reader.names_university(text)

    @staticmethod
    def valid(at: str) -> bool:
        """Whether a state is one this flow writes: a damaged or forged one is not."""
        return state.valid(at)

    def _next(self, profile: Profile) -> Fact | None:
        if profile.level is None:
            return Fact.LEVEL
        judged = verdict(self.rules, profile).levels
        return judged[0].missing[0] if judged and judged[0].missing else None

    def _required(self, level: Level) -> Level:
        return next(r.requires for r in self.rules if r.level is level and r.requires is not None)

    def _prompt(self, fact: Fact, profile: Profile) -> str:
        if fact is Fact.LEVEL:
            return wording.PROMPT_LEVEL
        if fact is Fact.EDUCATION:
            return wording.PROMPT_EDUCATION
        if fact is Fact.MAJOR:
            return wording.PROMPT_MAJOR
        level = profile.level or Level.ASSISTANT
        if fact is Fact.CERTIFICATE:
            return wording.PROMPT_CERTIFICATE.format(certificate=self._required(level).title)
        rule = best_rule(self.rules, level, profile)
        if rule is not None and rule.requires is not None:
            return wording.PROMPT_YEARS_AFTER.format(certificate=rule.requires.title)
        return wording.PROMPT_YEARS

    def _choices(self, fact: Fact, profile: Profile, again: str) -> list[tuple[Choice, str]]:
        """Each choice of a question with the state it leads to; the education question offers, besides, the hint
        for several degrees (which asks it again with the hint, and without this choice), and after 大学 only 大专
        and 本科."""
        answers = [(choice, state.dump(changed)) for choice, changed in self._answers(fact, profile)]
        if fact is Fact.EDUCATION and again == state.UNIVERSITY:
            return [(choice, at) for choice, at in answers if choice.value in _UNIVERSITY_CODES]
        if fact is Fact.EDUCATION and not again:
            answers.append((Choice(wording.LABEL_SEVERAL_DEGREES, state.SEVERAL), state.dump(profile, state.SEVERAL)))
        return answers

    def _answers(self, fact: Fact, profile: Profile) -> list[tuple[Choice, Profile]]:
        """Each answer to a question with the profile it leads to."""
        if fact is Fact.LEVEL:
            levels = [level for level in Level if any(r.level is level for r in self.rules)]
            return [(Choice(wording.LEVEL_LABELS[lv.rank], lv.value), replace(profile, level=lv)) for lv in levels]
        if fact is Fact.EDUCATION:
            return [(Choice(e.title, e.code), replace(profile, education=e)) for e in Education]
        if fact is Fact.MAJOR:
            return [
                (Choice(label, m.value), replace(profile, major=m))
                for label, m in zip(wording.MAJOR_LABELS, Major, strict=True)
            ]
        if fact is Fact.CERTIFICATE:
            required = self._required(profile.level or Level.ASSISTANT)
            return [
                (Choice(wording.LABEL_YES, "y"), replace(profile, holds=frozenset({required}))),
                (Choice(wording.LABEL_NO, "n"), replace(profile, holds=frozenset())),
            ]
        return [
            (
                Choice(
                    (wording.LABEL_YEARS if n < MAX_YEARS_CHOICE else wording.LABEL_YEARS_MORE).format(years=n), str(n)
                ),
                replace(profile, years=n),
            )
            for n in range(MAX_YEARS_CHOICE + 1)
        ]


_ASKED_IN_TURN = ("level", "education", "major", "holds", "years")  # the facts in the order the questions ask them
_LABELLED = ("level", "education", "major")  # the facts the buttons name (`_label`)
_BARE_YEARS_RE = re.compile(r"\d{1,2}(?:\.\d+)?")  # years typed as a number alone (3, 0.5, 2.5)
_MONTHS_A_YEAR = 12


def _asked(choices: Sequence[Profile]) -> tuple[list[str], Profile]:
    """The facts a question's choices (as the profiles they lead to) ask, and the facts answered before it."""
    asked = [name for name in state.FIELDS if len({getattr(choice, name) for choice in choices}) > 1]
    unasked: dict[str, Any] = dict.fromkeys(asked)
    return asked, replace(choices[0], **unasked) if choices else Profile()


def _label(name: str, value: Level | Education | Major) -> str:
    """A fact as the /check buttons name it (社会工作师（中级）, 本科, 社会工作专业)."""
    if isinstance(value, Level):
        return wording.LEVEL_LABELS[value.rank]
    if isinstance(value, Major):
        return wording.MAJOR_LABELS[list(Major).index(value)]
    return value.title


def _back(before: Profile) -> Profile:
    """The facts answered before the question answered last: going back one question (返回, 上一步)."""
    answered = [name for name in _ASKED_IN_TURN if getattr(before, name) is not None]
    unanswered: dict[str, Any] = dict.fromkeys(answered[-1:])
    return replace(before, **unanswered)


def _part_typed(bare: re.Match[str] | None) -> dict[str, Any]:
    """The part of a year beyond the whole years a bare number typed gives (0.5: 6 months), as a state keeps it."""
    if bare is None or float(bare[0]) == int(float(bare[0])):
        return {}
    return {"years_floored": True, "months": round(float(bare[0]) * _MONTHS_A_YEAR)}


def _part_of_a_year(answer: Profile) -> dict[str, Any]:
    """The part of a year beyond the whole years an answer typed gives, as a state keeps it: to the month (两年半: 30
    months), not said (两年多), or how their number was said (快3年, 差不多5年); none for years said to be under their
    number (不到3年: how many fewer, not said)."""
    if not answer.years_floored or answer.years_short == UNDER:
        return {}
    return {"years_floored": True, "months": answer.months, "years_short": answer.years_short}


def _fits(name: str, given: dict[str, object], choice: Profile) -> bool:
    """Whether a choice has the value of a fact an answer typed gives (or it gives none): any years from the last
    button's on are that button's."""
    offered = getattr(choice, name)
    value = given.get(name, offered)
    if name == "years" and isinstance(value, int):
        value = min(value, MAX_YEARS_CHOICE)
    return bool(value == offered)


_UNIVERSITY_CODES = (Education.JUNIOR_COLLEGE.code, Education.BACHELOR.code)  # what 大学 may mean
