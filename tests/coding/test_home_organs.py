"""Home organs in stories filed from abroad: a bare "the army" its sentence does not place is the army
named before with that noun (actors/same_noun.py), and an agentless arrest told by a state organ of the
arrested person's own country, or of people no country places, is that organ's state's
(coding/speaker_state.py ``home_speaker``). Every sentence is invented."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_bare_army_is_the_one_named_before_not_the_filing_capital(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON, March 3 (Wire) - The United States on Tuesday barred visits by officials of Thailand, "
        "where the army seized power last month. The State Department said more steps could follow. "
        "Senators from both parties backed the decision. The army said on Wednesday that it would hold "
        "elections next year."
    )
    events = by_trigger(events_of(pipeline, text, "2019-03-05"))
    assert events["seized"][0].source.country == "THA"
    held = events["hold"][0]
    assert held.source.country == "THA" and held.source.role == "MIL"


def test_arrest_told_by_officials_of_the_arrested_mans_country(pipeline: Pipeline) -> None:
    text = (
        "NEW DELHI, Dec 20 (Wire) - India said on Thursday it would recall its envoy to Pakistan over the "
        "attack on its parliament. Officials in Islamabad said the founder of a banned militant group had "
        "been detained for questioning."
    )
    detained = by_trigger(events_of(pipeline, text, "2019-03-05"))["detained"][0]
    assert detained.root == "17"
    assert detained.source.country == "PAK" and detained.source.role == "COP"


def test_own_soldiers_detained_are_held_by_others(pipeline: Pipeline) -> None:
    """A state's own soldiers detained, as that state's army tells it, were not held by that state."""
    text = (
        "SANTIAGO, May 2 (Wire) - Chile closed a border crossing on Monday. Two Peruvian soldiers were "
        "detained near the crossing, the Peruvian army said."
    )
    detained = by_trigger(events_of(pipeline, text, "2019-05-03"))["detained"][0]
    assert detained.source.country == "CHL"


def test_vote_verdict_aimed_at_the_country_of_the_winner_its_clause_names(pipeline: Pipeline) -> None:
    """A vote no country places, told with its winner ("won by X's party"), was held in X's country: the
    army's verdict on it is aimed at home, not at the capital that filed the story."""
    text = (
        "WASHINGTON, March 3 (Wire) - The United States on Tuesday barred visits by officials of Thailand, "
        "where the army seized power last month. The army said on Wednesday that the March election, won "
        "by Thaksin Shinawatra's party, had been tainted by vote-buying."
    )
    said = by_trigger(events_of(pipeline, text, "2019-03-05"))["said"][0]
    assert said.cameo == "111"
    assert said.source.country == "THA"
    assert said.target is not None and said.target.country == "THA"


def test_bare_army_in_a_clause_after_another_partys_is_the_one_named_before(pipeline: Pipeline) -> None:
    """A country named only in another clause of the sentence ("Kenya urged ..., but the army said") is that
    clause's party: the bare "army" is still the one named before (actors/same_noun.py ``own_clause``)."""
    text = (
        "ADDIS ABABA, May 4 (Wire) - Ethiopia's army attacked Eritrean positions on Tuesday. Kenya urged "
        "both sides to stop, but the army said it would press on."
    )
    pressed = by_trigger(events_of(pipeline, text, "2021-05-05"))["press"][0]
    assert pressed.source.country == "ETH" and pressed.source.role == "MIL"


def test_bare_army_in_a_relative_clause_on_anothers_act(pipeline: Pipeline) -> None:
    text = (
        "YANGON, May 4 (Wire) - Myanmar's army detained the president on Tuesday. Britain and Canada "
        "condemned the arrest, which the army defended as lawful."
    )
    defended = by_trigger(events_of(pipeline, text, "2021-05-05"))["defended"][0]
    assert defended.source.country == "MMR"


def test_army_reported_by_a_state_stays_that_states(pipeline: Pipeline) -> None:
    """A subject inside what a state says is placed by the whole reporting clause: Kenya's own army."""
    text = (
        "NAIROBI, May 4 (Wire) - Somalia's army clashed with militants on Monday. Kenya said on Tuesday "
        "that the army had killed 20 militants near the border."
    )
    killed = by_trigger(events_of(pipeline, text, "2021-05-05"))["killed"][0]
    assert killed.source.country == "KEN"
