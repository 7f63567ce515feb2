"""Records that pass between the coding stages, on ``doc._.ne_triggers`` and ``doc._.ne_drafts``.

Both are frozen and built by keyword; a stage that changes one makes a new one with
``dataclasses.replace`` and adds the name of its rule to ``steps``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from newsevents.coding.patterns import Pattern
from newsevents.records import Actor, Modality, Place
from newsevents.when import When


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    """A word that names an event, with the pattern that fired on it."""

    token: Token
    pattern: Pattern
    noun: bool
    # Set when a construction rather than the trigger's own dependents names the target
    # ("Lima said Quito must ...": Quito is the target of Lima's demand).
    target_heads: tuple[Token, ...] | None = None
    # The selection rule that set this trigger aside (it stays listed: other triggers' dates and
    # clauses are read against every trigger of the sentence).
    dropped_by: str | None = None
    # Read by the modality stage; None until then.
    modality: Modality | None = None
    # A code a construction imposes whatever the pattern says (a refusal is a rejection).
    code: str | None = None
    steps: tuple[str, ...] = ()

    @property
    def kept(self) -> bool:
        return self.dropped_by is None

    @property
    def coded_as(self) -> str:
        """The code the trigger stands for: the one a construction imposed (``code``), else its pattern's."""
        return self.code or self.pattern.code


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """An event being assembled: one trigger, one source, one date."""

    trigger: Trigger
    sent: Span
    source: Actor
    target: Actor | None
    modality: Modality
    code: str
    when: When | None
    # Whether the date came from the event's own clause (or its sentence), not the publication date.
    date_own: bool
    place: Place | None
    # The country where an event that names no target happened (or the source's): used for the record's
    # target, never to match restatements.
    implicit_target: Actor | None = None
    # Facts the confidence policy weighs ("unattributed", "object-phrase-target", ...).
    facts: frozenset[str] = field(default_factory=frozenset)
    steps: tuple[str, ...] = ()

    @property
    def token(self) -> Token:
        return self.trigger.token

    @property
    def aimed(self) -> Actor | None:
        """The party the event falls on: its target, else the country it happened in (``implicit_target``)."""
        return self.target if self.target is not None else self.implicit_target

    @property
    def aimed_at_own(self) -> bool:
        """Whether the event falls on its source's own country (the self-pair the target rules undo)."""
        aimed = self.aimed
        return self.source.country is not None and aimed is not None and aimed.country == self.source.country

    def step(self, name: str, **changes: object) -> Draft:
        """A copy with ``changes`` made by the rule ``name``."""
        return replace(self, steps=(*self.steps, name), **changes)  # type: ignore[arg-type]
