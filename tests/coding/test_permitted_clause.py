"""A participle after a comma that closes a clause of letting or causing is the letting party's act
(issue 10; coding/permitted_clause.py, run by the parse-mending stage). Sentences written for these
tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_the_participle_is_the_letting_partys_act(pipeline: Pipeline) -> None:
    text = (
        "OTTAWA, Jan 12 (Wire) - Canada let the fugitive banker fly home on Tuesday, rejecting Brazil's "
        "request for his extradition."
    )
    rejected = [(s, t) for c, s, t in coded(pipeline, text, "2021-01-13") if c[:2] == "12"]
    assert rejected == [("CAN", "BRA")]
