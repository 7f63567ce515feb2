"""The own-patients rule (coding/own_patients.py, issue 10, source/target errors): unnamed people a
counterpart act is about, inside a noun or clause it governs and placed only by the source's sentence,
are not its source's own people when the article names another country. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "people inside the condemned act's noun go to the article's counterpart",
        "Belarusian police broke up a rally in Minsk on Sunday. "
        "The French foreign ministry condemned the beating of peaceful protesters.",
        (("11", "FRA", "BLR"),),
        step="target:own-patients",
    ),
    DyadCase(
        "the act's own object stays with its source",
        "PARIS, May 4 (Wire) - Belarus recalled its ambassador on Monday. "
        "The French president urged students to stay calm.",
        (("02", "FRA", "FRA"),),
        step="target:object",
    ),
    DyadCase(
        "the party a deed is blamed on is the blame's own counterpart (ptwin6)",
        "NUKU'ALOFA, May 4 (Wire) - Australian troops flew into Tonga on Monday. "
        "The Tongan prime minister blamed the violence on opposition leaders.",
        (("11", "TON", "TON"),),
    ),
    DyadCase(
        "a story naming no other country keeps the source's own people",
        "PARIS, May 4 (Wire) - French police broke up a rally in Lyon on Sunday. "
        "The French opposition leader condemned the beating of peaceful protesters.",
        (("11", "FRA", "FRA"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_own_patients(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_coordinated_party_before_the_act_stays(pipeline: Pipeline) -> None:
    """A party coordinated with the source before the act is its co-agent, not people it is about."""
    case = DyadCase(
        "co-agents before the verb",
        "QUITO, May 4 (Wire) - Aides of Peruvian President Ana Ruiz and the opposition led by Jorge Soto "
        "signed an accord in Quito on Monday.",
        (("05", "PER", "PER"),),
        step="target:coordinated-subject",
    )
    check_dyads(pipeline, case)
