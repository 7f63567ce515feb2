"""Parse repair of ``coding/reattach``: an act's object given in a free relative of naming.

"The army launched what it called stabilisation operations in the north", "Ankara imposed what it
described as a temporary ban on exports to X": a wire names an act in its doer's own words. The small
English model reads "what" as the object of the naming verb ("called", "described as"), hangs that verb on
the act's verb as its clausal complement, and puts the named thing ("operations", "ban") under the naming
verb as its object predicate. The act's verb then has no object: a pattern that needs one ("launch
operation", "impose ban") never fires, and the naming verb is read as an act of its own ("called air
strikes" as a call for strikes). The named thing is the act's object whatever the doer called it, so it is
made the object of the act's verb, and the prepositions after it ("in the north", "on exports") go with it
to that verb; the naming clause stays where it is, "what" its object.

A verb of force that codes without an object ("bombed what X called a camp") is left as it is: the name,
often in another party's words, would only change whom it hit. Only a name that carries no verdict is
moved: "condemned what it called an unprovoked attack", "recalled its envoy over what it called
interference" are judgements of the naming verb (coding/judgement.py).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from newsevents import doccache, labels
from newsevents.coding import resources
from newsevents.coding.lexicon import Lexicon, lexicon
from newsevents.coding.rules import declare

NAMED_OBJECT = declare(
    "trigger",
    "named-object",
    "the thing a free relative of naming gives ('launched what it called stabilisation operations') is "
    "the object of the verb the relative hangs on, unless the name is a verdict",
    "The army launched what it called stabilisation operations in the north.",
)

# Verbs that name a thing in a free relative: "what it CALLED X", "what it DESCRIBED as X".
_NAMING = frozenset({"call", "describe", "term", "dub", "label", "brand"})
# Prefixes after which a word of blame names what a thing fights: "ANTI-terrorist", "COUNTER-terrorism".
_AGAINST = frozenset({"anti", "counter"})
# Roots of acts of force (assault, fight, mass violence).
_FORCE = frozenset({"18", "19", "20"})
# How the naming verb hangs on the act's verb: its clausal complement, or (rarely) its object.
_LINKS = frozenset({"ccomp", "dobj"})


def named_objects(doc: Doc) -> int:
    """Make the thing each free relative of naming names the object of the verb it hangs on; the number
    mended. Runs in the reattach stage (spaCy's own children: doccache's tables are built after it)."""
    words = lexicon()
    mended = 0
    for tok in doccache.tokens(doc):
        if tok.pos != labels.POS_VERB or tok.lemma_.casefold() not in _NAMING or tok.dep_ not in _LINKS:
            continue
        verb = tok.head
        if verb.pos != labels.POS_VERB or verb.i > tok.i or not _free_relative(tok):
            continue
        if verb.lemma_.casefold() in _force_verbs():
            continue  # ("bombed what X called a camp": the force codes without its object, whose words stay)
        if any(c.dep in (labels.DOBJ, labels.NSUBJPASS) and c.i != tok.i for c in verb.children):
            continue  # ("told reporters what it called ..."): the verb has an object of its own
        named = _named(tok)
        if named is None or _verdict(named, words):
            continue
        after = [c for c in tok.children if c.dep == labels.PREP and c.i > named.i]
        named.head = verb
        named.dep_ = "dobj"
        for prep in after:
            prep.head = verb  # ("... operations IN the north": the act's place, not the naming's)
        mended += 1
    return mended


@functools.lru_cache(maxsize=1)
def _force_verbs() -> frozenset[str]:
    """The verbs whose packaged pattern that asks for no word is an act of force: they code whatever their
    object, which names the party hit (in "bombed what X called a camp", in X's words)."""
    bare = (p for p in resources.patterns(()) if p.pos == "verb" and p.specificity == 0 and p.is_event)
    return frozenset(p.lemma for p in bare if p.code[:2] in _FORCE)


def _free_relative(tok: Token) -> bool:
    """Whether ``tok`` opens with "what" as its object, right before its subject: "what it called"."""
    first = tok.left_edge
    return first.lower_ == "what" and first.head.i == tok.i and first.dep == labels.DOBJ


def _named(tok: Token) -> Token | None:
    """The noun the naming verb names: its object predicate ("called X", which the parser may read as a
    second object after "what"), or the object of its "as" ("described as X")."""
    for c in tok.children:
        if c.dep_ in ("oprd", "dobj") and c.pos_ == "NOUN" and c.i > tok.i:
            return c
        if c.dep == labels.PREP and c.lower_ == "as" and c.i > tok.i:
            return next((g for g in c.children if g.dep == labels.POBJ and g.pos_ == "NOUN"), None)
    return None


def _verdict(named: Token, words: Lexicon) -> bool:
    """Whether the name passes a verdict on the thing ("an unprovoked attack", "a historic step"); a word
    after "anti-" or "counter-" names what the thing is against ("anti-terrorist operations")."""
    lemmas = {t.lemma_.casefold() for t in named.subtree if not _prefixed(t)}
    return not (lemmas.isdisjoint(words.negative_judgements) and lemmas.isdisjoint(words.positive_judgements))


def _prefixed(tok: Token) -> bool:
    """Whether ``tok`` follows "anti-" or "counter-" ("anti - terrorist": the parser splits the word)."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _AGAINST
