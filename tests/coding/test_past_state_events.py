"""Sources and targets of Soviet actors (RUS, with their roles) and of reports datelined in Islamabad
(Pakistan's capital, not the Bangladeshi city GeoNames also files under that name), on sentences
written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_the_soviet_union_is_russia_s_government(pipeline: Pipeline) -> None:
    text = "The Soviet Union condemned Poland on Monday."
    condemned = by_trigger(events_of(pipeline, text, "1981-12-15"))["condemned"][0]
    assert condemned.root == "11"
    assert (condemned.source.country, condemned.source.role) == ("RUS", "GOV")
    assert condemned.target is not None and condemned.target.country == "POL"


def test_soviet_troops_are_russia_s_military(pipeline: Pipeline) -> None:
    text = "Soviet troops stormed the radio station in Riga on Sunday."
    stormed = by_trigger(events_of(pipeline, text, "1991-01-21"))["stormed"][0]
    assert stormed.root == "19"
    assert (stormed.source.country, stormed.source.role) == ("RUS", "MIL")
    assert stormed.target is not None and stormed.target.country == "LVA"


def test_an_islamabad_dateline_places_an_unattributed_attack_in_pakistan(pipeline: Pipeline) -> None:
    text = "ISLAMABAD, May 3 (Wire) - A car bomb tore through a busy market on Sunday, killing nine people."
    tore = by_trigger(events_of(pipeline, text, "2021-05-04"))["tore"][0]
    assert tore.root == "18"
    assert tore.source.country == "PAK"
    assert tore.target is not None and tore.target.country == "PAK"
