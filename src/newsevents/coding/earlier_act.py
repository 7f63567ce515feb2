"""An earlier act of the article, as ``coding/referred.py`` hands it to the rules it calls back (a pronoun
that names a deed, a bare regret, an own deed called a mistake, the lead a reaction answers): its trigger,
code and parties.

Declared here, apart from ``referred``'s own record, so that those rules can read it without importing
``referred``, which imports them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeAlias

from spacy.tokens import Token

from newsevents.records import Actor

__all__ = ["Earlier", "EarlierAct"]


class EarlierAct(Protocol):
    """An earlier act: its trigger, code, maker and target."""

    @property
    def token(self) -> Token: ...

    @property
    def code(self) -> str: ...

    @property
    def source(self) -> Actor | None: ...

    @property
    def target(self) -> Actor | None: ...


# What ``referred`` passes to a rule: finds the latest earlier act that fits the test it is given, or None.
Earlier: TypeAlias = Callable[[Callable[[EarlierAct], bool]], EarlierAct | None]
