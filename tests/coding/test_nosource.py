"""Sources the text describes instead of naming (twenty-sixth session, nosource): a hostage's captors and
a plane's hijackers are a party of no state, like kidnappers (actors/data/agents.tsv, curated in
tools/curated_agents.tsv), and "the two rivals" refers back to the last two states named, like "the two
neighbours" (actors/data/words.tsv, pair-groups), and groups wires name by acronym (Colombia's ELN, Myanmar's
NLD) are in the dictionary (tools/curated_actors.jsonl). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "BAGHDAD, May 3 (Wire) - Two Italian engineers were seized near Mosul on Monday, and their "
            "captors threatened on Tuesday to kill them unless Rome paid a ransom.",
            "captors",
        ),
        (
            "KARACHI, May 3 (Wire) - The hijackers demanded that Pakistan free six prisoners on Monday.",
            "hijackers",
        ),
    ],
)
def test_captors_and_hijackers_are_a_source_of_no_state(pipeline: Pipeline, text: str, word: str) -> None:
    found = [e for e in events_of(pipeline, text, "2021-05-04") if word in e.source.text.lower()]
    assert [e.source.role for e in found] == ["CRM"]


def test_the_two_rivals_are_the_last_two_states_named(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 3 (Wire) - Kenya and Tanzania ended a quarrel over fishing rights on Monday. "
        "The two rivals shook hands at the border."
    )
    found = by_trigger(events_of(pipeline, text, "2021-05-04")).get("shook", [])
    assert {(e.source.country, e.target.country if e.target else None) for e in found} in (
        {("KEN", "TZA")},
        {("TZA", "KEN")},
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("BOGOTA, May 3 (Wire) - The ELN freed two kidnapped soldiers on Monday.", "COLREB"),
        ("YANGON, May 3 (Wire) - The NLD urged its supporters on Monday to boycott the vote.", "MMROPP"),
    ],
)
def test_group_acronyms_name_their_group(pipeline: Pipeline, text: str, code: str) -> None:
    assert {e.source.code for e in events_of(pipeline, text, "2021-05-04")} == {code}
