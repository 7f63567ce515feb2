"""Wrong roots (the `roots7` block of verbs.curated.tsv, coding/forecast.py, coding/demands.py): a
warning whose threat words the parser put in a second reported clause stays a threat; a cap on another
country's prices or imports is a sanction; a contingent arriving in a place is forces moved there;
protesters defying a curfew demonstrate; an army taking control of the capital stages a coup; "should"
said of a pair is advice, no demand; gunmen seizing a theatre take hostages.
Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

DAY = "2022-04-02"


def _codes(pipeline: Pipeline, text: str) -> list[str]:
    return [c for c, _s, _t in coded(pipeline, text, DAY)]


def test_a_warning_split_in_two_clauses_keeps_its_threat(pipeline: Pipeline) -> None:
    # (the parser hangs "trying" and "regarded" on "warned" as two clauses: the threat is in the second)
    text = (
        "MOSCOW, May 3 (Wire) - The Russian president warned on Saturday that any country trying to close "
        "the Baltic to its ships would be regarded as a belligerent."
    )
    assert _codes(pipeline, text) == ["130"]


def test_a_forecast_of_misfortune_stays_a_pessimistic_comment(pipeline: Pipeline) -> None:
    text = "Peru's central bank warned on Friday that a weak sol could hurt importers."
    assert _codes(pipeline, text) == ["012"]


def test_a_cap_on_another_countrys_crude_is_a_sanction(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS, Oct 3 (Wire) - The European Union and Japan agreed on Friday to cap the price of Iranian "
        "crude at 40 dollars a barrel from next month."
    )
    found = coded(pipeline, text, DAY)
    assert found and all(c[:2] in ("16", "13") and t == "IRN" for c, _s, t in found)


def test_a_contingent_arriving_in_a_place_is_a_deployment(pipeline: Pipeline) -> None:
    text = "A Fijian contingent of 400 soldiers arrived in Honiara on Thursday at the government's request."
    assert "154" in _codes(pipeline, text)


def test_protesters_defying_a_curfew_demonstrate(pipeline: Pipeline) -> None:
    text = "Demonstrators defied curfews in a dozen Chilean cities on Friday for a third night."
    assert _codes(pipeline, text) == ["141"]


def test_a_leader_defying_a_travel_ban_stays_defiance(pipeline: Pipeline) -> None:
    text = "Bolivia's opposition leader defied a travel ban on Friday to reach the border town."
    assert _codes(pipeline, text) == ["128"]


def test_the_army_taking_the_capital_is_a_coup(pipeline: Pipeline) -> None:
    text = (
        "LUSAKA, Nov 21 (Wire) - The president resigned on Tuesday, a week after the army took control of "
        "the capital."
    )
    assert "170" in _codes(pipeline, text)
    assert "192" not in _codes(pipeline, text)


def test_should_said_of_a_pair_is_no_demand(pipeline: Pipeline) -> None:
    # (coding/demands.py: advice to both sides)
    assert _codes(pipeline, "The EU envoy said Oslo and Stockholm should now build close relations.") == []
    assert _codes(pipeline, "The Belgian minister said both sides should lower their tone.") == []


def test_should_said_of_a_named_party_or_a_thing_stays_a_demand(pipeline: Pipeline) -> None:
    assert _codes(pipeline, "Lavrov said Saakashvili should step down.") == ["100"]
    assert _codes(pipeline, "Gorbachev said the vote should be annulled.") == ["100"]
    assert _codes(pipeline, "Paris said Damascus and Moscow must stop the bombing.") == ["100", "100"]


def test_gunmen_seizing_a_theatre_take_hostages(pipeline: Pipeline) -> None:
    text = "LIMA, Oct 24 (Wire) - Gunmen seized a Lima theatre on Wednesday evening during a concert."
    codes = _codes(pipeline, text)
    assert "181" in codes and "171" not in codes
