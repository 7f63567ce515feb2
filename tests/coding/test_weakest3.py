"""The weakest probe sets' shapes (thirtieth round, helper weakest3): official releases and long reports.
A fronted participle read as an adverbial clause whose last noun takes the subject as an apposition;
consultations cancelled; a tournament taken away from a state, a state stripped of one; a team withdrawn
from a tournament; a national federation suspended; a call made to ask the other party to act.
Sentences written for these tests; each case lists every event of its roots."""

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
    DyadCase(
        "government consultations cancelled halt talks with the other state",
        "The Austrian chancellor cancelled a round of government consultations with Hungary on Monday.",
        (("16", "AUT", "HUN"),),
    ),
    DyadCase(
        "a tournament taken away from a state acts against it",
        "The International Paralympic Committee took the youth tournament away from Peru on Wednesday.",
        (("16", None, "PER"),),
    ),
    DyadCase(
        "a state stripped of a championship",
        "The International Paralympic Committee stripped Chile of the championships on Sunday.",
        (("16", None, "CHL"),),
    ),
    DyadCase(
        "a state withdrawing its team from a tournament abroad boycotts the host",
        "RABAT, May 3 (Wire) - Morocco withdrew its national team from the Arab Games in Algeria on Friday.",
        (("16", "MAR", "DZA"),),
    ),
    DyadCase(
        "a sports body suspending a state's national federation acts against the state",
        "World Athletics suspended Kenya's athletics federation on Friday.",
        (("16", None, "KEN"),),
    ),
    DyadCase(
        "a call made to ask the other party to act is the call and the appeal",
        "The Thai premier telephoned his Lao counterpart on Monday to urge him to reopen the border.",
        (("04", "THA", "LAO"), ("02", "THA", "LAO")),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_weakest3(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
