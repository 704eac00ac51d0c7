"""The state of the /check flow: the facts known so far as a short string its buttons carry (`i.bk.o.3.-`: level,
education, major, years, certificates held; `-` for not known), and the thread a follow-up to its verdict (那初级呢)
is read after."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core import wording
from bot.core.eligibility.rules import ABOUT, NEARLY, Education, Level, Major, Profile
from bot.core.eligibility.verdict import months_said

FIELDS = ("level", "education", "major", "years", "holds")  # the facts a state holds
_UNKNOWN = "-"
_NO_CERTIFICATE = "0"
SEVERAL = "+"  # in place of the education: not known yet, asked again with the hint for several degrees
UNIVERSITY = "u"  # in place of the education: 大学 said, which names no degree: asked whether 大专 or 本科
_ASKED_AGAIN = (SEVERAL, UNIVERSITY)
MAX_YEARS_CHOICE = 6  # the last years button means "6 or more", enough for every rule
_BEYOND = "+"  # between the last years button's years and more years typed (`6+10`: 十年)
# After the years typed with a part of a year: to the month (`2m30`: 两年半), or not said (`2x`: 两年多); after the
# whole years below a number said close to it (`2n`: 快3年) or roughly (`4a`: 差不多5年), how it was said.
_MONTHS, _MORE = "m", "x"
_SHORT_MARKS = {"n": (NEARLY, wording.YEARS_NEARLY), "a": (ABOUT, wording.YEARS_ABOUT)}
_MARK_OF = {short: mark for mark, (short, _) in _SHORT_MARKS.items()}
_YEARS_RE = re.compile(rf"(?:{MAX_YEARS_CHOICE}\{_BEYOND})?(\d+)(?:{_MONTHS}(\d+)|([{_MORE}{''.join(_SHORT_MARKS)}]))?")
_THREAD = "/check "  # the thread of a check's verdict: this, then its state
_EDUCATION_CODES = {education.code: education for education in Education}
_LEVEL_CODES = {level.value: level for level in Level}


def dump(profile: Profile, asked_again: str = "") -> str:
    """A profile as a state string, e.g. `i.bk.o.3.-`, `s.bk.-.5.i` or `i.ss.s.6+10.-` (十年 typed, beyond the last
    years button); with the education not known, `asked_again` (SEVERAL or UNIVERSITY) in its place asks it again so
    (`i.+.-.-.-`)."""
    holds, years = profile.holds, profile.years
    fields = (
        profile.level.value if profile.level is not None else None,
        profile.education.code if profile.education is not None else asked_again or None,
        profile.major.value if profile.major is not None else None,
        None if years is None else _years(years, profile),
        None if holds is None else "".join(sorted(level.value for level in holds)) or _NO_CERTIFICATE,
    )
    return ".".join(_UNKNOWN if field is None else field for field in fields)


def load(state: str) -> Profile:
    """The profile a state string holds; a damaged or stale one starts over."""
    try:
        level, education, major, years, holds = (
            None if part in (_UNKNOWN, *_ASKED_AGAIN) else part for part in state.split(".")
        )
        read = _YEARS_RE.fullmatch(years) if years is not None else None
        if years is not None and read is None:
            raise ValueError(years)
        profile = Profile(
            level=_LEVEL_CODES[level] if level else None,
            education=_EDUCATION_CODES[education] if education else None,
            major=Major(major) if major else None,
            holds=None if holds is None else frozenset(_LEVEL_CODES[c] for c in holds if c != _NO_CERTIFICATE),
            years_after=True,  # the flow asks for the years after the certificate where a rule counts them so
        )
        return profile if read is None else _with_years(profile, int(read[1]), read[2], read[3])
    except (KeyError, ValueError):
        return Profile()


def _years(years: int, profile: Profile) -> str:
    """The years of a profile as a state writes them: `3`, `6+10` beyond the last button, `2m30` to the month, `2x`
    with a part of a year not said."""
    whole = str(years) if years <= MAX_YEARS_CHOICE else f"{MAX_YEARS_CHOICE}{_BEYOND}{years}"
    if not profile.years_floored:
        return whole
    if profile.months is not None:
        return f"{whole}{_MONTHS}{profile.months}"
    return f"{whole}{_MARK_OF.get(profile.years_short, _MORE)}"


def _with_years(profile: Profile, years: int, months: str | None, mark: str | None) -> Profile:
    """A profile with the years a state holds, said as the verdict repeats them when they have a part of a year (两年半
    typed: 2年6个月; 两年多: 2年多) or were said close to or roughly their number (快3年; 差不多5年: 约5年)."""
    if months is None and mark is None:
        return replace(profile, years=years)
    if mark in _SHORT_MARKS:
        short, said = _SHORT_MARKS[mark]
        return replace(
            profile, years=years, years_floored=True, years_short=short, years_said=said.format(years=years + 1)
        )
    if months is None:
        return replace(profile, years=years, years_floored=True, years_said=wording.YEARS_MORE.format(years=years))
    if not 0 < int(months) - years * 12 < 12:
        raise ValueError(months)
    return replace(profile, years=years, years_floored=True, months=int(months), years_said=months_said(int(months)))


def asked_again(state: str) -> str:
    """How a state asks the education again (SEVERAL, UNIVERSITY), or empty."""
    education = state.split(".")[1:2]
    return education[0] if education and education[0] in _ASKED_AGAIN else ""


def valid(state: str) -> bool:
    """Whether a state is one the flow writes: a damaged or forged one is not."""
    return dump(load(state), asked_again(state)) == state


def thread(state: str) -> str:
    """The thread a follow-up to the verdict of a state (那初级呢) is read after (see `followed`)."""
    return f"{_THREAD}{state}"


def followed(thread_said: str) -> Profile | None:
    """The profile of a check's verdict its thread (`thread`) holds, or None for any other text. The years count
    after a certificate only when one is held: a follow-up swapping in a level whose rule asks for one (那高级呢) does
    not take the years said for another level as years after it."""
    state = thread_said.removeprefix(_THREAD)
    if state == thread_said or not valid(state) or (profile := load(state)).level is None:
        return None
    return replace(profile, years_after=bool(profile.holds))
