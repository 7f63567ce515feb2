"""The home-public-voice target (coding/home_public.py, issue 10, fallback targets): an act that names no
counterpart, by a public voice (the press, a former leader, rights groups, a party) of the country the
story is set in, with no foreign party in its sentence, is aimed at that country, not at the story's
foreign party. A police build-up is a measure at home, not a show of force at the foreign party its
sentence names (coding/targets.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a newspaper's demand in a story set at home, a foreign visitor named",
        "NAIROBI, May 4 (Wire) - Kenya's president met Britain's foreign secretary on Monday to discuss "
        "trade. Kenyan police detained a newspaper editor on Tuesday. The newspaper denied the charges and "
        "demanded his release.",
        (("10", "KEN", "KEN"),),
        step="target:home-public-voice",
    ),
    DyadCase(
        "a former leader's promise in a story set at home, foreign watchers named",
        "LIMA, May 4 (Wire) - Peru's congress removed the president on Monday, and Chile and Brazil said "
        "they were watching closely. Chilean officials met the new leader. The former president promised "
        "to return to politics.",
        (("03", "PER", "PER"),),
        step="target:home-public-voice",
    ),
    DyadCase(
        "riot police deployed at home, a foreign country named in the sentence",
        "QUITO, May 4 (Wire) - Riot police were deployed around Ecuador's parliament on Monday as lawmakers "
        "debated a bill to extradite suspects to Colombia.",
        (("15", "ECU", "ECU"),),
    ),
    DyadCase(
        "troops sent to the border face the foreign party named",
        "QUITO, May 4 (Wire) - Ecuador ordered troops to the northern border on Monday, days after "
        "Colombian rebels raided a village.",
        (("15", "ECU", "COL"),),
        step="target:force-counterpart",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_home_public(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
