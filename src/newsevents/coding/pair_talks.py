"""Talks told as the scene of a pair's act: "Kenya and Uganda signed the border pact on Friday after talks
in Arusha" tells two events, the signing and the talks the two held before it, though the talks name no
party of their own ("talks in Arusha": the place is where they met, not whom).

An event noun under a preposition that only sets the scene ("after the talks") is background unless it
names its parties (``scene.scene_noun_is_event``). A meeting noun under "after" or "following", on a
clause whose subject is two coordinated parties, is the meeting of that pair: the clause says what they
did once they had talked. The noun's source is the clause's subject (``clause_party``), whose second
party is then the counterpart (arguments' ``target:coordinated-subject``), not the venue. A lone subject
("Kenya signed the pact after talks in Arusha") does not say who the talks were with, and the noun stays
background. A pure function of the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.annotations import annotation
from newsevents.coding.rules import declare

__all__ = ["PAIR_TALKS", "pair_talks", "second_party"]

PAIR_TALKS = declare(
    "source",
    "pair-talks",
    "talks or a meeting told only as what came before a pair's act ('X and Y agreed ... after talks in Z') "
    "are the pair's own meeting: the clause's two subjects hold them, the venue is no party",
    "Kenya and Uganda signed a border pact on Friday after talks in Arusha.",
)
# Nouns of a meeting between parties (a summit or a conference is a gathering of many, and a call has
# its own rules: clause_party's "a call with X").
_MEETINGS = frozenset(
    {"talk", "talks", "meeting", "negotiation", "negotiations", "consultation", "consultations"}
)
# Prepositions that set such a meeting before the clause's act ("AFTER talks in Doha").
_BEFORE = frozenset({"after", "following"})
# Nouns of a stretch of time the meeting may be told by ("after two DAYS of talks").
_STRETCHES = frozenset({"day", "hour", "week", "round", "month"})
# Links under a noun by which it names parties of its own: then it is no scene, and not this rule's.
_OWN_PARTY_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_OWN_PARTY_PREPS = frozenset({"between", "with", "by", "of"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_HEADS = frozenset({"VERB", "AUX"})
# Links of a verb that shares its governor's subject ("agreed TO REOPEN", "met AND SIGNED").
_SHARING_DEPS = frozenset({"xcomp", "conj"})
# Clauses inside a subject's phrase: a pair they coordinate is not the subject's.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def pair_talks(tok: Token) -> Token | None:
    """The verb whose two coordinated subjects hold the meeting noun ``tok`` set before their act ("after
    talks in Doha", "after two days of talks in Geneva"), or None."""
    if tok.pos_ != "NOUN" or tok.lemma_.casefold() not in _MEETINGS or _own_parties(tok):
        return None
    verb = _clause(tok)
    if verb is None:
        return None
    while not _subjects(verb) and verb.dep_ in _SHARING_DEPS and verb.head.pos_ in _CLAUSE_HEADS:
        verb = verb.head  # ("agreed to reopen the border after talks": the act's subject is its governor's)
    # (any subject: a dateline the parser took for a second subject stands beside the real one)
    if any(_two_parties(s) for s in _subjects(verb)):
        return verb
    # ("X and Y agreed that neither would do Z, after talks at W": a phrase set off at the sentence's
    # end belongs to its main clause, whatever verb inside the parser hung it on)
    root = tok.sent.root
    if _closing(tok) and root.i != verb.i and any(_two_parties(s) for s in _subjects(root)):
        return root
    return None


def _closing(tok: Token) -> bool:
    """Whether the "after" phrase of ``tok`` closes its sentence, set off by a comma."""
    prep = tok.head
    if prep.i == 0 or prep.nbor(-1).text != ",":
        return False
    last = max(t.i for t in doccache.subtree(prep))
    return all(t.is_punct or t.is_space for t in tok.doc[last + 1 : tok.sent.end])


def _clause(tok: Token) -> Token | None:
    """The word the phrase "after" + meeting noun ``tok`` hangs from: the preposition's head ("after talks
    in Doha", "after two days of talks"), or, where the parser read the phrase as a clause of a participle
    ("after talks in Doha mediated by X": "after" its mark, the noun its subject), that clause's head."""
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lemma_.casefold() in _STRETCHES and prep.head.dep_ == "pobj":
            prep = prep.head.head  # ("after two days OF talks")
        head = prep.head if prep.lower_ in _BEFORE else None
    elif tok.dep_ in _SUBJECT_DEPS and tok.head.dep_ == "advcl":
        marks = [c for c in doccache.children(tok.head) if c.dep_ == "mark" and c.lower_ in _BEFORE]
        head = tok.head.head if marks and tok.head.tag_ == "VBN" else None
    else:
        return None
    return head if head is not None and head.pos_ in _CLAUSE_HEADS else None


def _subjects(verb: Token) -> list[Token]:
    return [c for c in doccache.children(verb) if c.dep_ in _SUBJECT_DEPS]


def _two_parties(subject: Token) -> bool:
    return second_party(subject) is not None


def second_party(subject: Token) -> Token | None:
    """The second of two named parties the phrase of ``subject`` coordinates ("Chile AND PERU", "the
    presidents of Chile AND PERU"), outside any clause inside it, else None. Three or more ("X, Y and Z")
    held talks of many, which a pair's counterpart would misname; a common noun ("Iran and six world
    powers") names no party the counterpart rule can take."""
    dateline = annotation(subject.doc, "ne_dateline")
    # (a first name the parser coordinated with the dateline's place is no second party: "LIMA, May 2
    # (Wire) - X and Y agreed", with X a conjunct of LIMA)
    start, end = (dateline.start, dateline.end) if dateline is not None else (0, 0)
    conjuncts = [
        t
        for t in doccache.subtree(subject)
        if t.dep_ == "conj"
        and not start <= t.head.i < end
        and not any(a.dep_ in _CLAUSE_DEPS for a in _path(t, subject))
    ]
    if len(conjuncts) != 1 or conjuncts[0].pos_ != "PROPN" or conjuncts[0].head.pos_ != "PROPN":
        return None
    return conjuncts[0]


def _path(tok: Token, top: Token) -> list[Token]:
    """The words from ``tok`` up to (not including) ``top``."""
    out: list[Token] = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _own_parties(tok: Token) -> bool:
    """Whether meeting noun ``tok`` names parties of its own: a possessor or modifier ("their talks",
    "Iranian-Saudi talks") or a phrase of its parties ("talks between", "with", "by", "of")."""
    for c in doccache.children(tok):
        if c.dep_ in _OWN_PARTY_DEPS and (c.dep_ == "poss" or c.text[:1].isupper()):
            return True
        if c.dep_ == "prep" and c.lower_ in _OWN_PARTY_PREPS:
            return True
    return False
