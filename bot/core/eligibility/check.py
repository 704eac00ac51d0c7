"""The step-by-step /check flow: one question a step, each with its choices as buttons, then the verdict."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.core import wording
from bot.core.eligibility.reading import Reader
from bot.core.eligibility.rules import Education, Fact, Level, Major, Profile, Regulation, Rule
from bot.core.eligibility.verdict import best_rule, verdict

MAX_YEARS_CHOICE = 6  # the last years button means "6 or more", enough for every rule


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

    @property
    def done(self) -> bool:
        """Whether this is the verdict."""
        return not self.choices


_UNKNOWN = "-"
_NO_CERTIFICATE = "0"
_SEVERAL = "+"  # in place of the education: not known yet, asked again with the hint for several degrees
_FIELDS = ("level", "education", "major", "years", "holds")  # the facts a state holds


class CheckFlow:
    """The /check questions as a pure state machine; a state is a short string such as `a.bk.o.3.-`
    (level, education, major, years, certificates held; `-` for not known)."""

    def __init__(self, rules: Sequence[Rule], reader: Reader | None = None) -> None:
        """`reader`: what reads an answer typed instead of tapped (`typed`); without one, none is read."""
        self.rules = tuple(rules)
        self._reader = reader

    def start(self) -> str:
        """The state before any answer."""
        return _dump(Profile())

    def step(self, state: str) -> Step:
        """The question to ask in a state, or the verdict once it is decided."""
        profile, several = _load(state), _several(state)
        fact = self._next(profile)
        if fact is None:
            decided = verdict(self.rules, profile)
            return Step(decided.text, regulations=decided.regulations)
        prompt = wording.PROMPT_SEVERAL_DEGREES if several and fact is Fact.EDUCATION else self._prompt(fact, profile)
        return Step(prompt, tuple(choice for choice, _ in self._choices(fact, profile, several)))

    def advance(self, state: str, value: str) -> str:
        """The state after answering the current question with a choice's value (unchanged for any other value)."""
        profile, several = _load(state), _several(state)
        fact = self._next(profile)
        answers = (
            {choice.value: following for choice, following in self._choices(fact, profile, several)} if fact else {}
        )
        return answers.get(value, _dump(profile, several))

    def typed(self, offered: Sequence[str], text: str) -> str | None:
        """The state an answer typed instead of tapped leads to (两年, 3年, 社工, 本科畢業, 中级), read as a question's
        details are: of the states the choices shown lead to (`offered`), the one whose answer it gives, with any
        other fact it gives filled in (本科，社工专业 to the education question); to a question of two choices (有/没有,
        社会工作专业/其他专业), a yes (有, 是) or no (没有, 还没考) the first or the second; None when it gives no one
        choice."""
        answer = self._reader.typed(text) if self._reader is not None else Profile()
        given = {name: getattr(answer, name) for name in _FIELDS if getattr(answer, name) is not None}
        if "years" in given:
            given["years"] = min(given["years"], MAX_YEARS_CHOICE)  # the last button: 6年及以上
        choices = [_load(state) for state in offered if self.valid(state) and not _several(state)]
        asked = [name for name in _FIELDS if len({getattr(choice, name) for choice in choices}) > 1]
        if not any(name in given for name in asked):
            agrees = self._reader.yes_or_no(text) if self._reader is not None and len(choices) == 2 else None
            return None if agrees is None else _dump(choices[0 if agrees else 1])
        picked = [c for c in choices if all(given.get(name, getattr(c, name)) == getattr(c, name) for name in asked)]
        if len(picked) != 1:
            return None
        unknown = {name: value for name, value in given.items() if getattr(picked[0], name) is None}
        return _dump(replace(picked[0], **unknown))

    def valid(self, state: str) -> bool:
        """Whether a state is one this flow writes: a damaged or forged one is not."""
        return _dump(_load(state), _several(state)) == state

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

    def _choices(self, fact: Fact, profile: Profile, several: bool) -> list[tuple[Choice, str]]:
        """Each choice of a question with the state it leads to; the education question offers, besides, the hint
        for several degrees (which asks it again with the hint, and without this choice)."""
        answers = [(choice, _dump(changed)) for choice, changed in self._answers(fact, profile)]
        if fact is Fact.EDUCATION and not several:
            answers.append((Choice(wording.LABEL_SEVERAL_DEGREES, _SEVERAL), _dump(profile, several=True)))
        return answers

    def _answers(self, fact: Fact, profile: Profile) -> list[tuple[Choice, Profile]]:
        """Each answer to a question with the profile it leads to."""
        if fact is Fact.LEVEL:
            levels = [level for level in Level if any(r.level is level for r in self.rules)]
            return [
                (Choice(wording.LEVEL_LABELS[list(Level).index(lv)], lv.value), replace(profile, level=lv))
                for lv in levels
            ]
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


_EDUCATION_CODES = {education.code: education for education in Education}
_LEVEL_CODES = {level.value: level for level in Level}


def _dump(profile: Profile, several: bool = False) -> str:
    """A profile as a state string, e.g. `i.bk.o.3.-` or `s.bk.-.5.i` (`i.+.-.-.-`: the education asked again with
    the hint for `several` degrees)."""
    holds = profile.holds
    fields = (
        profile.level.value if profile.level is not None else None,
        profile.education.code if profile.education is not None else _SEVERAL if several else None,
        profile.major.value if profile.major is not None else None,
        str(profile.years) if profile.years is not None else None,
        None if holds is None else "".join(sorted(level.value for level in holds)) or _NO_CERTIFICATE,
    )
    return ".".join(_UNKNOWN if field is None else field for field in fields)


def _load(state: str) -> Profile:
    """The profile a state string holds; a damaged or stale one starts over."""
    try:
        level, education, major, years, holds = (
            None if part in (_UNKNOWN, _SEVERAL) else part for part in state.split(".")
        )
        if years is not None and not years.isdigit():
            raise ValueError(years)
        return Profile(
            level=_LEVEL_CODES[level] if level else None,
            education=_EDUCATION_CODES[education] if education else None,
            major=Major(major) if major else None,
            years=min(int(years), MAX_YEARS_CHOICE) if years else None,
            holds=None if holds is None else frozenset(_LEVEL_CODES[c] for c in holds if c != _NO_CERTIFICATE),
            years_after=True,  # the flow asks for the years after the certificate where a rule counts them so
        )
    except (KeyError, ValueError):
        return Profile()


def _several(state: str) -> bool:
    """Whether a state asks the education again with the hint for several degrees."""
    return state.split(".")[1:2] == [_SEVERAL]
