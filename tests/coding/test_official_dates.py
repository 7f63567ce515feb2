"""The day of an official text's story (newsevents/leadclause.py): a lead that names the occasion it
tells of by a participle of holding ("at the briefing held on 3 May") dates what was said there, and a
lead that only introduces a statement with a colon leaves the day to the sentence after it; a wire lead
whose next sentence is a background keeps the filing day. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        (
            "The foreign ministry spokesman answered questions at the regular briefing held on 3 May.\n\n"
            "Q: Will Peru free the sailors?\n\nA: Peru condemned the seizure of the boats.",
            "condemned",
            "2021-05-03",
        ),
        (
            "The following is attributable to the spokesperson:\n\n"
            "The Secretary met the foreign minister of Peru on 3 May in Lima. Peru's minister criticised "
            "the sanctions imposed by Chile.",
            "criticised",
            "2021-05-03",
        ),
        # a communiqué's heading with no verb, then numbered decisions: each taken on the meeting's day
        (
            "The Regional Council, at its 52nd meeting held on 3 May 2021 on the situation in Lagado,\n\n"
            "1. Welcomes the release of the hostages;\n\n2. Urges Lagado to respect the ceasefire;",
            "Urges",
            "2021-05-03",
        ),
        # a release's own dated header dates what it tells, as a dateline does
        (
            "Press release, 3 May 2021. Peru criticised the sanctions imposed by Chile.",
            "criticised",
            "2021-05-03",
        ),
        # a lead with news of its own keeps the filing day for what follows its background
        (
            "Chile has expelled two Peruvian diplomats. The dispute began on 3 May at a border post. Peru "
            "criticised the expulsions.",
            "criticised",
            "2021-05-04",
        ),
    ],
)
def test_the_story_day_of_an_official_text(pipeline: Pipeline, text: str, trigger: str, date: str) -> None:
    found = [e for e in events_of(pipeline, text, "2021-05-04") if e.evidence.trigger == trigger]
    assert [e.date for e in found] == [date]
