"""Second-round trigger rules: deployments sent to help, embedded clauses' object words, subjects shared
by coordinated verbs, coups told as taking control of the government. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import kept_triggers

from newsevents.coding import purpose
from newsevents.pipeline import Pipeline


def _triggers(pipeline: Pipeline, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return kept_triggers(pipeline, text)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Kenya deployed 800 police officers to Haiti to help restore order.", "deployed", "074"),
        ("Tokyo sent 500 troops to the Philippines for typhoon relief.", "sent", "073"),
    ],
)
def test_a_deployment_sent_to_help_is_assistance(pipeline: Pipeline, text: str, word: str, code: str) -> None:
    found = {w: (c, s) for w, c, s in _triggers(pipeline, text)}
    assert found[word][0] == code
    assert purpose.HELPING_DEPLOYMENT in found[word][1]


@pytest.mark.parametrize(
    "text",
    ["Delhi sent troops to the border.", "Caracas deployed tanks to the frontier to guard the crossings."],
)
def test_a_deployment_without_a_helping_purpose_shows_force(pipeline: Pipeline, text: str) -> None:
    assert [c for _w, c, _s in _triggers(pipeline, text)][:1] == ["154"]


def test_an_infinitive_complement_gives_its_object(pipeline: Pipeline) -> None:
    found = _triggers(pipeline, "Nairobi allowed American warplanes to cross its airspace.")
    assert ("allowed", "062") in [(w, c) for w, c, _s in found]


def test_a_threat_reads_the_embedded_verb_not_its_purpose_clause(pipeline: Pipeline) -> None:
    # "halt negotiations": the act threatened; "nuclear arsenals" is what the talks were for.
    text = "Tehran threatened to halt negotiations to cut nuclear arsenals."
    codes = [c for _w, c, _s in _triggers(pipeline, text)]
    assert "1385" not in codes


def test_a_coordinated_verb_shares_its_subject_words(pipeline: Pipeline) -> None:
    found = _triggers(pipeline, "UN peacekeepers landed in Dili and took control of the airport.")
    assert ("took", "074") in [(w, c) for w, c, _s in found]


def test_taking_control_of_the_government_is_a_coup(pipeline: Pipeline) -> None:
    found = _triggers(pipeline, "The junta took control of the government on Tuesday.")
    assert [(w, c) for w, c, _s in found] == [("took", "170")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The rights chief called for an independent war crimes inquiry.", "020"),
        ("Soldiers killed four farmers near the border.", "180"),
        ("The rebels seized the town of Kasongo.", "192"),
        ("The council voted to reduce its peacekeeping force in Haiti.", "1661"),
        ("Ottawa cited credible allegations against New Delhi.", "112"),
        ("Washington is raising tariffs on Mexican steel.", "163"),
    ],
)
def test_second_round_rows(pipeline: Pipeline, text: str, code: str) -> None:
    assert code in [c for _w, c, _s in _triggers(pipeline, text)]


def test_hours_given_as_an_adverbial_noun_make_an_ultimatum(pipeline: Pipeline) -> None:
    text = "The general had given the rebel leaders 48 hours on Sunday to lay down their arms."
    found = _triggers(pipeline, text)
    assert ("given", "139") in [(w, c) for w, c, _s in found]


def test_going_from_house_to_house_is_no_visit(pipeline: Pipeline) -> None:
    codes = [c for _w, c, _s in _triggers(pipeline, "Militiamen went from house to house in the village.")]
    assert "042" not in codes
