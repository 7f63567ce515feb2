"""An inquiry a court or a body lets open: "ICC judges authorised the prosecutor to open an investigation
into war crimes in Ruritania", "the judges gave prosecutors the go-ahead to investigate the killings". The
permission is how the investigation is opened (CAMEO 09: 092/091, as the corpus codes "the ICC authorises
an investigation"), not a bare approval (080, what "authorise" codes through approve's rows): the parser
hangs the inquiry as an adverbial or relative clause of the permission, so neither the inquiry's own verb
(an infinitive, not yet done) nor a row of the permitting verb codes it.

The investigation is coded on the permitting verb, by its subject; its target is what the inquiry looks
into (the investigating verb's object, else the "into" phrase of the inquiry noun), where the parties
are named. The words are in ``coding/data/authorised_inquiry.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

__all__ = ["AUTHORISED_INQUIRY", "InquiryWords", "authorised_inquiries", "inquiry_words"]

AUTHORISED_INQUIRY = declare(
    "trigger",
    "authorised-inquiry",
    "a court or body authorising, allowing or giving the go-ahead for an investigation ('authorised the "
    "prosecutor to open an investigation into X') opens it (090), aimed at what it looks into",
    "Judges of the war crimes court authorised the prosecutor to investigate abuses in Ruritania.",
)
_FILE = "coding/data/authorised_inquiry.toml"
_RULE = "ne.authorised-inquiry"
# CAMEO code of investigating.
_INVESTIGATE = "090"
# Dependencies of a clause of purpose or permission under the permitting verb or its noun.
_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "acl", "ccomp"})


@dataclass(frozen=True, slots=True)
class InquiryWords:
    """``coding/data/authorised_inquiry.toml``."""

    permission_verbs: frozenset[str]
    permission_nouns: frozenset[str]
    giving_verbs: frozenset[str]
    inquiry_verbs: frozenset[str]
    inquiry_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def inquiry_words() -> InquiryWords:
    """The authorised-inquiry words, checked: every key present, each a list of strings."""
    return word_table(InquiryWords, _FILE)


def authorised_inquiries(sent: Span, found: list[Trigger]) -> list[Trigger]:
    """``found`` (the sentence's triggers) with an investigation on each permitting verb of ``sent`` whose
    clause opens an inquiry; a pattern's own trigger on that verb (an approval) is replaced."""
    words = inquiry_words()
    out = list(found)
    for verb in doccache.verbs(sent):
        inquiry = _permitted_inquiry(verb, words)
        if inquiry is None or doccache.negated(verb):
            continue
        clause, looked_into = inquiry
        # (the permission replaces the approval its verb's rows code and the inquiry told below it: one act)
        inside = {t.i for t in doccache.subtree(clause)}
        out = [t for t in out if t.token.i != verb.i and t.token.i not in inside]
        pattern = construction(_RULE, _INVESTIGATE, verb, "X authorised an inquiry: X opened it")
        out.append(
            Trigger(
                token=verb,
                pattern=pattern,
                noun=False,
                target_heads=_named_parties(looked_into),
                steps=(AUTHORISED_INQUIRY,),
            )
        )
    return out


def _permitted_inquiry(verb: Token, words: InquiryWords) -> tuple[Token, Token | None] | None:
    """The clause of the inquiry ``verb`` permits and what that inquiry looks into (None when it names
    nothing), or None when ``verb`` permits no inquiry."""
    lemma = verb.lemma_.casefold()
    # ("urged that the monitors BE ALLOWED to investigate": a permission asked for, not given)
    if syntax.is_passive(verb) or not syntax.subjects(verb):
        return None
    if lemma in words.permission_verbs:
        holders = [verb]
    elif lemma in words.giving_verbs:
        nouns = [
            c
            for c in doccache.children(verb)
            if c.dep_ == "dobj" and {c.lemma_.casefold(), c.lower_} & words.permission_nouns
        ]
        # (the inquiry hangs on the permission or, as often, on the giving verb: "gave X the go-ahead TO")
        holders = [*nouns, verb] if nouns else []
    else:
        return None
    clauses = [
        c for h in holders for c in doccache.children(h) if c.dep_ in _CLAUSE_DEPS and c.pos_ == "VERB"
    ]
    for clause in clauses:
        found = _looked_into(clause, words)
        if found is not None:
            return clause, (found if found is not clause else None)
    return None


def _named_parties(looked_into: Token | None) -> tuple[Token, ...]:
    """The first name in what an inquiry looks into ("war crimes in AFGHANISTAN", "killings in President
    X's war on drugs": X), the party it is aimed at; none when it names nobody."""
    if looked_into is None:
        return ()
    names = [t for t in doccache.subtree(looked_into) if t.pos_ == "PROPN" and t.dep_ != "compound"]
    return tuple(names[:1])


def _looked_into(clause: Token, words: InquiryWords) -> Token | None:
    """The object of an investigating ``clause`` ("investigate THE KILLINGS"), the "into" object of the
    inquiry noun it opens ("open an investigation INTO WAR CRIMES"), the clause itself when it names no
    object, or None when it is no inquiry."""
    objects = [c for c in doccache.children(clause) if c.dep_ == "dobj"]
    if clause.lemma_.casefold() in words.inquiry_verbs:
        return objects[0] if objects else clause
    nouns = [o for o in objects if o.lemma_.casefold() in words.inquiry_nouns]
    if not nouns:
        return None
    into = [
        p
        for prep in doccache.children(nouns[0])
        if prep.dep_ == "prep" and prep.lower_ == "into"
        for p in doccache.children(prep)
        if p.dep_ == "pobj"
    ]
    return into[0] if into else clause
