"""Arms trade and arms control shapes found by the `parms` probe set (twenty-seventh round): a pair that
votes against a draft rejects it side by side (``co-actors``), a plural pronoun after a subject with a
relative aside takes up the main subject (actors/plural_ref.py ``aside_subject``), and verb rows for
conventions left, signatures revoked, supplies put on hold or held back, a part in a mission suspended and
a text's adoption blocked (``ne.parms.*``), with munitions, grenades and landmines among the weapons a row's
object names (``&WEAPON``, synsets.curated.tsv). Every sentence is
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
        DyadCase(
            "munitions-to-be-sent",
            "KYIV, March 10 (Wire) - Canada will send cluster munitions to Ukraine, its defence ministry "
            "said on Tuesday.",
            (("03", "CAN", "UKR"),),
        ),
        DyadCase(
            "deliveries-to-be-held-back",
            "STOCKHOLM, March 10 (Wire) - Sweden said on Tuesday it would hold back deliveries of rifles to "
            "Egypt.",
            (("13", "SWE", "EGY"),),
        ),
        DyadCase(
            "part-in-a-mission-suspended",
            "BRUSSELS, March 10 (Wire) - Chile said on Tuesday it was suspending its part in a NATO naval "
            "mission.",
            (("16", "CHL", None),),
        ),
        DyadCase(
            "adoption-blocked",
            "GENEVA, March 10 (Wire) - The assembly adopted the pact on Tuesday after Chile blocked its "
            "adoption by consensus last week.",
            (("12", "CHL", None),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_arms_control_shapes(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
