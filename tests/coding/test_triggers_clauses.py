"""The trigger stage on events told in subordinate clauses and on clauses that only set the scene:
participles on words that name no event, participles of speech, relative clauses whose own actor acts
on their noun, threats whose subject is a thing, phrases under "without", and phrasal verbs. Every
sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of, kept_triggers

from newsevents.coding import scene, stance, triggers
from newsevents.pipeline import Pipeline


def _kept(pipeline: Pipeline, text: str) -> dict[str, str]:
    return {word: code for word, code, _steps in kept_triggers(pipeline, text)}


def test_a_participle_on_a_word_that_names_no_event_is_the_event(pipeline: Pipeline) -> None:
    # signing a decree is no event: what the decree does is
    found = _kept(pipeline, "Moscow signed a decree on Saturday imposing new sanctions on Tbilisi.")
    assert found.get("imposing") == "163"


def test_a_participle_on_a_coded_event_still_elaborates_it(pipeline: Pipeline) -> None:
    found = _kept(pipeline, "Gunmen attacked a police station in Peru on Sunday, killing four officers.")
    assert "attacked" in found
    assert "killing" not in found


def test_a_participle_of_speech_that_threatens_is_an_event_of_its_own(pipeline: Pipeline) -> None:
    text = "Caracas ordered ten battalions to the frontier, warning that a similar raid would mean war."
    found = _kept(pipeline, text)
    assert found.get("warning", "")[:2] == "13"
    assert "ordered" in found


def test_a_participle_that_is_not_speech_still_elaborates(pipeline: Pipeline) -> None:
    text = "Lima expelled the Bolivian ambassador on Tuesday, giving him 72 hours to leave the country."
    assert "giving" not in _kept(pipeline, text)


def test_a_relative_clause_whose_named_actor_acts_on_its_noun_is_an_event(pipeline: Pipeline) -> None:
    found = _kept(pipeline, "The ruling casts doubt on the accord the United States signed with the rebels.")
    assert found.get("signed") == "057"
    text = "The envoy called for an independent inquiry, a demand the government has rejected."
    found = _kept(pipeline, text)
    assert found.get("rejected", "")[:2] == "12"


def test_a_relative_clause_with_a_pronoun_actor_only_elaborates(pipeline: Pipeline) -> None:
    found = _kept(pipeline, "Commandos freed the hostages, whom they had seized on the border road.")
    assert "seized" not in found


def test_a_threat_whose_subject_is_a_thing_is_the_speakers(pipeline: Pipeline) -> None:
    found = kept_triggers(pipeline, "Lima said on Monday that all options were on the table.")
    assert [(w, c) for w, c, _s in found] == [("said", "130")]
    assert stance.SPEAKER_STANCE in found[0][2]


def test_a_phrase_under_without_is_not_part_of_the_object(pipeline: Pipeline) -> None:
    found = _kept(pipeline, "The two sides ended the talks without a ceasefire deal.")
    assert all(code[:2] != "19" for code in found.values())


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Ethiopian officials brushed the proposal aside as a ploy.", "brushed", "120"),
        ("Bolivia turned down the invitation to the summit.", "turned", "120"),
        ("Baghdad moved back two armoured divisions from the frontier.", "moved", "0874"),
        ("Khartoum accepted the international force after weeks of pressure.", "accepted", "086"),
    ],
)
def test_phrasal_verbs_and_acceptance_of_a_force(pipeline: Pipeline, text: str, word: str, code: str) -> None:
    assert _kept(pipeline, text).get(word) == code


def test_the_rules_are_declared() -> None:
    assert scene.SPEECH_PARTICIPLE.startswith("select:")
    assert scene.NO_EVENT_ABOVE.startswith("select:")


def test_rebels_taking_a_city_is_conventional_force(pipeline: Pipeline) -> None:
    text = "GOMA, Jan 28 (Wire) - Congolese rebels seized the eastern city of Goma on Tuesday."
    events = by_trigger(events_of(pipeline, text, "2025-01-28"))
    assert [e.cameo for e in events.get("seized", [])] == ["192"]


def test_called_x_y_parsed_as_one_noun_phrase_is_still_a_judgement(pipeline: Pipeline) -> None:
    # the parser often takes "the raids aggression" for one phrase with "raids" as a modifier
    found = _kept(pipeline, "Tehran's foreign minister called the raids aggression on Friday.")
    assert found.get("called") == "111"


def test_a_verb_takes_the_object_patterns_of_its_model_verb(pipeline: Pipeline) -> None:
    found = kept_triggers(pipeline, "Nairobi dispatched food and medicine to the flooded province.")
    assert [(w, c) for w, c, _s in found] == [("dispatched", "073")]
    assert triggers.VERB_CLASS in found[0][2]


def test_every_verb_class_model_has_patterns(pipeline: Pipeline) -> None:
    from newsevents.coding import resources
    from newsevents.coding.lexicon import verb_models

    patterns = resources.patterns(())
    assert all(patterns.by_lemma(model, "verb") for model in verb_models().values())


@pytest.mark.parametrize(
    "text",
    [
        "Tehran's Revolutionary Guards seized 15 British sailors in the northern Gulf.",
        # soldiers, not militiamen: people a non-state armed party seizes are abducted (181, ne.passault.21)
        "Soldiers grabbed two aid workers outside the camp on Monday.",
    ],
)
def test_seizing_people_named_by_a_noun_is_an_arrest(pipeline: Pipeline, text: str) -> None:
    assert list(_kept(pipeline, text).values()) == ["173"]


def test_a_vote_is_no_event_by_itself(pipeline: Pipeline) -> None:
    found = _kept(pipeline, "The Security Council voted on Saturday to impose sanctions on Pyongyang.")
    assert "voted" not in found
    assert found.get("impose") == "163"


def test_a_visit_gives_way_to_what_it_was_made_for(pipeline: Pipeline) -> None:
    text = "Australian federal police arrived in Bali on Monday to help Indonesian investigators."
    found = kept_triggers(pipeline, text)
    assert [(w, c[:2]) for w, c, _s in found] == [("help", "07")]
    assert _kept(pipeline, "The Chilean foreign minister visited Lima on Monday.") == {"visited": "042"}


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Moscow and Kyiv carried out a prisoner swap on Friday.", "swap", "0841"),
        ("Nairobi imposed a travel ban on senior Somali officials.", "imposed", "163"),
    ],
)
def test_compound_event_nouns(pipeline: Pipeline, text: str, word: str, code: str) -> None:
    assert _kept(pipeline, text).get(word) == code


def test_a_participle_said_like_an_adjective_is_no_event(pipeline: Pipeline) -> None:
    found = _kept(pipeline, "Islamabad said it hoped the operation would be short and targeted.")
    assert "targeted" not in found
    assert "attacked" in _kept(pipeline, "The embassy was attacked by a mob on Friday.")
