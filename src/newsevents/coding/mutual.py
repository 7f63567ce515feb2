"""Stage ``newsevents_mutual``: mutual blame, two acts told as one. "Eritrea and Ethiopia blamed each
other", "each side accused the other", "the two sides traded accusations": the arguments stage reads the
two parties of such a clause as source and target (rule target:coordinated-subject); a directed act
(an accusation, a threat, a demand) goes both ways, so the clause is two events, X -> Y and Y -> X. A
symmetric act (a clash, a meeting, an exchange of fire) is one event either way and is left alone.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

import newsevents.annotations  # noqa: F401  (declares the Doc attributes)
from newsevents import doccache
from newsevents.coding import semantics
from newsevents.coding.arguments import COORDINATED_SUBJECT
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.swaps import swaps

MUTUAL_ACT = declare(
    "target",
    "mutual-act",
    "two parties who accuse, blame or threaten each other (or trade accusations) make two directed "
    "events, one each way",
    "Eritrea and Ethiopia blamed each other for the clash.",
)
# CAMEO roots of the directed verbal acts that go both ways when mutual: demands, accusations and
# criticism, rejections, threats (a fight or an exchange of fire is one event, whatever the codebook's
# symmetry says of its code).
_MUTUAL_ROOTS = ("10", "11", "12", "13")
# The reciprocal words a verb's object is in mutual acts ("each OTHER", "one ANOTHER", "the OTHER").
_RECIPROCAL = frozenset({"other", "another"})
# Verbs whose plural object is given both ways ("traded accusations", "exchanged threats").
_TRADING = frozenset({"trade", "exchange"})
# Dependencies of a verb's objects, direct or through a preposition ("blamed each other", "at each other").
_OBJECTS = frozenset({"dobj", "dative", "pobj", "npadvmod"})


def mutual_acts(drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """``drafts`` with, after each directed act between two coordinated parties told as mutual, the same
    act the other way round."""
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        if draft.target is not None and _mutual(draft):
            out.append(draft.step(MUTUAL_ACT, source=draft.target, target=draft.source))
    return tuple(out)


def _mutual(draft: Draft) -> bool:
    target = draft.target
    if COORDINATED_SUBJECT not in draft.steps or target is None or target.code == draft.source.code:
        return False
    if not draft.code.startswith(_MUTUAL_ROOTS) or semantics.symmetric(draft.code):
        return False
    tok = draft.token
    return tok.lemma_.casefold() in _TRADING or any(_reciprocal(o) for o in _objects(tok))


def _objects(verb: Token) -> list[Token]:
    """The direct objects of ``verb`` and the objects of its prepositions."""
    out = []
    for child in doccache.children(verb):
        if child.dep_ in _OBJECTS:
            out.append(child)
        elif child.dep_ == "prep":
            out.extend(c for c in doccache.children(child) if c.dep_ == "pobj")
    return out


def _reciprocal(noun: Token) -> bool:
    return noun.lemma_.casefold() in _RECIPROCAL or noun.lower_ in _RECIPROCAL


class MutualStage:
    """Adds the reverse of each mutual directed act to the drafts of the arguments stage; tells a pair's
    swap once (coding/swaps.py)."""

    def __call__(self, doc: Doc) -> Doc:
        if doc._.ne_drafts:
            doc._.ne_drafts = swaps(mutual_acts(tuple(doc._.ne_drafts)))
        return doc


@Language.factory("newsevents_mutual")
def make_mutual_stage(nlp: Language, name: str) -> MutualStage:
    """The mutual-acts stage."""
    return MutualStage()
