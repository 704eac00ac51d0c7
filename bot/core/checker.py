"""Checks a YAML file's node tree against the shapes of `bot.core.fields`, collecting every problem as
`FILE:LINE: message`: the loader's checker, shared with the readers of the files it hands on."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import takewhile
from pathlib import Path

import yaml

from bot.core.fields import Field, keys


@dataclass(frozen=True, slots=True)
class Problem:
    """One mistake in the knowledge base, where it is and how to fix it."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge base is invalid; `problems` lists every mistake found in one run, and `unchecked` says what
    they kept from being checked ('' when nothing)."""

    def __init__(self, problems: list[Problem], unchecked: str = "") -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.line, p.message))
        self.unchecked = unchecked
        super().__init__("\n".join([*(str(p) for p in self.problems), *([unchecked] if unchecked else [])]))


@dataclass(slots=True)
class Located:
    """A value read from YAML with the file and line it came from."""

    value: str
    file: str
    line: int


# What YAML was reading when it met the end of the file (or a `,` it expected): a quote or bracket left open, named
# where it was opened rather than where YAML gave up, often hundreds of lines further down.
_OPENED = {"quoted scalar": "a quoted text", "flow sequence": "a `[` list", "flow mapping": "a `{` mapping"}
_UNCLOSED_RE = re.compile(r"end of stream|document (?:separator|indicator)|expected ','")
_COLON_HINT = "a `: ` inside a text makes YAML read `key: value`; put the whole text in quotes"

STR_TAG = "tag:yaml.org,2002:str"
_INT_TAG = "tag:yaml.org,2002:int"
_BOOL_TAG = "tag:yaml.org,2002:bool"


@dataclass
class Checker:
    """Reads one YAML file's node tree against the expected shapes, collecting problems."""

    file: str
    problems: list[Problem]
    lines: tuple[str, ...] = ()  # the file's text, for what its node tree no longer shows

    def problem(self, node: yaml.Node | None, message: str) -> None:
        self.problems.append(Problem(self.file, line(node), message))

    def problem_at(self, where: Located, message: str) -> None:
        self.problems.append(Problem(where.file, where.line, message))

    def mapping(
        self, node: yaml.Node, what: str, table: tuple[Field, ...], owner: str | None = None
    ) -> dict[str, yaml.Node] | None:
        """The fields of a mapping; a missing required key is reported, naming `owner` (e.g. entry `pay`) if given."""
        required, optional = keys(table)
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping of `key: value` lines")
            return None
        fields: dict[str, yaml.Node] = {}
        allowed = required + optional
        given = {str(key_node.value) for key_node, _ in node.value}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in fields:
                self.problem(key_node, f"{what}: `{key}` is given twice; keep one")
            elif key not in allowed:
                # A misspelt key is read as the key it is closest to, when that one is not given: what is under it is
                # still checked, and the key is not reported missing too.
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean `{close[0]}`? " if close else ""
                self.problem(key_node, f"{what}: unknown key `{key}`; {hint}expected keys: {', '.join(allowed)}")
                if close and close[0] not in given:
                    fields.setdefault(close[0], value_node)
            else:
                fields[key] = value_node
        for key in required:
            if key not in fields:
                self.problem(node, f"{what}: missing `{key}`; add `{key}:`" + (f" to {owner}" if owner else ""))
        return fields

    def text(self, node: yaml.Node | None, what: str) -> str | None:
        """The text of a node, stripped; None (reported) for anything else, an empty text reported too."""
        if (plain := self._plain(node, what)) is None:
            return None
        self._unfolded(*plain, what, among=1)
        return plain[1]

    def _plain(self, node: yaml.Node | None, what: str) -> tuple[yaml.ScalarNode, str] | None:
        """A text node with its text, stripped; None (reported) for anything else or an empty text."""
        if not isinstance(node, yaml.ScalarNode) or node.tag != STR_TAG:
            self.problem(node, f"{what} must be text ({_quoting(node)})")
            return None
        value = str(node.value).strip()
        if not value:
            self.problem(node, f"{what} is empty; write it or remove the entry")
            return None
        return node, value

    def _unfolded(self, node: yaml.ScalarNode, value: str, what: str, among: int) -> list[Located]:
        """A text as the list items it was written as. A plain text that runs on into lines starting with `- ` holds
        items YAML folded into it (`a - b`): when more of them run on, all indented alike, than its list (of `among`
        items) has, its own `- ` line is the one indented too little, one problem there; else each is indented too
        deep, a problem at each."""
        start, end = node.start_mark, node.end_mark
        rows = [row for row in range(start.line + 1, min(end.line + 1, len(self.lines))) if _item(self.lines[row])]
        if node.style or not rows:
            return [Located(value, self.file, start.line + 1)]
        pieces = self._pieces(start.line, start.column, end.line, end.column)
        deep = {_indent(self.lines[row]) for row in rows}
        if len(rows) > among and len(deep) == 1 and _item(self.lines[start.line]):
            (indent,) = deep
            self.problems.append(
                Problem(
                    self.file,
                    start.line + 1,
                    f"{what} `{pieces[0].value}` is indented {_indent(self.lines[start.line])} spaces and the "
                    f"{len(rows)} `- ` items below it {indent}, so YAML reads them all as one text; indent it "
                    f"{indent} spaces like them",
                )
            )
            return pieces
        for row in rows:
            self.problems.append(
                Problem(
                    self.file,
                    row + 1,
                    f"{what} `{value}` runs on into this line, so YAML reads this `- ` item as part of the one "
                    "above it; indent it like the items above",
                )
            )
        return pieces

    def _pieces(self, first: int, column: int, last: int, end: int) -> list[Located]:
        """The items written on rows `first` to `last` (from `column` of the first to `end` of the last): each row
        starting with `- ` opens one, any other row goes on with the one before."""
        pieces: list[Located] = []
        for row in range(first, last + 1):
            text = self.lines[row][column if row == first else 0 : end if row == last else None].strip()
            if row == first or _item(text):
                pieces.append(Located(text.removeprefix("- ").strip(), self.file, row + 1))
            elif text:
                pieces[-1].value += " " + text
        return pieces

    def integer(self, node: yaml.Node, what: str) -> int | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _INT_TAG:
            self.problem(node, f"{what} must be a whole number")
            return None
        return int(node.value)

    def boolean(self, node: yaml.Node, what: str) -> bool | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _BOOL_TAG:
            self.problem(node, f"{what} must be true or false")
            return None
        return str(node.value).lower() == "true"

    def texts(self, node: yaml.Node, what: str) -> list[Located]:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list (`[a, b]` or lines starting with `- `)")
            return []
        items = []
        for item in node.value:
            if (plain := self._plain(item, f"an item of {what}")) is not None:
                items.extend(self._unfolded(*plain, f"an item of {what}", among=len(node.value)))
        return items

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list of items starting with `- `")
            return []
        return list(node.value)


def _quoting(node: yaml.Node | None) -> str:
    """How to make what YAML did not read as text into text: a `: ` inside it made it a mapping of one key, or it
    looks like a number or yes/no."""
    if isinstance(node, yaml.MappingNode) and len(node.value) == 1:
        key, value = (str(part.value) if isinstance(part, yaml.ScalarNode) else "…" for part in node.value[0])
        return f'`{key}: {value}` reads as `key: value` because of the `: `; put it all in quotes: "{key}: {value}"'
    return "put it in quotes if it looks like a number or yes/no"


def syntax_problem(file: str, error: yaml.MarkedYAMLError, lines: Sequence[str] = ()) -> Problem:
    """A YAML syntax error at the line where the trouble starts: a quote or bracket never closed is named where it was
    opened; a tab, or a line indented out of line with those around it, in plain words at the line to fix (the file's
    `lines` show it); any other error where YAML found it, with what it was reading."""
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
    if found is not None and found.line < len(lines) and (plain := _layout(lines, error, found)) is not None:
        return Problem(file, plain[0] + 1, plain[1])
    mark = found or opened
    row, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    reading = f" ({context} from line {opened.line + 1})" if context and opened and opened.line != row - 1 else ""
    hint = f"; {_COLON_HINT}" if problem.startswith("mapping values are not allowed") else ""
    return Problem(file, row, f"YAML syntax error at column {column}: {problem}{reading}{hint}")


# What YAML says of a line indented out of line with those around it: at the line's start, or for `mapping values`
# at the colon of the key the line opens with.
_LAYOUT_PROBLEMS = (
    "did not find expected key",
    "did not find expected '-' indicator",
    "mapping values are not allowed",
)
_KEY_RE = re.compile(r"^( *(?:- +)?)([^\s:'\"#{}\[\],][^\s:]*):(?:\s|$)")  # the key a line opens with: `a:`, `- a:`
_LINE_UP = "the {} of one {} line up: indent it {} spaces like {}"


def _layout(lines: Sequence[str], error: yaml.MarkedYAMLError, found: yaml.Mark) -> tuple[int, str] | None:
    """The row to fix and what to do there, for a syntax error that a tab or a line indented out of line causes;
    None for any other."""
    problem, text = error.problem or "", lines[found.line]
    tab = found.column if text[found.column : found.column + 1] == "\t" else text.find("\t")
    if tab >= 0 and ("tab" in problem or tab == found.column):
        return found.line, f"tab character at column {tab + 1}: YAML indents with spaces; replace the tab with spaces"
    if problem.startswith("could not find expected ':'") and error.context_mark is not None:
        return _outdented_line(lines, error.context_mark.line)  # the line YAML took for a key
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


def _above(lines: Sequence[str], row: int) -> Iterator[int]:
    """The rows above `row` that hold more than a comment, nearest first."""
    return (a for a in range(row - 1, -1, -1) if lines[a].strip() and not lines[a].lstrip().startswith("#"))


def _item_key(row: str) -> str | None:
    """The key a list item opens with (`- id: pay`: id), None for a text item."""
    key = _KEY_RE.match(row)
    return key.group(2) if key else None


def _item(row: str) -> bool:
    """Whether a line of YAML is a list item (`- a`)."""
    return row.lstrip().startswith("- ")


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip(" "))


def line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 1


def display(path: Path) -> str:
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative
