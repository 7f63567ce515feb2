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

from newsevents.coding.patterns import Pattern
from newsevents.coding.records import Draft
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
