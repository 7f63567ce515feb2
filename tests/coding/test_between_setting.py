"""Round 34 (weakest9): an event noun under a preposition of setting that names both its parties with
"between" ("after a phone call BETWEEN the two presidents") is an act of its own beside its clause's act,
as one naming its counterpart with "with" is, not the content of the clause's verb that gives way to it
(``pair_talks.names_pair``, read by ``syntax.setting_act``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish planes carrying tents landed in Libya on Monday after a phone call between Recep Tayyip "
            "Erdogan and Kais Saied.",
            [("073", "TUR", "LBY"), ("041", "TUR", "TUN")],
        ),
        (
            "Egypt reopened the border crossing on Monday after talks between Egyptian and Israeli "
            "officials.",
            [("081", "EGY", "ISR"), ("046", "EGY", "ISR")],
        ),
        (
            # (the "with" phrase already made the call an act of its own: unchanged)
            "Turkish planes carrying tents landed in Libya on Monday after a phone call with Tunisian "
            "President Kais Saied.",
            [("073", "TUR", "LBY"), ("041", "TUR", "TUN")],
        ),
    ],
)
def test_a_call_between_a_pair_before_an_act_is_an_event(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert coded(pipeline, text, "2024-03-04") == expected


def test_a_call_that_names_no_parties_stays_background(pipeline: Pipeline) -> None:
    text = "Turkish planes carrying tents landed in Libya on Monday after a phone call."
    found = coded(pipeline, text, "2024-03-04")
    assert not [c for c in found if c[0] == "041"]
