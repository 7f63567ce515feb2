"""A passive participle with a "by" agent and no auxiliary: the agent is its source and the party it is
said of its patient, whether it describes a noun ("a truce brokered by Ruritania", "workers seized by
gunmen") or is set off by a comma on a clause ("The editor flew home on Monday, freed by Ruritania after a
month in jail"; "the envoy arrived, sent by the Bordurian government").

The second shape used to take the clause's subject as the participle's own (shared subject): the freed
editor freed himself. Its patient is the clause's subject and its doer the "by" phrase, as in the first
shape. Not one with a date of its own ("land seized by the army in the 1970s": backstory), unless recent
or only a duration ("after a month in jail").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding import recent_relative, syntax
from newsevents.coding.durations import only_durations

_PARTICIPLE = "VBN"
_COMMA = ","


def reduced_passive(tok: Token, dated: Callable[[Token], bool]) -> bool:
    """Whether ``tok`` is a participle with a "by" agent on a noun ("a truce brokered by Norway") or,
    after a comma, on a clause with a subject ("..., freed by Iran"), with no date of its own (``dated``)
    other than a recent one or a duration."""
    if tok.tag_ != _PARTICIPLE or not any(c.dep == labels.AGENT for c in doccache.children(tok)):
        return False
    if tok.dep != labels.ACL and not _set_off_on_clause(tok):
        return False
    return not dated(tok) or recent_relative.recent(tok) or only_durations(tok)


def participle_patients(tok: Token) -> list[Token]:
    """Whom the participle ``tok`` is said of: the noun it describes, or the subject of the clause it is
    set off from."""
    if tok.dep == labels.ACL:
        return [tok.head]
    return syntax.subjects(tok.head)


def _set_off_on_clause(tok: Token) -> bool:
    """A participle hung on a verb as an adverbial clause after a comma, the verb having a subject that is
    no counted load ("99,000 doses arrived, donated by ...": the goods' arrival is the event, which the
    clause's own verb tells; the participle would tell it twice)."""
    if tok.dep_ != "advcl" or tok.i == 0 or tok.doc[tok.i - 1].text != _COMMA:
        return False
    subjects = syntax.subjects(tok.head) if tok.head.pos_ in ("VERB", "AUX") else []
    return bool(subjects) and not any(c.dep_ == "nummod" for s in subjects for c in doccache.children(s))
