"""States of emergency and martial law are declared at home: "the president put the frontier provinces
under a state of emergency", "the government imposed martial law nationwide after the invasion began", "the
army imposed martial law on the breakaway province". The declaration is the state's measure over its own
territory and people (1724, or 151 as the corpus reads a state of emergency), so its target is the
declaring state itself, as corpus/README.md codes it, and not the foreign party named in its sentence (the
border's other side, the invader) or a province's own code. Read by ``coding/arguments`` (no locative or
object-phrase target for it) and by ``coding/targets.implicit_country`` before any counterpart is looked
for.
"""

from __future__ import annotations

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.patterns import Pattern
from newsevents.coding.records import Draft
from newsevents.coding.roles import CLAUSE_OBJECT
from newsevents.coding.rules import declare

EMERGENCY_AT_HOME = declare(
    "target",
    "emergency-at-home",
    "a state of emergency or martial law that names no target is declared over the state's own people: "
    "the declaring country is the target, not a foreign party its sentence names",
    "Armenia declared martial law after Azerbaijani shelling of its border villages.",
)
# The code of imposing martial law or emergency rule, and that of a raised alert which the corpus also
# reads a declared state of emergency as.
_MARTIAL_LAW = "1724"
_ALERT = "151"
# Words of a pattern's object that make a raised alert a declared emergency ("declare a state of EMERGENCY").
_EMERGENCY_WORDS = frozenset({"emergency", "state of emergency", "martial law"})
# Prepositions of the place a declaration covers.
_PLACE_PREPS = frozenset({"in", "across", "over", "throughout"})


def declared_at_home(d: Draft) -> bool:
    """Whether ``d`` declares a state of emergency or martial law (its code, or its pattern's words)."""
    return at_home(d.code, d.trigger.pattern)


def at_home(code: str, pattern: Pattern) -> bool:
    """Whether an act of ``code`` found by ``pattern`` declares a state of emergency or martial law: its
    object or place is the state's own ground, never a target ("martial law in East Timor")."""
    if code == _MARTIAL_LAW:
        return True
    words = {*pattern.object, *pattern.prep_words, pattern.lemma}
    return code == _ALERT and bool(words & _EMERGENCY_WORDS)


def kept_home(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at its own country when it declares a state of emergency or martial law and a clause of
    its sentence gave it a foreign target ("declared martial law, cutting short a visit to Moscow"; "X
    launches an offensive; Armenia declares martial law"): the declaration is over the state's own ground."""
    own = d.source.country
    if own is None or d.target is None or d.target.country in (None, own) or not declared_at_home(d):
        return d
    if CLAUSE_OBJECT not in d.steps or _placed_in(d, actors, d.target.country):
        return d  # (a territory of its own the declaration names keeps its code: "in New Caledonia")
    home = country_actor(actors, own)
    return d.step(EMERGENCY_AT_HOME, target=home)


def _placed_in(d: Draft, actors: DocActors, iso3: str) -> bool:
    """Whether a place phrase on the declaration or its object ("in X", "across X") names a country mention
    of ``iso3``."""
    # (on the verb or on its object: "declared a state of emergency IN X")
    spans = [(p.left_edge.i, p.right_edge.i) for p in doccache.verb_or_object_preps(d.token, _PLACE_PREPS)]
    return any(m.iso3 == iso3 and a <= m.start <= b for m in actors.mentions for a, b in spans)
