"""A state's own act of force called a mistake is an admission, not a criticism: "Israel's army chief
called the strike a grave mistake", "the foreign minister said the killing had been an error", told after
the article gave that strike or killing to the speaker's own country, apologises for it (CAMEO 055, the
corpus's "apology" of root 05), aimed at the act's victims; where the deed was another country's ("Moscow
called the withdrawal a mistake") the judgement stays a criticism (111).

The judgement stage (``coding/judgement.py``) reads "called X a mistake" and "said X was a mistake" by
tone, so both come here as criticism (11). ``referred`` finds the earlier act the judged noun names, as
for "expressed regret over the bombing" (``coding/regretted_deed.py``, the mirror rule: regret over
another's act is disapproval). Only speakers of the state (its government, army, police) admit the
state's deed: an opposition leader calling the army's raid a blunder criticises it. The mistake words are
``mistake_words`` in ``coding/data/admissions.toml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.admissions import admission_words
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.earlier_act import Earlier, EarlierAct
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

ADMITTED_MISTAKE = declare(
    "code",
    "admitted-mistake",
    "a state's speaker calling an act of force its own country did before 'a mistake' or 'an error' "
    "('called the strike a grave mistake') apologises for it (055), aimed at the act's target",
    "Peruvian jets bombed a village in Ecuador. Lima's defence minister called the raid a terrible error.",
)
# CAMEO: apology (055); the root of criticism the judgement stage gave the draft (11).
_APOLOGY = "055"
_CRITICISM = "11"
# Dependents of a judging verb that hold what it calls the thing ("called it A MISTAKE", "was A MISTAKE").
_PREDICATE_DEPS = frozenset({"oprd", "attr", "acomp", "xcomp"})
# Roles that speak for the state's own deeds (not its legislators or parties, who may criticise them).
_STATE_SPEAKERS = frozenset({"GOV", "MIL", "COP", "SPY"})
# Determiners of a noun that names a deed told before ("THE strike", "THIS killing").
_DEFINITE = frozenset({"the", "this", "that", "its", "their"})


def admitted_mistake(draft: Draft, earlier: Earlier) -> Draft | None:
    """``draft``, a criticism calling a deed a mistake, recoded as an apology when ``earlier`` (the latest
    earlier act that fits, as ``referred`` finds it) gives an act of force of the speaker's own country;
    None when the rule does not apply."""
    own = draft.source
    if not draft.code.startswith(_CRITICISM) or own.country is None:
        return None
    if own.role not in _STATE_SPEAKERS:
        return None  # (an opposition's "mistake" about its own army's raid is criticism)
    if not _judged_deeds(draft.token):
        return None
    country = own.country

    def fits(a: EarlierAct) -> bool:
        return a.source is not None and a.source.country == country and a.code.startswith(FORCE_ROOTS)

    act = earlier(fits)
    if act is None:
        return None
    victim = act.target if act.target is not None and act.target.country != country else None
    return draft.step(ADMITTED_MISTAKE, code=_APOLOGY, target=victim)


def _judged_deeds(verb: Token) -> list[Token]:
    """The definite nouns ``verb`` calls a mistake: its object beside a mistake word ("called the strike
    a mistake"), or the subject of its clause "was a mistake" ("said the strike had been a mistake")."""
    words = admission_words().mistake_words
    out: list[Token] = []
    for owner in (verb, *(c for c in doccache.children(verb) if c.dep_ == "ccomp" and c.lemma_ == "be")):
        predicates = [c for c in doccache.children(owner) if c.dep_ in _PREDICATE_DEPS]
        predicates += [k for p in predicates for k in doccache.children(p) if k.dep_ == "conj"]
        if not any(p.lemma_.casefold() in words for p in predicates):
            continue
        deps = ("dobj",) if owner is verb else ("nsubj", "nsubjpass")
        out += [c for c in doccache.children(owner) if c.dep_ in deps and _definite_deed(c)]
    return out


def _definite_deed(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in doccache.children(noun)
    )
