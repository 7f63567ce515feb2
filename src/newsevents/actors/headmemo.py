"""The acting phrase of a head, read once per head of a document (issue 10, throughput).

``DocActors.phrase_heads`` and ``rule_of`` are asked about the same head many times per article (each
pattern tried, the arguments, the evidence), and each time looked past the dateline
(``parties.acting_head``), to a team's sender (``parties.sender``) and to the counted group
(``phrases.collective_member``): the same answer, since it depends only on the parse and the dateline.
The memo is a ``HeadMemo`` on the ``DocActors`` (token index -> token): it refers to the Doc only as the
``DocActors`` already does, so it makes no cycle of its own and goes with ``Pipeline._release``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.actors.parties import acting_head
from newsevents.actors.phrases import collective_member

__all__ = ["HeadMemo", "acting_phrase", "phrase_heads"]


class HeadMemo:
    """One Doc's answers by head (token index): its acting phrase, and the heads of the phrases read for
    it (``DocActors.phrase_heads``: asked again for each pattern, party and rule that reads the head)."""

    def __init__(self) -> None:
        self.acting: dict[int, Token] = {}
        self.heads: dict[int, tuple[Token, ...]] = {}


def acting_phrase(memo: HeadMemo, head: Token, dateline: range) -> Token:
    """``collective_member(acting_head(head, dateline))``, from ``memo`` (one per Doc and dateline) when
    it was read before."""
    found = memo.acting.get(head.i)
    if found is None:
        found = memo.acting[head.i] = collective_member(acting_head(head, dateline))
    return found


def phrase_heads(
    memo: HeadMemo, head: Token, dateline: range, coordinated: Callable[[Token], list[Token]]
) -> list[Token]:
    """``coordinated(acting_phrase(memo, head, dateline))`` (``DocActors.heads``), from ``memo`` when it
    was read before (a new list each time: callers may extend theirs)."""
    found = memo.heads.get(head.i)
    if found is None:
        found = memo.heads[head.i] = tuple(coordinated(acting_phrase(memo, head, dateline)))
    return list(found)
