"""A legal appeal to a court (rows ne.rootfp4.*): "would appeal to the sports court" challenges a ruling and
asks no party for anything (no 020); an appeal to a state stays a request. Every sentence is invented
(issue 10)."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_an_appeal_to_a_court_is_no_request(pipeline: Pipeline) -> None:
    text = "Kenya's athletics federation said it would appeal to the Court of Arbitration for Sport."
    assert not [c for c, _s, _t in coded(pipeline, text, "2021-07-30") if c.startswith("02")]


def test_an_appeal_to_a_state_stays_a_request(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Ghana appealed to Togo to reopen the border.", "2021-07-30")
    assert ("020", "GHA", "TGO") in found
