"""A date right after, or inside, the "of"/"for" phrase of an accusing verb dates the act accused, not
the accusation (newsevents/accused_date.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.accused_date import JUDGED_ACT_DATE, accused_date_words
from newsevents.coding.rules import RULES
from newsevents.pipeline import Pipeline

_DATELINED = "OSLO, Oct 9 (Wire) - "


def _dates(pipeline: Pipeline, text: str, root: str) -> list[str | None]:
    published = "2021-01-18" if text.startswith("TUNIS") else "2020-10-10"
    return [e.date for e in events_of(pipeline, text, published) if e.root == root]


@pytest.mark.parametrize(
    "text",
    [
        # the date inside the accused act's phrase ...
        _DATELINED + "Norway expelled two Belarusian envoys on Friday, accusing Minsk of an attack on its "
        "embassy in March.",
        # ... and an accusation with a day of its own before the act
        _DATELINED + "Norway accused Belarus on Friday of an attack on its embassy in March.",
    ],
)
def test_the_accusation_keeps_its_own_day(pipeline: Pipeline, text: str) -> None:
    assert _dates(pipeline, text, "11") == ["2020-10-09"]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # an apology for a deed of another year is made today, once: no second record dated by the deed
        (
            _DATELINED + "The prime minister apologised on Friday for the shooting of nine miners by British "
            "police in Durham in 1984.",
            "05",
        ),
        (
            _DATELINED
            + "Norway thanked Sweden on Friday for the rescue of its fishermen in the storm in 2019.",
            "05",
        ),
    ],
)
def test_an_apology_for_a_past_deed_keeps_its_own_day(pipeline: Pipeline, text: str, root: str) -> None:
    assert _dates(pipeline, text, root) == ["2020-10-09"]


def test_a_date_before_the_act_phrase_still_dates_the_accusation(pipeline: Pipeline) -> None:
    text = _DATELINED + "Kenya accused Somalia in March of harbouring rebels."
    assert _dates(pipeline, text, "11") == ["2020-03"]


def test_the_words_are_read_from_the_data_file() -> None:
    words = accused_date_words()
    assert "accuse" in words.accusing_verbs and words.act_prepositions == frozenset({"of", "for"})


def test_a_detention_for_a_time_keeps_its_day(pipeline: Pipeline) -> None:
    # "held ... for 30 days": no accusation, and a length of time is no act accused
    text = "TUNIS, Jan 18 (Wire) - A judge ordered the activist held for 30 days on Monday."
    assert _dates(pipeline, text, "17") == ["2021-01-18"]


@pytest.mark.parametrize(
    "text",
    [
        # a date between the act's noun and the rest of its phrase dates the act ...
        _DATELINED + "Ethiopia strongly condemned the seizure on 3 February 2020 of its consul by Sudanese "
        "troops.",
        # ... and so does one between the object and what the verb calls it
        _DATELINED + "Peru's president called the shelling of the border post on February 2 an act of war "
        "by Bolivia.",
    ],
)
def test_a_date_inside_the_judged_object_leaves_the_judgement_its_day(pipeline: Pipeline, text: str) -> None:
    assert _dates(pipeline, text, "11") == ["2020-10-09"]


def test_a_date_at_the_end_of_the_judged_object_stays_the_verbs(pipeline: Pipeline) -> None:
    # (the parser may hang it on the noun, but a day told last is the condemnation's as often as not)
    text = _DATELINED + "Peru condemned the Bolivian raid on Thursday."
    assert _dates(pipeline, text, "11") == ["2020-10-08"]


def test_the_judged_act_rule_is_catalogued() -> None:
    assert JUDGED_ACT_DATE in RULES and "condemn" in accused_date_words().judging_verbs
