"""A state body with no country of its own is not placed by what it acts on: the country of the object
of its act is the target's (actors/clause_scope.py, ``unplacing_tokens``); a theatre command is a state's
armed forces (tools/curated_agents.tsv). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded_with_roles

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "trigger_code", "source"),
    [
        # the owner of the banks is the target; the dateline places the treasury
        (
            "OSLO, May 9 (Wire) - Norway expelled two diplomats on Thursday. "
            "The Treasury also imposed sanctions on Belarus's three largest banks.",
            "163",
            "NOR",
        ),
        # the nationality of the man wanted is the target's
        (
            "VIENNA, May 9 (Wire) - Austria accused Minsk of the break-in. "
            "Prosecutors issued an arrest warrant for Pavel Ivanov, a Belarusian officer.",
            "173",
            "AUT",
        ),
    ],
)
def test_body_not_placed_by_its_object(pipeline: Pipeline, text: str, trigger_code: str, source: str) -> None:
    found = [c for c in coded_with_roles(pipeline, text, "2019-05-10") if c[0] == trigger_code]
    assert found and found[0][1] == source


def test_place_of_the_object_still_places(pipeline: Pipeline) -> None:
    # "across the capital" is where the soldiers act, so it places them
    text = (
        "TOKYO, May 9 (Wire) - Japan voiced concern on Thursday. "
        "Soldiers sealed off Buddhist temples across Yangon on Friday."
    )
    found = [c for c in coded_with_roles(pipeline, text, "2019-05-10") if c[2] == "MIL"]
    assert found and all(c[1] == "MMR" for c in found)


def test_theatre_command_is_military(pipeline: Pipeline) -> None:
    text = "BEIJING, May 9 (Wire) - The Southern Theatre Command accused the Philippines of provocations."
    found = coded_with_roles(pipeline, text, "2019-05-10")
    assert found and found[0][1:3] == ("CHN", "MIL")
