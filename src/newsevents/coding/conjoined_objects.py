"""Coordinated objects a verb's patterns read differently: "offered condolences and help" is a comment of
sympathy (018) and an offer of aid (03), two events; the first pattern that fits the whole object phrase
("condolence") would code only one of them.

For a verb trigger whose pattern fired on its object, each coordinated member of the direct object is
read alone against the verb's patterns with an object (and no preposition or subject condition); a
member whose first fitting pattern has another CAMEO root than the fired one (and than every member
before it) is one more trigger on the same verb. Members of one root ("sent food and medicine",
"demanded the release and return of X") stay one event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.patterns import NOT_AN_EVENT, Pattern
from newsevents.coding.rules import declare

CONJOINED_OBJECT = declare(
    "trigger",
    "conjoined-object",
    "each coordinated object a verb's patterns code under another root is an event of its own "
    "('offered condolences and help': sympathy and an offer of aid)",
    "Chile offered condolences and help to Ecuador after the earthquake.",
)

# The suffix of the pattern id of a trigger this rule adds (the evidence's rule names it).
_MARK = "conjoined"
# Roots of force and coercion: coordinated objects of such an act ("fired tear gas and live bullets",
# "shelled the town and its airport") are one act, whatever the patterns of each would code.
_ONE_ACT_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
Candidate = tuple[Token, str, tuple[Pattern, ...], Pattern | None]
# has(word of a pattern, lemmas of a phrase): whether the phrase has the word (synsets expanded).
Has = Callable[[str, set[str]], bool]


def with_conjoined_objects(candidates: Iterable[Candidate], has: Has) -> Iterator[Candidate]:
    """``candidates`` (the trigger finder's), each followed by the extra candidates of its verb's
    coordinated objects that its patterns code under another root."""
    for candidate in candidates:
        yield candidate
        tok, pos, found, fired = candidate
        if fired is None or pos != "verb" or not fired.object or fired.code == NOT_AN_EVENT:
            continue
        roots = {fired.code[:2]}
        if roots & _ONE_ACT_ROOTS:
            continue
        for member in _object_members(tok):
            own = next((p for p in found if _plain_object(p) and _fits_alone(p, member, has)), None)
            if own is None or own.code == NOT_AN_EVENT or own.code[:2] in roots | _ONE_ACT_ROOTS:
                continue
            roots.add(own.code[:2])
            yield tok, pos, found, replace(own, id=f"{own.id}+{_MARK}")


def _object_members(verb: Token) -> list[Token]:
    """The members of the verb's coordinated direct object, when it has more than one."""
    objects = [c for c in doccache.children(verb) if c.dep_ == "dobj"]
    if len(objects) != 1:
        return []
    members = [objects[0], *(c for c in doccache.conjuncts(objects[0]) if c.i > objects[0].i)]
    return members if len(members) > 1 else []


def _plain_object(pattern: Pattern) -> bool:
    """A pattern that asks for object words only (none an actor test such as ``@actor``)."""
    return (
        bool(pattern.object)
        and not pattern.prep
        and not pattern.subject
        and not any(w.startswith("@") for w in pattern.object)
    )


def _fits_alone(pattern: Pattern, member: Token, has: Has) -> bool:
    """Whether ``pattern``'s object words are all in ``member``'s own phrase (without the members
    coordinated after it)."""
    later = {t.i for c in doccache.children(member) if c.dep_ == "conj" for t in doccache.subtree(c)}
    lemmas = {t.lemma_.casefold() for t in doccache.subtree(member) if t.i not in later}
    return all(has(word, lemmas) for word in pattern.object)
