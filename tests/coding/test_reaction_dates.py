"""Dates of reactions told after a lead of force (newsevents.reactiondate): a wire filed the day after an
attack tells the reactions it gathered as news of its filing day; a past act a reaction reports, and
reactions after a lead of another kind, keep the lead's day. Every sentence is invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _dates(pipeline: Pipeline, text: str, trigger: str) -> list[str | None]:
    return [e.date for e in events_of(pipeline, text, "2024-05-06") if e.evidence.trigger == trigger]


def test_reaction_after_an_attack_takes_the_report_day(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, May 6 (Wire) - Gunmen attacked an army post near the Niger border on Sunday, killing "
        "twelve soldiers. Niger's foreign minister condemned the attack."
    )
    assert _dates(pipeline, text, "condemned") == ["2024-05-06"]
    assert "2024-05-05" in _dates(pipeline, text, "attacked")


def test_reported_past_act_keeps_the_lead_day(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, May 6 (Wire) - Malian jets bombed a rebel camp near the Algerian border on Sunday. "
        "Algeria said Malian troops had crossed into its territory."
    )
    assert _dates(pipeline, text, "crossed") in ([], ["2024-05-05"])


def test_reaction_after_a_lead_of_talks_keeps_the_lead_day(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, May 6 (Wire) - The presidents of Mali and Niger met in Niamey on Sunday to discuss "
        "border security. Senegal welcomed the meeting."
    )
    assert _dates(pipeline, text, "welcomed") in ([], ["2024-05-05"])
