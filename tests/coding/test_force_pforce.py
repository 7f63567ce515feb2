"""Force posture (CAMEO 15) and assault (18) in wordings the pforce probe set showed the coder missing or
coding under another root, on sentences written for these tests (issue 10): rows in verbs.curated.tsv
(ne.pforce.*) for patrols and checkpoints stepped up (150), warships sent (154, not the arms aid a
&WEAPON object sends) or sailing toward a place (150), army units moving to a border (154) or back to
their bases (0874) and bombs tearing through a place (183; "through" is no preposition of place in
words.toml, since "peace through a truce" is no place, so the place comes from an "in" phrase or the
dateline). Each case states every event the sentence gives, so an extra or wrong event fails."""

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
        # 150: more patrols and checkpoints put out show police or military power
        (
            "Thai police increased checkpoints and patrols across Bangkok on Tuesday.",
            [("150", "THA", "COP", "THA")],
        ),
        (
            "The Kenyan army stepped up patrols along the Somali border on Monday.",
            [("154", "KEN", "MIL", "SOM")],
        ),
        # 154: warships sent are forces deployed, not arms given
        (
            "France sent an aircraft carrier group toward the Strait of Hormuz on Monday.",
            [("154", "FRA", "GOV", "IRN")],
        ),
        # 150: a carrier sailing toward a coast is a naval show of force
        (
            "The French carrier Charles de Gaulle sailed toward the Libyan coast on Monday.",
            [("150", "FRA", "MIL", "LBY")],
        ),
        # 154: army units moving to a border build up forces there (brigades are its forces: state_role.py)
        ("Three Syrian brigades moved toward the Turkish border on Monday.", [("154", "SYR", "MIL", "TUR")]),
        # 183: a bomb tearing through a place is a bombing there
        ("A car bomb tore through a market in Kabul on Thursday.", [("183", "AFG", None, "AFG")]),
        (
            "PESHAWAR, Pakistan (Wire) - A powerful blast ripped through a crowded bazaar on Thursday.",
            [("183", "PAK", None, "PAK")],
        ),
        # 0874: army units returning to their bases are forces pulled back
        (
            "Some Russian units were returning to their bases after drills near Ukraine, the ministry said.",
            [("0874", "RUS", None, "UKR")],
        ),
        # contrast: weapons sent to another state stay arms aid (072)
        ("Germany sent artillery to Ukraine on Monday.", [("072", "DEU", "GOV", "UKR")]),
    ],
)
def test_posture_and_assault_rows(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _coded(pipeline, text) == expected
