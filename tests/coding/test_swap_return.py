"""A release given in exchange for other people is one half of a swap: the other side's release is
drafted too (coding/swap_return.py), on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.swap_return import SWAP_RETURN, SWAP_SIDE
from newsevents.pipeline import Pipeline


def _releases(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.country, e.target.country if e.target is not None else None)
        for e in events_of(pipeline, text, "2023-03-05")
        if e.root == "08"
    }


def test_soldiers_freed_in_exchange_for_prisoners(pipeline: Pipeline) -> None:
    text = (
        "KYIV, March 4 (Wire) - Russia released 90 Ukrainian marines on Saturday in exchange for 40 "
        "prisoners, officials said."
    )
    assert _releases(pipeline, text) == {("RUS", "UKR"), ("UKR", "RUS")}
    back = [e for e in events_of(pipeline, text, "2023-03-05") if SWAP_RETURN in e.evidence.steps]
    assert len(back) == 1


def test_the_holder_named_on_those_given_in_return(pipeline: Pipeline) -> None:
    text = (
        "AMMAN, March 4 (Wire) - Jordan freed a detained student on Saturday in return for "
        "nine Jordanians jailed in Syria."
    )
    events = [e for e in events_of(pipeline, text, "2023-03-05") if e.root == "08"]
    pairs = {(e.source.country, e.target.country if e.target is not None else None) for e in events}
    assert pairs == {("JOR", "SYR"), ("SYR", "JOR")}
    assert any(SWAP_SIDE in e.evidence.steps for e in events)


def test_a_release_with_nothing_in_return_is_one_event(pipeline: Pipeline) -> None:
    text = "KYIV, March 4 (Wire) - Russia released 90 Ukrainian marines on Saturday, officials said."
    assert _releases(pipeline, text) == {("RUS", "UKR")}


def test_walked_free_in_exchange_for_a_foreign_spy(pipeline: Pipeline) -> None:
    text = (
        "PARIS, March 4 (Wire) - A French aid worker walked free on Saturday in exchange for an Iranian "
        "diplomat convicted of plotting a bombing."
    )
    assert _releases(pipeline, text) == {("IRN", "FRA"), ("FRA", "IRN")}


def test_a_release_in_return_for_a_pledge_is_one_event(pipeline: Pipeline) -> None:
    text = (
        "KYIV, March 4 (Wire) - Russia released 90 Ukrainian marines on Saturday in return for the lifting "
        "of a blockade, officials said."
    )
    assert _releases(pipeline, text) == {("RUS", "UKR")}
