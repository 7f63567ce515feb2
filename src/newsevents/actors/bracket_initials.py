"""A short form in brackets after a name it abbreviates is that name's, not a namesake's in the dictionary.

"The Armed Forces of Ruritania (AFR) said ..." defines "AFR" as the armed forces; when the dictionary holds
another actor under the same letters (a news agency, a party, a bank), the bracketed word was read as
that actor, and the whole phrase ("the Armed Forces of Ruritania (AFR) spokesman") took its code: a
state's army spokesman became a foreign news agency. A one-word dictionary mention in brackets right
after capitalised words whose initials spell it, and that are not the entry's own name, is no mention:
the phrase is then read by its own words (``actors.acronyms`` reads the short form used again later).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from newsevents.actors.mentions import Mention

__all__ = ["defined_elsewhere"]

# Small words a name's initials skip ("Armed Forces of the Philippines" -> AFP).
_SKIPPED = frozenset({"of", "the", "for", "and", "de", "du", "des", "la", "le", "el", "del", "&"})


def defined_elsewhere(doc: Doc, mentions: list[Mention]) -> set[int]:
    """The starts of the one-word dictionary mentions in brackets that abbreviate the words just before
    the brackets, when those words are not the entry's own name."""
    out: set[int] = set()
    for m in mentions:
        if m.kind != "entry" or m.entry is None or m.end - m.start != 1 or m.start < 2:
            continue
        if doc[m.start - 1].text != "(" or m.end >= len(doc) or doc[m.end].text != ")":
            continue
        letters = doc[m.start].text
        words = _name_before(doc, m.start - 1, len(letters))
        if words and "".join(w[0] for w in words).upper() == letters.upper():
            own = {m.entry.name.casefold(), *(a.casefold() for a in m.entry.aliases)}
            if " ".join(_full(doc, m.start - 1, words)).casefold() not in own:
                out.add(m.start)
    return out


def _name_before(doc: Doc, bracket: int, wanted: int) -> list[str]:
    """The last ``wanted`` capitalised words before token ``bracket``, skipping small words, or [] when
    the words run out first."""
    words: list[str] = []
    i = bracket - 1
    while i >= 0 and len(words) < wanted:
        tok = doc[i]
        if tok.lower_ in _SKIPPED:
            i -= 1
            continue
        if not tok.text[:1].isupper():
            return []
        words.append(tok.text)
        i -= 1
    return list(reversed(words)) if len(words) == wanted else []


def _full(doc: Doc, bracket: int, words: list[str]) -> list[str]:
    """The words from the first of ``words`` to the bracket, small words included (the name as written)."""
    i = bracket - 1
    seen = 0
    while i >= 0 and seen < len(words):
        if doc[i].lower_ not in _SKIPPED:
            seen += 1
        i -= 1
    return [t.text for t in doc[i + 1 : bracket]]
