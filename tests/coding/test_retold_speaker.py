"""An act a minister did, told again as what she said her capital did ("X called on Y to ... She said
Ottawa wanted ..."), is one event though the two drafts name the source differently (a minister, a
capital) under one actor code (coding/retold.py, ``_names``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline

# (text, root, the number of that root's events)
CASES = [
    (
        "OTTAWA, May 6 (Wire) - Canadian Foreign Minister Melanie Joly called on Iran on Saturday to "
        "release two sailors seized in the Gulf. She said Ottawa wanted them back at once.",
        "02",
        1,
    ),
    (
        "OTTAWA, May 6 (Wire) - Canadian Foreign Minister Melanie Joly condemned Iran on Saturday for "
        "seizing two sailors in the Gulf. She said Ottawa condemned Tehran for the seizure.",
        "11",
        1,
    ),
    (
        # (a second act of the capital's own, not reported, stays apart)
        "OTTAWA, May 6 (Wire) - Canadian Foreign Minister Melanie Joly urged Iran on Saturday to free two "
        "sailors seized in the Gulf. On Sunday Ottawa urged Tehran again to act quickly.",
        "02",
        2,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][40:90] for c in CASES])
def test_retold_by_its_speaker(pipeline: Pipeline, case: tuple[str, str, int]) -> None:
    text, root, count = case
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == root]
    assert len(events) == count, [(e.cameo, e.evidence.trigger, e.evidence.steps) for e in events]
