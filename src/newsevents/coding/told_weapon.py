"""Weapons named again with "the" after the attack that fired them: "Iran fired a dozen ballistic missiles at
two bases in Iraq on Wednesday. The missiles hit the air base at Ain al-Asad".

A weapon that is the subject of a verb of striking ("rockets hit the town", "shells slammed into a
district") tells an attack of its own, and with no maker named on it the arguments stage gives it its
place's country (``source:unattributed``). When the weapon is named with a definite determiner and the
story has already told an act of force with a named maker in an earlier sentence, the weapons are that
act's, told again: one gold event per real event (corpus/README.md). The repeat is dropped here; an
unattributed weapon with no determiner or an indefinite one ("a mortar bomb hit the compound") is news.
"""

from __future__ import annotations

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.unnamed_agent import weapon_words

__all__ = ["TOLD_WEAPON", "without_told_weapons"]

TOLD_WEAPON = declare(
    "select",
    "told-weapon",
    "an unattributed act of force whose subject is a weapon named with 'the', after an earlier sentence told "
    "an act of force with a named maker, is that act told again",
    "Ruritania fired six rockets at the border post on Monday. The rockets hit a barracks and a depot.",
)
# Determiners that point back to weapons named before.
_DEFINITE = frozenset({"the", "these", "those"})


def without_told_weapons(drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """``drafts`` less the unattributed acts of force told again by a definite weapon (see the module)."""
    force = [d for d in drafts if d.code.startswith(FORCE_ROOTS)]
    named = [d.sent.start for d in force if "unattributed" not in d.facts]
    if not named:
        return drafts
    first = min(named)
    return tuple(d for d in drafts if not (d.sent.start > first and _told_weapon(d)))


def _told_weapon(d: Draft) -> bool:
    if not d.code.startswith(FORCE_ROOTS) or "unattributed" not in d.facts or d.token.pos_ != "VERB":
        return False
    weapons = weapon_words()
    return any(
        s.lemma_.casefold() in weapons
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in doccache.children(s))
        for s in syntax.subjects(d.token)
    )
