"""A bare "appeal", or one against a ruling, is a legal appeal and no event; an appeal to a party or for
something is a request (02: ne.appeal.1, ne.parties4.1-2 in verbs.curated.tsv). Sentences written for
these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _appeals(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (e.source.country, e.target.country if e.target else None, e.cameo)
        for e in events_of(pipeline, text, "2024-03-06")
        if e.root == "02"
    ]


def test_a_government_that_will_appeal_a_ruling_asks_nobody(pipeline: Pipeline) -> None:
    text = "Peru's foreign minister called the ruling unjust and said the government would appeal."
    assert _appeals(pipeline, text) == []


def test_an_appeal_against_a_verdict_is_no_request(pipeline: Pipeline) -> None:
    assert _appeals(pipeline, "The Chilean mayor appealed against the verdict on Monday.") == []


def test_an_appeal_to_a_state_is_a_request_to_it(pipeline: Pipeline) -> None:
    text = "Chile appealed to Peru on Monday to release the fishermen."
    assert _appeals(pipeline, text) == [("CHL", "PER", "020")]


def test_an_appeal_for_aid_is_a_request(pipeline: Pipeline) -> None:
    assert [c for _, _, c in _appeals(pipeline, "Chile appealed for international aid after the quake.")] == [
        "023"
    ]
