"""Arms trade and arms control shapes found by the `parms` probe set (twenty-seventh round): a pair that
votes against a draft rejects it side by side (``co-actors``), a plural pronoun after a subject with a
relative aside takes up the main subject (actors/plural_ref.py ``aside_subject``), and verb rows for
conventions left, signatures revoked and supplies put on hold (``ne.parms.*``). Every sentence is
invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.co_actors import CO_ACTORS
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "pair-votes-against-a-draft",
            "GENEVA, March 10 (Wire) - The council turned down a Brazilian draft on Tuesday. Chile and Peru "
            "voted against it.",
            (("12", "CHL", "BRA"), ("12", "PER", "BRA")),
            step=CO_ACTORS,
        ),
        DyadCase(
            "pair-with-an-aside-regrets",
            "LISBON, March 10 (Wire) - Brazil raised its tariffs on wine on Tuesday. Spain and Portugal, "
            "whose growers export to it, said they regretted the step.",
            (("11", "ESP", "BRA"), ("11", "PRT", "BRA")),
        ),
        DyadCase(
            "convention-withdrawn-from",
            "OSLO, March 10 (Wire) - Chile withdrew from the convention banning landmines on Tuesday.",
            (("16", "CHL", None),),
        ),
        DyadCase(
            "signature-revoked",
            "OSLO, March 10 (Wire) - Chile revoked its signature on the arms treaty on Tuesday.",
            (("16", "CHL", None),),
        ),
        DyadCase(
            "sales-put-on-hold",
            "ROME, March 10 (Wire) - Italy put arms sales to Egypt on hold on Tuesday.",
            (("16", "ITA", "EGY"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_arms_control_shapes(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
