"""The home-pledge target (coding/home_pledge.py): a pledge of a home institution or good (an inquiry, an
amnesty, a new constitution, schools rebuilt) that names no counterpart, with no other state in its
sentence, is aimed at the pledger's own country, not at the story's foreign party; an offer of help or
money, or a pledge that names another state, keeps the other rules. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.home_pledge import HOME_PLEDGE
from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a new constitution, in a story with a foreign party",
        "LIMA, March 3 (Wire) - Chile's envoy met Peru's foreign minister on Monday to discuss the border. "
        "The Peruvian president promised a new constitution.",
        (("03", "PER", "PER"),),
        step=HOME_PLEDGE,
    ),
    DyadCase(
        "an amnesty for those who lay down arms",
        "TBILISI, June 2 (Wire) - Armenia's foreign minister flew to Tbilisi on Monday. Georgia's president "
        "arrived in the rebel town hours later and promised an amnesty for fighters who disarm.",
        (("03", "GEO", "GEO"),),
        step=HOME_PLEDGE,
    ),
    DyadCase(
        "an offer of money goes to the story's country",
        "MANILA, Nov 3 (Wire) - A typhoon struck the central Philippines on Saturday. Japan pledged "
        "$20 million in aid.",
        (("03", "JPN", "PHL"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_home_pledge(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
