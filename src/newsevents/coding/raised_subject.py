"""The raised subject of a reported act: "Peruvian troops were believed to have arrested six smugglers".

Wires report what they cannot confirm with a passive verb of saying or believing whose subject is the doer
of the act its infinitive names: "troops were believed to have arrested", "police are said to have
detained", "gunmen were reported to have seized". The parser hangs the subject on the passive verb and the
act as its open complement, which has no subject of its own: without this rule the act had no source and no
event. The raised subject is the act's source; the verb of saying makes the act reported (the modality
stage reads it as it reads "officials said troops arrested"). Only verbs of report or belief raise so
(``raising_verbs`` in ``coding/data/raised.toml``): "were expected to arrive" tells a forecast, "were
forced to withdraw" a yielding with a source of its own.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare

RAISED_SUBJECT = declare(
    "source",
    "raised-subject",
    "the subject of a passive verb of saying or believing is the doer of the act its infinitive names "
    "('troops were believed to have arrested ...': the troops arrested, as reported)",
    "Peruvian troops were believed to have arrested six smugglers near the border.",
)
_FILE = "coding/data/raised.toml"


@functools.lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """``raised.toml``: the passive verbs of report or belief whose subject is their infinitive's doer."""
    return word_sets(_FILE, ("raising_verbs",))["raising_verbs"]


def raised_subjects(tok: Token) -> list[Token]:
    """The raised subject of ``tok`` (or of the first verb it is coordinated with) when it is the active
    infinitive complement of a passive verb of ``raising_verbs``: that verb's passive subject."""
    act = tok
    while act.dep_ == "conj" and act.head.i != act.i and act.head.pos_ in ("VERB", "AUX"):
        act = act.head
    gov = act.head
    if act.dep_ != "xcomp" or gov.i == act.i or gov.lemma_.casefold() not in _verbs():
        return []
    own = doccache.children(act)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in own) or any(c.dep_ == "auxpass" for c in own):
        return []  # ("were said to have been killed": the raised subject is the patient, no doer)
    kids = doccache.children(gov)
    if not any(c.dep_ == "auxpass" for c in kids):
        return []
    return [c for c in kids if c.dep_ == "nsubjpass"]
