"""An inquiry a court or a body authorises is opened by it (090), aimed at what it looks into, and
replaces the approval the permitting verb's rows code (issue 10; coding/authorised_inquiry.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline

STEP = "trigger:authorised-inquiry"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "THE HAGUE, Nov 9 (Wire) - Judges of the International Criminal Court on Tuesday gave the "
            "prosecutor the go-ahead to investigate abuses in President Nicolas Maduro's crackdown.",
            "VEN",
        ),
        (
            "THE HAGUE, Nov 9 (Wire) - Judges of the International Criminal Court authorised the prosecutor "
            "on Tuesday to open an investigation into the killings by Burundian police.",
            "BDI",
        ),
    ],
)
def test_an_authorised_inquiry_is_opened(pipeline: Pipeline, text: str, target: str) -> None:
    events = events_of(pipeline, text, "2021-11-10")
    opened = [(e.cameo, e.target.country if e.target else None) for e in events if STEP in e.evidence.steps]
    assert opened == [("090", target)]
    assert not [e for e in events if e.root == "08"]


@pytest.mark.parametrize(
    "text",
    [
        # a permission asked for, not given
        "NEW YORK, Nov 9 (Wire) - The U.N. chief urged that the monitors be allowed to investigate "
        "the blast in Lebanon.",
        # a permission for something else
        "CAIRO, Nov 9 (Wire) - Egypt allowed the aid trucks to cross into Gaza on Tuesday.",
    ],
)
def test_no_authorised_inquiry(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events_of(pipeline, text, "2021-11-10") if STEP in e.evidence.steps]
