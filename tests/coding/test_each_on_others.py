"""An act told of each of a pair in turn on a person or thing of the other's is one act each way ("each
country expelled an envoy of the other": coding/mutual.py, rule each-on-others). Sentences written for these
tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


def test_each_expelling_an_envoy_of_the_other_is_one_expulsion_each_way(pipeline: Pipeline) -> None:
    text = (
        "QUITO, March 8 (Wire) - Ties between Chile and Peru have frayed over the border dispute. Each "
        "country has expelled a senior envoy of the other."
    )
    assert sorted(coded(pipeline, text, PUBLISHED_ON)) == [("161", "CHL", "PER"), ("161", "PER", "CHL")]


def test_each_seizing_the_others_boats_is_one_seizure_each_way(pipeline: Pipeline) -> None:
    text = (
        "QUITO, March 8 (Wire) - Chile and Peru have quarrelled over fishing rights. Each government seized "
        "the other's fishing boats on Monday."
    )
    found = sorted((s, t) for c, s, t in coded(pipeline, text, PUBLISHED_ON) if c.startswith("17"))
    assert found == [("CHL", "PER"), ("PER", "CHL")]


def test_an_expulsion_by_one_of_a_pair_stays_one_way(pipeline: Pipeline) -> None:
    text = (
        "QUITO, March 8 (Wire) - Ties between Chile and Peru have frayed over the border dispute. Chile "
        "has expelled a senior envoy of Peru."
    )
    assert [(s, t) for c, s, t in coded(pipeline, text, PUBLISHED_ON) if c == "161"] == [("CHL", "PER")]
