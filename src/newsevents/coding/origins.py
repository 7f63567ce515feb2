"""Where a mover comes from is not what it moves against: "troops crossed the border from Belarus" is no
act on Belarus, "refugees fled from Kosovo into Albania" reaches Albania. A pure function of the parse
that ``received.turned`` applies to every trigger's target heads (the place entered, "into X", stays), and
that ``syntax.object_phrase_tokens`` reads so that its last-resort country is not the origin either."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.rules import declare
from newsevents.coding.target_table import target_roles

ORIGIN_NOT_TARGET = declare(
    "target",
    "origin-not-target",
    "the 'from' phrase of a verb or noun of movement names where the mover comes from, not the party it "
    "acts on",
    "Armed men crossed the border from Ruritania and raided a village.",
)


def moves(tok: Token) -> bool:
    """Whether ``tok`` is a verb or noun of movement (``movement_words`` in target_roles.toml)."""
    return tok.lemma_.casefold() in target_roles().movement_words


def origin(prep: Token) -> bool:
    """Whether ``prep`` is a "from" that names the origin of a movement: on a verb or noun of movement,
    or on its direct object ("crossed the border from Belarus", however the parser hangs it)."""
    if prep.dep_ != "prep" or prep.lower_ != "from":
        return False
    owner = prep.head
    return moves(owner) or (owner.dep_ == "dobj" and moves(owner.head))


def is_origin(tok: Token) -> bool:
    """Whether ``tok`` is the object of an origin "from" (``origin``), or coordinated with one ("from Mali
    and Niger")."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ == "pobj" and origin(tok.head)
