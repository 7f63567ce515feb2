"""The thirty-third round's shortcuts give what the plain readings gave (issue 10, throughput): a word's
gathering kind remembered by its lemma's hash (actors/venue.py), the ordered-participle scan's parts of
speech and labels compared as integers over the Doc's token table, a clause's words read from the Doc's
subtree table (actors/same_noun.py), a sentence's start from the Doc's sentence table
(actors/body_referent.py) and the mention scan's word strings read in one pass (actors/mentions.py).
Own sentences."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.actors import same_noun, venue
from newsevents.actors.mentions import MentionFinder
from newsevents.actors.words import packaged_words
from newsevents.coding import ordered_participle
from newsevents.pipeline import Pipeline

TEXTS = (
    "Foreign ministers of the bloc, meeting in Lusaka on Monday, urged the junta to free the detained mayor.",
    "Delegates who gathered at the lakeside hotel condemned the raid, and Zambia said the army had fired.",
    "At an emergency summit in Accra, the leaders ordered the accounts of the firm frozen.",
    "The Assembly met in Geneva. The Assembly said the Assembly would meet the envoy in Bern.",
    "Meetings, meetings and meeting: the council met the mayor at a session in Dakar and Dakar replied.",
    "",
)


def _plain_venues(doc: Doc) -> frozenset[int]:
    """``venue._venues`` as it read each word's lemma string before the memo."""
    words = packaged_words()
    out: set[int] = set()
    for tok in doc:
        lemma = tok.lemma_.casefold()
        if lemma in words.gathering_verbs and venue._gathering_clause(tok):
            out.update(venue._after(tok, venue._VERB_VENUE_PREPS))
        elif lemma in words.gathering_nouns and tok.pos_ == "NOUN":
            out.update(venue._after(tok, venue._NOUN_VENUE_PREPS))
    return frozenset(out)


def test_venues_read_by_lemma_hash_are_the_plain_ones(pipeline: Pipeline) -> None:
    for _ in range(2):  # (the second time every lemma's kind is found in the memo)
        for doc in pipeline.nlp.pipe(TEXTS):
            assert venue._venues(doc) == _plain_venues(doc)
    assert any(venue._venues(doc) for doc in pipeline.nlp.pipe(TEXTS))  # (the texts have venues)


def test_the_ordered_participle_scan_tests_integers_as_the_strings(pipeline: Pipeline) -> None:
    scan = ordered_participle
    for doc in pipeline.nlp.pipe(TEXTS):
        for tok in doc:
            plain = tok.pos_ in ("ADJ", "NOUN") and tok.dep_ in scan._COMPLEMENT_DEPS
            fast = tok.pos in scan._WORD_POS_IDS and tok.dep in scan._COMPLEMENT_DEP_IDS
            assert fast == plain


def _plain_own_clause(head: Token) -> frozenset[int] | None:
    if head.dep_ not in same_noun._ACTING or head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = head.head
    while verb.dep_ in same_noun._EMBEDDED and verb.head.i != verb.i:
        verb = verb.head
    inside = {t.i for t in verb.subtree}
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            inside.difference_update(t.i for t in c.subtree)
    return frozenset(inside)


def test_own_clause_from_the_subtree_table_is_the_plain_one(pipeline: Pipeline) -> None:
    for doc in pipeline.nlp.pipe(TEXTS):
        for tok in doc:
            assert same_noun.own_clause(tok) == _plain_own_clause(tok)
            assert doccache.sent(tok).start == tok.sent.start


def test_mentions_found_again_with_the_words_remembered(pipeline: Pipeline) -> None:
    component = pipeline.nlp.create_pipe("newsevents_actors")
    finder = MentionFinder(component.resolver.dictionary, spacy.blank("en").vocab)  # type: ignore[attr-defined]
    # (a word new to the finder twice in one Doc: its strings read once, the second found in the memo)
    docs = list(pipeline.nlp.pipe(["Zorblat met Zorblat in Peru and Chile.", *TEXTS]))
    first = [finder.find(doc) for doc in docs]
    assert [m.iso3 for m in first[0] if m.kind == "country"] == ["PER", "CHL"]
    assert [finder.find(doc) for doc in docs] == first
