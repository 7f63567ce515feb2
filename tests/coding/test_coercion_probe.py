"""Coercion and yielding told in the shapes of the pcoer probe set (issue 10), on sentences written for
these tests: measures eased in an agentless passive (source:eased-measure, coding/eased.py), reactions
drawn from a party (coding/drawn.py), a party said to be to blame (trigger:blamed-party,
coding/stance.py) and organisations a state coerces at home (target:home-organisation,
coding/home_groups.py)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.eased import EASED_MEASURE
from newsevents.coding.freed import FREED_SUBJECT
from newsevents.coding.home_groups import HOME_ORGANISATION
from newsevents.coding.received import ORDERED_BY
from newsevents.coding.stance import BLAMED_PARTY
from newsevents.pipeline import Pipeline
from newsevents.records import Event


def _dyads(events: list[Event], root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country, e.target.country if e.target else None) for e in events if e.root == root]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the measure's possessor eased it; a domestic measure is aimed at the country's own people
        ("ANKARA (Wire) - Turkey's ban on street rallies was lifted on Friday.", "TUR", "TUR"),
        ("Ecuador's state of emergency was lifted on Tuesday, officials said.", "ECU", "ECU"),
        # no owner named: a curfew is the story's country's
        ("SANTIAGO, Chile (Wire) - A night curfew in the capital was lifted on Sunday.", "CHL", "CHL"),
        # economic sanctions: their named owner, aimed at the party they are on
        ("Canadian sanctions on Fiji were suspended on Monday.", "CAN", "FJI"),
    ],
)
def test_agentless_easing_is_the_measure_owners(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    events = events_of(pipeline, text, "2015-06-10")
    assert _dyads(events, "08") == [(source, target)]
    assert all(EASED_MEASURE in e.evidence.steps for e in events if e.root == "08")
    # the eased measure is no new sanction (the noun gives way to the verb it is the passive subject of)
    assert not [e for e in events if e.root in ("16", "17")]


def test_sanctions_with_no_owner_make_no_easing(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Sanctions against the regime were suspended after the vote.", "2015-06-10")
    assert _dyads(events, "08") == [] and _dyads(events, "16") == []


def test_criticism_drawn_from_parties_is_theirs(pipeline: Pipeline) -> None:
    text = (
        "MINSK (Wire) - Belarusian police detained an opposition blogger on Monday. "
        "The detention drew sharp criticism from Lithuania and Poland."
    )
    events = events_of(pipeline, text, "2021-03-10")
    assert sorted(_dyads(events, "11")) == [("LTU", "BLR"), ("POL", "BLR")]
    assert _dyads(events, "17") == [("BLR", "BLR")]


def test_praise_drawn_from_a_party(pipeline: Pipeline) -> None:
    text = "Uzbekistan freed two jailed reporters on Monday. The move earned praise from Washington."
    events = events_of(pipeline, text, "2021-03-10")
    assert _dyads(events, "05") == [("USA", "UZB")]


def test_a_party_said_to_be_to_blame_is_blamed_by_the_speaker(pipeline: Pipeline) -> None:
    text = "Norway said on Tuesday that Sudanese intelligence officers were to blame for the bombing."
    blamed = [e for e in events_of(pipeline, text, "2015-06-10") if e.root == "11"]
    assert [(e.source.country, e.target.country if e.target else None) for e in blamed] == [("NOR", "SDN")]
    assert BLAMED_PARTY in blamed[0].evidence.steps
    assert blamed[0].modality == "asserted"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "BANGKOK (Wire) - Thailand's Constitutional Court dissolved the Green Tomorrow Party on Friday.",
            "THA",
        ),
        (
            "HONG KONG (Wire) - Hundreds of police officers raided the Harbour Times on Thursday.",
            "HKG",
        ),
    ],
)
def test_an_organisation_coerced_at_home_is_the_states_own(
    pipeline: Pipeline, text: str, source: str
) -> None:
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "17"]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [(source, source)]
    # (a dateline the story is about already places the organisation: actors/phrases.py, organisation)
    assert HOME_ORGANISATION in events[0].evidence.steps or "actor:organisation" in events[0].evidence.steps


def test_an_organisation_coerced_at_home_without_a_dateline_is_the_states_own(pipeline: Pipeline) -> None:
    text = "Thailand's Constitutional Court dissolved the Green Tomorrow Party on Friday."
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "17"]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [("THA", "THA")]
    assert HOME_ORGANISATION in events[0].evidence.steps


def test_an_organisation_in_a_sentence_naming_another_country_stays_unplaced(pipeline: Pipeline) -> None:
    text = "Kenyan police raided the Nairobi offices of the Somali Youth Forum on Thursday."
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "17"]
    assert all(HOME_ORGANISATION not in e.evidence.steps for e in events)


def test_a_party_blamed_under_a_noun_clause_is_blamed_by_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "Norway said on Tuesday there was strong evidence that Sudanese agents were to blame for the bombing."
    )
    blamed = [e for e in events_of(pipeline, text, "2015-06-10") if e.root == "11"]
    assert [(e.source.country, e.target.country if e.target else None) for e in blamed] == [("NOR", "SDN")]


@pytest.mark.parametrize(
    ("text", "freed"),
    [
        (
            "PAARL, South Africa (Wire) - Opposition leader Sam Dube walked out of prison on Sunday.",
            "ZAF",
        ),
        ("MINSK, Belarus (Wire) - Two jailed Belarusian bloggers walked free on Saturday.", "BLR"),
    ],
)
def test_a_person_walking_free_was_released_by_the_state(pipeline: Pipeline, text: str, freed: str) -> None:
    events = [e for e in events_of(pipeline, text, "2015-06-10") if e.root == "08"]
    assert [(e.source.country, e.source.role, e.target.country if e.target else None) for e in events] == [
        (freed, "GOV", freed)
    ]
    assert FREED_SUBJECT in events[0].evidence.steps


def test_walking_free_after_a_named_release_is_that_release(pipeline: Pipeline) -> None:
    text = (
        "ANKARA (Wire) - A Canadian engineer walked free late on Tuesday after a Turkish judge released him."
    )
    events = [e for e in events_of(pipeline, text, "2015-06-10") if e.root == "08"]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [("TUR", "CAN")]


def test_a_measure_eased_targets_the_party_it_is_aimed_at(pipeline: Pipeline) -> None:
    # the measure's own adjective names its owner, not the counterpart
    text = "WASHINGTON - President Tom Hale lifted the American trade embargo against Cuba on Friday."
    events = events_of(pipeline, text, "2015-06-10")
    assert _dyads(events, "08") == [("USA", "CUB")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("LIMA (Wire) - Peru's Congress removed President Juan Soto from office on Wednesday.", "PER"),
        ("TUNIS (Wire) - Tunisia's president suspended the assembly for a month on Sunday.", "TUN"),
        ("N'DJAMENA (Wire) - Chad's ruling military council dissolved parliament on Tuesday.", "TCD"),
    ],
)
def test_removing_a_leader_or_a_legislature_is_coercion(pipeline: Pipeline, text: str, source: str) -> None:
    events = events_of(pipeline, text, "2015-06-10")
    assert [e.source.country for e in events if e.root == "17"] == [source]
    assert not [e for e in events if e.root == "16"]


def test_a_move_called_counterproductive_is_criticism(pipeline: Pipeline) -> None:
    text = (
        "Washington froze military aid to Pakistan on Thursday. "
        "Pakistan's foreign ministry said the decision was counterproductive."
    )
    events = events_of(pipeline, text, "2018-01-05")
    assert ("PAK", "USA") in _dyads(events, "11")


@pytest.mark.parametrize(
    "text",
    [
        "GUATEMALA CITY - A Guatemalan judge ordered former President Otto Ruiz held in custody.",
        "NAIROBI (Wire) - A Kenyan court ordered the opposition leader detained for two weeks.",
    ],
)
def test_a_measure_ordered_done_is_the_orderers(pipeline: Pipeline, text: str) -> None:
    events = [e for e in events_of(pipeline, text, "2015-06-10") if e.root == "17"]
    assert [(e.source.role, e.target.country if e.target else None) for e in events] == [
        ("JUD", events[0].source.country)
    ]
    assert ORDERED_BY in events[0].evidence.steps


def test_a_deadline_dates_no_event(pipeline: Pipeline) -> None:
    # published on a Monday: "by Monday evening" is that evening's deadline, not the day of the order
    text = "WARSAW, April 18 (Wire) - Belarus ordered 12 Polish envoys to leave Minsk by Monday evening."
    events = [e for e in events_of(pipeline, text, "2021-04-19") if e.root == "16"]
    assert [(e.source.country, e.target.country if e.target else None, e.date) for e in events] == [
        ("BLR", "POL", "2021-04-18")
    ]


def test_an_agentless_arrest_after_a_named_crackdown_is_another_act(pipeline: Pipeline) -> None:
    text = (
        "KITWE, Zambia, May 3 - Police opened fire on striking copper miners on Thursday, killing four. "
        "More than 100 miners were arrested."
    )
    events = [e for e in events_of(pipeline, text, "2012-05-04") if e.root == "17"]
    assert sorted(e.cameo for e in events) == ["173", "175"]
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {("ZMB", "ZMB")}


def test_two_acts_of_one_sentence_stay_one_event(pipeline: Pipeline) -> None:
    text = "KITWE, Zambia - Police raided the union office on Thursday and detained its leader."
    events = [e for e in events_of(pipeline, text, "2012-05-04") if e.root == "17"]
    assert len(events) == 1


def test_a_speech_participle_on_an_ordered_clause_is_the_orderers(pipeline: Pipeline) -> None:
    text = "Eritrea ordered five Italian aid workers to leave the country on Friday, accusing them of spying."
    accused = [e for e in events_of(pipeline, text, "2021-10-01") if e.root == "11"]
    assert [e.source.country for e in accused] == ["ERI"]


def test_the_object_of_an_appeal_still_acts_in_its_clause(pipeline: Pipeline) -> None:
    text = "Washington urged Seoul to condemn the missile launch."
    condemned = [e for e in events_of(pipeline, text, "2021-10-01") if e.evidence.trigger == "condemn"]
    assert all(e.source.country == "KOR" for e in condemned)


def test_what_a_court_convicts_someone_of_is_no_event(pipeline: Pipeline) -> None:
    text = "ANKARA (Wire) - A Turkish court convicted an American pastor of aiding terrorists on Friday."
    events = events_of(pipeline, text, "2015-06-10")
    assert [e.cameo for e in events] == ["116"]
    assert (events[0].source.country, events[0].target.country if events[0].target else None) == (
        "TUR",
        "USA",
    )


def test_a_judgement_whose_object_the_parser_split_off_is_criticism(pipeline: Pipeline) -> None:
    text = "The Polish Foreign Ministry called the Czech step a hostile act."
    events = events_of(pipeline, text, "2021-04-19")
    assert [(e.root, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("11", "POL", "CZE")
    ]


def test_a_person_ordered_held_with_no_agent_is_held_by_the_courts(pipeline: Pipeline) -> None:
    text = "MOSCOW (Wire) - Russian blogger Pavel Orlov was ordered kept in custody for two months on Monday."
    events = [e for e in events_of(pipeline, text, "2015-06-10") if e.root == "17"]
    assert [(e.source.country, e.source.role, e.target.country if e.target else None) for e in events] == [
        ("RUS", "JUD", "RUS")
    ]


@pytest.mark.parametrize(
    ("text", "dyads"),
    [
        (
            "A State Department spokeswoman said Pakistan had failed to act against the militant groups.",
            [("USA", "PAK")],
        ),
        ("Kabul said Islamabad had not failed to stop the militants.", []),
        ("Kabul said it had failed to stop the militants.", []),
    ],
)
def test_a_party_said_to_have_failed_to_act_is_criticised(
    pipeline: Pipeline, text: str, dyads: list[tuple[str, str]]
) -> None:
    assert _dyads(events_of(pipeline, text, "2018-01-05"), "11") == dyads


def test_a_drawn_reaction_targets_the_act_that_drew_it(pipeline: Pipeline) -> None:
    text = (
        "Estonia said on Monday that Russia had expelled two Estonian diplomats. "
        "The expulsion drew condemnation from Germany."
    )
    events = events_of(pipeline, text, "2015-06-10")
    assert _dyads(events, "11") == [("DEU", "RUS")]
