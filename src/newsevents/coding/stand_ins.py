"""Sources that stand in for a subject naming nobody (issue 10, probe set pasia).

Two shapes state agencies and translated wires use often:

- a message as the subject of its own act: "The Government of Laos issued a statement. THE (SAID)
  STATEMENT denounced the resolution": the statement names nobody; its issuer acts, found in the phrase
  ("the ministry's statement", "the statement of the ministry") or as the subject of the clause that issued
  a message of the same kind a few sentences before;
- a main verb the parser hung as a participle on a long subject: "Hun Sen, Prime Minister of the Kingdom
  of Cambodia, CALLED on the council ..." is parsed as the noun "Hun Sen" with a participle "called" on it
  (or on a noun of the phrase between the commas); when the sentence has no verb as its root, a
  participle after the comma that closes the subject is the main verb and the root noun its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.cargo_origin import CARGO_ORIGIN, senders
from newsevents.coding.lexicon import lexicon
from newsevents.coding.raised_subject import RAISED_SUBJECT, raised_subjects
from newsevents.coding.rules import declare

ISSUER = declare(
    "source",
    "message-issuer",
    "a message that is the subject of an act ('the statement denounced ...') stands for its issuer: the "
    "owner in its phrase, else the subject that issued a message of its kind shortly before",
    "Vientiane issued a statement on Monday. The statement denounced the resolution.",
)
STRAY_MAIN = declare(
    "source",
    "stray-main-verb",
    "a sentence whose root is a noun has its main verb hung as a participle after the comma that closes "
    "a long subject ('X, Prime Minister of Y, called on ...'): the root noun is the subject",
    "Ranil Wickremesinghe, Prime Minister of the Socialist Republic, called on the council to meet.",
)
# How many tokens back an issuing clause may be: a few sentences of one report.
_ISSUE_WINDOW = 160
# Prepositions that name a message's issuer inside its phrase ("the statement of/from/by the ministry").
_ISSUER_PREPS = frozenset({"of", "from", "by"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def subjects(tok: Token, found: list[Token]) -> list[tuple[Token, str]]:
    """Heads (with their rule) to try as the source of verb ``tok`` after the subjects ``found``."""
    if found:
        first = found[0]
        if first.lemma_.casefold() in lexicon().message_nouns:
            return [(t, ISSUER) for t in _issuers(first)]
        return [(t, CARGO_ORIGIN) for t in senders(tok, first)]  # ("trucks ... entered from Egypt")
    # ("troops were believed to have arrested ...": coding/raised_subject.py)
    raised = [(t, RAISED_SUBJECT) for t in raised_subjects(tok)]
    return raised or [(t, STRAY_MAIN) for t in _stray_main_subject(tok)]


def _issuers(message: Token) -> list[Token]:
    """The issuer of ``message``: an owner in its phrase, else the subject of the last clause before it
    that took a message of the same kind as its object ("issued a statement")."""
    kids = doccache.children(message)
    owners = [c for c in kids if c.dep_ == "poss"]
    owners += [o for p in kids if p.lower_ in _ISSUER_PREPS for o in doccache.children(p) if o.dep_ == "pobj"]
    # (a name before the noun is its issuer too: "a UN report", "an Amnesty report", "the Pentagon letter")
    owners += [c for c in kids if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < message.i]
    if owners:
        return owners
    doc, lemma = message.doc, message.lemma_.casefold()
    for i in range(message.i - 1, max(-1, message.i - _ISSUE_WINDOW), -1):
        earlier = doc[i]
        if earlier.lemma_.casefold() == lemma and earlier.dep_ == "dobj" and earlier.head.pos_ == "VERB":
            return syntax.subjects(earlier.head)
    return []


def _stray_main_subject(tok: Token) -> list[Token]:
    """The root noun of a verbless sentence when ``tok`` (or the first verb it is coordinated with) is a
    participle right after a comma; not a describing participle closed by a comma of its own ("Dagalo,
    known as Hemedti, ...")."""
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    # (a past participle is as often a describing one, "X, the North's ally, called for ...": the
    # parser's own tag of a finite past is the evidence it misplaced a main verb)
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.i == 0:
        return []
    doc, root = verb.doc, verb.sent.root
    if root.pos_ not in _NOMINAL or root.i >= verb.i or doc[verb.i - 1].text != ",":
        return []
    after = verb.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        return []
    return [root]
