"""Trade barriers put on another state's goods (issue 10, thirteenth round): rows ``ne.barrier.*`` of
``verbs.curated.tsv`` over the synonym set ``TRADE_BARRIER`` (``synsets.curated.tsv``) code tariffs,
export controls, bans, quotas and embargoes placed, set, put, imposed or slapped on a party, and exports
restricted or curbed to it, as an economic sanction (163); a levy set at home is none. Every sentence is
invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded_with_roles

from newsevents.pipeline import Pipeline

_DAY = "2023-05-10"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Tokyo placed export controls on chemicals bound for South Korea on Monday.", "JPN", "KOR"),
        ("Mexico slapped a levy on Chinese steel on Tuesday.", "MEX", "CHN"),
        ("Russia curbed grain exports to Georgia on Friday.", "RUS", "GEO"),
        ("India restricted rice exports to Bangladesh on Monday.", "IND", "BGD"),
    ],
)
def test_a_barrier_on_a_party_is_a_sanction(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    coded = coded_with_roles(pipeline, text, _DAY)
    assert any(code == "163" and s == source and t == target for code, s, _, t in coded), coded


def test_a_levy_set_at_home_is_no_sanction(pipeline: Pipeline) -> None:
    text = "Uganda set a new levy on mobile money transfers in its budget."
    assert not [c for c in coded_with_roles(pipeline, text, _DAY) if c[0][:2] == "16"]
