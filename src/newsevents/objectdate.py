"""The date of an undated act told at the end of the clause that describes its object: "Police arrested
four of the students who marched on the ministry on Sunday" was one day's news, and the parser hangs the
day on the nearest verb, the description's. A clause whose own date is none, whose object (or the noun an
"of" phrase of its object names: "four OF THE STUDENTS"), or a verb's coordinated with it, carries a
relative or participle clause ending in a date expression, takes that date; the describing clause keeps
it too. An infinitive on the object ("a plan TO REUNIFY ...") tells a coming act and lends none.

Helper of ``newsevents.when`` (read after the event's own clause, its head noun, its offset, the clause
it belongs to and the sentence's free dates gave none).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.rules import declare

OBJECT_CLAUSE_DATE = declare(
    "date",
    "object-clause-date",
    "an undated act takes the date that ends the relative or participle clause describing its object: "
    "the parser hangs a sentence's last date on the nearest verb",
    "Police arrested four of the students who marched on the ministry on Sunday.",
)
# Links from a verb to the nouns it acts on; "of" from a count or part to the noun it counts.
_OBJECTS = frozenset({"dobj"})
# Tenses of a past act (a coming one reads its dates forwards, by other rules).
_PAST_TAGS = frozenset({"VBD", "VBN"})


def object_clause_date(tok: Token, ents: list[Span], anchors: dict[int, Token | None]) -> Span | None:
    """The date expression among ``ents`` (with their anchors) that ends a clause describing the object
    of the past verb ``tok``, else None."""
    if tok.pos_ != "VERB" or tok.tag_ not in _PAST_TAGS:
        return None
    # ("beat students and arrested four of those who marched ... on Sunday": coordinated acts share it)
    verbs = [tok, *(c for c in doccache.children(tok) if c.dep_ == "conj" and c.pos_ == "VERB")]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        verbs.append(tok.head)
    for noun in (n for v in verbs for n in _objects(v)):
        for clause in doccache.children(noun):
            if clause.dep_ not in ("relcl", "acl") or clause.i < noun.i or clause.pos_ != "VERB":
                continue
            if doccache.infinitive_to(clause):
                continue  # (a coming act: its dates are read forwards)
            first, last = clause.left_edge.i, clause.right_edge.i
            for ent in ents:
                anchor = anchors.get(ent.start)
                if anchor is None or not first <= anchor.i <= last or not first <= ent.start <= last:
                    continue
                if all(t.is_punct for t in tok.doc[ent.end : last + 1]):
                    return ent
    return None


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects, their conjuncts, and the nouns of an "of" phrase on them."""
    found = [c for c in doccache.children(verb) if c.dep_ in _OBJECTS]
    found += [c for o in found for c in doccache.children(o) if c.dep_ == "conj"]
    found += [
        p for o in found for of in doccache.children(o) if of.lower_ == "of" for p in doccache.children(of)
    ]
    return found
