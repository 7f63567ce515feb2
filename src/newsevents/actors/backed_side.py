"""A bloc after "pro-" names the side a group backs, not a group of states: "pro-European demonstrators"
in a capital are that state's opposition, "pro-Western parties" a country's own parties. The corpus codes
such a group by where it lives and acts; read as a bloc group (actors/bloc_states.py) it had no country at
all, and its protest was nobody's.

Only blocs: a state after "pro-" ("pro-Ruritanian separatists") stays the state the actor stage reads,
since the corpus codes such armed groups as the backing state's or as no state's ("*"), and reading them
by place made their accusations self-pairs that selection merges away (sources11: pwar and psrc went down).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import doccache

# The prefix as the tokenizer splits it: "pro", "-", then the state or bloc word.
_PREFIX = "pro"
_HYPHEN = "-"


def backed_side(doc: Doc, start: int) -> bool:
    """Whether the word at token ``start`` follows "pro-" ("pro-Western", "pro-European"): a side
    backed, not the backer."""
    if start < 2:
        return False
    return doccache.token(doc, start - 1).text == _HYPHEN and doccache.token(doc, start - 2).lower_ == _PREFIX
