"""Releases and seizures of captives (the pswap probe set's error classes): a third party arranging, helping
arrange or helping secure a swap or a release goes between (045; verbs.curated.tsv ne.pswap.1-10), not the
release itself (0841) nor aid (070); spies, soldiers, fishermen or nationals swapped or exchanged are
released (0841; ne.pswap.14-33); a house arrest lifted releases the person (0841; ne.pswap.11-13), not an
arrest (173); guests, visitors and foreigners seized by an armed group are abducted (181; words.toml
person_nouns). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline

Found = list[Coded]


def _found(pipeline: Pipeline, text: str) -> Found:
    return coded(pipeline, text, "2019-05-08")


@pytest.mark.parametrize(("text", "found"), [
    # going between for a swap or a release
    ("Kuwait helped arrange the swap on Monday.", [("045", "KWT", None)]),
    ("Qatar arranged the release of three Nepali hostages on Monday.", [("045", "QAT", "NPL")]),
    ("Algeria arranged the exchange of prisoners between Mali and the rebels on Monday.",
     [("045", "DZA", "MLI")]),
    ("Norway helped secure the release of two aid workers on Monday.", [("045", "NOR", "NOR")]),
    # help with another object stays aid, and arranging talks stays intent to meet
    ("Norway helped Kenya build a hospital on Monday.", [("070", "NOR", "KEN")]),
    ("Kuwait helped arrange talks between the two sides on Monday.", [("036", "KWT", None)]),
    # a house arrest lifted is a release
    ("A Kenyan court lifted the house arrest of British teacher John Smith on Monday.",
     [("0841", "KEN", "GBR")]),
    # guests and foreigners seized by gunmen or rebels are abducted
    ("Gunmen seized dozens of guests at a hotel in Nairobi on Monday.", [("181", "KEN", "KEN")]),
    ("Rebels seized four foreigners near the border on Monday.", [("181", None, None)]),
    # people swapped or exchanged told by who they are are released; ambassadors exchanged stay ties restored
    ("Russia and Britain swapped four spies on Friday.", [("0841", "RUS", "GBR")]),
    ("India and Pakistan exchanged fishermen on Friday.", [("0841", "IND", "PAK")]),
    ("Russia and Britain exchanged ambassadors on Friday.", [("054", "RUS", "GBR")]),
])  # fmt: skip
def test_pswap_release(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found
