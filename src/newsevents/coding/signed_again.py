"""A signing told again by its signers: "Freedonia and Sylvania signed a border treaty on Monday. Foreign
Minister Ana Ruiz and her counterpart signed the treaty in the old palace." A story leads with the
agreement between the states and then tells who put their names to it, naming the document again with
"the" ("the accord", "the treaty", "the deal was signed by ..."). The signers are persons, read with
their own names and roles (or, with a pair of persons, with a target of their own side), so selection's
restatement rule (one source name, one pair) kept the second telling as a second record
(corpus/README.md: one gold event per real event).

Read by selection's merging through ``retold.folded_step``: the later signing folds into an earlier
cooperative act of one CAMEO root (05: the agreement reached, signed or relations established) when the
document it signs is named by a definite noun of an agreement (``accord_nouns`` in words.toml), no
country it names is foreign to the earlier act's, and the two are on no different day. A document named
anew ("a separate roadmap", "another accord") is a second agreement and stays apart.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

SIGNED_AGAIN = declare(
    "select",
    "signed-again",
    "a signing of a document named again by a definite noun ('signed the accord', 'the treaty was signed "
    "by ...') after an agreement of the same root between the same countries is that agreement told "
    "again: one record",
    "Freedonia and Sylvania signed a border treaty on Monday. Their foreign ministers signed the treaty "
    "in the old palace.",
)
# The CAMEO code of signing a formal agreement.
_SIGN = "057"
# Determiners that name a document already told of.
_DEFINITE = frozenset({"the", "this"})
# Dependencies of the document a signing verb signs: its object, or the subject of its passive.
_DOCUMENT_DEPS = frozenset({"dobj", "nsubjpass"})


def signed_step(a: Draft, b: Draft) -> str | None:
    """SIGNED_AGAIN when the later of two drafts signs a document named by a definite agreement noun,
    after an earlier draft of the same root whose countries include all of the later's; else None."""
    earlier, later = (a, b) if a.token.i < b.token.i else (b, a)
    if later.code != _SIGN or earlier.code[:2] != later.code[:2] or later.trigger.noun:
        return None
    if earlier.sent.start == later.sent.start:
        return None
    if earlier.when is not None and later.when is not None and earlier.when != later.when:
        return None
    if not any(_named_again(t) for t in doccache.children(later.token) if t.dep_ in _DOCUMENT_DEPS):
        return None
    countries = _countries(later)
    if not countries or not countries <= _countries(earlier):
        return None
    return SIGNED_AGAIN


def _named_again(noun: Token) -> bool:
    """Whether ``noun`` names an agreement with a definite determiner and no word that makes it another
    one ("a separate accord", "the second deal")."""
    if noun.lemma_.casefold() not in lexicon().accord_nouns:
        return False
    kids = doccache.children(noun)
    if any(k.dep_ == "amod" and k.lemma_.casefold() in _OTHER for k in kids):
        return False
    return any(k.dep_ == "det" and k.lower_ in _DEFINITE for k in kids)


# Modifiers that make a document another one than the story's ("a separate accord", "a second deal").
_OTHER = frozenset({"separate", "second", "new", "another", "further", "additional", "other"})


def _countries(d: Draft) -> frozenset[str]:
    """The countries of a draft's source and target (the implicit target where the text names none)."""
    target = d.aimed
    found = {d.source.country, target.country if target is not None else None}
    return frozenset(c for c in found if c is not None)
