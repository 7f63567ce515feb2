"""An autopsy, a post-mortem or forensic tests carried out, performed or ordered are an inquiry (090, as
&INVESTIGATION in synsets.curated.tsv, and the row ne.posture40.1 for "performed"). Sentences written for
these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_an_autopsy_performed_on_a_foreigner_is_an_inquiry(pipeline: Pipeline) -> None:
    text = "PARIS, May 4 (Wire) - French doctors performed an autopsy on the Russian dissident on Monday."
    performed = by_trigger(events_of(pipeline, text, "2020-05-04"))["performed"][0]
    assert performed.root == "09"
    assert performed.source.country == "FRA"
    assert performed.target is not None and performed.target.country == "RUS"


def test_a_post_mortem_ordered_by_the_police_is_an_inquiry(pipeline: Pipeline) -> None:
    text = "DODOMA, May 4 (Wire) - Tanzanian police ordered a post-mortem on the Indian trader on Monday."
    ordered = by_trigger(events_of(pipeline, text, "2020-05-04"))["ordered"][0]
    assert ordered.root == "09"
    assert ordered.source.country == "TZA"
    assert ordered.target is not None and ordered.target.country == "IND"
