"""Releases told by the freed person's own leaving: "the pastor walked free on Friday", "the opposition
leader walked out of prison, a free man". The subject is the one released (the target), not the
releaser; the state that held them is the story's country's, as for an agentless passive ("was
freed"). The trigger sits on the word of freedom ("free", "prison"), which has no subject of its own, so
the arguments stage drafts nothing and agentless.state_passives sources it. A sentence that names the
releaser's own act ("after a court released him") tells the release there instead.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.actors.implied import government_of
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.lexicon import lexicon
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare
from newsevents.coding.set_free import set_free_triggers
from newsevents.records import Actor

FREED_SUBJECT = declare(
    "trigger",
    "freed-subject",
    "a person who walks free or walks out of prison was released (0841) by the state holding them: the "
    "story's country's government, with the person as the target",
    "ISTANBUL - The jailed reporter walked free on Tuesday.",
)
_RULE = "ne.freed-subject"
# CAMEO code of releasing persons.
_RELEASE = "0841"


def freed_triggers(sent: Span, found: list[Trigger]) -> list[Trigger]:
    """The set-free or else freed-subject releases of ``sent``, unless a kept trigger already releases."""
    if any(t.kept and t.coded_as.startswith("084") for t in found):
        return []
    own = set_free_triggers(sent)  # ("let him walk free": the releaser is named, so no state is guessed)
    if own:
        return own
    words = lexicon()
    out = []
    for verb in doccache.verbs(sent):
        if verb.lemma_.casefold() not in words.freed_verbs or not syntax.subjects(verb):
            continue
        word = _freedom_word(verb, words.custody_nouns)
        if word is not None:
            pattern = construction(
                _RULE, _RELEASE, word, "X walked free: X was released by the state holding X"
            )
            out.append(
                Trigger(token=word, pattern=pattern, noun=False, target_heads=(verb,), steps=(FREED_SUBJECT,))
            )
    return out


def _freedom_word(verb: Token, custody: frozenset[str]) -> Token | None:
    """ "free" as the verb's complement ("walked free"), or the place of custody it leaves ("walked out
    of prison")."""
    for c in doccache.children(verb):
        if c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ == "free":
            return c
        if c.dep_ == "prep" and c.lower_ in ("out", "from"):
            nouns = [p for q in (c, *doccache.children(c)) for p in doccache.children(q) if p.dep_ == "pobj"]
            if any(n.lemma_.casefold() in custody for n in nouns):
                return next(n for n in nouns if n.lemma_.casefold() in custody)
    return None


def freed_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of a freed-subject release: the story's country's government and the person."""
    if trigger.pattern.id != _RULE or trigger.target_heads is None:
        return None
    home = actors.story_country
    if home is None:
        return None
    verb = trigger.target_heads[0]
    freed = [a for s in syntax.subjects(verb) for a in actors.resolve_all(s, day) if a.code]
    source = government_of(actors, home)
    return source, freed[0] if freed else None


def freedom_word(tok: Token) -> bool:
    """Whether ``tok`` is the word of freedom of a freed-subject release ("free" in "walked free"): it
    has no maker of its own in the parse, so the arguments stage leaves it to agentless.state_passives."""
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.casefold() not in lexicon().freed_verbs:
        return False
    return _freedom_word(verb, lexicon().custody_nouns) is tok
