"""Root 01 statements (issue 10, w2stmt): an admitted harm acknowledges responsibility (015,
coding/admissions.py); a guest at a ceremony is no symbolic act (017) but a visit when the place is
named. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.coding import admissions
from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2011-06-07")


@pytest.mark.parametrize(
    ("text", "source", "act"),
    [
        ("Ecuador admitted on Monday that its soldiers had fired on Peruvian fishermen.", "ECU", "190"),
        ("The Peruvian government acknowledged that the reporter died inside its embassy.", "PER", None),
        (
            # the admission as a trailing aside, parsed as a conjunct of the act it admits
            "Chile's navy shot down a Bolivian airliner by mistake shortly after it left La Paz on Monday, "
            "the Chilean military admitted on Friday, killing all 90 people aboard.",
            "CHL",
            "190",
        ),
    ],
)
def test_admitted_harm_is_acknowledged_responsibility(
    pipeline: Pipeline, text: str, source: str, act: str | None
) -> None:
    found = _events(pipeline, text)
    assert [(c, s) for c, s, _t in found if c == "015"] == [("015", source)]
    # the admitted act stays an event of its own
    assert sorted(c for c, _s, _t in found) == sorted(["015", *([act] if act else [])])


@pytest.mark.parametrize(
    "text",
    [
        "Brazil did not admit any wrongdoing.",
        "Colombia acknowledged the new government in Caracas.",
        "Uruguay admitted that the talks had stalled.",
    ],
)
def test_no_admitted_harm_no_acknowledgement(pipeline: Pipeline, text: str) -> None:
    assert [e for e in _events(pipeline, text) if e[0] == "015"] == []


def test_guest_at_a_ceremony_is_no_symbolic_act(pipeline: Pipeline) -> None:
    assert (
        _events(pipeline, "Kenya's president and Ghana's president attended the ceremony at the palace.")
        == []
    )
    assert _events(pipeline, "The pope will celebrate mass for 50,000 people in the capital on Sunday.") == []


def test_guest_at_a_ceremony_in_a_named_place_visits_it(pipeline: Pipeline) -> None:
    found = _events(pipeline, "JUBA, July 9 (Wire) - Kenya's president attended the ceremony in Juba.")
    assert found == [("042", "KEN", "SSD")]


def test_admission_words_load() -> None:
    words = admissions.admission_words()
    assert "admit" in words.verbs and "die" in words.harm_words and "19" in words.harm_roots
