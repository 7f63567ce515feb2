"""Shapes of full wire reports (issue 10, helper pwire, probe set ``pwire``): coordinated speakers of a
comment or an appeal speak side by side about the story's subject (coding/co_speakers.py), a ranked
apposition beside a party ("Japan, Kenya's largest donor") is no act (coding/epithets.py), and stopped
deliveries, grants, loans, budget support and treaties reduce relations (verbs.curated.tsv rows
``ne.pwire.*``). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, coded, events_of

from newsevents.coding.co_speakers import CO_SPEAKERS
from newsevents.pipeline import Pipeline

_DAY = "2021-03-10"


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "three-appeal-for-release",
            "Soldiers in Laos arrested three opposition leaders on Tuesday. Canada, Norway and the European "
            "Union called for the release of the prisoners.",
            (("02", "CAN", "LAO"), ("02", "NOR", "LAO"), ("02", None, "LAO")),
        ),
        DyadCase(
            "pair-expresses-concern",
            "Troops in Bolivia fired on marchers on Monday. Spain and Italy expressed deep concern.",
            (("01", "ESP", "BOL"), ("01", "ITA", "BOL")),
            step=CO_SPEAKERS,
        ),
        DyadCase(
            "pair-urges-restraint",
            "Police in Togo detained a dozen journalists. Ghana and Benin urged restraint.",
            (("02", "GHA", "TGO"), ("02", "BEN", "TGO")),
        ),
        DyadCase(
            "intent-between-the-pair-kept",
            "Ministers of India and Pakistan met in Delhi. India and Pakistan agreed to reopen their "
            "embassies.",
            (("03", "IND", "PAK"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_coordinated_speakers_speak_side_by_side(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_co_speaker_of_a_pair_gets_its_own_comment(pipeline: Pipeline) -> None:
    events = events_of(
        pipeline, "Troops in Bolivia fired on marchers. Spain and Italy expressed deep concern.", _DAY
    )
    assert {e.source.country for e in events if CO_SPEAKERS in e.evidence.steps} == {"ESP", "ITA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan, Kenya's largest aid donor, froze new grants and loans to Kenya on Monday.",
            [("1621", "JPN", "KEN")],
        ),
        (
            "Algeria, the main arms supplier of Mali, halted deliveries of weapons to Mali.",
            [("163", "DZA", "MLI")],
        ),
        # an apposition that restates the act, with no possessor or rank, stays an event
        (
            "The Dutch premier made a stop in Accra, the first visit to Ghana by a Dutch leader in decades.",
            [("042", "NLD", "GHA")],
        ),
    ],
)
def test_ranked_apposition_is_no_act(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert coded(pipeline, text, _DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denmark suspended deliveries of weapons to Chile on Tuesday.", [("163", "DNK", "CHL")]),
        ("Finland suspended budget support to Chile after the vote.", [("1621", "FIN", "CHL")]),
        ("Sweden suspended the fisheries treaty with Chile on Friday.", [("160", "SWE", "CHL")]),
    ],
)
def test_stopped_deliveries_grants_and_treaties_reduce_relations(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert coded(pipeline, text, _DAY) == expected
