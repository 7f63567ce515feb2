"""Events the coder found no trigger for at all (the twenty-fifth round's "missed entirely" misses): police
tear-gassing a crowd, an accord held in abeyance or left to lapse, help sent, exercises taken part in,
an envoy called in, talks walked out of, a deal backed out of, troops massing with no object (rows
ne.missed.3-37), and a verb with a hyphenated prefix ("test-fired", coding/prefixed_verb.py). Every
sentence is invented."""

from __future__ import annotations

from coding_helpers import coded, events_of

from newsevents.pipeline import Pipeline

_DAY = "2021-06-10"  # a Thursday


def test_police_tear_gassing_marchers_is_repression(pipeline: Pipeline) -> None:
    text = "QUITO, June 9 (Wire) - Ecuadorean police tear-gassed the marchers on Wednesday."
    assert coded(pipeline, text, _DAY) == [("175", "ECU", "ECU")]


def test_soldiers_gassing_a_village_stays_a_chemical_attack(pipeline: Pipeline) -> None:
    text = "KHARTOUM, June 9 (Wire) - Soldiers gassed a village in Darfur, survivors told Sudanese doctors."
    assert [c[0] for c in coded(pipeline, text, _DAY)] == ["204"]


def test_accord_held_in_abeyance_reduces_relations(pipeline: Pipeline) -> None:
    text = "LIMA, June 9 (Wire) - Peru put its fisheries accord with Chile in abeyance on Wednesday."
    assert coded(pipeline, text, _DAY) == [("160", "PER", "CHL")]


def test_transit_contract_left_to_lapse_reduces_relations(pipeline: Pipeline) -> None:
    text = "MINSK, June 9 (Wire) - Belarus let its gas transit contract with Lithuania lapse on Wednesday."
    assert [c[:2] for c in coded(pipeline, text, _DAY)] == [("160", "BLR")]


def test_help_sent_is_aid(pipeline: Pipeline) -> None:
    text = "ANKARA, June 9 (Wire) - Turkey sent help to Albania after Wednesday's earthquake."
    assert coded(pipeline, text, _DAY) == [("070", "TUR", "ALB")]


def test_emergency_supplies_are_relief(pipeline: Pipeline) -> None:
    text = "SEOUL, June 9 (Wire) - South Korea flew emergency supplies to Laos on Wednesday."
    assert coded(pipeline, text, _DAY) == [("073", "KOR", "LAO")]


def test_exercises_taken_part_in_are_military_cooperation(pipeline: Pipeline) -> None:
    text = "RIGA, June 9 (Wire) - Polish troops took part in military exercises in Latvia on Wednesday."
    assert coded(pipeline, text, _DAY) == [("062", "POL", "LVA")]


def test_exercises_participated_in_are_military_cooperation(pipeline: Pipeline) -> None:
    text = "RIGA, June 9 (Wire) - Polish troops participated in naval drills off Latvia on Wednesday."
    assert coded(pipeline, text, _DAY) == [("062", "POL", "LVA")]


def test_a_raid_taken_part_in_stays_no_intent(pipeline: Pipeline) -> None:
    text = "BAMAKO, June 9 (Wire) - Malian soldiers took part in the raid, the army said."
    assert not [c for c in coded(pipeline, text, _DAY) if c[0].startswith("03")]


def test_ambassador_called_in_is_summoned(pipeline: Pipeline) -> None:
    text = "OSLO, June 9 (Wire) - Norway called in the Iranian ambassador on Wednesday."
    assert coded(pipeline, text, _DAY) == [("114", "NOR", "IRN")]


def test_talks_walked_out_of_are_broken_off(pipeline: Pipeline) -> None:
    text = "NICOSIA, June 9 (Wire) - Cyprus walked out of the talks with Turkey on Wednesday."
    assert ("164", "CYP", "TUR") in coded(pipeline, text, _DAY)
    assert not [c for c in coded(pipeline, text, _DAY) if c[0].startswith("04")]


def test_deal_backed_out_of_reduces_relations(pipeline: Pipeline) -> None:
    text = "CARACAS, June 9 (Wire) - Venezuela backed out of its oil deal with Guyana on Wednesday."
    assert coded(pipeline, text, _DAY) == [("161", "VEN", "GUY")]


def test_missile_test_fired_shows_power(pipeline: Pipeline) -> None:
    text = (
        "NEW DELHI, June 9 (Wire) - India test-fired a new cruise missile on Wednesday, a week after"
        " Pakistan had tested one of its own."
    )
    events = [e for e in events_of(pipeline, text, _DAY) if e.source.country == "IND"]
    assert [(e.cameo, e.source.role) for e in events] == [("150", "MIL")]
    assert "trigger:prefixed-verb" in events[0].evidence.steps



def test_energy_sold_or_pumped_to_a_party_is_economic_cooperation(pipeline: Pipeline) -> None:
    text = "DOHA, June 9 (Wire) - Qatar sold liquefied natural gas to Pakistan on Wednesday."
    assert coded(pipeline, text, _DAY) == [("061", "QAT", "PAK")]
    text = "BAKU, June 9 (Wire) - Azerbaijan began pumping gas to Italy through the new pipeline."
    assert coded(pipeline, text, _DAY) == [("061", "AZE", "ITA")]


def test_oil_sold_with_no_buyer_is_no_event(pipeline: Pipeline) -> None:
    text = "OSLO, June 9 (Wire) - The accord lets Caracas sell more oil over the next year."
    assert not [c for c in coded(pipeline, text, _DAY) if c[0] == "061"]
