"""The twenty-ninth round's shortcuts give what the plain readings gave (issue 10, throughput): words
compared by their hashes (a hyphen, "anti"), tags compared as integers before their strings are read,
and a sentence's finite verbs read from the Doc's token table. Own sentences."""

from __future__ import annotations

from newsevents import doccache, labels
from newsevents.coding import carrier_verb, prefixed_verb, syntax, verbless
from newsevents.pipeline import Pipeline

TEXTS = (
    "The navy test-fired two anti-ship missiles off the coast on Friday, and the ministry said anti "
    "- aircraft guns were moved.",
    "Coast guards SEAL the harbour; a convoy of lorries carrying flour arrived in the port.",
    "ANKARA - Rebels re-took the anti-government town of Kesra - officials said.",
    "-",
    "Anti-war marchers test - launched balloons.",
)


def test_words_before_a_verb_compare_by_their_hashes(pipeline: Pipeline) -> None:
    for doc in pipeline.nlp.pipe(TEXTS):
        for tok in doc:
            assert (tok.orth == labels.HYPHEN) == (tok.text == "-")
            assert (tok.lower == labels.ANTI) == (tok.lower_ == "anti")
            plain_anti = tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti"
            assert syntax._anti_prefixed(tok) == plain_anti
            prefix = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text == "-" else None
            if prefix is not None and not (prefix.lower_ in {"test"} and prefix.head.i == tok.i):
                prefix = None
            found = prefixed_verb._prefix_of(tok)
            assert (found.i if found is not None else None) == (prefix.i if prefix is not None else None)


def test_the_verbless_scan_skips_only_words_the_string_test_skips(pipeline: Pipeline) -> None:
    for doc in pipeline.nlp.pipe(TEXTS):
        for tok in doc:
            plain = not (
                tok.tag_ not in verbless._BARE_TAGS
                and tok.tag_ != verbless._S_TAG
                and not (tok.tag_ == "VBN" and tok.dep_ == "amod")
            )
            if plain:  # (every word the string test reads further passes the integer test)
                assert tok.tag in verbless._SCANNED_TAG_IDS


def test_a_sentences_finite_verbs_read_by_tag_integers(pipeline: Pipeline) -> None:
    for doc in pipeline.nlp.pipe(TEXTS):
        for sent in doc.sents:
            plain = any(t.tag_ in carrier_verb._FINITE for t in sent)
            assert any(t.tag in carrier_verb._FINITE_IDS for t in doccache.sent_tokens(sent)) == plain


def test_a_spans_verbs_asked_again_are_read_as_before(pipeline: Pipeline) -> None:
    texts = (*TEXTS, "Troops withdrew. Envoys met and agreed to talk again.")
    for doc in pipeline.nlp.pipe(texts):
        spans = [*doc.sents, doc[:], doc[1:3], doc[0:0]]
        for _ in range(2):  # (the second time from the Doc's memo)
            for span in spans:
                assert [t.i for t in doccache.verbs(span)] == [t.i for t in span if t.pos_ == "VERB"]
        for sent in doc.sents:  # (another Span object of the same bounds: the same answer)
            again = doc[sent.start : sent.end]
            assert doccache.verbs(again) == doccache.verbs(sent)
        for tok in doc:
            assert doccache.sent(tok).start == tok.sent.start and doccache.token(doc, tok.i).i == tok.i


def test_the_trigger_scan_skips_only_words_may_trigger_skips(pipeline: Pipeline) -> None:
    from newsevents.coding.objects import KEYED_POS_IDS, may_trigger

    for doc in pipeline.nlp.pipe(TEXTS):
        for tok in doc:
            if tok.pos not in KEYED_POS_IDS:
                assert not may_trigger(tok, frozenset({tok.lemma_.casefold()}), frozenset({tok.lemma_}))
