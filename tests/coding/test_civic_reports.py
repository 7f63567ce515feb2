"""Domestic politics and civil society (issue 10, helper pcivic, probe set ``pcivic``): a newspaper or a
channel closed, shut down or ordered off the air is censorship (1721) and a protest broken up is
repression (175); carrying on a strike or protest, pulling out of an election, being ready for talks and
inviting a party to the negotiating table (verbs.curated.tsv rows ``ne.pcivic.*``); an international body
beside a state as the subject of an appeal is a co-speaker (coding/co_speakers.py); a judgement of blame
on a coercive measure told before is aimed at its maker (coding/referred.py); an undated event takes the
day the story moved on to, and an undated lead that names its weekday keeps it (leaddate.py); a year after
the report is no date of an act told as done (dateaside.py); sentencing is legal action (173); a speaker
saying what it will not do gives an assurance, no denial (coding/judgement.py); a person ordered held is
the orderer's target also where the parser reads a reduced relative (coding/received.py). Every sentence
is invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.co_speakers import CO_SPEAKERS
from newsevents.coding.referred import REFERRED_EVENT
from newsevents.leaddate import STORY_MOVED_ON
from newsevents.pipeline import Pipeline

_DAY = "2009-03-04"


def _dyads(
    pipeline: Pipeline, text: str, root: str, published: str = _DAY
) -> set[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of the events of ``root`` coded from ``text``."""
    return {
        (e.cameo, e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, published)
        if e.root == root
    }


@pytest.mark.parametrize(
    ("text", "code", "country"),
    [
        (
            "Zimbabwean riot police closed down the Morning Post, an independent daily, on Tuesday.",
            "1721",
            "ZWE",
        ),
        ("Police in Lusaka shut down the weekly Clarion on Monday.", "1721", "ZMB"),
        ("Zimbabwean authorities shut the independent paper on Tuesday.", "1721", "ZWE"),
        ("Bolivia's interior minister ordered two private television channels off the air.", "1721", "BOL"),
        ("The Ghanaian government closed three more media outlets on Friday.", "1721", "GHA"),
        ("Police in Kiev broke up a student sit-in with batons on Saturday.", "175", "UKR"),
        ("Riot police in Minsk broke up the vigil outside the court.", "175", "BLR"),
    ],
)
def test_measures_against_the_press_and_protest(
    pipeline: Pipeline, text: str, code: str, country: str
) -> None:
    # (the target is the outlet or the crowd: its country, or a body named near it)
    assert any(d[:2] == (code, country) for d in _dyads(pipeline, text, "17")), _dyads(pipeline, text, "17")


@pytest.mark.parametrize(
    "text",
    [
        "A Zambian company closed its paper mill in Kitwe on Tuesday.",
        "North Korea shut down a communication channel with Seoul.",
    ],
)
def test_closures_that_are_no_censorship(pipeline: Pipeline, text: str) -> None:
    assert not {d for d in _dyads(pipeline, text, "17") if d[0] == "1721"}


@pytest.mark.parametrize(
    ("text", "root", "country"),
    [
        (
            "Malawi's biggest teachers' union said on Friday it would continue the strike until pay rose.",
            "13",
            "MWI",
        ),
        ("Zimbabwe's opposition leader pulled out of the presidential run-off on Sunday.", "14", "ZWE"),
        ("Kenya's government said it was ready for talks with the unions.", "03", "KEN"),
        ("Ghana's labour minister invited the unions to the negotiating table on Monday.", "03", "GHA"),
    ],
)
def test_domestic_protest_and_offers_of_talks(pipeline: Pipeline, text: str, root: str, country: str) -> None:
    assert any(d[1] == country for d in _dyads(pipeline, text, root)), _dyads(pipeline, text, root)


def test_an_international_body_beside_a_state_is_a_co_speaker(pipeline: Pipeline) -> None:
    text = (
        "Police in Moscow detained an opposition leader on Sunday. The United States and the European Union "
        "called for his release."
    )
    appeals = [e for e in events_of(pipeline, text, "2021-01-18") if e.root == "02"]
    assert {(e.source.code, e.target.country if e.target else None) for e in appeals} == {
        ("USAGOV", "RUS"),
        ("IGOEUREEC", "RUS"),
    }, [(e.source.code, e.target, e.evidence.steps) for e in appeals]
    assert any(CO_SPEAKERS in e.evidence.steps for e in appeals)


def test_blame_on_a_measure_told_before_is_aimed_at_its_maker(pipeline: Pipeline) -> None:
    text = (
        "HARARE, March 3 (Wire) - A court in Zimbabwe jailed the editor of a private weekly on Monday. The "
        "opposition party said the verdict was unjust."
    )
    blame = [e for e in events_of(pipeline, text, _DAY) if e.root == "11"]
    assert [(e.source.country, e.target.country if e.target else None) for e in blame] == [("ZWE", "ZWE")]
    assert REFERRED_EVENT in blame[0].evidence.steps


def test_an_undated_event_takes_the_day_the_story_moved_on_to(pipeline: Pipeline) -> None:
    text = (
        "MOSCOW, Jan 18 (Wire) - Police detained the opposition leader at the airport on Sunday. A judge "
        "ordered him held for 30 days on Monday. The opposition leader urged his supporters to take to the "
        "streets."
    )
    appeal = next(e for e in events_of(pipeline, text, "2021-01-18") if e.root == "02")
    assert appeal.date == "2021-01-18"
    assert STORY_MOVED_ON in appeal.evidence.steps


def test_a_lead_that_names_its_weekday_keeps_it(pipeline: Pipeline) -> None:
    text = (
        "ISLAMABAD, Nov 5 (Wire) - Riot police beat and arrested scores of lawyers protesting in Lahore on "
        "Monday "
        "against emergency rule. The president suspended the constitution on Saturday."
    )
    arrests = [e for e in events_of(pipeline, text, "2007-11-05") if e.cameo == "173"]
    assert [e.date for e in arrests] == ["2007-11-05"]


def test_a_later_year_is_no_date_of_an_act_told_as_done(pipeline: Pipeline) -> None:
    text = (
        "LOME, Jan 13 (Wire) - Togo's president pledged in a radio address on Thursday that he "
        "would stand down in 2014, and he told the police to halt the use of live rounds on protesters."
    )
    events = events_of(pipeline, text, "2011-01-13")
    assert events and not [e for e in events if (e.date or "").startswith("2014")]


def test_sentencing_is_legal_action(pipeline: Pipeline) -> None:
    text = "TUNIS, March 3 (Wire) - A Tunisian court sentenced the blogger to two years in prison on Tuesday."
    assert ("173", "TUN", "TUN") in _dyads(pipeline, text, "17")


def test_an_assurance_of_what_is_to_come_is_no_denial(pipeline: Pipeline) -> None:
    assurance = (
        "BANGKOK, Aug 17 (Wire) - Thailand's prime minister said his government would not use force against "
        "demonstrators."
    )
    assert not [e for e in events_of(pipeline, assurance, "2020-08-17") if e.cameo == "016"]
    denial = "MINSK, Aug 17 (Wire) - Belarus said its troops had not crossed the border."
    assert [e.cameo for e in events_of(pipeline, denial, "2020-08-17")] == ["016"]


def test_a_threat_is_dated_by_the_threat_not_by_the_act_threatened(pipeline: Pipeline) -> None:
    threat = (
        "ACCRA, Aug 26 (Wire) - Ghana's main union threatened to widen its stoppage into a general strike "
        "next week."
    )
    assert [e.date for e in events_of(pipeline, threat, "2010-08-26") if e.root == "13"] == ["2010-08-26"]
    # (an act told in the future keeps its own date)
    plan = (
        "ACCRA, Aug 26 (Wire) - Ghana's main union will widen its stoppage into a general strike next "
        "week."
    )
    assert [e.date for e in events_of(pipeline, plan, "2010-08-26") if e.root == "13"] == ["2010-09"]


def test_a_person_ordered_held_read_as_a_reduced_relative(pipeline: Pipeline) -> None:
    text = "MADRID, Oct 16 (Wire) - A judge on Monday ordered two Catalan activists held in custody."
    held = [e for e in events_of(pipeline, text, "2017-10-16") if e.cameo == "173"]
    assert [(e.source.code, e.target.country if e.target else None) for e in held] == [("ESPJUD", "ESP")]
