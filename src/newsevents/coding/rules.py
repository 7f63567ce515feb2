"""The catalogue of construction rules: every rule that shapes an event after its trigger, by name.

A rule is declared where it lives, with ``@rule(aspect, name, description, example)`` on its function (or
``declare(...)`` for a rule that is a branch of a bigger function). The name goes into the event's
``evidence.steps`` as ``"aspect:name"`` whenever the rule decided something, so ``--explain`` and the
explorer can say why an event has the source, target, code, modality, date or place it has. Examples are
sentences written for this project, not taken from any evaluation data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

ASPECTS = ("trigger", "source", "actor", "target", "modality", "code", "date", "place", "select")


@dataclass(frozen=True, slots=True)
class Rule:
    """One named construction rule."""

    aspect: str
    name: str
    description: str
    example: str

    @property
    def step(self) -> str:
        """The rule as it appears in ``evidence.steps``."""
        return f"{self.aspect}:{self.name}"


RULES: dict[str, Rule] = {}

F = TypeVar("F", bound=Callable[..., object])


def declare(aspect: str, name: str, description: str, example: str) -> str:
    """Add a rule to the catalogue and return its step name."""
    if aspect not in ASPECTS:
        raise ValueError(f"unknown aspect {aspect!r}")
    found = Rule(aspect, name, description, example)
    if RULES.setdefault(found.step, found) != found:
        raise ValueError(f"rule {found.step} declared twice")
    return found.step


def rule(aspect: str, name: str, description: str, example: str) -> Callable[[F], F]:
    """Decorator form of ``declare``; the function keeps a ``step`` attribute."""

    def wrap(func: F) -> F:
        func.step = declare(aspect, name, description, example)  # type: ignore[attr-defined]
        return func

    return wrap


def describe(step: str) -> str:
    """The one-line description of a step name (the name itself if it is not a catalogued rule)."""
    found = RULES.get(step)
    return found.description if found is not None else step
