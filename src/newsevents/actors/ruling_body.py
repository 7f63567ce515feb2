"""A bare "the government", "the junta" or "the regime" no phrase rule placed is the ruling body named
before with its country ("the military junta in Niger ... The junta also suspended ..."), else (for "the
government" and "the administration" only) the story's own country when its dateline and its most-named
country agree ("ISLAMABAD - ... Britain sent detectives ... The government blamed a Taliban commander":
Pakistan's), or (for "the junta", in a story filed from elsewhere) the country the article names most
("ACCRA - ... suspended Mali ... French troops could leave ... The junta said": Mali's). Only then the
country named last, which in a story of several countries is often a visitor, a partner or the subject of
a quote.

Read by ``coref.coref_country`` after the description's own place, its ruler, its form of state and the
speaking state, and before the last country named (``ruling-body-nouns`` in actors/data/words.tsv).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.words import packaged_words

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["ruling_body_country"]

# The dependencies by which a phrase names the country of its ruling body ("Niger's junta", "the Malian
# government", "the Mali junta").
_OWN_COUNTRY_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def ruling_body_country(actors: DocActors, head: Token) -> str | None:
    """The country of the bare ruling body at ``head``: the nearest earlier body of the same noun that
    names its country, else the story's unambiguous home country; None for other nouns."""
    lemma = head.lemma_.casefold()
    if lemma not in packaged_words().ruling_body_nouns:
        return None
    if (named := _named_before(actors, head, lemma)) is not None:
        return named
    # ("the junta", "the regime": words a report uses of another state's rulers, not its home's)
    if lemma in packaged_words().home_body_nouns:
        return _unambiguous_home(actors)
    # (a junta is that of the country the story is about, not a reacting state named last; unless that
    # country is the one the story is filed from, or its own sentence names it as another party: "the
    # junta accused France")
    main = actors.main_country if lemma in packaged_words().story_body_nouns else None
    if actors.dateline_country in (None, main):
        return None
    sent = doccache.sent(head)
    stated = [m for m in actors.mentions if m.kind == "country" and sent.start <= m.start < sent.end]
    return None if any(m.iso3 == main for m in stated) else main


def _named_before(actors: DocActors, head: Token, lemma: str) -> str | None:
    for tok in reversed(actors.doc[: head.i]):
        if tok.lemma_.casefold() != lemma or tok.i in actors.dateline_tokens:
            continue
        found = _own_country(actors, tok)
        if found:
            return found
    return None


def _own_country(actors: DocActors, body: Token) -> str | None:
    """The country the phrase of ``body`` names for it: a possessive or adjective, or "in/of X"."""
    for child in doccache.children(body):
        if child.dep_ in _OWN_COUNTRY_DEPS:
            m = actors.by_token.get(child.i)
            if m is not None and m.kind == "country" and m.iso3:
                return m.iso3
    return actors.placed_country(body)


def _unambiguous_home(actors: DocActors) -> str | None:
    """The dateline's country when the story names it and names it most."""
    home = actors.home_country
    return home if home is not None and home == actors.main_country else None
