"""Attacks told from the side that suffered them: "the town came under heavy Russian shelling", "the
convoy came under fire from rebels". The subject of a verb of undergoing ("came", "was", "remained")
under an act of force is what the act was done to, not its maker; the arguments stage, reading the noun
like any event noun, gives the act that subject as its source (a noun with no subject shares its verb's)
and the noun's own modifier ("Russian") as its target. This turns them round: the maker named on the noun
is the source, the subject the target. With no maker named the subject is the target of an act whose
maker is left as the arguments stage found it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.forces import force_code
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor

UNDER_FIRE = declare(
    "target",
    "under-fire",
    "the subject of 'came under' an act of force is the act's target; the maker the noun names ('Russian "
    "shelling', 'fire from rebels') is its source",
    "The port of Aden came under heavy Iranian shelling on Monday.",
)
# Verbs of undergoing that take the act under "under" ("came under fire", "was under attack").
_UNDERGO = frozenset({"come", "be", "remain", "fall"})
# Prepositions that name the maker of the act ("fire FROM rebels", "attack BY troops").
_MAKER_PREPS = frozenset({"from", "by"})


def under_fire(drafts: tuple[Draft, ...], actors: DocActors | None) -> tuple[Draft, ...]:
    """``drafts`` with acts of force told by their subject's coming under them turned round."""
    return drafts if actors is None else tuple(_turned(d, actors) for d in drafts)


def _turned(draft: Draft, actors: DocActors) -> Draft:
    tok = draft.token
    if not draft.code.startswith(FORCE_ROOTS):
        return draft
    # (the trigger is the act under "under", or the verb itself by a row "come" under:fire; the parser
    # takes "under heavy Russian shelling" for a preposition and a clause of its own)
    verb = tok if tok.lemma_.casefold() in _UNDERGO else tok.head.head if tok.dep_ == "pobj" else tok.head
    under = next((c for c in doccache.children(verb) if c.dep_ == "prep" and c.lower_ == "under"), None)
    if under is None or verb.lemma_.casefold() not in _UNDERGO:
        return draft
    if tok.i != verb.i and (tok.i < under.i or tok.head.i not in (under.i, verb.i)):
        return draft
    subjects = [c for c in doccache.children(verb) if c.dep_ == "nsubj"]
    phrase = " ".join(tok.doc[s.left_edge.i : s.right_edge.i + 1].text for s in subjects)
    source = draft.source
    if not source.text or source.text not in phrase:
        return draft  # (the source is no subject: "rebels kept the town under fire" is theirs)
    maker = next((a for a in _makers(tok, verb, under, actors) if a.country != source.country), None)
    if maker is None:
        return draft.step(UNDER_FIRE, target=source)
    # (the code by the parties' types again, from the pattern's: it was read with the victim as the maker)
    armed = lexicon().non_state_armed_roles
    code, changed = force_code(draft.trigger.coded_as, maker, source, False, armed)
    turned = draft.step(UNDER_FIRE, source=maker, target=source, code=code)
    return turned if changed is None else turned.step(changed)


def _makers(tok: Token, verb: Token, under: Token, actors: DocActors) -> Iterator[Actor]:
    """Actors the act names as its maker: words between "under" and the act ("heavy RUSSIAN shelling"),
    and the object of a "from" or "by" on the act or its verb ("fire FROM rebels", "attack BY troops")."""
    act = next((o for o in doccache.children(under) if o.dep_ == "pobj"), tok) if tok.i == verb.i else tok
    words = [tok.doc[i] for i in range(under.i + 1, act.i)]
    preps = [p for h in (act, verb) for p in doccache.children(h) if p.dep_ in ("prep", "agent")]
    words += [o for p in preps if p.lower_ in _MAKER_PREPS for o in doccache.children(p) if o.dep_ == "pobj"]
    for word in words:
        actor = actors.resolve(word, None)
        if actor is not None and actor.country:
            yield actor
