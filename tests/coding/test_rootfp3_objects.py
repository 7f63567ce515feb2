"""Wrong roots read by the trigger word (the rootfp3 block of verbs.curated.tsv, round 30): one verb whose
root is decided by its object, the party it goes to or its doer. A fugitive handed to another state's
prosecutors or agents, a resolution against a party, another state's patrol blocked by armed forces, a
ship taken by armed forces, and natural hazards as the doers of a verb of harm. Sentences written for
these tests; each test states every event its sentence gives."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

DAY = "2021-03-04"


def test_a_fugitive_handed_to_prosecutors_is_judicial_cooperation(pipeline: Pipeline) -> None:
    text = "Kenya arrested the fugitive banker in Nairobi and handed him over to Belgian prosecutors."
    assert coded(pipeline, text, DAY) == [("173", "KEN", "KEN"), ("063", "KEN", "BEL")]


def test_captives_handed_to_authorities_stay_a_release(pipeline: Pipeline) -> None:
    text = "Chile handed over the three Peruvian sailors to Peruvian authorities on Monday."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["084"]


def test_a_resolution_against_a_party_is_disapproval(pipeline: Pipeline) -> None:
    text = "The UN General Assembly adopted a resolution against Myanmar on Tuesday."
    assert coded(pipeline, text, DAY) == [("111", None, "MMR")]


def test_a_sanctions_resolution_against_a_party_is_an_embargo(pipeline: Pipeline) -> None:
    text = "The Security Council passed a sanctions resolution against Eritrea on Tuesday."
    assert coded(pipeline, text, DAY) == [("163", None, "ERI")]


def test_another_states_patrol_blocked_is_a_show_of_force(pipeline: Pipeline) -> None:
    text = "Ghanaian soldiers blocked a Togolese patrol near the border on Sunday."
    assert coded(pipeline, text, DAY) == [("150", "GHA", "TGO")]


def test_a_tanker_taken_by_armed_forces_is_confiscated(pipeline: Pipeline) -> None:
    text = "Iranian naval commandos took a Liberian-flagged tanker in the Gulf of Oman on Friday."
    assert coded(pipeline, text, DAY) == [("1711", "IRN", "LBR")]


def test_a_natural_hazard_kills_and_flattens_nobody_acts(pipeline: Pipeline) -> None:
    quake = "The earthquake killed more than 300 people in the mountain villages of Nepal on Sunday."
    assert coded(pipeline, quake, DAY) == []
    storm = "A cyclone flattened towns across the Bangladeshi district of Bhola and killed hundreds."
    assert coded(pipeline, storm, DAY) == []


def test_gunmen_who_stormed_a_hotel_and_killed_stay_an_assault(pipeline: Pipeline) -> None:
    # "storm" is no hazard word: it is also the verb of a relative clause on the killers
    text = "Gunmen who stormed the hotel in Kabul killed 20 people on Sunday."
    assert coded(pipeline, text, DAY) == [("180", "AFG", "AFG"), ("180", "AFG", "AFG")]


def test_troops_killing_people_stay_an_assault(pipeline: Pipeline) -> None:
    text = "Peruvian troops killed 12 people in Lima on Sunday."
    assert coded(pipeline, text, DAY) == [("180", "PER", "PER")]
