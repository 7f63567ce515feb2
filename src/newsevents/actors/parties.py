"""Where the parties of a clause sit relative to one another in the parse: coordinated phrases and
appositions set off by commas. Pure functions of the parse that the resolver uses to keep one party's
country from placing another."""

from __future__ import annotations

from spacy.tokens import Token


def coordinated(noun: Token) -> list[Token]:
    """The phrases coordinated after ``noun`` or after its apposition ("the mayor, Peter Okello, and three
    traders": the parser hangs the traders from the apposition)."""
    named = [noun, *(c for c in noun.children if set_off(c))]
    return [c for n in named for c in n.conjuncts if c.i > n.i]


def set_off(tok: Token) -> bool:
    """Whether ``tok`` is an apposition set off by a comma ("the mayor, Peter Okello,"), not a name
    after its title ("Presidents Obama and Putin")."""
    return tok.dep_ == "appos" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","
