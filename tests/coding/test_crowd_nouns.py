"""People named by their trade or station who act as a crowd are not placed by what they act on
(actors/clause_scope.py, ``crowd-nouns``), on sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_students_stoning_a_consulate_are_not_its_owner_s(pipeline: Pipeline) -> None:
    text = (
        "LAGOS, May 2 (Wire) - Hundreds of students stoned the British consulate on Monday, a day after "
        "Britain criticised the election. Nigeria's police said 12 people were arrested."
    )
    stoned = by_trigger(events_of(pipeline, text, "2021-05-02"))["stoned"][0]
    assert stoned.source.country == "NGA"
    assert stoned.target is not None and stoned.target.country == "GBR"
