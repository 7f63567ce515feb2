"""Shapes of full wire reports (issue 10, helper pwire, probe set ``pwire``): coordinated speakers of a
comment or an appeal speak side by side about the story's subject (coding/co_speakers.py); a ranked
apposition beside a party ("Japan, Kenya's largest donor") is no act (coding/epithets.py); stopped
deliveries, grants, loans, budget support and treaties reduce relations, and proposed sanctions are a
threat (verbs.curated.tsv rows ``ne.pwire.*``); a fronted place phrase is the speaker's scene, no target
(coding/asides.py); a dateline country the story dwarfs is only where the report was filed
(actors/doc_countries.py); an appeal from abroad naming no target is aimed at the story's country
(coding/foreign_appeals.py); every state of a long list acts (actors/parties.py); an offset from an event
noun introduced undated ("two days after a referendum") counts from no earlier date (when.py); an act
told over a night is one act (overnight.py). Every sentence is invented."""

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
            "Japan, Kenya's largest aid donor, on Monday froze new loans and grants to Kenya.",
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
        # proposing sanctions against a party threatens it with them (ne.pwire.21)
        ("The Peruvian envoy proposed sanctions on Chile.", [("1312", "PER", "CHL")]),
        ("Peru proposed sanctions against Chile on Monday.", [("1312", "PER", "CHL")]),
    ],
)
def test_stopped_deliveries_grants_treaties_and_proposed_sanctions(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert coded(pipeline, text, _DAY) == expected


def test_fronted_place_of_the_speaker_is_no_target(pipeline: Pipeline) -> None:
    # coding/asides.py fronted_scene: "In Bangkok," says where the speaker is, not whom the act is aimed at
    text = (
        "HANOI, May 3 - Laos detonated two large bombs at a test range on Monday. In Bangkok, Thailand's "
        "prime minister called the tests a grave danger to regional peace."
    )
    assert ("111", "THA", "LAO") in coded(pipeline, text, _DAY)
    assert not [c for c in coded(pipeline, text, _DAY) if c[0] == "111" and c[2] == "THA"]


def test_dateline_country_dwarfed_by_the_story_is_only_where_it_was_filed(pipeline: Pipeline) -> None:
    # actors/doc_countries.py home_of: Ghana named at the summit only, Guinea throughout the story
    text = (
        "ACCRA, May 3 - Leaders of the regional bloc, at a summit in Accra, gave the junta in Guinea a week "
        "to restore the president of Guinea. In Conakry, thousands of Guineans marched on the French "
        "embassy. Some protesters set a door on fire. Guinea's junta accused the bloc of preparing an "
        "invasion of Guinea. Guinea is rich in bauxite, and Guinea's mines employ thousands."
    )
    found = coded(pipeline, text, _DAY)
    assert ("145", "GIN", "GIN") in found
    assert not [c for c in found if "GHA" in c]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers in Laos arrested three opposition leaders on Tuesday. Canada called for free and "
            "credible elections.",
            ("02", "CAN", "LAO"),
        ),
        (
            "Soldiers in Laos arrested three opposition leaders on Tuesday. The European Union called for "
            "free and credible elections.",
            ("02", None, "LAO"),
        ),
        # an appeal at home stays at home
        ("NAIROBI - Kenya's opposition called for new elections on Tuesday.", ("02", "KEN", "KEN")),
    ],
)
def test_appeal_from_abroad_is_aimed_at_the_storys_country(
    pipeline: Pipeline, text: str, expected: tuple[str, str | None, str]
) -> None:
    # coding/foreign_appeals.py
    assert [
        (e.root, e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, _DAY)
        if e.root == "02"
    ] == [expected]


def test_every_state_of_a_long_list_acts(pipeline: Pipeline) -> None:
    # actors/parties.py _listed: the parser may hang the second state of a list as an apposition of the
    # first; arguments._MAX_PAIRS: a list of six states gives six events
    text = (
        "Soldiers in Laos arrested three opposition leaders on Tuesday. Canada, Mexico, Peru, Chile, "
        "Ghana and Kenya condemned the arrests."
    )
    condemned = {
        (e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, _DAY)
        if e.root == "11"
    }
    assert condemned == {(c, "LAO") for c in ("CAN", "MEX", "PER", "CHL", "GHA", "KEN")}


def test_city_and_country_apposition_is_one_place(pipeline: Pipeline) -> None:
    # an apposition with no list after it stays the same place ("Hanoi, Vietnam")
    assert coded(pipeline, "Police in Hanoi, Vietnam, arrested six bloggers on Monday.", _DAY) == [
        ("173", "VNM", "VNM")
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # when.py _untold: "a referendum" is introduced there, undated: no base to count two days from
        (
            "MOSCOW, March 18 - Russia annexed the region on Tuesday. Putin signed the treaty with "
            "Ukraine in the Kremlin, two days after a referendum in the region.",
            "signed",
            "2014-03-18",
        ),
        # "the assault" was told before: hours before it is its day
        (
            "LIMA, March 18 - Troops stormed the compound late on Sunday. The rebels had released two "
            "hostages to Peru only hours before the assault.",
            "released",
            "2014-03-16",
        ),
    ],
)
def test_offset_from_an_event_introduced_undated(
    pipeline: Pipeline, text: str, trigger: str, date: str
) -> None:
    assert {e.date for e in events_of(pipeline, text, "2014-03-19") if e.evidence.trigger == trigger} == {
        date
    }


def test_an_act_told_over_a_night_is_one_act(pipeline: Pipeline) -> None:
    # newsevents/overnight.py: a night's two days date one act by its start; two whole days stay two acts
    text = (
        "LIMA, March 18 - Gunboats shelled the port on Friday night and early Saturday. Rebels attacked two "
        "towns on Monday and Tuesday."
    )
    dates = [(e.evidence.trigger, e.date) for e in events_of(pipeline, text, "2014-03-19")]
    assert dates == [("shelled", "2014-03-14"), ("attacked", "2014-03-17"), ("attacked", "2014-03-18")]
