"""A state organ named again by its bare noun: "the army", "the junta", "the opposition", "the interim
government", told in a sentence that places it nowhere, is the one the article named before with that noun.

``DocActors.context_country`` places a generic agent by its own phrase, then by the nearest country its
sentence names, and, where the sentence names none, by the country the story is filed from (the
dateline's, else the one named most). A report filed from one capital about another country's affairs
("WASHINGTON - The United States imposed sanctions on the generals who seized power in Yangon, where the
army detained the president. ... The army said the vote had been rigged.") names that country's organs
first where they are placed, then again by the bare noun in sentences of their own: the second "army" is
the first one's, not the capital's that filed the story. A plural is left to the phrase rule
``earlier-agents`` (actors/coref.py ``earlier_group``), which reads plural groups the same way.

A sentence that names other countries only in another clause ("Egypt urged a truce, but the army vowed
to fight on"; "the arrest, which Canada condemned and the army defended") does not place the noun
either: ``own_clause`` gives the part of the sentence that can.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache, labels

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

# The singular common noun tag: a plural group is read by ``earlier_group``, a name by the dictionary.
_SINGULAR = "NN"
# How many sentences back (its own included) the earlier mention of the noun is looked for: a report
# names a country's army or opposition once where it first acts and again by its noun paragraphs later.
_SENTENCES = 8
# The dependencies of an earlier mention that acts in its clause ("the army DETAINED ..."), placed by that
# clause: an owner of another's thing ("welcomed the army's step") is placed by the party that spoke of it.
_ACTING = frozenset({"nsubj", "nsubjpass"})
# The clauses that report or qualify the one above them: a subject inside one ("Kenya said the army had
# ...") is placed by the whole reporting clause, whose speaker's own army it may well be.
_EMBEDDED = frozenset({"ccomp", "xcomp", "advcl"})


def earlier_same_noun(actors: DocActors, head: Token, day: dt.date | None) -> str | None:
    """The country of the last agent before ``head``'s sentence (within ``_SENTENCES``) named with the same
    singular noun, when ``head`` is a definite singular agent noun ("the army") whose sentence places it
    nowhere; None otherwise, or when that earlier mention has no country either."""
    if head.tag_ != _SINGULAR or not _definite(head):
        return None
    sent = doccache.sent(head)
    first = doccache.window_start(head, _SENTENCES)
    lemma = head.lemma_.casefold()
    for tok in reversed(actors.doc[first : sent.start]):
        if tok.tag_ != _SINGULAR or tok.lemma_.casefold() != lemma or tok.dep_ not in _ACTING:
            continue
        found = [a.country for a in actors.resolve_phrase(tok, day) if a.country]
        if found:
            return found[0]
    return None


def _definite(head: Token) -> bool:
    """Whether the noun has "the" as its determiner ("the army"; not "an army", "its army")."""
    return any(c.dep == labels.DET and c.lower == labels.THE for c in doccache.children(head))


def own_clause(head: Token) -> frozenset[int] | None:
    """The token indexes of the clause ``head`` is the subject of, without the clauses coordinated after
    it ("..., and Brazil urged calm"); the whole reporting clause when that clause is embedded in one
    (``_EMBEDDED``). None when ``head`` is no verb's subject (the whole sentence places it then)."""
    if head.dep_ not in _ACTING or head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = head.head
    while verb.dep_ in _EMBEDDED and verb.head.i != verb.i:
        verb = verb.head
    inside = {t.i for t in doccache.subtree(verb)}
    for c in doccache.children(verb):
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            inside.difference_update(t.i for t in doccache.subtree(c))
    return frozenset(inside)
