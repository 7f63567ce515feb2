"""Judgements whose judged thing sits outside the judging verb's own object (coding/judged_clause.py):
a judging verb in a relative clause judges the antecedent; an existential clause denying an act any
standing blames the act its "for" names; standing to act denied to a named party blames that party, but
denied to a pronoun (most often the speaker) judges nobody. Every sentence is invented (issue 10)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, kept_triggers

from newsevents.coding import judgement
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurds backed the referendum that Baghdad called unconstitutional.", ("111", "IRQ")),
        ("Armenia's shelling, which Baku called a provocation, went on.", ("111", "AZE")),
    ],
)
def test_a_judging_verb_in_a_relative_clause_judges_the_antecedent(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    judged = [(c, s) for c, s, _t in coded(pipeline, text, "2017-09-26") if c == "111"]
    assert judged == [expected]


def test_the_judged_antecedent_is_the_target(pipeline: Pipeline) -> None:
    text = "Armenia's shelling, which Baku called a provocation, went on."
    assert ("111", "AZE", "ARM") in coded(pipeline, text, "2008-08-09")


def test_the_relative_clause_verb_keeps_the_judgement_not_the_main_verb(pipeline: Pipeline) -> None:
    found = kept_triggers(pipeline, "Kurds backed the referendum that Baghdad called unconstitutional.")
    judged = [(w, c) for w, c, s in found if judgement.CALLED_JUDGEMENT in s]
    assert judged == [("called", "111")]


def test_a_participle_naming_a_thing_is_no_judgement(pipeline: Pipeline) -> None:
    # no subject of its own in the clause: a name, not a judge's word
    found = kept_triggers(pipeline, "Pakistan banned a group called the Defenders of Freedom.")
    assert not [w for w, _c, s in found if judgement.CALLED_JUDGEMENT in s]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quito said there was no legal basis for the Peruvian incursion.", ("111", "ECU", "PER")),
        ("Britain said there was no justification for the Thai coup.", ("111", "GBR", "THA")),
    ],
)
def test_no_standing_for_an_act_in_an_existential_clause_blames_it(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert coded(pipeline, text, "2014-05-23") == [expected]


def test_an_existential_clause_with_standing_is_no_judgement(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Britain said there was a legal basis for the Thai decree.", "2014-05-23") == []


def test_standing_denied_to_a_named_party_blames_it(pipeline: Pipeline) -> None:
    text = "Caracas said Washington had no right to seize the tanker."
    assert coded(pipeline, text, "2020-05-23") == [("111", "VEN", "USA")]


def test_standing_denied_to_a_pronoun_judges_nobody(pipeline: Pipeline) -> None:
    # "it" is the speaker's own mandate: no criticism of another party
    text = "Peru's government said it had no mandate to intervene in Bolivia."
    assert coded(pipeline, text, "2020-05-23") == []


def test_naming_a_party_as_something_of_blame_criticises_it(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Peru's president named the rebels as terrorists.", "2020-05-23") == [
        ("111", "PER", "PER")
    ]


def test_naming_a_person_to_an_office_is_no_judgement(pipeline: Pipeline) -> None:
    found = kept_triggers(pipeline, "Canada named Ana Ruiz as its new envoy to Peru.")
    assert not [w for w, _c, s in found if judgement.CALLED_JUDGEMENT in s]
