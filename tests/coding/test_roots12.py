"""Roots the check half recalls worst, thirty-ninth round (verbs.curated.tsv, ne.roots12.*): inmates freed
by an armed party or a gang are a prison raid (18), not the party's release of its own captives (08).
Sentences written for these tests; each case lists every event of its roots as (root, source country, target
country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "rebels freeing inmates raid the prison",
        "FREETOWN, Jan 6 (Wire) - Rebels freed hundreds of inmates in the Sierra Leonean capital on "
        "Wednesday.",
        (("18", "SLE", "SLE"),),
    ),
    DyadCase(
        "gangs freeing inmates raid the prison",
        "PORT-AU-PRINCE, March 3 (Wire) - Gangs freed thousands of inmates in the Haitian capital on "
        "Saturday.",
        (("18", "HTI", "HTI"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_roots12(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_rebels_freeing_their_captives_release_them(pipeline: Pipeline) -> None:
    # (the raid rows ask for inmates: soldiers a rebel group held are its own captives, released)
    text = "FREETOWN, Jan 6 (Wire) - Rebels freed 20 Sierra Leonean soldiers on Wednesday."
    assert [e.root for e in events_of(pipeline, text, "2021-01-07") if e.root in ("08", "18")] == ["08"]


def test_storming_and_freeing_inmates_is_one_raid(pipeline: Pipeline) -> None:
    # (the freeing is the raid the storming began: one assault, no release beside it)
    text = (
        "TASHKENT, May 14 (Wire) - Gunmen stormed a prison in the Uzbek city of Namangan on Friday and freed "
        "hundreds of inmates."
    )
    assert [e.root for e in events_of(pipeline, text, "2021-05-15") if e.root in ("08", "18")] == ["18"]
