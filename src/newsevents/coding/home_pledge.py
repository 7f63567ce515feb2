"""A pledge of something only a state gives its own people: "promised an inquiry", "vowed to hold
elections", "pledged to rebuild the clinics". Such a pledge is aimed at the pledger's own country.

``targets.article_counterpart`` aims an intent that names no counterpart at the other country the
article names most. That suits an offer of troops or money (made to the stricken or warring country the
story is about), but a pledge whose object is a home institution or a home good (an election, a truth
commission, an amnesty, a reform, schools rebuilt) is made to the pledger's own people, whatever foreign
party the story names. A pledge with a receiver of its own ("offered the exile a villa") is given to
that receiver, and one in a sentence that names a party of another state (it may be made to it) is left
to the other rules. The object's words are in ``coding/data/home_pledge.toml``.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare

HOME_PLEDGE = declare(
    "target",
    "home-pledge",
    "a pledge or intent naming no counterpart whose object is a home institution or good (an election, "
    "an inquiry, an amnesty, a reform, schools rebuilt), with no other state named in its sentence, is "
    "aimed at the pledger's own country, not at the story's foreign party",
    "Chile's envoy met Peru's foreign minister on Monday. The Peruvian president promised an inquiry.",
)
_FILE = "coding/data/home_pledge.toml"
# The root of pledges and intents.
_PLEDGE_ROOT = "03"
# Dependencies by which the pledge reaches what it pledges: its object, an infinitive and its object
# ("vowed TO HOLD ELECTIONS"), a clause it announces ("said it WOULD CREATE A COMMISSION").
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "attr", "oprd"})


@functools.lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return word_sets(_FILE, ("home_objects",))["home_objects"]


def home_pledge(d: Draft, actors: DocActors, own: str) -> bool:
    """Whether the intent ``d`` of a source of ``own`` pledges a home institution or good (an object in
    ``home_objects``) in a sentence naming no party of another state."""
    if not d.code.startswith(_PLEDGE_ROOT) or not _pledges_home(d.token):
        return False
    # (a good pledged to someone, "offered him a villa", is given to that one; "for those who ..." is not)
    if any(c.dep_ == "dative" and c.pos_ != "ADP" for c in doccache.children(d.token)):
        return False
    sent = d.sent
    return not any(
        m.names_party and m.iso3 not in (None, own) and sent.start <= m.start < sent.end
        for m in actors.mentions
    )


def _pledges_home(tok: Token, depth: int = 0) -> bool:
    """Whether an object of ``tok`` (or of an infinitive or clause it governs, two levels down) is a home
    institution or good."""
    for child in doccache.children(tok):
        if child.dep_ not in _OBJECT_DEPS:
            continue
        if child.pos_ in ("NOUN", "PROPN") and child.lemma_.casefold() in _nouns():
            return True
        if child.pos_ in ("VERB", "AUX") and depth < 2 and _pledges_home(child, depth + 1):
            return True
    return False
