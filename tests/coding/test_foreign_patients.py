"""A coercive act on people referred back to ("them", "the two") whom the article named as nationals of
another country is aimed at that country (target:foreign-patients, coding/foreign_patients.py); sentences
written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.foreign_patients import FOREIGN_PATIENTS
from newsevents.pipeline import Pipeline

DAY = "2021-06-11"


def test_deported_nationals_are_their_country(pipeline: Pipeline) -> None:
    text = (
        "LIMA, June 11 (Wire) - Peruvian coast guards found two Chilean cyclists camping in a closed reserve "
        "near Ilo on Thursday. A judge in Ilo ruled that they had broken the law. Peru deported the two on "
        "Friday."
    )
    deported = by_trigger(events_of(pipeline, text, DAY))["deported"][0]
    assert deported.source.country == "PER"
    assert deported.target is not None and deported.target.country == "CHL"
    assert FOREIGN_PATIENTS in deported.evidence.steps


def test_a_state_organ_is_no_patient(pipeline: Pipeline) -> None:
    # (the only nationality names the soldiers who found them, not the people sentenced: it stays at home)
    text = (
        "LIMA, June 11 (Wire) - Peruvian soldiers found two students camping in a closed reserve near Ilo on "
        "Thursday. A court in Ilo sentenced the two on Friday."
    )
    sentenced = by_trigger(events_of(pipeline, text, DAY))["sentenced"][0]
    assert sentenced.target is not None and sentenced.target.country == "PER"
    assert FOREIGN_PATIENTS not in sentenced.evidence.steps
