"""A "that" or "which" clause on an agent noun tells that agent's act (coding/agent_relative.py), as one on a
named actor does; a clause on an event noun still only describes it. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target country) of each event coded from ``text``."""
    return [
        (e.cameo, e.source.code, e.target.country if e.target else None)
        for e in events_of(pipeline, text, "2021-05-05")
    ]


def test_drones_that_crossed_the_border(pipeline: Pipeline) -> None:
    text = (
        "RIGA, May 4 (Wire) - Latvia protested on Tuesday over three Belarusian drones that crossed the "
        "border on Monday."
    )
    found = _codes(pipeline, text)
    assert ("150", "BLRMIL", "LVA") in found, found


def test_government_which_has_blamed(pipeline: Pipeline) -> None:
    text = (
        "DHAKA, May 4 (Wire) - Bangladesh's government, which has blamed Myanmar for the shelling, closed "
        "the border crossing on Tuesday."
    )
    found = _codes(pipeline, text)
    assert ("112", "BGDGOV", "MMR") in found, found


def test_clause_on_an_event_noun_stays_the_scene(pipeline: Pipeline) -> None:
    # the attack is no agent: what it did only describes it
    text = "KABUL, May 4 (Wire) - Germany condemned the attack on Tuesday, which killed six Afghan soldiers."
    found = _codes(pipeline, text)
    assert [c for c, _s, _t in found if c.startswith("18")] == [], found
