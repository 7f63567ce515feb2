"""Unnamed doers joined in one subject are one party: "Gunmen and suicide bombers struck a concert hall
and cafes", "Two suicide bombers and gunmen attacked the crowds at the gate". The actor stage resolves
each conjunct on its own (gunmen placed in the country where they struck, bombers as rebels of no known
country), so the trigger gets one draft per conjunct with different source codes and countries, and
selection's rule for one trigger (``_same_act``: one source country) kept both. The words name nobody:
they describe the one band that did the act (corpus/README.md: "an unnamed multitude" is one party; each
*named* doer, "the Taliban and the Haqqani network", stays its own event).

Read by selection's merging through ``retold.folded_step``: two drafts of one trigger word and one code of
force (roots 18-20 and their neighbours, ``FORCE_ROOTS``) against one target country, both by unnamed armed
doers (a non-state armed role, and no name the source's own words carry), are one record.
"""

from __future__ import annotations

from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor

UNNAMED_DOERS = declare(
    "select",
    "unnamed-doers",
    "unnamed armed doers joined in one subject ('gunmen and suicide bombers struck') are one band: one "
    "record for the act, not one per conjunct",
    "Gunmen and suicide bombers struck two hotels in the capital on Friday.",
)
# Roles of armed doers of no state (actors/data/agents.tsv): unidentified armed force, rebels, insurgents,
# radicals, criminals.
_ARMED_ROLES = frozenset({"UAF", "REB", "INS", "RAD", "CRM"})


def unnamed_doers_step(a: Draft, b: Draft) -> str | None:
    """UNNAMED_DOERS when two drafts of one trigger word and one force code against one target country are
    both done by unnamed armed doers of different codes; else None."""
    if a.token.i != b.token.i or a.code != b.code or a.code[:2] not in FORCE_ROOTS:
        return None
    if a.source.code == b.source.code or not (unnamed(a.source) and unnamed(b.source)):
        return None
    return UNNAMED_DOERS if target_country(a) == target_country(b) else None


def unnamed(actor: Actor) -> bool:
    """Whether an actor is an armed band of no state that the text's words name nobody in: its name, where
    it has one, came from the context (the country it acts in), not from its own words (also read by
    ``claimed_attack``)."""
    if actor.role not in _ARMED_ROLES:
        return False
    return actor.name is None or actor.name.casefold() not in actor.text.casefold()


def target_country(d: Draft) -> str | None:
    """The target's country, or the implicit target's where the text names none (also read by
    ``claimed_attack``)."""
    target = d.aimed
    return target.country if target is not None else None
