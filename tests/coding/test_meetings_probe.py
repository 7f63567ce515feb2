"""Consultation, aid, inquiry and statement constructions found by the pmeet probe set (issue 10):
event nouns held by the clause they hang from (coding/clause_party.py), and the ``# pmeet`` rows of
verbs.curated.tsv. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.coding.clause_party import CLAUSE_PARTY, HOSTED_TALKS
from newsevents.coding.diplomacy import RELIEF_CARGO
from newsevents.coding.judgement import DENIED_ACT
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "call-after",
            "Macron approved the loan on Monday after an hour-long telephone call with Lula.",
            (("04", "FRA", "BRA"),),
            step=CLAUSE_PARTY,
        ),
        DyadCase(
            "call-set-off-after-subject",
            "The Chilean president, in a telephone call with his Peruvian counterpart, said the border "
            "would stay open.",
            (("04", "CHL", "PER"),),
            step=CLAUSE_PARTY,
        ),
        DyadCase(
            "call-fronted",
            "In a telephone conversation with Kenya's president, Museveni promised to reopen the border.",
            (("04", "UGA", "KEN"),),
            step=CLAUSE_PARTY,
        ),
    ],
    ids=lambda c: c.name,
)
def test_consultation_nouns_held_by_their_clause(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_a_noun_with_no_counterpart_stays_scene(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "After the talks, the Peruvian minister flew home.", "2021-03-10")
    assert not [e for e in events if e.root == "04"], [(e.root, e.evidence.steps) for e in events]


@pytest.mark.parametrize(
    "case",
    [
        # a stop on a journey is a visit to the place, not to where the journey began
        DyadCase(
            "stop-on-the-way",
            "Egypt's president made a stop in Amman on Tuesday on his way home from Paris.",
            (("04", "EGY", "JOR"),),
        ),
        DyadCase("dined-with", "Lula dined with Xi Jinping in Beijing on Friday.", (("04", "BRA", "CHN"),)),
        DyadCase(
            "dinner-with",
            "Peru's president held a dinner with the Chilean president on Friday.",
            (("04", "PER", "CHL"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_visits_and_dinners(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Minsk said its troops had not crossed the border on Sunday.", "BLR"),
        ("Hanoi said it did not seize the fishing boat.", "VNM"),
        # a news conference is where the denial was made, not a self-directed act
        (
            "Syria's foreign minister told a news conference that the government had never used chemical "
            "weapons.",
            "SYR",
        ),
    ],
)
def test_a_reported_negated_act_of_ones_own_side_is_a_denial(
    pipeline: Pipeline, text: str, source: str
) -> None:
    events = events_of(pipeline, text, "2021-03-10")
    assert [(e.cameo, e.source.country) for e in events] == [("016", source)], [
        (e.cameo, e.evidence.steps) for e in events
    ]
    assert DENIED_ACT in events[0].evidence.steps


@pytest.mark.parametrize(
    "text",
    [
        "Lima said Quito had not withdrawn its troops from the border.",
        "Kyiv said the Russian army had not pulled back from the city.",
        "Lima said there was no attack on the convoy.",
    ],
)
def test_another_sides_negated_act_is_no_denial(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text, "2021-03-10")
    assert not [e for e in events if e.cameo == "016"], [(e.cameo, e.evidence.steps) for e in events]


def test_planes_carrying_relief_goods_as_the_subject_are_aid(pipeline: Pipeline) -> None:
    case = DyadCase(
        "relief-subject",
        "Two Spanish military planes carrying rescue workers and medical supplies landed in Rabat "
        "on Wednesday.",
        (("07", "ESP", "MAR"),),
        step=RELIEF_CARGO,
    )
    check_dyads(pipeline, case)


def test_talks_a_third_party_hosts_are_an_event_of_their_own(pipeline: Pipeline) -> None:
    text = "Ecuador hosted talks between Colombian and Venezuelan military delegations on Monday."
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "04"]
    pairs = {(e.source.country, e.target.country if e.target else None) for e in events}
    assert ("COL", "VEN") in pairs or ("VEN", "COL") in pairs, pairs
    assert {("ECU", "COL"), ("ECU", "VEN")} <= pairs, pairs
    talks = next(e for e in events if e.source.country != "ECU")
    assert HOSTED_TALKS in talks.evidence.steps


def test_proposed_talks_between_two_parties_do_not_take_place(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Brazil proposed talks between Colombia and Venezuela.", "2021-03-10")
    assert not [e for e in events if HOSTED_TALKS in e.evidence.steps]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Moscow released two British intelligence officers on Friday.", "08"),
        ("Washington released three Cuban intelligence agents on Wednesday.", "08"),
        # what is released is information, not people
        ("Kyiv released intelligence on the missile strike.", "06"),
    ],
)
def test_released_intelligence_agents_are_people(pipeline: Pipeline, text: str, root: str) -> None:
    assert [e.root for e in events_of(pipeline, text, "2021-03-10")] == [root]


def test_a_pledge_told_in_a_participle_is_an_event_of_its_own(pipeline: Pipeline) -> None:
    case = DyadCase(
        "pledging",
        "Kenya's president met Uganda's president in Nairobi on Monday, pledging to reopen the border.",
        (("04", "KEN", "UGA"), ("03", "KEN", "UGA")),
    )
    check_dyads(pipeline, case)


def test_a_reported_verdict_of_experience_is_praise(pipeline: Pipeline) -> None:
    text = "Lula told reporters that Macron was a very experienced statesman."
    events = events_of(pipeline, text, "2021-03-10")
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("051", "BRA", "FRA")
    ], [(e.cameo, e.evidence.steps) for e in events]


def test_a_pairs_own_ministers_are_no_counterpart(pipeline: Pipeline) -> None:
    text = (
        "President Gabriel Boric of Chile and President Dina Boluarte of Peru held a summit in Lima on "
        "Monday. The two presidents met for three hours, first with their foreign ministers."
    )
    pairs = {
        (e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, "2023-03-10")
        if e.root == "04"
    }
    assert pairs and all(s != t for s, t in pairs), pairs
    assert pairs <= {("CHL", "PER"), ("PER", "CHL")}, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Iran called for the lifting of the sanctions Washington imposed in 2018.",
        "Iran called for the easing of American sanctions.",
    ],
)
def test_a_call_to_lift_sanctions_is_an_appeal_to_ease_them(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text, "2021-03-10")
    assert [
        (e.cameo, e.source.country, e.target.country if e.target else None) for e in events if e.root != "16"
    ] == [("0254", "IRN", "USA")], [(e.cameo, e.evidence.steps) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "U.N. weapons inspectors drove into a presidential palace in Baghdad on Tuesday.",
        "U.N. investigators visited the site of the blast in Beirut on Friday.",
        "U.N. inspectors entered the reactor building in Tehran on Monday.",
    ],
)
def test_inspectors_reaching_a_site_inspect_it(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text, "2021-03-10")
    assert [e.root for e in events] == ["09"], [(e.cameo, e.evidence.steps) for e in events]
