"""Stage ``newsevents_mutual``: mutual blame, one act between a pair. "Eritrea and Ethiopia blamed each
other", "each side accused the other", "the two sides traded accusations": the arguments stage reads the
two parties of such a clause as source and target (rule target:coordinated-subject). The corpus codes
a reciprocal act once, as one symmetric event between the pair (corpus/README.md: one gold event per
real event, like a clash or a meeting), so the clause stays one event and is marked as mutual; a reverse
copy would be a duplicate of the same act. Told of each side in turn ("each side accused the other"),
the corpus codes one accusation each way, so that shape keeps its reverse. A symmetric act (a clash, an
exchange of fire) is left alone. A pair that sends forces to its own shared border ("moved troops to their
common border") builds up against each other: one act each way (``co_actors.to_shared_front``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.annotations import annotation  # (also declares the Doc attributes)
from newsevents.coding import semantics
from newsevents.coding.arguments import COORDINATED_SUBJECT
from newsevents.coding.co_actors import SHARED_FRONT, to_shared_front
from newsevents.coding.pair_each import each_of_pair
from newsevents.coding.records import Draft
from newsevents.coding.reported_accusations import reported_accusations
from newsevents.coding.rules import declare
from newsevents.coding.swaps import swaps

MUTUAL_ACT = declare(
    "target",
    "mutual-act",
    "two parties who accuse, blame or threaten each other (or trade accusations) make one event "
    "between them, not one each way",
    "Eritrea and Ethiopia blamed each other for the clash.",
)
EACH_ON_OTHERS = declare(
    "target",
    "each-on-others",
    "a directed act told of each of a pair in turn on a person or thing of the other's is one act each "
    "way",
    "Chile and Peru fell out over the border. Each country expelled an envoy of the other.",
)
EACH_AT_OTHER = declare(
    "target",
    "each-at-other",
    "a pair that each accused, blamed or threatened the other makes one act each way, each aimed at the "
    "other party",
    "Chile and Peru each accused the other of moving troops to the border.",
)
# How the other's share of an object hangs in its phrase ("a diplomat OF the other", "the other's boats").
_OWNER_DEPS = frozenset({"pobj", "poss"})
# CAMEO roots of the directed verbal acts that go both ways when mutual: demands, accusations and
# criticism, rejections, threats (a fight or an exchange of fire is one event, whatever the codebook's
# symmetry says of its code).
_MUTUAL_ROOTS = ("10", "11", "12", "13")
# The reciprocal words a verb's object is in mutual acts ("each OTHER", "one ANOTHER", "the OTHER").
_RECIPROCAL = frozenset({"other", "another"})
# The determiner that tells an act once per side ("EACH side accused the other").
_EACH = "each"
# Verbs whose plural object is given both ways ("traded accusations", "exchanged threats").
_TRADING = frozenset({"trade", "exchange"})
# Dependencies of a verb's objects, direct or through a preposition ("blamed each other", "at each other").
_OBJECTS = frozenset({"dobj", "dative", "pobj", "npadvmod"})


def mutual_acts(drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """``drafts`` with each directed act between two coordinated parties told as mutual marked as one
    act between the pair (its reverse is the same act); an act told of each side in turn ("EACH side
    accused the other") is two acts, one each way, as the corpus codes it."""
    out: list[Draft] = []
    for draft in _each_at_the_other(drafts):
        if _each_on_the_others(draft):
            out.append(draft.step(EACH_ON_OTHERS))
            out.append(draft.step(EACH_ON_OTHERS, source=draft.target, target=draft.source))
            continue
        if _to_front(draft):  # ("India and Pakistan moved troops to their border": each at the other)
            out.extend(_front_build_up(draft, drafts))
            continue
        if len(each := each_of_pair(draft)) > 1:  # ("both governments called up reservists": pair_each.py)
            out.extend(each)
            continue
        if draft.target is None or not _mutual(draft):
            out.append(draft)
            continue
        out.append(draft.step(MUTUAL_ACT))
        if _distributed(draft.token):
            out.append(draft.step(MUTUAL_ACT, source=draft.target, target=draft.source))
    return tuple(out)


def _each_at_the_other(drafts: tuple[Draft, ...]) -> list[Draft]:
    """``drafts`` with the target of a pair's act told with a floating "each" ("Chile and Peru EACH
    accused the other", parsed as one draft per subject, none with a target) set to the other party:
    one act each way, as the corpus codes "each side accused the other"."""
    out = list(drafts)
    for n, draft in enumerate(drafts):
        tok = draft.token
        if draft.target is not None or not draft.code.startswith(_MUTUAL_ROOTS) or not _floating_each(tok):
            continue
        if not any(_reciprocal(o) for o in _objects(tok)):
            continue
        others = {
            o.source.country: o.source
            for o in drafts
            if o.token.i == tok.i and o.source.country not in (None, draft.source.country)
        }
        if len(others) == 1 and draft.source.country is not None:
            out[n] = draft.step(EACH_AT_OTHER, target=next(iter(others.values())))
    return out


def _floating_each(verb: Token) -> bool:
    """Whether "each" floats after the verb's coordinated subject ("Chile and Peru EACH accused")."""
    for subject in (c for c in doccache.children(verb) if c.dep_ == "nsubj"):
        if any(c.lower_ == _EACH and c.dep_ in ("appos", "advmod") for c in doccache.children(subject)):
            return True
    return any(c.lower_ == _EACH and c.dep_ == "advmod" for c in doccache.children(verb))


def _to_front(draft: Draft) -> bool:
    """Whether a posture act sends forces to the subjects' own shared front (coding/co_actors.py)."""
    return draft.code.startswith("15") and draft.source.country is not None and to_shared_front(draft.token)


def _front_build_up(draft: Draft, drafts: tuple[Draft, ...]) -> list[Draft]:
    """A pair's build-up at its shared front, each at the other: ``draft`` aimed at the other source of
    its trigger's drafts (one per coordinated subject), or, told once between the pair (its second party
    read as the target), with its reverse; else ``draft`` unchanged."""
    others = [
        o.source
        for o in drafts
        if o.token.i == draft.token.i and o.source.country is not None
        and o.source.country != draft.source.country
    ]
    if others:
        return [draft.step(SHARED_FRONT, target=others[0])]
    target = draft.target
    if COORDINATED_SUBJECT not in draft.steps or target is None or target.country == draft.source.country:
        return [draft]
    return [draft.step(SHARED_FRONT), draft.step(SHARED_FRONT, source=target, target=draft.source)]


def _distributed(verb: Token) -> bool:
    """Whether the verb's subject is "each" or "each side": the act is told once per side."""
    for subject in (c for c in doccache.children(verb) if c.dep_ == "nsubj"):
        if subject.lower_ == _EACH or any(c.lower_ == _EACH for c in doccache.children(subject)):
            return True
    return False


def _each_on_the_others(draft: Draft) -> bool:
    """Whether a directed act of a pair is told of each side in turn on a thing or person of the other's
    ("each country expelled a diplomat of the other", "each side seized the other's boats"): one act
    each way, whatever its root (a symmetric act is one event between them)."""
    target = draft.target
    if COORDINATED_SUBJECT not in draft.steps or target is None or target.code == draft.source.code:
        return False
    if semantics.symmetric(draft.code) or not _distributed(draft.token):
        return False
    for obj in _objects(draft.token):
        owners = (t for t in doccache.subtree(obj) if t.i != obj.i and t.dep_ in _OWNER_DEPS)
        if any(_reciprocal(t) for t in owners):
            return True
    return False


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
    """Tells each mutual directed act of the arguments stage's drafts once, as one act between the pair;
    tells a pair's swap once (coding/swaps.py)."""

    def __call__(self, doc: Doc) -> Doc:
        drafts = annotation(doc, "ne_drafts")
        if drafts:
            doc._.ne_drafts = swaps(reported_accusations(mutual_acts(tuple(drafts)), doc))
        return doc


@Language.factory("newsevents_mutual")
def make_mutual_stage(nlp: Language, name: str) -> MutualStage:
    """The mutual-acts stage."""
    return MutualStage()
