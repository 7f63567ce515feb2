"""Acts a report tells that no party did, by class: no events (corpus/README.md: CAMEO codes the acts of
parties, the events a careful coder takes from a report).

- **The content of a forbidding measure.** "Washington lifted its ban on selling arms to Borduria": the
  lifting is the event; the selling is what the ban covered, an act nobody did. A verb or event noun
  inside the phrase of a ban, an embargo or a moratorium ("on selling", "on arms deliveries") is dropped,
  and so is what a verb of forbidding bars somebody from ("barred the team from touring Borduria").
- **The outcome a thing would lead to.** "A truce leading to the withdrawal of foreign forces", "a reward
  for information leading to his arrest": a present participle (or a modal) of "lead" tells what the
  truce or the information would bring about, not an act done.
- **The act of a force of nature.** "Three days after Typhoon Aria flattened the port": a storm or a quake
  is no party, so what it did is no event (CAMEO codes the acts of parties; a toll is coded where a party
  caused it).

Read by selection (coding/selection.py) after its drafts are kept, beside the bygone backstory.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare

MEASURE_CONTENT = declare(
    "select",
    "measure-content",
    "an act inside the phrase of a ban, embargo or moratorium ('lifted the ban on selling arms') is what "
    "the measure covers: no event",
    "Ruritania lifted its ban on selling arms to Borduria.",
)
LED_TO = declare(
    "select",
    "led-to",
    "an act a thing would lead to ('a truce leading to the withdrawal of troops') is an outcome hoped "
    "for: no event",
    "The council called for a truce leading to the withdrawal of Ruritanian troops.",
)
NATURAL_FORCE = declare(
    "select",
    "natural-force",
    "what a storm, flood or quake did ('after Typhoon Aria flattened the port') is the act of no party: "
    "no event",
    "The president declared a disaster two days after Typhoon Aria flattened the port.",
)
_KEYS = ("forbidding_measures", "measure_preps", "forbidding_verbs", "outcome_verbs", "natural_forces")
# Subject relations whose head may be a force of nature.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})
# How a measure stands to the verb the preposition hangs from: its object or its subject.
_MEASURE_DEPS = frozenset({"dobj", "nsubjpass", "nsubj"})


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("coding/data/unacted.toml", _KEYS)


def without_unacted(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less the acts covered by a forbidding measure and the acts of forces of nature."""
    return [
        d
        for d in drafts
        if not measure_content(d.token) and not natural_force(d.token) and not led_to(d.token)
    ]


def measure_content(tok: Token) -> bool:
    """Whether ``tok`` (a gerund or an event noun, or a conjunct of one) hangs from a forbidding
    measure's preposition ("a ban ON selling and delivering arms", "an embargo on arms deliveries") or
    from the "from" of a verb of forbidding ("barred him FROM travelling")."""
    words = _words()
    while tok.dep == labels.CONJ and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("pcomp", "pobj"):
        return False
    prep = tok.head
    if prep.lower_ == "from" and prep.head.lemma_.casefold() in words["forbidding_verbs"]:
        return True  # ("barred the team FROM touring Ruritania": the tour is what the bar forbids)
    if prep.lower_ not in words["measure_preps"] or prep.head.i == prep.i:
        return False
    # (the phrase is often parsed on the verb that acts on the measure: "lifted a ban on Monday ON selling")
    if prep.head.pos_ == "NOUN":
        return prep.head.lemma_.casefold() in words["forbidding_measures"]
    return any(
        h.pos_ == "NOUN" and h.dep_ in _MEASURE_DEPS and h.lemma_.casefold() in words["forbidding_measures"]
        for h in doccache.children(prep.head)
    )


def led_to(tok: Token) -> bool:
    """Whether event noun ``tok`` (or its first conjunct) is what a present participle or a modal of
    ``outcome_verbs`` leads to: "a truce LEADING TO the withdrawal", "a deal that WOULD LEAD TO talks"."""
    while tok.dep == labels.CONJ and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep != labels.POBJ or prep.lower_ != "to" or prep.head.i == prep.i:
        return False
    verb = prep.head
    if verb.lemma_.casefold() not in _words()["outcome_verbs"]:
        return False
    modal = any(c.dep == labels.AUX and c.tag_ == "MD" for c in doccache.children(verb))
    return verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl") or modal


def natural_force(tok: Token) -> bool:
    """Whether the subject of ``tok``'s clause (its first conjunct's, for coordinated verbs) is a force of
    nature, named by its noun or by a name that noun heads ("Typhoon Aria", "the floods")."""
    forces = _words()["natural_forces"]
    while tok.dep == labels.CONJ and tok.head.i != tok.i:
        tok = tok.head
    for sub in (c for c in doccache.children(tok) if c.dep_ in _SUBJECTS):
        if sub.dep_ == "agent":  # ("the port was flattened BY the typhoon")
            sub = next((c for c in doccache.children(sub) if c.dep_ == "pobj"), sub)
        words = [sub, *(c for c in doccache.children(sub) if c.dep_ == "compound")]
        if any(w.lemma_.casefold() in forces or w.lower_ in forces for w in words):
            return True
    return False
