"""Unnamed people an act that needs a counterpart is about, placed by nobody but the act's own source.

"The White House condemned the beating of protesters": the protesters' phrase names no country, so the
actor stage gives them the country their sentence names, the source's, and a condemnation, an apology
or an appeal reads as aimed at its own country. Such an act is never paired with its source's own country
for want of another (``coding.targets``): when the article names another country, the party is left open
here, for the selection stage to place the act as it places one that names no target (the place, else
the article's counterpart). Only people inside a noun or a clause the act governs are read ("condemned
the beating of protesters"): the act's own object ("accused the students") is as often a party at home,
and so is the party a deed is blamed on ("blamed the violence on opposition leaders"), which the parser
hangs on the deed.
A state's own bodies ("urged the government"), a phrase that names its party
("his countrymen", "Fijian voters") and a story that names no other country keep their target.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.semantics import may_be_domestic, needs_counterpart
from newsevents.coding.targets import article_counterpart

OWN_PATIENTS = declare(
    "target",
    "own-patients",
    "unnamed people an act that needs a counterpart is about, whose phrase names no country, are not "
    "its source's own people when the article names another country: the act's party is left open",
    "Tokyo expelled two reporters. The French foreign minister condemned the treatment of the journalists.",
)
# A verb and its own preposition that the parser hangs on the verb's object ("blamed X on Y": Y is the
# party blamed, the act's own counterpart, not someone inside the deed X).
_OWN_PREPOSITION_ON_OBJECT = frozenset({("blame", "on")})
# Named-entity labels that give a phrase a party of its own ("Fijian voters", "Sialkot's people").
_PARTY_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def own_patients(drafts: tuple[Draft, ...], actors: DocActors) -> tuple[Draft, ...]:
    """``drafts`` with the unplaced people of counterpart acts set free of their source's country."""
    return tuple(_freed(d, actors) for d in drafts)


def _freed(d: Draft, actors: DocActors) -> Draft:
    target, own = d.target, d.source.country
    if target is None or own is None or target.country != own or not target.text:
        return d
    if not needs_counterpart(d.code) or may_be_domestic(d.code):
        return d
    if target.role is None or target.role in lexicon().state_roles:
        return d  # (a state's own bodies: "urged the government to step down" is a domestic appeal)
    phrase = _phrase(d.token, target.text)
    if phrase is None or any(t.ent_type_ in _PARTY_LABELS or t.dep_ == "poss" for t in phrase):
        return d
    if _direct(phrase, d.token):
        return d  # ("accused the students", "urged people to stay home": the act's own party, at home)
    if article_counterpart(actors, own) is None:
        return d
    return d.step(OWN_PATIENTS, target=None)


def _direct(phrase: list[Token], verb: Token) -> bool:
    """Whether ``phrase`` is the act's own object or the object of its own preposition, not a party
    inside a noun or a clause it governs ("the beating OF protesters", "denied backing THE REBELS")."""
    inside = {t.i for t in phrase}
    head = next((t for t in phrase if t.head.i not in inside or t.head.i == t.i), phrase[0])
    above = head.head
    if above.i == verb.i or (above.dep_ in ("prep", "agent", "dative") and above.head.i == verb.i):
        return True
    # ("blamed the unrest ON opposition leaders": the parser hangs the verb's own "on" on its object)
    return (
        (verb.lemma_, above.lower_) in _OWN_PREPOSITION_ON_OBJECT
        and above.dep_ == "prep"
        and above.head.dep_ == "dobj"
        and above.head.head.i == verb.i
    )


def _phrase(verb: Token, text: str) -> list[Token] | None:
    """The tokens of the phrase ``text`` among what ``verb`` governs after it, else None (a party before
    it is a co-agent: "envoys of the government and the opposition signed a deal")."""
    tokens = [t for t in doccache.subtree(verb) if t.i > verb.i]
    words = [t.text for t in tokens]
    size = len(text.split())
    for i in range(len(tokens) - size + 1):
        if " ".join(words[i : i + size]) == text:
            return tokens[i : i + size]
    return None
