"""A participle of meeting on the subject of another act ("ministers meeting in Cairo condemned ...") says
where the subject acted: no meeting with the venue's state is coded (coding/gathering_scene.py); a meeting
that names its counterpart is not this rule's. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

CASES = [
    (
        "MUSCAT, Aug 3 (Wire) - Arab foreign ministers meeting in Muscat condemned Iraq's invasion of Kuwait "
        "on Friday.",
        [("111", None, "IRQ")],
    ),
    (
        "VALLETTA, Feb 3 (Wire) - European Union leaders meeting in Valletta on Friday are expected to "
        "endorse the plan.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_gathering_is_no_meeting_with_its_venue(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert coded(pipeline, text, "2022-05-03") == expected
