"""An international body named only as a word that qualifies a thing is no party to what is done to it.

"Ruritania's EU membership bid" is Ruritania's bid (to join the EU), and "the start of EU accession talks
with Ruritania" talks with Ruritania: a state that vetoes the bid or blocks the talks acts against
Ruritania, the counterpart the phrase names by its possessor or by "with", not against the body the talks
are about. The named-actor rule took the one dictionary name in the phrase, the body, and coded the veto
as one against it. Here the body is passed over when it stands as a modifier before the head of a phrase
about a thing (no agent noun: "EU monitors" stay the EU's) that names a state as its possessor or its
"with" party; the phrase then reads as its possessor's (``country-modifier``), or, with the state only
after "with", as no actor, and the object's phrase gives the target (``target:object-phrase``). A body as
possessor ("the EU's trade deal with Mercosur") is the deal's owner and stays; so does a phrase that is a
subject (its talks are held), and a body beside a hyphened drafter ("a U.S.-drafted Council resolution").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsevents import doccache

if TYPE_CHECKING:
    from newsevents.actors.mentions import Mention
    from newsevents.actors.phrases import Phrase

__all__ = ["qualifying_body"]

# Dictionary kinds of the bodies of no state that qualify a thing ("EU accession", "NATO membership").
_BODY_KINDS = frozenset({"igo"})
# Links by which a word qualifies the noun after it inside a noun phrase ("EU membership bid").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Prepositions on the qualified noun that name the state the thing is with ("talks with X").
_PARTY_PREPS = frozenset({"with", "between"})
# Hyphens that join a state's word to a participle ("U.S.-drafted", "Iranian-backed").
_HYPHENS = frozenset({"-", "\u2011"})
# Subject links: a subject phrase's talks or bid are its own doing, read by the event's rules.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def qualifying_body(p: Phrase, m: Mention) -> bool:
    """Whether the named actor ``m`` of phrase ``p`` is a body of no state that only qualifies a thing
    the phrase names beside a state: a state's possessor or modifier before it, or a "with" party of the
    noun it qualifies."""
    entry = m.entry
    if entry is None or entry.kind not in _BODY_KINDS or entry.country is not None:
        return False
    head = p.head
    if p.role is not None or head.pos_ != "NOUN" or head.dep_ in _SUBJECT_DEPS:
        return False
    last = head.doc[m.end - 1]
    if last.dep_ not in _MODIFIER_DEPS:
        return False
    qualified = doccache.head(last)
    while qualified.dep_ in _MODIFIER_DEPS and doccache.head(qualified).i != qualified.i:
        qualified = doccache.head(qualified)
    # (a hyphened word after the state makes it a drafter or a backer, no owner: "a U.S.-drafted resolution")
    if any(c.iso3 and c.end <= m.start and not _hyphened(head.doc, c.end) for c in p.countries):
        return True  # ("Ruritania's EU membership bid", "the Ruritanian veto of a UN resolution")
    return any(
        c.dep_ == "prep" and c.lower_ in _PARTY_PREPS and any(o.dep_ == "pobj" for o in doccache.children(c))
        for c in doccache.children(qualified)
    )


def _hyphened(doc: Doc, end: int) -> bool:
    """Whether the state's word ending before ``end`` is joined by a hyphen to the next ("U.S.-drafted")."""
    return end < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_
