"""Force posture told by troops landing and by military aircraft flying (issue 10, weakroots, twenty-second
round): troops or soldiers landing ON an island or a shore deploy (154) as those landing IN a place do;
foreign police landing in a place are police power sent (153); peacekeepers landing at an airfield keep
the peace (074); bombers, warplanes and fighters flying to, toward, over or along a place show force (150)
as they do flying near it. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (e.cameo, e.source.country, e.target.country if e.target else None, e.evidence.rule)
        for e in events_of(pipeline, text, "2011-05-06")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A dozen Chilean soldiers landed on a rocky islet off the Peruvian coast and raised their flag.",
         ("154", "CHL", "PER")),
        ("About 300 Rwandan police officers landed in Bangui on Tuesday.", ("153", "RWA", "CAF")),
        ("Rwandan peacekeepers landed at Bangui airport on Tuesday.", ("074", "RWA", "CAF")),
    ],
)
def test_forces_landing_deploy(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    found = [(c, s, t) for c, s, t, rule in _coded(pipeline, text) if rule.startswith("ne.weakroots.")]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Russian bombers flew over the Bering Strait toward Alaska on Monday.", ("150", "RUS")),
        ("Two Chinese bombers flew along the Japanese coast on Monday.", ("150", "CHN")),
        ("Russian fighters flew toward Finnish airspace on Monday.", ("150", "RUS")),
    ],
)
def test_military_aircraft_flying_show_force(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    found = [(c, s) for c, s, _t, rule in _coded(pipeline, text) if rule.startswith("ne.weakroots.")]
    assert found == [expected]


def test_a_minister_flying_to_a_capital_still_visits(pipeline: Pipeline) -> None:
    text = "Chile's foreign minister flew to Lima on Monday."
    assert [c[:2] for c, *_x in _coded(pipeline, text)] == ["04"]
