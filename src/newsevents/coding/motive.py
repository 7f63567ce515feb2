"""A protest named as the motive of a party's own act: "Seoul halted the rice shipments IN PROTEST", "the
premier turned his plane around in protest at the raid" tell why the act was done. The act is coded by its
own trigger; the words "in protest" name no demonstration (CAMEO 14) of the party. A crowd or a group of
the public that acts in protest ("lawyers stayed away from the courts in protest") does protest: its act is
a strike or a boycott, and the noun keeps its event.

Read by the modality stage through ``coding/unasserted.py``, which drops such a trigger with the rule
named here. The crowd and public words are those of ``coding/data/protest.toml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.protest import protest_words
from newsevents.coding.rules import declare

IN_PROTEST = declare(
    "modality",
    "protest-motive",
    "'in protest' on a party's own act (a state halting shipments, an envoy walking out) names the act's "
    "motive, not a demonstration; a crowd or a group of the public acting in protest still protests",
    "Seoul halted the rice shipments in protest.",
)
_PROTEST_NOUNS = frozenset({"protest"})
_IN = "in"


def protest_motive(tok: Token) -> str | None:
    """IN_PROTEST when ``tok`` is the noun of "in protest" on an act whose doer is no crowd nor public."""
    if tok.lemma_ not in _PROTEST_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != _IN:
        return None
    if any(c.dep_ in ("det", "amod", "compound", "nummod") for c in doccache.children(tok)):
        return None  # "in THE protest", "in MASS protests": a protest told as an event, not a motive
    lemmas = syntax.subject_lemmas(tok.head.head)
    # (a capitalised plural opening a sentence keeps its "s" as a proper noun's lemma: "LAWYERS stayed")
    lemmas |= {w[:-1] for w in lemmas if w.endswith("s")}
    words = protest_words()
    public = words.crowd_nouns | words.public_nouns | words.crowd_counts
    return None if not lemmas.isdisjoint(public) else IN_PROTEST
