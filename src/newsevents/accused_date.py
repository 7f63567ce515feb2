"""A date right after the act an accusation names dates that act, not the accusation.

"Oslo expelled two envoys on Friday, accusing Minsk of an attack on its embassy in March": the
parser may hang "in March" on the accusing verb, or the verb's own dates take it from the act's phrase, so
the accusation read as March's. Inside the "of" or "for" phrase that names the act judged, or right after
it, the date is that act's: the date stage leaves it out of the accusing verb's own dates, and the
accusation takes its clause's or its sentence's date, else the dateline's. Words: ``data/accused_date.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

JUDGED_ACT_DATE = declare(
    "date",
    "judged-act-date",
    "a date set inside the object of a verb that judges an act (between the act's noun and the rest of its "
    "phrase, or before the verb's complement) dates the act judged, not the judgement",
    "The council condemns the seizure on 3 June of the mayor by gunmen.",
)
ACCUSED_ACT_DATE = declare(
    "date",
    "accused-act-date",
    "a date right after the 'of' or 'for' phrase of an accusing verb dates the act accused, not the "
    "accusation",
    "Oslo expelled two envoys on Friday, accusing Minsk of a break-in at its embassy in March.",
)


@dataclass(frozen=True, slots=True)
class AccusedDateWords:
    """``data/accused_date.toml``."""

    accusing_verbs: frozenset[str]
    act_prepositions: frozenset[str]
    complement_verbs: frozenset[str]
    judging_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def accused_date_words() -> AccusedDateWords:
    """The accusing verbs and prepositions of the rule (``word_table`` checks every key)."""
    return word_table(AccusedDateWords, "data/accused_date.toml")


def dates_accused_act(tok: Token, ent: Span) -> bool:
    """Whether date ``ent`` of the sentence of accusing verb ``tok`` sits inside the "of"/"for" phrase
    that names the act judged ("of a cyber attack in July"), or hangs on the verb (or its complement:
    "held X responsible ... in 2014") straight after that phrase."""
    words = accused_date_words()
    if tok.lemma_.casefold() not in words.accusing_verbs:
        return False  # (first: the date's root is looked for, a walk of its words, only for such a verb)
    prep = ent.root.head
    if prep.dep_ != "prep" or prep.i != ent.start - 1:
        return False
    complements = [c for c in doccache.children(tok) if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")]
    if tok.lemma_.casefold() in words.complement_verbs and not complements:
        return False  # ("ordered him HELD for 30 days on Monday": no "held X responsible")
    owners = [tok, *complements]
    hung_on_verb = prep.head.i in {o.i for o in owners}
    for owner in owners:
        for act in doccache.children(owner):
            if act.dep_ != "prep" or act.lower_ not in words.act_prepositions or act.i > prep.i:
                continue
            if any(o.ent_type_ in ("DATE", "TIME") for o in doccache.children(act) if o.dep_ == "pobj"):
                continue  # ("jailed for 30 days on Monday": a length of time, no act)
            inside = {t.i for t in doccache.subtree(act)}
            if prep.i in inside or (hung_on_verb and max(inside) + 1 == prep.i):
                return True
    return False


# The simple present of a communique or statement ("the Council condemns"): the judgement is made as the
# text is issued, so a date at its object's end can only be the act judged.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def dates_judged_act(tok: Token, ent: Span) -> bool:
    """Whether date ``ent`` sits inside the object of judging verb ``tok``, with more of that object or
    the verb's complement after it: "condemns the seizure ON 3 JUNE of the mayor", "called the fire at
    the depot ON MAY 2 an act of sabotage". Such a date names the act judged; a date at the object's end
    ("condemned the attack on Monday") may be the verb's own and is left to it, unless the verb is in the
    simple present ("deplores the arrest of the mayor on 4 May": the arrest's)."""
    if tok.lemma_.casefold() not in accused_date_words().judging_verbs:
        return False
    last = ent.end - 1
    for obj in doccache.children(tok):
        if obj.dep_ != "dobj" or obj.i >= ent.start:
            continue
        span = [t.i for t in doccache.subtree(obj) if not t.is_punct]
        if ent.start in span and max(span) > last:
            return True  # (the object's own phrase goes on after the date)
        if tok.tag_ in _PRESENT_TAGS and (ent.start in span or max(span) < ent.start):
            return True  # ("the Board deplores the arrest on 4 May": a present judgement is made now)
        complements = [c for c in doccache.children(tok) if c.dep_ in ("oprd", "xcomp", "acomp")]
        if any(max(span) < c.i < ent.start for c in complements):
            continue  # ("called the envoy 'a liar' ON MONDAY, a remark ...": named before it, the verb's)
        if max(span) < ent.start and any(c.i > last for c in complements):
            return True  # (the date stands between the object and what the verb calls it)
    return False
