"""Recall of the yielding (08), investigating (09), force-posture (15) and assault (18) roots (twenty-fourth
round, the roots the unseen half finds least): acts told in a chronology's present inside a time clause;
a truce that takes effect naming neither sides nor place is between the story's two sides, its broker aside
(coding/truce_story.py); ships sent to guard the sender's own fleet, crews or waters are its deployment
(own_purpose.toml); troops sent to a border "with X" show force to X (coding/border_with.py).
Sentences written for these tests; each case lists every event of its roots."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.coding.truce_story import TRUCE_STORY_SIDES
from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a truce with no sides or place named is between the story's two sides, not its broker",
        "Peru and Ecuador accused each other of shelling border posts. Peru said Ecuador had massed troops. "
        "A ceasefire brokered by Brazil took effect on Sunday.",
        (("08", "PER", "ECU"),),
        TRUCE_STORY_SIDES,
    ),
    DyadCase(
        "a ship sent to protect the sender's own fleet is a deployment, not assistance to another",
        "Peru seized a Chilean trawler on Sunday. Chile sent a navy patrol boat on Monday to protect its "
        "fishing fleet.",
        (("15", "CHL", "PER"),),
        "code:own-purpose",
    ),
    DyadCase(
        "troops sent to the sender's border with a neighbour show force to the neighbour",
        "Bolivia has moved hundreds of thousands of troops to its border with Chile since the talks "
        "collapsed.",
        (("15", "BOL", "CHL"),),
        "target:border-with",
    ),
    DyadCase(
        "a present-tense 'as' clause on a present-tense main verb is a chronology's act of its own",
        "March 2 - The alliance halts its air raids as Bolivian troops begin leaving Peru.",
        (("08", "BOL", "PER"),),
    ),
    DyadCase(
        "a present-tense 'after' clause on a present-tense main verb is a chronology's act of its own",
        "April 9 - Chile pulls its ships back after Argentina sends troops to the border with Chile.",
        (("15", "ARG", "CHL"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_roots_recall(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_a_truce_in_a_story_of_one_country_names_no_sides(pipeline: Pipeline) -> None:
    text = "The army and the rebels fought for weeks in Bolivia. A ceasefire took effect on Sunday."
    assert not [e for e in events_of(pipeline, text, "2024-03-03") if e.root == "08"]
