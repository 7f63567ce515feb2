"""Aid given together and aid with no recipient named (issue 10, helper w2meet): coordinated givers give
together, never to each other (coding/coagents.py ``co-givers``), and aid or an offer of aid that names no
recipient goes to the country the story is set in (coding/recipients.py ``aid-scene``). Every sentence
is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.coding.coagents import CO_GIVERS
from newsevents.coding.companions import COMPANIONS
from newsevents.coding.recipients import AID_SCENE
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "two-givers-fly-in",
            "ANKARA, March 9 (Wire) - An earthquake struck the east of Turkey on Monday. Oman and Bahrain "
            "have flown in field hospitals.",
            (("07", "OMN", "TUR"), ("07", "BHR", "TUR")),
            step=CO_GIVERS,
        ),
        DyadCase(
            "two-givers-named-recipient",
            "Denmark and Norway delivered food aid to Sudan on Tuesday.",
            (("07", "DNK", "SDN"), ("07", "NOR", "SDN")),
        ),
    ],
    ids=lambda c: c.name,
)
def test_coordinated_givers_give_together(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "aid-to-the-story-country",
            "KATHMANDU, May 2 (Wire) - Floods swept through southern Nepal on Friday. Sri Lankan planes "
            "landed with rescue teams, while the French president called Nepal's king. Paris has flown in "
            "relief supplies, a French diplomat said.",
            (("07", "LKA", "NPL"), ("07", "FRA", "NPL")),
            step=AID_SCENE,
        ),
        DyadCase(
            "offer-to-the-story-country",
            "MANILA, Nov 3 (Wire) - A typhoon hit the central Philippines on Saturday. Canadian and Mexican "
            "officials met in Ottawa, and Canada said it stood ready to help.",
            (("03", "CAN", "PHL"),),
            step=AID_SCENE,
        ),
        DyadCase(
            "forces-offered-to-the-story-country",
            "NAIROBI, May 2 (Wire) - Ugandan army helicopters lifted 150 people from flooded villages on "
            "Monday. Norway said on Tuesday it would send two helicopters and boats.",
            (("03", "NOR", "KEN"),),
            step=AID_SCENE,
        ),
    ],
    ids=lambda c: c.name,
)
def test_aid_naming_no_recipient_goes_to_the_story_country(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_aid_at_home_is_not_moved(pipeline: Pipeline) -> None:
    """A giver in its own story's country keeps its own target rules (no aid-scene step)."""
    events = events_of(pipeline, "OTTAWA, Nov 3 (Wire) - Canada has flown in relief supplies.", "2021-11-03")
    assert all(AID_SCENE not in e.evidence.steps for e in events), [e.evidence.steps for e in events]


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "visit-with-leaders-of",
            "The Turkish president visited Baku on Monday with the leaders of Georgia and Kazakhstan.",
            (("04", "TUR", "AZE"), ("04", "GEO", "AZE"), ("04", "KAZ", "AZE")),
        ),
        DyadCase(
            "participle-visit-then-meeting",
            "Chile's president, visiting Lima on Monday with the president of Uruguay, met Peru's president.",
            (("04", "CHL", "PER"), ("04", "URY", "PER")),
        ),
        # a meeting's "with" names the counterpart, never a companion
        DyadCase(
            "met-with", "The Thai premier met with the Cambodian premier on Monday.", (("04", "THA", "KHM"),)
        ),
    ],
    ids=lambda c: c.name,
)
def test_companions_of_a_visit_visit_too(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_companion_visit_records_its_rule(pipeline: Pipeline) -> None:
    text = "Spain's king visited Rabat on Monday with the president of Portugal."
    events = events_of(pipeline, text, "2021-03-10")
    companions = [e for e in events if e.source.country == "PRT"]
    assert [(e.root, e.target.country if e.target else None) for e in companions] == [("04", "MAR")]
    assert COMPANIONS in companions[0].evidence.steps


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "call-to-offer-aid",
            "The Thai premier telephoned his Lao counterpart on Sunday to offer relief aid after the floods.",
            (("04", "THA", "LAO"), ("03", "THA", "LAO")),
        ),
        DyadCase(
            "met-to-pledge-aid",
            "The Japanese foreign minister met Cambodia's premier in Phnom Penh to pledge aid.",
            (("04", "JPN", "KHM"), ("03", "JPN", "KHM")),
        ),
        # a call made to discuss something is the call alone
        DyadCase(
            "call-to-discuss",
            "The Thai premier telephoned his Lao counterpart on Sunday to discuss the floods.",
            (("04", "THA", "LAO"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_offer_made_on_a_call_is_an_event_of_its_own(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_the_mediator_of_a_relative_clause_is_none_of_the_two_sides(pipeline: Pipeline) -> None:
    """ "the two sides" a relative clause's mediator mediates between are the pair named before, never the
    mediator's own phrase (actors/pairs.py, the relative head joins the speaker)."""
    text = (
        "Mali's government and the Azawad Liberation Front agreed on Monday to a truce after talks in "
        "Algiers. The envoy, former Ghanaian president John Kufuor, who mediated between the two sides, "
        "praised them."
    )
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.cameo.startswith("045")]
    targets = {e.target.country if e.target else None for e in events}
    assert "MLI" in targets and "GHA" not in targets, [
        (e.source.country, targets, e.evidence.steps) for e in events
    ]


def test_a_team_sent_by_a_body_acts_for_it_and_its_inquiry_is_into_the_story_country(
    pipeline: Pipeline,
) -> None:
    """actors/parties.py ``sender`` and the inquiry half of coding/recipients.py ``aid-scene``."""
    text = (
        "HANOI, May 3 (Wire) - A team of experts sent by the World Health Organization arrived on Monday "
        "to investigate the outbreak."
    )
    events = [e for e in events_of(pipeline, text, "2021-05-03") if e.root == "09"]
    assert [(e.source.code, e.target.country if e.target else None) for e in events] == [
        ("IGOUNOHLHWHO", "VNM")
    ], [e.evidence.steps for e in events]
    assert AID_SCENE in events[0].evidence.steps


def test_a_domestic_inquiry_stays_at_home(pipeline: Pipeline) -> None:
    text = "HANOI, May 3 (Wire) - Vietnamese police began investigating the outbreak on Monday."
    events = [e for e in events_of(pipeline, text, "2021-05-03") if e.root == "09"]
    assert all(AID_SCENE not in e.evidence.steps for e in events), [e.evidence.steps for e in events]
