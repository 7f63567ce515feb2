"""Coordinated subjects of a one-way act that each do it on a third party: "Oslo and Rome offered help",
"Paris and Madrid are sending battalions", "Canberra and Wellington suspended defence ties with Suva".
The arguments stage reads a pair's second party as the first's target when the clause names none
(``arguments`` rule target:coordinated-subject), which suits a meeting or an agreement but makes one
sender the other's target here. The verbs of such acts are data (``coding/data/co_actors.toml``), by
root: an offer, help or a dispatch promised (03; not "agreed" or "pledged to work together", made between
the pair), a refusal or rejection (12: "Paris and Moscow refused to back the draft" turn down a third
party's proposal, and so does a pair that says it "will not" do a cooperative act), troops sent or
warplanes flown side by side (15; but forces sent "to their border" are a build-up of each against the
other, which ``coding.mutual`` tells once each way), ties cut with a party named by "with" and sanctions
imposed (16), a ceremony or summit attended (04: guests attend their host's event side by side). A pure
function of the parse that ``coding.coagents.joint`` reads; its step makes ``coagents.apart`` drop a target
that is a co-actor."""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from newsevents import doccache, labels
from newsevents.actors.mentions import Mention
from newsevents.coding import syntax
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare
from newsevents.coding.semantics import symmetric

CO_ACTORS = declare(
    "target",
    "co-actors",
    "coordinated subjects of an offer, a refusal, a dispatch of troops, a cut of ties with a third party or "
    "sanctions act side by side on that party, never on each other",
    "Oslo and Rome offered help to the flooded country.",
)
_KEYS = (
    "intent_verbs", "reject_verbs", "posture_verbs", "reduce_verbs", "sanction_verbs", "attend_verbs",
    "shared_fronts",
)
# The root each word list is for.
_ROOTS = {
    "03": ("intent_verbs",),
    "12": ("reject_verbs",),
    "15": ("posture_verbs",),
    "16": ("reduce_verbs", "sanction_verbs"),
    "04": ("attend_verbs",),
}
SHARED_FRONT = declare(
    "target",
    "shared-front",
    "coordinated subjects that send forces to their own shared border build up against each other: one "
    "act each way",
    "India and Pakistan moved troops to their common border.",
)
# The list whose act needs its third party named by "with" (cut ties WITH Suva): without one, a pair
# that cuts ties cuts them with each other. A pair imposing sanctions imposes them on a third party
# whether or not the clause names it ("imposed travel bans on officials").
_NAMED_PARTY_KEY = "reduce_verbs"
# Prepositions by which the object of such an act names the third party it links to ("ties WITH Suva",
# "flights TO and FROM the island", "trade FROM the mainland").
_OBJECT_WAYS = ("with", "to", "from")
# Subjects of a clause; relative pronouns' tags ("which", "who", "that").
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_RELATIVES = ("WDT", "WP")


@functools.lru_cache(maxsize=1)
def _verbs() -> dict[str, frozenset[str]]:
    return word_sets("coding/data/co_actors.toml", _KEYS)


def co_actors(tok: Token, code: str, steps: list[str]) -> bool:
    """Whether the coordinated subjects of trigger ``tok`` (coded ``code``) act side by side on a third
    party (the rule's step is added to ``steps`` when they do)."""
    lemma = tok.lemma_.casefold()
    key = next((k for k in _ROOTS.get(code[:2], ()) if lemma in _verbs()[k]), None)
    if key is None and code.startswith("12") and _refused_by_negation(tok):
        key = "reject_verbs"  # ("Oslo and Rome said they would not recognise the junta": each refuses it)
    if key is None or symmetric(code) or tok.pos_ != "VERB" or reciprocal(tok):
        return False
    if not any(t.dep_ == "conj" for s in _acting_subjects(tok) for t in doccache.subtree(s)):
        return False
    if key == _NAMED_PARTY_KEY and not _with_party(tok):
        return False
    if key == "posture_verbs" and to_shared_front(tok):
        return False  # ("India and Pakistan moved troops to their border": each at the other)
    if CO_ACTORS not in steps:
        steps.append(CO_ACTORS)
    return True


def to_shared_front(tok: Token) -> bool:
    """Whether forces are sent to the pair's own shared front ("moved troops TO THEIR common border"): a
    build-up of each against the other, not a dispatch side by side to a third place."""
    fronts = _verbs()["shared_fronts"]
    return any(
        o.dep_ == "pobj" and o.lemma_.casefold() in fronts
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in doccache.children(o))
        for p in doccache.subtree(tok)
        if p.dep_ == "prep" and p.lower_ in ("to", "toward", "towards", "along", "on")
        for o in doccache.children(p)
    )


def _acting_subjects(tok: Token) -> list[Token]:
    """The subjects of ``tok``: those of the verb an infinitive depends on ("Oslo and Rome offered to
    SEND experts"), and for a "they" that opens what a pair said, the pair ("Oslo and Rome said they
    would HELP")."""
    while tok.dep_ == "xcomp" and not syntax.subjects(tok):
        tok = tok.head
    found = syntax.subjects(tok)
    if [s.lower_ for s in found] == ["they"] and tok.dep_ == "ccomp" and tok.head.pos_ == "VERB":
        return syntax.subjects(tok.head)
    if found and all(s.tag_ in _RELATIVES for s in found):
        return _relative_subjects(tok)  # ("Oslo and Rome, which also imposed sanctions")
    return found


def _relative_subjects(tok: Token) -> list[Token]:
    """The subjects of verb ``tok`` with a relative pronoun standing for the whole coordination it hangs
    on ("Oslo and Rome, WHICH also imposed sanctions": the phrase's first member, whose subtree holds the
    second)."""
    own = [c for c in doccache.children(tok) if c.dep_ in _SUBJECT_DEPS]
    if tok.dep_ != "relcl" or not own or not all(c.tag_ in _RELATIVES for c in own):
        return own
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return [head]


def _refused_by_negation(tok: Token) -> bool:
    """Whether ``tok``, coded a rejection, is a cooperative act its clause negates ("will not recognise",
    "would not attend"): a pair that says it will not do something turns a third party down together, as
    a pair that refuses to does."""
    return any(c.dep_ == "neg" for c in doccache.children(tok))


def _with_party(tok: Token) -> bool:
    """Whether the clause of ``tok`` names a party by "with", on the verb or on its object ("suspended
    defence ties with Suva"), or a place its object goes to or comes from ("halted flights to and from
    the island": each of the pair halts its own flights there)."""
    objects = [c for c in doccache.children(tok) if c.dep_ == "dobj"]
    return any(_party_preposition(c, h is not tok) for h in (tok, *objects) for c in doccache.children(h))


def _party_preposition(prep: Token, on_object: bool) -> bool:
    """Whether ``prep`` names a third party: "with" on the verb or its object, "to" or "from" on its
    object (also as the second of a pair: "to and FROM the island")."""
    words = _OBJECT_WAYS if on_object else ("with",)
    preps = [prep, *(c for c in doccache.children(prep) if c.dep_ == "conj" and c.pos_ == "ADP")]
    return prep.dep_ == "prep" and any(
        p.lower_ in words and any(o.dep_ == "pobj" for o in doccache.children(p)) for p in preps
    )


# the first words of "each other", "one another" (as ``Token.lower`` gives them)
_EACH = labels.labels(("each", "one"))


def reciprocal(tok: Token) -> bool:
    """Whether the clause names its parties' acts on each other ("sent envoys to each other")."""
    others = _each_other(tok.doc)
    # (most articles have no "each other" at all: then no clause is walked, for any trigger)
    return bool(others) and any(t.i in others for t in doccache.subtree(tok))


_RECIPROCAL_MEMO = "newsevents.co_actors.each_other"


def _each_other(doc: Doc) -> frozenset[int]:
    """The positions of the "other" of each "each other" / "one another" of ``doc``, found once per Doc
    (one read of its lower-case array) instead of once per trigger's clause."""
    memo = doccache.memo(doc, _RECIPROCAL_MEMO)
    found: frozenset[int] | None = memo.get(0)
    if found is None:
        tokens = doccache.tokens(doc)
        words = doccache.words(doc, ("other", "another"))
        found = memo[0] = frozenset(
            t.i for ts in words.values() for t in ts if t.i > 0 and tokens[t.i - 1].lower in _EACH
        )
    return found



def listed_with(mention: Mention, mentions: list[Mention], own: set[str], doc: Doc) -> bool:
    """Whether ``mention`` heads a list whose next member, after a comma, is a party of ``own`` (a source):
    "Oman, Chile and Peru halted flights to the country" names Oman with the halting pair even where the
    parse hangs it apart, and "the country" they halt flights to is not Oman."""
    after = mention.end
    if after + 1 >= len(doc) or doc[after].text != ",":
        return False
    return any(m.start == after + 1 and m.iso3 in own for m in mentions)
