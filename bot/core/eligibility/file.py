"""`knowledge/eligibility.yaml` as the loader reads it, with its checker: the rules (`regulations`) and the words
questions are read by (`reading`)."""

from __future__ import annotations

from collections.abc import Mapping

import yaml

from bot.core.checker import Checker
from bot.core.eligibility.rules import REGULATION_FIELDS, Rule, read_rules
from bot.core.eligibility.words import READING_FIELDS, Words, read_words
from bot.core.fields import Field
from bot.core.knowledge import Source

ELIGIBILITY_FILE = "eligibility.yaml"
ELIGIBILITY_FILE_FIELDS = (
    Field("regulations", "mappings", fields=REGULATION_FIELDS),
    Field("reading", "mapping", fields=READING_FIELDS, description="the words questions are read by"),
)


def read_eligibility(
    checker: Checker, root: yaml.Node | None, sources: Mapping[str, Source], texts: Mapping[str, str]
) -> tuple[tuple[Rule, ...], Words | None]:
    """The rules and the reading words of an eligibility file's node tree, each rule checked against the searchable
    text of its source (`texts`, by source id), if it has one (none when they have problems, which go to the checker
    as `FILE:LINE: message`)."""
    fields = checker.mapping(root, "eligibility file", ELIGIBILITY_FILE_FIELDS) if root is not None else None
    if not fields:
        return (), None
    rules = read_rules(checker, fields["regulations"], sources, texts) if "regulations" in fields else ()
    return rules, read_words(checker, fields["reading"]) if "reading" in fields else None
