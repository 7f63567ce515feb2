"""A speaker saying a party is to blame (coding/culpable.py, issue 10, judged): "said the Russian state
was culpable", "said the group was the main suspect", "said the rebels were complicit" accuse the party
(112); the table's words never blame a pronoun or an unnamed noun. Every sentence is
invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.coding.culpable import culpable_words
from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2011-06-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oslo said the Russian state was culpable for the poisoning of the defector.",
            ("112", "NOR", "RUS"),
        ),
        ("Chad said the Sudanese army was complicit in the raid.", ("112", "TCD", "SDN")),
        (
            "Kenya said the Somali militia remained the main suspect in the bus bombing.",
            ("112", "KEN", "SOM"),
        ),
    ],
)
def test_party_said_to_be_culpable_is_accused(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a noun of the doer of a wrong needs a named subject: "the man" is nobody the coder can code
        "Police said the man was a suspect in the killing.",
        # "responsible" blames only with a "for" naming the act: "a responsible step" praises
        "Britain said Peru was responsible and constructive in the talks.",
    ],
)
def test_no_named_culprit_no_accusation(pipeline: Pipeline, text: str) -> None:
    assert [c for c, _s, _t in _events(pipeline, text) if c.startswith("11")] == []


def test_own_side_not_culpable_is_a_denial(pipeline: Pipeline) -> None:
    assert [c for c, _s, _t in _events(pipeline, "Kenya said it was not culpable for the attack.")] == ["016"]


def test_table_has_the_words_the_module_reads() -> None:
    words = culpable_words()
    assert "responsible" in words.for_adjectives and "responsible" not in words.adjectives
    assert {"culpable", "suspect"} <= words.adjectives | words.nouns
