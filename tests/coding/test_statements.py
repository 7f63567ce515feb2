"""Statements, concerns and receptions of official texts (statements branch): concern or displeasure
conveyed to a party (ne.statements.*), the owners listed after "the missions of" (actors/listed_owners.py),
a feeling the speaker tells with its own state's name (coding/own_voice.py), a visitor received by a
leader the converted LEADER set lacked (synsets.curated.tsv). Every sentence is invented."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

_DAY = "2020-03-04"


def test_concern_conveyed_to_each_party(pipeline: Pipeline) -> None:
    text = "OSLO, March 3 (Wire) - Norway conveyed its deep concerns to Belarus and Latvia on Tuesday."
    assert sorted(coded(pipeline, text, _DAY)) == [("012", "NOR", "BLR"), ("012", "NOR", "LVA")]


def test_displeasure_conveyed_is_disapproval(pipeline: Pipeline) -> None:
    text = "LIMA, March 3 (Wire) - Peru conveyed its strong displeasure to Bolivia over the border closure."
    assert ("110", "PER", "BOL") in coded(pipeline, text, _DAY)


def test_missions_listed_with_a_bloc_each_speak(pipeline: Pipeline) -> None:
    text = (
        "LOME, March 3 (Wire) - Togo suspended the online newspaper on Monday. The missions of Sweden, the "
        "European Union, Norway and Japan said in a joint statement that they were disappointed."
    )
    sources = {e[1] for e in coded(pipeline, text, _DAY) if e[0] == "111"}
    assert {"SWE", "NOR", "JPN"} <= sources


def test_feeling_told_with_the_speakers_capital(pipeline: Pipeline) -> None:
    text = (
        "LOME, March 3 (Wire) - The Swedish embassy issued a statement saying Stockholm was disappointed "
        "that Togo had closed the newspaper."
    )
    assert ("111", "SWE", "TGO") in coded(pipeline, text, _DAY)


def test_feeling_of_another_state_is_not_the_speakers(pipeline: Pipeline) -> None:
    text = "LOME, March 3 (Wire) - Sweden said Norway was disappointed that Togo had closed the newspaper."
    assert not [e for e in coded(pipeline, text, _DAY) if e[0] == "111" and e[1] == "SWE"]


def test_emir_received_by_a_crown_prince(pipeline: Pipeline) -> None:
    text = "DOHA, March 3 (Wire) - The Emir of Bahrain was received by the Omani Crown Prince at the airport."
    assert ("043", "OMN", "BHR") in coded(pipeline, text, _DAY)


def test_backing_a_decision_in_a_statement_endorses_it(pipeline: Pipeline) -> None:
    text = (
        "OTTAWA, March 3 (Wire) - Canada left the fisheries accord on Monday. Sweden said in a statement "
        "that it fully backed the Canadian decision."
    )
    assert ("051", "SWE", "CAN") in coded(pipeline, text, _DAY)


def test_bare_back_stays_no_event(pipeline: Pipeline) -> None:
    text = "OSLO, March 3 (Wire) - Norway's fishing fleet came back on Tuesday."
    assert not [e for e in coded(pipeline, text, _DAY) if e[0] == "051"]
