"""A state's torpedoes and carrier groups acting in an event are its armed forces, its
military command is the military, and its national security committee and its military rulers (by the
corpus's junta ruling) its government (issue 10, helper srcerr: rows of tools/curated_agents.tsv): the
source then carries the role the corpus codes, not none. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded_with_roles

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        (
            "SANTIAGO, May 3 (Wire) - A Chilean torpedo sank an Argentine navy corvette on Monday, "
            "killing 12 sailors.",
            "190",
            ("CHL", "MIL"),
        ),
        (
            "MANILA, May 3 (Wire) - A Chinese carrier group sailed through the strait on Monday, the "
            "Philippine navy said.",
            "150",
            ("CHN", "MIL"),
        ),
        (
            "NEW DELHI, May 3 (Wire) - Pakistan's military command said on Monday it had placed its missile "
            "units on high alert along the border with India.",
            "152",
            ("PAK", "MIL"),
        ),
        (
            "NDJAMENA, May 3 (Agency) - Chad's military rulers rejected foreign calls on Monday "
            "to hand power to civilians.",
            "12",
            ("TCD", "GOV"),
        ),
        (
            "ISLAMABAD, May 3 (Wire) - Pakistan's National Security Committee said on Monday that any move "
            "by India to block the river would be an act of war.",
            "130",
            ("PAK", "GOV"),
        ),
    ],
)
def test_armed_thing_carries_its_role(
    pipeline: Pipeline, text: str, code: str, source: tuple[str, str]
) -> None:
    found = [(s, r) for c, s, r, _t in coded_with_roles(pipeline, text, "2021-05-04") if c.startswith(code)]
    assert source in found, coded_with_roles(pipeline, text, "2021-05-04")
