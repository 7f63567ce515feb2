"""Deeds of force named as what a speaker condemns, with their own maker in a "by" phrase, are events beside
the condemnation (coding/condemned_deed.py), aimed at the condemner when what they struck is its own.
Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "sinking-of-its-boat-by-a-vessel",
            "SANTIAGO, March 10 (Wire) - Chile condemned the sinking of one of its fishing boats by a "
            "Peruvian patrol vessel near Arica on Tuesday.",
            (("11", "CHL", "PER"), ("19", "PER", "CHL")),
        ),
        DyadCase(
            "shelling-of-its-post-by-troops",
            "MONTEVIDEO, March 10 (Wire) - Uruguay protested the shelling of its border post by Argentine "
            "troops on Tuesday.",
            (("19", "ARG", "URY"),),
        ),
        DyadCase(
            "a-raid-on-no-party-of-its-own-is-only-condemned",
            "ASUNCION, March 10 (Wire) - Paraguay condemned the raid by Bolivian troops on Tuesday.",
            (("11", "PRY", "BOL"),),
        ),
        DyadCase(
            "remarks-by-an-envoy-are-no-deed",
            "LA PAZ, March 10 (Wire) - Bolivia condemned the remarks by the Chilean envoy on Tuesday.",
            (("11", "BOL", "CHL"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_condemned_deed_is_an_event_of_its_maker(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_a_deed_that_struck_no_party_of_the_speakers_is_not_coded_beside(pipeline: Pipeline) -> None:
    """ "condemned the raid by Bolivian troops": no "of its ..." phrase, the raid is only condemned."""
    text = "ASUNCION, March 10 (Wire) - Paraguay condemned the raid by Bolivian troops on Tuesday."
    events = events_of(pipeline, text, "2021-03-10")
    assert not [e for e in events if e.root == "19"], [(e.root, e.source.country) for e in events]
