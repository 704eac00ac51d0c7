"""The JSON Schema shipped for editors: generated from the loader's field table, and every topic file follows it."""

from __future__ import annotations

import json

import jsonschema
import yaml

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.core.loader import topic_files
from bot.core.schema import MODELINE, SCHEMA_FILE, render, topic_schema

TOPIC_FILES = topic_files(DEFAULT_KNOWLEDGE_DIR)


def test_shipped_schema_is_the_generated_one() -> None:
    shipped = (DEFAULT_KNOWLEDGE_DIR / SCHEMA_FILE).read_text(encoding="utf-8")
    fix = f"python -m bot schema > knowledge/{SCHEMA_FILE}"
    assert shipped == render(), f"knowledge/{SCHEMA_FILE} is stale: run `{fix}`"


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(render()))


def test_every_topic_file_has_the_modeline_and_follows_the_schema() -> None:
    validator = jsonschema.Draft202012Validator(topic_schema())
    assert TOPIC_FILES
    for path in TOPIC_FILES:
        text = path.read_text(encoding="utf-8")
        assert text.splitlines()[0] == MODELINE, f"{path.name}: first line must be `{MODELINE}`"
        found = validator.iter_errors(yaml.safe_load(text))
        errors = [f"{path.name}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in found]
        assert not errors, "\n".join(errors)


def test_schema_catches_what_the_validator_catches() -> None:
    validator = jsonschema.Draft202012Validator(topic_schema())
    document = yaml.safe_load((DEFAULT_KNOWLEDGE_DIR / "career.yaml").read_text(encoding="utf-8"))
    document["entries"][0]["sorce"] = "typo"
    document["entries"][1]["id"] = "Not An Id"
    del document["entries"][2]["sources"]
    messages = [e.message for e in validator.iter_errors(document)]
    assert any("sorce" in m for m in messages), messages
    assert any("Not An Id" in m for m in messages), messages
    assert any("'sources' is a required property" in m for m in messages), messages
