"""Roots decided by what a verb acts on (the wrongroot block of verbs.curated.tsv) and warnings of the
speaker's own measures (the treatment and cut-off words of coding/data/forecast.toml). Sentences written
for these tests; each test states every event its sentence gives."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

DAY = "2021-05-12"


@pytest.mark.parametrize(
    "text",
    [
        # how the speaker will treat a party: its own act, a threat (130), not a forecast (012)
        "Ghana warned that any vessel entering the zone would be treated as hostile.",
        "The rebels warned that foreign police officers would be regarded as enemies.",
        # ties or aid the speaker holds: a threat to cut them
        "Canberra warned that the trade pact could be put on hold.",
        "Seoul warned that the decision would damage relations with its neighbour.",
        "Japan warned that its loans to the port project could be suspended.",
    ],
)
def test_warning_of_the_speakers_own_measure_stays_a_threat(pipeline: Pipeline, text: str) -> None:
    assert [c[:2] for c, _s, _t in coded(pipeline, text, DAY)] == ["13"]


def test_warning_of_a_misfortune_stays_a_forecast(pipeline: Pipeline) -> None:
    text = "Kenya's central bank warned that a drought could hurt farmers."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["012"]


def test_an_extension_blocked_is_a_veto(pipeline: Pipeline) -> None:
    text = "Moscow blocked the extension of the observer mission in Georgia on Monday."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["129"]


def test_a_shipment_blocked_is_an_embargo(pipeline: Pipeline) -> None:
    text = "Germany blocked a shipment of rifles to Peru on Monday."
    assert [(c, s, t) for c, s, t in coded(pipeline, text, DAY)] == [("163", "DEU", "PER")]


def test_leaving_an_organisation_reduces_relations(pipeline: Pipeline) -> None:
    text = "Caracas said on Monday it had withdrawn from the Organization of American States."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["161"]



@pytest.mark.parametrize(
    "text",
    [
        "The World Food Programme's Kenyan office warned of famine in the north.",
        "Bishops in Nigeria warned of mass killings in the central states.",
    ],
)
def test_warning_of_a_calamity_nobody_threatens_is_a_comment(pipeline: Pipeline, text: str) -> None:
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["012"]


def test_a_wounded_leader_flown_to_hospital_is_no_handover(pipeline: Pipeline) -> None:
    text = "Chad's wounded foreign minister was flown to a hospital in Paris on Monday."
    assert coded(pipeline, text, DAY) == []
