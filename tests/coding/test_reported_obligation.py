"""Reported obligations and coordinated tenses (issue 10, probe round): "X said Y has to / needs to do Z"
is X's demand of Y, not Y's act; a past-tense verb after "would VERB and ..." keeps its own tense.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of

from newsevents.coding import demands, modality
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "speaker", "target", "content"),
    [
        ("The Kenyan president said Somalia has to stop the cross-border raids.", "KEN", "SOM", "stop"),
        ("Tokyo said Beijing needed to release the detained fishermen at once.", "JPN", "CHN", "release"),
        ("Paris said Damascus would have to hand over its chemical stockpile.", "FRA", "SYR", "hand"),
        ("A German minister said Athens will need to pass the pension bill by Friday.", "DEU", "GRC", "pass"),
    ],
)
def test_a_reported_obligation_is_a_demand_of_the_obliged_party(
    pipeline: Pipeline, text: str, speaker: str, target: str, content: str
) -> None:
    events = events_of(pipeline, text, PUBLISHED_ON)
    demand = [e for e in events if e.cameo == "100"]
    assert len(demand) == 1, [(e.cameo, e.evidence.trigger) for e in events]
    assert demand[0].source.country == speaker and demand[0].target is not None
    assert demand[0].target.country == target
    assert demands.OBLIGATION_DEMAND in demand[0].evidence.steps
    assert content not in by_trigger(events)  # what the party has to do is no event of its own


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president said the world would have to respond with force.",
        "The pilot said the airliner had to land in Cairo.",
    ],
)
def test_no_demand_without_a_named_party_or_in_a_past_obligation(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.cameo == "100"]


@pytest.mark.parametrize(
    ("text", "past", "code"),
    [
        ("Seoul said it would expel two North Korean diplomats and suspended all talks with Pyongyang.",
         "suspended", "164"),
        ("The Hague said it would expel two Iranian envoys and halted talks with Tehran.", "halted", "164"),
        ("Canberra did not expel the Fijian envoy but summoned him on Friday.", "summoned", "040"),
    ],
)
def test_a_past_tense_conjunct_keeps_its_own_tense(
    pipeline: Pipeline, text: str, past: str, code: str
) -> None:
    events = by_trigger(events_of(pipeline, text, PUBLISHED_ON))
    assert past in events, sorted(events)
    event = events[past][0]
    assert event.cameo == code and event.modality in ("asserted", "reported")
    # (after "said it would X and ...", the parse is mended first: coding/reported_conjunct.py puts the
    # past-tense verb beside "said", so no modality step is needed there)
    assert modality.OWN_TENSE in event.evidence.steps or " said " in text
