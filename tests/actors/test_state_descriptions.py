"""States described by their region, system or age (issue 10, wrong targets: tgtplace): "the Gulf
kingdom", "the communist state", "the new state" refer back to the state of that description the
article named before (actors/state_kind.py, data/state_descriptions.tsv). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newsevents.actors import coref
from newsevents.actors.state_kind import state_descriptions


def test_descriptions_table() -> None:
    table = state_descriptions()
    assert "QAT" in table["gulf"] and "CUB" in table["communist"] and "SSD" in table["new"]
    assert "IRN" not in table["gulf"]


@pytest.mark.parametrize(
    ("text", "head", "iso3"),
    [
        # the new state named before, though the state it left was named last
        (
            "South Sudan declared independence on Saturday. Kenya praised Sudan for its restraint. "
            "Washington said the new state needed aid.",
            "state",
            "SSD",
        ),
        # the communist state, not the last country named
        (
            "Vietnam and Japan signed a trade pact. Peru praised Japan for the deal. Chile said the "
            "communist state would gain most.",
            "state",
            "VNM",
        ),
        # the Gulf state, not Britain named most
        (
            "Bahrain and Britain held talks on Monday. Britain praised Egypt for its help. Iran said the "
            "Gulf state would regret it.",
            "state",
            "BHR",
        ),
    ],
)
def test_described_state(text: str, head: str, iso3: str, read, word) -> None:
    actors = read(text)
    tok = word(actors.doc, head)
    assert coref.coref_country(actors, tok, actors.phrase_tokens(tok)) == iso3


def test_a_descriptive_word_on_a_government_is_no_description(read, word) -> None:
    # ("the new government" is any state's: the older reading, the country named last)
    actors = read(
        "South Sudan declared independence on Saturday. Kenya praised Sudan. The new government met."
    )
    tok = word(actors.doc, "government")
    assert coref.coref_country(actors, tok, actors.phrase_tokens(tok)) == "SDN"
