"""Clauses a semicolon keeps apart: "Greece arrested the officers; Ankara demanded their return".

The small English model often hangs the clause before a semicolon on the verb after it, as a complement
("arrested" a ccomp of "demanded"). A complement that comes before its verb with a semicolon between
them is no content of that verb: the semicolon joins two sentences' worth of acts, each told as done.
"""

from __future__ import annotations

from spacy.tokens import Token

# The marks that end one independent clause and open the next.
_BREAKS = frozenset({";"})


def across_break(dep: Token) -> bool:
    """Whether complement ``dep`` comes before its head with a semicolon between them."""
    head = dep.head
    if head.i <= dep.i:
        return False
    return any(t.text in _BREAKS for t in dep.doc[dep.right_edge.i + 1 : head.i])
