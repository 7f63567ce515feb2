"""Recall of the roots unseen news gets least of (issue 10, weakroots): refusals told by a plain negation
("does not recognise the junta"). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import negated_refusal, own_purpose
from newsevents.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.cameo, e.modality, e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, "2012-03-05")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal does not recognise the interim rulers in Guinea-Bissau.", ("120", "PRT", "GNB")),
        ("Portugal said it did not recognise the military rulers of Guinea-Bissau.", ("120", "PRT", "GNB")),
        ("Argentina did not recognize the new government in Paraguay.", ("120", "ARG", "PRY")),
    ],
)
def test_withheld_recognition_is_a_rejection(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    # a rejection of the authorities (12), neither a denial of having recognised them (016) nor no event
    found = [(c, s, t) for c, _m, s, t in _coded(pipeline, text)]
    assert found == [expected]


def test_recognition_given_and_other_negations_keep_their_reading(pipeline: Pipeline) -> None:
    assert [c[0][:2] for c in _coded(pipeline, "Portugal recognised the new government of Angola.")] == ["05"]
    # a negated act that is no refusal did not happen: no event
    assert _coded(pipeline, "Portugal did not recall its ambassador from Angola.") == []


def test_refusal_verbs_load() -> None:
    words = negated_refusal.negated_refusal_words()
    assert {"recognise", "recognize", "accept"} <= words.refusal_verbs


@pytest.mark.parametrize(
    "text",
    [
        "BAMAKO - Chadian forces began leaving Gao on Monday.",
        "BAMAKO - The Chadian soldiers began going home on Monday.",
        "BAMAKO - The last Chadian paratroopers flew home on Thursday.",
        "BAMAKO - The Chadian troops headed home on Thursday.",
        "BAMAKO - The Chadian troops returned home on Thursday.",
    ],
)
def test_forces_leaving_or_going_home_withdraw(pipeline: Pipeline, text: str) -> None:
    # a withdrawal of the forces' state (0874) from the country they leave
    assert [(c, s) for c, _m, s, _t in _coded(pipeline, text)] == [("0874", "TCD")]


def test_people_going_home_and_forces_leaving_no_named_place_are_no_withdrawal(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "BAMAKO - The Chadian president flew home on Thursday.") == []
    assert _coded(pipeline, "BAMAKO - The Chadian delegation went home on Thursday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL - Kabul said it had made no commitment to free the Taliban detainees.", ("120", "AFG")),
        ("RABAT - Morocco said it had no intention of pulling its soldiers off the rock.", ("120", "MAR")),
        ("LIMA - Peru gave no commitment to lift the sanctions on Bolivia.", ("120", "PER")),
        # the light verb gives way to its event noun, which is refused with it
        ("PARIS - Paris has no intention of holding talks with the Corsican separatists.", ("120", "FRA")),
    ],
)
def test_a_denied_intention_refuses_the_act(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert [(c, s) for c, _m, s, _t in _coded(pipeline, text)] == [expected]


def test_an_intention_held_or_a_plan_not_made_is_no_refusal(pipeline: Pipeline) -> None:
    assert [
        c[0][:2] for c in _coded(pipeline, "LIMA - Peru has no plans to withdraw its troops from the border.")
    ] == []
    # an act of force denied is no refusal of anything: still no event
    assert _coded(pipeline, "LIMA - Peru said it had no intention of invading Ecuador.") == []


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - The Pentagon sent eight F-15 fighters to Estonia on Thursday.",
        "WASHINGTON - The Pentagon deployed four F-15 fighters to Estonia on Thursday.",
    ],
)
def test_fighters_sent_are_a_show_of_force(pipeline: Pipeline, text: str) -> None:
    assert [(c, s, t) for c, _m, s, t in _coded(pipeline, text)] == [("154", "USA", "EST")]


@pytest.mark.parametrize(
    "text",
    [
        "LA PAZ - The army chief ordered soldiers into the capital to back up the police.",
        "LA PAZ - The army chief ordered soldiers to the frontier to protect its citizens.",
    ],
)
def test_troops_sent_to_serve_their_own_state_are_deployed(pipeline: Pipeline, text: str) -> None:
    # the police or citizens helped are the sender's own: a deployment (15), not assistance (074)
    assert [(c[:2], s) for c, _m, s, _t in _coded(pipeline, text)] == [("15", "BOL")]


def test_troops_sent_to_help_another_stay_assistance(pipeline: Pipeline) -> None:
    found = _coded(pipeline, "KIGALI - Rwanda sent soldiers to Mozambique to protect the Malawian police.")
    assert [(c, s) for c, _m, s, _t in found] == [("074", "RWA")]


def test_own_purpose_words_load() -> None:
    words = own_purpose.own_purpose_words()
    assert {"citizen", "police"} <= words.own_nouns
    assert "police" in words.home_organs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NEW DELHI - Pakistan captured an Indian pilot on Wednesday. "
            "The pilot was handed over to the Indian authorities on Friday.",
            ("PAK", "IND"),
        ),
        (
            "CEUTA - Spanish troops detained six Moroccan gendarmes on the islet. "
            "The gendarmes were handed over to Moroccan officials hours later.",
            ("ESP", "MAR"),
        ),
        (
            # a participle coordinated with a passive verb shares its subject and auxiliary
            "MANILA - Chinese coastguards seized three Philippine fishermen near the shoal. "
            "The fishermen were taken to the port and handed over to Philippine officials on Friday.",
            ("CHN", "PHL"),
        ),
    ],
)
def test_captives_handed_home_were_held_by_the_other_country(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    # the receiving country gets its people back: the holder is the other party of the story
    found = [(s, t) for c, _m, s, t in _coded(pipeline, text) if c.startswith("084")]
    assert found == [expected]


def test_captives_freed_at_home_keep_their_holder(pipeline: Pipeline) -> None:
    found = _coded(pipeline, "HAVANA - Twelve dissidents held in Cuba were freed on Sunday.")
    assert [(c, s) for c, _m, s, _t in found] == [("0841", "CUB")]


def test_no_commitment_to_yield_is_a_refusal_not_no_event(pipeline: Pipeline) -> None:
    # (was asserted as no event in test_selection_modality; the corpus codes a denied commitment to free
    # prisoners as a refusal, 12: corpus/README.md, refusals and rejections)
    found = _coded(pipeline, "Vietnam made no commitment to release the Chinese fishermen.")
    assert [(c, s) for c, _m, s, _t in found] == [("120", "VNM")]


@pytest.mark.parametrize(
    "text",
    [
        "Norway could not accept the Swedish proposal.",  # an inability, left to the modal refusal rule
        "Morocco no longer recognises the government in Tripoli.",  # a recognition ended, no refusal
    ],
)
def test_modal_or_ended_negations_are_no_negated_refusal(pipeline: Pipeline, text: str) -> None:
    assert not [c for c, _m, _s, _t in _coded(pipeline, text) if c.startswith("12")]


@pytest.mark.parametrize(
    "text",
    [
        "An Iranian engineer, who had been jailed in the United States on export charges, was freed.",
        # a dateline the parser takes for the subject, with the freed in apposition to it
        "TEHRAN - An Iranian engineer, who had been jailed in the United States for a year, was freed.",
        "Tehran, May 3, IRNA -- Iranian engineer Ali Karimi, who had been jailed in the United States for a "
        "year, was freed on Monday, the ministry said.",
    ],
)
def test_custody_told_in_a_relative_clause_names_the_holder(pipeline: Pipeline, text: str) -> None:
    found = _coded(pipeline, text)
    assert [(c[:3], s, t) for c, _m, s, t in found] == [("084", "USA", "IRN")]
