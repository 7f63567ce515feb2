"""Wire shapes of 1990s-2010s reports (issue 10, helper pold, probe set ``pold``): a release told as "let
109 of the girls go" (the number is the parser's subject; the people are its "of" object,
coding/set_free.py); civilians seized or freed named by trade (``person_nouns`` in words.toml: geologists,
surveyors, nuns); civil liberties or press freedom suspended or curbed (rows ``ne.pold.*``: 1721);
"deputies" are members of a parliament (LEG, tools/curated_agents.tsv), not a sheriff's deputies; two
coordinated concessions of other codes ("surrendered their weapons and freed the hostages") are two acts,
while verbs joined by "or", or with a generic yield ("pardoned and released"), stay one
(coding/coordinated.py); a participle phrase the parser made the verb ("nurses HELD by gunmen were freed",
the root "ruled" before "warned") gives the subject to the passive or finite verb after it
(coding/reattach.py); a declared state of emergency or martial law is aimed at the declaring state
itself, and is another act than troops sent in the same story (coding/emergency_home.py); guards,
commandos, regiments and warships are armed forces (MILITARY in synsets.curated.tsv), and vessels withdrawn
are a retreat (rows ne.pold.9-14). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded, coded_with_roles
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.coding.reattach import reduced_relative
from newsevents.pipeline import Pipeline

_DAY = "2003-05-16"


def _codes(pipeline: Pipeline, text: str) -> list[str]:
    return [code for code, _, _ in coded(pipeline, text, _DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels in northern Uganda let 40 of the schoolgirls go on Thursday.",
        "The kidnappers let some of the nurses go after talks with Nepalese elders.",
    ],
)
def test_a_part_let_go_is_a_release(pipeline: Pipeline, text: str) -> None:
    assert "0841" in _codes(pipeline, text)


def test_a_number_let_go_without_people_is_no_release(pipeline: Pipeline) -> None:
    # (the partitive's "of" object must still name people: "let 40 of the claims go" frees nobody)
    assert "0841" not in _codes(pipeline, "Ugandan officials let 40 of the claims go on Thursday.")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized three Chinese surveyors in eastern Ethiopia on Tuesday.",
        "Militants seized two Italian geologists near the Libyan border on Tuesday.",
    ],
)
def test_civilians_named_by_trade_seized_by_gunmen_are_abducted(pipeline: Pipeline, text: str) -> None:
    codes = _codes(pipeline, text)
    assert any(c.startswith("18") for c in codes)
    assert not any(c.startswith("171") for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "Thailand's military government suspended civil liberties on Tuesday.",
        "The Fijian government curbed press freedom after the coup.",
        "Zimbabwe's government restricted the freedom of assembly before the vote.",
    ],
)
def test_liberties_suspended_or_curbed_restrict_political_freedoms(pipeline: Pipeline, text: str) -> None:
    assert "1721" in _codes(pipeline, text)


def test_deputies_are_lawmakers(pipeline: Pipeline) -> None:
    text = "Opposition deputies in Kyiv accused the prime minister of fraud."
    found = coded_with_roles(pipeline, text, _DAY)
    assert any(code.startswith("11") and s == "UKR" and role == "LEG" for code, s, role, _ in found)


def test_two_coordinated_concessions_are_two_acts(pipeline: Pipeline) -> None:
    text = "Mutinous Malian soldiers surrendered their weapons on Friday and freed the ministers they held."
    codes = [c for c in _codes(pipeline, text) if c.startswith("08")]
    assert len(codes) == 2 and {c[:3] for c in codes} == {"087", "084"}


def test_alternatives_joined_by_or_stay_one_act(pipeline: Pipeline) -> None:
    joined = "Ugandan troops {} withdrew from the Congolese town {} released the prisoners on Friday."
    both = joined.format("", "and").replace("  ", " ")
    assert len([c for c in _codes(pipeline, both) if c.startswith("08")]) == 2
    assert len([c for c in _codes(pipeline, joined.format("either", "or")) if c.startswith("08")]) == 1


def test_a_generic_yield_is_a_step_of_the_specific_one(pipeline: Pipeline) -> None:
    # ("pardoned" is 080, "released" 084: one release told in two steps)
    text = "Peru pardoned and released 20 Chilean fishermen on Friday."
    assert len([c for c in _codes(pipeline, text) if c.startswith("08")]) == 1


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_passive_after_the_held_phrase_takes_the_subject() -> None:
    # "Nurses held by gunmen were freed.": "held" read as the verb, "were freed" as its conjunct
    doc = _parsed(
        ["Nurses", "held", "by", "gunmen", "were", "freed", "."],
        [1, 1, 1, 2, 5, 1, 5],
        ["nsubj", "ROOT", "agent", "pobj", "auxpass", "conj", "punct"],
        ["NNS", "VBN", "IN", "NNS", "VBD", "VBN", "."],
        ["NOUN", "VERB", "ADP", "NOUN", "AUX", "VERB", "PUNCT"],
    )
    assert reduced_relative(doc) == 1
    nurses, held, freed = doc[0], doc[1], doc[5]
    assert (nurses.dep_, nurses.head.i) == ("nsubjpass", freed.i)
    assert (held.dep_, held.head.i) == ("acl", nurses.i)
    assert (freed.dep_, freed.head.i) == ("ROOT", freed.i)


def test_a_root_participle_gives_way_to_the_verb_after_it() -> None:
    # "Chad, ruled by soldiers, warned Libya.": the root participle's place goes to the verb (no cycle)
    doc = _parsed(
        ["Chad", ",", "ruled", "by", "soldiers", ",", "warned", "Libya", "."],
        [2, 2, 2, 2, 3, 2, 2, 6, 6],
        ["nsubj", "punct", "ROOT", "agent", "pobj", "punct", "conj", "dobj", "punct"],
        ["NNP", ",", "VBN", "IN", "NNS", ",", "VBD", "NNP", "."],
        ["PROPN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"],
    )
    assert reduced_relative(doc) == 1
    assert (doc[6].dep_, doc[6].head.i) == ("ROOT", 6)
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 6)
    assert doc[:].root.i == 6  # (a cycle would make spaCy's root search fail)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Jakarta imposed martial law in East Timor after the vote.", "IDN"),
        ("President Hugo Chavez declared a state of emergency along the border with Colombia.", "VEN"),
    ],
)
def test_a_declared_emergency_is_the_declaring_state_own(pipeline: Pipeline, text: str, state: str) -> None:
    # (coding/emergency_home.py: not the foreign party of the sentence, not the province's own code)
    found = [(s, t) for code, s, t in coded(pipeline, text, _DAY) if code in ("1724", "151")]
    assert found == [(state, state)]


def test_a_declared_emergency_and_troops_sent_are_two_acts(pipeline: Pipeline) -> None:
    text = (
        "Peru declared a state of emergency in Lima on Friday. Hours later the government sent troops into "
        "the streets of the capital."
    )
    assert len([c for c, _, _ in coded(pipeline, text, _DAY) if c.startswith("15")]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Turkey moved 5,000 commandos to the Syrian border on Friday.",
        "Iran moved 20,000 Revolutionary Guards to the Afghan frontier.",
    ],
)
def test_guards_and_commandos_moved_to_a_border_are_a_build_up(pipeline: Pipeline, text: str) -> None:
    assert any(code.startswith("15") for code in _codes(pipeline, text))


def test_vessels_withdrawn_are_a_retreat(pipeline: Pipeline) -> None:
    text = "Vietnam withdrew three coast guard vessels from the disputed reef on Monday."
    assert "0874" in _codes(pipeline, text)
