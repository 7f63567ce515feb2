"""Arms control and proliferation reports (the pnuke probe set's error classes): treaties left in words
other than 'withdraw from' ('pulled out of', 'left', 'abandoned') and ratifications withdrawn or revoked
(161), nuclear devices exploded in tests (150, no bombing), monitoring cameras and seals removed (160, no
deportation), regret voiced over another's decision or step (111, no apology) and votes against a measure
(120) (verbs.curated.tsv ne.pnuke.*). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline

Found = list[Coded]


def _found(pipeline: Pipeline, text: str) -> Found:
    return coded(pipeline, text, "2019-05-08")


@pytest.mark.parametrize(("text", "found"), [
    # a treaty, pact or deal left: the parser reads 'out' as a preposition holding 'of'
    ("Kenya pulled out of the border pact with Uganda on Monday.", [("161", "KEN", "UGA")]),
    ("Peru pulled out of the fishing deal with Ecuador on Monday.", [("161", "PER", "ECU")]),
    ("Peru left the fisheries accord with Chile on Monday.", [("161", "PER", "CHL")]),
    ("Chad abandoned the peace agreement with Sudan on Monday.", [("161", "TCD", "SDN")]),
    # a ratification withdrawn, revoked or rescinded undoes one's part in a treaty
    ("Russia withdrew its ratification of the treaty on Monday.", [("161", "RUS", None)]),
    ("Belarus revoked its ratification of the test ban on Monday.", [("161", "BLR", None)]),
    # troops pulling out of a town stay a military retreat
    ("Russian troops pulled out of Kherson on Friday.", [("0874", "RUS", "RUS")]),
])  # fmt: skip
def test_treaty_left(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a nuclear device exploded or set off: a test, a show of force, not a bombing
    ("India exploded a nuclear device in the desert on Monday.", [("150", "IND", "IND")]),
    ("Pakistan set off a nuclear device in the hills on Monday.", [("150", "PAK", "PAK")]),
    # cameras and seals of inspectors removed: cooperation reduced, no deportation
    ("Sudan removed the monitoring cameras on Monday.", [("160", "SDN", None)]),
    ("Syria removed the seals on Monday.", [("160", "SYR", None)]),
    # regret voiced over another's decision or step: disapproval
    ("Chile voiced regret over Peru's decision on Monday.", [("111", "CHL", "PER")]),
    ("Japan voiced regret at the step on Monday.", [("111", "JPN", None)]),
    # a vote against a measure rejects it
    ("Spain voted against the resolution on Monday.", [("120", "ESP", None)]),
])  # fmt: skip
def test_tests_cameras_regret_votes(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # an inquiry, a bill or a deal killed is no assault; information withheld is no coercion
    ("Mexico accused Chile of killing the investigation.", [("112", "MEX", "CHL")]),
    ("Senators from Peru killed the bill on Monday.", []),
    ("Egypt criticised Washington for withholding the information.", [("111", "EGY", "USA")]),
    # an inquiry ruled out is refused
    ("Pakistan ruled out any inquiry on Monday.", [("120", "PAK", None)]),
    # blame nouns and adjectives of a judgement
    ("Australia called the test an act of stupidity.", [("111", "AUS", None)]),
    ("Canada called the decision deeply unfortunate.", [("111", "CAN", None)]),
])  # fmt: skip
def test_no_force_and_blame(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a price paid for an act named by a gerund: the speaker's threat against the payer
    ("Iran's army chief warned that Canada would pay a heavy price for leading the effort.",
     [("130", "IRN", "CAN")]),
    ("Cuba warned that Chile would pay a due price for backing the plan.", [("130", "CUB", "CHL")]),
])  # fmt: skip
def test_price_for_an_act(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a plan or proposal examined is a policy option considered, no inquiry
    ("Chile is examining a proposal from Peru.", [("014", "CHL", "PER")]),
    ("Ghana said it was examining a plan to close the border with Togo.", [("014", "GHA", "TGO")]),
])  # fmt: skip
def test_plan_examined(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # blame told as a passive participle the parser makes the clause verb (coding/blamed_passive.py)
    ("Belarus said the hearing had been politicised from the outset.", [("111", "BLR", None)]),
    ("Serbia said the report was fabricated.", [("111", "SRB", None)]),
    # negated, or the speaker's own pronoun: no blame
    ("Serbia said the report was not fabricated.", []),
    ("Serbia said it had been politicised.", []),
])  # fmt: skip
def test_blamed_passive(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


def test_passive_act_is_no_blame(pipeline: Pipeline) -> None:
    # a verb whose lemma only is a noun of blame tells an act, not a judgement
    found = _found(pipeline, "Serbia said dozens of villagers were massacred in the town.")
    assert all(code != "111" for code, _, _ in found)


@pytest.mark.parametrize(("text", "found"), [
    # a party said to be in breach or violation of something is accused (coding/breach_claim.py)
    ("Ottawa said Lima was in clear violation of the fisheries accord.", [("112", "CAN", "PER")]),
    ("Ottawa said Lima was not in violation of the fisheries accord.", []),
    # what a party notifies another of is reported (data/modality.tsv notify, inform)
    ("Canada notified the council that Peru was in breach of its commitments.", [("112", "CAN", "PER")]),
])  # fmt: skip
def test_breach_claims(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found
