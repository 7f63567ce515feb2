"""Accusations carried by an ordinary reported clause (coding/reported_accusations.py, issue 10, twelfth
session, raccuse) and mutual blame told once (coding/mutual.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import mutual
from newsevents.coding.reported_accusations import REPORTED_ACCUSATION, reported_words
from newsevents.pipeline import Pipeline
from newsevents.records import Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return events_of(pipeline, text, "2011-05-04")


def _accusations(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country, e.target and e.target.country)
        for e in events
        if e.root == "11" and REPORTED_ACCUSATION in e.evidence.steps
    ]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Chile said on Tuesday that Peruvian troops had fired first on its border posts.", ("CHL", "PER")),
        ("Bolivia claimed Paraguayan police had seized two Bolivian lorry drivers.", ("BOL", "PRY")),
        (
            "Ecuador's foreign minister said Colombian soldiers had deliberately opened fire on its patrol.",
            ("ECU", "COL"),
        ),
        # reduced relations and rejections are wrongs by themselves, with no blame word
        ("Chile said Peru had cut off gas supplies to its northern towns.", ("CHL", "PER")),
        ("Chile said Peru had rejected the border commission's proposal.", ("CHL", "PER")),
        # a passive names the doer in its "by" phrase; the subject is the party wronged
        ("Chile said its border posts had been shelled first by Peruvian guns.", ("CHL", "PER")),
    ],
)
def test_a_party_reporting_anothers_hostile_act_accuses_it(
    pipeline: Pipeline, text: str, dyad: tuple[str, str]
) -> None:
    events = _events(pipeline, text)
    assert _accusations(events) == [dyad], [(e.cameo, e.evidence.steps) for e in events]
    accusation = next(e for e in events if REPORTED_ACCUSATION in e.evidence.steps)
    assert accusation.cameo == "112"


@pytest.mark.parametrize(
    "text",
    [
        "Peru said its navy had seized two Chilean fishing boats.",  # its own act
        "Peru said it had shot down a Chilean drone.",  # its own act, by pronoun
        "Chile said the talks with Peru went well.",  # no hostile act
        "Chile said Peruvian troops did not fire on its posts.",  # negated
        "Peruvian troops shelled Chilean border posts on Tuesday, Chilean officials said.",  # attribution
        "Chile said Peruvian troops had massed near the border.",  # posture is news, not a charge
        "Chile said Peru would cut off gas supplies to its northern towns.",  # a forecast, no deed
        "Chile said it had cut off gas supplies to Peru.",  # its own measure
        "Chile said Peru had expelled two Chilean diplomats.",  # a diplomatic measure, told as news
        "Chile said Peruvian troops had shelled its border posts.",  # a plain report attributes the act
        "Chile said its posts had been shelled by Peruvian guns.",  # so does a plain passive
        "Chile said Peru's fishing boats had been seized first by its navy.",  # its own act, in the passive
        "Chile's army said Peruvian artillery had shelled its posts.",  # the forces' account of the fighting
    ],
)
def test_no_accusation_without_another_partys_hostile_act(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert _accusations(events) == [], [(e.cameo, e.evidence.steps) for e in events]


def test_word_lists_load() -> None:
    words = reported_words()
    assert (
        "say" in words.reporting_verbs and "allege" in words.accusing_verbs and "first" in words.blame_words
    )
    assert "19" in words.hostile_roots and "15" not in words.hostile_roots and "16" in words.hostile_roots
    assert "16" in words.charge_roots and "18" not in words.charge_roots and "161" in words.news_codes


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru accused each other on Monday of violating the truce.",
        "Chile and Peru blamed each other for the border incident on Tuesday.",
    ],
)
def test_mutual_blame_is_one_event(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    blame = [e for e in events if e.root == "11"]
    assert len(blame) == 1, [(e.cameo, e.source.country, e.evidence.steps) for e in blame]
    assert {blame[0].source.country, blame[0].target and blame[0].target.country} == {"CHL", "PER"}
    assert mutual.MUTUAL_ACT in blame[0].evidence.steps


def test_one_sided_blame_is_untouched(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Chile blamed Peru for the border incident on Tuesday.")
    blame = [e for e in events if e.root == "11"]
    assert [(e.source.country, e.target and e.target.country) for e in blame] == [("CHL", "PER")]
    assert all(mutual.MUTUAL_ACT not in e.evidence.steps for e in blame)


def test_one_accusation_for_acts_coordinated_in_the_clause(pipeline: Pipeline) -> None:
    # (the second act's subject is the first's: the accused party is charged once)
    text = "Ecuador alleged Colombian soldiers had crossed the river and opened fire on its patrol."
    events = _events(pipeline, text)
    assert _accusations(events) == [("ECU", "COL")], [(e.cameo, e.evidence.steps) for e in events]


def test_mutual_step_name_matches_the_mutual_rule() -> None:
    # (reported_accusations names the step without importing coding/mutual.py, which imports it)
    from newsevents.coding import reported_accusations

    assert reported_accusations._MUTUAL == mutual.MUTUAL_ACT
