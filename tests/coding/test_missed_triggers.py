"""Gold events the coder missed entirely (issue 10, twelfth session, helper errmiss2): threats told without
a threatening verb (readiness to answer, "would not hesitate to", "would take necessary measures") and aid
deliveries told by their lorries (food as relief, the "from" country of a carrier as its sender).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # readiness to answer in kind is a vow to retaliate: a threat aimed at the other side
        (
            "Lithuania moved tanks to the frontier on Monday. Latvia's defence minister said it was ready "
            "to respond in kind.",
            [("130", "LVA", "LTU")],
        ),
        (
            "Lithuania moved tanks to the frontier on Monday. Latvia said it was prepared to answer in kind.",
            [("130", "LVA", "LTU")],
        ),
        # unready is no threat
        ("Latvia said it was not ready to respond.", []),
    ],
)
def test_ready_to_respond(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "ready to respond in kind" threatens (130) like "vowed to respond in kind"."""
    events = coded(pipeline, text, PUBLISHED)
    assert [e for e in events if e[0].startswith("13")] == expected, events


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Canberra said it would not hesitate to impose sanctions on Fiji.", ("AUS", "FJI")),
        ("Oslo warned that it would not hesitate to use force against Sweden.", ("NOR", "SWE")),
    ],
)
def test_not_hesitate(pipeline: Pipeline, text: str, threat: tuple[str, str]) -> None:
    """ "would not hesitate to impose sanctions" keeps the act open: a threat, not a negated act."""
    events = coded(pipeline, text, PUBLISHED)
    assert [(s, t) for c, s, t in events if c.startswith("13")] == [threat], events
    assert not any(c.startswith("16") or c.startswith("19") for c, _, _ in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hanoi said on Monday that it would take necessary measures to defend its fishing rights against "
            "Manila.",
            [("130", "VNM")],
        ),
        ("Hanoi said it would take firm and forceful measures against Manila.", [("130", "VNM")]),
        # a plan's steps with no word of resolve, and measures taken, are no threat
        ("The health ministry of Vietnam said it would take steps to ease the rules.", []),
        ("Vietnam took necessary measures to contain the floods.", []),
    ],
)
def test_resolved_measures(pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    """ "would take necessary (firm, forceful) measures" is a threat (130) with no condition or target."""
    events = coded(pipeline, text, PUBLISHED)
    assert [(c, s) for c, s, _ in events if c.startswith("13")] == expected, events


def test_cargo_from_a_country(pipeline: Pipeline) -> None:
    """Trucks of food that enter a country from another are that other country's humanitarian aid (073)."""
    text = (
        "Jordan reopened its border crossing with Syria on Monday. Forty trucks of flour and food entered "
        "Syria from Jordan on Tuesday."
    )
    events = coded(pipeline, text, PUBLISHED)
    assert ("073", "JOR", "SYR") in events, events
    assert [e for e in events if e[0] == "073"] == [("073", "JOR", "SYR")], events


@pytest.mark.parametrize(
    "text",
    [
        # a person or a unit from a country names its own party; a carrier with no "from" names no sender
        "Forty trucks of food entered Syria on Tuesday.",
        "Forty trucks entered Syria from Jordan on Tuesday.",
    ],
)
def test_no_sender(pipeline: Pipeline, text: str) -> None:
    """No relief cargo or no "from" country: no aid event with a made-up sender."""
    assert [e for e in coded(pipeline, text, PUBLISHED) if e[0] == "073"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ireland's prime minister said Ireland stood with Estonia.", [("051", "IRL", "EST")]),
        ("The Danish government said it stood in solidarity with Finland.", [("051", "DNK", "FIN")]),
        # standing alone, or standing firm, supports nobody
        ("Ireland's prime minister stood firm on the budget.", []),
    ],
)
def test_standing_with(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    """Standing with a party, or in solidarity with it, is verbal support (051)."""
    assert [e for e in coded(pipeline, text, PUBLISHED) if e[0].startswith("05")] == expected


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("Chile's president met Uruguay's president and signed agreements on energy.", ("057", "CHL")),
        ("Chile's president visited Montevideo and signed deals on trade.", ("057", "CHL")),
    ],
)
def test_signed_after_and(pipeline: Pipeline, text: str, signed: tuple[str, str]) -> None:
    """ "met X and signed agreements": the participle the tagger made of "signed" is the second verb."""
    events = coded(pipeline, text, PUBLISHED)
    assert [(c, s) for c, s, _ in events if c == "057"] == [signed], events


def test_signed_participle_kept(pipeline: Pipeline) -> None:
    """A participle that modifies its noun ("the signed agreements") stays a modifier."""
    doc = pipeline.nlp("Chile's president met Uruguay's president and the signed agreements were published.")
    signed = next(t for t in doc if t.text == "signed")
    assert signed.dep_ != "conj"
