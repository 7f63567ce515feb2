"""The date of an undated act told at the end of the clause that describes its object: "Police arrested
four of the students who marched on the ministry on Sunday" was one day's news, and the parser hangs the
day on the nearest verb, the description's. A clause whose own date is none, whose object (or the noun an
"of" phrase of its object names: "four OF THE STUDENTS"), or a verb's coordinated with it, carries a
relative or participle clause ending in a date expression, takes that date; the describing clause keeps
it too. A date the parser hung on the describing verb itself still ends the clause when only adjuncts it
also hung there follow ("positions held by the junta on Monday in a bid to restore ..."); a date of a
clause nested deeper ("..., who was ousted on May 25") is that clause's own and lends none. An
infinitive on the object ("a plan TO REUNIFY ...") tells a coming act and lends none.

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
# Adjuncts of a describing clause's verb that may follow its date and still leave it the clause's last
# ("held ... on Monday IN A BID to restore ...", "... on Monday AS troops advanced").
_TRAILING_ADJUNCTS = frozenset({"prep", "advcl"})
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
                if _nested(anchor, clause):
                    continue  # ("..., who was ousted on May 25": a clause inside the description)
                if _ends(clause, ent, anchor):
                    return ent
    return None


def _nested(anchor: Token, clause: Token) -> bool:
    """Whether ``anchor`` sits in a relative or participle clause nested below ``clause``."""
    node = anchor
    while node.i != clause.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            return True
        node = node.head
    return False


def _ends(clause: Token, ent: Span, anchor: Token) -> bool:
    """Whether ``ent`` ends ``clause``: only punctuation follows it there, or, for a date hanging from the
    clause's own verb, only adjuncts of that verb the parser hung after it ("held by the junta on Monday
    in a bid to restore ...": the purpose, like the day, is the main act's)."""
    doc, last = clause.doc, clause.right_edge.i
    after = [t for t in doc[ent.end : last + 1] if not t.is_punct]
    if not after:
        return True
    if anchor.i != clause.i:
        return False
    adjuncts = {
        t.i
        for c in doccache.children(clause)
        if c.dep_ in _TRAILING_ADJUNCTS and c.left_edge.i >= ent.end
        for t in doccache.subtree(c)
    }
    return all(t.i in adjuncts for t in after)


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects, their conjuncts, and the nouns of an "of" phrase on them."""
    found = [c for c in doccache.children(verb) if c.dep_ in _OBJECTS]
    found += [c for o in found for c in doccache.children(o) if c.dep_ == "conj"]
    found += [
        p for o in found for of in doccache.children(o) if of.lower_ == "of" for p in doccache.children(of)
    ]
    return found
