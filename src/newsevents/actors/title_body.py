"""A body of states that the text calls by its short name alone and only its title names in full: an
official text or a report on it may open "GENEVA, 4 May -- The Council today adopted ..." under the title
"Human Rights Council sets up an inquiry", with no body named earlier in the text for ``body_referent``
to take up. The title (``doc._.ne_title``) is then read for the international organisation it names:
one whose own name has the noun for a noun many bodies bear ("council", "court": ``name-referent-nouns``),
any one for a generic noun ("the bloc", "the alliance": ``org-referent-nouns``). Two such bodies in the
title name no one of them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.actors.dictionary import Entry, split_code
from newsevents.actors.words import packaged_words
from newsevents.annotations import annotation
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["title_body"]

# The dictionary kinds a body's short name refers to (as actors/org_referent.py reads them).
_ORG_KINDS = frozenset({"igo"})
# Longest run of title words read as one name ("United Nations Economic and Social Council").
_LONGEST = 6
_WORD = re.compile(r"[A-Za-z][A-Za-z.\-]*")


def title_body(actors: DocActors, head: Token, text: str, day: dt.date | None) -> Actor | None:
    """The one international organisation the article's title names that "The <noun>" at ``head`` may
    mean (``text`` is the phrase's own text); None when the title names none or several."""
    title = annotation(actors.doc, "ne_title")
    if not isinstance(title, str) or not title:
        return None
    lemma = head.lemma_.casefold()
    words = packaged_words()
    if lemma not in words.org_referent_nouns | words.name_referent_nouns:
        return None
    own_name = lemma in words.name_referent_nouns  # (the body's own name must have the noun)
    found = {e.id: e for e in _title_entries(actors, title) if not own_name or _has_noun(e, lemma)}
    if len(found) != 1:
        return None
    entry = next(iter(found.values()))
    code = entry.code_on(day)
    if not code:
        return None
    country, role = split_code(code)
    return Actor(text=text, name=entry.name, country=country, role=role, code=code)


def _title_entries(actors: DocActors, title: str) -> list[Entry]:
    """The international organisations the title names, longest name first at each word."""
    words = _WORD.findall(title)
    dictionary = actors.resolver.dictionary
    entries: list[Entry] = []
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            named = [e for e in dictionary.find(" ".join(words[i : i + n])) if e.kind in _ORG_KINDS]
            if named:
                entries.extend(named)
                i += n
                break
        else:
            i += 1
    return entries


def _has_noun(entry: Entry, lemma: str) -> bool:
    """Whether the body's name or an alias has the noun ("Human Rights Council" has "council")."""
    return any(lemma in {w.casefold().rstrip("s") for w in p.split()} for p in (entry.name, *entry.aliases))
