"""A state's "fighters" named with an aircraft model or on an act only aircraft do are its air force (MIL),
not armed men (coding/air_fighters.py); militants called fighters keep their role. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded_with_roles

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Norwegian fighters intercepted two Russian bombers over the Barents Sea on Monday.",
            ("NOR", "MIL"),
        ),
        ("Turkish F-16 fighters shot down a Syrian helicopter near the border on Sunday.", ("TUR", "MIL")),
    ],
)
def test_state_fighter_planes_are_forces(pipeline: Pipeline, text: str, source: tuple[str, str]) -> None:
    roles = [(c, r) for _code, c, r, _t in coded_with_roles(pipeline, text, "2021-03-10")]
    assert source in roles, roles


def test_militant_fighters_keep_their_role(pipeline: Pipeline) -> None:
    found = coded_with_roles(
        pipeline, "Chechen fighters attacked a police post in Grozny on Monday.", "2021-03-10"
    )
    assert found and all(role != "MIL" for _code, _c, role, _t in found), found
