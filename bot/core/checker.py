"""Checks a YAML file's node tree against the shapes of `bot.core.fields`, collecting every problem as
`FILE:LINE: message`: the loader's checker, shared with the readers of the files it hands on."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

import yaml

from bot.core.fields import Field, keys
from bot.core.indentation import unfolded, unindented_text
from bot.core.problems import Located, Problem, line
from bot.core.yaml_syntax import unspaced

STR_TAG = "tag:yaml.org,2002:str"
_INT_TAG = "tag:yaml.org,2002:int"
_BOOL_TAG = "tag:yaml.org,2002:bool"
_FIELD_RE = re.compile(r"[a-z_]+")  # what a key of a knowledge file looks like


@dataclass
class Checker:
    """Reads one YAML file's node tree against the expected shapes, collecting problems."""

    file: str
    problems: list[Problem]
    lines: tuple[str, ...] = ()  # the file's text, for what its node tree no longer shows
    misread: set[int] = field(default_factory=set)  # the rows of block text YAML read as keys, reported as such

    def problem(self, node: yaml.Node | None, message: str) -> None:
        self.problems.append(Problem(self.file, line(node), message))

    def problem_at(self, where: Located, message: str) -> None:
        self.problems.append(Problem(where.file, where.line, message))

    def _misread(self, row: int, message: str) -> None:
        """Reports a line of block text that YAML read as a key, once: the keys YAML read from the lines after it
        name it too."""
        if row not in self.misread:
            self.misread.add(row)
            self.problems.append(Problem(self.file, row + 1, message))

    def mapping(
        self, node: yaml.Node, what: str, table: tuple[Field, ...], owner: str | None = None
    ) -> dict[str, yaml.Node] | None:
        """The fields of a mapping; a key unknown or given twice is reported naming `owner` (e.g. entry `pay`) if
        given, else `what`; a missing required key, saying to add it to `owner`."""
        required, optional = keys(table)
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping of `key: value` lines")
            return None
        fields: dict[str, yaml.Node] = {}
        named = owner or what
        allowed = required + optional
        given = {str(key_node.value) for key_node, _ in node.value}
        first: dict[str, int] = {}  # the line each key is first given at
        unspaced_keys: set[str] = set()  # keys written with no space after their colon
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in fields:
                self.problem(key_node, f"{named}: `{key}` is given twice (first at line {first[key]}); keep one")
            elif (fix := unspaced(key)) is not None and key.partition(":")[0] in allowed:
                self.problem(key_node, f"{named}: {fix}")
                unspaced_keys.add(key.partition(":")[0])
            elif key not in allowed:
                # A misspelt key is read as the key it is closest to, when that one is not given: what is under it is
                # still checked, and the key is not reported missing too. A key no field could have (来源) on a line
                # after a block of text (`answer: |`) and not indented under it is a line of that text.
                close = difflib.get_close_matches(key, allowed, n=1)
                text = None if _FIELD_RE.fullmatch(key) else unindented_text(self.lines, key_node.start_mark.line)
                if text is not None:
                    self._misread(text[0], f"{named}: {text[1]}")
                    continue
                hint = f"did you mean `{close[0]}`? " if close else ""
                self.problem(key_node, f"{named}: unknown key `{key}`; {hint}expected keys: {', '.join(allowed)}")
                if close and close[0] not in given:
                    fields.setdefault(close[0], value_node)
            else:
                fields[key], first[key] = value_node, line(key_node)
        for key in required:
            if key not in fields and key not in unspaced_keys:
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
            if node.end_mark.line not in self.misread:  # else its text was read as keys, reported there
                self.problem(node, f"{what} is empty; write it or remove the entry")
            return None
        return node, value

    def _unfolded(self, node: yaml.ScalarNode, value: str, what: str, among: int) -> list[Located]:
        """A text as the list items it was written as; the problems of their indentation are collected."""
        items, problems = unfolded(self.file, self.lines, node, value, what, among)
        self.problems.extend(problems)
        return items

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
