"""Unnamed armed doers joined in one subject are one band: the act is one record, not one per conjunct
(coding/unnamed_doers.py); a doer the words name keeps its own. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.unnamed_doers import UNNAMED_DOERS, unnamed
from newsevents.pipeline import Pipeline
from newsevents.records import Actor

PUBLISHED_ON = "2022-03-14"


def test_suicide_bombers_and_gunmen_are_one_attack(pipeline: Pipeline) -> None:
    text = (
        "KABUL, March 13 (Wire) - Two suicide bombers and gunmen attacked worshippers outside a mosque in "
        "Kabul on Sunday, killing 25 people."
    )
    attacks = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.cameo.startswith("18")]
    assert len(attacks) == 1
    assert UNNAMED_DOERS in attacks[0].evidence.steps


def test_a_doer_the_words_name_is_not_unnamed() -> None:
    gunmen = Actor(text="gunmen", name="Afghanistan", country="AFG", role="UAF", code="AFGUAF")
    bombers = Actor(text="suicide bombers", role="REB", code="REB")
    taliban = Actor(text="Taliban fighters", name="Taliban", country="AFG", role="REB", code="AFGREB")
    police = Actor(text="police", name="Afghanistan", country="AFG", role="COP", code="AFGCOP")
    assert unnamed(gunmen) and unnamed(bombers)
    assert not unnamed(taliban)
    assert not unnamed(police)
