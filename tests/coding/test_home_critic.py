"""The home-critic target (coding/home_story.py, issue 10, target errors): a statement, demand,
criticism or refusal by the opposition, a former leader or the rebels of the country the story is set
in, naming no counterpart, answers its own government, not the story's foreign party; a foreign former
leader in a story set elsewhere keeps the article's counterpart. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "an opposition leader's criticism in a story set at home",
        "QUITO, May 4 (Wire) - Ecuador signed a loan deal with Peru on Monday. Ecuador's finance minister "
        "said the loan would be repaid within ten years. Opposition leader Marta Ruiz denounced the "
        "decision as a betrayal.",
        (("11", "ECU", "ECU"),),
        step="target:home-critic",
    ),
    DyadCase(
        "a rebel demand in a story set at home, foreign hostages named",
        "LIMA, May 4 (Wire) - Peruvian rebels seized a mining camp in the Andes on Monday and took 30 "
        "workers hostage, among them two Chilean engineers. Peru's president refused to negotiate. The "
        "rebels demanded freedom for their imprisoned comrades.",
        (("10", "PER", "PER"),),
        step="target:home-critic",
    ),
    DyadCase(
        "a foreign former leader's criticism keeps the story's country",
        "BANGKOK, May 4 (Wire) - Thailand's election commission annulled the vote on Monday, and Thai "
        "officials said a new vote would be held in June. Former U.S. president Jimmy Carter criticised "
        "the ruling.",
        (("11", "USA", "THA"),),
        step="target:article-counterpart",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_home_critic(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
