"""A single party that agrees to let another act yields a permission (coding/agreed_act.py,
``permit_verbs`` in coding/data/conceded.toml): 080, not an intent to cooperate (030). Sentences written
for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

DAY = "2021-05-12"


def test_a_permission_agreed_to_is_yielded(pipeline: Pipeline) -> None:
    text = "Under pressure, Peru agreed on Friday to let Chilean trawlers fish off its coast."
    assert coded(pipeline, text, DAY) == [("080", "PER", "CHL")]


def test_a_pair_agreeing_to_let_stays_an_intent(pipeline: Pipeline) -> None:
    text = "Peru and Chile agreed on Friday to let fishing boats use each other's ports."
    # (a pair's consent is a mutual plan, an intent: coding/conceded.py)
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["030"]


def test_a_permission_in_quoted_words_is_no_concession(pipeline: Pipeline) -> None:
    text = "Lima agreed to let \u201cthe best people to take part in the work.\u201d"
    assert coded(pipeline, text, DAY) == [("030", "PER", None)]
