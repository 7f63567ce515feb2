"""A body of states referred back by its capitalised head noun alone: "The Security Council adopted ...
The Council demands ...", "the General Assembly ... the Assembly", "the Arab League ... The League".

Official texts and the reports that follow them write the short name with a capital. The parser then
reads "The Council" as a proper noun and an organisation name of its own, so neither the phrase rule
``definite-description`` (common nouns only) nor ``organisation`` (an unlisted body, coded NGO) took up
the body named just before, and the demand, call or sanction it made had no source or a wrong one. The
noun is read as ``org_referent`` reads "the alliance": the organisation named last within a few
sentences whose own name has the noun (``name-referent-nouns``) or any organisation for a generic noun
(``org-referent-nouns``, both in ``actors/data/words.tsv``). With no body named before it, as when an
official text opens "GENEVA, 4 May -- The Council today ...", it is the body the title names
(``actors/title_body.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents import doccache
from newsevents.actors.org_referent import org_referent
from newsevents.actors.title_body import title_body
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase


def body_referent(p: Phrase) -> list[Actor] | None:
    """A body of states referred back by its capitalised noun alone: "The Security Council adopted ... The
    Council demands" -> the Security Council; "the Arab League ... The League" -> the Arab League."""
    # (the noun written with a capital, not a sentence's first word; org_referent checks the noun and
    # that nothing but "the" qualifies it)
    # (a capital only: a lowercase "the bloc" in reported speech, "said the bloc was planning ...",
    # keeps the older reading, as taking the body up there made false events in the probe sets)
    if not p.head.text[:1].isupper() or p.named or p.countries or p.former:
        return None
    if p.head.i == doccache.sent(p.head).start:  # (the Doc's sentence table, not Token.sent's walk)
        return None
    found = org_referent(p.actors, p.head, p.day, owned=False)
    # (no body named before it: the one the article's title names, actors/title_body.py)
    found = found or title_body(p.actors, p.head, p.text, p.day)
    return [found] if found is not None else None
