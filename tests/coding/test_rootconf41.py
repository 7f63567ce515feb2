"""Right parties, wrong root (forty-first round, rootconf41, issue 10): an armed party crossing a border
enters by force, not on a visit; an envoy barred or a foreign official expelled is a cut in diplomatic
relations, not an administrative restriction or a deportation; troops crossing into a country at its
government's request make a show of force, not an invasion; support or landing rights withdrawn reduce
relations, not a yielding or a retreat; soldiers looting assault, not protest (verbs.curated.tsv,
rootconf41 block), on sentences written for these tests."""

from __future__ import annotations

import functools

import pytest
from coding_helpers import triggered

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2022-05-10"


_by = functools.partial(triggered, published=PUBLISHED_ON)  # (coding_helpers.triggered)


@pytest.mark.parametrize(
    "text",
    [
        "After Hezbollah guerrillas crossed the border and killed three soldiers, Israel bombed the airport.",
        "The guerrillas crossed the border on Sunday.",
    ],
)
def test_armed_party_crossing_the_border_is_force(pipeline: Pipeline, text: str) -> None:
    crossed = _by(pipeline, text, "crossed")
    assert crossed and crossed[0].root in ("18", "19")
    assert crossed[0].evidence.rule.startswith("ne.rootconf41.")


def test_smugglers_crossing_stay_no_force(pipeline: Pipeline) -> None:
    crossed = _by(pipeline, "Smugglers crossed the border at night.", "crossed")
    assert all(e.root not in ("18", "19") for e in crossed)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Kenya barred Somalia's ambassador from returning to Nairobi.", "barred", "SOM"),
        ("Peru barred Chilean diplomats from the ceremony.", "barred", "CHL"),
        ("Chad expelled a Sudanese embassy official on Monday.", "expelled", "SDN"),
    ],
)
def test_envoys_barred_or_expelled_cut_relations(
    pipeline: Pipeline, text: str, trigger: str, target: str
) -> None:
    events = _by(pipeline, text, trigger)
    assert [(e.cameo, e.target.country if e.target else None) for e in events] == [("161", target)]


def test_a_private_person_expelled_stays_a_deportation(pipeline: Pipeline) -> None:
    events = _by(pipeline, "Chad expelled a Sudanese journalist on Monday.", "expelled")
    assert events and events[0].cameo == "174"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nigerian soldiers crossed into Benin on Tuesday at the request of its president.", "crossed"),
        ("Ghanaian troops entered Togo at the invitation of its government.", "entered"),
    ],
)
def test_troops_sent_at_the_hosts_request_are_posture(pipeline: Pipeline, text: str, trigger: str) -> None:
    events = _by(pipeline, text, trigger)
    assert events and events[0].root == "15"


def test_troops_crossing_unasked_stay_force(pipeline: Pipeline) -> None:
    events = _by(pipeline, "Nigerian troops crossed into Benin on Tuesday.", "crossed")
    assert events and events[0].root == "19"


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Peru's armed forces withdrew their support for the president on Monday.", "160"),
        ("Chile withdrew landing rights for the Bolivian minister's plane.", "163"),
    ],
)
def test_support_and_landing_rights_withdrawn_cut_ties(pipeline: Pipeline, text: str, cameo: str) -> None:
    events = _by(pipeline, text, "withdrew")
    assert [e.cameo for e in events] == [cameo]


def test_troops_withdrawing_stay_a_retreat(pipeline: Pipeline) -> None:
    events = _by(pipeline, "Peruvian troops withdrew from the border town on Monday.", "withdrew")
    assert events and events[0].root == "08"


def test_soldiers_looting_assault(pipeline: Pipeline) -> None:
    events = _by(pipeline, "Congolese soldiers looted shops in Kinshasa for a second day.", "looted")
    assert [(e.root, e.evidence.rule) for e in events] == [("18", "ne.rootconf41.13")]


def test_rioters_looting_stay_a_protest(pipeline: Pipeline) -> None:
    events = _by(pipeline, "Rioters looted shops in Kinshasa on Monday.", "looted")
    assert events and events[0].root == "14"
