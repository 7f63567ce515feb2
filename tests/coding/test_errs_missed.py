"""Triggers the error breakdown (bench/accuracy.py --errors) showed missed entirely, most of them
criticisms (issue 10, seventh session): blame coordinated inside a reported clause, blame told as a noun
phrase, red lines drawn in advance, a list of countries parsed as an apposition, coordinated threateners.
Sentences written for these tests; each case lists every event of its roots."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "an accusation coordinated after a reported clause (hung on its 'because' clause) is the speaker's",
        "Chile's foreign minister said the border talks had stalled because Peruvian officials kept delaying "
        "them, and accused Lima of bad faith.",
        (("11", "CHL", "PER"),),
    ),
    DyadCase(
        "an accusation coordinated with a reported clause parsed as an object is the speaker's",
        "Japan's government said the drill aimed only to defend its islands and accused China of stoking "
        "tension.",
        (("11", "JPN", "CHN"),),
    ),
    DyadCase(
        "blame coordinated after a content clause the parser took for a relative one is no background",
        "Sudan's rebel movement claimed responsibility, but Britain's foreign secretary said there was no "
        "evidence the attack came from Sudan and blamed Chad directly.",
        (("11", "GBR", "TCD"),),
    ),
    DyadCase(
        "blame as a noun phrase: an assault on something",
        "The Brazilian president called Argentina's decision an assault on regional trade.",
        (("11", "BRA", "ARG"),),
        "trigger:called-judgement",
    ),
    DyadCase(
        "blame as a noun phrase: an act of war",
        "Israel's prime minister called the Syrian shelling an act of war.",
        (("11", "ISR", "SYR"),),
        "trigger:called-judgement",
    ),
    DyadCase(
        "a red line drawn in advance is a threat to whoever might cross it, not a criticism",
        "Egypt's foreign minister warned on Monday that any attempt by Ethiopia to fill the dam would be "
        "considered an act of war.",
        (("13", "EGY", "ETH"),),
        "trigger:red-line",
    ),
    DyadCase(
        "coordinated speakers drawing a red line threaten side by side, not each other",
        "Mali and Guinea said any armed operation against Niger would be considered a declaration of war.",
        (("13", "MLI", "NER"), ("13", "GIN", "NER")),
    ),
    DyadCase(
        "a country in apposition to a country, before a coordinated one, is an item of the list",
        "Venezuela's opposition leader declared himself interim president on Wednesday. Colombia, Brazil "
        "and Canada also recognised him within hours.",
        (("05", "COL", "VEN"), ("05", "BRA", "VEN"), ("05", "CAN", "VEN")),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_missed_triggers(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "text",
    [
        # an act of force coordinated in the reported clause stays the reported party's
        "Chile said Peruvian troops had crossed the border and attacked a police post.",
        # ... and so does an accusation coordinated in a true relative clause (the rebels accuse)
        "Chile said the Peruvian troops who had crossed the border and accused Lima of lying had attacked a "
        "police post.",
    ],
)
def test_reported_act_stays_reported_party(pipeline: Pipeline, text: str) -> None:
    found = events_of(pipeline, text, "2021-03-10")
    events = [e for e in found if e.root in ("18", "19")]
    assert events and all(e.source.country == "PER" for e in events), [e.source.code for e in events]
    assert not [e for e in found if e.root == "11" and e.source.country == "CHL"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # praise in advance, a judgement of a thing done, a negated red line: no threat
        ("Egypt's foreign minister said any agreement with Ethiopia on the dam would be an important step.",
         "05"),
        ("Egypt's foreign minister said Ethiopia's filling of the dam was an act of aggression.", "11"),
        ("Egypt said any attack on its ships would not be seen as an act of war.", None),
    ],
)
def test_no_red_line(pipeline: Pipeline, text: str, code: str | None) -> None:
    roots = {e.root for e in events_of(pipeline, text, "2021-03-10")}
    assert "13" not in roots, roots
    assert code is None or code in roots, roots


def test_described_apposition_is_no_list_item(pipeline: Pipeline) -> None:
    """'Peru, Brazil's neighbour': the apposition describes Peru; Brazil acts in nothing."""
    text = "Peru, Brazil's neighbour, recognised the new government in Caracas."
    events = events_of(pipeline, text, "2021-03-10")
    assert events and {e.source.country for e in events} == {"PER"}


REFUSALS = [
    DyadCase(
        "'cannot' refuses a cooperative act",
        "Norway cannot accept the Swedish proposal.",
        (("12", "NOR", "SWE"),),
        "code:refusal",
    ),
    DyadCase(
        "a reported 'could not' is the speaker's 'cannot'",
        "Norway said it could not support the proposals from Sweden.",
        (("12", "NOR", "SWE"),),
        "code:refusal",
    ),
    DyadCase(
        "bowing to pressure is yielding",
        "Egypt bowed to Turkish pressure on Monday.",
        (("08", "EGY", "TUR"),),
    ),
    DyadCase(
        "not bowing to pressure, in the future, is a refusal",
        "A foreign ministry spokesman said Egypt would not bow to Turkish pressure.",
        (("12", "EGY", "TUR"),),
        "code:refusal",
    ),
]


@pytest.mark.parametrize("case", REFUSALS, ids=[c.name for c in REFUSALS])
def test_refusals(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "text",
    [
        # a narrated "could not" (no verb of saying over it) is left alone: it may tell an inability
        "Norway could not send aid to Sweden because of the storm.",
        "Norway could not accept the Swedish proposal.",
    ],
)
def test_unable_is_no_refusal(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "12"]
