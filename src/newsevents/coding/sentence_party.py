"""The counterpart of an act that names no target, read from its own sentence before the whole article.

``targets.implicit_country`` aims an act that needs a counterpart and names none (a complaint, a warning,
a demand, a criticism) at the other country the article is most about (``article-counterpart``). A story
of three or more countries often names the party a reaction is aimed at in the reaction's own sentence,
as a possessor, a modifier or the subject of a clause around it, while the article as a whole is mostly
about someone else: "Ankara massed tanks on the Syrian border, warning that any raid would be met with
force" warns Syria even when the story is mostly about Iraq. The party nearest to the trigger in the
event's sentence is the better guess than the article's most named one.

A party is skipped when it is the source's own country, sits in an aside ("at the request of Oman",
"from Mali and Niger"), is joined to the source as a co-actor ("Britain and France called for ...") or
is named only as a place where the act happened, and when it is the doer of a clause, except the subject
of a clause the act itself states or answers ("criticised the deal, saying Tehran would fund ...",
"halted sales after Syrian gunmen shelled a post"): that is the party the act is about. The subject of a
clause of contrast ("while Syria's envoy said ...") stays skipped.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.asides import is_aside
from newsevents.coding.own_object import OWN_OBJECT, own_object
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.targets import ARTICLE_COUNTERPART, party_country

SENTENCE_COUNTERPART = declare(
    "target",
    "sentence-counterpart",
    "an act that needs a counterpart and names none is aimed at the foreign party named nearest to it in "
    "its own sentence before the country the article is most about",
    "Chile called its envoy home over the trade row with Peru, and Bolivia complained about the delay.",
)
# Prepositions whose object names where something is or comes from, not whom the act is aimed at
# ("a missile fired from Syria", "a tanker seized off Malta").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside", "across", "from", "off"})
# Dependencies of a clause's doers: its subject and a passive's agent ("by Qatar").
_DOER_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "agent"})
_VERBS = frozenset({"VERB", "AUX"})  # (heads of the clauses a conjunction joins)
# Subjects of a clause (not a passive's "by" agent, who brokered or did a deed the act refers to).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Links from a clause up to the act whose content or reason it is ("said THAT ...", "urged X TO ...",
# "..., SAYING ..."): a relative clause or a conjunct is no content.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl"})
# Conjunctions of an adverbial clause that tells the deed the act answers or the condition it sets.
_ANSWERED_MARKS = frozenset({"after", "because", "since", "once", "if", "unless", "until"})


def sentence_counterpart(
    d: Draft, actors: DocActors, iso3: str | None, rule: str | None
) -> tuple[str | None, str | None]:
    """``(iso3, rule)`` as ``targets.implicit_country`` chose them for ``d``, or the foreign party named
    nearest to its trigger in its own sentence and ``SENTENCE_COUNTERPART`` when that chose the article's
    counterpart."""
    own = d.source.country
    if rule != ARTICLE_COUNTERPART or own is None:
        return iso3, rule
    if own_object(d, actors):  # ("praised the police": its own side, a domestic act: coding/own_object.py)
        return own, OWN_OBJECT
    sent = d.sent
    found = [
        m
        for m in actors.mentions
        if sent.start <= m.start < sent.end and party_country(actors, m) not in (None, own)
        and _counterpart_mention(d, sent.doc[m.end - 1])
    ]
    if not found:
        return iso3, rule
    country = party_country(actors, min(found, key=lambda m: abs(m.start - d.token.i)))
    return (country, SENTENCE_COUNTERPART) if country not in (None, iso3) else (iso3, rule)


def _counterpart_mention(d: Draft, tok: Token) -> bool:
    """Whether the mention ending at ``tok`` may name the counterpart of ``d``: not in an aside, not a
    place, not a doer of its own or another clause, and in the same one of the clauses a conjunction joins
    ("Britain urged calm, and the U.S. embassy advised Americans to leave")."""
    if is_aside(tok) or _place_only(tok) or (_doer(tok) and not _content_doer(tok, d.token)):
        return False
    return _conjunct_clause(tok) == _conjunct_clause(d.token)


def _place_only(tok: Token) -> bool:
    """Whether ``tok`` heads the object of a preposition of place ("talks in Paris")."""
    head = doccache.head(tok)
    while tok.dep_ == "compound" and head.i != tok.i:
        tok, head = head, doccache.head(head)
    return tok.dep_ == "pobj" and head.lower_ in _PLACE_PREPOSITIONS


def _doer(tok: Token) -> bool:
    """Whether ``tok`` is in the phrase of a clause's subject or of a passive's agent ("Britain and
    France called", "Chile's president said", "a truce brokered by Qatar", "Peru, which made peace with
    Chile, sent its envoy"): a doer, or part of one, not a patient."""
    while True:
        if tok.dep_ in _DOER_DEPS:
            return True
        head = doccache.head(tok)
        if head.i == tok.i:
            return False
        tok = head


def _content_doer(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` is in the subject of a clause the act at ``trigger`` states, asks or reasons with
    ("criticised the deal, SAYING TEHRAN would fund ...", "approved the sale, saying it would help
    PAKISTAN meet ...", "warned that MOSCOW would pay"): the party the act is about, not a doer beside it."""
    while tok.dep_ not in _SUBJECT_DEPS:
        head = doccache.head(tok)
        if head.i == tok.i or tok.dep_ in _DOER_DEPS:
            return False
        tok = head
    clause = doccache.head(tok)
    while clause.i != trigger.i:
        if clause.dep_ not in _CONTENT_DEPS or clause.pos_ not in _VERBS or _marked(clause):
            return False
        clause = doccache.head(clause)
    return tok.head.i != trigger.i


def _marked(clause: Token) -> bool:
    """Whether an adverbial clause is led by a conjunction of contrast or time ("WHILE Russia's envoy
    said", "AS talks went on"): a second story told beside the act, not the deed it answers ("AFTER
    rebels overran", "BECAUSE Lima refused") nor the reason it gives ("..., saying X would")."""
    if clause.dep_ != "advcl":
        return False
    return any(c.dep_ == "mark" and c.lower_ not in _ANSWERED_MARKS for c in doccache.children(clause))


def _conjunct_clause(tok: Token) -> int | None:
    """The index of the nearest clause joined by a conjunction that holds ``tok`` (none: the first). A
    noun joined to a verb is a clause the parser cut short ("said X, and Peru's envoy, Ana Paz, urged")."""
    while True:
        head = doccache.head(tok)
        if tok.dep_ == "conj" and head.pos_ in _VERBS:
            return tok.i
        if head.i == tok.i:
            return None
        tok = head
