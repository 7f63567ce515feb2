"""Classes of wrong sources and targets (issue 10, twelfth session, errsrc). Every sentence is invented.

- A country's name that opens the name of an ocean or of a town's park, square or street names a place,
  not the country (actors/regions.py): no event is aimed at India for what happens in the Indian Ocean.
- A reaction that names no counterpart answers the actor of the article's lead when that actor is named
  at least half as often as the most-named other country (coding/lead_party.py), not the scene.
"""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "trigger_code", "absent"),
    [
        # an ocean named after a country: the frigates are sent to the sea lanes, not to India
        ("Chile's navy sent two frigates into the Indian Ocean on Monday to escort ships.", "07", "IND"),
        # a park named after a capital (Victoria, the Seychelles'): the police seal off a place at home
        ("LIMA, March 9 (Wire) - Police sealed off Victoria Park on Sunday to stop a vigil.", "17", "SYC"),
        # a street named after a country
        ("Riot police fired tear gas at protesters on Argentina Avenue in Lima on Tuesday.", "1", "ARG"),
    ],
)
def test_place_named_after_a_country_is_no_party(
    pipeline: Pipeline, text: str, trigger_code: str, absent: str
) -> None:
    events = coded(pipeline, text, PUBLISHED)
    assert any(code.startswith(trigger_code) for code, _source, _target in events), events
    assert all(absent not in (source, target) for _code, source, target in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Strip" and "Strait" are not place nouns of this kind: the territory stays the target
        ("Israeli warplanes struck the Gaza Strip on Monday, the army said.", ("19", "ISR", "PSE")),
    ],
)
def test_territory_named_with_its_country_stays_a_party(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    events = [(code[:2], source, target) for code, source, target in coded(pipeline, text, PUBLISHED)]
    assert expected in events, events


LEAD_ACTOR = (
    "LIMA, May 2 (Wire) - Peru fired a ballistic missile over Ecuador on Monday. The missile fell into "
    "Ecuadorean waters, and Ecuador's navy tracked it. Peruvian officials called it a routine test. "
    "Chile's foreign minister warned of serious consequences."
)
SCENE_STORY = (
    "QUITO, May 2 (Wire) - Peru fired a ballistic missile over Ecuador on Monday. The missile fell into "
    "Ecuadorean waters, and Ecuador's navy tracked it. Ecuadorean fishermen said the blast shook their "
    "boats, and Ecuador's president cut short a visit abroad. Chile's foreign minister warned of serious "
    "consequences."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's actor (Peru) is named nearly as often as the scene (Ecuador): the reaction answers it
        (LEAD_ACTOR, ("13", "CHL", "PER")),
        # the lead's actor is named once, the scene five times: the count decides, as before
        (SCENE_STORY, ("13", "CHL", "ECU")),
    ],
)
def test_reaction_naming_nobody_answers_the_lead_actor(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    events = [(code[:2], source, target) for code, source, target in coded(pipeline, text, PUBLISHED)]
    assert expected in events, events
