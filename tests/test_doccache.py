"""The per-Doc cache of spaCy's accessors (``newsevents.doccache``, issue 10, throughput) gives what spaCy
gives, in the same order, on parsed reports and on hand-built trees (non-projective ones too, where a
subtree is not in text order); it is built once per Doc and goes with it."""

from __future__ import annotations

import gc
import random

import pytest
import spacy
from spacy.tokens import Doc

from newsevents import doccache
from newsevents.pipeline import Pipeline
from newsevents.records import Article

# Invented reports: coordination, appositions, subordinate clauses, several sentences and entities.
TEXTS = (
    "Peruvian President Ana Ruiz and the Chilean foreign minister, Luis Soto, met in Lima on Tuesday. "
    "They signed a fisheries accord and agreed to reopen the border crossing that had been closed since May.",
    "Rebels shelled two villages near Goma, killing six farmers, and the army said it would respond "
    "unless the attacks stopped. Officials in Kinshasa, Paris and Brussels condemned the shelling.",
    "Bolivia recalled its ambassador. The government said the envoy, who had served for a decade, would "
    "not return until Quito apologised.",
)


def _ids(tokens: object) -> list[int]:
    return [t.i for t in tokens]  # type: ignore[attr-defined]


def _same_as_spacy(doc: Doc) -> None:
    assert _ids(doccache.tokens(doc)) == _ids(doc)
    for tok in doc:
        assert doccache.token(doc, tok.i).i == tok.i
        assert _ids(doccache.children(tok)) == _ids(tok.children), tok.i
        assert _ids(doccache.subtree(tok)) == _ids(tok.subtree), tok.i
        assert _ids(doccache.conjuncts(tok)) == _ids(tok.conjuncts), tok.i
        assert doccache.negated(tok) == any(c.dep_ == "neg" for c in tok.children), tok.i
        if doc.has_annotation("SENT_START"):
            sent, own = doccache.sent(tok), tok.sent
            assert (sent.start, sent.end) == (own.start, own.end)
    if doc.has_annotation("SENT_START"):
        assert [(s.start, s.end) for s in doccache.sents(doc)] == [(s.start, s.end) for s in doc.sents]
        for sent in doc.sents:
            assert _ids(doccache.sent_tokens(sent)) == _ids(sent)
            assert _ids(doccache.verbs(sent)) == [t.i for t in sent if t.pos_ == "VERB"]
    assert [(e.start, e.end, e.label_) for e in doccache.ents(doc)] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]


def test_parsed_reports_read_as_spacy_reads_them(pipeline: Pipeline) -> None:
    docs = list(pipeline.nlp.pipe(TEXTS))
    for doc in docs:
        _same_as_spacy(doc)
        assert len(doccache.sents(doc)) >= 2 and doccache.ents(doc)
    assert sum(len(doccache.conjuncts(t)) for doc in docs for t in doc) >= 4  # (the cases were there)


def _random_tree(rng: random.Random, n: int) -> tuple[list[int], list[str]]:
    """Heads of a random tree over ``n`` words (any shape, crossing arcs included) and random labels."""
    order = list(range(n))
    rng.shuffle(order)
    heads = [0] * n
    heads[order[0]] = order[0]  # the root
    for k, i in enumerate(order[1:], start=1):
        heads[i] = order[rng.randrange(k)]  # (an earlier node: never a cycle)
    deps = [rng.choice(("conj", "dobj", "nsubj", "prep", "cc")) for _ in range(n)]
    deps[order[0]] = "ROOT"
    return heads, deps


def test_hand_built_trees_non_projective_ones_too_read_as_spacy_reads_them() -> None:
    nlp = spacy.blank("en")
    rng = random.Random(7)
    crossing = 0
    for _ in range(200):
        n = rng.randrange(1, 14)
        heads, deps = _random_tree(rng, n)
        doc = Doc(nlp.vocab, words=[f"w{i}" for i in range(n)], heads=heads, deps=deps)
        crossing += any(_ids(t.subtree) != sorted(_ids(t.subtree)) for t in doc)
        _same_as_spacy(doc)
    assert crossing > 10  # (the trees did test spaCy's own subtree order)


def test_a_doc_without_sentences_raises_as_spacy_does() -> None:
    doc = spacy.blank("en")("Envoys met in Lima.")
    with pytest.raises(ValueError):
        list(doc.sents)
    with pytest.raises(ValueError):
        doccache.sents(doc)
    with pytest.raises(ValueError):
        doccache.sent(doc[0])
    assert doccache.ents(doc) == () and len(doccache.children(doc[0])) == 0


def test_the_table_is_built_once_and_shared(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(TEXTS[0])
    assert doccache.tokens(doc) is doccache.tokens(doc)
    assert doccache.sents(doc) is doccache.sents(doc) and doccache.ents(doc) is doccache.ents(doc)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert doccache.children(root) is doccache.children(root)
    assert doccache.subtree(root) is doccache.subtree(root)
    assert doccache.children(root)[0] is doccache.tokens(doc)[doccache.children(root)[0].i]  # one object


def _caches_alive() -> int:
    return sum(1 for o in gc.get_objects() if type(o).__name__ == "_DocCache")


def test_the_table_goes_with_the_doc(pipeline: Pipeline) -> None:
    gc.collect()
    gc.disable()  # (a collection would hide a table left behind)
    try:
        before = _caches_alive()
        doc = pipeline.nlp(TEXTS[1])
        doccache.subtree(doccache.sents(doc)[0].root)
        assert _caches_alive() == before + 1
        doc.user_data.clear()  # (what ``Pipeline._run`` does with a coded Doc)
        del doc
        assert _caches_alive() == before
        results = list(pipeline.analyze([Article(id=f"r{i}", text=t) for i, t in enumerate(TEXTS)]))
        assert _caches_alive() == before
    finally:
        gc.enable()
    assert any(getattr(r, "events", ()) for r in results)  # (coded, with the cache, then freed)


def test_negated_is_a_neg_child_of_the_word(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Lima did not sign the accord, but Quito never stopped its talks and signed it.")
    by_word = {t.text: doccache.negated(t) for t in doc if t.pos_ == "VERB"}
    assert by_word["sign"] and by_word["stopped"]
    assert not by_word["signed"]


def test_negated_counts_a_rules_own_negative_words_only_when_given() -> None:
    # (hand-built trees: "Oz blamed nobody" has no neg child, "Oz did not blame Ur" has one)
    nlp = spacy.blank("en")
    bare = Doc(nlp.vocab, words=["Oz", "blamed", "nobody"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    neg = Doc(
        nlp.vocab,
        words=["Oz", "did", "not", "blame", "Ur"],
        heads=[3, 3, 3, 3, 3],
        deps=["nsubj", "aux", "neg", "ROOT", "dobj"],
    )
    assert not doccache.negated(bare[1])
    assert doccache.negated(bare[1], frozenset({"nobody"}))
    assert not doccache.negated(bare[1], frozenset({"never"}))
    assert doccache.negated(neg[3]) and doccache.negated(neg[3], frozenset({"nobody"}))


def test_verb_or_object_preps_reads_the_verb_then_its_object() -> None:
    words = ["Ruritania", "declared", "a", "curfew", "in", "Oz", "over", "riots", "with", "zeal"]
    heads = [1, 1, 3, 1, 3, 4, 1, 6, 1, 8]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "prep", "pobj"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    found = doccache.verb_or_object_preps(doc[1], frozenset({"in", "over"}))
    assert [t.text for t in found] == ["over", "in"]  # (the verb's own first; "with" is not asked for)
    assert doccache.verb_or_object_preps(doc[3], frozenset({"over"})) == []  # (a noun has no object here)


def test_words_finds_each_asked_word_in_order() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["By", "noon", "aid", "came", "by", "sea", "AID"])
    found = doccache.words(doc, ("by", "aid", "persona"))
    assert {w: [t.i for t in ts] for w, ts in found.items()} == {"by": [0, 4], "aid": [2, 6], "persona": []}


def test_adverbial_participles_are_the_ing_verbs_hung_as_adverbial_clauses() -> None:
    # (hand-built tree: "Oz left Ur, ending talks and citing a ruling": "ending" hangs as advcl, "citing" is
    # its conjunct, and an -ing word with another relation is not asked for)
    words = ["Oz", "left", "Ur", ",", "ending", "talks", "and", "citing", "a", "ruling"]
    heads = [1, 1, 1, 1, 1, 4, 4, 4, 9, 7]
    deps = ["nsubj", "ROOT", "dobj", "punct", "advcl", "dobj", "cc", "conj", "det", "dobj"]
    tags = ["NNP", "VBD", "NNP", ",", "VBG", "NNS", "CC", "VBG", "DT", "NN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in doccache.adverbial_participles(doc)] == ["ending"]
    assert doccache.adverbial_participles(Doc(doc.vocab, words=[])) == []
