"""Co-speakers' words and acts that need a counterpart in a news digest are aimed at their own section's
party, never at the party another section names most (coding/section_counterpart.py). Every sentence is
invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.co_speakers import CO_SPEAKERS
from newsevents.coding.section_counterpart import section_bounds
from newsevents.coding.targets import ARTICLE_COUNTERPART
from newsevents.pipeline import Pipeline

_DIGEST = (
    "WORLD IN BRIEF\n\n"
    "HAVANA - Rebel troops advanced to within 20 km of the capital of Cuba on Tuesday after heavy "
    "fighting. Mexico and Brazil urged both sides to put down their weapons.\n\n"
    "OTTAWA - Canada's prime minister was sworn in on Tuesday before envoys of some 90 nations. Canada's "
    "new prime minister greeted the Japanese emperor's envoy. Canada pledged aid to Japan."
)


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "digest-co-speakers", _DIGEST, (("02", "MEX", "CUB"), ("02", "BRA", "CUB")), step=CO_SPEAKERS
        ),
        DyadCase(
            "digest-article-counterpart",
            _DIGEST.replace("urged both sides to put down their weapons", "demanded an immediate halt"),
            (("10", "MEX", "CUB"), ("10", "BRA", "CUB")),
            step=ARTICLE_COUNTERPART,
        ),
    ],
    ids=lambda c: c.name,
)
def test_digest_counterpart_is_the_section_s(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_section_bounds(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(_DIGEST)
    called = next(t for t in doc if t.text == "urged")
    greeted = next(t for t in doc if t.text == "greeted")
    first, second = section_bounds(called), section_bounds(greeted)
    assert first is not None and second is not None
    assert first[0] <= called.i < first[1] == second[0] <= greeted.i < second[1] == len(doc)
    assert section_bounds(pipeline.nlp("Mexico called on both sides to stop.")) is None
