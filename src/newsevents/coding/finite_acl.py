"""A past-tense verb the parser hung on its own subject as a participle clause: "Coast guard vessels FIRED
on three navy ships near the strait on Sunday, then seized them".

The parser may read "NOUN VERBED on ..." as a reduced relative ("vessels [that were] fired on"), hanging
the verb on the noun as an ``acl``, while its tagger keeps the verb finite (``VBD``, not the participle
``VBN``). A reduced relative has a participle; a finite past verb there is the noun's own predicate: the
first act of the sentence, not a clause that describes the noun. Scene reading (coding/scene.py) otherwise
sets it aside as background and the act is lost. Only a verb tagged finite counts, and only when its noun
stands where a subject does: the subject of a verb (the sentence's next act) or a phrase the parser set
beside the dateline ("HANOI (Wire) - Chinese vessels fired ...": an apposition). A noun that is an
object or in a prepositional phrase keeps the participle reading, and so does a noun the parser made the
sentence's root ('"Will Ankara expel our envoy?" the minister asked': the speech verb of a quoted
question, which the question rules read, not an act).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.rules import declare

FINITE_ACL = declare(
    "select",
    "finite-acl",
    "a finite past verb the parser hung on its own subject noun as a participle clause is that noun's act, "
    "not a clause that describes it",
    "Coast guard boats fired on two fishing vessels near the reef on Sunday, then towed them away.",
)
# Links of a noun standing where a subject does (the parser may hang a first subject on the dateline).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "appos"})


def finite_acl(clause: Token) -> bool:
    """Whether ``clause`` is a finite past verb (``VBD``) hung as an ``acl`` on a noun that stands where
    a subject does."""
    return clause.dep_ == "acl" and clause.tag_ == "VBD" and clause.head.dep_ in _SUBJECT_DEPS
