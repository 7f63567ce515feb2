"""A bare "the government" in what a home voice says or does is that voice's own country's government:
"The miners' union threatened a strike unless the government raised wages", "the opposition leader accused
the government of rigging the vote", "the party said the government had lied".

``coref.coref_country`` otherwise reads such a phrase as the story's main country or the country named
last, which in a story that also names a trading partner, a donor or a visitor ("imports of American
beef", "the United States welcomed ...") is that foreign party. An opposition, a union, a legislature, a
court or rebels speaking of "the government" mean the one they live under, and so does an official or a
body of the story's home country (its dateline's, named in the story: "LONDON - ... the prime minister said
the government would act"); a foreign official, a state speaking of it by its name
(``pairs.addressed_country``, ``speaking_state``) or a company, an outlet or an international body (no
home of their own here) are left to the rules after this one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.words import packaged_words
from newsevents.annotations import annotation

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors
    from newsevents.records import Actor

__all__ = ["home_voice_country"]

# Roles of a state's voices outside its executive and its forces: with "the government" they mean their
# own. (Not outlets or companies, which speak of governments abroad as often as of their own.)
_HOME_VOICES = frozenset({"OPP", "REB", "LAB", "CVL", "LEG", "JUD", "ELI", "PTY", "EDU", "REL", "HRI"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The links by which a phrase or its clause is what a verb's subject says or does: its object, a
# preposition's object, a reported or intended clause.
_ARGUMENT_DEPS = frozenset({"dobj", "dative", "prep", "pobj", "ccomp", "xcomp", "nsubj", "nsubjpass"})
# The pronouns by which a state speaks of itself ("it said the government would ...": another's).
_PRONOUNS = frozenset({"it", "they"})
# How many verbs up from the phrase its speaker is looked for ("the union said its members would strike
# unless the government cut prices": three).
_MAX_VERBS = 4


def home_voice_country(actors: DocActors, head: Token) -> str | None:
    """The country of the home voice whose clause holds the bare government noun at ``head``: the first
    subject, up the verbs whose object or reported clause holds it, that names a party with a country
    (the phrase itself excluded), when that party is of ``_HOME_VOICES``; else None. Roles are read on
    the publication day (a sitting president is no former leader)."""
    if head.lemma_.casefold() not in packaged_words().home_body_nouns:
        return None
    day = annotation(head.doc, "ne_published")
    for speaker in _speakers(head):
        if speaker.lemma_.casefold() in packaged_words().ruling_body_nouns:
            return None
        found = [a for a in actors.resolve_all(speaker, day) if a.country]
        if found:
            return found[0].country if _home_voice(actors, head, speaker, found[0]) else None
    return None


def _home_voice(actors: DocActors, head: Token, tok: Token, speaker: Actor) -> bool:
    """Whether the speaker at ``tok`` means its own state by the government noun at ``head``: a voice
    outside the executive, or an official or body of the story's home country of whose words it is the
    subject ("LONDON - ... the prime minister said the government would act" is Britain's, whichever
    government the story named last). A foreign official may mean the host's, and a state speaking by
    its name or "it" means another's (``speaking_state``)."""
    if speaker.role in _HOME_VOICES:
        return True
    mention = actors.by_token.get(tok.i)
    if tok.lower_ in _PRONOUNS or (mention is not None and mention.kind == "country"):
        return False
    # (only as the subject of what the official says: "urged the government to ..." addresses another)
    said = head.dep_ in _SUBJECT_DEPS and head.head.dep_ == "ccomp" and head.head.head.i == tok.head.i
    return said and speaker.country is not None and speaker.country == actors.home_country


def _speakers(head: Token) -> list[Token]:
    """The heads of the subjects of the verbs above ``head`` that it is an argument of or that report
    the clause it is in, nearest first (``head`` itself left out). A verb reached from a clause that
    only sets the time or the cause ("arrived after the government granted him asylum") speaks no
    words of it: its subject is skipped."""
    out: list[Token] = []
    tok = head
    for _ in range(_MAX_VERBS):
        if tok.head.i == tok.i:
            break
        via, tok = tok.dep_, tok.head
        if tok.pos_ in ("VERB", "AUX") and via in _ARGUMENT_DEPS:
            out.extend(c for c in doccache.children(tok) if c.dep_ in _SUBJECT_DEPS and c.i != head.i)
    return out
