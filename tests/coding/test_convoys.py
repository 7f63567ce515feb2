"""Deliveries told by their carriers: a carrier's arrival read as a noun phrase is mended into its clause
(coding/carrier_verb.py), the goods' own country adjective is the sender before the "from" place
(coding/cargo_origin.py), relief goods crossing a border are aid and fuel carried in is a delivery
(verbs.curated.tsv ne.convoys.*). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline

Found = list[Coded]


def _found(pipeline: Pipeline, text: str) -> Found:
    return coded(pipeline, text, "2019-05-08")


@pytest.mark.parametrize(("text", "found"), [
    # the parser's noun phrase ("lorries [carrying rice crossed ...]") is the lorries' own crossing
    ("Thirty lorries carrying rice crossed into Malawi from Zambia on Tuesday.", [("073", "ZMB", "MWI")]),
    ("A Kenyan convoy of twelve lorries carrying maize flour crossed into Somalia on Tuesday.",
     [("073", "KEN", "SOM")]),
    # a sentence opened by its place ("In X, a convoy ..."): the parser's root is the preposition
    ("In Malawi, a Zambian convoy of thirty lorries carrying rice crossed into the flooded south.",
     [("073", "ZMB", "MWI")]),
    ("Sixty lorries of food reached Malawi from Zambia on Tuesday.", [("073", "ZMB", "MWI")]),
    # relief goods crossing a border: aid, not a visit
    ("Twelve Zambian lorries of wheat crossed the border into Malawi on Tuesday.", [("073", "ZMB", "MWI")]),
    # the fuel's own country sent it; the "from" place is only the road
    ("Tanker lorries carrying Algerian diesel entered Niger from Mali on Tuesday.", [("061", "DZA", "NER")]),
    # no sender named: no event
    ("Thirty lorries carrying rice crossed into Malawi on Tuesday.", []),
])  # fmt: skip
def test_carrier_arrivals(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found
