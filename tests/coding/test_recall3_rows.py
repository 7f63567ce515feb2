"""Force posture the coder missed (twenty-ninth round, helper recall3; the ``ne.recall3.*`` rows of
verbs.curated.tsv and naval vessels in the ``MILITARY`` synset): warships or an aircraft carrier ordered
to a place are forces mobilised (154), an order to the army to do something (a verb, not a place) stays
that act; a laser aimed or pointed at another's ship is a show of force (150). Sentences written for these
tests. Also: people seized by separatists, terrorists or extremists are abducted (181), as by the
armed groups the ``ne.seize.pc*`` rows name, and observers and monitors are people seized; forces counted
by a part ("hundreds of soldiers were deployed") are the forces of an agentless passive of posture
(coding/posture.py); checkpoints or metal detectors removed, dismantled or lifted ease a restriction (081);
a no-fly zone declared, established or enforced is a show of force (150)."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED = "2021-03-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # naval forces ordered to a place: a deployment
        (
            "QUITO, March 8 (Wire) - Chile ordered two destroyers to the Peruvian coast on Monday.",
            [("154", "CHL", "PER")],
        ),
        (
            "QUITO, March 8 (Wire) - Chile ordered the aircraft carrier to the Peruvian coast on Monday.",
            [("154", "CHL", "PER")],
        ),
        # an order to do something is that act, no deployment
        (
            "QUITO, March 8 (Wire) - Chile ordered the army to withdraw from the Peruvian border on Monday.",
            [("0874", "CHL", "PER")],
        ),
        # a laser aimed at another's ship
        (
            "QUITO, March 8 (Wire) - A Peruvian patrol boat aimed a laser at a Chilean frigate on Monday.",
            [("150", "PER", "CHL")],
        ),
        (
            "QUITO, March 8 (Wire) - A Peruvian coast guard ship pointed a laser at a Chilean tug on Monday.",
            [("150", "PER", "CHL")],
        ),
    ],
)
def test_recall3_rows(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert coded(pipeline, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # observers and monitors seized by an armed group: an abduction, active or passive
        (
            "Separatists seized three Bolivian monitors in eastern Peru on Friday.",
            [("181", "PER", "BOL")],
        ),
        ("Two Bolivian observers were seized by separatists in Peru on Friday.", [("181", "PER", "BOL")]),
        # the police seizing people stays the arrest
        ("Peruvian police seized two Bolivian reporters on Friday.", [("173", "PER", "BOL")]),
        # forces counted by a part in an agentless passive of posture
        (
            "Hundreds of Chilean soldiers were deployed to the Peruvian border on Friday.",
            [("154", "CHL", "PER")],
        ),
        (
            "Most of the Chilean frigates were deployed to the Peruvian coast on Friday.",
            [("154", "CHL", "PER")],
        ),
        # a count of people who are no forces sent somewhere stays no posture
        ("Dozens of Chilean fans were sent home on Friday.", []),
    ],
)
def test_recall3_seized_and_counted_forces(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert coded(pipeline, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # checkpoints or metal detectors taken away ease a restriction
        (
            "Bolivia removed the metal detectors at the border bridge on Friday after protests by traders.",
            [("081", "BOL", "BOL")],
        ),
        (
            "Chile dismantled the checkpoints on the road to the Peruvian border on Friday.",
            [("081", "CHL", "PER")],
        ),
        # removing a person stays the expulsion
        ("Peru removed the Bolivian consul on Friday.", [("174", "PER", "BOL")]),
        # a no-fly zone declared: a show of force
        ("Chile declared a no-fly zone over its northern border region on Friday.", [("150", "CHL", "CHL")]),
    ],
)
def test_recall3_eased_and_shown(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert coded(pipeline, text, PUBLISHED) == expected
