"""The event record contract: the shipped JSON Schema, and every record `analyze` prints passes it."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import jsonschema
import pytest

from newsevents.records import Event
from newsevents.schema import event_schema, validate_event

PRECISION_LENGTH = {"day": 10, "month": 7, "year": 4}


def test_schema_is_valid_draft_2020_12() -> None:
    schema = event_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["additionalProperties"] is False


def test_event_to_json_keys_are_exactly_the_required_fields(seed_events: list[dict[str, Any]]) -> None:
    schema = event_schema()
    fields = [f.name for f in dataclasses.fields(Event)]
    assert schema["required"] == fields
    assert set(schema["properties"]) == set(fields)
    assert seed_events, "analyze printed no events for the seed"
    for record in seed_events:
        assert list(record) == schema["required"]


def _check_records(records: list[dict[str, Any]]) -> None:
    assert records, "no events to check"
    for record in records:
        validate_event(record)
        # What the schema cannot say: date and precision agree, the root is the code's first two digits.
        if record["date"] is None:
            assert record["date_precision"] is None, record
        else:
            assert len(record["date"]) == PRECISION_LENGTH[record["date_precision"]], record
        assert record["cameo"][:2] == record["root"], record
        assert record["evidence"]["start"] < record["evidence"]["end"], record


def test_seed_events_pass_the_schema(seed_events: list[dict[str, Any]]) -> None:
    _check_records(seed_events)


def test_example_events_pass_the_schema(example_events: list[dict[str, Any]]) -> None:
    _check_records(example_events)


@pytest.mark.parametrize("which", ["seed_events", "example_events"])
def test_event_ids_are_unique(request: pytest.FixtureRequest, which: str) -> None:
    # One real event, one record: two distinct events (Carter's visits of 1994 and 2010, told in one
    # clause) must not share an id, or a store keyed on it keeps only one of them.
    records = request.getfixturevalue(which)
    ids = [r["event_id"] for r in records]
    repeated = {i: [(r["date"], r["evidence"]["trigger"]) for r in records if r["event_id"] == i]
                for i in ids if ids.count(i) > 1}
    assert not repeated, repeated


@pytest.fixture()
def record(seed_events: list[dict[str, Any]]) -> dict[str, Any]:
    """A valid record with a target and a location, to break in one place."""
    full = [r for r in seed_events if r["target"] and r["location"]]
    assert full, "no seed event has both a target and a location"
    return copy.deepcopy(full[0])


def _set(record: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for key in parents:
        record = record[key]
    record[last] = value


@pytest.mark.parametrize(("path", "value"), [
    ("extra", 1),
    ("source.extra", "x"),
    ("evidence.extra", "x"),
    ("plover.extra", "x"),
    ("location.extra", "x"),
    ("date", "2019-6-30"),
    ("date", "30/06/2019"),
    ("date", "June 2019"),
    ("date", 2019),
    ("date_precision", "week"),
    ("source.country", "US"),
    ("source.country", "usa"),
    ("target.country", "KOREA"),
    ("location.country", "KP"),
    ("source.role", "president"),
    ("source.code", "usagov"),
    ("event_id", "not-a-hash"),
    ("article_id", ""),
    ("cameo", "4"),
    ("root", "21"),
    ("root", "00"),
    ("quad_class", 5),
    ("quad_class", 1.5),
    ("goldstein", 11.0),
    ("modality", "negated"),
    ("confidence", 1.5),
    ("confidence", -0.1),
    ("location.lat", 91.0),
    ("location.lon", -181.0),
    ("evidence.sentence", ""),
    ("evidence.start", -1),
    ("evidence.steps", "source:subject"),
    ("evidence.steps", ["source"]),
    ("evidence.steps", ["Source:subject"]),
    ("source", None),
])
def test_schema_rejects(record: dict[str, Any], path: str, value: Any) -> None:
    validate_event(record)
    _set(record, path, value)
    with pytest.raises(jsonschema.ValidationError):
        validate_event(record)


@pytest.mark.parametrize("field", ["event_id", "date", "target", "location", "evidence", "confidence"])
def test_schema_rejects_a_missing_field(record: dict[str, Any], field: str) -> None:
    del record[field]
    with pytest.raises(jsonschema.ValidationError):
        validate_event(record)


@pytest.mark.parametrize(("path", "value"), [
    ("target", None), ("location", None), ("date", None), ("date_precision", None), ("date", "2019"),
    ("date", "2019-06"), ("source.country", None), ("source.role", None), ("source.code", "IGOUNO"),
    ("location.lat", None), ("plover.type", None),
    ("evidence.steps", []),
    ("evidence.steps", ["source:passive-agent", "modality:intent-verb", "date:own-clause"]),
])
def test_schema_accepts(record: dict[str, Any], path: str, value: Any) -> None:
    _set(record, path, value)
    validate_event(record)
