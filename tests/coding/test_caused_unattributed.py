"""Unattributed attacks placed by the dateline (source:unattributed-dateline), events caused by another
(select:consequence-event, source:caused-event), resignations coded in the office left
(source:leaving-office) and places that stand for no counterpart, on sentences written for these tests
(issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding import agentless, arguments, roles, scene
from newsevents.pipeline import Pipeline


def test_dateline_places_an_unattributed_bombing(pipeline: Pipeline) -> None:
    text = "QUETTA, Pakistan — A car bomb tore through a crowded market on Sunday, killing 17 people."
    tore = by_trigger(events_of(pipeline, text, "2021-03-08"))["tore"]
    assert tore[0].root == "18"
    assert tore[0].source.country == "PAK"
    assert tore[0].target is not None and tore[0].target.country == "PAK"
    assert tore[0].date == "2021-03-07"
    assert agentless.DATELINE_PLACE in tore[0].evidence.steps


def test_no_dateline_no_unattributed_bombing(pipeline: Pipeline) -> None:
    # Without a dateline or a place the attack has no country to belong to.
    text = "A car bomb tore through a crowded market on Sunday, killing 17 people."
    assert "tore" not in by_trigger(events_of(pipeline, text, "2021-03-08"))


def test_agentless_arrest_does_not_take_the_dateline(pipeline: Pipeline) -> None:
    # An agentless arrest keeps its own fallbacks (the state's police): the dateline rule is for attacks.
    text = "MINSK, Belarus — More than 300 marchers were detained on Sunday, the interior ministry said."
    for event in events_of(pipeline, text, "2021-03-08"):
        assert agentless.DATELINE_PLACE not in event.evidence.steps


def test_participle_of_consequence_tells_a_new_event(pipeline: Pipeline) -> None:
    text = "Soldiers shot dead three miners in Cochabamba on Thursday, sparking riots across the region."
    events = by_trigger(events_of(pipeline, text, "2021-03-13"))
    riots = events["riots"][0]
    assert riots.root == "14"
    assert riots.source.country == "BOL" and riots.source.role is None  # not the soldiers' act
    assert riots.date == "2021-03-11"  # the day of the shooting that set them off
    assert scene.CONSEQUENCE in riots.evidence.steps
    assert roles.CAUSED_EVENT in riots.evidence.steps
    assert events["shot"][0].root == "18"


def test_elaborating_participle_still_sets_the_scene(pipeline: Pipeline) -> None:
    # "killing" is no verb of consequence: the killings are the shooting itself.
    text = "Soldiers fired on miners in Cochabamba on Thursday, killing three."
    assert "killing" not in by_trigger(events_of(pipeline, text, "2021-03-13"))


def test_resignation_is_coded_in_the_office_left(pipeline: Pipeline) -> None:
    text = "LA PAZ, Nov 10 (Wire) - Evo Morales resigned as president on Sunday after weeks of protests."
    resigned = by_trigger(events_of(pipeline, text, "2019-11-10"))["resigned"][0]
    assert resigned.root == "08"
    assert resigned.source.code == "BOLGOV"
    assert arguments.LEAVING_OFFICE in resigned.evidence.steps


def test_place_of_a_resignation_is_no_target(pipeline: Pipeline) -> None:
    text = "Prime Minister Ana Ruiz of Peru resigned on Monday in a speech at the Lima Convention Center."
    resigned = by_trigger(events_of(pipeline, text, "2021-03-09"))["resigned"][0]
    assert resigned.target is None or resigned.target.country == "PER"


def test_taking_over_as_leader_is_no_seizure(pipeline: Pipeline) -> None:
    text = "Vice President Ana Ruiz took over as president of Peru on Monday. Rebels took over the airport."
    codes = [e.cameo for e in events_of(pipeline, text, "2021-03-10")]
    assert codes == ["192"]  # only the airport, which rebels taking over occupy (192, as capture and seize)


def test_northern_ireland_names_the_united_kingdom(pipeline: Pipeline) -> None:
    text = "Police in Northern Ireland arrested four men over the bombing of a Belfast bar on Monday."
    arrested = by_trigger(events_of(pipeline, text, "2021-03-10"))["arrested"][0]
    assert arrested.source.country == "GBR"
