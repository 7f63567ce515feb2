"""Rows for elections seen from abroad (verbs.curated.tsv, ne.pelect.*): a candidate disqualified from a vote
is barred from it (172), and congratulations sent, conveyed or offered are praise (051). Sentences written
for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_candidates_disqualified_are_barred(pipeline: Pipeline) -> None:
    text = "SEOUL, April 2 (Wire) - South Korean election officials disqualified nine opposition candidates."
    # (the candidates are Korea's own: target KOR, or none where the phrase names no country)
    assert any(c == "172" and s == "KOR" for c, s, _ in coded(pipeline, text, "2031-04-02"))


def test_congratulations_sent_to_a_winner_are_praise(pipeline: Pipeline) -> None:
    text = "LIMA, June 9 (Wire) - Chile's president sent his congratulations to Peru's new leader on Monday."
    assert ("051", "CHL", "PER") in coded(pipeline, text, "2031-06-09")


def test_congratulations_conveyed_are_praise(pipeline: Pipeline) -> None:
    text = "OSLO, June 9 (Wire) - Norway's prime minister conveyed congratulations to Sweden's new premier."
    assert ("051", "NOR", "SWE") in coded(pipeline, text, "2031-06-09")


def test_calling_on_a_state_about_an_election_is_an_appeal_not_an_election_called(pipeline: Pipeline) -> None:
    text = "LONDON, May 3 (Wire) - Britain called on Zimbabwe on Friday to hold a free and fair election."
    found = coded(pipeline, text, "2031-05-03")
    assert ("020", "GBR", "ZWE") in found
    assert not [c for c, _, _ in found if c == "0831"]
