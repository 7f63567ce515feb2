"""A bare "the army" in a report about one foreign state's armed action is that state's army, not the
army of the place the report was filed from.

"BEIRUT - Syria shelled villages along the Lebanese border ... Lebanese officials said three civilians
were wounded. The military said it was targeting smugglers": the only armed force the report has named
so far is Syria's, and "the military" that explains the shelling is the one that shelled. The generic
placing (``DocActors.context_country``) falls back to the dateline's country, the side that was struck;
the antecedent rules before it (actors/owned_force.py, same_noun.py, role_antecedent.py
``earlier_role_country``) read only the same noun or the last two sentences. This rule reads the whole
section before the sentence, and only for a bare definite singular armed noun of
``role-antecedent-nouns`` in a sentence that names no country: when every armed agent named before is of
one country, that is the army's. An armed agent is one the resolver gives the role ``MIL`` ("Syrian
troops"), or a state named alone as the subject of a verb of armed action (``armed-verbs``: "Syria
shelled", which the resolver reads as the government, GOV, and the coder relabels MIL only later,
coding/force_makers.py). A report that has named armed agents of two countries (or none) is left to the
generic placing. Only agents whose own words name their country are read: a generic "soldiers" placed
by its sentence's nearest country may be placed wrong ("six months after soldiers captured him ... to
the United States"). And that country must be the party of the lead sentence's first subject, the one
the report is about: a report from Seoul led by "South Korea said ..." that names only a North Korean
torpedo as armed is still about the South, whose military "the military" is.

The same holds for a definite plural armed noun with no party of its own ("the troops") whose own
clause names no country: "Soviet paratroopers stormed the tower ... the troops seized the radio building
and Lithuanian broadcasts went off the air" are Soviet troops, not Lithuania's.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.actors.owned_force import bare_definite
from newsevents.actors.sections import section_start
from newsevents.actors.words import packaged_words

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["story_force_country"]

# Only a state's armed forces: a report filed from the struck side names its own police, medics and
# officials without their country, and those are the dateline's.
_ROLE = "MIL"
# The roles of a state named alone ("Syria"): the resolver's government, or no role.
_STATE_ROLES: frozenset[str | None] = frozenset({"GOV", None})
# The singular common noun tag: one state's one army.
_SINGULAR = "NN"
# The plural common noun tag: "Soviet paratroopers stormed the tower ... the troops seized the radio
# building" are the same soldiers, though ``earlier_group`` (actors/coref.py) finds no earlier "troops" and
# the generic placing gives them the country of the building they seized. Any armed plural counts: a
# report calls one force "paratroopers", "soldiers" and "troops" by turns.
_PLURAL = "NNS"
# The words that give a plural its own party or make it some other group: "its troops", "Lithuanian
# volunteers", "20 soldiers" (a count is most often of the dead or wounded, who may be either side's).
_OWNED_PLURAL_DEPS = frozenset({"poss", "compound", "amod", "nmod", "nummod", "quantmod"})


def story_force_country(actors: DocActors, head: Token, role: str, day: dt.date | None) -> str | None:
    """The one country of the armed agents named in ``head``'s section before its sentence, when ``head``
    is a bare definite singular armed noun ("the army", "the military") or a definite plural armed noun
    with no party or number of its own ("the troops"); else None. The
    caller has checked that the sentence names no country."""
    if role != _ROLE:
        return None
    if head.tag_ == _PLURAL:
        if not _unowned_plural(head):
            return None
    elif head.tag_ != _SINGULAR or not bare_definite(head):
        return None
    elif head.lemma_.casefold() not in packaged_words().role_antecedent_nouns:
        return None
    sent = doccache.sent(head)
    countries: set[str] = set()
    for tok in actors.doc[section_start(head) : sent.start]:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in actors.dateline_tokens:
            continue
        if not _own_country(actors, tok):
            continue
        armed = _state_in_arms(tok)
        found = actors.resolve_all(tok, day)
        countries.update(
            a.country for a in found if a.country and (a.role == _ROLE or (armed and a.role in _STATE_ROLES))
        )
        if len(countries) > 1:
            return None
    if len(countries) != 1:
        return None
    iso3 = countries.pop()
    return iso3 if iso3 in _lead_countries(actors, head, day) else None


def _lead_countries(actors: DocActors, head: Token, day: dt.date | None) -> set[str]:
    """The countries of the first subject of the section's lead sentence, the party the report is about
    ("Syria shelled ...", "Pakistani forces shelled ..."; not "South Korea said ..." of a report whose
    only armed agent named is the North's torpedo)."""
    lead = doccache.sent(actors.doc[section_start(head)])
    for tok in lead:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.i not in actors.dateline_tokens:
            return {a.country for a in actors.resolve_all(tok, day) if a.country}
    return set()


def _own_country(actors: DocActors, tok: Token) -> bool:
    """Whether the phrase at ``tok`` names a country in its own words ("Pakistani forces", "Syria"): a
    generic "soldiers" placed by its sentence's nearest country may be placed wrong, and is not read."""
    by_token = actors.by_token
    return any(
        (m := by_token.get(t.i)) is not None and m.kind == "country" for t in actors.phrase_tokens(tok)
    )


def _state_in_arms(tok: Token) -> bool:
    """Whether ``tok`` is a proper name subject of a verb of armed action ("Syria shelled ...")."""
    verb = tok.head
    return (
        tok.pos_ == "PROPN"
        and tok.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and verb.lemma_.casefold() in packaged_words().armed_verbs
    )


def _unowned_plural(head: Token) -> bool:
    """Whether a plural noun has "the" and no party, count or other determiner of its own ("the troops";
    not "its troops", "20 soldiers", "Soviet troops"). Only "the" points back to a force named before: a
    bare plural ("Warplanes struck the town") introduces another, maybe the other side's or an ally's."""
    kids = doccache.children(head)
    if any(c.dep_ in _OWNED_PLURAL_DEPS for c in kids):
        return False
    return any(c.dep == labels.DET and c.lower == labels.THE for c in kids)
