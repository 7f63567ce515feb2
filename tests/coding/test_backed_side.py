"""A bloc after "pro-" names the side a group backs (actors/backed_side.py): "pro-European demonstrators"
are the people of the state they protest in, not a bloc group of no country. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "TBILISI, Dec 2 (Wire) - Thousands of pro-European demonstrators blockaded the parliament "
            "building in Tbilisi on Monday.",
            "GEO",
        ),
        ("Pro-Western protesters stormed the town hall in Chisinau on Monday.", "MDA"),
    ],
)
def test_pro_bloc_group_is_of_its_place(pipeline: Pipeline, text: str, source: str) -> None:
    found = [s for code, s, _t in coded(pipeline, text, "2021-03-10") if code.startswith("14")]
    assert found == [source], found


def test_bloc_group_without_pro_keeps_no_country(pipeline: Pipeline) -> None:
    text = "European leaders condemned the arrest of the Georgian journalist on Monday."
    found = coded(pipeline, text, "2021-03-10")
    assert all(s != "GEO" for _code, s, _t in found), found
