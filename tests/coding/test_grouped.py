"""One act on a group (issue 10, duplicates): drafts of one trigger, code and source whose targets are a
definite pair ("both sides") or one phrase read as several countries are one event (select:group-target);
targets named apart, and physical acts on a group, stay one event per country. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.grouped import GROUP_TARGET
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "root", "source", "targets"),
    [
        (
            "NAIROBI, March 3 (Wire) - Fighting between Ethiopia and Eritrea flared on Monday along the "
            "border. Kenya urged both sides to stop the shelling at once.",
            "02",
            "KEN",
            {"ETH", "ERI"},
        ),
        (
            "LIMA, June 9 (Wire) - The rebels freed three ambassadors, from Chile, Bolivia and Brazil, on "
            "Sunday.",
            "08",
            "PER",
            {"CHL", "BOL", "BRA"},
        ),
        (
            # a body with no country of its own (the UN) is one source all the same
            "NEW YORK, Oct 2 (Wire) - Armenia and Azerbaijan exchanged artillery fire along their border "
            "on Friday. The United Nations secretary-general urged the two countries to hold their fire.",
            "02",
            None,
            {"ARM", "AZE"},
        ),
        (
            "BRUSSELS, Jan 8 (Wire) - Gas deliveries from Russia through Ukraine stopped on Wednesday. The "
            "European Commission urged both sides to restore supplies without delay.",
            "02",
            None,
            {"RUS", "UKR"},
        ),
    ],
)
def test_one_act_on_a_group_is_one_event(
    pipeline: Pipeline, text: str, root: str, source: str | None, targets: set[str]
) -> None:
    events = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root == root]
    assert len(events) == 1, [(e.cameo, e.target) for e in events]
    (event,) = events
    assert event.source.country == source
    assert event.target is not None and event.target.country in targets
    assert GROUP_TARGET in event.evidence.steps


def test_targets_named_apart_stay_two_events(pipeline: Pipeline) -> None:
    text = "OSLO, March 3 (Wire) - Norway urged Ethiopia and Eritrea on Tuesday to return to talks."
    events = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root == "02"]
    assert sorted(e.target.country for e in events if e.target) == ["ERI", "ETH"]
    assert all(e.source.country == "NOR" and GROUP_TARGET not in e.evidence.steps for e in events)


def test_an_attack_on_two_countries_buildings_stays_two_events(pipeline: Pipeline) -> None:
    text = (
        "DAMASCUS, Feb 4 (Wire) - Protesters stormed the Norwegian and Danish embassies in the Syrian "
        "capital on Saturday."
    )
    # (an assault, 18, or, with the subject row "protester" read through the dateline, a violent protest, 145)
    events = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root in ("14", "18")]
    assert sorted(e.target.country for e in events if e.target) == ["DNK", "NOR"]
    assert all(e.source.country == "SYR" and GROUP_TARGET not in e.evidence.steps for e in events)


def test_a_bodys_embargo_on_both_countries_stays_one_event_per_state(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK, May 14 (Wire) - Fighting between Ethiopia and Eritrea spread along the border this week. "
        "On Friday the Security Council imposed an embargo on weapons sales to both countries."
    )
    events = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root == "16"]
    assert sorted(e.target.country for e in events if e.target) == ["ERI", "ETH"]
    assert all(GROUP_TARGET not in e.evidence.steps for e in events)
