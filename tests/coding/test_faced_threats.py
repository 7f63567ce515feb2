"""Threats told as what the other side would face or pay (issue 10, helper pnow, probe set ``pnow``): a
party that "would face new sanctions" or "a grim fate" is threatened by the speaker, and the sanctions
are no measure of its own (``responses.replaced``, ``coding/data/responses.toml`` answer nouns); a party
that "made a mistake and will pay for it" is threatened too, the pronoun standing for the first
conjunct's act. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

_DAY = "2022-04-12"


@pytest.mark.parametrize(("text", "expected"), [
    ("The Dutch foreign minister said Belarus would face tough new sanctions if it kept the border closed.",
     ("NLD", "BLR")),
    ("Ecuador's president said Peru would face a terrible fate.", ("ECU", "PER")),
    ("The Greek prime minister said Turkey had made a grave mistake and would pay for it.", ("GRC", "TUR")),
])
def test_speaker_threatens_the_party_that_would_face_or_pay(pipeline: Pipeline, text: str,
                                                           expected: tuple[str, str]) -> None:
    events = coded(pipeline, text, _DAY)
    assert [(s, t) for code, s, t in events if code.startswith("13")] == [expected], events
    # the threatened party's own sanctions or payment are no event
    assert not [e for e in events if e[1] == expected[1]], events


def test_paying_for_goods_is_no_threat(pipeline: Pipeline) -> None:
    events = coded(pipeline, "Japan said it had bought the radar and would pay for it in instalments.", _DAY)
    assert not [e for e in events if e[0].startswith("13")], events


def test_sanctions_imposed_stay_the_imposers(pipeline: Pipeline) -> None:
    events = coded(pipeline, "Canada imposed new sanctions on Iran on Monday.", _DAY)
    assert [(s, t) for code, s, t in events if code.startswith("16")] == [("CAN", "IRN")], events
