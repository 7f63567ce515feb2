"""A participle of comment on an act ("..., calling the barrage revenge for X") names none of the act's
parties: the act's target is the one it hits (issue 10, helper pnow; ``coding/side_clauses.py``). Every
sentence is invented."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

_DAY = "2020-02-11"


def test_comment_participle_names_no_target(pipeline: Pipeline) -> None:
    text = ("Armenia fired about 40 rockets at Azerbaijan on Monday evening, calling the barrage revenge for "
            "the killing of a Georgian guard.")
    events = coded(pipeline, text, _DAY)
    assert [(s, t) for code, s, t in events if code[:2] in ("18", "19")] == [("ARM", "AZE")], events


def test_purpose_clause_still_names_the_counterpart(pipeline: Pipeline) -> None:
    events = coded(pipeline, "Chile sent an envoy on Monday to meet Bolivian leaders.", _DAY)
    assert any(t == "BOL" for _c, s, t in events if s == "CHL"), events
