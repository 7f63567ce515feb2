"""A pair phrase ("the two sides", "both countries", "the two leaders") is the two parties of the last
meeting, agreement or fight told before it (coding/pair_events.py notes them, actors/event_sides.py reads
them), not whichever two states were named last; two named together in its own sentence still win, and
the party that speaks to the pair is none of it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from coding_helpers import coded
from spacy.tokens import Doc

from newsevents.actors import pairs
from newsevents.actors.event_sides import PairEvent
from newsevents.pipeline import Pipeline

DAY = dt.date(2021, 3, 10)


def _coded_doc(pipeline: Pipeline, text: str) -> Doc:
    """``text`` run through every stage (the arguments stage notes the pairs of its events)."""
    doc = pipeline.nlp(text)
    doc._.ne_article = "t"
    doc._.ne_published = DAY
    for _name, stage in pipeline.stages.pipeline:
        doc = stage(doc)
    return doc


def _pair_of(doc: Doc, word: str, nth: int = 0) -> set[str | None]:
    """The countries of the pair the phrase headed by the ``nth`` ``word`` reads as."""
    head = [t for t in doc if t.text == word][nth]
    actors = doc._.ne_actors
    return {a.country for a in pairs.pair(actors, head, actors.phrase_tokens(head), DAY)}


def test_the_sides_of_a_fight_and_not_a_critic_named_since(pipeline: Pipeline) -> None:
    doc = _coded_doc(
        pipeline,
        "Peruvian troops clashed with Ecuadorean soldiers on the border on Monday. Chile condemned the "
        "fighting on Tuesday. The two countries agreed to a ceasefire on Wednesday.",
    )
    assert _pair_of(doc, "countries") == {"PER", "ECU"}


def test_the_fights_pair_in_the_events_coded(pipeline: Pipeline) -> None:
    text = (
        "Peruvian troops clashed with Ecuadorean soldiers on the border on Monday. Chile condemned the "
        "fighting on Tuesday. The two countries agreed to a ceasefire on Wednesday."
    )
    truce = [(s, t) for code, s, t in coded(pipeline, text, "2021-03-10") if code.startswith("08")]
    assert truce and all({s, t} == {"PER", "ECU"} for s, t in truce), truce


def test_two_named_in_the_phrases_own_sentence_win(pipeline: Pipeline) -> None:
    doc = _coded_doc(
        pipeline,
        "Peruvian troops clashed with Ecuadorean soldiers on the border on Monday. On Tuesday Brazil and "
        "Argentina said the two countries would send observers.",
    )
    assert _pair_of(doc, "countries") == {"BRA", "ARG"}


def test_the_speaker_is_no_side_of_the_last_fight(pipeline: Pipeline) -> None:
    doc = _coded_doc(
        pipeline,
        "Peruvian troops clashed with Ecuadorean soldiers on Monday. Bolivian police fought Chilean troops "
        "near the border on Tuesday. Chile urged both sides to hold their fire.",
    )
    assert _pair_of(doc, "sides") == {"PER", "ECU"}


def test_a_mediator_notes_no_pair(pipeline: Pipeline) -> None:
    doc = _coded_doc(pipeline, "Norway mediated between Colombia and the rebels in Havana on Monday.")
    noted: list[PairEvent] = doc._.ne_sides
    assert all("NOR" not in {a.country for a in e.sides} for e in noted), noted


def test_no_note_without_the_arguments_stage(pipeline: Pipeline) -> None:
    # (the actors stage alone: the named mentions decide, as before)
    doc = pipeline.nlp("Peru and Ecuador met in Lima on Monday. The two sides agreed to reopen the border.")
    doc._.ne_article = "t"
    doc._.ne_published = DAY
    doc = pipeline.stages.get_pipe("newsevents_actors")(doc)
    assert doc._.ne_sides is None
    assert _pair_of(doc, "sides") == {"PER", "ECU"}
