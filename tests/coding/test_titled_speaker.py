"""A "he" or "she" in what a speaker named only by a title reports is that speaker (actors/titled_speaker.py):
the reported act, often the report's news in the past perfect, keeps its source. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target country) of each event coded from ``text``."""
    return [
        (e.cameo, e.source.code, e.target.country if e.target else None)
        for e in events_of(pipeline, text, "2021-05-05")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OSLO, May 4 (Wire) - Norway's foreign minister said on Tuesday she had spoken to her Chilean "
            "counterpart by phone.",
            [("041", "NORGOV", "CHL")],
        ),
        (
            "LIMA, May 4 (Wire) - Peru's prime minister said on Tuesday that he had met the Bolivian "
            "foreign minister in Cusco.",
            [("040", "PERGOV", "BOL")],
        ),
    ],
)
def test_pronoun_of_a_titled_speaker(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _codes(pipeline, text) == expected


def test_named_speaker_unchanged(pipeline: Pipeline) -> None:
    # a speaker with a name is a person mention already: the pronoun takes it up as before
    text = (
        "OSLO, May 4 (Wire) - Norway's foreign minister, Kari Holm, said on Tuesday she had met the "
        "Chilean foreign minister."
    )
    assert _codes(pipeline, text) == [("040", "NORGOV", "CHL")]


def test_body_speaker_is_no_person(pipeline: Pipeline) -> None:
    # "he" in what a ministry reports is not the ministry
    text = "OSLO, May 4 (Wire) - Norway's foreign ministry said on Tuesday he had met the Chilean envoy."
    assert all(s != "NORGOV" for _c, s, _t in _codes(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ROME, May 4 (Wire) - Italy's foreign minister said on Tuesday her country would send aid to "
            "Libya.",
            [("033", "ITAGOV", "LBY")],
        ),
        (
            "LIMA, May 4 (Wire) - Peru's acting president said his country would never accept the ruling.",
            [("120", "PERGOV", "PER")],
        ),
    ],
)
def test_his_country_in_what_a_titled_speaker_reports(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    # (missed6: "his country" found no person to own it, so the reported act had no source)
    assert _codes(pipeline, text) == expected
