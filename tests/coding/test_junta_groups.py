"""Juntas counted back: "the three juntas", "both juntas" take up the military-led states named before them
(``pair-groups`` in actors/data/words.tsv, read by actors/pairs.py and actors/listed_group.py). Sentences
written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


def test_the_three_juntas_are_the_three_states_named_before(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, March 8 (Wire) - Mali, Niger and Burkina Faso left the regional bloc on Sunday. Ghana "
        "urged the three juntas on Monday to reconsider."
    )
    appeals = [(s, t) for c, s, t in coded(pipeline, text, PUBLISHED_ON) if c.startswith("02")]
    assert appeals and all(s == "GHA" and t in ("MLI", "NER", "BFA") for s, t in appeals)


def test_both_juntas_are_the_two_states_named_before(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, March 8 (Wire) - Mali and Niger left the regional bloc on Sunday. Ghana urged both juntas "
        "on Monday to reconsider."
    )
    appeals = [(s, t) for c, s, t in coded(pipeline, text, PUBLISHED_ON) if c.startswith("02")]
    assert appeals and all(s == "GHA" and t in ("MLI", "NER") for s, t in appeals)
