"""Coordinated subjects of a one-way act that each do it on a third party: "Oslo and Rome offered help",
"Paris and Madrid are sending battalions", "Canberra and Wellington suspended defence ties with Suva".
The arguments stage reads a pair's second party as the first's target when the clause names none
(``arguments`` rule target:coordinated-subject), which suits a meeting or an agreement but makes one
sender the other's target here. The verbs of such acts are data (``coding/data/co_actors.toml``), by
root: an offer (03; not "agreed" or "pledged to work together", made between the pair), a refusal or
rejection (12: "Paris and Moscow refused to back the draft" turn down a third party's proposal), troops
sent (15), ties cut with a party named by "with" (16). A pure function of the parse that
``coding.coagents.joint`` reads; its step makes ``coagents.apart`` drop a target that is a co-actor."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare
from newsevents.coding.semantics import symmetric

CO_ACTORS = declare(
    "target",
    "co-actors",
    "coordinated subjects of an offer, a refusal, a dispatch of troops or a cut of ties with a third party "
    "act side by side on that party, never on each other",
    "Oslo and Rome offered help to the flooded country.",
)
_KEYS = ("intent_verbs", "reject_verbs", "posture_verbs", "reduce_verbs")
# The root each word list is for.
_ROOTS = {"03": "intent_verbs", "12": "reject_verbs", "15": "posture_verbs", "16": "reduce_verbs"}
# The root whose act needs its third party named by "with" (cut ties WITH Suva): without one, a pair
# that cuts ties cuts them with each other.
_NAMED_PARTY_ROOT = "16"


@functools.lru_cache(maxsize=1)
def _verbs() -> dict[str, frozenset[str]]:
    return word_sets("coding/data/co_actors.toml", _KEYS)


def co_actors(tok: Token, code: str, steps: list[str]) -> bool:
    """Whether the coordinated subjects of trigger ``tok`` (coded ``code``) act side by side on a third
    party (the rule's step is added to ``steps`` when they do)."""
    key = _ROOTS.get(code[:2])
    if key is None or symmetric(code) or tok.pos_ != "VERB":
        return False
    if tok.lemma_.casefold() not in _verbs()[key] or _reciprocal(tok):
        return False
    if not any(t.dep_ == "conj" for s in syntax.subjects(tok) for t in doccache.subtree(s)):
        return False
    if code.startswith(_NAMED_PARTY_ROOT) and not _with_party(tok):
        return False
    if CO_ACTORS not in steps:
        steps.append(CO_ACTORS)
    return True


def _with_party(tok: Token) -> bool:
    """Whether the clause of ``tok`` names a party by "with", on the verb or on its object ("suspended
    defence ties with Suva")."""
    objects = [c for c in doccache.children(tok) if c.dep_ == "dobj"]
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" for p in doccache.children(c))
        for h in (tok, *objects)
        for c in doccache.children(h)
    )


def _reciprocal(tok: Token) -> bool:
    """Whether the clause names its parties' acts on each other ("sent envoys to each other")."""
    doc = tok.doc
    return any(
        t.lower_ in ("other", "another") and t.i > 0 and doc[t.i - 1].lower_ in ("each", "one")
        for t in doccache.subtree(tok)
    )
