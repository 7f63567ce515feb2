"""Modifiers are no targets (round 30, cosource): an international body that only qualifies a thing ("X's
EU membership bid", "EU accession talks with X") is no party to what is done to it
(``actors/qualifying_body.py``); a body that owns the thing ("the EU's deal"), or that qualifies it with
no state beside it ("the NATO decision"), still is. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "possessor-of-a-membership-bid",
            "SOFIA, Nov 3 (Wire) - Romania vetoed Moldova's EU membership bid on Tuesday.",
            (("12", "ROU", "MDA"),),
        ),
        DyadCase(
            "with-party-of-accession-talks",
            "SOFIA, Nov 3 (Wire) - Romania blocked the start of EU accession talks with Moldova on Tuesday.",
            (("12", "ROU", "MDA"),),
        ),
        DyadCase(
            # (a body as the possessor owns the thing: the deal is the EU's)
            "body-owning-a-deal-stays",
            "SOFIA, Nov 3 (Wire) - Romania said it would oppose the EU's trade deal with Chile.",
            (("11", "ROU", None),),
        ),
        DyadCase(
            "state-modifier-of-a-veto",
            "LA PAZ, Nov 3 (Wire) - Bolivia condemned the Chilean veto of a Security Council resolution on "
            "Friday.",
            (("11", "BOL", "CHL"),),
        ),
        DyadCase(
            # (a hyphened drafter is no owner: the resolution vetoed is the Council's)
            "drafter-is-no-owner",
            "UNITED NATIONS, Nov 3 (Wire) - Peru and Chile vetoed a U.S.-drafted Security Council "
            "resolution.",
            (("12", "PER", None), ("12", "CHL", None)),
        ),
        DyadCase(
            # (no state beside the body: "the NATO decision" is NATO's)
            "body-qualifying-alone-stays",
            "MOSCOW, Nov 3 (Wire) - Russia criticised the NATO decision on Tuesday.",
            (("11", "RUS", None),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_a_qualifying_body_is_no_party(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
