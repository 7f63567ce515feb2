"""Right parties, wrong root (issue 10, fourteenth session, root14): a named place captured, seized or
taken is territory occupied (``@place`` objects), not property or people; missiles and rockets fired by
an armed group stay fighting (195/194); a time limit given to soldiers is an ultimatum, not military aid;
a plural the tagger read as a name after a dateline ("- Rebels swept into ...") still meets a pattern's
subject word. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.coding import syntax
from newsevents.coding.objects import OBJECT_KINDS
from newsevents.coding.patterns import PLACE_OBJECT
from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2011-06-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named place taken: occupation (192), not abduction by the armed subject (181) nor property (171)
        ("Chadian rebels captured Abeche on Tuesday.", [("192", "TCD", "TCD")]),
        ("Ethiopian troops seized Baidoa on Friday.", [("192", "ETH", "SOM")]),
        ("Libyan militias took over Sirte on Friday.", [("192", "LBY", "LBY")]),
        # people captured stay an arrest
        ("Police captured the rebel leader Juan Ortega Diaz in Bogota.", [("173", "COL", "COL")]),
    ],
)
def test_named_place_taken_is_occupation(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


def test_place_object_kind_is_declared() -> None:
    assert PLACE_OBJECT in OBJECT_KINDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group's missile fire is aerial weapons (195), kept as fighting, not turned into 180
        ("Hamas militants fired a ballistic missile at Tel Aviv on Monday.", [("195", "PSE", "ISR")]),
    ],
)
def test_group_missile_fire_stays_fighting(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time limit decides over the recipient's kind: an ultimatum (139), not military aid (150)
        ("Nigeria gave the Gambian soldiers 48 hours to return to their barracks.", [("139", "NGA", "GMB")]),
        ("The African Union gave Mali's army ten days to hand power back.", [("139", None, "MLI")]),
    ],
)
def test_time_limit_to_soldiers_is_ultimatum(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


def test_plural_read_as_name_after_dateline(pipeline: Pipeline) -> None:
    # "Rebels" after the dateline is tagged a proper noun with itself as lemma; the subject row
    # (sweep into, subject rebel) needs its singular: occupation (192), not an inquiry (090)
    text = "BENGHAZI, March 2 (Wire) - Rebels swept into Brega on Wednesday."
    assert {c for c, _, _ in _events(pipeline, text)} == {"192"}


def test_subject_words_of_a_capitalised_plural(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("BENGHAZI, March 2 (Wire) - Gunmen stormed a hotel in Benghazi.")
    gunmen = next(t for t in doc if t.text == "Gunmen")
    assert "gunman" in syntax.subject_words(gunmen)
    # a word of a named entity keeps its own form
    doc = pipeline.nlp("The United States sent envoys to Manila.")
    states = next(t for t in doc if t.text == "States")
    assert syntax.subject_words(states) == (states.lemma_.casefold(),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regret expressed for one's own act: an apology (055), not an empathetic comment (018)
        ("Mexico's president expressed regret over the incident.", [("055", "MEX", None)]),
        # regret at another party's decision: disapproval of it (111)
        ("Chile expressed regret at Peru's decision to recall its ambassador.", [("111", "CHL", "PER")]),
        # a joint project shelved, asylum withdrawn: reduced relations (160), no rejection nor yielding
        ("Austria shelved the oil pipeline from Hungary on Monday.", [("160", "AUT", "HUN")]),
        ("Bolivia withdrew the Peruvian journalist's asylum on Friday.", [("160", "BOL", "PER")]),
    ],
)
def test_judgement_and_measure_roots(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "should" before its subject is a condition ("if Montenegro joins"): the warning only, no demand
        ("Serbia has warned of reprisals should Montenegro join the bloc.", [("130", "SRB", "MNE")]),
        # "should" after its subject still puts an obligation on that party: a demand
        ("Brazil said Venezuela should free the detained reporters.", [("100", "BRA", "VEN")]),
    ],
)
def test_inverted_modal_is_no_demand(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "asset freezes" read as a clause ("asset" subject, "freezes" a verb): its words are still the
        # object of "imposed", a sanction (163), not the bare verb's generic coercion (170)
        ("Canada imposed travel bans and asset freezes on Iranian officials.", [("163", "CAN", "IRN")]),
        ("Ottawa imposed asset freezes on Iranian officials.", [("163", "CAN", "IRN")]),
    ],
)
def test_compound_object_read_as_clause(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected
