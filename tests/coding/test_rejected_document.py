"""What a rejection rejects decides its root (verbs.curated.tsv, ne.reject.7, ne.dismiss.7, ne.reject2.*): a
report, findings or a claim to rights rejected is a rejection (120); an accusation, charge or claim of
wrongdoing rejected stays a denial (016). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia rejected the report on Monday.", [("120", "BOL", None)]),
        ("Ecuador dismissed the report of the panel.", [("120", "ECU", None)]),
        ("Ecuador dismissed the commission's findings.", [("120", "ECU", None)]),
        ("Peru rejected Chile's claim of historic rights in the bay.", [("120", "PER", "CHL")]),
        ("Peru rejected the accusation as baseless.", [("016", "PER", None)]),
        ("Peru dismissed the charge.", [("016", "PER", None)]),
    ],
)
def test_what_is_rejected_decides_the_root(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert coded(pipeline, text, "2011-06-07") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # regret naming no deed after another country's act: disapproval of its maker
            "BOGOTA, May 3 (Wire) - Venezuela closed the border with Colombia on Thursday. Colombia's "
            "foreign ministry expressed deep regret on Friday.",
            [("160", "VEN", "COL"), ("111", "COL", "VEN")],
        ),
        (
            # the regretter's own act before it: an apology, as before
            "BOGOTA, May 3 (Wire) - Venezuelan jets entered Colombian airspace on Thursday. Venezuela's "
            "foreign ministry expressed deep regret on Friday.",
            [("150", "VEN", "COL"), ("055", "VEN", "COL")],
        ),
    ],
)
def test_bare_regret_after_another_country_act(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    # (coding/regretted_deed.py, code:bare-regret)
    assert coded(pipeline, text, "2011-06-07") == expected


def test_rejection_coordinated_after_a_denied_clause_is_the_deniers(pipeline: Pipeline) -> None:
    # the parser hangs "rejected" on the denied clause's verb: the officials reject (speaker_verbs, triggers)
    text = (
        "TOKYO, May 3 (Wire) - Chilean officials denied the tariffs were retaliation and rejected a Peruvian "
        "call for an international panel to review the tariffs."
    )
    assert coded(pipeline, text, "2011-06-07") == [("016", "CHL", "PER"), ("122", "CHL", "PER")]
