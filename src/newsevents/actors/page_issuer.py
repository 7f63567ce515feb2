"""The issuer an official text names only around its body: a byline line of its heading, or its title.

"PRESS STATEMENT / Ana Ruiz, Minister of Foreign Affairs / March 3 / We call on Ruritania ...": the
statement's "we" has no lead-in sentence ("X stated:", issuer.py) and took up the nearest earlier actor,
often the party it is aimed at. Its issuer is the heading's byline: a line of its own, before the body,
with no verb, that names a state's actor ("Ana Ruiz, Minister of Foreign Affairs"). A text with no such
line may be titled by its issuer: "Statement of the Ruritanian Defence Ministry on ...", "Foreign Ministry
Spokesperson X's regular press conference", "Communique of the Ministry of Foreign Affairs of Ruritania".
The title reaches the coder as ``doc._.ne_title`` (the article's ``title``); it is read only when it
names an official text (``_ISSUED_BY``, ``_ISSUER_OF``: the issuer's part alone) and one state, through
the dictionary's country names and named actors, as the state's government (or its armed forces when
the issuer's words name them: "Statement of the Ruritanian Army", MIL).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsevents import doccache
from newsevents.actors.dictionary import split_code
from newsevents.annotations import annotation, doc_text
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.dictionary import ActorDictionary
    from newsevents.actors.resolve import DocActors

__all__ = ["page_issuer"]

# Titles of an official text that name its issuer: a statement, communique, release, readout, declaration
# or note "of/by/from" the issuer ("... on the topic"), or the issuer's press conference, briefing,
# remarks or release ("Joint Staff press release: ..."). The issuer's part alone is read: the topic
# names other states.
_ISSUED_BY = re.compile(
    r"\b(?:statement|communiqu[ée]|press release|readout|declaration|note|message)s?"
    r" (?:of|by|from) (?P<issuer>.+?)(?= on | regarding | concerning | about | over |[:,(]|$)",
    re.IGNORECASE,
)
_ISSUER_OF = re.compile(
    r"^(?P<issuer>.+?)(?:'s)? (?:regular )?"
    r"(?:press conference|press briefing|briefing|remarks|press release)\b",
    re.IGNORECASE,
)
# The one agent role a title's words give its issuer over the government's: the armed forces ("Army
# statement on ...": MIL). Other agents in a title ("press", "media") name no issuer.
_ISSUER_ROLES = frozenset({"MIL"})
# Longest run of title words read as one name ("Democratic People's Republic of Korea").
_LONGEST = 6
# Heading lines looked at before the body: a byline is among the first few.
_HEADING_LINES = 6
_GOV = "GOV"
_WORD = re.compile(r"[A-Za-z][A-Za-z.\-]*(?:'s)?")


def page_issuer(actors: DocActors, own: Span, day: dt.date | None) -> Actor | None:
    """The issuer of the official text whose sentence ``own`` speaks in the first person: its heading's
    byline, else its title's issuer; None when neither names one state."""
    return _byline(actors, own, day) or _title_issuer(actors, day)


def _byline(actors: DocActors, own: Span, day: dt.date | None) -> Actor | None:
    """The actor of a verbless line of its own among the heading lines before ``own``."""
    text = doc_text(actors.doc)
    for sent in doccache.sents(actors.doc)[:_HEADING_LINES]:
        if sent.start >= own.start:
            break
        line_start = text.rfind("\n", 0, sent.start_char) + 1
        line_end = text.find("\n", sent.start_char)
        line = text[line_start : len(text) if line_end < 0 else line_end].strip()
        if line != sent.text.strip() or any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue
        found = [a for a in actors.resolve_phrase(sent.root, day) if a.country]
        if found:
            return found[0]
    return None


def _title_issuer(actors: DocActors, day: dt.date | None) -> Actor | None:
    """The one state an official title names as its issuer, as an actor; None for another title."""
    title = annotation(actors.doc, "ne_title")
    found = (_ISSUED_BY.search(title) or _ISSUER_OF.search(title)) if isinstance(title, str) else None
    if found is None:
        return None
    words = [w.removesuffix("'s") for w in _WORD.findall(found.group("issuer"))]
    dictionary = actors.resolver.dictionary
    codes: dict[str, str | None] = {}
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            iso3, role = _named(dictionary, phrase, day)
            if iso3:
                codes.setdefault(iso3, role)
                i += n
                break
        else:
            i += 1
    if len(codes) != 1:
        return None  # (a joint statement of two states, or none named: no one issuer)
    iso3, role = next(iter(codes.items()))
    agents = [dictionary.agent_role(w.lower()) for w in words]
    role = role or next((r for r in agents if r in _ISSUER_ROLES), None) or _GOV
    return Actor(found.group("issuer"), dictionary.country_name(iso3), iso3, role[:3], f"{iso3}{role}")


def _named(dictionary: ActorDictionary, phrase: str, day: dt.date | None) -> tuple[str | None, str | None]:
    """The country (and role) a title phrase names: a country's name or adjective, else a named actor's
    code on ``day`` ("Wang Yi" -> CHN, GOV); (None, None) for neither. One-word phrases are read only as
    country words, never as a person's name ("Lee")."""
    iso3 = dictionary.country_code(phrase)
    if iso3:
        return iso3, None
    if " " not in phrase or not phrase[:1].isupper():
        return None, None
    for entry in dictionary.find(phrase):
        code = entry.code_on(day) or entry.country
        country, role = split_code(code) if code else (None, None)
        if country:
            return country, role
    return None, None
