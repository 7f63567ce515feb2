"""Yielding (CAMEO 08) and its contrasts in wordings the pyield probe set showed the coder missing or
coding under another root, on sentences written for these tests (issue 10): rows in verbs.curated.tsv
(ne.pyield.*) for an air campaign ended, censorship abolished, emergency rule ended, weapons put beyond
use, a cessation of hostilities declared, a ceasefire accepted, troops ordered or called home (0874, not
the deployment ordering troops somewhere is), and talks withdrawn from or quit (164, not the resignation
bare 'quit' codes). Each case states every event the sentence gives, so an extra or wrong event fails."""

from __future__ import annotations

import pytest
from coding_helpers import RoleCoded as Coded
from coding_helpers import coded_with_roles

from newsevents.pipeline import Pipeline

_DAY = "2021-06-04"  # a Friday


def _coded(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded_with_roles(pipeline, text, _DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 087: an air campaign ended de-escalates, it is no bombing
        ("NATO ended its air campaign against Libya on Thursday.", [("087", None, "IGO", "LBY")]),
        # 0811: censorship abolished eases restrictions on freedoms
        ("Tunisia abolished press censorship on Tuesday.", [("0811", "TUN", "GOV", "TUN")]),
        # 0814: emergency rule ended is a state of emergency lifted
        ("Peru ended emergency rule in the capital on Monday.", [("0814", "PER", "GOV", "PER")]),
        # 0873: weapons put beyond use are decommissioned
        (
            "The Basque group put its weapons beyond use, Spanish officials said.",
            [("0873", "ESP", None, "ESP")],
        ),
        # 164: talks quit or withdrawn from are negotiations halted
        ("Pakistan quit the talks with India on Tuesday.", [("164", "PAK", "GOV", "IND")]),
        ("Pakistan withdrew from the talks with India on Tuesday.", [("164", "PAK", "GOV", "IND")]),
        # 0874: troops ordered or called home are withdrawn, not deployed
        ("Spain ordered its troops home from Iraq on Sunday.", [("0874", "ESP", "GOV", "IRQ")]),
        ("Italy called its soldiers home from Lebanon on Sunday.", [("0874", "ITA", "GOV", "LBN")]),
        ("Spain ordered its troops to Iraq on Sunday.", [("154", "ESP", "GOV", "IRQ")]),
        # 0871: a cessation of hostilities declared, a ceasefire accepted, is the truce
        ("The rebels declared a cessation of hostilities on Tuesday.", [("0871", None, "REB", None)]),
        ("Iraq accepted the ceasefire on Tuesday.", [("0871", "IRQ", "GOV", "IRQ")]),
    ],
)
def test_yielding_rows(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _coded(pipeline, text) == expected
