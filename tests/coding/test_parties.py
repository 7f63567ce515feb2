"""Who a reaction answers (issue 10, cause 1): a refusal that names nobody answers the story's lead
event, by another country's actor for a state organ, by any other actor for a party, a cleric or a
citizen, who may refuse their own state. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article

CASES = [
    (
        "a state refuses the foreign party of the lead",
        "MOSCOW, Nov 28 (Wire) - Russia imposed sanctions on Turkey on Saturday. Ankara has refused to "
        "apologise.",
        ("12", "TUR", "RUS"),
    ),
    (
        "an opposition party refuses its own state",
        "MINSK, Aug 20 (Wire) - Belarusian police detained the opposition leader on Tuesday. The "
        "opposition party refused to call off the strike.",
        ("12", "BLR", "BLR"),
    ),
]


@pytest.mark.parametrize(("name", "text", "dyad"), CASES, ids=[c[0] for c in CASES])
def test_refusal_answers_the_lead(
    pipeline: Pipeline, name: str, text: str, dyad: tuple[str, str, str]
) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-10"))
    found = [
        (e.root, e.source.country, e.target.country if e.target else None, e.evidence.steps)
        for e in getattr(result, "events", ())
        if e.root == dyad[0]
    ]
    assert [f[:3] for f in found] == [dyad], found
    assert "target:answers-lead" in found[0][3]
