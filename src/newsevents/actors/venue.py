"""Where a group gathered places nobody but the gathering: "Leaders of the bloc, meeting in Lagos, gave
the junta a week", "foreign ministers who gathered in Cairo condemned the raid", "at a summit in Accra".

A group of states or a body of no country (an IGO, a region's leaders) meets in a member's capital or at
a host's summit, and the coder took that place as it takes any country its sentence names: for an agent
with no country of its own in the same sentence ("gave the junta a week": the junta became the host's),
and for the country the story is about ("LAGOS - West African leaders ... Mali ...", filed from the host
and naming it only as the venue, was read as a Nigerian story, so every unplaced agent of it was
Nigerian). The place after a gathering verb's participle or relative clause on a noun (``gathering-verbs``
in ``data/words.tsv``: "meeting in", "who met at", "meeting on the sidelines of ... in") or after a
gathering noun (``gathering-nouns``: "a summit in", "an emergency session at") is the venue: it places
no other agent of the sentence (``clause_scope.unplacing_tokens``) and does not count for the story's
country (``doc_countries``). A clause that names its counterpart ("meeting with the envoy in X") or
has an object ("met the president in X") is a meeting with someone, whose place is read as before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents import doccache, labels
from newsevents.actors.words import packaged_words

__all__ = ["venue_tokens"]

# Clauses by which the parser hangs a participle or relative clause on a noun or on the sentence's verb.
_CLAUSE_DEPS = frozenset({"acl", "advcl", "relcl", "appos"})
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
# Prepositions of a gathering's venue: "in Cairo", "at the headquarters", "on the sidelines of a summit in X".
_VERB_VENUE_PREPS = frozenset({"in", "at", "on"})
# After a gathering noun only "in" and "at" name a place ("a session on Syria" names a topic).
_NOUN_VENUE_PREPS = frozenset({"in", "at"})
# What makes a gathering a meeting with someone: a counterpart phrase or an object.
_COUNTERPART_PREPS = frozenset({"with", "between"})
_OBJECT_DEPS = frozenset({"dobj", "dative"})
_MEMO = "actors.venue"


def venue_tokens(doc: Doc) -> frozenset[int]:
    """Indexes of the tokens of ``doc`` that name only where a group gathered."""
    memo = doccache.memo(doc, _MEMO)
    found: frozenset[int] | None = memo.get(None)
    if found is None:
        found = memo[None] = _venues(doc)
    return found


def _venues(doc: Doc) -> frozenset[int]:
    words = packaged_words()
    verbs, nouns = words.gathering_verbs, words.gathering_nouns
    out: set[int] = set()
    if len(_KINDS) > _MAX_KINDS:
        _KINDS.clear()
    for tok in doccache.tokens(doc):
        kind = _KINDS.get(tok.lemma)
        if kind is None:  # (1: a gathering verb's lemma, 2: a gathering noun's, 3: both, 0: neither)
            lemma = tok.lemma_.casefold()
            kind = _KINDS[tok.lemma] = (lemma in verbs) | (lemma in nouns) << 1
        if kind & 1 and _gathering_clause(tok):
            out.update(_after(tok, _VERB_VENUE_PREPS))
        elif kind & 2 and tok.pos == labels.POS_NOUN:
            out.update(_after(tok, _NOUN_VENUE_PREPS))
    return frozenset(out)


# lemma hash (``Token.lemma``, the same in every vocabulary) -> whether its case-folded string is a
# gathering verb's or noun's (bits 1, 2): every word of every article is looked up, without its lemma's
# string made each time (the packaged lists never change)
_KINDS: dict[int, int] = {}
_MAX_KINDS = 200_000


def _gathering_clause(verb: Token) -> bool:
    """Whether ``verb`` is a participle or relative clause of gathering with nobody met: "meeting in X",
    "who met in X"; not "meeting with the envoy", "met the president", nor the sentence's own verb."""
    if verb.dep_ not in _CLAUSE_DEPS or (verb.dep_ != "relcl" and verb.tag_ not in _PARTICIPLE_TAGS):
        return False
    for child in doccache.children(verb):
        if child.dep_ in _OBJECT_DEPS or (child.dep_ == "prep" and child.lower_ in _COUNTERPART_PREPS):
            return False
        if child.dep_ in ("aux", "auxpass"):  # ("ministers ARE meeting in Cairo": a clause of its own)
            return False
    return True


def _after(tok: Token, preps: frozenset[str]) -> list[int]:
    """The tokens of ``tok``'s place phrases introduced by one of ``preps``."""
    return [
        t.i
        for child in doccache.children(tok)
        if child.dep_ == "prep" and child.lower_ in preps
        for t in doccache.subtree(child)
    ]
