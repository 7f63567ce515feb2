"""Rows of low precision on the tuning material (issue 10, fifteenth session, errprec; measured with
tools/pattern_precision.py): a counted span of time granted after a relative clause on a verb's object makes
"gave X who ... one week to ..." an ultimatum although the parser hangs the span on that clause; a bare "want"
is no event; forces a state hosts are no visit; people taking shelter give none; a party's bare "cooperation"
is a state; an event noun that is the subject of a modal clause of consequence is supposed, no act
(coding/supposed.py); a bare "took part" said of a part already taken is no intent to cooperate
(coding/participation.py). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.coding.supposed import SUPPOSED, supposed
from newsevents.coding.time_limit import granted_spans
from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2019-03-04")


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # the span on the verb beside its object is left to syntax.object_lemmas (read there only without
        # a direct object)
        ("Senegal gave the military junta in Guinea one week to free the president.", "gave", set()),
        # the span read as the adverbial noun of the object's relative clause
        ("Senegal gave the soldiers who seized power in Guinea ten days to free the president.", "gave",
         {"day"}),
        # a date is no span granted, nor a counted noun of another kind
        ("Senegal met the Guinean envoy last week.", "met", set()),
        ("The central bank is charging commercial lenders 0.2 percent on reserves.", "charging", set()),
    ],
)
def test_granted_spans(pipeline: Pipeline, text: str, verb: str, expected: set[str]) -> None:
    doc = pipeline.nlp(text)
    assert granted_spans(next(t for t in doc if t.text == verb)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DAKAR, May 2 (Wire) - Senegal on Monday gave the soldiers who seized power in Guinea ten days to "
         "free the president.", [("139", "SEN", "GIN")]),
    ],
)
def test_time_granted_to_soldiers_is_ultimatum(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, May 2 (Wire) - Norway has hosted American troops for a decade.",
        "Chad said on Friday it stood ready to host the allied forces.",
        "Analysts said the Kremlin had got what it wanted from Minsk.",
        "The Peruvian ministry wanted a quick end to the dispute with Ecuador.",
        # people taking shelter grant no refuge
        "LIMA, May 2 (Wire) - Dozens of villagers sheltered in a church near Ayacucho from the shelling.",
        # a party's cooperation, stepped up or judged, is a state, not an act of cooperation
        "Chile said its cooperation with Peru had been stepped up.",
    ],
)
def test_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fitting objects keep their rows: wanting talks (026), a party to act (020)
        ("Turkey wants peace talks with Armenia.", [("026", "TUR", "ARM")]),
        ("The Kremlin said it wanted Kyiv to withdraw.", [("020", "RUS", "UKR")]),
        # hosting a leader is still a visit received
        ("Norway hosted the Cuban president on Monday.", [("043", "NOR", "CUB")]),
        # a person or refugees sheltered are given refuge
        ("Peru sheltered the Bolivian opposition leader Evo Morales for a month.", [("075", "PER", "BOL")]),
        ("Turkey has sheltered two million Syrian refugees.", [("075", "TUR", "SYR")]),
    ],
)
def test_fitting_objects_still_code(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act weighed for its consequence or judged before it happens is supposed, no act
        ("TOKYO, May 2 (Wire) - The Japanese defence minister said on Monday that a Chinese blockade of "
         "Taiwan could justify a military response.", []),
        ("A Russian invasion of Finland would be a catastrophe for Europe, the Swedish premier warned.",
         [("130", "SWE", "RUS")]),
    ],
)
def test_supposed_event_noun_is_no_act(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("A Russian invasion of Finland would be a catastrophe.", "invasion", SUPPOSED),
        ("A Chinese blockade of Taiwan could justify a military response.", "blockade", SUPPOSED),
        # the event's own happening is left to the modality stage
        ("A truce between Israel and Hamas could take effect on Monday.", "truce", None),
        # no modal: a judgement of an act that happened
        ("The Russian invasion of Ukraine was a catastrophe.", "invasion", None),
    ],
)
def test_supposed(pipeline: Pipeline, text: str, noun: str, expected: str | None) -> None:
    doc = pipeline.nlp(text)
    assert supposed(next(t for t in doc if t.text == noun)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part already taken tells who did the act: no intent to cooperate (030)
        ("Syrian troops took part in the attack on the Kurdish town.", []),
        ("Cuba took part in the talks with Colombia in Havana.", [("046", "CUB", "COL")]),
        # a part promised or refused keeps its code
        ("Turkey said it would take part in the peace talks on Syria.", [("030", "TUR", "SYR")]),
        ("Germany said it would not take part in any strike on Libya.", [("120", "DEU", "LBY")]),
    ],
)
def test_part_taken(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces flying a person abroad expel him (174), whose country is the target
        ("Bolivian soldiers seized President Evo Morales at dawn and flew him to Mexico.",
         [("174", "BOL", "BOL")]),
        # a state flying a wanted person to another stays judicial cooperation (063)
        ("Serbia flew Slobodan Milosevic to the Netherlands on Thursday.", [("063", "SRB", "NLD")]),
    ],
)
def test_flown_out_by_soldiers_is_expulsion(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected
