"""Acts told only in a time or relative clause that the selection stage set aside as background (issue 10,
seventh session: the error breakdown's "missed" class): an earlier act after "a day after" with a pronoun
actor, a weapon with its party named on it, a "where" relative with an actor of its own, a denial or
blame told in a relative clause on the claim it answers. And what stays background: an elaborating
pronoun clause, a pronoun that could stand for either of two parties, an unnamed weapon, a relative that
describes people. Sentences written for these tests;
each case lists every event of its roots."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "an earlier act told after 'a day after' with a pronoun actor is an event of its own",
        "Bolivia condemned the arrests on Tuesday, a day after it recalled its ambassador from Lima.",
        (("16", "BOL", "PER"),),
        "select:own-clause-event",
    ),
    DyadCase(
        "a weapon with its party named on it is that party's act in a time clause",
        "Chile closed its border on Monday after Peruvian shells struck a Chilean village.",
        (("19", "PER", "CHL"),),
        "select:own-clause-event",
    ),
    DyadCase(
        "a 'where' relative with an actor of its own tells what happened there",
        "Thousands of people marched in Lima on Tuesday, where the Argentine foreign minister urged Chile to "
        "reopen the border crossing.",
        (("02", "ARG", "CHL"),),
        "select:own-clause-event",
    ),
    DyadCase(
        "a denial told in the present in a relative clause on the charge it answers",
        "Uruguay accuses Brazil of arming the rebels, which Brasilia denies.",
        (("01", "BRA", "URY"),),
        "select:own-clause-event",
    ),
    DyadCase(
        "blame with a pronoun actor in a relative clause on the act blamed",
        "Chile's navy said the move answered the sinking of two ferries last week, which it blamed on "
        "Argentine commandos.",
        (("11", "CHL", "ARG"),),
        "select:own-clause-event",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_background_acts(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a pronoun actor in an "as" clause elaborates the main act
        ("Bolivian police arrested 40 miners in Oruro on Monday as they attacked a roadblock.", "attacked"),
        # a weapon with no party named on it is no actor
        ("Chile closed its border on Monday after shells struck a village near Arica.", "struck"),
        # a pronoun that could stand for either party the main clause names: whose act is not told
        ("Bolivia condemned Peru on Tuesday, a day after it expelled two Bolivian diplomats.", "expelled"),
        (
            "Vladimir Putin accused Angela Merkel of bias on Thursday, a day after she criticised the vote.",
            "criticised",
        ),
        # a relative on people with a present stance describes them
        (
            "Guards beat dozens of Haitian migrants, whom officials blame for the riots, a rights group "
            "said.",
            "blame",
        ),
    ],
)
def test_background_stays(pipeline: Pipeline, text: str, trigger: str) -> None:
    events = events_of(pipeline, text, "2021-03-10")
    coded = [(e.cameo, e.evidence.trigger) for e in events]
    assert trigger not in {t for _c, t in coded}, coded
