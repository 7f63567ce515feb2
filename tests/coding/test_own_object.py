"""The own-object target (coding/own_object.py, issue 10): an act that needs a counterpart whose object
names only its source's own side (set aside as the source itself or its own forces) is aimed at its own
country, not at the story's foreign party. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "praise of the source's own police",
        "LIMA, May 4 (Wire) - Peruvian police captured the rebel leader on Monday. Agents from the United "
        "States had shared intelligence for the hunt. President Ana Ruiz praised the police squad that "
        "found him.",
        (("05", "PER", "PER"),),
        step="target:own-object",
    ),
    DyadCase(
        "an appeal to the source's own police",
        "MANILA, May 4 (Wire) - Japan sent two navy ships with relief supplies to the Philippines on Monday "
        "after a typhoon flattened coastal towns. Japan also pledged $10 million. Philippine President Ana "
        "Cruz urged the police to stop the looting in the worst-hit towns.",
        (("02", "PHL", "PHL"),),
        step="target:own-object",
    ),
    DyadCase(
        "an offer of the source's own troops stays aimed at the story's counterpart",
        "BEIRUT, May 4 (Wire) - The United Nations asked for more peacekeepers for southern Lebanon on "
        "Monday. Lebanon welcomed the request. Spain has offered 1,000 troops.",
        (("03", "ESP", "LBN"),),
        step="target:article-counterpart",
    ),
    DyadCase(
        "a foreign object stays the target",
        "KIEV, May 4 (Wire) - Russian forces shelled the town of Kupiansk on Monday. Ukraine's president "
        "urged Germany to send more air defences.",
        (("02", "UKR", "DEU"),),
    ),
    DyadCase(
        "no object: the story's counterpart",
        "Tokyo began releasing the treated water into the sea on Thursday. "
        "The Chinese foreign ministry called the decision selfish and condemned it.",
        (("11", "CHN", "JPN"),),
        step="target:article-counterpart",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_own_object(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
