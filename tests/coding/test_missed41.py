"""Triggers missed entirely (issue 10, forty-first round): an invasion, an occupation or a red line named
as the verdict of a judgement, "amounted to" a word of blame, a signing beside the call its declaration
makes, and the `missed41` rows of verbs.curated.tsv (orders and suspensions). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

DAY = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's president called the Chilean deployment an invasion.", ("111", "PER", "CHL")),
        ("Turkey's president called the Greek decision a red line.", ("111", "TUR", "GRC")),
        ("Georgia said Russia's moves amounted to aggression.", ("111", "GEO", "RUS")),
    ],
)
def test_a_verdict_of_blame_is_criticism(pipeline: Pipeline, text: str, expected: tuple[str, ...]) -> None:
    assert expected in coded(pipeline, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Peru called for an end to the Chilean occupation.",
        "Peru said the vote was held under the Chilean occupation.",
    ],
)
def test_an_occupation_that_is_no_verdict_blames_nobody(pipeline: Pipeline, text: str) -> None:
    # the occupation is the thing asked about or the scene of the vote, not a judgement of an act
    assert not any(c[0] == "111" for c in coded(pipeline, text, DAY))


def test_a_signed_declaration_is_a_signing_beside_its_call(pipeline: Pipeline) -> None:
    text = "The presidents of Peru and Chile signed a joint declaration calling for peace."
    found = coded(pipeline, text, DAY)
    assert ("057", "PER", "CHL") in found
    assert any(c[0] == "027" for c in found)


def test_an_issued_statement_stays_its_content_alone(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Peru issued a statement calling for peace with Chile.", DAY)
    assert [c[0] for c in found] == ["027"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia's president ordered paramilitary forces into the town.", ("154", "BOL", "BOL")),
        ("Nepal's king ordered the army to take on the Maoist rebels.", ("154", "NPL", "NPL")),
        ("Chile ordered new restrictions on travel from Peru.", ("1721", "CHL", "PER")),
        ("Russia ordered the American embassy to cut its staff.", ("161", "RUS", "USA")),
        ("Haiti's government suspended the rise in fuel prices.", ("0832", "HTI", "HTI")),
    ],
)
def test_the_missed_act_is_coded(pipeline: Pipeline, text: str, expected: tuple[str, ...]) -> None:
    assert expected in coded(pipeline, text, DAY)


def test_suspended_transactions_are_an_embargo(pipeline: Pipeline) -> None:
    text = "ECOWAS decided to suspend all commercial and financial transactions with Niger."
    found = coded(pipeline, text, DAY)
    assert any(c[0] == "163" and c[2] == "NER" for c in found)


def test_forces_ordered_back_keep_their_retreat(pipeline: Pipeline) -> None:
    # the forces row is no mobilisation when the order is a withdrawal (ne.order.pc4)
    found = coded(pipeline, "Ecuador ordered its forces to withdraw from the border with Colombia.", DAY)
    assert not any(c[0] == "154" for c in found)


def test_a_verdict_noun_naming_its_doer_is_the_act(pipeline: Pipeline) -> None:
    # "a Chilean invasion" names who invaded: the act (192), no verdict on the raid
    found = coded(pipeline, "Peru's president called the raid a Chilean invasion.", DAY)
    assert ("192", "CHL", "PER") in found
    assert not any(c[0] == "111" for c in found)


def test_disgusting_is_a_word_of_blame(pipeline: Pipeline) -> None:
    text = "Peru removed the Chilean monument on Monday. Chile's minister called the removal disgusting."
    assert ("111", "CHL", "PER") in coded(pipeline, text, DAY)
