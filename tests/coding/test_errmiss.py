"""Gold events the coder missed entirely (issue 10, eleventh session, helper errmiss): a parse that hangs
the main verb on its subject, refusals told as a future negated act, judgements whose word of blame is
a negated adjective or an act "on" something. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.subject_root import infinitive_conjuncts, subject_roots
from newsevents.pipeline import Pipeline

PUBLISHED = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway, which hosted the last round of talks in March, offered to mediate between Sri Lanka "
            "and the rebels.",
            ("039", "NOR"),
        ),
        (
            "Ghana, which chairs the regional bloc this year, called on Togo to free the detained reporters.",
            ("02", "GHA"),
        ),
    ],
)
def test_main_verb_after_relative_clause(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    """The verb after the comma that closes a relative clause is the subject's act, not a set-aside
    background clause."""
    events = coded(pipeline, text, PUBLISHED)
    assert any(c.startswith(expected[0]) and s == expected[1] for c, s, _ in events), events


def test_subject_root_mends_the_tree(pipeline: Pipeline) -> None:
    """The noun is the verb's subject and the verb the root; a verb with its own subject is left alone."""
    doc = pipeline.nlp(
        "Norway, which hosted the last round of talks in March, offered to mediate between Sri Lanka "
        "and the rebels."
    )
    assert subject_roots(doc) == 1
    offered, norway = (next(t for t in doc if t.text == w) for w in ("offered", "Norway"))
    assert (offered.dep_, norway.dep_, norway.head.i) == ("ROOT", "nsubj", offered.i)
    plain = pipeline.nlp("The talks, which began in May, ended when the envoys left.")
    assert subject_roots(plain) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary said it would never accept the result of the vote in Serbia.", [("120", "HUN")]),
        ("Portugal will not back the bids of Spain and Italy.", [("120", "PRT")]),
        ("Portugal said it could not accept any interference by Spain in its affairs.", [("120", "PRT")]),
        # another's measures refused (refuse helper): a cap, sanctions
        ("Portugal said it would not accept the ceiling on fish catches set by Spain.", [("120", "PRT")]),
        ("Portugal said it would never accept the new sanctions.", [("120", "PRT")]),
        # a person or an evil refused is a stance, and consent given is no refusal
        ("Portugal said it would never accept violence.", []),
        ("Portugal said it would not accept a president chosen abroad.", []),
        ("Portugal backed the bids of Spain and Italy.", []),
    ],
)
def test_refused_consent(pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    """A verb of consent with a thing to consent to, in a negated future or ability, is a rejection."""
    events = coded(pipeline, text, PUBLISHED)
    assert [(c, s) for c, s, _ in events if c.startswith("12")] == expected, events


def test_refused_consent_to_a_clause_targets_its_parties(pipeline: Pipeline) -> None:
    """ "would not approve X and Y joining": the rejection is aimed at X and at Y."""
    text = "Portugal said on Monday that it would not approve Spain and Italy joining the pact."
    rejections = sorted((c, s, t) for c, s, t in coded(pipeline, text, PUBLISHED) if c.startswith("12"))
    assert rejections == [("120", "PRT", "ESP"), ("120", "PRT", "ITA")]


@pytest.mark.parametrize(
    "text",
    [
        "Spain's government called the Moroccan offer a tactic to gain time.",
        "Madrid said the Moroccan resolution was politically motivated.",
        "Madrid called the Moroccan blockade unhelpful.",
        "Madrid called the Moroccan raid an unauthorised action.",
    ],
)
def test_words_of_blame(pipeline: Pipeline, text: str) -> None:
    """Blame words wires put in a speaker's mouth: a tactic, motivated, unhelpful, unauthorised."""
    events = coded(pipeline, text, PUBLISHED)
    assert [(c, s) for c, s, _ in events] == [("111", "ESP")], events


def test_dated_visit_on_the_subject(pipeline: Pipeline) -> None:
    """ "X, visiting Lima on Friday, pledged ...": the dated visit is an event of its own beside the
    pledge; undated, the participle only sets the scene."""
    dated = "Chile's foreign minister, visiting Lima on Friday, pledged help for Peru's flood victims."
    visits = [(c, s, t) for c, s, t in coded(pipeline, dated, PUBLISHED) if c.startswith("04")]
    assert visits == [("042", "CHL", "PER")]
    undated = "Chile's foreign minister, visiting Lima, pledged help for Peru's flood victims."
    assert not [c for c, _, _ in coded(pipeline, undated, PUBLISHED) if c.startswith("04")]


def test_verb_after_infinitive(pipeline: Pipeline) -> None:
    """ "called on X to do A and offered B": the offer is the caller's, beside the appeal, not part of what
    X was asked to do."""
    text = "Ghana called on Togo to free the detained reporters and offered to mediate."
    doc = pipeline.nlp(text)
    assert infinitive_conjuncts(doc) == 1
    offered, called = (next(t for t in doc if t.text == w) for w in ("offered", "called"))
    assert (offered.dep_, offered.head.i) == ("conj", called.i)
    events = coded(pipeline, text, PUBLISHED)
    assert [(c[:2], s) for c, s, _ in events] == [("02", "GHA"), ("03", "GHA")], events
    plain = pipeline.nlp("Ghana asked Togo to free the reporters and to let them go home.")
    assert infinitive_conjuncts(plain) == 0
