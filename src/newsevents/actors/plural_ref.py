"""A plural pronoun that takes up two parties: "Chile and Peru met in Lima. They signed a border pact"
-> "they" is Chile and Peru, both; "The two sides said they had agreed" -> both sides.

The usual pronoun reading (coref.antecedent) returns one actor, the first of a coordinated antecedent, so a
joint act told with "they" became one party's act on nobody, or on itself. Here the nearest subject before
the pronoun (in its own sentence, else the one before) is read: when it names parties of two or more
countries, the pronoun names them all; when it names one party, the usual reading decides.

``plural_possessor`` (read by the phrase rule ``agent-in-context``) does the same for an agent that is a
subject: possessed by "their" under a verb whose subject names two parties ("Both sides said their forces
had pulled back"), or by a pair ("the two countries' air forces clashed"): both parties' agents.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.sibling_report import sibling_report_subject
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["aside_subject", "plural_antecedent", "plural_possessor"]

# The plural pronoun that can take up two parties at once, as a subject: an object "them" is more often
# the people its clause's own subject acts on ("Chile and Peru froze their assets and barred them"), and
# a possessive binds to its clause's subject; both keep the usual reading (but a subject's "their" under a
# verb whose subject is the pair is read by ``plural_possessor``: "both sides said their forces ...").
_PLURAL = frozenset({"they"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_WORDS = packaged_words()
# The clauses a subject's "their" is told in under a verb whose subject it takes up ("X said their ...").
_TOLD_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj"})


def plural_antecedent(actors: DocActors, pronoun: Token, day: dt.date | None) -> list[Actor] | None:
    """The parties of two or more countries a plural pronoun takes up, from the nearest subject before it;
    None when that subject names one party (or none is found)."""
    if pronoun.lower_ not in _PLURAL or pronoun.dep_ not in _SUBJECT_DEPS:
        return None
    for subj in _subjects_before(actors, pronoun):
        found = actors.resolve_all(subj, day)
        if not found:
            continue
        parties = list({a.country: a for a in found if a.country}.values())
        return parties if len(parties) >= 2 else None
    return None


def plural_possessor(actors: DocActors, head: Token, day: dt.date | None) -> list[Actor] | None:
    """The parties a subject's possessive "their" takes up when the subject of the verb it is told under
    names two or more countries: "Both sides said THEIR forces had pulled back" (both sides' forces).
    An object's "their" keeps the usual reading ("Chile and Peru froze their assets": see ``_PLURAL``).
    A subject whose possessor is itself a pair ("the two countries' air forces clashed") is both.
    (Not an object: "talks between the two sides' ministers" are not the host's.)"""
    if head.dep_ not in _SUBJECT_DEPS:
        return None
    owner = next((c for c in doccache.children(head) if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if owner is not None and owner.lemma_.casefold() in _WORDS.pair_groups:
        return _parties(actors.resolve_all(owner, day))
    if not any(
        c.dep_ == "poss" and c.lower_ == "their" for c in doccache.children(head)
    ):
        return None
    clause = head.head
    teller = clause.head if clause.dep_ in _TOLD_DEPS else None
    subj = next((c for c in doccache.children(teller) if c.dep_ in _SUBJECT_DEPS), None) if teller else None
    if subj is None:
        return None
    return _parties(actors.resolve_all(subj, day))


def _parties(found: list[Actor]) -> list[Actor] | None:
    """One actor per country of ``found``, when they are of two or more countries."""
    parties = list({a.country: a for a in found if a.country}.values())
    return parties if len(parties) >= 2 else None


def _subjects_before(actors: DocActors, pronoun: Token) -> list[Token]:
    """The subjects before ``pronoun`` in its sentence (nearest first), then those of the sentence
    before."""
    own = doccache.sent(pronoun)
    sents = [own]
    if own.start > 0:
        sents.append(doccache.sent(actors.doc[own.start - 1]))
    out: list[Token] = []
    for sent in sents:
        subjects = [
            t
            for t in doccache.sent_tokens(sent)
            if t.dep_ in _SUBJECT_DEPS and t.i < pronoun.i and not aside_subject(t, pronoun)
        ]
        out.extend(reversed(subjects))
    return out


def aside_subject(subj: Token, pronoun: Token) -> bool:
    """Whether ``subj`` is the subject of a relative clause ``pronoun`` is outside of ("Oslo and Rome,
    whose ships patrol the coast, said THEY ..."): the aside's subject is nearer, but a pronoun of the
    main clause takes up the main subject (also read by coref's group subject)."""
    verb = subj.head
    if sibling_report_subject(subj, pronoun):  # ("said that X ..., and that IT would": sibling_report.py)
        return True
    return verb.dep_ == "relcl" and not (verb.left_edge.i <= pronoun.i <= verb.right_edge.i)
