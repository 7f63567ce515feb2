"""The aim of an act a verb of saying or deciding names by its object is no content of that verb
(coding/own_aim.py): "declared a truce to let aid in" is the truce. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese army declared a ceasefire on Friday to allow aid deliveries.",
        "Myanmar's military government announced a ceasefire on Monday to speed relief efforts.",
    ],
)
def test_the_act_named_by_the_object_is_the_event(pipeline: Pipeline, text: str) -> None:
    roots = [c[0][:2] for c in coded(pipeline, text, "2023-04-07")]
    assert roots == ["08"]


def test_a_reported_infinitive_with_no_object_still_stands_for_its_verb(pipeline: Pipeline) -> None:
    # "agreed to resume talks": no object of its own, the talks are the event (embedded-event)
    found = coded(pipeline, "Bogota agreed on Monday to resume talks with the rebels.", "2023-04-07")
    assert [c[0][:2] for c in found] == ["03"]


def test_a_content_clause_is_not_an_aim(pipeline: Pipeline) -> None:
    # what was announced stands for the verb of announcing, as before
    found = coded(pipeline, "Kenya announced on Monday that it would send troops to Haiti.", "2023-04-07")
    assert [(c[0][:2], c[1], c[2]) for c in found] == [("13", "KEN", "HTI")]
