"""Self-justification (coding/self_justified.py): a speaker calling a bare act of its own lawful or needed
("said the step was legal") defends it and praises nobody (no 051); an act that names its party, or
praise beside the lawfulness, stays praise. Every sentence is invented (issue 10)."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president said the tariffs were a legal obligation under the treaty.",
        "The Omani navy called the boarding a lawful operation against smugglers.",
        "Norway's foreign ministry said the expulsion was a legitimate and necessary step.",
    ],
)
def test_a_bare_act_called_lawful_is_no_praise(pipeline: Pipeline, text: str) -> None:
    assert not [c for c, _s, _t in coded(pipeline, text, "2019-05-14") if c == "051"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said the Estonian move was legal.",
        "Ecuador said the measure was a fair and legitimate step.",
    ],
)
def test_a_named_act_or_other_praise_stays_praise(pipeline: Pipeline, text: str) -> None:
    assert [c for c, _s, _t in coded(pipeline, text, "2019-05-14") if c == "051"]
