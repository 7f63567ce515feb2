"""An act whose target fell back to its source's own country takes the one foreign party its sentence
names (target:foreign-counterpart, coding/own_country.py), on sentences written for these tests (issue 10)."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of

from newsevents.coding.own_country import FOREIGN_COUNTERPART
from newsevents.pipeline import Pipeline
from newsevents.records import Event


def _event(pipeline: Pipeline, text: str, trigger: str) -> Event:
    return by_trigger(events_of(pipeline, text, "2021-03-10"))[trigger][0]


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # no target named: the foreign party of the sentence, not the source's own country
        (
            "Greek coast guard ships rammed a Turkish fishing boat near Lesbos and seized the catch.",
            "seized",
            "GRC",
            "TUR",
        ),
        (
            "Egyptian guards intercepted a Sudanese convoy on the border and confiscated the weapons.",
            "confiscated",
            "EGY",
            "SDN",
        ),
        (
            "Tens of thousands of Lebanese marched in Beirut on Sunday, many chanting for Syria to leave.",
            "marched",
            "LBN",
            "SYR",
        ),
        # an armed group read as the source's own country stands in for the foreign party
        (
            "Kenyan troops pounded militant camps in the south of the country on Tuesday, "
            "Somali officials said.",
            "pounded",
            "KEN",
            "SOM",
        ),
    ],
)
def test_fallback_target_takes_the_foreign_party(
    pipeline: Pipeline, text: str, trigger: str, source: str, target: str
) -> None:
    event = _event(pipeline, text, trigger)
    assert event.source.country == source
    assert event.target is not None and event.target.country == target
    assert FOREIGN_COUNTERPART in event.evidence.steps


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a country in a place phrase places the act; it is no party to it
        (
            "Zambian police detained dozens of protesters in Lusaka, days after the president returned "
            "from a visit to Moscow.",
            "detained",
            "ZMB",
        ),
        (
            "Kenyan troops drove militants out of two towns near the Somali border, officials said.",
            "drove",
            "KEN",
        ),
        # a party of a scene clause is not the main act's, nor the main clause's the scene act's
        (
            "Greek coast guard ships seized the catch on Monday, days after Turkish officials warned "
            "fishermen to stay away.",
            "seized",
            "GRC",
        ),
        (
            "Norway's foreign ministry called for the immediate release of jailed activists, days after "
            "Egyptian police raided their offices.",
            "raided",
            "EGY",
        ),
        # a nationality in the source phrase names the people, not a counterpart
        ("Ethnic Albanians demonstrated in southern Serbia on Tuesday.", "demonstrated", "SRB"),
        # the state's own people named as target stay at home whoever reports it
        (
            "Police in Nairobi arrested 40 people after the riots, the British embassy said.",
            "arrested",
            "KEN",
        ),
    ],
)
def test_act_at_home_keeps_its_own_country(pipeline: Pipeline, text: str, trigger: str, country: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.source.country == country
    assert event.target is not None and event.target.country == country
    assert FOREIGN_COUNTERPART not in event.evidence.steps
