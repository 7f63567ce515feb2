"""Precision: what a report tells without asserting it as an event of its own (issue 10, selection), and
the dates of events a sentence leaves undated. Every sentence is invented; each test is a class of
wordings, not one sentence."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline

Coded = tuple[str, str, str | None, str | None]


def _codes(pipeline: Pipeline, text: str, published: str = "2021-03-10") -> list[Coded]:
    """(root, trigger word, source country, target country) of each event coded from ``text``."""
    return [
        (e.root, e.evidence.trigger, e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, published)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gerund's act and the event noun it takes are the accuser's account, not events
        (
            "Prime Minister Ivanov of Bulgaria accused Romania of preparing a coup in Sofia.",
            [("11", "accused", "BGR", "ROU")],
        ),
        (
            "Ghana cut diplomatic ties with Togo on Monday, accusing it of supporting the rebels.",
            [("16", "cut", "GHA", "TGO"), ("11", "accusing", "GHA", "TGO")],
        ),
        # an act of force so named is still told as having happened (coding/accused.py)
        (
            "Bolivia accused Peruvian police of harassing and attacking Bolivian traders.",
            [("11", "accused", "BOL", "PER"), ("19", "attacking", "PER", "BOL")],
        ),
    ],
)
def test_acts_named_as_the_ground_of_an_accusation_are_no_events(
    pipeline: Pipeline, text: str, expected: list[Coded]
) -> None:
    assert _codes(pipeline, text) == expected


def test_the_ground_of_an_accusation_hung_on_the_accused_is_no_event(pipeline: Pipeline) -> None:
    # (the parser hangs "of provoking" on the accused noun, not on "accused")
    text = "Chile accused Peruvian soldiers of provoking and attacking Chilean farmers near the border."
    found = _codes(pipeline, text)
    assert ("11", "accused", "CHL", "PER") in found
    assert "provoking" not in {c[1] for c in found}


@pytest.mark.parametrize(
    ("text", "trigger", "date", "step"),
    [
        # the lead dates the story to Sunday: a later undated event is told of that day
        (
            "LOME, May 4 (Wire) - Togo closed its border with Benin on Sunday. Two traders were shot dead "
            "near the crossing, police said.",
            "shot",
            "2021-05-02",
            "date:story-day",
        ),
        (
            "Ghanaian troops fired on protesters in Accra on Monday. The army detained forty students.",
            "detained",
            "2021-05-03",
            "date:story-day",
        ),
        # a lead dated further back recalls a background: the filing day stays
        (
            "LOME, May 4 (Wire) - Togo closed its border with Benin in March. Benin recalled its envoy.",
            "recalled",
            "2021-05-04",
            "date:dateline",
        ),
    ],
)
def test_an_undated_event_after_the_lead_takes_the_story_day(
    pipeline: Pipeline, text: str, trigger: str, date: str, step: str
) -> None:
    found = [e for e in events_of(pipeline, text, "2021-05-04") if e.evidence.trigger == trigger]
    assert [(e.date, step in e.evidence.steps) for e in found] == [(date, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Investigators are searching for the men behind Sunday's bombings in Quetta, which killed 40 people.",
        # (the parser hangs the relative clause on the place: the bombings, not the place, killed)
        "Sunday's bombings in a crowded market in Quetta, which killed 40 people, shocked the nation.",
    ],
)
def test_an_attack_told_by_a_relative_clause_on_its_noun_is_placed_where_it_happened(
    pipeline: Pipeline, text: str
) -> None:
    found = [e for e in events_of(pipeline, text, "2021-03-10") if e.evidence.trigger == "killed"]
    assert [(e.root, e.source.country, e.date) for e in found] == [("18", "PAK", "2021-03-07")]
    assert "source:unattributed" in found[0].evidence.steps


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a gerund under "a day after" is a day before the clause it is reckoned from
        (
            "The Lao premier reached Hanoi on Tuesday to sign a rail accord, a day after meeting the Thai "
            "king in Bangkok.",
            "meeting",
            "2021-03-08",
        ),
        # a count of weeks is a round figure: the month, not a day
        (
            "Rebels in Mali released six Danish engineers on Tuesday, five weeks after seizing them.",
            "seizing",
            "2021-02",
        ),
    ],
)
def test_an_event_an_offset_is_reckoned_from_is_dated_back_from_its_clause(
    pipeline: Pipeline, text: str, trigger: str, date: str
) -> None:
    found = [e for e in events_of(pipeline, text, "2021-03-10") if e.evidence.trigger == trigger]
    assert [(e.date, "date:offset" in e.evidence.steps) for e in found] == [(date, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Zambia's president accused the opposition of planning an Egyptian-style revolt in Lusaka.",
        "Kenya's interior minister accused students of plotting a Ukrainian-style uprising in Nairobi.",
    ],
)
def test_a_country_word_that_names_a_kind_is_no_party(pipeline: Pipeline, text: str) -> None:
    found = _codes(pipeline, text)
    assert [c[:2] for c in found] == [("11", "accused")]
    assert not {"EGY", "UKR"} & {c for e in found for c in e[2:]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # welcoming another party's offer approves it: not the welcomer's own intent (030)
        ("Brazil welcomed Argentina's offer of talks.", [("05", "welcomed", "BRA", "ARG")]),
        ("Chile welcomed Bolivia's attempt to restart the border talks.", [("05", "welcomed", "CHL", "BOL")]),
        # weeping is a feeling, not an act between parties
        ("Mourners wept at the gates of the cemetery in Harare.", []),
    ],
)
def test_welcoming_an_offer_is_approval_and_weeping_no_event(
    pipeline: Pipeline, text: str, expected: list[Coded]
) -> None:
    assert [c for c in _codes(pipeline, text) if c[1] in ("welcomed", "wept")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana and Togo issued a joint statement on Monday urging Burkina Faso to free the hostages.",
            [("02", "urging", "GHA", "BFA"), ("02", "urging", "TGO", "BFA")],
        ),
        (
            "Quito sent Lima a letter accusing Peruvian troops of crossing the border.",
            [("11", "accusing", "ECU", "PER")],
        ),
    ],
)
def test_issuing_a_message_gives_way_to_its_coded_content(
    pipeline: Pipeline, text: str, expected: list[Coded]
) -> None:
    assert _codes(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the thing judged is no event of its own where the judgement names it
        ("Lisbon called the blockade an act of aggression.", [("11", "called", "PRT", None)]),
        # a light "called" with no complement still carries its event noun
        ("The union called a general strike in Lagos on Monday.", [("14", "called", "NGA", "NGA")]),
    ],
)
def test_the_object_of_a_called_judgement_is_no_event(
    pipeline: Pipeline, text: str, expected: list[Coded]
) -> None:
    assert _codes(pipeline, text) == expected
