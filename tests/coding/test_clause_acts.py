"""Acts lost to the clause around them (issue 10, helper errdrop): a time clause whose pronoun has one
antecedent once the dateline is set aside, a dated relative clause by a group, a reduced relative the parser
hung on a noun, a demand told as a participle on a statement, a message that declares, and two acts of one
root by two kinds of unit (coding/clause_acts.py, coding/scene.py, coding/coordinated.py)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.coding import clause_acts, coordinated
from newsevents.coding.rules import RULES
from newsevents.pipeline import Pipeline


def _by_trigger(pipeline: Pipeline, text: str, published: str = "2020-03-02") -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for e in events_of(pipeline, text, published):
        target = e.target.country if e.target else None
        found.setdefault(e.evidence.trigger, []).append(f"{e.cameo} {e.source.country}->{target} {e.date}")
    return found


def test_dateline_place_is_no_second_antecedent(pipeline: Pipeline) -> None:
    # the parser makes the dateline's city a second subject of "raised": the pronoun still has one party
    text = (
        "NEW DELHI, March 2 (Wire) - India raised import duties on all goods from Nepal to 90 percent on "
        "Monday, a day after it withdrew the trade status it had given its neighbour."
    )
    assert _by_trigger(pipeline, text).get("withdrew") == ["163 IND->NPL 2020-03-01"]


def test_dated_relative_clause_by_a_group_is_an_act(pipeline: Pipeline) -> None:
    text = (
        "BOGOTA, May 4 (Wire) - Rebels were holding forty hostages on Thursday at the Swiss consulate in "
        "Cali, which they stormed during a garden party late on Wednesday."
    )
    assert "stormed" in _by_trigger(pipeline, text, "2020-05-04")


@pytest.mark.parametrize(
    "clause",
    [
        "which they had stormed during a garden party",  # no day of its own: describes the consulate
        "which they stormed during a garden party in 1998",  # years before the report: background
    ],
)
def test_undated_or_old_relative_clause_stays_background(pipeline: Pipeline, clause: str) -> None:
    text = f"BOGOTA, May 4 (Wire) - Rebels were holding forty hostages on Thursday at a consulate, {clause}."
    assert "stormed" not in _by_trigger(pipeline, text, "2020-05-04")


def _reduced(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)


# "claims Tokyo dismissed" / "claims that Tokyo dismissed" / "claims Tokyo dismissed them", hand-parsed as
# the small model parses such a clause: its verb a ccomp of the noun
_WORDS = ["claims", "that", "Tokyo", "dismissed", "them"]
_CASES = {
    "bare": ([0, 2, 0], ["ROOT", "nsubj", "ccomp"], ["NNS", "NNP", "VBD"], ["NOUN", "PROPN", "VERB"], True),
    "that": (
        [0, 3, 3, 0],
        ["ROOT", "mark", "nsubj", "ccomp"],
        ["NNS", "IN", "NNP", "VBD"],
        ["NOUN", "SCONJ", "PROPN", "VERB"],
        False,
    ),
    "object": (
        [0, 2, 0, 2],
        ["ROOT", "nsubj", "ccomp", "dobj"],
        ["NNS", "NNP", "VBD", "PRP"],
        ["NOUN", "PROPN", "VERB", "PRON"],
        False,
    ),
}


@pytest.mark.parametrize("case", sorted(_CASES))
def test_reduced_relative_on_a_noun(case: str) -> None:
    heads, deps, tags, pos, expected = _CASES[case]
    words = [w for w in _WORDS if case == "that" or w != "that"]
    words = words if case == "object" else [w for w in words if w != "them"]
    doc = _reduced(words, heads, deps, tags, pos)
    verb = next(t for t in doc if t.dep_ == "ccomp")
    assert clause_acts.reduced_relative_act(verb, {verb.i}) is expected


def test_demand_on_a_statement_is_a_second_statement(pipeline: Pipeline) -> None:
    text = "The Security Council condemned the raid on Monday, demanding that Rwanda withdraw its troops."
    assert _by_trigger(pipeline, text).get("demanding") == ["100 None->RWA 2020-03-02"]


def test_what_a_march_demands_is_its_aim(pipeline: Pipeline) -> None:
    text = "Thousands of students marched through Dhaka on Monday, demanding that the minister resign."
    assert "demanding" not in _by_trigger(pipeline, text)


def test_statement_declaring_a_withdrawal(pipeline: Pipeline) -> None:
    text = "The government of Malawi issued a statement on Friday declaring its withdrawal from the pact."
    assert "withdrawal" in _by_trigger(pipeline, text)


def test_two_kinds_of_unit_are_two_acts(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 2 (Wire) - Ecuadorean troops crossed the border on Sunday, and Ecuadorean jets bombed a "
        "Peruvian army post near Tumbes."
    )
    found = _by_trigger(pipeline, text)
    assert "crossed" in found and "bombed" in found


def test_one_unit_with_two_verbs_stays_one_act(pipeline: Pipeline) -> None:
    text = "LIMA, March 2 (Wire) - Ecuadorean troops crossed the border on Sunday and bombed a Peruvian post."
    assert len([e for e in events_of(pipeline, text, "2020-03-02") if e.root == "19"]) == 1


def test_speakers_participle_is_their_statement(pipeline: Pipeline) -> None:
    text = (
        "Three Dutch diplomats were declared persona non grata in Iran on Monday, the Dutch embassy in "
        "Tehran said, calling the decision hostile and unfounded."
    )
    assert _by_trigger(pipeline, text).get("calling") == ["111 NLD->IRN 2020-03-02"]


def test_participle_does_not_give_way_to_another_subjects_conjunct(pipeline: Pipeline) -> None:
    text = (
        "The Italian envoy turned back at the airport on Monday, cancelling a visit to Minsk, and Rome "
        "condemned the Belarusian crackdown."
    )
    found = _by_trigger(pipeline, text)
    assert "cancelling" in found and "condemned" in found


def test_participle_gives_way_to_the_act_it_hangs_on(pipeline: Pipeline) -> None:
    text = "Belarusian police fired on the marchers in Minsk on Monday, wounding six, and detained dozens."
    assert "wounding" not in _by_trigger(pipeline, text)


def test_rules_are_catalogued() -> None:
    for step in (
        clause_acts.SPEAKER_PARTICIPLE,
        clause_acts.OWN_CLAUSE_CONJUNCT,
        clause_acts.DATED_RELATIVE_ACT,
        clause_acts.REDUCED_RELATIVE_ACT,
        clause_acts.DEMAND_ON_STATEMENT,
        coordinated.SEPARATE_UNITS,
    ):
        assert step in RULES
