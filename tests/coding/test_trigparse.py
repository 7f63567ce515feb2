"""Events lost to the parse or to an agentless passive (issue 10, helper trigparse): a pronoun object that
stands for the object of the verb it is coordinated with (coding/pronoun_object.py), a verb after ", then"
left as a bare dependent (coding/then_conjunct.py, run by coding/reattach.py), and forces with no country
word moved in an agentless passive, whose owner is the state that reports it or the state subject of the
clause it is coordinated with (coding/forces_owner.py, read by coding/posture.py and coding/withdrawn.py).
Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, coded_with_roles

from newsevents import nlp
from newsevents.coding.passive_tag import passive_tags
from newsevents.coding.pronoun_object import pronoun_antecedent
from newsevents.coding.reattach import _transitive_verbs, reduced_relative
from newsevents.coding.then_conjunct import then_conjuncts
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        ("Police imposed a curfew in Lima on Friday but lifted it on Sunday.", "lifted", "curfew"),
        ("Chile imposed sanctions on Bolivia in 2019 and lifted them in 2021.", "lifted", "sanctions"),
    ],
)
def test_pronoun_object_stands_for_the_first_verbs_object(text: str, verb: str, noun: str) -> None:
    doc = nlp.load()(text)
    tok = next(t for t in doc if t.text == verb)
    found = pronoun_antecedent(tok)
    assert found is not None and found.text == noun


def test_a_pronoun_of_a_clause_with_its_own_subject_is_left_alone() -> None:
    """ "the army imposed a curfew, and the government lifted it": a clause with a subject of its own is
    left to its own words (its "it" may be the first clause's act), as the rule's docstring says."""
    doc = nlp.load()("The army imposed a curfew on Friday, and the new government lifted it on Sunday.")
    tok = next(t for t in doc if t.text == "lifted")
    assert pronoun_antecedent(tok) is None


def test_a_person_pronoun_is_left_alone() -> None:
    doc = nlp.load()("Police arrested the mayor on Friday but released him on Sunday.")
    tok = next(t for t in doc if t.text == "released")
    assert pronoun_antecedent(tok) is None


@pytest.mark.parametrize(
    "text",
    [
        "Peru massed troops near the border with Ecuador in May, then pulled them back in June.",
        "Syria masses tanks close to the Turkish frontier in March, then pulls them back.",
    ],
)
def test_a_verb_after_then_becomes_the_conjunct(text: str) -> None:
    doc = nlp.load()(text)
    verb = next(t for t in doc if t.lemma_ == "pull")
    assert verb.dep_ != "conj"  # (the pinned model's misreading, which the mend is for)
    assert then_conjuncts(doc) == 1
    assert verb.dep_ == "conj"


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "lifted-it",
            "LIMA, March 8 (Wire) - Peruvian police imposed a curfew in the capital on Friday but lifted it "
            "on Sunday after the protests ended.",
            (("08", "PER", "PER"),),
        ),
        DyadCase(
            "then-pulled-them-back",
            "LIMA, March 8 (Wire) - Peru massed troops near the border with Ecuador in May, then pulled "
            "them back in June.",
            (("15", "PER", "ECU"), ("08", "PER", "ECU")),
        ),
    ],
    ids=lambda c: c.name,
)
def test_events_the_parse_hid(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Peru said three brigades were moved to the southern frontier on Sunday.", "154"),
        (
            "Israeli officials said they were ready, and three brigades were moved to the southern "
            "frontier on Sunday.",
            "154",
        ),
        ("Peru said on Monday that two brigades had been pulled back from the border.", "0874"),
    ],
)
def test_unnamed_forces_are_the_reporting_states(pipeline: Pipeline, text: str, code: str) -> None:
    events = coded_with_roles(pipeline, text, "2021-03-10")
    moved = [e for e in events if e[0] == code]
    assert moved and moved[0][1] in ("PER", "ISR") and moved[0][2] == "GOV", events


def test_unnamed_forces_with_no_state_in_the_sentence_make_no_event(pipeline: Pipeline) -> None:
    """ "a spokesman said": nobody's forces are named; no source is guessed."""
    text = "Three brigades were moved to the southern frontier on Sunday, a spokesman said."
    events = coded_with_roles(pipeline, text, "2021-03-10")
    assert not [e for e in events if e[0] == "154"], events


def test_a_participle_with_a_bare_date_is_a_reduced_relative() -> None:
    """ "soldiers captured last week were handed over": the parser reads "captured" as the root, with the
    handing over its conjunct; the date makes the participle a phrase of its own (coding/reattach.py), so
    the soldiers are the ones handed over."""
    doc = nlp.load()("Two Peruvian soldiers captured last week were handed over to Peruvian envoys.")
    assert reduced_relative(doc) == 1
    soldiers = next(t for t in doc if t.text == "soldiers")
    assert (soldiers.dep_, soldiers.head.text) == ("nsubjpass", "handed")
    assert next(t for t in doc if t.text == "handed").dep_ == "ROOT"
    assert doc[-1].head.text == "handed"  # (the stop goes with the root)


@pytest.mark.parametrize(
    ("text", "verb", "mended"),
    [
        ("The fishermen were driven to the border and handed over to their consul on Monday.", "handed", 1),
        # (a state before it: "called" is the ministry's own verb)
        ("The ministry was surprised and called on Lima to explain the raid.", "called", 0),
        # (a verb with its own object is active)
        ("The patrol was ambushed and returned fire.", "returned", 0),
    ],
)
def test_a_past_tense_after_a_passive_is_its_second_participle(text: str, verb: str, mended: int) -> None:
    doc = nlp.load()(text)
    tok = next(t for t in doc if t.text == verb)
    assert tok.tag_ == "VBD"  # (the pinned model's misreading, which the mend is for)
    assert passive_tags(doc, _transitive_verbs()) == mended
    assert tok.tag_ == ("VBN" if mended else "VBD")


def test_a_car_bomb_driven_in_and_detonated_is_an_attack(pipeline: Pipeline) -> None:
    """ "was driven into the base and detonated": the detonation shares the passive's subject and is an
    attack with nobody named, placed in the dateline's country (coding/passive_tag.py)."""
    text = (
        "MOSUL, Iraq, March 8 (Wire) - A truck packed with explosives was driven into the police base in "
        "Mosul and detonated on Monday, killing nine officers."
    )
    assert [e for e in coded_with_roles(pipeline, text, "2021-03-10") if e[0].startswith("18")]
