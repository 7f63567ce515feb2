"""A show of force ordered to keep order at home is aimed at the source's own country, not at the foreign
party its sentence or its article names (coding/order_at_home.py); a purpose or place abroad keeps its
target. Sentences written for these tests; each case lists every event of its roots as (root, source
country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "troops ordered to restore order after an emergency are not turned on the neighbour named after",
        "LIMA, March 9 (Wire) - Peru's president declared a state of emergency in the capital on Tuesday and "
        "ordered soldiers to restore order after rioters looted shops. Chile and Bolivia closed their "
        "border crossings with Peru.",
        (("15", "PER", "PER"),),
    ),
    DyadCase(
        "troops ordered to shoot rioters stay at home though foreign troops arrive in the same sentence",
        "BISHKEK, March 9 (Wire) - The president of Kyrgyzstan said he had ordered troops to shoot rioters "
        "on sight, as Russian troops landed in the capital to guard government buildings.",
        (("15", "KGZ", "KGZ"), ("15", "RUS", "KGZ")),
    ),
    DyadCase(
        "troops sent abroad to restore order keep the country of the place they are sent to",
        "PARIS, March 9 (Wire) - France sent 800 soldiers to Bangui on Tuesday to restore order after weeks "
        "of looting in the Central African Republic.",
        (("15", "FRA", "CAF"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_order_at_home(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_order_words_load() -> None:
    from newsevents.coding.order_at_home import order_words

    words = order_words()
    assert "order" in words.order_nouns and "restore" in words.order_verbs
    assert "street" in words.home_places
