"""A state's source with no role, or a bare name on an act of force, gets its role (coding/state_role.py):
a role-less doer of force is the state's military, a role-less "side", "delegation" or "mission" its
government; a state that is a verb's subject keeps the government's role. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded_with_roles

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Peruvian guns fired back at the Chilean positions on Monday.", ("PER", "MIL")),
        ("Bolivian artillery pounded the rebel camp near the border on Tuesday.", ("BOL", "MIL")),
    ],
)
def test_role_less_doer_of_force_is_the_military(
    pipeline: Pipeline, text: str, source: tuple[str, str]
) -> None:
    roles = [(c, r) for _code, c, r, _t in coded_with_roles(pipeline, text, "2021-03-10")]
    assert source in roles, roles


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Chilean side expelled two Peruvian diplomats on Monday.", ("CHL", "GOV")),
        ("Chile's mission in Geneva rejected the report on Monday.", ("CHL", "GOV")),
        (
            "Chilean and Peruvian delegations traded accusations at the talks in Lima on Monday.",
            ("CHL", "GOV"),
        ),
    ],
)
def test_state_side_or_mission_speaks_for_the_government(
    pipeline: Pipeline, text: str, source: tuple[str, str]
) -> None:
    roles = [(c, r) for _code, c, r, _t in coded_with_roles(pipeline, text, "2021-03-10")]
    assert source in roles, roles


def test_state_as_subject_keeps_the_government_role(pipeline: Pipeline) -> None:
    found = coded_with_roles(
        pipeline, "Chile sent 2,000 troops to its northern border on Monday.", "2021-03-10"
    )
    assert found and all((c, r) != ("CHL", "MIL") for _code, c, r, _t in found), found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "LIBREVILLE, Jan 7 (Wire) - Gabon's attempted coup collapsed on Monday after loyal troops retook "
            "the radio station and arrested two officers.",
            ("GAB", "MIL"),
        ),
        ("Gabon coup: live updates (Monday)", ("GAB", "MIL")),
    ],
)
def test_state_named_bare_on_a_coup_is_the_military(
    pipeline: Pipeline, text: str, source: tuple[str, str]
) -> None:
    roles = [(c, r) for code, c, r, _t in coded_with_roles(pipeline, text, "2019-01-07") if code == "170"]
    assert roles == [source], roles


def test_government_named_on_a_coup_keeps_its_role(pipeline: Pipeline) -> None:
    found = coded_with_roles(pipeline, "Gabon's government said the coup had failed on Monday.", "2019-01-07")
    assert all((c, r) != ("GAB", "MIL") for _code, c, r, _t in found), found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "COLOMBO, May 3 (Wire) - Thirty rebels were killed in fighting in the eastern hills on Tuesday, "
            "officials said.",
            ("LKA", "MIL"),
        ),
        (
            "MOSCOW, Oct 21 (Wire) - Rockets slammed into the main bus station of Grozny on Thursday, "
            "killing at least 40 people.",
            ("RUS", "MIL"),
        ),
        (
            "MANILA, May 3 (Wire) - The kidnapper was killed and two guards were wounded, the army said.",
            ("PHL", "MIL"),
        ),
    ],
)
def test_unattributed_killing_amid_force_is_the_military(
    pipeline: Pipeline, text: str, source: tuple[str, str]
) -> None:
    found = coded_with_roles(pipeline, text, "2021-05-03")
    roles = [(c, r) for code, c, r, _t in found if code.startswith("18")]
    assert source in roles, roles


def test_unattributed_bombing_keeps_no_role(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD, May 3 (Wire) - A car bomb exploded outside a bakery on Wednesday, killing 12 people, "
        "police said."
    )
    found = coded_with_roles(pipeline, text, "2021-05-03")
    assert all(r != "MIL" for _code, _c, r, _t in found), found


def test_unlisted_official_known_by_a_title_speaks_for_the_government(pipeline: Pipeline) -> None:
    text = "Peru's antiquities chief Juan Ortega formally asked Germany on Monday to return the statue."
    roles = [(c, r) for _code, c, r, _t in coded_with_roles(pipeline, text, "2021-03-10")]
    assert ("PER", "GOV") in roles, roles
