"""International bodies and their acts (council round): the General Assembly is the UN's, "the council"
takes up the council named before it, words to "all parties" of one country's war aim at that country,
a governing board's finding of a breach is a finding against the member, and a council's forces,
missions and renewed embargoes are coded as such. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded, events_of

from newsevents.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target country) of each event coded from ``text``."""
    return [
        (e.cameo, e.source.code, e.target.country if e.target else None)
        for e in events_of(pipeline, text, "2021-05-05")
    ]


def test_the_general_assembly_is_the_uns_not_a_general(pipeline: Pipeline) -> None:
    text = "GENEVA, May 4 (Wire) - The General Assembly condemned Chile's seizure of the islands on Tuesday."
    assert [(c, s) for c, s, _t in _codes(pipeline, text)] == [("111", "IGOUNO")]


def test_the_council_takes_up_the_council_named_before(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 4 (Wire) - The UN Security Council met on Tuesday over the fighting in Somalia.\n\n"
        "The council condemned the shelling of Mogadishu's port."
    )
    found = _codes(pipeline, text)
    assert ("111", "IGOUNO", "SOM") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "BANGUI, May 4 (Wire) - Fighting between the army and militias spread across the Central African "
        "Republic on Tuesday.\n\nThe Security Council demanded that all parties withdraw their fighters.",
        "BANGUI, May 4 (Wire) - Fighting between the army and militias spread across the Central African "
        "Republic on Tuesday.\n\nThe Security Council urged all sides to lay down their arms.",
    ],
)
def test_words_to_all_parties_aim_at_the_country_of_the_war(pipeline: Pipeline, text: str) -> None:
    found = [(c, s, t) for c, s, t in _codes(pipeline, text) if c[:2] in ("02", "10")]
    assert found and all(s == "IGOUNO" and t == "CAF" for _c, s, t in found), found


def test_a_boards_finding_of_a_breach_finds_against_the_member(pipeline: Pipeline) -> None:
    text = (
        "VIENNA, May 4 (Wire) - The board of governors of the International Atomic Energy Agency found "
        "on Tuesday that Syria was in breach of its safeguards agreement."
    )
    assert [(c, t) for c, _s, t in coded(pipeline, text, "2021-05-05")] == [("116", "SYR")]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("The Security Council authorised a multinational force for Haiti on Tuesday.", "074", "HTI"),
        ("The Security Council extended the peacekeeping mission in Cyprus for a year.", "074", "CYP"),
        ("The Security Council renewed the arms embargo on Somalia on Tuesday.", "163", "SOM"),
        ("The European Union renewed its sanctions on Belarus for a year on Tuesday.", "163", "BLR"),
    ],
)
def test_a_councils_forces_missions_and_embargoes(
    pipeline: Pipeline, text: str, code: str, target: str
) -> None:
    assert [(c, t) for c, _s, t in coded(pipeline, text, "2021-05-05")] == [(code, target)]
