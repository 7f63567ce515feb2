"""A denial naming nobody answers its accuser (coding/answered.py, issue 10, w2stmt): the speaker of the
nearest earlier clause that charges the denier or says what it did. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import Coded, coded
from spacy.tokens import Doc

from newsevents.pipeline import Pipeline


def _denials(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc: Doc = pipeline.nlp(text)
    doc._.ne_article = "t"
    doc._.ne_published = dt.date(2011, 6, 7)
    for _name, stage in pipeline.stages.pipeline:
        doc = stage(doc)
    return [
        (e.cameo, e.source.country, e.target.country if e.target else None)
        for e in doc._.ne_events
        if e.cameo == "016"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the charge is a speaker's "may have", no coded event: the speaker is the accuser
            "LIMA, May 3 (Wire) - Peru's foreign minister said on Monday that Ecuador may have armed the "
            "rebels. Ecuador denied the charge.",
            ("016", "ECU", "PER"),
        ),
        (
            # a charging verb inside the reported clause names the denier
            "Oslo said the fire had not started by accident and blamed Sweden for it. Stockholm dismissed "
            "the accusation.",
            ("016", "SWE", "NOR"),
        ),
        ("Chile accused Bolivia of moving troops to the border, which La Paz denied.", ("016", "BOL", "CHL")),
    ],
)
def test_denial_answers_its_accuser(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert _denials(pipeline, text) == [expected]


def test_report_naming_the_denier_only_as_object_is_no_charge(pipeline: Pipeline) -> None:
    # Cairo's statement names Doha only as a partner, not as the doer of anything: the denial keeps the
    # target the later rules give it (here the story's own country), never Cairo
    found = _denials(
        pipeline, "Cairo said it would restore ties with Doha. Qatar has always denied any wrongdoing."
    )
    assert found == [("016", "QAT", "QAT")]


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2011-06-07")


def test_condolences_to_unnamed_mourners_go_to_the_harmed(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 3 (Wire) - Gunmen killed nine Kenyan pilgrims near the border on Friday. "
        "Tanzania's president sent his condolences to the families."
    )
    assert _events(pipeline, text) == [("180", "KEN", "KEN"), ("018", "TZA", "KEN")]


def test_condolences_to_a_named_country_keep_it(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 3 (Wire) - Gunmen killed nine Kenyan pilgrims near the border on Friday. "
        "Norway's prime minister expressed sympathy to Sweden after the fire."
    )
    assert _events(pipeline, text) == [("180", "KEN", "KEN"), ("018", "NOR", "SWE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the criticism names no one and is no coded event: its speaker, a sentence before, is the critic
            "QUITO, May 3 (Wire) - Chile's president said on Monday that the new dam would ruin the valley. "
            "Peru rejected the criticism on Tuesday.",
            [("124", "PER", "CHL")],
        ),
        (
            # a criticism that names its party ("Chilean criticism") is left to the rules that read the name
            "Bolivia's president said the dam would ruin the valley. Peru rejected Chilean criticism.",
            [("124", "PER", "CHL")],
        ),
    ],
)
def test_rejected_criticism_answers_its_critic(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert [e for e in _events(pipeline, text) if e[0].startswith("12")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the latest proposer before the rejection, not the story's lead (Brazil's deployment)
            "QUITO, May 3 (Wire) - Brazil sent troops to the border on Monday. Peru's foreign minister "
            "proposed a joint patrol of the river. Ecuador rejected the idea on Tuesday.",
            [("120", "ECU", "PER")],
        ),
        (
            # a passive rejection: the request is its subject
            "QUITO, May 3 (Wire) - Brazil sent troops to the border on Monday. Chile has asked to join the "
            "inquiry. The request was turned down by Ecuador.",
            [("120", "ECU", "CHL")],
        ),
    ],
)
def test_rejected_proposal_answers_its_proposer(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert [e for e in _events(pipeline, text) if e[0].startswith("12")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the 'as' phrase names the party the rejecter answers, not the bloc that took the measures
            "BRUSSELS, May 3 (Wire) - European Union foreign ministers imposed travel bans on six Kenyan "
            "officials on Monday. The ministers acted after Nairobi expelled a Danish envoy. Kenya's "
            "interior minister dismissed the measures as a product of British arrogance.",
            [("120", "KEN", "GBR")],
        ),
        (
            # an 'as' phrase naming no country leaves the measures' maker
            "BRUSSELS, May 3 (Wire) - European Union foreign ministers imposed travel bans on six Kenyan "
            "officials on Monday. Kenya's interior minister dismissed the measures as a product of envy.",
            [("120", "KEN", None)],
        ),
    ],
)
def test_rejection_answers_the_party_its_as_phrase_names(
    pipeline: Pipeline, text: str, expected: list[Coded]
) -> None:
    assert [e for e in _events(pipeline, text) if e[0].startswith("12")] == expected


def test_denial_of_charges_against_its_own_country_answers_the_named_accuser(pipeline: Pipeline) -> None:
    """ "rejected the accusations against Russia": the accused is the denier; the accuser named before is
    the party answered, and with no accuser named the coder does not guess one."""
    named = (
        "MOSCOW, May 3 (Wire) - Britain said on Monday that Russian agents had poisoned a defector in Leeds. "
        "Russia's foreign minister rejected the accusations against Russia over the poisoning as groundless."
    )
    assert _denials(pipeline, named) == [("016", "RUS", "GBR")]
    unnamed = (
        "MOSCOW, May 3 (Wire) - A defector was poisoned in Leeds on Monday. Russia's foreign minister "
        "rejected the accusations against Russia over the poisoning as groundless."
    )
    assert _denials(pipeline, unnamed) == [("016", "RUS", "RUS")]
