"""The partner-drills target (coding/partner_drills.py): halting joint drills "with" a partner de-escalates
towards the rival the drills were aimed at (the article's most named other country), not the partner.
Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.partner_drills import PARTNER_DRILLS
from newsevents.pipeline import Pipeline


def test_halted_drills_aim_at_the_rival(pipeline: Pipeline) -> None:
    text = (
        "TOKYO, May 3 (Wire) - China and Japan held their first security talks in four years on Monday. "
        "Japan said it would halt its joint naval drills with the Philippines, a step Beijing has long "
        "demanded. China welcomed the talks."
    )
    found = [e for e in events_of(pipeline, text, "2021-05-03") if e.evidence.trigger == "halt"]
    assert found, "no event on halt"
    for e in found:
        assert (e.source.country, e.target.country if e.target else None) == ("JPN", "CHN"), e.evidence
        assert PARTNER_DRILLS in e.evidence.steps, e.evidence.steps


def test_held_drills_stay_with_the_partner(pipeline: Pipeline) -> None:
    text = (
        "MANILA, May 3 (Wire) - Japan held joint naval drills with the Philippines on Monday, days after "
        "Chinese ships blocked a supply run."
    )
    for e in events_of(pipeline, text, "2021-05-03"):
        assert PARTNER_DRILLS not in e.evidence.steps, e.evidence


def test_halted_drills_stay_apart_from_another_intent(pipeline: Pipeline) -> None:
    """Re-aimed at the rival, the halt is no restatement of another intent of the source towards it
    (coding/occasions.distinct_acts)."""
    text = (
        "HANOI, May 3 (Wire) - Japan and China held security talks in Hanoi on Monday. Japan said it would "
        "halt its joint naval drills with the Philippines. The two sides agreed to hold further talks."
    )
    codes = {e.cameo for e in events_of(pipeline, text, "2021-05-03") if e.cameo.startswith("03")}
    assert len(codes) >= 2, codes
