"""Roots 09 and 15 (issue 10, inquiry41): an inquiry body's finding that a named party did an act is an
investigation aimed at that party (090, coding/inquiry_finding.py), beside the act itself; forces that
cross into a country or land at a place are forces moved there (154, verbs.curated.tsv ne.inquiry41.*).
Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.coding.inquiry_finding import finding_words
from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2014-03-12")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A team of international experts concluded on Tuesday that a Libyan bomb had destroyed the plane.", "LBY"),
        ("A UN panel concluded on Monday that the Syrian army had used chemical weapons near Hama.", "SYR"),
        ("Dutch investigators said on Monday that Ukrainian separatists had shot down the airliner.", "UKR"),
    ],
)
def test_inquiry_finding_is_an_investigation_of_the_party_found(
    pipeline: Pipeline, text: str, target: str
) -> None:
    found = _events(pipeline, text)
    assert [t for c, _s, t in found if c == "090"] == [target]
    # the act found stays an event of its own
    assert any(c != "090" for c, _s, _t in found)


@pytest.mark.parametrize(
    "text",
    [
        # no inquiry body: a comment
        "Dutch officials said on Monday that Ukrainian separatists had shot down the airliner.",
        # a guess, not a finding
        "A UN panel said on Monday that the Syrian army may have used chemical weapons near Hama.",
        # no finding made
        "A UN panel did not conclude that the Syrian army had used chemical weapons near Hama.",
        # the doer is named by nobody
        "A UN panel concluded on Monday that chemical weapons had been used near Hama.",
    ],
)
def test_no_finding_without_a_body_a_named_doer_or_a_plain_claim(pipeline: Pipeline, text: str) -> None:
    assert [e for e in _events(pipeline, text) if e[0] == "090"] == []


def test_finding_words_are_lowercase_lemmas() -> None:
    words = finding_words()
    assert "conclude" in words.finding_verbs
    assert all(w == w.casefold() for w in words.body_words)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkish troops crossed into northern Iraq on Thursday.", "TUR", "IRQ"),
        ("The first Nigerian soldiers of the regional force landed at Monrovia airport on Monday.", "NGA", "LBR"),
        ("Hundreds of French paratroopers landed at the airport in Bangui on Sunday.", "FRA", "CAF"),
    ],
)
def test_forces_crossing_in_or_landing_are_moved_there(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    assert ("154", source, target) in _events(pipeline, text)


def test_marines_landing_with_no_place_are_deployed(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Rebels advanced on Port-au-Prince, and United States marines landed the same day.")
    assert [(c, s) for c, s, _t in found if c == "154"] == [("154", "USA")]
