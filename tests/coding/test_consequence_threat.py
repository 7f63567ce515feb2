"""Threats told by a reported clause with no threatening verb (coding/consequence_threat.py): another
party's act said to bring consequences or a price, or said not to go unpunished, is the speaker's threat
(130) on the verb of saying. A price aimed at no named party, a law said to have grave consequences, a
price told as already paid and an act said to go unanswered are no threat. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

STEP = "trigger:consequence-threat"
CASES = [
    DyadCase(
        "an act said to have serious consequences for a named party threatens it",
        "Ankara said the raid would have serious consequences for Athens.",
        (("13", "TUR", "GRC"),),
        STEP,
    ),
    DyadCase(
        "strikes said not to go unpunished are a threat",
        "A Bolivian official said the air strikes would not go unpunished.",
        (("13", "BOL", None),),
        STEP,
    ),
    DyadCase(
        "an attack whose doer it names said to carry a heavy price threatens that doer",
        "The Kenyan foreign minister said the Somali attack on its ships would carry a heavy price.",
        (("13", "KEN", "SOM"),),
        STEP,
    ),
    DyadCase(
        "a seizure said not to be left unanswered is a threat",
        "Seoul said the seizure of the trawler would not be left unanswered.",
        (("13", "KOR", None),),
        STEP,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_consequence_threats(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "text",
    [
        # a law's grave consequences foresee harm: no answer of the speaker's
        "The Danish minister said the new laws would have devastating consequences for farmers.",
        # consequences told as had, with no modal, are a fact
        "Oslo said the raid had consequences for the fishing season.",
        # a price with no party named to bear it: the doer would be a guess from the context
        "The Kenyan foreign minister said any attack on its ships would carry a heavy price.",
        # an act said to go unanswered (not negated) threatens nothing
        "The Chilean minister said the raid would go unpunished without new evidence.",
    ],
)
def test_no_threat(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "13"]
