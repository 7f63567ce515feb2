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


def test_lead_of_force_in_a_coordinated_reported_clause(pipeline: Pipeline) -> None:
    # the act of force is the second verb of what the officials report
    text = (
        "BAMAKO, May 6 (Wire) - Rebel units entered the northern district on Sunday and fought army patrols "
        "near the river, officials said. The defence minister called the raid a grave provocation."
    )
    assert _dates(pipeline, text, "called") == ["2024-05-06"]


def test_lead_of_force_by_its_passive_agent(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, May 6 (Wire) - A clinic in the northern district was levelled by bombs late on "
        "Sunday, aid workers said. The rebels blamed army pilots."
    )
    assert _dates(pipeline, text, "blamed") == ["2024-05-06"]


def test_vow_coordinated_with_a_past_act_takes_the_report_day(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, May 6 (Wire) - Gunmen attacked an army post near the Niger border on Sunday, killing "
        "twelve soldiers. The president said the attackers had blundered and would regret it."
    )
    assert _dates(pipeline, text, "regret") == ["2024-05-06"]


def test_stance_in_the_past_by_sequence_of_tenses(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, May 6 (Wire) - Gunmen attacked an army post near the Niger border on Sunday, killing "
        "twelve soldiers. Senegal said it stood with Mali."
    )
    assert _dates(pipeline, text, "stood") == ["2024-05-06"]
