"""An event noun that is the subject of an agentless passive telling the same act keeps its trigger
(coding/agentless_noun.py; issue 10): "the withdrawal of X's troops was completed" is X's withdrawal,
which the verb, with no party of its own, would otherwise swallow. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded, kept_triggers

from newsevents.pipeline import Pipeline

_DAY = "2021-06-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (one act told once: the verb, to which a source rule of its own would give the forces' state,
        # gives way to the noun that names the doer)
        ("The withdrawal of Russian troops from Kherson was completed on Tuesday.", [("0874", "RUS", "RUS")]),
        ("The pullout of American troops from Iraq was completed on Tuesday.", [("0874", "USA", "IRQ")]),
        ("The pullout of Kenyan troops from the town was completed on Friday.", [("0874", "KEN", "KEN")]),
    ],
)
def test_the_noun_tells_the_agentless_act(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert coded(pipeline, text, _DAY) == expected


def test_a_noun_of_another_root_still_gives_way(pipeline: Pipeline) -> None:
    """Sanctions (163) lifted (085) are the lifting: the noun is the act's object, not the act."""
    found = coded(pipeline, "American sanctions on Iran were lifted on Tuesday.", _DAY)
    assert found == [("085", "USA", "IRN")]


def test_the_verb_keeps_the_act_when_the_passive_names_its_agent(pipeline: Pipeline) -> None:
    triggers = kept_triggers(pipeline, "The withdrawal of the brigade was completed by the Russian army.")
    assert [word for word, _, _ in triggers] == ["completed"]
