"""Wrong targets (issue 10, helper ptgt): a party of an accord or of talks that only the venue places
belongs to its partner's country (coding/venue.py ``venue-no-home``); coordinated mediators mediate side by
side, never for each other (coding/coagents.py ``co-mediators``); an apology addressed to a named party is
aimed at it, not at the party of the act it apologises for (coding/referred.py); the last-resort target in
an object's phrase prefers the parties it names to the place it sets the act in (coding/doers.py); the "to"
recipient of aid or a return comes before the thing given (coding/diplomacy.py); aid by the giver's own
people abroad goes to the country it reaches (coding/aid_abroad.py ``aid-abroad``); a pledger's own state in
the clause it pledges is no target (coding/targets.py ``own_speaker``); a party named in a time phrase on
the verb ("after enemy shelling") is no counterpart (coding/syntax.py, coding/own_country.py); a complaint
lodged with a body of no state is aimed at the party its participle accuses (coding/complaint.py); "America"
in a region's name ("Central America") names no country (actors/regions.py). Every
sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.coding.aid_abroad import AID_ABROAD
from newsevents.coding.coagents import CO_MEDIATORS
from newsevents.coding.complaint import COMPLAINT_ACCUSED
from newsevents.coding.venue import VENUE_NO_HOME
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "government-and-opposition-sign-abroad",
            "WASHINGTON, March 3 (Wire) - The United States eased sanctions on Peru on Wednesday, a day "
            "after President Pedro Castillo's government and the opposition signed an accord in Panama.",
            (("05", "PER", "PER"),),
            step=VENUE_NO_HOME,
        ),
        DyadCase(
            "deal-with-the-opposition-abroad",
            "CARACAS, May 2 (Wire) - Bolivia's government signed a deal with the opposition in Chile on "
            "Thursday on holding new elections.",
            (("05", "BOL", "BOL"),),
            step=VENUE_NO_HOME,
        ),
        DyadCase(
            "two-states-still-meet-each-other",
            "Kenya and Uganda signed a border pact in Geneva on Tuesday.",
            (("05", "KEN", "UGA"),),
        ),
        DyadCase(
            "a-named-host-opposition-stays",
            "Peru's foreign minister met Panama's opposition leaders in Panama City on Tuesday.",
            (("04", "PER", "PAN"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_venue_is_no_home(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "brokered-by-two",
            "BOGOTA, March 3 (Wire) - Colombia resumed peace talks with rebel commanders on Tuesday. The "
            "talks were brokered by Norway and Cuba.",
            (("04", "COL", "COL"), ("04", "NOR", "COL"), ("04", "CUB", "COL")),
        ),
        DyadCase(
            "hosted-by-two-between-two",
            "PARIS, March 3 (Wire) - Germany and France hosted the talks between Russia and Ukraine in Paris "
            "on Monday.",
            (
                ("04", "DEU", "RUS"),
                ("04", "DEU", "UKR"),
                ("04", "FRA", "RUS"),
                ("04", "FRA", "UKR"),
                ("04", "RUS", "UKR"),
            ),
        ),
    ],
    ids=lambda c: c.name,
)
def test_co_mediators_mediate_side_by_side(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_co_mediators_step_is_recorded(pipeline: Pipeline) -> None:
    # Subjects only: coordinated "by" agents ("were brokered by Norway and Cuba") are kept apart one step
    # earlier by target:by-co-agents (coagents.BY_CO_AGENTS), with the same parties.
    text = "Colombia resumed talks with rebels on Tuesday. Norway and Cuba brokered the talks."
    brokered = [e for e in events_of(pipeline, text, "2021-03-10") if e.evidence.trigger == "brokered"]
    assert {e.source.country for e in brokered} == {"NOR", "CUB"}
    assert all(CO_MEDIATORS in e.evidence.steps for e in brokered), [e.evidence.steps for e in brokered]


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "apology-to-the-neighbour-for-a-raid-on-rebels",
            "LIMA, March 3 (Wire) - Peruvian troops crossed into Ecuador on Sunday and raided a rebel camp. "
            "Lima apologised to Quito on Monday for the incursion.",
            (("05", "PER", "ECU"),),
        ),
        DyadCase(
            "a-party-named-in-the-object-beats-the-scene",
            "NEW YORK, March 3 (Wire) - The Security Council called on Tuesday for a truce in Lebanon "
            "leading to the full withdrawal of Syrian forces.",
            (("02", None, "SYR"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_named_parties_before_fallbacks(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "returned-to-a-state-things-named-after-another",
            "LAGOS, May 3 (Wire) - Britain handed back 30 Benin masks to Nigeria on Tuesday.",
            (("08", "GBR", "NGA"),),
        ),
        DyadCase(
            "freed-through-a-go-between",
            "Rebels in Mali freed two Japanese hostages to the Red Cross on Monday.",
            (("08", "MLI", "JPN"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_transfer_recipient_before_the_thing(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "own-medics-landing-in-a-foreign-city",
            "MILAN, March 22 (Wire) - Forty Cuban doctors arrived in Milan on Sunday to help its "
            "hospitals, the first medical brigade Havana has sent to northern Italy. Italian officials "
            "thanked Havana.",
            (("07", "CUB", "ITA"),),
        ),
        DyadCase(
            "own-medics-sent-in-a-story-set-abroad",
            "LIMA, March 22 (Wire) - Peru's hospitals are overwhelmed by the virus, officials in Lima said "
            "on Sunday. Havana has sent medics.",
            (("07", "CUB", "PER"),),
            step=AID_ABROAD,
        ),
    ],
    ids=lambda c: c.name,
)
def test_aid_by_own_people_abroad(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_pledger_own_state_in_its_clause_is_no_target(pipeline: Pipeline) -> None:
    check_dyads(
        pipeline,
        DyadCase(
            "pledged-own-state-would-not-abandon",
            "TAIPEI, Aug 3 (Wire) - House Speaker Nancy Pelosi visited Taipei on Wednesday and pledged that "
            "America would never abandon the island.",
            (("03", "USA", "TWN"),),
        ),
    )


def test_party_of_a_time_phrase_is_no_counterpart(pipeline: Pipeline) -> None:
    check_dyads(
        pipeline,
        DyadCase(
            "martial-law-after-enemy-shelling",
            "YEREVAN, Sept 27 (Wire) - Armenia imposed martial law on Sunday after Azerbaijani shelling of "
            "Stepanakert.",
            (("17", "ARM", "ARM"),),
        ),
    )


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "complaint-with-a-body-accusing-a-state",
            "LIMA, May 3 (Wire) - Peru lodged a complaint with the United Nations on Monday, accusing "
            "Chilean jets of violating its airspace.",
            (("11", "PER", "CHL"),),
            step=COMPLAINT_ACCUSED,
        ),
        DyadCase(
            "complaint-to-a-state-keeps-it",
            "LIMA, May 3 (Wire) - Peru lodged a complaint with Chile on Monday, accusing its jets of "
            "violating Peruvian airspace.",
            (("11", "PER", "CHL"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_complaint_to_a_body_is_aimed_at_the_accused(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_region_name_is_no_country(pipeline: Pipeline) -> None:
    check_dyads(
        pipeline,
        DyadCase(
            "central-america-is-not-the-united-states",
            "SAN SALVADOR, Jan 16 (Wire) - The Salvadoran government and leftist rebels signed a peace "
            "accord on Thursday, ending Central America's bloodiest war.",
            (("05", "SLV", "SLV"),),
        ),
    )
