"""Three readings of who acts (issue 10, helper srcerr), each with invented sentences:
- a noun that takes up a state ("his country") and acts is its government (actors/state_noun.py);
- "opposition" on a party makes it the opposition (actors/agentrole.py);
- a definite pair ("the two leaders") after two people the parser hung under one name is both people
  (actors/pairs.py)."""

from __future__ import annotations

import pytest
from coding_helpers import coded_with_roles, events_of

from newsevents.pipeline import Pipeline


def _sources(pipeline: Pipeline, text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, r) for c, s, r, _t in coded_with_roles(pipeline, text, "2019-05-04") if c.startswith(root)}


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        (
            "QUITO, May 3 (Wire) - Peru annexed two Ecuadorean islets on Friday. Ecuador's president, Luis "
            "Soto, said his country would never recognise the annexation.",
            "12",
            ("ECU", "GOV"),
        ),
        (
            "SUVA, May 3 (Wire) - Gunmen seized parliament on Friday. Fiji's prime minister, Ana Ruiz, said "
            "the nation would reject any demand of the gunmen.",
            "12",
            ("FJI", "GOV"),
        ),
    ],
)
def test_state_noun_acting_is_the_government(
    pipeline: Pipeline, text: str, root: str, source: tuple[str, str]
) -> None:
    assert source in _sources(pipeline, text, root), coded_with_roles(pipeline, text, "2019-05-04")


def test_state_noun_as_a_place_is_no_government(pipeline: Pipeline) -> None:
    """ "riots in the country": the noun only places the riots."""
    text = "QUITO, May 3 (Wire) - Riots broke out in the country on Friday after Ecuador raised fuel prices."
    assert all(r != "GOV" or s != "ECU" for s, r in _sources(pipeline, text, "14"))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "TOKYO, May 3 (Wire) - The opposition Democratic Party demanded on Friday that the finance "
            "minister resign.",
            ("JPN", "OPP"),
        ),
    ],
)
def test_opposition_party(pipeline: Pipeline, text: str, source: tuple[str, str]) -> None:
    assert source in _sources(pipeline, text, "10"), coded_with_roles(pipeline, text, "2019-05-04")


def test_ruling_party_stays_a_party(pipeline: Pipeline) -> None:
    text = "TOKYO, May 3 (Wire) - The ruling Democratic Party demanded on Friday that the rivals apologise."
    assert ("JPN", "OPP") not in _sources(pipeline, text, "10")


def test_two_leaders_after_a_garbled_pair(pipeline: Pipeline) -> None:
    """The parser hangs "President Donald Trump" under "Kim Jong Un" as one phrase; "the two leaders" is
    both of them (not the first twice, nor the host country of the dateline)."""
    text = (
        "SINGAPORE, Feb 27 (Agency) - U.S. President Donald Trump and the North Korean leader Kim Jong Un "
        "met on Wednesday at a hotel. The two leaders signed a short statement."
    )
    signed = [e for e in events_of(pipeline, text, "2019-02-28") if e.evidence.trigger == "signed"]
    assert signed and all("actor:definite-pair" in e.evidence.steps for e in signed), signed
    assert {e.source.country for e in signed} <= {"USA", "PRK"}
