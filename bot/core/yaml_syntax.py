"""A YAML syntax error as one problem at the line where the trouble starts, in plain words."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import yaml

from bot.core.indentation import misindented
from bot.core.problems import Problem

# What YAML was reading when it met the end of the file (or a `,` it expected): a quote or bracket left open, named
# where it was opened rather than where YAML gave up, often hundreds of lines further down.
_OPENED = {"quoted scalar": "a quoted text", "flow sequence": "a `[` list", "flow mapping": "a `{` mapping"}
_UNCLOSED_RE = re.compile(r"end of stream|document (?:separator|indicator)|expected ','")
_COLON_HINT = "a `: ` inside a text makes YAML read `key: value`; put the whole text in quotes"
_KEY_LINE_RE = re.compile(r"^( *(?:- +)?)([a-z_]+):(?: |$)")  # a key as YAML reads one, after its indent
_COLONLESS_RE = re.compile(r"^( *(?:- +)?)([a-z_]+)(?: +(.*))?$")  # `keywords [宁波]`, `- id x`, `answer |`, `sources`
_UNSPACED_RE = re.compile(r"^ *(?:- +)?([a-z][a-z_]*):([^\s/:].*)$")  # `question:社工工资多少？`, `- id:pay`


def syntax_problem(
    file: str, error: yaml.MarkedYAMLError, lines: Sequence[str] = (), keys: Collection[str] = ()
) -> Problem:
    """A YAML syntax error at the line where the trouble starts: a quote or bracket never closed is named where it was
    opened; a key with no space after its colon, one of the file's `keys` with no colon at all, a tab, or a line
    indented out of line with those around it, in plain words at the line to fix (the file's `lines` show it); any
    other error where YAML found it, with what it was reading."""
    problem, context = error.problem or "", error.context or ""
    found, opened = error.problem_mark, error.context_mark
    kind = next((name for key, name in _OPENED.items() if key in context), None)
    if opened is not None and kind and _UNCLOSED_RE.search(problem):
        if found is None or "end of stream" in problem:
            ending = "found the end of the file"
        else:
            ending = f"{problem} at line {found.line + 1}"
        message = f"{kind} opened here is never closed ({ending})"
        return Problem(file, opened.line + 1, f"YAML syntax error at column {opened.column + 1}: {message}")
    if (key := _unspaced_key(file, lines, opened, found)) is not None:
        return key
    if found is not None and (colonless := _colonless_key(file, lines, keys, opened or found, found)) is not None:
        return colonless
    if found is not None and found.line < len(lines) and (plain := misindented(lines, error, found)) is not None:
        return Problem(file, plain[0] + 1, plain[1])
    mark = found or opened
    row, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    reading = f" ({context} from line {opened.line + 1})" if context and opened and opened.line != row - 1 else ""
    hint = f"; {_COLON_HINT}" if problem.startswith("mapping values are not allowed") else ""
    return Problem(file, row, f"YAML syntax error at column {column}: {problem}{reading}{hint}")


def _unspaced_key(file: str, lines: Sequence[str], *marks: yaml.Mark | None) -> Problem | None:
    """A key with no space after its colon on a line where YAML began or stopped reading, or on the line above."""
    for row in sorted({mark.line - back for mark in marks if mark is not None for back in (0, 1)}):
        if 0 <= row < len(lines) and (message := unspaced(lines[row])) is not None:
            return Problem(file, row + 1, message)
    return None


def _colonless_key(
    file: str, lines: Sequence[str], keys: Collection[str], opened: yaml.Mark, found: yaml.Mark
) -> Problem | None:
    """A key with no colon (`keywords [宁波]`, `- id taizhou-reward`, `answer |`) between where YAML began reading and
    where it stopped (the last one before it stopped): one of `keys`, standing where the nearest key above or below it
    stands."""
    for row in range(min(found.line, len(lines) - 1), max(min(opened.line, found.line) - 2, -1), -1):
        colonless = _COLONLESS_RE.match(lines[row])
        if colonless is None or colonless.group(2) not in keys:
            continue
        column = len(colonless.group(1))
        near = (
            next(filter(None, map(_KEY_LINE_RE.match, side)), None)
            for side in (reversed(lines[:row]), lines[row + 1 :])
        )
        if any(sibling is not None and len(sibling.group(1)) == column for sibling in near):
            key, value = colonless.group(2), (colonless.group(3) or "").strip()
            shown = value if len(value) <= 20 else value[:20] + "…"
            return Problem(
                file,
                row + 1,
                f"missing colon after `{key}`? YAML does not read `{key}` as a key without one; write "
                f"`{key}:{' ' + shown if shown else ''}`",
            )
    return None


def unspaced(text: str) -> str | None:
    """What to write for a key with no space after its colon (`question:社工工资多少？`), which YAML reads as text, not
    as a key; None for any other text."""
    if (found := _UNSPACED_RE.match(text)) is None:
        return None
    key, value = found.group(1), found.group(2).strip()
    shown = value if len(value) <= 20 else value[:20] + "…"
    return f"`{key}:` has no space after its colon, so YAML does not read it as a key; write `{key}: {shown}`"
