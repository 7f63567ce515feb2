"""A definite numbered group takes up the list of exactly that many parties named before it
(actors/listed_group.py, helper rival): "the three countries", "the three" standing alone. Every sentence
is invented. A group aimed at by one act is one event, on its first member (coding/grouped.py)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "the-three-countries",
            "LIMA, May 4 (Wire) - Chile, Bolivia and Argentina closed their borders to Peruvian trucks on "
            "Monday. Peru's foreign minister condemned the three countries for the closures.",
            (("11", "PER", "CHL"),),
            step="actor:definite-pair",
        ),
        DyadCase(
            "the-three-governments",
            "LIMA, May 4 (Wire) - Chile, Bolivia and Argentina closed their borders to Peruvian trucks on "
            "Monday. Peru urged the three governments to reopen them.",
            (("02", "PER", "CHL"),),
            step="actor:definite-pair",
        ),
    ],
    ids=lambda c: c.name,
)
def test_numbered_group_takes_up_the_list(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
