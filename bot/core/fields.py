"""The shape of a knowledge-file key: what the loader checks and `bot.core.schema` renders (one source of truth)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Field:
    """One key of a knowledge file, as the checker reads it and `bot.core.schema` renders it (one source of truth).

    `kind` is `text` (a non-empty string), `integer`, `boolean`, `texts` (a list of texts), `mapping` (keys given by
    `fields`) or `mappings` (a list of such mappings). Limits the checker enforces are repeated here for the schema.
    """

    name: str
    kind: str
    required: bool = True
    description: str = ""
    fields: tuple[Field, ...] = ()
    pattern: str | None = None
    max_length: int | None = None
    min_items: int | None = None


def keys(fields: tuple[Field, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The required and the optional keys of a field table."""
    return tuple(f.name for f in fields if f.required), tuple(f.name for f in fields if not f.required)
