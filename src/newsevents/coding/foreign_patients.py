"""An arrest, a sentence or a deportation of people referred back to ("them", "the two") whom the article
introduced as nationals of another country is aimed at their country, not at the acting state's own.

"Police found two Ruritanian sailors in the port ... a court sentenced them on Friday": the patient is a
pronoun, which the actors stage leaves without a country, so ``targets.implicit_country`` places the
sentence at home, as it places a state's coercion of unnamed people. The corpus codes people arrested,
tried or sent home abroad by their nationality (corpus/README.md). The people a plural back-reference
stands for are the nearest group named before it, in its sentence or the few before, by a nationality
adjective on a plural noun of people ("two Cuban boxers", "three American journalists"); a state's own
organs so named ("Chilean police") are actors, not the people acted on, and are skipped. Read by
``foreign_voice.foreign_voice`` before the other fallbacks of the implicit target.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["FOREIGN_PATIENTS", "foreign_patients"]

FOREIGN_PATIENTS = declare(
    "target",
    "foreign-patients",
    "an arrest, sentence or deportation of people referred back to ('them', 'the two') whom the article "
    "named as nationals of another country is aimed at that country",
    "Police found two Chilean sailors in the port of Callao. A Peruvian court sentenced them on Friday.",
)
# The root of coercion: arrests, charges, sentences, expulsions, seizures (17).
_COERCION_ROOT = "17"
_PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
# Plural back-references to people ("them", "the two", "both"); a lone "him" may as well be a home suspect.
_PLURAL_PRONOUNS = frozenset({"them", "they"})
_GROUP_NUMBERS = frozenset({"two", "three", "four", "five", "both"})
# How far back the group may be named: its sentence and the three before it.
_SENTENCES_BACK = 3
# How a nationality sits on the noun of people it names ("two CUBAN boxers").
_NATIONALITY_KINDS = frozenset({"adjective", "demonym"})


def foreign_patients(d: Draft, actors: DocActors) -> str | None:
    """The country of the foreign people a coercive act ``d`` refers back to as its patient, else None."""
    own = d.source.country
    if own is None or not d.code.startswith(_COERCION_ROOT):
        return None
    for head in (c for c in doccache.children(d.token) if c.dep_ in _PATIENT_DEPS):
        if _plural_reference(head):
            iso3 = _nearest_group(head, actors)
            return iso3 if iso3 != own else None
    return None


def _plural_reference(head: Token) -> bool:
    """Whether ``head`` refers back to a group of people: "them", "the two", "both"."""
    if head.pos_ == "PRON":
        return head.lower_ in _PLURAL_PRONOUNS
    return head.lower_ in _GROUP_NUMBERS and not any(c.dep_ == "prep" for c in doccache.children(head))


def _nearest_group(head: Token, actors: DocActors) -> str | None:
    """The country of the nearest group of people named before ``head`` by a nationality adjective."""
    doc, sent = head.doc, doccache.sent(head)
    start = sent.start
    for _ in range(_SENTENCES_BACK):
        start = doccache.sent(doc[start - 1]).start if start > 0 else start
    state_roles = lexicon().state_roles
    for m in sorted(actors.mentions, key=lambda m: -m.start):
        if not start <= m.start < head.i or m.kind != "country" or m.country_kind not in _NATIONALITY_KINDS:
            continue
        word = doc[m.end - 1]
        noun = word.head
        # (a nationality on a plural common noun: not a name's word, "the Pan American Games")
        if word.dep_ not in ("amod", "compound") or word.ent_type_ != "NORP" or noun.tag_ != "NNS":
            continue
        if actors.resolver.agent_role(noun) in state_roles:
            continue  # ("Chilean police", "Peruvian troops": a state's organs act, they are not acted on)
        return m.iso3
    return None
