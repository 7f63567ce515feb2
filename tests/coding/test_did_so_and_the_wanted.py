"""A "did so" whose subject is a name of its own repeats the act just told with that new party
(coding/likewise.py), but not in a condition; the wanted told by their crime (fugitives, traffickers) are
people handed over or captured (``person_nouns`` in coding/data/words.toml). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_named_did_so_repeats_the_act(pipeline: Pipeline) -> None:
    text = "Finland closed its airspace to Belarusian aircraft on Sunday, and Canada did so the same day."
    found = coded(pipeline, text, "2021-03-10")
    assert ("163", "CAN", "BLR") in found, found


def test_did_so_in_a_condition_is_no_act(pipeline: Pipeline) -> None:
    text = "Minsk said it would recognise the new government only if Moscow did so first."
    found = coded(pipeline, text, "2021-03-10")
    assert not [c for c in found if c[1] == "RUS"], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain handed two fugitives to Morocco on Tuesday.", ("084", "ESP", "MAR")),
        ("Thai police captured a Canadian trafficker in Bangkok on Monday.", ("173", "THA", "CAN")),
    ],
)
def test_the_wanted_told_by_their_crime_are_people(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(pipeline, text, "2021-03-10")
