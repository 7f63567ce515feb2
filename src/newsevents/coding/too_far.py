"""Acts ruled out by "too": "the former ruler was too ill to be extradited", "the army is too weak to
attack the capital".

An infinitive hanging from an adjective or adverb under "too" tells what cannot or will not happen because
of the quality named: the act did not take place (corpus/README.md: negated events get no gold event), as
"not fit to be extradited" would say. Without "too" ("ready to attack", "willing to extradite him") the
infinitive is an intention and the modality stage reads it as such. Read by the modality stage through
``coding/unasserted.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare

RULED_OUT = declare(
    "modality",
    "ruled-out-by-too",
    "an act in an infinitive under 'too' plus an adjective or adverb ('too ill to be extradited') is ruled "
    "out: no event",
    "The minister ruled that the general was too frail to be sent to stand trial abroad.",
)
# The parts of speech of the quality that rules the act out ("too ILL", "too LATE", "too MUCH").
_QUALITIES = frozenset({"ADJ", "ADV"})


def ruled_out(tok: Token) -> str | None:
    """RULED_OUT when the verb at ``tok`` is the infinitive of a quality under "too", else None."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("xcomp", "ccomp", "advcl"):
        return None
    quality = tok.head
    if quality.pos_ not in _QUALITIES:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in doccache.children(tok)):
        return None
    return RULED_OUT if any(c.lower_ == "too" for c in doccache.children(quality)) else None
