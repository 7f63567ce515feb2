"""Missions and ceremonies, on sentences written for these tests: peacekeepers or troops sent home are
withdrawn (rows ne.missions.*), a pair attending a ceremony are co-guests (coding/co_actors.py), and troops
that are the subject of a passive deployment are what was sent (coding/sent_forces.py)."""

from __future__ import annotations

from coding_helpers import coded, events_of

from newsevents.coding.co_actors import CO_ACTORS
from newsevents.coding.sent_forces import SENT_FORCES
from newsevents.pipeline import Pipeline


def test_peacekeepers_sent_home_are_withdrawn(pipeline: Pipeline) -> None:
    text = "BANGUI, March 4 (Wire) - The United Nations sent home 300 Gabonese peacekeepers on Tuesday."
    assert coded(pipeline, text, "2020-03-04") == [("1661", None, "GAB")]


def test_soldiers_sent_home_are_withdrawn(pipeline: Pipeline) -> None:
    text = "PARIS, March 4 (Wire) - France sent home 300 soldiers from Chad on Tuesday."
    assert coded(pipeline, text, "2020-03-04") == [("0874", "FRA", "TCD")]


def test_a_pair_attending_a_ceremony_are_co_guests(pipeline: Pipeline) -> None:
    text = "LIMA, March 4 (Wire) - Peru's and Chile's foreign ministers attended the coronation on Saturday."
    events = events_of(pipeline, text, "2020-03-04")
    assert sorted(e.source.country or "" for e in events) == ["CHL", "PER"]
    for e in events:
        assert e.cameo == "042"
        assert e.target is None or e.target.country not in ("CHL", "PER")
        assert CO_ACTORS in e.evidence.steps


def test_troops_sent_in_a_passive_are_not_the_target(pipeline: Pipeline) -> None:
    text = (
        "MONROVIA, March 4 (Wire) - Two battalions of Senegalese and Malian soldiers were sent by the "
        "African Union last month to guard the port."
    )
    events = events_of(pipeline, text, "2020-03-04")
    assert [(e.cameo, e.target.country if e.target else None) for e in events] == [("154", "LBR")]
    assert SENT_FORCES in events[0].evidence.steps


def test_troops_attacked_in_a_passive_stay_the_target(pipeline: Pipeline) -> None:
    text = "KABUL, March 4 (Wire) - American soldiers were attacked by gunmen on Tuesday."
    for e in events_of(pipeline, text, "2020-03-04"):
        assert SENT_FORCES not in e.evidence.steps


def test_a_bare_mission_closed_withdraws_from_its_host(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK, March 4 (Wire) - The Security Council voted on Tuesday to close the mission in Chad "
        "at the end of the year."
    )
    assert coded(pipeline, text, "2020-03-04") == [("1661", None, "TCD")]


def test_a_diplomatic_mission_closed_is_an_embassy_closed(pipeline: Pipeline) -> None:
    text = "WASHINGTON, March 4 (Wire) - The United States closed its diplomatic mission in Yemen on Tuesday."
    assert coded(pipeline, text, "2020-03-04") == [("161", "USA", "YEM")]
