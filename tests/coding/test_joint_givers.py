"""Aid given together and aid with no recipient named (issue 10, helper w2meet): coordinated givers give
together, never to each other (coding/coagents.py ``co-givers``), and aid or an offer of aid that names no
recipient goes to the country the story is set in (coding/recipients.py ``aid-scene``). Every sentence
is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.coagents import CO_GIVERS
from newsevents.coding.recipients import AID_SCENE
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "two-givers-fly-in",
            "ANKARA, March 9 (Wire) - An earthquake struck the east of Turkey on Monday. Oman and Bahrain "
            "have flown in field hospitals.",
            (("07", "OMN", "TUR"), ("07", "BHR", "TUR")),
            step=CO_GIVERS,
        ),
        DyadCase(
            "two-givers-named-recipient",
            "Denmark and Norway delivered food aid to Sudan on Tuesday.",
            (("07", "DNK", "SDN"), ("07", "NOR", "SDN")),
        ),
    ],
    ids=lambda c: c.name,
)
def test_coordinated_givers_give_together(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "aid-to-the-story-country",
            "KATHMANDU, May 2 (Wire) - Floods swept through southern Nepal on Friday. Sri Lankan planes "
            "landed with rescue teams, while the French president called Nepal's king. Paris has flown in "
            "relief supplies, a French diplomat said.",
            (("07", "LKA", "NPL"), ("07", "FRA", "NPL")),
            step=AID_SCENE,
        ),
        DyadCase(
            "offer-to-the-story-country",
            "MANILA, Nov 3 (Wire) - A typhoon hit the central Philippines on Saturday. Canadian and Mexican "
            "officials met in Ottawa, and Canada said it stood ready to help.",
            (("03", "CAN", "PHL"),),
            step=AID_SCENE,
        ),
    ],
    ids=lambda c: c.name,
)
def test_aid_naming_no_recipient_goes_to_the_story_country(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_aid_at_home_is_not_moved(pipeline: Pipeline) -> None:
    """A giver in its own story's country keeps its own target rules (no aid-scene step)."""
    from coding_helpers import events_of

    events = events_of(pipeline, "OTTAWA, Nov 3 (Wire) - Canada has flown in relief supplies.", "2021-11-03")
    assert all(AID_SCENE not in e.evidence.steps for e in events), [e.evidence.steps for e in events]
