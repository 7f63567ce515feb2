"""Acts told in a relative clause on a subject, and coordinated diplomatic measures of one code. Every
sentence is invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _dyads(pipeline: Pipeline, text: str, published: str, root: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, published)
        if e.root == root
    ]


def test_a_relative_clause_object_does_not_place_its_head(pipeline: Pipeline) -> None:
    # (the envoy is Ecuador's, told before; Lima is the party the envoy accuses, not the envoy's country)
    text = (
        "QUITO, March 3 (Wire) - Ecuador sent an envoy to Peru last week.\n\n"
        "The envoy, who accused Lima of stalling the border talks, left on Monday."
    )
    assert ("ECU", "PER") in _dyads(pipeline, text, "2025-03-03", "11")
    assert ("PER", "ECU") not in _dyads(pipeline, text, "2025-03-03", "11")


def test_coordinated_diplomatic_measures_of_one_code_are_two_events(pipeline: Pipeline) -> None:
    text = "QUITO (Wire) - Ecuador recalled its ambassador from Lima and expelled Peru's envoy on Monday."
    assert _dyads(pipeline, text, "2024-05-06", "16") == [("ECU", "PER"), ("ECU", "PER")]
