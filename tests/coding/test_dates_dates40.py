"""Wrong dates by class (issue 10, helper dates40): an undated past act told with a purpose infinitive that
carries a day takes that day (``newsevents.purposedate``), never from a complement infinitive, which names
a coming act. Every sentence is invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _dates(pipeline: Pipeline, text: str) -> dict[str, list[tuple[str | None, list[str]]]]:
    dates: dict[str, list[tuple[str | None, list[str]]]] = {}
    for e in events_of(pipeline, text, "2024-03-09"):
        steps = [s for s in e.evidence.steps if s.startswith("date:")]
        dates.setdefault(e.evidence.trigger, []).append((e.date, steps))
    return dates


def test_undated_act_takes_the_day_of_its_purpose_infinitive(pipeline: Pipeline) -> None:
    text = ("NIAMEY, March 9 (Wire) - Nigerien troops arrived to protect President Ali Lamine Zeine on "
            "Thursday, as rebels from Mali advanced on the capital.")
    dates = _dates(pipeline, text)
    assert dates.get("arrived") == [("2024-03-07", ["date:purpose-infinitive-day"])], dates


def test_complement_infinitive_lends_no_day(pipeline: Pipeline) -> None:
    # "agreed to meet": a complement names a coming act; the agreement keeps the report's day
    text = ("QUITO, March 9 (Wire) - Ecuador's foreign minister agreed to meet his Colombian counterpart "
            "on Tuesday.")
    dates = _dates(pipeline, text)
    assert all(steps != ["date:purpose-infinitive-day"] for v in dates.values() for _, steps in v), dates
