"""Reference by agreement (issue 10, helper pref): a description of a state by its form ("the kingdom",
"the island") takes up the last state of that form; a state description inside what a state says is not
that state's own; a generic group noun ("the group") takes up a named group, further back than a title
does; a subject "they" after two parties takes up both. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.actors import coref
from newsevents.actors.plural_ref import plural_antecedent
from newsevents.actors.state_kind import state_forms


def test_state_form_table() -> None:
    forms = state_forms()
    assert "SAU" in forms["kingdom"] and "QAT" in forms["emirate"] and "CUB" in forms["island"]
    assert "QAT" not in forms["kingdom"]


@pytest.mark.parametrize(
    ("text", "head", "iso3"),
    [
        # the monarchy named before, though an emirate was named last
        ("Jordan recalled its ambassador from Qatar. The kingdom said the move was final.", "kingdom", "JOR"),
        # "the island nation": the form is the modifier's
        ("Japan protested to Russia on Monday. The island nation said talks were over.", "nation", "JPN"),
        ("Cuba and Spain held talks. Peru spoke last. The island said it was ready.", "island", "CUB"),
        # no island state named: "the island" names no state
        ("Peru accused Chile of spying. The island said nothing.", "island", None),
        # no monarchy named: the older reading (the last country named)
        ("Peru accused Chile of spying. The kingdom said nothing.", "kingdom", "CHL"),
    ],
)
def test_state_form_agreement(text: str, head: str, iso3: str | None, read, word) -> None:
    actors = read(text)
    tok = word(actors.doc, head)
    assert coref.coref_country(actors, tok, actors.phrase_tokens(tok)) == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # a state that speaks by its name or "it" speaks of another's government
        (
            "Egypt's army seized power on Sunday. Kenya said it hoped the government would free the "
            "ministers.",
            "EGY",
        ),
        ("Mali's army seized power. Ghana said the government must hold elections.", "MLI"),
        ("Peru protested. Chile said the junta had lied.", "PER"),
        # an official speaks of their own government
        ("Mali's army seized power. Ghana's foreign minister said the government would respond.", "GHA"),
    ],
)
def test_description_in_a_state_s_own_words(text: str, iso3: str, read, word) -> None:
    actors = read(text)
    tok = word(actors.doc, "government" if "government" in text else "junta")
    assert coref.coref_country(actors, tok, actors.phrase_tokens(tok)) == iso3


def test_generic_group_noun_takes_up_a_named_group(read, word) -> None:
    actors = read(
        "Hezbollah fighters seized two Israeli soldiers on Monday. Israel launched air strikes on Lebanon. "
        "The group said it would free them only in exchange for prisoners."
    )
    tok = word(actors.doc, "group")
    found = coref.described_antecedent(actors, tok, actors.phrase_tokens(tok), None)
    assert found is not None and found.code is not None and found.code.startswith("LBN")
    assert found.role != "GOV"


def test_role_noun_reaches_a_group_named_further_back(read, word) -> None:
    actors = read(
        "On Monday the Houthi movement and Yemen's government accepted a ceasefire. The envoy hailed it. "
        "Riyadh hailed it as well. The envoy said he would fly to Aden. Oman praised the accord. "
        "The rebels said they would pull back."
    )
    tok = word(actors.doc, "rebels")
    found = coref.described_antecedent(actors, tok, actors.phrase_tokens(tok), None)
    assert found is not None and found.country == "YEM"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Chile and Peru held talks in Lima on Monday. They signed a fisheries accord.", ["CHL", "PER"]),
        # one party before: the usual reading decides
        ("Chile protested on Monday. They recalled the envoy.", None),
    ],
)
def test_they_after_two_parties(text: str, countries: list[str] | None, read, word) -> None:
    actors = read(text)
    found = plural_antecedent(actors, word(actors.doc, "They"), None)
    assert (sorted(a.country for a in found if a.country) if found else None) == countries


_TWO_STATES = "Greece and Turkey held talks in Athens on Monday. The latter accused the former of spying."


@pytest.mark.parametrize(
    ("text", "head", "iso3"),
    [
        (_TWO_STATES, "latter", "TUR"),
        (_TWO_STATES, "former", "GRC"),
        # two people named together before two states
        (
            "Chilean President Gabriel Boric and Peruvian President Pedro Castillo met in Brazil. The former "
            "flew home on Tuesday.",
            "former",
            "CHL",
        ),
    ],
)
def test_former_and_latter(text: str, head: str, iso3: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head), None)
    assert [a.country for a in found] == [iso3]


def test_former_title_is_no_party_reference(read, word) -> None:
    actors = read("Greece and Turkey met on Monday. The former president of Chile said they had failed.")
    found = actors.resolve_all(word(actors.doc, "president"), None)
    assert [a.country for a in found] == ["CHL"]
