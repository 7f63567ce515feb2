"""A journey told by one of its parts ("at the end of her visit to X", "on the third day of his state visit
to X") is a visit of its own, dated by its first day (coding/journey_part.py); a journey yet to come ("on
the eve of") is none. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_a_visit_told_at_its_end_is_a_visit_from_its_first_day(pipeline: Pipeline) -> None:
    text = (
        "HANOI, May 9 (Wire) - Japanese Prime Minister Kenji Mori and Vietnamese President Tran Van Long "
        "signed a maritime accord on Thursday at the end of Mori's three-day state visit to Hanoi."
    )
    visits = by_trigger(events_of(pipeline, text, "2024-05-10"))["visit"]
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in visits] == [
        ("042", "JPN", "VNM")
    ]
    assert visits[0].date == "2024-05-07"


def test_a_visit_told_on_a_later_day_is_held_by_the_clause_subject(pipeline: Pipeline) -> None:
    text = (
        "SEOUL, May 9 (Wire) - Chilean President Ana Ruiz signed three trade deals on Thursday, on the third "
        "day of her state visit to South Korea."
    )
    visits = by_trigger(events_of(pipeline, text, "2024-05-10"))["visit"]
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in visits] == [
        ("042", "CHL", "KOR")
    ]
    assert visits[0].date == "2024-05-07"


def test_a_visit_yet_to_come_is_no_visit(pipeline: Pipeline) -> None:
    text = (
        "SEOUL, May 9 (Wire) - North Korea fired a missile on Thursday on the eve of the Chilean "
        "president's visit to Seoul."
    )
    assert "visit" not in by_trigger(events_of(pipeline, text, "2024-05-10"))
