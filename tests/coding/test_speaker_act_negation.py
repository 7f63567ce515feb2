"""A speaker's own act coordinated after a negated reported clause ("said it had not been warned and
condemned the raid") shares none of that clause's negation (coding/modality.py), and the statement's own
event stays beside it (coding/selection.py: the act is no content of the reported clause). Sentences
written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_a_judgement_after_a_negated_reported_clause_is_kept(pipeline: Pipeline) -> None:
    text = "Nepal said it had not been warned and called the raid a provocation."
    assert [c for c, s, _t in coded(pipeline, text, "2019-04-02") if s == "NPL"] == ["111"]


def test_an_accusation_after_a_denial_keeps_both(pipeline: Pipeline) -> None:
    text = "Iraq said its troops had not crossed the border and accused Kuwait of lying."
    found = coded(pipeline, text, "1990-07-20")
    assert ("112", "IRQ", "KWT") in found
    assert [c for c, _s, _t in found if c == "016"] == ["016"]


def test_a_second_verb_of_the_reported_clause_stays_negated(pipeline: Pipeline) -> None:
    # "attacked" is no speaker's act (not an appeal, praise or blame): it shares "had not"
    text = "Iraq said its troops had not crossed the border or attacked Kuwaiti posts."
    assert [c for c, _s, _t in coded(pipeline, text, "1990-07-20") if c.startswith("19")] == []
