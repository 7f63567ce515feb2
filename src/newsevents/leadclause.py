"""The day of a lead whose main verb is the report of it: "Troops repelled an attack on Saturday, the
army said in a statement" dates its news by the reported clause, as the report's verb has no date of its
own; a lead that tells where it was said dates it by the occasion's own participle ("the spokesman told
the briefing held on 3 May that ...", "the minister spoke at a meeting convened on Friday"). Later
undated sentences tell more of that day's story (dateclause.story_day)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsevents import doccache
from newsevents.datewords import When

__all__ = ["lead_dates", "lead_day", "next_day", "occasion_dates"]

# The dependencies of the clause a reporting verb carries ("X repelled ..., the army said").
_REPORTED = frozenset({"ccomp", "parataxis"})
# A coordinated verb whose date the pair shares ("a guard died and two more were hurt on Friday":
# the date hangs from the second verb alone).
_COORDINATED = frozenset({"conj"})
_FOLLOWED = _REPORTED | _COORDINATED
# Participles that date the occasion a lead names as its setting: "at the press conference HELD on 3 May".
_OCCASION_PARTICIPLES = frozenset({"hold", "convene", "organise", "organize", "chair", "host"})
# Participles that set a body's session as the scene of the lead's act: "The Board, SITTING in closed
# session on 4 May, approved a text" (the date hangs from the participle, not from "approved").
_SESSION_PARTICIPLES = frozenset({"meet", "sit", "convene", "gather"})
# Participles that date a text a verbless heading names: "Decision 12, ADOPTED by the Board at its
# session on 9 May." Each paragraph the text goes on with was decided that day.
_ADOPTED_PARTICIPLES = frozenset({"adopt", "issue", "approve", "pass", "sign"})


def lead_day(doc: Doc, own: Callable[[Token], list[When]]) -> tuple[int, When | None]:
    """The lead's end and the day it dates its news to (``dateclause.story_day``): the first sentence with
    a verb, dated by ``lead_dates``, else (a lead that leaves its day to the sentence after it) by
    ``next_day``. A communiqué's heading with no verb of its own before it ("The Council, at its meeting
    held on 3 May," then numbered decisions) is the lead, dated by the meeting's participle: each decision
    was taken that day."""
    sents = doccache.sents(doc)
    first = next((s for s in sents if s.root.pos_ in ("VERB", "AUX")), None)
    if sents and (first is None or sents[0].start < first.start) and sents[0].root.pos_ in ("NOUN", "PROPN"):
        held = occasion_dates(sents[0].root, own) or adopted_dates(sents[0].root, own)
        if held and held[0].precision == "day":
            return sents[0].end, held[0]
    if first is None:
        return 0, None
    dates = lead_dates(first.root, own)
    day = dates[0] if dates and dates[0].precision == "day" else None
    return first.end, day if day is not None else next_day(first, own)


def lead_dates(root: Token, own: Callable[[Token], list[When]]) -> list[When]:
    """The dates of the lead's main clause ``root`` (``own``: a clause's own dates), else those of the
    first clause it reports or is coordinated with that has any."""
    dates = own(root)
    if dates:
        return dates
    for clause in (c for c in doccache.children(root) if c.dep_ in _FOLLOWED and c.pos_ in ("VERB", "AUX")):
        found = own(clause)
        if found:
            return found
    # (the parser hangs the session's participle on the verb or on its subject)
    subjects = [c for c in doccache.children(root) if c.dep_ == "nsubj"]
    for part in (c for h in (root, *subjects) for c in doccache.children(h)):
        if part.dep_ in ("advcl", "acl") and part.tag_ == "VBG" and part.lemma_ in _SESSION_PARTICIPLES:
            found = own(part)
            if found:
                return found
    return occasion_dates(root, own)


def adopted_dates(heading: Token, own: Callable[[Token], list[When]]) -> list[When]:
    """The dates of the text a verbless heading ``heading`` names, told by its participle of adopting
    ("Decision 12, adopted by the Board on 9 May"), or by the meeting that participle names ("adopted at
    its session on 9 May", where the parser hangs the date from the session)."""
    for part in doccache.children(heading):
        if part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_ not in _ADOPTED_PARTICIPLES:
            continue
        found = own(part)
        if found:
            return found
        for prep in (c for c in doccache.children(part) if c.dep_ == "prep"):
            for noun in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
                if any(c.dep_ == "prep" and c.lower_ == "on" for c in doccache.children(noun)):
                    dated = own(noun)
                    if dated:
                        return dated
    return []


def occasion_dates(root: Token, own: Callable[[Token], list[When]]) -> list[When]:
    """The dates of the occasion the lead's main clause ``root`` names in a prepositional phrase, told by
    a participle of holding ("answered questions at the briefing held on 3 May"): the day of what was
    said there. Only a setting in a preposition's object: an object's participle is an act of its own
    ("condemned the raid carried out on Monday")."""
    # (the parser often hangs the setting on the object: "answered questions at the briefing held ...")
    holders = [root, *(c for c in doccache.children(root) if c.dep_ == "dobj")]
    for prep in (c for h in holders for c in doccache.children(h) if c.dep_ == "prep"):
        for noun in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
            for part in doccache.children(noun):
                if part.dep_ == "acl" and part.tag_ == "VBN" and part.lemma_ in _OCCASION_PARTICIPLES:
                    found = own(part)
                    if found:
                        return found
    return []


def next_day(lead: Span, own: Callable[[Token], list[When]]) -> When | None:
    """The day of the main clause of the sentence after an undated ``lead`` that only introduces it, with
    a colon ("The following is attributable to the spokesman: The secretary met the minister on 18 May.
    ..."): the statement it opens tells that day's story. A wire lead's next sentence is as often a
    background, so a lead that tells news of its own keeps no day."""
    if not any(t.text == ":" for t in lead[-2:]):
        return None
    after = next((s for s in doccache.sents(lead.doc) if s.start >= lead.end), None)
    if after is None or after.root.pos_ not in ("VERB", "AUX"):
        return None
    dates = lead_dates(after.root, own)
    return dates[0] if dates and dates[0].precision == "day" else None
