"""An arrest, charge, sentence or release of one person referred to again by surname, "the man" or a
pronoun, whom the article introduced as a national of another country, is aimed at that country
(target:foreign-person, coding/foreign_person.py); sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.foreign_person import FOREIGN_PERSON
from newsevents.pipeline import Pipeline

DAY = "2021-06-11"


def test_a_surname_keeps_the_apposed_nationality(pipeline: Pipeline) -> None:
    text = (
        "VADUZ, June 10 (Wire) - Police in Vaduz arrested Ivo Marek, the Czech founder of a failed crypto "
        "exchange, at the airport on Thursday. Prosecutors charged Marek with fraud on Friday."
    )
    charged = by_trigger(events_of(pipeline, text, DAY))["charged"][0]
    assert charged.source.country == "LIE"
    assert charged.target is not None and charged.target.country == "CZE"
    assert FOREIGN_PERSON in charged.evidence.steps


def test_the_man_is_the_national_named_before(pipeline: Pipeline) -> None:
    text = (
        "OSLO, June 10 (Wire) - Norway has asked for the release of a Norwegian engineer held in Tehran. "
        "Iran's judiciary said on Thursday that the man had been arrested on suspicion of spying."
    )
    arrested = by_trigger(events_of(pipeline, text, DAY))["arrested"][0]
    assert arrested.source.country == "IRN"
    assert arrested.target is not None and arrested.target.country == "NOR"


def test_a_pronoun_after_a_foreign_worker(pipeline: Pipeline) -> None:
    text = (
        "MINSK, June 10 (Wire) - Belarusian police arrested a German aid worker in Minsk on Thursday. "
        "Prosecutors charged her with espionage on Friday."
    )
    charged = by_trigger(events_of(pipeline, text, DAY))["charged"][0]
    assert charged.target is not None and charged.target.country == "DEU"


def test_a_home_suspect_stays_at_home(pipeline: Pipeline) -> None:
    # (no nationality is told for the man: the arrest stays the acting state's own)
    text = (
        "LIMA, June 10 (Wire) - Peruvian police arrested Jorge Salas, a former mayor of Ilo, on Thursday. "
        "A judge in Lima charged Salas with bribery on Friday."
    )
    charged = by_trigger(events_of(pipeline, text, DAY))["charged"][0]
    assert charged.target is None or charged.target.country == "PER"
    assert FOREIGN_PERSON not in charged.evidence.steps
