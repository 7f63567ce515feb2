"""The counterpart named inside a verb's direct object: the agent of an act the object names together with
its own patient ("welcomed Manila's release of six fishermen": Manila, not the fishermen). A pure
function of the parse that ``roles.verb_roles`` tries before the object itself."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.rules import declare

OBJECT_AGENT = declare(
    "target",
    "object-agent",
    "the agent of an event noun object that names its own patient is the counterpart, not the patient",
    "Hanoi welcomed Manila's release of six Vietnamese fishermen.",
)


def object_agents(tok: Token) -> list[Token]:
    """The agents of a direct object of ``tok`` that is an act done to a patient it names itself: "welcomed
    Manila's release of six fishermen", "condemned the killing of two soldiers by rebels" (Manila, the
    rebels). A pronoun possessor ("its release of") is left to the object's own reading."""
    out: list[Token] = []
    for obj in (c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        preps = {c.lower_: c for c in obj.children if c.dep_ == "prep"}
        if "of" not in preps:
            continue
        out.extend(c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON")
        if "by" in preps:
            out.extend(c for c in preps["by"].children if c.dep_ == "pobj")
    return out
