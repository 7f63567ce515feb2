"""Wrong roots from a verb's object or from background (the rootfp block of verbs.curated.tsv, round 28):
a conviction voiced, a text or an impact studied, a body of law as a subject (coding/standing_law.py) and
captives described as held beside their release (coding/held_captive.py). Sentences written for these
tests; each test states every event its sentence gives."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

DAY = "2021-05-12"


def test_a_conviction_voiced_is_an_optimistic_comment(pipeline: Pipeline) -> None:
    text = "The Kenyan president expressed the conviction that ties with Uganda would grow stronger."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["013"]


def test_a_text_studied_is_an_option_considered(pipeline: Pipeline) -> None:
    text = "Ecuador said it would study the text of the resolution."
    assert coded(pipeline, text, DAY) == [("014", "ECU", "ECU")]


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo said it was assessing the impact of the tariffs on its exports.",
        "Oslo said it would study the effect of the ban on its fishermen.",
    ],
)
def test_an_impact_weighed_is_no_investigation(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text, DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Swiss law bars the export of weapons to countries at war.",
        "Chile's constitution says a new vote must be held within 60 days.",
    ],
)
def test_a_body_of_law_states_a_standing_rule(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text, DAY) == []


def test_a_law_named_as_one_new_text_is_left_to_the_other_rules(pipeline: Pipeline) -> None:
    # the passing of a new law is news: its measure stays coded
    text = "Peru's new law bars Chilean firms from fishing in its waters."
    assert coded(pipeline, text, DAY) == [("172", "PER", "CHL")]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels in Peru freed the last ten Chilean hostages held in the jungle on Monday.",
        "Peruvian rebels freed a Chilean engineer on Sunday after holding him for six months in the jungle.",
        "The Chilean journalist held captive in Peru for two years was freed on Wednesday by his kidnappers.",
    ],
)
def test_captives_held_beside_their_release_are_its_background(pipeline: Pipeline, text: str) -> None:
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["0841"]


def test_holding_told_as_its_own_act_stays(pipeline: Pipeline) -> None:
    text = "Peruvian police held two Chilean fishermen for a week and freed them on Monday."
    assert coded(pipeline, text, DAY) == [("173", "PER", "CHL"), ("0841", "PER", "CHL")]


def test_aid_under_review_reduces_relations(pipeline: Pipeline) -> None:
    text = "Britain said it was reviewing its aid to Malawi after the expulsion."
    assert coded(pipeline, text, DAY) == [("160", "GBR", "MWI")]


def test_notice_of_withdrawal_reduces_relations(pipeline: Pipeline) -> None:
    text = "Washington gave notice that it would withdraw from the treaty."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["160"]


def test_a_party_pulling_out_reduces_relations_and_troops_still_withdraw(pipeline: Pipeline) -> None:
    party = "Chile's candidate pulled out, citing attacks on his supporters."
    assert [c for c, _s, _t in coded(pipeline, party, DAY)] == ["160"]
    troops = "Peruvian troops pulled out of the town on Monday."
    assert coded(pipeline, troops, DAY) == [("0874", "PER", "PER")]


def test_an_economic_blockade_is_an_embargo_and_a_naval_one_stays(pipeline: Pipeline) -> None:
    economic = "Moscow imposed an economic blockade on Lithuania in April."
    assert coded(pipeline, economic, DAY) == [("163", "RUS", "LTU")]
    naval = "The Israeli navy imposed a blockade on Lebanese ports."
    assert coded(pipeline, naval, DAY) == [("191", "ISR", "LBN")]


def test_an_ambassador_stripped_of_accreditation_reduces_relations(pipeline: Pipeline) -> None:
    envoy = "Chile stripped Peru's ambassador of his accreditation on Friday."
    assert coded(pipeline, envoy, DAY) == [("161", "CHL", "PER")]
    charity = "Chile stripped the charity of its accreditation."
    assert coded(pipeline, charity, DAY) == [("172", "CHL", "CHL")]


def test_a_suggestion_that_something_happened_is_no_proposal(pipeline: Pipeline) -> None:
    text = "Peru's minister suggested that the video had been faked by Chilean agents."
    assert coded(pipeline, text, DAY) == []


def test_a_suggestion_of_what_to_do_stays_a_proposal(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Peru suggested talks with Chile.", DAY) == [("020", "PER", "CHL")]


def test_a_diplomatic_boycott_reduces_relations_a_shoppers_one_stays_a_protest(pipeline: Pipeline) -> None:
    diplomatic = "Chile joined a diplomatic boycott of the Bolivian games."
    assert coded(pipeline, diplomatic, DAY) == [("160", "CHL", "BOL")]
    shoppers = "Shoppers in Chile joined a boycott of Peruvian goods."
    assert coded(pipeline, shoppers, DAY) == [("143", "CHL", "PER")]
