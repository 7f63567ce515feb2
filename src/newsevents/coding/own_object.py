"""An act whose object is its source's own side: aimed at its own country, not at the story's foreign party.

The arguments stage sets aside an object that is the source itself or its own forces ("the president
praised the police", "the ministers urged the government to act": no state is its own counterpart), and
``targets.implicit_country`` then aims an act that needs a counterpart at the other country the article
is most about (``article-counterpart``). But the object was named: the act is aimed at a party of the
source's own country, a domestic act ("BOGOTA - ... U.S. agents had helped. The president praised the
police unit" is no Colombian praise of Washington). Only the object of a verbal or cooperative act is
read this way, and not its own troops, reporters or the nation as a whole: an offer of "3,000 troops", a
pull-back of "its forces" or a statement "told reporters" is aimed at whoever the act concerns.
"""

from __future__ import annotations

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.when import role_day

OWN_OBJECT = declare(
    "target",
    "own-object",
    "an act that needs a counterpart whose direct object names only parties of its source's own country "
    "(set aside as the source itself or its own forces) is aimed at its own country, not at the story's "
    "foreign party",
    "BOGOTA - Colombian police killed the drug lord. U.S. agents had helped. The president praised the "
    "police unit.",
)
# Roots of acts whose object is the party they are aimed at, at home as abroad: statements (01), appeals
# (02), intents (03), consultation (04), cooperation (05), demands (10), criticism (11), rejection (12).
# Threats (13) and acts of force name their own side as the means ("threatened to send in the army").
_OBJECT_ROOTS = ("01", "02", "03", "04", "05", "10", "11", "12")
# Intents to pull back or free captives (0353, 0356) are aimed at the party the forces face.
_FORCE_INTENTS = ("0353", "0356")
# Roles of an own object that is no counterpart: its troops are the means of an offer, a pledge or a
# welcome (and a force "welcomed" is more often a foreign one the text did not place), reporters are told
# what is aimed at someone else, and a whole country (no role: "thanked the Ethiopians") is its people.
_NO_COUNTERPART_ROLES = frozenset({"MIL", "MED", None})
# Dependencies of a verb's objects: a direct object and a dative ("promised the army a pay rise").
_OBJECT_DEPS = frozenset({"dobj", "dative"})


def own_object(d: Draft, actors: DocActors) -> bool:
    """Whether the verb of ``d`` has a direct object (a noun or a name, not a pronoun) that names only
    parties of its source's own country."""
    own, tok = d.source.country, d.token
    if own is None or tok.pos_ != "VERB" or not d.code.startswith(_OBJECT_ROOTS):
        return False
    if d.code.startswith(_FORCE_INTENTS):
        return False
    day = role_day(d.when)
    objects = [c for c in doccache.children(tok) if c.dep_ in _OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")]
    for obj in objects:
        if any(c.dep_ == "poss" for c in doccache.children(obj)):
            continue  # ("sent its minister", "renewed Australia's call": its own means or its own act)
        # (a kind of unit named by its modifier: "the police unit", "the army commanders")
        heads = [obj, *(c for c in doccache.children(obj) if c.dep_ == "compound" and c.pos_ == "NOUN")]
        found = [a for h in heads for a in actors.resolve_all(h, day) if a.code]
        if found and all(a.country == own and a.role not in _NO_COUNTERPART_ROLES for a in found):
            return True
    return False
