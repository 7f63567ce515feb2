"""The day an offset counts from when the clause it hangs on tells no date of its own but a clause below
that one does: "Dhaka ordered the ambassador to leave on Friday, three days after troops shelled a border
village" (the order is told with the leaving's Friday: the shelling is three days before it); "the army
fired on crowds on Thursday evening, residents said, hours after rebels attacked the airport" (the offset
hangs on the saying, but the act reported is what it is counted from).

Before this rule such offsets counted from the report's day, a day or more late. Only a date of the
reference's own open, reported or prepositional complement counts ("to leave on Friday", "that the army
fired on Thursday", "from leaving on Tuesday"), or of a verb coordinated with it with no subject of its
own ("resigned and dissolved the cabinet on Thursday, hours after soldiers arrested the minister"),
never one of another subordinate clause ("after ...", "because ..."), which tells another act, nor one
bound to a noun ("the 1998 accord").

Helper of ``newsevents.when``: an event dated this way records ``date:offset-clause-below``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.rules import declare
from newsevents.datewords import When

OFFSET_BELOW = declare(
    "date",
    "offset-clause-below",
    "an offset hung on a clause with no date of its own counts from the date of that clause's complement "
    "(its infinitive, reported clause or prepositional clause), the day the act it hangs on is told on",
    "Oslo told the envoy to leave on Monday, two days after Moscow expelled a Norwegian attache.",
)

# Dependencies by which a complement stands in its head's clause ("ordered X TO LEAVE", "said troops
# OPENED", "barred X FROM leaving"): a date there is the day the head's act is told on.
_COMPLEMENT = frozenset({"xcomp", "ccomp", "pcomp", "prep"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# Steps from a date's verb up to the reference: "barred X from leaving on Tuesday" is two (pcomp, prep).
_REACH = 3


def _below(anchor: Token, ref: Token) -> bool:
    """Whether ``anchor`` is ``ref``'s complement, or a complement's, ``_REACH`` steps down at most."""
    tok = anchor
    for _ in range(_REACH):
        if tok.head.i == tok.i or not (tok.dep_ in _COMPLEMENT or _shared_conjunct(tok)):
            return False
        tok = tok.head
        if tok.i == ref.i:
            return True
    return False


def _shared_conjunct(tok: Token) -> bool:
    """A verb coordinated with its head with no subject of its own ("resigned and DISSOLVED parliament
    on Tuesday"): its date is the head's too; one with a subject of its own tells another act."""
    return tok.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in doccache.children(tok))


def clause_below_day(
    ref: Token,
    ents: Iterable[Span],
    anchor_of: Callable[[Span], Token | None],
    bound: Callable[[Span], bool],
    resolved: Callable[[Span], list[When]],
) -> When | None:
    """The first day-precise date of a complement below ``ref`` (an offset's undated reference verb), not
    bound to a noun, else None."""
    if ref.pos_ not in ("VERB", "AUX"):
        return None
    for ent in ents:
        anchor = anchor_of(ent)
        if anchor is None or bound(ent) or anchor.i == ref.i or not _below(anchor, ref):
            continue
        days = [w for w in resolved(ent) if w.precision == "day"]
        if days:
            return days[0]
    return None
