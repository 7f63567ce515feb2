"""A diplomatic post one state orders another to close or cut is the orderer's measure, aimed at the state
told (coding/ordered_cut.py); the rows of the pcyber block code posts shut or cut in staff, agreements
terminated and envoys asked to leave. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.judged_claim import judged_claim_words
from newsevents.coding.ordered_cut import ordered_cut_words
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state told is the infinitive's subject in the parse, but the measure is the teller's
        (
            "Norway ordered Belarus on Monday to close its consulate in Bergen.",
            ("161", "NOR", "BLR"),
        ),
        (
            "Kenya told Uganda on Tuesday to halve the staff at its High Commission.",
            ("161", "KEN", "UGA"),
        ),
        # a commanding verb coordinated with another act takes that act's subject
        (
            "Chile suspended visa services for Bolivians on Friday and told La Paz to reduce its diplomatic "
            "presence in the country.",
            ("161", "CHL", "BOL"),
        ),
    ],
)
def test_an_ordered_cut_is_the_orderers_measure(
    pipeline: Pipeline, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in coded(pipeline, text, "2021-03-10")


def test_an_appeal_to_cut_stays_an_appeal(pipeline: Pipeline) -> None:
    # "urged" leaves the choice with the state addressed: no measure of the one who urged
    text = "Kenya urged Uganda on Tuesday to halve the staff at its High Commission."
    found = coded(pipeline, text, "2021-03-10")
    assert ("161", "KEN", "UGA") not in found


def test_a_passive_order_names_no_orderer(pipeline: Pipeline) -> None:
    text = "Uganda was told on Tuesday to halve the staff at its High Commission."
    found = coded(pipeline, text, "2021-03-10")
    assert not any(c[0] == "161" and c[1] == "KEN" for c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post shut, a mission halved, a pact terminated, an envoy asked to leave
        ("Hungary shut the Ukrainian consulate in Debrecen on Monday.", ("161", "HUN", "UKR")),
        ("Ghana halved the staff of the Nigerian High Commission on Monday.", ("161", "GHA", "NGA")),
        (
            "Peru terminated its intelligence-sharing agreement with Ecuador on Thursday.",
            ("161", "PER", "ECU"),
        ),
        ("Austria asked the Iranian ambassador to leave on Thursday.", ("161", "AUT", "IRN")),
        ("Austria asked the Iranian attache to leave the country on Thursday.", ("174", "AUT", "IRN")),
        # regret at measures another state took is disapproval, not an apology
        ("Iran expressed regret at the Austrian measures on Friday.", ("111", "IRN", "AUT")),
    ],
)
def test_pcyber_rows(pipeline: Pipeline, text: str, expected: tuple[str, ...]) -> None:
    assert expected in coded(pipeline, text, "2021-03-10")


def test_the_words_are_read_from_the_data_file() -> None:
    words = ordered_cut_words()
    assert "order" in words.ordering_verbs and "urge" not in words.ordering_verbs
    assert words.code_prefixes == frozenset({"16"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle criticising another party's claim is a criticism of its own, beside the act
        ("Ghana expelled a Togolese envoy on Tuesday, calling Lome's claim absurd.", ("111", "GHA", "TGO")),
        ("Chad recalled its ambassador on Friday, calling the accusation baseless.", ("111", "TCD", None)),
    ],
)
def test_a_participle_judging_a_claim_is_kept(
    pipeline: Pipeline, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in coded(pipeline, text, "2021-03-10")


def test_a_participle_judging_the_actors_own_decision_is_folded(pipeline: Pipeline) -> None:
    text = "Ghana expelled a Togolese envoy on Tuesday, calling its decision regrettable."
    found = coded(pipeline, text, "2021-03-10")
    assert [c[0][:2] for c in found] == ["16"]


def test_the_judged_claim_words_are_read_from_the_data_file() -> None:
    words = judged_claim_words()
    assert "call" in words.judging_verbs and "claim" in words.claim_nouns and "its" in words.own_possessives


def test_a_participle_restating_a_denial_is_folded(pipeline: Pipeline) -> None:
    # the participle judges the very claim the main verb denies: one denial, no criticism beside it
    text = "Bolivia rejected the Peruvian charges on Tuesday, calling the accusation absurd."
    assert [c[0][:2] for c in coded(pipeline, text, "2021-03-10")] == ["01"]


def test_a_participle_below_a_denial_is_folded(pipeline: Pipeline) -> None:
    # the parser hangs the participle on the denied clause's verb: still the denial restated
    text = "Chile denied on Monday that its navy had fired on Peruvian boats, calling the accusation absurd."
    assert [c[0][:2] for c in coded(pipeline, text, "2021-03-10")] == ["01"]
