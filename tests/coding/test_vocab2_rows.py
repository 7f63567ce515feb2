"""Trigger words the dictionaries lacked (twenty-ninth round, helper vocab2; the ``ne.vocab2.*`` rows of
verbs.curated.tsv): a fire-control radar locked on another's ship is a show of force (150), a warship or a
patrol plane harassed too (150, not the bare protest of ph.harass.1); a terrorist listing annulled eases a
sanction (081); persons interned are detained (173); a counterattack is conventional force (190); tariffs
promised against a party are a threat of sanctions (1312); a person escorted to the border is expelled
(174); (cyber) attacks traced to a party accuse it (112). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED = "2021-03-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "QUITO, March 8 (Wire) - A Peruvian corvette locked its fire-control radar on a Chilean frigate.",
            [("150", "PER", "CHL")],
        ),
        (
            "QUITO, March 8 (Wire) - Peruvian fighter jets harassed a Chilean patrol plane on Monday.",
            [("150", "PER", "CHL")],
        ),
    ],
)
def test_vocab2_rows(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert coded(pipeline, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Peru's top court annulled the listing of the Chilean party as a terrorist group.", "08"),
        ("Peruvian police interned two Chilean sailors on Monday.", "17"),
        ("Peruvian troops launched a counterattack against Chilean forces on Monday.", "19"),
        ("Peru promised retaliatory tariffs on Chilean wine on Monday.", "13"),
        ("Peruvian police escorted Chilean minister Ana Ruiz to the border on Monday.", "17"),
        ("Peru traced the cyberattacks to Chilean military servers on Monday.", "11"),
    ],
)
def test_vocab2_roots(pipeline: Pipeline, text: str, root: str) -> None:
    assert root in {code[:2] for code, _, _ in coded(pipeline, text, PUBLISHED)}
