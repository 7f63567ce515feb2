"""Parties told by what owns them or by a commander's title (issue 10, helper pactor): a person's government
that a later "it" refers to ("Ruiz's government said it ..."), a spokesman of "the junta" named in the
sentence before, "the general" for an officer first named as junta chief, and "the court" for the
international court named before. Sentences written for these tests; each case lists every event of its
roots as (root, source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "'it' after a person's government is that government, not the accuser named before",
        "NAIROBI, March 9 (Wire) - Kenya accused Chad's president, Idriss Deby, of arming rebels on Monday. "
        "Deby's government said it would recall its ambassador from Nairobi.",
        (("13", "TCD", "KEN"),),
        step="actor:pronoun",
    ),
    DyadCase(
        "'the junta's spokesman', though named, is of the junta's country, not the dateline's",
        "PARIS, March 9 (Wire) - France said on Thursday it would pull its soldiers out of Burkina Faso, "
        "citing hostility from the country's military junta. The junta's spokesman, Captain Ana Ruiz, "
        "demanded that the soldiers leave within a month.",
        (("10", "BFA", "FRA"),),
    ),
    DyadCase(
        "an unnamed 'junta's spokesman' is of the junta's country too",
        "PARIS, March 9 (Wire) - France said on Thursday it would pull its soldiers out of Burkina Faso, "
        "citing hostility from the country's military junta. The junta's spokesman demanded that French "
        "soldiers leave within a month.",
        (("10", "BFA", "FRA"),),
        step="actor:agent-in-context",
    ),
    DyadCase(
        "'the court' is the international court named before, not a court of the refusing state",
        "THE HAGUE, March 9 (Wire) - On Monday the International Criminal Court issued a warrant to "
        "arrest Chad's president. Chad's government said on Tuesday it would not cooperate with the court.",
        (("12", "TCD", None),),
        step="actor:definite-description",
    ),
    DyadCase(
        "'the court' after a body whose name lacks the noun keeps the country's own court",
        "NAIROBI, March 9 (Wire) - The United Nations urged calm on Monday. Kenya's government said it would "
        "not cooperate with the court.",
        (("12", "KEN", "KEN"),),
    ),
    DyadCase(
        "'the general' is the junta chief named before, not the country of the speaker after the clause",
        "ACCRA, March 9 (Wire) - West African leaders met Guinea's junta chief, Mamady Doumbouya, in Accra "
        "on Sunday. The general agreed to meet Senegal's president next week, Ghana's foreign minister said.",
        (("03", "GIN", "SEN"),),
        step="actor:definite-description",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_owner_reference(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
