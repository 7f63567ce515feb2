"""Admissions: a party admitting a harmful act or a death acknowledges responsibility (CAMEO 015).

"Admitted that its soldiers had fired on the crowd", "acknowledged that the reporter died in its
custody", "admitted downing the airliner": the verb of admitting is no reporting verb like "said" (whose
bare form is no event by the corpus conventions), because what is admitted is the speaker's own harm. The
admitted act stays an event of its own, told under the admission (``data/modality.tsv`` reads "admit"
as a report). The words are in ``coding/data/admissions.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

ADMITTED_HARM = declare(
    "trigger",
    "admitted-harm",
    "a party admitting or acknowledging a harmful act or a death ('admitted its troops fired', "
    "'acknowledged the reporter died in its custody') acknowledges responsibility (015)",
    "Quito admitted on Monday that its soldiers had fired on the fishermen.",
)
_FILE = "coding/data/admissions.toml"
_RULE = "ne.admitted-harm"
# CAMEO code of acknowledging or claiming responsibility.
_ACKNOWLEDGE = "015"
# Dependents that hold what is admitted: a clause, an open clause or a gerund, or a noun object.
_ADMITTED_DEPS = frozenset({"ccomp", "xcomp", "dobj"})


@dataclass(frozen=True, slots=True)
class AdmissionWords:
    """``coding/data/admissions.toml``."""

    verbs: frozenset[str]
    harm_words: frozenset[str]
    harm_roots: frozenset[str]
    mistake_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def admission_words() -> AdmissionWords:
    """The admission words, checked: every key present, each a list of strings."""
    return word_table(AdmissionWords, _FILE)


def admission_triggers(sent: Span, found: list[Trigger]) -> list[Trigger]:
    """An admitted-harm trigger on each verb of admitting in ``sent`` whose admitted clause or object
    holds a harm, unless a pattern already coded that verb. ``found`` are the sentence's triggers after
    selection: the admission never gives way to the act it admits, nor that act to it."""
    words = admission_words()
    coded = {t.token.i: t for t in found if t.kept}
    out = []
    for verb in doccache.verbs(sent):
        if verb.lemma_.casefold() not in words.verbs or verb.i in coded or not syntax.subjects(verb):
            continue
        if doccache.negated(verb):
            continue  # (a refusal to admit is none)
        if _admits_harm(verb, words, coded):
            pattern = construction(
                _RULE, _ACKNOWLEDGE, verb, "X admitted a harm: X acknowledged responsibility"
            )
            # (no target heads: the admission is the speaker's own, aimed at nobody, and it stands beside
            # the admitted act rather than giving way to it as a bare report would)
            out.append(
                Trigger(token=verb, pattern=pattern, noun=False, target_heads=(), steps=(ADMITTED_HARM,))
            )
    return out


def _admits_harm(verb: Token, words: AdmissionWords, coded: dict[int, Trigger]) -> bool:
    """Whether what ``verb`` admits names a harm word or a coded act of a harmful root: its clause or
    object, or the clause it is the aside of ("X shot the plane down, the army admitted")."""
    admitted = [c for c in doccache.children(verb) if c.dep_ in _ADMITTED_DEPS]
    # (the parser reads a trailing "..., the army admitted" as an aside or as a conjunct of the act)
    aside = verb.dep_ == "parataxis" or (verb.dep_ == "conj" and not admitted and verb.i > verb.head.i)
    tokens = [t for c in admitted for t in doccache.subtree(c)]
    if aside:
        own = {t.i for t in doccache.subtree(verb)}
        tokens += [t for t in doccache.subtree(verb.head) if t.i not in own]
    for tok in tokens:
        if tok.lemma_.casefold() in words.harm_words:
            return True
        hit = coded.get(tok.i)
        if hit is not None and hit.coded_as[:2] in words.harm_roots:
            return True
    return False
