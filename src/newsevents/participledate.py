"""The date of an undated clause told on the same occasion as a participle beside it: "The minister,
addressing the assembly on Monday, pledged aid" pledged on Monday. A present participle set beside the
main verb with no subject and no conjunction of its own tells what the actor was doing at the time of
the act, so its date is the act's too (the sentence rule skips it when the participle is itself coded,
as "addressing" may be).

Helper of ``newsevents.when`` (read after the event's own clause gives no date).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.rules import declare

SAME_OCCASION_PARTICIPLE = declare(
    "date",
    "participle-occasion",
    "an undated verb takes the date of a present participle beside it that has no subject or conjunction "
    "of its own ('X, addressing the assembly on Monday, pledged aid'): the participle tells the occasion",
    "The Chilean president, speaking at the summit on Monday, pledged aid to Peru.",
)

# Participles that tell a span or a sequence, not the occasion: "ending ten years of rule", "starting
# Friday", "following the quake of 15 January".
_SPANS = frozenset({"end", "start", "begin", "follow", "last", "continue", "run", "precede"})


def occasion_participles(tok: Token) -> list[Token]:
    """The present participles hanging from ``tok`` as adverbial clauses without a subject or a
    subordinating word ("addressing the assembly"), whose dates also date ``tok``."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    found = [c for c in doccache.children(tok) if c.dep_ == "advcl" and _bare_participle(c)]
    # "The president, speaking in Lima on Monday, pledged": the parser hangs it on the subject, set off
    for subject in (c for c in doccache.children(tok) if c.dep_ == "nsubj" and c.i < tok.i):
        found += [
            c
            for c in doccache.children(subject)
            if c.dep_ == "acl" and c.i > subject.i and c.doc[c.i - 1].text == "," and _bare_participle(c)
        ]
    return found


def _bare_participle(verb: Token) -> bool:
    """A present participle with no subject, auxiliary or subordinating word of its own."""
    return (
        verb.tag_ == "VBG"
        and verb.lemma_ not in _SPANS
        and not any(g.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for g in doccache.children(verb))
    )


def anchored_on(ents: list[Span], anchors: dict[int, Token | None], verbs: list[Token]) -> list[Span]:
    """The date expressions among ``ents`` whose anchor is one of ``verbs``."""
    indices = {v.i for v in verbs}
    return [e for e in ents if (a := anchors.get(e.start)) is not None and a.i in indices]
