"""Which drafts of one pair and one CAMEO root are different acts rather than one act told twice: read by
selection's merging (coding/selection.py), which otherwise folds every draft of a pair and root into one.
"""

from __future__ import annotations

from newsevents import doccache
from newsevents.coding.coordinated import coordinated_acts, separate_units
from newsevents.coding.emergency_home import declared_at_home
from newsevents.coding.partner_drills import PARTNER_DRILLS
from newsevents.coding.person_retold import person_step
from newsevents.coding.protest import distinct_protests
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

DISTINCT_ACT = declare(
    "select",
    "distinct-act",
    "two acts of one pair and root are two events when a verb tells a more specific act in a later "
    "sentence than a noun that named the act in general ('fighting', 'clashes')",
    "Heavy fighting broke out near Donetsk. Kyiv said its troops had recaptured two villages.",
)
EARLIER_ACT = declare(
    "select",
    "earlier-act",
    "an act told in a time clause ('since', 'after', 'before', 'until') of another act of the same pair "
    "and root is another, earlier or later, event",
    "Russian guns have shelled the city daily since troops pushed into the region last month.",
)
ANOTHER_ACT = declare(
    "select",
    "another-act",
    "an act whose noun or subject noun is counted as a further one ('a second bomb', 'another attack') is "
    "another event than the acts of the same pair and root told before it",
    "A car bomb killed 30 people at the market. A second bomb killed four near the mosque.",
)
# Words that count an act as a further one of its kind ("a SECOND blast", "ANOTHER attack").
_FURTHER = frozenset({"second", "third", "fourth", "fifth", "another", "separate"})
# Words that open a clause telling an act at another time than its main clause's act.
_OTHER_TIME_MARKS = frozenset({"since", "after", "before", "until"})


def _specific(code: str) -> bool:
    """A code below its root's generic one: "192" (occupy), not "190" (conventional force)."""
    return len(code) >= 3 and code[2] != "0"


def distinct_acts(a: Draft, b: Draft) -> bool:
    """Whether the later of two drafts tells another act than the earlier (same root and pair, checked by
    the caller): a verb with a specific code told in a later sentence than a noun with the root's generic
    one ("fighting around the town. ... said it had recaptured several villages"). A noun after a verb
    refers back to it and stays a restatement; two specific acts of one pair stay one event ("raided the
    home and detained him"), unless the later is an agentless passive of its own sentence with another
    specific code ("Police fired on the strikers. More than 200 miners were arrested.")."""
    if distinct_protests(a, b) or coordinated_acts(a, b):
        return True
    if separate_units(a, b) and not person_step(a, b):
        return True  # (units apart, unless both act on one named person: coding/person_retold.py)
    if declared_at_home(a) != declared_at_home(b):
        return True  # (a declared emergency and troops sent or reservists called up: two acts of one root)
    if (PARTNER_DRILLS in a.steps) != (PARTNER_DRILLS in b.steps):
        return True  # (drills halted with a partner, re-aimed at the rival, and another intent towards it)
    if _time_clause_apart(a, b) or _further(a, b):
        return True
    earlier, later = (a, b) if a.token.i <= b.token.i else (b, a)
    if earlier.code[:3] == later.code[:3] or earlier.code[:2] != later.code[:2]:
        return False
    if _unattributed_sequel(earlier, later):
        return True
    generic_noun = earlier.trigger.noun and not _specific(earlier.code)
    if not (generic_noun and not later.trigger.noun and _specific(later.code)):
        return False
    # (in one sentence the verb tells the occasion the noun names: "a meeting at a lunch he hosted")
    return doccache.sent(earlier.token).start != doccache.sent(later.token).start


def _unattributed_sequel(earlier: Draft, later: Draft) -> bool:
    """Whether ``later`` is an agentless act told in a later sentence with another specific code of the
    root: a passive that names nobody is a new act, not a restatement of the named one before it."""
    if (
        "unattributed" not in later.facts
        or later.trigger.noun
        or doccache.sent(earlier.token).start == doccache.sent(later.token).start
    ):
        return False
    return _specific(earlier.code) and _specific(later.code)


def _time_clause_apart(a: Draft, b: Draft) -> bool:
    """Whether one of two verb drafts heads a time clause ("since troops pushed into ...") that hangs on
    the other's verb: two acts at two times (EARLIER_ACT)."""
    if a.trigger.noun or b.trigger.noun or a.token.i == b.token.i:
        return False
    for inner, outer in ((a, b), (b, a)):
        tok = inner.token
        # (the clause link first: the marker is looked for only on a time clause of the other's verb)
        if tok.dep_ != "advcl" or tok.head.i != outer.token.i:
            continue
        if any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS for c in doccache.children(tok)):
            return True
    return False


def _further(a: Draft, b: Draft) -> bool:
    """Whether the later of two drafts of acts of force in different sentences is counted as a further
    act ("A SECOND, smaller bomb killed five", "ANOTHER blast hit the market"): its noun, or the noun
    subject of its verb, takes a counting word (ANOTHER_ACT)."""
    earlier, later = (a, b) if a.token.i <= b.token.i else (b, a)
    if not later.code.startswith(("18", "19", "20")):  # (first: most pairs are no acts of force)
        return False
    if doccache.sent(earlier.token).start == doccache.sent(later.token).start:
        return False
    tok = later.token
    nouns = [tok] if later.trigger.noun else [c for c in doccache.children(tok) if c.dep_ == "nsubj"]
    return any(c.lower_ in _FURTHER for n in nouns for c in doccache.children(n) if c.dep_ in ("amod", "det"))
