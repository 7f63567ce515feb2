"""Where a group of no country gathers: its own session at a venue is no meeting with the host
(coding/gathering_scene.py, select:own-session), and the venue of its gathering places no other agent of
the sentence and does not make the story the host's (actors/venue.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded, events_of

from newsevents.actors.venue import venue_tokens
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2019-03-06"


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, March 5 (Wire) - NATO defence ministers will meet in Oslo next week.",
        "ROME, March 5 (Wire) - Arab leaders meet in Rome on Tuesday.",
        "BERN, March 5 (Wire) - European Union finance ministers were to meet in Bern on Wednesday to "
        "discuss the budget.",
        "LISBON, March 5 (Wire) - Gulf defence chiefs said they planned to meet in Lisbon on Friday.",
    ],
)
def test_a_stateless_group_meeting_at_a_venue_holds_no_meeting_with_the_host(
    pipeline: Pipeline, text: str
) -> None:
    assert [c for c in coded(pipeline, text, PUBLISHED_ON) if c[0][:2] in ("03", "04")] == []


def test_a_meeting_with_a_named_counterpart_at_a_venue_is_kept(pipeline: Pipeline) -> None:
    text = "VIENNA, March 5 (Wire) - NATO envoys met Austria's foreign minister in Vienna on Tuesday."
    assert [c for c in coded(pipeline, text, PUBLISHED_ON) if c[0][:2] == "04"] == [("040", None, "AUT")]


def test_an_agent_is_not_placed_by_the_venue_of_a_bloc_gathering(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, March 5 (Wire) - The heads of state of the Economic Community of West African States, "
        "meeting in Accra on Tuesday, gave the soldiers who seized power in Niger a week to step down."
    )
    assert [c[2] for c in coded(pipeline, text, PUBLISHED_ON)] == ["NER"]


def test_a_story_filed_from_the_venue_is_not_about_the_host(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, March 5 (Wire) - West African leaders suspended Mali from the bloc on Tuesday. The leaders, "
        "meeting on the sidelines of a summit in Accra, said the suspension would stand until elections "
        "were held in Mali. The army took control of Mali's capital last month."
    )
    sources = {e.source.country for e in events_of(pipeline, text, PUBLISHED_ON) if e.source.role == "MIL"}
    assert sources == {"MLI"}


def test_venue_tokens_are_the_place_after_a_gathering_participle_or_noun(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(
        "The heads of state of the bloc, meeting in Accra on Tuesday, condemned the coup at a summit in Lome."
    )
    words = {doc[i].text for i in venue_tokens(doc)}
    assert {"Accra", "Lome"} <= words and "coup" not in words
    doc = pipeline.nlp("The heads of state of the bloc, meeting with the envoy in Accra, condemned the coup.")
    assert "Accra" not in {doc[i].text for i in venue_tokens(doc)}


def test_a_body_named_as_the_backer_of_a_government_is_not_its_party(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, March 5 (Wire) - Niger's foreign minister on Tuesday condemned the U.N.-backed government "
        "in Bamako for expelling its ambassador."
    )
    found = [(c[0][:2], c[1], c[2]) for c in coded(pipeline, text, PUBLISHED_ON)]
    assert [c for c in found if c[0] == "11"] == [("11", "NER", "MLI")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "BRUSSELS, March 5 (Wire) - Euro zone finance ministers condemned Portugal's budget on Tuesday.",
            "IGOEUREEC",
        ),
        ("TOKYO, March 5 (Wire) - G7 leaders condemned Peru's missile test on Tuesday.", "IGOGOS"),
        ("LIMA, March 5 (Wire) - The Rio Group condemned Peru's missile test on Tuesday.", "IGOLAM"),
    ],
)
def test_a_group_of_states_the_tables_name_is_a_body_of_no_country(
    pipeline: Pipeline, text: str, source: str
) -> None:
    assert [(e.source.code, e.source.country) for e in events_of(pipeline, text, PUBLISHED_ON)] == [
        (source, None)
    ]
