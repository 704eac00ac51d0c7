"""Indentation mistakes in plain words, at the line to fix: list items YAML folded into the text above them, and the
tabs and lines out of line behind a YAML syntax error."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import takewhile

import yaml

from bot.core.problems import Located, Problem

# What YAML says of a line indented out of line with those around it: at the line's start, or for `mapping values`
# at the colon of the key the line opens with.
_LAYOUT_PROBLEMS = (
    "did not find expected key",
    "did not find expected '-' indicator",
    "mapping values are not allowed",
)
_KEY_RE = re.compile(r"^( *(?:- +)?)([^\s:'\"#{}\[\],][^\s:]*):(?:\s|$)")  # the key a line opens with: `a:`, `- a:`
_READ_KEY_RE = re.compile(r"^ *([^\s#'\"\[{>|-][^#]*?):(?:\s|$)")  # any key, `Source of it:` too
_BLOCK_RE = re.compile(r"[|>][-+1-9]*")  # what opens a block of text under a key: `|`, `>-`
_LINE_UP = "the {} of one {} line up: indent it {} spaces like {}"


def unfolded(
    file: str, lines: Sequence[str], node: yaml.ScalarNode, value: str, what: str, among: int
) -> tuple[list[Located], list[Problem]]:
    """A text as the list items it was written as, with the problems of its indentation. A plain text that runs on
    into lines starting with `- ` holds items YAML folded into it (`a - b`): when more of them run on, all indented
    alike, than its list (of `among` items) has, its own `- ` line is the one indented too little, one problem there;
    else each is indented too deep, a problem at each."""
    start, end = node.start_mark, node.end_mark
    rows = [row for row in range(start.line + 1, min(end.line + 1, len(lines))) if _item(lines[row])]
    if node.style or not rows:
        return [Located(value, file, start.line + 1)], []
    pieces = _pieces(file, lines, start.line, start.column, end.line, end.column)
    deep = {_indent(lines[row]) for row in rows}
    if len(rows) > among and len(deep) == 1 and _item(lines[start.line]):
        (indent,) = deep
        message = (
            f"{what} `{pieces[0].value}` is indented {_indent(lines[start.line])} spaces and the "
            f"{len(rows)} `- ` items below it {indent}, so YAML reads them all as one text; indent it "
            f"{indent} spaces like them"
        )
        return pieces, [Problem(file, start.line + 1, message)]
    message = (
        f"{what} `{value}` runs on into this line, so YAML reads this `- ` item as part of the one "
        "above it; indent it like the items above"
    )
    return pieces, [Problem(file, row + 1, message) for row in rows]


def _pieces(file: str, lines: Sequence[str], first: int, column: int, last: int, end: int) -> list[Located]:
    """The items written on rows `first` to `last` (from `column` of the first to `end` of the last): each row
    starting with `- ` opens one, any other row goes on with the one before."""
    pieces: list[Located] = []
    for row in range(first, last + 1):
        text = lines[row][column if row == first else 0 : end if row == last else None].strip()
        if row == first or _item(text):
            pieces.append(Located(text.removeprefix("- ").strip(), file, row + 1))
        elif text:
            pieces[-1].value += " " + text
    return pieces


def misindented(lines: Sequence[str], error: yaml.MarkedYAMLError, found: yaml.Mark) -> tuple[int, str] | None:
    """The row to fix and what to do there, for a syntax error that a tab or a line indented out of line causes;
    None for any other."""
    problem, text = error.problem or "", lines[found.line]
    tab = found.column if text[found.column : found.column + 1] == "\t" else text.find("\t")
    if tab >= 0 and ("tab" in problem or tab == found.column):
        return found.line, f"tab character at column {tab + 1}: YAML indents with spaces; replace the tab with spaces"
    if problem.startswith("could not find expected ':'") and error.context_mark is not None:
        row = error.context_mark.line  # the line YAML took for a key
        return unindented_text(lines, row) or _outdented_line(lines, row)
    key = _KEY_RE.match(text)
    at = key.end(2) if key and problem.startswith("mapping values") else _indent(text)
    if not problem.startswith(_LAYOUT_PROBLEMS) or found.column != at:
        return None
    return _misaligned_key(lines, found.line) or _outdented_item(lines, found.line)


def _misaligned_key(lines: Sequence[str], row: int) -> tuple[int, str] | None:
    """A key at `row` indented otherwise than the key above it."""
    key = _KEY_RE.match(lines[row])
    above = next((a for a in _above(lines, row) if _KEY_RE.match(lines[a])), None)
    if key is None or _item(lines[row]) or above is None or (other := _KEY_RE.match(lines[above])) is None:
        return None
    spaces, name = other.end(1), other.group(2)
    if key.end(1) == spaces:
        return None
    return row, (
        f"`{key.group(2)}:` is indented {key.end(1)} spaces but `{name}:` above it (line {above + 1}) is indented "
        f"{spaces}; " + _LINE_UP.format("keys", "mapping", spaces, f"`{name}:`")
    )


def _outdented_item(lines: Sequence[str], row: int) -> tuple[int, str] | None:
    """A text item indented less than the item just above it: the one at `row`, or one YAML read on from until the
    key at `row`; else an item at `row` indented otherwise than the item like it above it (`- id:` as `- id:`)."""
    item = _item(lines[row])
    rows = [row] if item else takewhile(lambda above: not _KEY_RE.match(lines[above]), _above(lines, row))
    for text_item in (r for r in rows if _item(lines[r]) and _item_key(lines[r]) is None):
        above = next(_above(lines, text_item), None)
        if above is not None and _item(lines[above]) and _indent(lines[above]) > _indent(lines[text_item]):
            return text_item, _out_of_line(lines, text_item, above)
    like = (a for a in _above(lines, row) if _item(lines[a]) and _item_key(lines[a]) == _item_key(lines[row]))
    if not item or (above := next(like, None)) is None or _indent(lines[above]) == _indent(lines[row]):
        return None
    return row, _out_of_line(lines, row, above)


def _out_of_line(lines: Sequence[str], row: int, above: int) -> str:
    """What to do about the item at `row`, indented otherwise than the item at `above`."""
    spaces = _indent(lines[above])
    return (
        f"this `- ` item is indented {_indent(lines[row])} spaces but the one above it (line {above + 1}) is indented "
        f"{spaces}; " + _LINE_UP.format("items", "list", spaces, "that one")
    )


def _outdented_line(lines: Sequence[str], row: int) -> tuple[int, str] | None:
    """A line of text at `row` indented less than the line above it, which ends the text there."""
    above = next(_above(lines, row), None) if row < len(lines) else None
    if above is None or _indent(lines[above]) <= _indent(lines[row]):
        return None
    return row, (
        f"this line is indented {_indent(lines[row])} spaces but the line above it (line {above + 1}) is indented "
        f"{_indent(lines[above])}, so YAML no longer reads it as part of the text above; indent it "
        f"{_indent(lines[above])} spaces like that line"
    )


def unindented_text(lines: Sequence[str], row: int) -> tuple[int, str] | None:
    """A line at `row` meant as text of the block (`answer: |`) above it but indented no more than the block's key, so
    YAML ends the text there: the text's first line (named at the first of the lines before `row` that YAML read as
    keys for their `: `), or a line after the text that YAML reads as a key; None for any other."""
    if row >= len(lines):
        return None
    found = next(((above, block) for above in _above(lines, row) if (block := _block(lines[above]))), None)
    spaces = _indent(lines[row])
    if found is None or spaces > found[1][0].end(1):
        return None
    opening, (key, style) = found
    between = list(takewhile(lambda above: above != opening, _above(lines, row)))  # nearest first
    keys = all(_indent(lines[b]) == spaces and _read_key(lines[b]) for b in between)  # YAML read them as keys
    if not keys and not (all(_indent(lines[b]) > spaces for b in between) and _read_key(lines[row])):
        return None
    first = between[-1] if keys and between else row
    name, at, read = key.group(2), key.end(1), _read_key(lines[first])
    where = f"`{name}: {style}` (line {opening + 1})"
    fix = (
        f"indent every line of the text {at + 2} spaces"
        if keys
        else f"indent it {_indent(lines[between[0]])} spaces like the text above it (line {between[0] + 1})"
    )
    if read is None:
        return first, (
            f"the text under {where} must be indented more than `{name}:`, which is indented {at} spaces, but this "
            f"line is indented {spaces}; {fix}"
        )
    return first, (
        f"this line looks like part of the text under {where}, but YAML reads `{read}:` as a key: the text must be "
        f"indented more than `{name}:`, which is indented {at} spaces, and this line is indented {spaces}; {fix}"
    )


def _block(row: str) -> tuple[re.Match[str], str] | None:
    """The key a line opens a block of text with (`answer: |`) and what opens it (`|`), None for any other line."""
    key = _KEY_RE.match(row)
    style = row[key.end() :].split(" #")[0].strip() if key else ""
    return (key, style) if key is not None and _BLOCK_RE.fullmatch(style) else None


def _above(lines: Sequence[str], row: int) -> Iterator[int]:
    """The rows above `row` that hold more than a comment, nearest first."""
    return (a for a in range(row - 1, -1, -1) if lines[a].strip() and not lines[a].lstrip().startswith("#"))


def _item_key(row: str) -> str | None:
    """The key a list item opens with (`- id: pay`: id), None for a text item."""
    key = _KEY_RE.match(row)
    return key.group(2) if key else None


def _read_key(row: str) -> str | None:
    """The key YAML reads a line as for its `: ` (`来源: 浙江日报`: 来源), None for a line of text."""
    found = _READ_KEY_RE.match(row)
    return found.group(1) if found else None


def _item(row: str) -> bool:
    """Whether a line of YAML is a list item (`- a`)."""
    return row.lstrip().startswith("- ")


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip(" "))
