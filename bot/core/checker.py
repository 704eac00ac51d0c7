"""Checks a YAML file's node tree against the shapes of `bot.core.fields`, collecting every problem as
`FILE:LINE: message`: the loader's checker, shared with the readers of the files it hands on."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import yaml

from bot.core.fields import Field, keys
from bot.core.indentation import unfolded
from bot.core.problems import Located, Problem, line

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
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in fields:
                self.problem(key_node, f"{named}: `{key}` is given twice; keep one")
            elif key not in allowed:
                # A misspelt key is read as the key it is closest to, when that one is not given: what is under it is
                # still checked, and the key is not reported missing too.
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean `{close[0]}`? " if close else ""
                self.problem(key_node, f"{named}: unknown key `{key}`; {hint}expected keys: {', '.join(allowed)}")
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
