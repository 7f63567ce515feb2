"""Serbia and Montenegro, the Yugoslav federation's name from 2003, is coded SRB as Yugoslavia is
(corpus/README.md: Yugoslav state actors are SRB), not the ISO code SCG the geonames tables give it
(tools/curated_countries.tsv). A sentence written for this test."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_serbia_and_montenegro_is_the_yugoslav_state(pipeline: Pipeline) -> None:
    found = coded(
        pipeline,
        "ATHENS, May 6 (Wire) - Greece imposed sanctions on Serbia and Montenegro on Friday.",
        "2004-05-08",
    )
    assert any(s == "GRC" and t == "SRB" for _c, s, t in found), found
    assert not any(t == "SCG" for _c, _s, t in found), found
