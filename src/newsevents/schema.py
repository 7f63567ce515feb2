"""The JSON Schema of the public event record, shipped with the package (``data/event.schema.json``)."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import jsonschema


@functools.lru_cache(maxsize=1)
def event_schema() -> dict[str, Any]:
    """The event record's JSON Schema (draft 2020-12)."""
    text = resources.files("newsevents").joinpath("data/event.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_event(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``record`` is a valid event record."""
    jsonschema.validate(record, event_schema(), cls=jsonschema.Draft202012Validator)
