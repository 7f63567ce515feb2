"""Joint drills halted are a de-escalation towards the party they were held against, not the partner.

"Washington said it would halt its joint exercises with Seoul": the clause names Seoul by "with", so the
arguments stage reads it as the target. But the partner held the drills beside the source: halting them is
a concession to the rival the drills were aimed at (the story's other country), and CAMEO codes the
de-escalation (0356, 087) against that rival. So when such an act's target is the "with" party of a noun
of drills (``partner_drills.toml``), it is aimed at the country the article names most apart from the
source's and the partner's own; with no such country the partner stays.

Read by the selection stage once a draft's target is settled (``answered.answered_party``).
"""

from __future__ import annotations

import functools
from collections import Counter

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare
from newsevents.coding.section_counterpart import party_country

PARTNER_DRILLS = declare(
    "target",
    "partner-drills",
    "halting joint drills 'with' a partner de-escalates towards the rival the drills were aimed at (the "
    "article's most named other country), not towards the partner",
    "Tokyo will halt its joint naval drills with Manila, the ministry said after talks with Beijing.",
)
_KEYS = ("drill_nouns", "codes")


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("coding/data/partner_drills.toml", _KEYS)


def partner_drills(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at the rival when it halts drills held with its target; else ``d`` unchanged."""
    own, partner = d.source.country, d.target.country if d.target is not None else None
    if own is None or partner is None or not d.code.startswith(tuple(_words()["codes"])):
        return d
    if not any(_with_partner(t, partner, actors) for t in doccache.subtree(d.token)):
        return d
    counts: Counter[str] = Counter()
    for m in actors.mentions:
        iso3 = party_country(actors, m)
        if iso3 is not None and iso3 not in (own, partner):
            counts[iso3] += 1
    if not counts:
        return d
    rival = counts.most_common(1)[0][0]
    return d.step(PARTNER_DRILLS, target=country_actor(actors, rival), implicit_target=None)


def _with_partner(tok: Token, partner: str, actors: DocActors) -> bool:
    """Whether ``tok`` is a noun of drills held "with" a party of the country ``partner``."""
    nouns = _words()["drill_nouns"]
    if tok.pos_ != "NOUN" or tok.lemma_.casefold() not in nouns:
        return False
    # ("with" on the noun, or on the verb that halts it: the parser hangs it on either)
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    inside = {
        t.i
        for h in holders
        for c in doccache.children(h)
        if c.dep_ == "prep" and c.lower_ == "with"
        for t in doccache.subtree(c)
    }
    return any(m.start in inside and party_country(actors, m) == partner for m in actors.mentions)
