"""The thirty-fifth round's shortcuts give what the plain readings gave (issue 10, throughput): a walk over
a phrase reads each word's children from the Doc's table (``doccache.children_table``), and the hot rules
compare a word's dependency label as the integer spaCy keeps (``newsevents.labels``), not as a string made
at each read. Own sentences."""

from __future__ import annotations

import pytest

from newsevents import doccache, labels
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.pipeline import Pipeline

TEXTS = (
    "KAMPALA (Wire) - Rebels who had crossed from the north shelled two border posts on Sunday, and the army "
    "said it would respond unless the attacks stopped.",
    "The envoys of Chile and Peru, who met in Quito, agreed to reopen the crossing that was closed in May; "
    "Lima's foreign minister asked whether the accord would hold.",
    "Police in Lusaka arrested a senior opposition leader, Ana Ruiz, and the ministry's spokesman said she "
    "was seized by officers acting on a warrant.",
)
# Every dependency label of ``newsevents.labels`` (not its words and parts of speech), by constant name.
_NOT_DEPS = ("ANTI", "HYPHEN", "OF", "THE")
DEP_NAMES = sorted(
    n for n in dir(labels)
    if n.isupper() and isinstance(getattr(labels, n), int) and not n.startswith("POS_") and n not in _NOT_DEPS
)


@pytest.fixture(scope="module")
def docs(pipeline: Pipeline) -> list:  # type: ignore[type-arg]
    return list(pipeline.nlp.pipe(TEXTS))


def test_the_children_table_is_each_words_children(docs: list) -> None:  # type: ignore[type-arg]
    for doc in docs:
        table = doccache.children_table(doc)
        assert len(table) == len(doc)
        for tok in doc:
            assert [c.i for c in table[tok.i]] == [c.i for c in tok.children], tok.i
            assert table[tok.i] is doccache.children(tok)  # (one table, built once)


@pytest.mark.parametrize("name", DEP_NAMES)
def test_an_integer_label_holds_exactly_where_its_string_does(docs: list, name: str) -> None:  # type: ignore[type-arg]
    wanted, string = getattr(labels, name), "ROOT" if name == "ROOT" else name.lower()
    for doc in docs:
        assert [t.dep == wanted for t in doc] == [t.dep_ == string for t in doc]
    assert len(DEP_NAMES) >= 30


def test_phrase_walks_read_as_the_childrens_walk_did(docs: list) -> None:  # type: ignore[type-arg]
    seen = 0
    for doc in docs:
        for tok in doc:
            tokens = DocActors.phrase_tokens(tok)
            assert [t.i for t in tokens] == sorted(t.i for t in tokens) and tokens[0].i <= tok.i
            assert tok.lemma_.casefold() in syntax.phrase_lemmas(tok) or syntax._anti_prefixed(tok)
            seen += len(tokens) > 1
    assert seen >= 10  # (phrases of several words were there)
    said = next(t for t in docs[0] if t.lower_ == "respond")
    assert [t.lower_ for t in syntax.governors(said)] == ["said"]  # ("said it would respond": the saying)
