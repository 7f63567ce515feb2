"""The doer of a passive act told as who ran the operation it was part of ("were evacuated in an operation
run by X": X evacuated them), coding/operation_agent.py. Sentences written for these tests; each case lists
every event of its roots as (root, source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "an evacuation 'in an operation organised by' a navy is the navy's aid, not an organising of its own",
        "About 300 civilians were evacuated from the Libyan port of Misrata on Sunday in an operation "
        "organised by the Turkish navy.",
        (("07", "TUR", "LBY"),),
    ),
    DyadCase(
        "'under a mission led by' troops: the troops evacuated them",
        "Hundreds of wounded civilians were evacuated from the besieged Syrian city of Homs under a mission "
        "led by Jordanian troops.",
        (("07", "JOR", "SYR"),),
    ),
]

@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_operation_agent(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)

def test_no_organising_event_of_its_own(pipeline: Pipeline) -> None:
    text = CASES[0].text
    assert [e.root for e in events_of(pipeline, text, "2021-03-10") if e.root in ("03", "05")] == []
