"""A meeting of a pair's own people told before the pair's act: "India and Nepal agreed to reopen the
crossing after their foreign secretaries met in Dhaka" is a meeting of the two, held in Bangladesh.

With no target in its clause, the place of a consultation stands for its counterpart (``arguments`` rules
target:locative, and object-phrase for "in the Bangladeshi capital"), so the secretaries met Bangladesh.
When the meeting's subject is "their" people and its clause ("after", "following") hangs on a verb whose
subject coordinates two named parties, "their" is that pair: the meeting's counterpart is the pair's side
other than its source, and the venue only says where (as ``venue_pair`` reads a pair named inside the
meeting's own subject).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.pair_talks import second_party
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor
from newsevents.when import role_day

__all__ = ["THEIR_MEETING", "their_meetings"]

THEIR_MEETING = declare(
    "target",
    "their-meeting",
    "a meeting of 'their' people told in a time clause of a pair's act ('X and Y agreed ... after their "
    "ministers met in Z') is between the pair: the venue is no counterpart",
    "India and Nepal agreed to reopen the crossing after their foreign secretaries met in Dhaka.",
)
# The steps that take a consultation's place for its counterpart: the place itself ("met in Dhaka") or a
# country named inside its phrase ("met in the Bangladeshi capital").
_VENUE_STEPS = frozenset({"target:locative", "target:object-phrase"})
# Codes of a meeting of two sides (not a visit, hosting or mediation, which one side does to another).
_MEETING_CODES = frozenset({"040", "044", "046"})
# Subordinators of a clause told before the pair's act.
_BEFORE = frozenset({"after", "following", "when"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def their_meetings(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts``, each meeting of a pair's own people aimed at its venue re-aimed at the pair's other
    side."""
    for d in drafts:
        partner = _partner(d) if _at_venue(d) else None
        yield d if partner is None else d.step(THEIR_MEETING, target=partner)


def _at_venue(d: Draft) -> bool:
    targets = [s for s in d.steps if s.startswith("target:")]
    return bool(targets) and targets[-1] in _VENUE_STEPS and d.code in _MEETING_CODES


def _partner(d: Draft) -> Actor | None:
    tok = d.token
    if tok.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _BEFORE for c in doccache.children(tok)
    ):
        return None
    subjects = [c for c in doccache.children(tok) if c.dep_ in _SUBJECT_DEPS]
    if not any(w.dep_ == "poss" and w.lower_ == "their" for s in subjects for w in doccache.subtree(s)):
        return None
    pair = [p for s in _subjects(tok.head) if (p := second_party(s)) is not None]
    if not pair:
        return None
    actors, day = tok.doc._.ne_actors, role_day(d.when)
    sides = [pair[0].head, pair[0]]  # (the first conjunct, then the second)
    for side in sides:
        found = [a for a in actors.resolve_all(side, day) if a.country and a.country != d.source.country]
        if found and d.source.country in {a.country for s in sides for a in actors.resolve_all(s, day)}:
            return found[0]
    return None


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, or of the verb it shares them with ("agreed to RESUME talks")."""
    for _ in range(3):
        found = [c for c in doccache.children(verb) if c.dep_ in _SUBJECT_DEPS]
        if found or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return found
        verb = verb.head
    return []
