"""Wrong roots of the thirty-eighth round: a verb's own complement keeps it from borrowing its conjunct's
object (coding/own_complement.py), a span of time read as an adverb is the time given (coding/time_given.py),
and bans on a foreign state's people, ships and flights are sanctions
(163, the wrongroot38 block of verbs.curated.tsv). Sentences written for these tests; each test states every
event its sentence gives."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.own_complement import OWN_COMPLEMENT
from newsevents.coding.rules import RULES
from newsevents.coding.time_given import TIME_GIVEN
from newsevents.pipeline import Pipeline

DAY = "2021-05-12"


def test_a_journey_is_no_person_flown_to_a_court(pipeline: Pipeline) -> None:
    # "fly @person to" (063) read the president met as the one flown: the journey is a visit (042), with
    # which the meeting of the same pair merges
    text = "The Chilean foreign minister flew to Lima on Tuesday and met President Pedro Castillo."
    assert coded(pipeline, text, DAY) == [("042", "CHL", "PER")]


def test_a_verb_without_a_complement_still_shares_the_object(pipeline: Pipeline) -> None:
    # a wanted man arrested and flown: "flew" has its own object, so the 063 row still fires
    text = "Colombian police arrested the drug lord Dario Usuga and flew him to the United States."
    assert "063" in [c for c, _s, _t in coded(pipeline, text, DAY)]


def test_the_rule_is_catalogued() -> None:
    assert OWN_COMPLEMENT in RULES


@pytest.mark.parametrize(
    "text",
    [
        "Norway banned Belarusian officials from entering the country on Tuesday.",
        "Sweden banned the ministers of Minsk from travelling to Sweden on Tuesday.",
        "Norway barred a Belarusian ferry from its harbours on Tuesday.",
        "Sweden banned Belarusian charter flights on Tuesday.",
        "Norway banned Belarusian merchant ships from its waters on Tuesday.",
    ],
)
def test_a_ban_on_a_states_people_ships_or_flights_is_a_sanction(pipeline: Pipeline, text: str) -> None:
    assert [c for c, _s, t in coded(pipeline, text, DAY) if t == "BLR"] == ["163"]


def test_a_ban_on_a_demonstration_stays_administrative(pipeline: Pipeline) -> None:
    text = "Belarus banned the opposition rally in Minsk on Tuesday."
    assert [c[:3] for c, _s, _t in coded(pipeline, text, DAY)] == ["172"]


def test_a_span_read_as_an_adverb_is_the_time_given(pipeline: Pipeline) -> None:
    # the parser hangs "ten days" from the verb as an adverbial noun: still the time given, an ultimatum
    text = "The Arab League gave the military rulers in Khartoum ten days to hand power to civilians."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["139"]


def test_the_time_given_is_catalogued() -> None:
    assert TIME_GIVEN in RULES
