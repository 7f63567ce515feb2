"""Shapes of long wire reports (issue 10, eleventh session, probe set plong): a fronted "On Sunday" the
parser fuses into the subject still dates its clause (strandeddate.py); an end or halt ordered to a
military operation, offensive or bombing de-escalates (087, rows ne.plong.N); airborne soldiers,
conscripts, guards and armour are armed forces (MIL, tools/curated_agents.tsv). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline

# Published on a Wednesday: Sunday is 2005-05-08, Monday 2005-05-09.
_PUBLISHED = "2005-05-11"
_DATELINE = "LIMA, May 10 (Wire) - "


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("On Sunday Ecuadorean troops captured a hill near the border after a day of heavy fighting.",
     "captured", "2005-05-08"),
    ("On Sunday Chilean warplanes bombed a bridge over the river near the Peruvian border town.",
     "bombed", "2005-05-08"),
    ("On Monday Bolivian police arrested the mayor of the border town and two of his aides.",
     "arrested", "2005-05-09"),
])  # fmt: skip
def test_fronted_weekday_without_comma_dates_its_clause(
    pipeline: Pipeline, text: str, trigger: str, day: str
) -> None:
    events = [e for e in events_of(pipeline, _DATELINE + text, _PUBLISHED) if e.evidence.trigger == trigger]
    assert events and all(str(e.date) == day for e in events)


def test_date_bound_to_a_noun_stays_the_nouns(pipeline: Pipeline) -> None:
    # (a possessive date names the occasion of its noun; "Sunday's vote" is no fronted date)
    text = _DATELINE + "Peru's president condemned Sunday's attack on the Ecuadorean embassy in the capital."
    events = [e for e in events_of(pipeline, text, _PUBLISHED) if e.evidence.trigger == "condemned"]
    assert events and all(str(e.date) != "2005-05-08" for e in events)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("President Garcia ordered an end to the military operation in the border region with Ecuador.",
     "PER", "ECU"),
    ("The Peruvian president ordered a halt to the offensive against the rebels in the southern jungle.",
     "PER", "PER"),
    ("The Chilean government ended the air strikes on the rebel camps in Bolivia after three days.",
     "CHL", "BOL"),
    ("Colombia suspended the bombing of guerrilla camps in Ecuador for three days on Monday.",
     "COL", "ECU"),
])  # fmt: skip
def test_ending_or_halting_force_deescalates(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    events = events_of(pipeline, _DATELINE + text, _PUBLISHED)
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("087", source, target)
    ]


def test_ending_talks_is_not_deescalation(pipeline: Pipeline) -> None:
    text = _DATELINE + "Peru's president ordered an end to the talks with the Ecuadorean envoys on Tuesday."
    assert all(e.cameo != "087" for e in events_of(pipeline, text, _PUBLISHED))


@pytest.mark.parametrize("noun", ["paratroopers", "conscripts", "armour"])
def test_airborne_troops_conscripts_and_armour_are_military(pipeline: Pipeline, noun: str) -> None:
    text = _DATELINE + f"Peruvian {noun} stormed a border post in Ecuador on Monday, killing two guards."
    events = [e for e in events_of(pipeline, text, _PUBLISHED) if e.evidence.trigger == "stormed"]
    assert events and all(e.source.code == "PERMIL" for e in events)


def test_presidential_guard_is_military(pipeline: Pipeline) -> None:
    text = _DATELINE + "The Bolivian presidential guard detained the president at his residence on Monday."
    events = [e for e in events_of(pipeline, text, _PUBLISHED) if e.evidence.trigger == "detained"]
    assert events and all(e.source.code == "BOLMIL" for e in events)


@pytest.mark.parametrize("text", [
    "\"If Quito sends troops, it could find itself in a long war across the mountains,\" said a "
    "security analyst in Lima.",
    "Others said that Chile could impose sanctions on Peru if the border crisis went on into the summer.",
    "Some analysts warned that a Peruvian withdrawal would leave a vacuum that the rebels could fill.",
    "\"If the Ecuadoreans cross the river, the Peruvian army will have to go in and drive them out,\" said "
    "a South American ambassador.",
])  # fmt: skip
def test_commentators_conjecture_is_no_event(pipeline: Pipeline, text: str) -> None:
    # (coding/conjecture.py: an analyst's or unnamed commentator's guess belongs to no party)
    lead = "Peru expelled two Ecuadorean diplomats from Lima on Tuesday. "
    events = events_of(pipeline, _DATELINE + lead + text, _PUBLISHED)
    assert [(e.root, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("16", "PER", "ECU")
    ]


@pytest.mark.parametrize(("text", "root", "source"), [
    # (the president's threat for his own army, Peru's: coding/announcer.py; it read Ecuador's army before)
    ("Peru's president warned that if Ecuador sent troops across the river, the army would attack them.",
     "13", "PER"),
    ("A former Peruvian minister, Luis Soto, said that if the talks failed, Lima would recall its "
     "ambassador from Quito.", "13", "PER"),
    ("The Chilean foreign minister said Chile would send aid to Peru next week.", "03", "CHL"),
])  # fmt: skip
def test_parties_conditionals_and_plans_stay(pipeline: Pipeline, text: str, root: str, source: str) -> None:
    events = events_of(pipeline, _DATELINE + text, _PUBLISHED)
    assert (root, source) in [(e.root, e.source.country) for e in events]


def test_negated_act_in_if_clause_is_no_refusal(pipeline: Pipeline) -> None:
    text = (
        "If the Peruvian Congress cannot meet to confirm the new president, the army will become the "
        "arbiter of the crisis, a lawyer in Lima said. Ecuador will not accept the refugees from Peru, "
        "its interior minister said on Tuesday."
    )
    events = events_of(pipeline, _DATELINE + text, _PUBLISHED)
    assert [(e.cameo, e.source.country) for e in events] == [("120", "ECU")]


@pytest.mark.parametrize(("quote", "source"), [
    ("\"We condemn this attack on our territory,\" the Ecuadorean foreign ministry said in a statement.",
     "ECU"),
    ("\"We strongly condemn the shelling,\" said Chile's foreign minister, Jose Perez.", "CHL"),
    ("The Bolivian government said in a statement: \"We condemn this use of force.\"", "BOL"),
])  # fmt: skip
def test_quoted_first_person_speech_act_is_performed(pipeline: Pipeline, quote: str, source: str) -> None:
    # (coding/performative.py: saying "we condemn" condemns; the quote's speaker is the source)
    lead = "Peruvian troops shelled an Ecuadorean border post on Tuesday. "
    events = events_of(pipeline, _DATELINE + lead + quote, _PUBLISHED)
    assert ("11", source, "PER") in [
        (e.root, e.source.country, e.target.country if e.target else None) for e in events
    ]


def test_quoted_present_rhetoric_stays_set_aside(pipeline: Pipeline) -> None:
    # (a third-person present in a quote is still rhetoric: only the speaker's own speech act is performed)
    text = (
        "Peruvian troops shelled an Ecuadorean border post on Tuesday. \"Lima is waging a war on our "
        "farmers and their families,\" Ecuador's defence minister said."
    )
    events = events_of(pipeline, _DATELINE + text, _PUBLISHED)
    assert [e.evidence.trigger for e in events] == ["shelled"]


def test_clause_before_semicolon_is_no_demanded_content(pipeline: Pipeline) -> None:
    # (coding/clausebreak.py: the parser hangs "arrested" on "demanded" across the semicolon)
    text = (
        "Chile arrested six Peruvian sailors who landed a boat near Arica and sought asylum; Lima demanded "
        "that they be returned."
    )
    events = events_of(pipeline, _DATELINE + text, _PUBLISHED)
    coded = [(e.root, e.source.country, e.target.country if e.target else None) for e in events]
    assert ("17", "CHL", "PER") in coded
    assert ("10", "PER", "CHL") in coded


def test_demanded_content_in_one_clause_stays_set_aside(pipeline: Pipeline) -> None:
    text = "Lima demanded that Chile release the six Peruvian sailors held in Arica since Sunday."
    events = events_of(pipeline, _DATELINE + text, _PUBLISHED)
    assert [e.root for e in events] == ["10"]


def test_visit_companions_are_no_hosts(pipeline: Pipeline) -> None:
    # (coding/visit_host.py: "with" names who went along; the host is the "to" place)
    text = "Chile's president flew to Quito on Tuesday with the leaders of Peru and Bolivia to show support."
    events = [e for e in events_of(pipeline, _DATELINE + text, _PUBLISHED) if e.root == "04"]
    pairs = sorted((e.source.country, e.target.country if e.target else None) for e in events)
    assert pairs == [("BOL", "ECU"), ("CHL", "ECU"), ("PER", "ECU")]


def test_meeting_with_keeps_its_counterpart(pipeline: Pipeline) -> None:
    text = "Chile's president met with the leaders of Peru and Bolivia in Quito on Tuesday to discuss trade."
    events = [e for e in events_of(pipeline, _DATELINE + text, _PUBLISHED) if e.root == "04"]
    targets = {e.target.country for e in events if e.target} | {e.source.country for e in events}
    assert {"PER", "BOL"} <= targets
