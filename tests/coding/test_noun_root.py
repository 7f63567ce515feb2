"""A sentence headed by a noun whose verb the parser hung on a noun (coding/noun_root.py), and an order's
small clause whose participle was read as an adjective or a noun (coding/ordered_participle.py), both
called by coding/reattach.py, on sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _found(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (e.cameo, e.source.code, e.target.code if e.target else None, e.evidence.trigger)
        for e in events_of(pipeline, text, "2015-06-10")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb after a relative clause on the subject, tagged as a participle of the subject
        (
            "Brazil, which hosted the last round, called on Bolivia to free the reporters.",
            ("020", "BRAGOV", "BOLGOV", "called"),
        ),
        # the verb after an apposition, read as a participle of the subject: its infinitive is coded
        (
            "Uruguay's foreign minister, Ana Ruiz, offered on Monday to mediate between Chile and Peru.",
            ("039", "URYGOV", "CHLGOV", "mediate"),
        ),
        # a past tense read as the adjective of its object after a noun tagged as an adjective
        (
            "Peru's military seized power on Monday and detained the president.",
            ("173", "PERMIL", "PERGOV", "detained"),
        ),
        # the same, the phrase read as the apposition of a dateline city read as the subject of the verb
        # coordinated after it: the coordinated verb keeps the mended verb's subject
        (
            "KHARTOUM, Oct 25 - Sudan's military seized power on Monday and detained Abdalla Hamdok and "
            "other civilian leaders before dawn.",
            ("173", "SDNMIL", "SDNELI", "detained"),
        ),
        (
            "BAMAKO, Aug 18 - Mali's military seized power on Tuesday and detained the president.",
            ("173", "MLIMIL", "MLIGOV", "detained"),
        ),
        # an order's participle tagged as an adjective ("frozen") or a noun ("shut")
        (
            "A Kenyan judge ordered the assets of the Somali trader frozen.",
            ("163", "KENJUD", "SOM", "frozen"),
        ),
        ("Uganda's president ordered the Kenyan embassy shut.", ("161", "UGAGOV", "KENGOV", "shut")),
    ],
)
def test_a_verb_read_as_a_noun_modifier_is_coded(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in _found(pipeline, text)


def test_the_mended_verb_heads_the_sentence_with_its_subject(pipeline: Pipeline) -> None:
    doc = pipeline.stages.get_pipe("newsevents_reattach")(
        pipeline.nlp("Peru's military seized power on Monday and detained the president.")
    )
    seized = doc[3]
    assert (seized.dep_, seized.pos_) == ("ROOT", "VERB")
    assert {(c.text, c.dep_) for c in seized.children} >= {("military", "nsubj"), ("power", "dobj")}


@pytest.mark.parametrize(
    "text",
    [
        # a participle with its own agent is a reduced relative, not the sentence's verb
        "Hundreds of soldiers wounded by the shelling.",
        # a real participle before its noun stays an adjective
        "Those denied asylum will be deported.",
        # an ordered state that is no participle stays as it is
        "The court ordered the talks open to the press.",
    ],
)
def test_other_shapes_are_left_alone(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.nlp(text)
    before = [(t.dep_, t.head.i, t.tag_) for t in doc]
    pipeline.stages.get_pipe("newsevents_reattach")(doc)
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == before


def test_a_coordinated_subject_before_a_verb_read_as_an_adjective(pipeline: Pipeline) -> None:
    # (missed6: the first name hangs on the misread verb, the second closes the phrase before it: the
    # first is the subject, and the pair scramble their fighters side by side against a third party)
    text = (
        "TOKYO, May 3 (Wire) - Japan and South Korea scrambled fighter jets on Tuesday after Russian "
        "bombers flew over the sea."
    )
    found = _found(pipeline, text)
    assert ("150", "JPNMIL", "RUS", "scrambled") in found
    assert ("150", "KORMIL", "RUS", "scrambled") in found
