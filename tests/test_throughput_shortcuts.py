"""The shortcuts and caches that keep the coding stages fast change no result (issue 10, throughput):
documents coded in a row give what each gives alone, the text the stages read is the Doc's own, and the
words the trigger scan skips are words that had no candidate pattern, and a coded Doc is freed when it is
dropped (no reference cycle left for the garbage collector)."""

from __future__ import annotations

import gc

import spacy
from spacy.tokens import Doc, Token

from newsevents.annotations import doc_text, set_doc_text
from newsevents.coding import demands, syntax
from newsevents.coding.co_actors import reciprocal
from newsevents.coding.lexicon import kind_of, lexicon, modality_kinds
from newsevents.coding.objects import Context, lacks_all, needed_words, sentence_words, words_present
from newsevents.coding.patterns import Pattern
from newsevents.coding.triggers import TriggerFinder
from newsevents.pipeline import Pipeline
from newsevents.records import Article

# Invented reports: dated and relative expressions, a holiday, a quotation, an offset, people and places.
REPORTS = (
    Article(
        id="r1",
        text="LIMA, May 16 (Wire) - Peruvian President Ana Ruiz met the Chilean foreign minister in Lima on "
        'Tuesday. Ruiz said the talks had been "frank and very useful for both of our nations". Two days '
        "earlier, police arrested three fishermen near the border.",
        published="2023-05-16",
    ),
    Article(
        id="r2",
        text="Bolivia recalled its ambassador from Quito on Christmas Day, a week after protesters stormed "
        "the embassy. The government said it would not reopen the mission this year.",
        published="2022-12-28",
    ),
    Article(
        id="r3",
        text="The rebels released two aid workers on Aug. 25 and accused the army of shelling villages "
        "last month. Officials in Kinshasa rejected the claim yesterday.",
        published="2021-09-02",
    ),
)


def _coded(pipeline: Pipeline, articles: list[Article]) -> list[str]:
    return [repr(r) for r in pipeline.analyze(articles)]


def test_articles_in_a_row_give_what_each_gives_alone(pipeline: Pipeline) -> None:
    alone = [_coded(pipeline, [a])[0] for a in REPORTS]
    assert _coded(pipeline, list(REPORTS)) == alone
    assert _coded(pipeline, list(reversed(REPORTS))) == list(reversed(alone))
    assert all("Event(" in r for r in alone)  # events were coded, not only rejections


def test_doc_text_is_the_docs_own_text() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Envoys met  in Lima.\n\nThey left.")
    assert doc_text(doc) == doc.text
    other = nlp("Envoys met  in Lima.\n\nThey left.")
    set_doc_text(other, "Envoys met  in Lima.\n\nThey left.")
    assert doc_text(other) == other.text


def test_the_parser_keeps_the_article_text_the_runner_records(pipeline: Pipeline) -> None:
    for article in REPORTS:
        assert pipeline.nlp(article.text).text == article.text


def test_skipped_words_had_no_candidate_pattern(pipeline: Pipeline) -> None:
    finder = pipeline.stages.get_pipe("newsevents_triggers")
    assert isinstance(finder, TriggerFinder)
    for article in REPORTS:
        doc = pipeline.code(article, pipeline.nlp(article.text))
        for sent in doc.sents:
            scanned = {tok.i for tok, *_ in finder.candidates(sent)}
            for tok in sent:
                if tok.i in scanned:
                    continue
                found = [p for lemma, pos in finder._keys(tok) for p in finder._patterns(tok, lemma, pos)]
                assert not found, (tok.text, found[:1])


def _words_present_by_definition(pattern: Pattern, words: set[str]) -> bool:
    if pattern.prep and pattern.prep not in words:
        return False
    groups = (pattern.object, pattern.prep_words, pattern.subject)
    return all(w in words for group in groups for w in group if w[0] not in "&@")


def test_the_plain_words_of_every_pattern_are_read_as_before(pipeline: Pipeline) -> None:
    finder = pipeline.stages.get_pipe("newsevents_triggers")
    assert isinstance(finder, TriggerFinder)
    patterns = {id(p): p for pos in ("verb", "noun") for lemma in finder.patterns.lemmas(pos)
                for p in finder.patterns.by_lemma(lemma, pos)}.values()  # fmt: skip
    sentences = [
        {"talk", "with", "to", "on", "aid", "the", "troop", "sanction", "against"},
        {"ceasefire", "agreement", "sign", "deal", "between", "of", "for"},
        set(),
    ]
    for words in sentences:
        for pattern in patterns:
            assert words_present(pattern, words) == _words_present_by_definition(pattern, words)
            assert (needed_words(pattern) <= words) == _words_present_by_definition(pattern, words)


def test_kind_of_by_lemma_hash_is_the_tables_kind(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Lima said it would expel the envoy and threatened to close the border, aides warned.")
    table = modality_kinds()
    for _ in range(2):  # the second time from the memo
        assert [kind_of(t) for t in doc] == [table.get(t.lemma_.casefold()) for t in doc]
    assert any(kind_of(t) for t in doc)


def _docs_alive() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, Doc))


def test_analyze_leaves_no_coded_doc_for_the_garbage_collector(pipeline: Pipeline) -> None:
    gc.collect()
    gc.disable()  # (a collection during the run would hide a cycle)
    try:
        before = _docs_alive()
        results = _coded(pipeline, list(REPORTS))
        after = _docs_alive()
    finally:
        gc.enable()
    assert after == before
    assert all("Event(" in r for r in results)  # released after coding, not instead of it


def test_lacks_all_reads_the_lower_case_words_by_their_hashes(pipeline: Pipeline) -> None:
    modals = lexicon().deontic_modals
    texts = [" ".join(f"{m.upper()} {m.title()} {m}" for m in sorted(modals)), "They Ought not.", "Nor it."]
    texts += [a.text for a in REPORTS]
    for doc in pipeline.nlp.pipe(texts):
        for sent in doc.sents:
            for words in (modals, frozenset({"police", "wire"}), frozenset()):
                assert lacks_all(sent, words) == words.isdisjoint({t.lower_ for t in sent}), sent.text


def test_lacks_all_asked_again_of_a_sentence_reads_its_own_words(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Quito must act. Lima will wait. Quito must act.")
    first, second, third = doc.sents
    modals = lexicon().deontic_modals
    # (asked twice of each sentence, the second time from the Doc's memo; a sentence with the same words
    # elsewhere in the Doc is a sentence of its own)
    for _ in range(2):
        assert [lacks_all(s, modals) for s in (first, second, third)] == [False, True, False]


def test_reciprocal_walks_a_clause_only_in_a_doc_with_each_other(pipeline: Pipeline) -> None:
    def plain(tok: Token) -> bool:  # (the rule as it read every word of the clause)
        words = [t.lower_ for t in tok.subtree]
        return any(
            w in ("other", "another") and t.i > 0 and tok.doc[t.i - 1].lower_ in ("each", "one")
            for t, w in zip(tok.subtree, words, strict=True)
        )

    texts = [
        "Oslo and Rome sent envoys to each other. Lima and Quito accused one another of lying.",
        "Oslo and Rome sent envoys to the other capital. One other team left.",
        "Another convoy arrived. Each side blamed the other.",
    ]
    for doc in pipeline.nlp.pipe(texts):
        verbs = [t for t in doc if t.pos_ == "VERB"]
        assert verbs
        for verb in verbs:
            assert reciprocal(verb) == plain(verb), (doc.text, verb.text)
    found = pipeline.nlp("Oslo and Rome sent envoys to each other.")
    assert reciprocal(next(t for t in found if t.lemma_ == "send"))


def test_a_modal_demand_is_still_found_and_a_sentence_without_a_modal_skipped(pipeline: Pipeline) -> None:
    finder = pipeline.stages.get_pipe("newsevents_triggers")
    assert isinstance(finder, TriggerFinder)
    demand = next(pipeline.nlp("Oslo said Minsk must release the two pilots at once.").sents)
    assert [t.pattern.code for t in demands.modal_demands(demand, finder.words)] == ["100"]
    other = next(pipeline.nlp("Oslo said Minsk would release the pilots.").sents)
    assert demands.modal_demands(other, finder.words) == []


def test_the_trigger_scan_fires_what_the_plain_pattern_test_fires(pipeline: Pipeline) -> None:
    finder = pipeline.stages.get_pipe("newsevents_triggers")
    assert isinstance(finder, TriggerFinder)
    for article in REPORTS:
        doc = pipeline.code(article, pipeline.nlp(article.text))
        for sent in doc.sents:
            words = {t.lemma_.casefold() for t in sent} | {t.lower_ for t in sent}
            for tok, _pos, found, fired in finder.candidates(sent):  # (found: the patterns tried)
                plain = (p for p in found if words_present(p, words) and finder._fits(p, Context(tok)))
                assert fired == next(plain, None), tok.text


def test_the_mention_finder_reads_each_words_own_strings(pipeline: Pipeline) -> None:
    finder = pipeline.stages.get_pipe("newsevents_actors").resolver._finder
    docs = list(pipeline.nlp.pipe([a.text for a in REPORTS] + ["PERU and Peru and peru met in LIMA, Lima."]))
    found = [finder.find(doc) for doc in docs]
    assert [finder.find(doc) for doc in docs] == found  # (the second time from the memo)
    memo = finder._strings_of(pipeline.nlp.vocab)
    assert all(memo[t.orth] == (t.text, t.lower_) for doc in docs for t in doc)
    assert any(m.iso3 == "PER" for m in found[-1])
    other = spacy.blank("en")("Peru")
    assert finder._strings_of(other.vocab) == {}  # (another vocabulary: a memo of its own)
    assert [m.iso3 for m in finder.find(other)] == ["PER"]


def test_sentence_words_are_the_lemmas_and_lower_case_forms(pipeline: Pipeline) -> None:
    texts = [a.text for a in REPORTS] + ["ISTANBUL Talks resumed; the Envoys SAID they would meet."]
    for nlp in (pipeline.nlp, pipeline.nlp, spacy.blank("en")):  # (again from the memo; another vocabulary)
        for doc in nlp.pipe(texts):
            sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
            for sent in sents:
                tokens = list(sent)
                words = {t.lemma_.casefold() for t in tokens} | {t.lower_ for t in tokens}
                # (and the singular of a capitalised plural tagged as a name: syntax.subject_words)
                words |= {w for t in tokens if t.tag_ in syntax.NAME_TAGS for w in syntax.subject_words(t)}
                assert sentence_words(tokens) == words
    assert sentence_words([]) == set()


def test_labels_compare_as_the_strings_do(pipeline: Pipeline) -> None:
    """``newsevents.labels``: a token's integer label, part of speech and word equal a name's integer
    exactly when its string does (the hot tests compare integers)."""
    from newsevents import doccache, labels

    texts = [a.text for a in REPORTS] + ["Chile urged Peru to free the envoys, and Lima agreed to do so."]
    names = ("nsubj", "dobj", "conj", "aux", "prep", "ROOT", "dative", "npadvmod", "VERB", "AUX", "PROPN")
    for doc in pipeline.nlp.pipe(texts):
        for tok in doc:
            assert tok.dep == labels.label(tok.dep_) and tok.pos == labels.label(tok.pos_)
            assert tok.lower == labels.label(tok.lower_) and tok.lemma == labels.label(tok.lemma_)
            for name in names:
                assert (tok.dep == labels.label(name)) == (tok.dep_ == name)
                assert (tok.pos == labels.label(name)) == (tok.pos_ == name)
            to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            assert doccache.infinitive_to(tok) == to
        assert any(doccache.infinitive_to(t) for t in doc) or "urged" not in doc.text
