"""Recall of the yielding (08), investigating (09), force-posture (15) and assault (18) roots (twenty-fourth
round, the roots the unseen half finds least): acts told in a chronology's present inside a time clause.
Sentences written for these tests; each case lists every event of its roots."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a present-tense 'as' clause on a present-tense main verb is a chronology's act of its own",
        "March 2 - The alliance halts its air raids as Bolivian troops begin leaving Peru.",
        (("08", "BOL", "PER"),),
    ),
    DyadCase(
        "a present-tense 'after' clause on a present-tense main verb is a chronology's act of its own",
        "April 9 - Chile pulls its ships back after Argentina sends troops to the border with Chile.",
        (("15", "ARG", "CHL"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_roots_recall(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
