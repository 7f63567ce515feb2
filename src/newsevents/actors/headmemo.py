"""The acting phrase of a head, read once per head of a document (issue 10, throughput).

``DocActors.phrase_heads`` and ``rule_of`` are asked about the same head many times per article (each
pattern tried, the arguments, the evidence), and each time looked past the dateline
(``parties.acting_head``), to a team's sender (``parties.sender``) and to the counted group
(``phrases.collective_member``): the same answer, since it depends only on the parse and the dateline.
The memo is a dict on the ``DocActors`` (token index -> token): it refers to the Doc only as the
``DocActors`` already does, so it makes no cycle of its own and goes with ``Pipeline._release``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.parties import acting_head
from newsevents.actors.phrases import collective_member

__all__ = ["acting_phrase"]


def acting_phrase(memo: dict[int, Token], head: Token, dateline: range) -> Token:
    """``collective_member(acting_head(head, dateline))``, from ``memo`` (one per Doc and dateline) when
    it was read before."""
    found = memo.get(head.i)
    if found is None:
        found = memo[head.i] = collective_member(acting_head(head, dateline))
    return found
