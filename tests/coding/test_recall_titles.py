"""Envoys recalled by their title (rows ne.pmix.1-3): a high commissioner, a representative or diplomats
recalled is a reduction of relations (161) like an ambassador recalled. Every sentence is invented
(issue 10, pmix)."""

from __future__ import annotations

import pytest
from coding_helpers import kept_triggers

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Canberra recalled its high commissioner from Wellington.",
        "Minsk recalled its permanent representative to the council.",
        "Peru recalled its diplomats from Caracas.",
    ],
)
def test_recalled_envoy_by_title_reduces_relations(pipeline: Pipeline, text: str) -> None:
    assert [(w, c) for w, c, _s in kept_triggers(pipeline, text)] == [("recalled", "161")]


def test_a_recalled_product_is_no_event(pipeline: Pipeline) -> None:
    assert kept_triggers(pipeline, "The carmaker recalled its new model.") == []
