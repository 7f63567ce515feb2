"""Descriptions of a state by its ruler ("the junta", "the regime") refer back to the ruler of that kind
named before, not to the country last named (newsevents.actors.described; issue 10, helper w2coer)."""

from __future__ import annotations

import pytest

from newsevents.actors import coref
from newsevents.actors.described import kin_phrases


def test_kin_table() -> None:
    table = kin_phrases()
    assert ("military", "government") in table["junta"]
    assert all(len(kin) in (1, 2) for kins in table.values() for kin in kins)


@pytest.mark.parametrize(
    ("text", "head", "iso3"),
    [
        # the ruler of that kind named before, though another country is named after it
        (
            "Niger's military government expelled the Belgian envoy. Belgium's foreign minister said the "
            "junta had no mandate.",
            "junta",
            "NER",
        ),
        ("The Chadian junta closed the border. Sudan said the junta had lied.", "junta", "TCD"),
        ("Syria's government shelled the town. Turkey said the regime must stop.", "regime", "SYR"),
        # no ruler of that kind named before: the older reading (the last country named); a state that
        # says it by its own name speaks of another's (actors.speaking_state, test_reference_agreement)
        ("Peru protested. Chile's foreign minister said the junta had lied.", "junta", "CHL"),
    ],
)
def test_description_refers_to_earlier_ruler(text: str, head: str, iso3: str, read, word) -> None:
    actors = read(text)
    tok = word(actors.doc, head, 1) if text.count(head) > 1 else word(actors.doc, head)
    assert coref.coref_country(actors, tok, actors.phrase_tokens(tok)) == iso3


@pytest.mark.parametrize(
    ("text", "pronoun", "code"),
    [
        # an object pronoun that controls the act after "of" never means its own verb's subject
        ("Kenya sued Somalia at the tribunal, accusing it of arming rebels.", "it", "SOMGOV"),
        ("Peru rebuked Chile on Monday, urging it to reopen the border.", "it", "CHLGOV"),
    ],
)
def test_controlled_object_pronoun(text: str, pronoun: str, code: str, read, word) -> None:
    actors = read(text)
    found = coref.antecedent(actors, word(actors.doc, pronoun), None)
    assert found is not None and found.code == code
