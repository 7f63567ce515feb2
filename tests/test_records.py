"""The shared records: frozen, picklable, and the ids and hashes that must not move."""

from __future__ import annotations

import dataclasses
import json
import pickle
import re
from typing import Any

import jsonschema
import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import (
    Actor,
    Article,
    ArticleResult,
    Event,
    Evidence,
    Place,
    Plover,
    Quote,
    Rejection,
    make_event_id,
)
from newsevents.schema import validate_event

SENTENCE = "US President Donald Trump met North Korea's leader Kim Jong Un in Panmunjom on Sunday."


def make_event(**changes: Any) -> Event:
    fields: dict[str, Any] = dict(
        event_id=make_event_id("a1", 0, 26, 29, "040", "USAGOV", "PRKGOV"), article_id="a1",
        date="2019-06-30", date_precision="day",
        source=Actor("US President Donald Trump", "Donald Trump", "USA", "GOV", "USAGOV"),
        target=Actor("North Korean leader Kim Jong Un", "Kim Jong Un", "PRK", "GOV", "PRKGOV"),
        cameo="040", root="04", quad_class=1, goldstein=1.0, plover=Plover("CONSULT", None, None),
        modality="asserted", location=Place("Panmunjom", "PRK", None, 37.9558, 126.677, None),
        evidence=Evidence(SENTENCE, 0, len(SENTENCE), "met", "test.meet"), confidence=0.7)
    fields.update(changes)
    return Event(**fields)


ARTICLE = Article(id="a1", text=SENTENCE, title="Talks", published="2019-07-02", authors=("A. Writer",),
                  captions=("Leaders shake hands.",), photo_credits=("Agency",))
RECORDS = [
    ARTICLE, Rejection("x.txt", "empty", "the input is empty"), Actor("Kim"), Place("Seoul"),
    Evidence(SENTENCE, 0, 10, "met", "r"), Plover(None, None, None), make_event(),
    Quote(None, "We will talk again soon", 0, 23), ArticleResult(ARTICLE, events=(make_event(),)),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_records_are_frozen_slotted_and_picklable(record: Any) -> None:
    first = dataclasses.fields(record)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, first, None)
    assert not hasattr(record, "__dict__")
    assert pickle.loads(pickle.dumps(record)) == record
    hash(record)


def test_make_event_id_is_stable() -> None:
    args = ("panmunjom-2019", 0, 30, 33, "040", "USAGOV", "PRKGOV", "2019-06-30")
    # Pinned: the same coding gives the same id on any machine and any release.
    assert make_event_id(*args) == "702262295b8e00a40935"
    # One trigger, two dates ("went there twice, in May 1998 and June 2004"): two ids.
    assert make_event_id(*args[:-1], "1994-06") != make_event_id(*args[:-1], "2010-08")
    assert re.fullmatch(r"[0-9a-f]{20}", make_event_id(*args))


@pytest.mark.parametrize("index", range(7))
def test_make_event_id_depends_on_every_part(index: int) -> None:
    args: list[Any] = ["panmunjom-2019", 0, 30, 33, "040", "USAGOV", "PRKGOV"]
    changed = list(args)
    changed[index] = {0: "other", 1: 1, 2: 31, 3: 34, 4: "042", 5: "USAELI", 6: None}[index]
    assert make_event_id(*changed) != make_event_id(*args)


def test_event_ids_do_not_collide_on_joined_parts() -> None:
    # "a" + "1" must not read as "a1" with a shifted offset.
    assert make_event_id("a1", 0, 1, 2, "040", None, None) != make_event_id("a", 10, 1, 2, "040", None, None)


@pytest.mark.parametrize("variant", [
    "trump met kim.", "  Trump   met\nKim. ", "TRUMP MET KIM.", "Trump\tmet\r\nKim.\n",
])
def test_content_hash_ignores_whitespace_and_case(variant: str) -> None:
    assert Article("x", variant).content_hash == Article("y", "Trump met Kim.").content_hash


def test_content_hash_sees_words() -> None:
    assert Article("x", "Trump met Kim.").content_hash != Article("x", "Trump met Moon.").content_hash
    assert re.fullmatch(r"[0-9a-f]{64}", Article("x", "").content_hash)


def test_article_to_json() -> None:
    data = ARTICLE.to_dict()
    assert {"id", "url", "title", "published", "source", "language", "authors", "translator",
            "photo_credits", "captions", "text"} <= set(data)
    assert data["authors"] == ["A. Writer"] and data["captions"] == ["Leaders shake hands."]
    assert json.loads(json.dumps(data)) == data


def test_to_json_is_the_dict_as_one_line_of_json_text() -> None:
    # issue 13: to_json() gave the dict; it is now the JSON text, to_dict() the dict.
    event = make_event(location=Place("Zürich", "CHE"))
    text = event.to_json()
    assert isinstance(text, str) and "\n" not in text and "Zürich" in text
    assert json.loads(text) == event.to_dict()
    assert json.loads(ARTICLE.to_json()) == ARTICLE.to_dict()
    result = ArticleResult(ARTICLE, events=(event,))
    assert json.loads(result.to_json())["events"] == [event.to_dict()]


def test_rejection_message_is_one_line_naming_origin_and_reason() -> None:
    message = Rejection("news/bad.txt", "binary", "the file holds binary data").message()
    assert message == "newsevents: news/bad.txt: binary: the file holds binary data"
    assert "\n" not in message


def test_event_to_json_is_a_valid_record() -> None:
    data = make_event().to_dict()
    validate_event(data)
    assert data["source"] == {"text": "US President Donald Trump", "name": "Donald Trump", "country": "USA",
                              "role": "GOV", "code": "USAGOV"}
    assert data["location"]["name"] == "Panmunjom"
    assert json.loads(json.dumps(data)) == data


def test_event_without_target_or_location() -> None:
    data = make_event(target=None, location=None, date=None, date_precision=None).to_dict()
    assert data["target"] is None and data["location"] is None
    assert data["date"] is None and data["date_precision"] is None
    validate_event(data)


STEPS = ("source:subject", "date:own-clause")


def test_evidence_steps_default_to_empty_and_print_as_a_list() -> None:
    assert Evidence(SENTENCE, 0, 10, "met", "r").steps == ()
    assert Evidence(SENTENCE, 0, 10, "met", "r").to_dict()["steps"] == []
    evidence = Evidence(SENTENCE, 0, len(SENTENCE), "met", "test.meet", steps=STEPS)
    data = make_event(evidence=evidence).to_dict()
    assert data["evidence"]["steps"] == list(STEPS)
    validate_event(data)
    assert json.loads(json.dumps(data)) == data


def test_a_record_written_before_steps_existed_is_still_valid() -> None:
    data = make_event().to_dict()
    del data["evidence"]["steps"]
    validate_event(data)


@pytest.mark.parametrize("step", ["source", "Source:subject", "source:Subject", "source:two words", ":x",
                                  "x:", "date:own_clause", "<b>:x"])
def test_schema_rejects_a_malformed_step(step: str) -> None:
    data = make_event(evidence=Evidence(SENTENCE, 0, len(SENTENCE), "met", "r", steps=(step,))).to_dict()
    with pytest.raises(jsonschema.ValidationError):
        validate_event(data)


def test_article_result_to_json() -> None:
    rejected = ArticleResult(ARTICLE, rejection=Rejection("a1", "not-english", "language is 'de'", "a1"))
    data = rejected.to_dict()
    assert data["events"] == [] and data["rejection"]["reason"] == "not-english"
    assert json.loads(json.dumps(ArticleResult(ARTICLE, events=(make_event(),)).to_dict()))["events"][0][
        "cameo"] == "040"


def test_analysis_is_deterministic(pipeline: Pipeline) -> None:
    article = Article(id="det", text=SENTENCE + " Trump later crossed into North Korea.",
                      published="2019-07-02")
    first = pipeline.analyze_article(article)
    second = pipeline.analyze_article(article)
    assert first.events, "the pipeline coded nothing in a sentence it should code"
    assert [e.to_dict() for e in first.events] == [e.to_dict() for e in second.events]
    ids = [e.event_id for e in first.events]
    assert len(set(ids)) == len(ids)


def test_an_actor_in_another_role_keeps_its_country_and_words() -> None:
    minister = Actor(text="General Ana Ruiz", name="Ana Ruiz", country="PER", role="GOV", code="PERGOV")
    soldier = minister.with_role("MIL")
    assert (soldier.text, soldier.name, soldier.country) == ("General Ana Ruiz", "Ana Ruiz", "PER")
    assert (soldier.role, soldier.code) == ("MIL", "PERMIL")
    assert minister.code == "PERGOV"  # frozen: the original is untouched
