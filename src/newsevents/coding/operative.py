"""Operative paragraphs: the numbered points of a communique, a resolution or a joint statement whose
verbs have no subject of their own.

Councils, summits and ministerial meetings write their decisions as a preamble that names the body
("The Peace and Security Council, at its meeting held on 1 June, ...") followed by numbered points that
open on the verb ("1. Strongly condemns the coup; 2. Decides to suspend the country ..."). The parser
reads each point as a sentence with no subject, so the act had no source and made no event. The body the
preamble names is the subject of every such point: it is offered as the source head of a subjectless verb
that opens a numbered or lettered line, after the heads the sentence itself gives (there are none). A
line with no mark is a point too when it stands in a list of points joined by semicolons after the
preamble, one a paragraph (the article reader makes each line a paragraph, so each a sentence).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.annotations import doc_text
from newsevents.coding.roles import Head
from newsevents.coding.rules import declare

OPERATIVE_PREAMBLE = declare(
    "source",
    "operative-preamble",
    "a subjectless verb opening a numbered point of a communique or resolution is the act of the body "
    "its preamble names",
    "The Council of Ministers, meeting in Accra,\n\n1. Condemns the seizure of the parliament;",
)

# The line's opening before its verb: a list mark ("1.", "2)", "(b)", "iv.", a bullet) and adverbs
# ("1. Strongly condemns"); without a mark a subjectless line is a headline or a fragment, not a point.
LIST_MARK = r"\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-\u2022*])"
_POINT = re.compile(rf"{LIST_MARK}\s+(?:[A-Za-z]+ly,?\s+)*", re.I)
# The opening of a point with no mark: only adverbs before its verb ("Strongly condemns").
_ADVERBS = re.compile(r"\s*(?:[A-Za-z]+ly,?\s+)*")
# (a line opening on a mark is another point, not the preamble; matched with case, unlike _POINT)
_MARK = re.compile(rf"{LIST_MARK}\s")
# Finite verbs a point opens on: present ("Condemns", "Decide") and past ("Reaffirmed") forms; the parser
# tags a capitalised past form that opens a line as a participle ("(b) Called on X"), and a point's root
# has no auxiliary that would make it one.
_FINITE = frozenset({"VBZ", "VBP", "VBD", "VBN"})
# Clause links a trigger inherits its governing verb's subject through ("Decides TO SUSPEND").
_SHARED = frozenset({"xcomp", "conj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# Lines looked back over for the preamble (points of a long communique run to a dozen or more).
_LOOKBACK = 40


def preamble_heads(tok: Token) -> list[Head]:
    """The preamble's body as the source head of ``tok`` when ``tok`` (or the verb it shares a subject
    with) opens a numbered point and has no subject; else none."""
    verb = tok
    while verb.dep_ in _SHARED and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.tag_ not in _FINITE or verb.dep_ != "ROOT":
        return []
    if any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in doccache.children(verb)):
        return []
    text = doc_text(tok.doc)  # (recorded once: ``Doc.text`` joins every word's text anew)
    start = text.rfind("\n", 0, verb.idx) + 1
    if _POINT.fullmatch(text, start, verb.idx) is None and not _unmarked_point(text, start, verb.idx):
        return []
    return [Head(h, OPERATIVE_PREAMBLE) for h in _preamble(tok, start)]


def _preamble(tok: Token, start: int) -> list[Token]:
    """The subject phrases of the nearest line before ``start`` that is not itself a point: the head of a
    verbless preamble ("The Council, at its meeting, ...") or the subject of its verb ("The Parties
    agreed as follows:")."""
    doc, text = tok.doc, doc_text(tok.doc)
    end = start - 1
    for _ in range(_LOOKBACK):
        if end <= 0:
            return []
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if line.strip() and not _MARK.match(line) and not line.rstrip().endswith(";"):
            return _line_subjects(doc, line_start, end)
        end = line_start - 1
    return []


def _unmarked_point(text: str, start: int, verb: int) -> bool:
    """Whether the line at ``start`` is a point with no mark: only adverbs before its verb, and a list of
    points joined by semicolons around it: the line before ends another point (";"), or ends the preamble
    ("," or ":") while this line ends on a semicolon ("The Council, at its meeting held on 1 June," then
    "Decides to suspend ...;" and "Demands that ..."), as African Union communiques set them."""
    if _ADVERBS.fullmatch(text, start, verb) is None:
        return False
    before = text[:start].rstrip()
    end = text.find("\n", verb)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    # (a lone verb-first line after a preamble, "Condemns the coup.", may be a headline or a fragment)
    return before.endswith(";") or (before.endswith((",", ":")) and line.endswith(";"))


def _line_subjects(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    roots = [t for t in span if t.dep_ == "ROOT"]
    heads: list[Token] = []
    for root in roots[:1]:
        if root.pos_ in ("NOUN", "PROPN"):
            heads.append(root)
        heads.extend(c for c in doccache.children(root) if c.dep_ in ("nsubj", "nsubjpass"))
    return heads
