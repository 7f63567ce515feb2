"""Members of a state's armed units named by nouns Phoenix lacks (tools/curated_agents.tsv, rows marked
"(sources)") are its armed forces, so an act they do has a source. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "noun", "country"),
    [
        ("Chinese coastguards fired water cannon at a fishing boat on Saturday.", "coastguards", "CHN"),
        ("Presidential guardsmen surrounded the Malian parliament on Monday.", "guardsmen", "MLI"),
        ("Russian helicopter gunships pounded the ridge on Friday.", "gunships", "RUS"),
        ("Ethiopian infantrymen crossed the river at dawn.", "infantrymen", "ETH"),
        ("Two Turkish airmen were killed when the jet crashed.", "airmen", "TUR"),
    ],
)
def test_armed_members_are_the_military(text: str, noun: str, country: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, noun, 0), None)
    assert [(a.country, a.role) for a in found] == [(country, "MIL")]
