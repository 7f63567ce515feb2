"""Gapped clauses and co-reactors naming no target (issue 10, helper w3gap): each party of a gapped clause
("X pledged 50 million, Y 20 million") makes the first clause's act with its target
(coding/gapped.py ``gapped-party``), and coordinated reactors are never aimed at each other by the
article's counterpart (coding/side_by_side.py, ``co-reactors``). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.coding.coagents import CO_REACTORS
from newsevents.coding.gapped import GAPPED
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "pledges-with-amounts",
            "Donors met in Geneva on Tuesday. Japan pledged 50 million dollars, South Korea 20 million and "
            "the Netherlands 10 million to Pakistan.",
            (("03", "JPN", "PAK"), ("03", "KOR", "PAK"), ("03", "NLD", "PAK")),
        ),
        DyadCase(
            "expulsions-with-counts",
            "Moscow was blamed for the attack. Britain expelled four Russian diplomats and Italy two.",
            (("16", "GBR", "RUS"), ("16", "ITA", "RUS")),
        ),
        DyadCase(
            "troops-with-counts",
            "Canada sent 200 troops to Mali, Spain 150 and Poland 100.",
            (("15", "CAN", "MLI"), ("15", "ESP", "MLI"), ("15", "POL", "MLI")),
        ),
        DyadCase(
            "another-clause-between",
            "Russia expelled 23 British diplomats on Saturday, a day after Britain expelled four Russian "
            "diplomats and Italy two.",
            (("16", "RUS", "GBR"), ("16", "GBR", "RUS"), ("16", "ITA", "RUS")),
        ),
        DyadCase(
            "party-the-object-names-is-no-co-actor",
            "Britain expelled 23 Russian diplomats on Monday and Russia 23 on Friday.",
            (("16", "GBR", "RUS"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_gapped_parties_make_the_first_clauses_act(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_gapped_party_records_its_step(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Canada sent 200 troops to Mali, Spain 150 and Poland 100.", "2021-03-10")
    assert {e.source.country for e in events if GAPPED in e.evidence.steps} == {"ESP", "POL"}


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "three-reactors-no-other-party",
            "Britain, France and Germany condemned the decision on Tuesday. British officials said London "
            "would raise the matter at the United Nations.",
            (("11", "GBR", None), ("11", "FRA", None), ("11", "DEU", None)),
            step=CO_REACTORS,
        ),
        DyadCase(
            "three-reactors-fourth-party",
            "Spain, Italy and Portugal praised the fishing agreement on Friday. Spanish officials said "
            "Morocco had accepted lower quotas.",
            (("05", "ESP", "MAR"), ("05", "ITA", "MAR"), ("05", "PRT", "MAR")),
            step=CO_REACTORS,
        ),
        DyadCase(
            "two-reactors",
            "Chile and Peru criticised the ruling on Monday. Chilean officials said the court had ignored "
            "the evidence.",
            (("11", "CHL", None), ("11", "PER", None)),
            step=CO_REACTORS,
        ),
    ],
    ids=lambda c: c.name,
)
def test_co_reactors_are_not_aimed_at_each_other(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
