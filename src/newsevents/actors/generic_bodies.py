"""A body named by a word every state uses for its own: "the Senate" is Bolivia's in a story from La Paz,
the United States' in one from Washington.

The dictionary holds such a bare alias for one state only ("Senate" for the United States Congress), so a
mention of it took that state in any story, and a Bolivian senator's chamber became American. Such an
alias (``generic-body-names`` in ``actors/data/words.tsv``) keeps its entry's state when the article's
dateline is that state's or a party of that state is named before it (a story from Lima that opens on
a vote in the U.S. House: "the Senate" later is still Congress); otherwise it is a body of the same role
of the country the article names most (``namesakes.local_entry``), as ``namesakes.placed_namesakes``
reads names that several states' groups share. (A state named only after it, an American envoy's
comment paragraphs later, does not make the chamber American.)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from newsevents import doccache
from newsevents.actors.mentions import Mention
from newsevents.actors.namesakes import local_entry
from newsevents.actors.words import packaged_words

__all__ = ["placed_generic_bodies"]

_WORDS = packaged_words()


def placed_generic_bodies(
    doc: Doc, mentions: list[Mention], named: Counter[str], home: str | None
) -> list[Mention]:
    """``mentions`` with each bare generic body name of a state neither the dateline (``home``) nor a
    party named before it places read as that body of the country the article names most (``named``: the
    countries it names, its dateline's among them, with how often)."""
    if not named:
        return mentions
    top = named.most_common(1)[0][0]
    out = list(mentions)
    for i, m in enumerate(mentions):
        entry = m.entry
        if entry is None or entry.kind != "body" or entry.country in (None, home, top):
            continue
        if any(n.names_party and n.iso3 == entry.country for n in mentions[:i]):
            continue
        words = doccache.text(doc, m.start, m.end).casefold().split()
        if words and words[0] == "the":  # ("the Senate": the alias either way)
            words = words[1:]
        if " ".join(words) in _WORDS.generic_body_names:
            # (named as written, "Senate": not the far state's body whose alias it borrowed)
            local = replace(local_entry(entry, top), name=doccache.text(doc, m.start, m.end), aliases=())
            out[i] = replace(m, iso3=local.country, entry=local)
    return out
