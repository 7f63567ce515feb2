"""Roles of sources named through a group (sources13): a sentence-initial "Members of Mali's army", which
the parser tags as a proper noun and leaves unlemmatised, is still the army it counts (the plural forms in
``collectives``, actors/data/words.tsv); a state's contingent sent abroad is its military (MIL), a police
contingent its police (tools/curated_agents.tsv). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_members_of_a_possessed_army_are_military(pipeline: Pipeline) -> None:
    text = "BAMAKO, March 9 (Wire) - Members of Mali's army detained the prime minister on Tuesday."
    detained = by_trigger(events_of(pipeline, text, "2021-03-10"))["detained"][0]
    assert detained.source.code == "MLIMIL"


def test_a_contingent_is_military(pipeline: Pipeline) -> None:
    text = "ROME, March 9 (Wire) - The withdrawal of the Italian contingent from Lebanon began on Tuesday."
    withdrawal = by_trigger(events_of(pipeline, text, "2021-03-10"))["withdrawal"][0]
    assert withdrawal.source.code == "ITAMIL"


def test_a_police_contingent_is_police(pipeline: Pipeline) -> None:
    text = "DILI, March 9 (Wire) - A Portuguese police contingent arrested four suspects in Dili on Tuesday."
    arrested = by_trigger(events_of(pipeline, text, "2021-03-10"))["arrested"][0]
    assert arrested.source.code == "PRTCOP"
