"""Wrong roots with the right parties (issue 10, twelfth session, errroot2): the verb alone picked a root
its object or subject contradicts. An office holder dismissed or suspended is an administrative sanction
(172), not disapproval or reduced relations; police disarmed by soldiers are coerced (170), not a
demobilisation; control of a whole country taken is a coup (170), not the occupation of a place; tanks
or air defences arriving are military aid (072), not a visit; helping do a violent act is the act, not
aid; a visitor greeted at the airport is hosted (043), not praised. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2015-05-06")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Nepalese president on Sunday dismissed the chief of army staff.", ("172", "NPL", "NPL")),
        ("Peru's president dismissed the interior minister on Tuesday.", ("172", "PER", "PER")),
        ("The Nepalese government on Sunday suspended the health minister.", ("172", "NPL", "NPL")),
        ("Soldiers disarmed the presidential guard in Niamey on Monday.", ("170", "NER", "NER")),
        ("The Guinean army said on Monday it had seized control of the country.", ("170", "GIN", "GIN")),
        ("The first Leopard tanks from Spain arrived in Ukraine on Monday.", ("072", "ESP", "UKR")),
        ("Canadian sailors helped detain a Russian trawler on Monday.", ("173", "CAN", "RUS")),
    ],
)
def test_the_object_or_subject_decides_the_root(pipeline: Pipeline, text: str, expected: Coded) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare rows still code what they did
        ("The African Union suspended Mali on Sunday.", "160"),
        ("Peru dismissed the allegations on Tuesday.", "016"),
        ("The Indian prime minister arrived in Egypt on Thursday.", "042"),
        ("Canada helped Haiti on Monday.", "070"),
    ],
)
def test_the_bare_rows_are_untouched(pipeline: Pipeline, text: str, expected: str) -> None:
    assert [c for c, _, _ in _events(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # negated acts of resolve: no rejection (12), and no act either
        '"We will not forgive the bombers," the Peruvian president said on Tuesday.',
        "Peru said on Tuesday it would not escalate the dispute with Chile.",
        "Peru said on Tuesday it would not tolerate Chile's missile test.",
        "Peru said on Tuesday it would not allow Chile to threaten its fishermen.",
    ],
)
def test_negated_resolve_is_no_refusal(pipeline: Pipeline, text: str) -> None:
    assert not [c for c, _, _ in _events(pipeline, text) if c.startswith("12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated cooperative act, or permitting a harmless one, stays a rejection
        ("Peru said on Tuesday it would not allow Chilean trawlers into its ports.", "120"),
        ("Peru said on Tuesday it would not extradite the Chilean banker.", "120"),
        ("Peru said on Tuesday it would not accept interference from Chile.", "120"),
    ],
)
def test_refusals_stay(pipeline: Pipeline, text: str, expected: str) -> None:
    assert [c for c, _, _ in _events(pipeline, text) if c.startswith("12")] == [expected]


def test_greeted_at_the_airport_hosts_the_visit(pipeline: Pipeline) -> None:
    # the visitor is the shared subject of "arrived ... and was greeted": hosting (043), not praise (051)
    text = (
        "Indian Prime Minister Narendra Modi arrived in Egypt on Thursday and was greeted at the airport "
        "by President Abdel Fattah al-Sisi."
    )
    assert ("043", "EGY", "IND") in _events(pipeline, text)
    assert not [c for c, _, _ in _events(pipeline, text) if c == "051"]
