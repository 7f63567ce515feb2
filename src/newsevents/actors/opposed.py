"""A country after "anti-" on an agent noun names what the agents oppose, never their own country:
"anti-French marchers in Dakar" are Senegalese opponents of France, "anti-Moscow rebels" no Russian party.
On any other noun ("anti-French feeling", "anti-Chilean bias") the country stays: it is what the feeling is
about, and a target may take it.

Without this the prefixed country was read as the agent's country, and the marchers became France's
opposition (FRAOPP), their act one of France against itself. The mention is dropped as a party of its
phrase; the crowd then takes its country from the sentence's places or context, as an unnamed crowd does,
and ``coding/opposed_target.py`` aims its untargeted protest at the country it opposes.
"Pro-" is left alone: "pro-Russian separatists" keep the convention of ``corpus/README.md`` (the country
they side with)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

__all__ = ["ANTI_PREFIXES", "after_anti"]

# Prefixes of opposition written against a country word with a hyphen ("anti-American", "anti-Beijing").
ANTI_PREFIXES = frozenset({"anti"})
_HYPHENS = frozenset({"-", "\u2011"})  # (as mentions.HYPHENS, which imports this module)


def after_anti(doc: Doc, start: int, agent_role: Callable[[str], str | None]) -> bool:
    """Whether the country word starting at ``start`` follows "anti-" ("anti-" + "Israeli") on an agent
    noun (one ``agent_role`` gives a role: "protesters", "rebels"). On anything else ("anti-Peruvian
    feeling", "anti-Chilean bias") the country is what the feeling is about, which a target may take."""
    if start < 2 or start >= len(doc) or doc[start - 1].text not in _HYPHENS:
        return False
    written_against = not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
    if not written_against or doc[start - 2].lower_ not in ANTI_PREFIXES:
        return False
    head = doc[start].head
    return head.i != start and agent_role(head.lemma_.casefold()) is not None
