"""Coordinated acts: two verbs of one sentence that tell two measures of one pair reducing relations
("Turkey recalled its ambassador and called off joint exercises") are two events, not one act told twice.

Read by selection's merging (``coding/occasions.py``), which otherwise folds every draft of a pair and a
root in an article into one record.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

COORDINATED_ACTS = declare(
    "select",
    "coordinated-acts",
    "two verbs joined in one sentence and coded as two kinds of act tell two acts, even of one pair and root",
    "Ankara recalled its ambassador and cancelled three joint naval exercises with Israel.",
)

# Roots whose acts news lists as separate measures ("recalled its envoy, suspended flights and closed the
# border"); other coordinated verbs of one root mostly tell one act in two steps ("removed him from power
# and placed him under arrest", "signed the declaration and agreed to reopen embassies").
# Yielding (08) is listed the same way: "surrendered their weapons and freed the hostages" (087, 084) are
# two concessions; verbs of one code ("released ... and handed over ...", both 084) stay one act.
_LISTED_ROOTS = frozenset({"16", "08"})
# Codes whose verbs each tell a step of their own even when coded alike: diplomatic measures ("recalled its
# envoy and expelled theirs", "severed relations and ordered the ambassador out") are listed one by one.
_LISTED_CODES = frozenset({"161"})
# Listed roots whose generic code (080) names no kind of act of its own, only a step of the other verb's.
_SPECIFIC_ONLY = frozenset({"08"})
# Conjunctions that join alternatives rather than acts.
_ALTERNATIVES = frozenset({"or", "nor"})


def coordinated_acts(a: Draft, b: Draft) -> bool:
    """Whether two drafts are two verbs of one sentence coordinated with each other and coded as two
    kinds of act ("recalled ... (161) and called off ... (160)"): each is an act of its own."""
    if a.code[:2] not in _LISTED_ROOTS or a.trigger.noun or b.trigger.noun or a.token.i == b.token.i:
        return False
    if a.code[:3] == b.code[:3] and a.code[:3] not in _LISTED_CODES:
        return False  # (one kind of act told with two verbs is one act: "froze assets and barred travel")
    if a.code[:2] in _SPECIFIC_ONLY and "0" in (a.code[2], b.code[2]):
        return False  # (a generic yield is a step of the specific one: "pardoned and released them")
    first, second = (a.token, b.token) if a.token.i < b.token.i else (b.token, a.token)
    if second.dep_ != "conj" or second.head.i != first.i:
        return False
    # (verbs joined by "or" name one act two ways: "pardoned or dropped charges against seven men")
    return not any(c.dep_ == "cc" and c.lower_ in _ALTERNATIVES for c in doccache.children(first))


SEPARATE_UNITS = declare(
    "select",
    "separate-units",
    "two verbs of one root of force with other codes, each with a subject of its own naming another kind "
    "of unit, tell two acts ('tanks crossed ... and jets bombed ...')",
    "Army troops retook the pass, and air force jets bombed depots north of the town.",
)


# CAMEO roots of coercion and force, done by units (police, troops, jets) that news names one by one.
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})


def separate_units(a: Draft, b: Draft) -> bool:
    """Whether two verb drafts of force (roots 17-20) with other codes each have a subject of their own,
    common nouns of other kinds ("troops retook the towns, and planes fired rockets", "protesters torched
    cars and police fired tear gas"): two units doing two things, not one act told twice. A country or a
    pronoun as subject ("Russia attacked ... Its troops attacked ...") is how news retells one act, and so
    is one subject shared by coordinated verbs ("stormed the shrine and set off bombs")."""
    if a.trigger.noun or b.trigger.noun or a.token.i == b.token.i or a.code[:3] == b.code[:3]:
        return False
    if a.code[:2] not in _FORCE_ROOTS:
        return False  # (a statement and the body that issued it, "the statement rejected ...", are one)
    subjects = [_own_subject(a.token), _own_subject(b.token)]
    return None not in subjects and len(set(subjects)) == 2


def _own_subject(tok: Token) -> str | None:
    """The lemma of the common-noun subject (or passive agent) of verb ``tok`` itself, if any."""
    for c in doccache.children(tok):
        if c.dep_ == "agent":
            c = next((p for p in doccache.children(c) if p.dep_ == "pobj"), c)
        if c.dep_ in ("nsubj", "nsubjpass", "pobj") and c.pos_ == "NOUN":
            return c.lemma_.casefold()
    return None
