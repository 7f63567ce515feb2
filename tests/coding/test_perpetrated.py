"""Acts of force a party is said to commit are done, not intended (modality:perpetrated-act,
coding/perpetrated.py), and the accused party, not the accuser, commits them (issue 10, helper w2coer)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.perpetrated import PERPETRATED_ACT
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Kenya accused Somalia on Tuesday of committing massacres in the border villages.", "SOM"),
        # the accused as an object pronoun: never the accuser its verb's subject is
        (
            "NAIROBI (Wire) - Uganda filed a complaint against Sudan at the United Nations on Tuesday, "
            "accusing it of committing massacres in the border villages.",
            "SDN",
        ),
    ],
)
def test_accused_massacre_is_the_accused_act(pipeline: Pipeline, text: str, source: str) -> None:
    events = events_of(pipeline, text, "2020-03-05")
    force = [e for e in events if e.root in ("18", "19", "20")]
    assert [e.source.country for e in force] == [source]
    assert all(PERPETRATED_ACT in e.evidence.steps and e.modality == "asserted" for e in force)
    # the accusation's content is no threat by the accuser
    assert not [e for e in events if e.root == "13"]


def test_commitment_to_an_act_stays_an_intention(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Chad committed to withdrawing its troops from the border.", "2020-03-05")
    assert not [e for e in events if PERPETRATED_ACT in e.evidence.steps]
