"""A verb of protection told as the purpose, the ground or the manner of another act gives no event of its
own; told as an act or a commitment it does (coding/protection_aside.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the purpose of a need: nobody is protected
        ("Portugal said it needed the new radars to protect its fishing fleet from Spanish trawlers.", []),
        # the ground of praise: the praise is the event
        ("The Greek president praised the army for protecting the constitution.", [("051", "GRC", None)]),
        # the manner of the soldiers' deaths
        ("The Indian ministry said two soldiers had died defending civilians in South Sudan.", []),
        # told as a commitment, or as what troops were sent for: kept
        (
            "Pakistan pledged to raise a division of 10,000 troops to protect Chinese workers.",
            [("0334", "PAK", "CHN")],
        ),
        ("Estonia said its navy would protect the cable to Finland.", [("0334", "EST", "FIN")]),
        (
            "Russia flew in a battalion of paratroopers to guard its air base in Kyrgyzstan.",
            [("074", "RUS", "KGZ")],
        ),
    ],
)
def test_protection_as_an_aside(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert coded(pipeline, text, "2021-03-10") == expected
