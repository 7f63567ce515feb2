"""The weakest probe sets' shapes (thirtieth round, helper weakest3): official releases and long reports.
A fronted participle read as an adverbial clause whose last noun takes the subject as an apposition; a
balloon brought down; consultations cancelled; an appeal to a court; a tournament taken away from a
state. Sentences written for these tests; each case lists every event of its roots."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "the subject hung as an apposition inside a fronted adverbial participle acts, in both clauses",
        "Demanding an immediate ceasefire in Sudan, the African Union this evening imposed a ban on all "
        "flights in the country's airspace.",
        (("10", None, "SDN"), ("17", None, "SDN")),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_weakest3(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
