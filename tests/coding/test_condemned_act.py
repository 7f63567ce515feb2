"""An act of force condemned with its maker named in a "by" phrase is told as fact: coded beside the
condemnation (coding/condemned_act.py). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_a_condemned_killing_with_its_maker_is_coded_too(pipeline: Pipeline) -> None:
    found = coded(
        pipeline, "Athens condemned the killing of two Greek fishermen by Libyan coast guards.", "2022-03-10"
    )
    codes = [c[0] for c in found]
    assert "111" in codes and any(c[:2] == "18" for c in codes), found


def test_a_condemned_killing_with_no_maker_stays_the_condemnation(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Lisbon condemned the killings of two Angolan students on Sunday.", "2022-03-10")
    assert [c[0][:2] for c in found] == ["11"], found
