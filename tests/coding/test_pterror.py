"""Terrorism designations told without "as" (verbs.curated.tsv, ne.pterror.1-11): the label as the verb's
second object, a party added to or put on a list of terrorists or of sponsors of terrorism. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Canada on Tuesday designated Ruritania's border guard a terrorist organisation.",
        "Canada on Tuesday declared the Azmari Liberation Front a terrorist group.",
        "Canada on Tuesday added Ruritania's border guard to its list of terrorist entities.",
        "Canada on Tuesday put Ruritania back on its list of state sponsors of terrorism.",
    ],
)
def test_a_designation_is_a_sanction(pipeline: Pipeline, text: str) -> None:
    assert [c for c in coded(pipeline, text, "2019-04-10") if c[0] == "172" and c[1] == "CAN"]


@pytest.mark.parametrize(
    "text",
    [
        "Police declared the stabbing a terrorist incident.",
        "The smugglers belonged to a gang, which Canada has designated a terrorist organisation.",
        "The attack added to fears of terrorism in the region.",
    ],
)
def test_a_judgement_or_a_description_is_no_designation(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded(pipeline, text, "2019-04-10") if c[0] == "172"]


@pytest.mark.parametrize(
    "text",
    [
        "ABUJA, June 3 (Wire) - The rebels returned most of the schoolgirls they had taken.",
        "ABUJA, June 3 (Wire) - The rebels returned 40 of the schoolgirls on Monday.",
    ],
)
def test_a_part_of_a_group_is_the_people_of_the_group(pipeline: Pipeline, text: str) -> None:
    # (objects._partitive_whole: the count "most", "40" names nobody; its "of" phrase names the people)
    assert [c for c in coded(pipeline, text, "2019-06-03") if c[0] == "0841"]
