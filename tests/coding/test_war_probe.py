"""Armed-conflict events (CAMEO 15, 18, 19, 20) in shapes the pwar probe set showed the coder missing or
doubling, on sentences written for these tests (issue 10): an attack or a fight told as the subject of
the killing verb (coding/tolls.py)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import tolls
from newsevents.pipeline import Pipeline
from newsevents.records import Event

_FORCE = ("18", "19", "20")


def _force(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in events_of(pipeline, text, "2021-06-01") if e.root in _FORCE]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Fighting between Georgian and Russian troops killed 12 soldiers on Sunday.", {"GEO", "RUS"}),
        ("Clashes between Malian troops and Tuareg rebels killed 20 people near Kidal on Friday.", {"MLI"}),
        (
            "The fighting between Serbian police and Albanian guerrillas has killed 40 people since March.",
            {"SRB"},
        ),
    ],
)
def test_a_fight_that_killed_is_one_fight_between_its_parties(
    pipeline: Pipeline, text: str, parties: set[str]
) -> None:
    events = _force(pipeline, text)
    assert [e.root for e in events] == ["19"], [(e.cameo, e.evidence.steps) for e in events]
    (fight,) = events
    assert fight.source.country in parties
    assert tolls.EVENT_TOLL in fight.evidence.steps


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Shelling by Turkish artillery killed three Kurdish fighters in northern Syria on Monday.", "TUR"),
        ("An Ethiopian air strike killed nine people at a market in Eritrea on Tuesday.", "ETH"),
    ],
)
def test_an_attack_that_killed_is_one_attack_by_its_maker(pipeline: Pipeline, text: str, source: str) -> None:
    events = _force(pipeline, text)
    assert len(events) == 1, [(e.cameo, e.source.country, e.evidence.steps) for e in events]
    assert events[0].root == "19"
    assert events[0].source.country == source
    assert events[0].evidence.trigger == "killed"


def test_a_killing_by_a_party_is_no_toll(pipeline: Pipeline) -> None:
    events = _force(pipeline, "Rebels killed 20 villagers near the Congolese town of Beni on Friday.")
    assert [e.cameo for e in events] == ["180"]
    assert all(tolls.EVENT_TOLL not in e.evidence.steps for e in events)
