"""An armed band is no protesting crowd (``coding/data/protest.toml``, ``not_protesters``): "armed youths
attacked the base" is an assault, while protesters armed with stones still riot. Every sentence is
invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.evidence.trigger, e.cameo) for e in events_of(pipeline, text, "2019-05-04")]


def test_armed_youths_attacking_a_base_assault_it(pipeline: Pipeline) -> None:
    found = _codes(pipeline, "Some 500 armed youths attacked a U.N. base in Bor, South Sudan, on Friday.")
    assert [c[:2] for _w, c in found] == ["18"]


def test_protesters_armed_with_stones_still_riot(pipeline: Pipeline) -> None:
    found = _codes(pipeline, "Protesters armed with stones stormed the governor's office in Bor on Saturday.")
    assert found == [("stormed", "145")]
