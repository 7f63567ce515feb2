"""Round 21 (missed events): "holds X responsible" read as a clause of its own ("X" the subject of
"responsible", coding/held_responsible.py) is mended into the verb's object and complement, an accusation
(112); "hold ... accountable/liable" are accusations too (rows ne.missed.*). Every sentence is invented
(issue 10)."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.held_responsible import held_responsible
from newsevents.pipeline import Pipeline


def test_the_repair_makes_the_party_the_verbs_object(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Denmark holds Russia responsible for the sabotage.")
    russia, responsible = (next(t for t in doc if t.lower_ == w) for w in ("russia", "responsible"))
    if russia.dep_ == "dobj":
        pytest.skip("the parser read the phrase right: nothing to mend")
    assert held_responsible(doc) == 1
    assert (russia.head.lower_, russia.dep_) == ("holds", "dobj")
    assert (responsible.head.lower_, responsible.dep_) == ("holds", "oprd")


def test_a_clause_with_its_own_copula_is_left_alone(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Denmark holds that Russia is responsible for the sabotage.")
    assert held_responsible(doc) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denmark holds Russia responsible for the sabotage.", ("112", "DNK", "RUS")),
        ("The minister said Oslo holds Moscow fully responsible for the attack.", ("112", "NOR", "RUS")),
        ("Israel holds Hamas accountable for the attack.", ("112", "ISR", "PSE")),
    ],
)
def test_a_party_held_to_blame_is_accused(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in coded(pipeline, text, "2024-02-10")
