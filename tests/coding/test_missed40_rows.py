"""Triggers missed entirely (issue 10, fortieth round): advisers sent (070) and ministers sent to a capital
(042), the `missed40` rows of verbs.curated.tsv. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan sent advisers to Kenya after the attack.", ("070", "JPN", "KEN")),
        ("Canada sent advisors to Mali.", ("070", "CAN", "MLI")),
    ],
)
def test_the_missed_act_is_coded(pipeline: Pipeline, text: str, expected: tuple[str, ...]) -> None:
    assert expected in coded(pipeline, text, "2021-03-10")


def test_ministers_sent_for_talks_are_coded(pipeline: Pipeline) -> None:
    text = "Moldova said it would send its agriculture minister to Moscow for talks."
    found = coded(pipeline, text, "2021-03-10")
    assert any(c[1:] == ("MDA", "RUS") and c[0][:2] in ("03", "04") for c in found)


def test_a_foreign_minister_keeps_its_own_row(pipeline: Pipeline) -> None:
    # a foreign minister sent keeps its own row (ph.send.7), not the generic minister row
    found = coded(pipeline, "Norway sent its foreign minister to Mali.", "2021-03-10")
    assert not any(c[0] == "042" for c in found)
