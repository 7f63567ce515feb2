"""An organisation the dictionary lacks, in a story datelined in the country it is about, acts for that
country (actor:organisation), as the corpus codes a party or a council at home; without a dateline it
stays a non-state actor. Sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_a_home_organisation_takes_the_dateline_country(pipeline: Pipeline) -> None:
    text = (
        "KAMPALA, June 2 (Wire) - Uganda's electoral commission postponed the vote by a month. "
        "The Movement for Civic Renewal urged Ugandans to boycott the new date."
    )
    urged = by_trigger(events_of(pipeline, text, "2021-06-02"))["urged"][0]
    assert urged.root == "02"
    assert urged.source.country == "UGA"
    assert urged.target is not None and urged.target.country == "UGA"


def test_without_a_dateline_an_organisation_has_no_country(pipeline: Pipeline) -> None:
    text = "The Movement for Civic Renewal urged Ugandans to boycott the new date."
    for event in events_of(pipeline, text, "2021-06-02"):
        assert event.source.country is None
