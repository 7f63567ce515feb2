"""A surname that the article's own person bears is that person, not a dictionary namesake.

"Syria's president, Ahmed Hassan, met ... Hassan urged ...": the bare "Hassan" matches a dictionary person
(a Jordanian prince) and resolves to his country. A reader takes it for the person the article named in
full earlier. The resolver (``DocActors``) replaces such one-word mentions by person mentions, which then
resolve to the earlier full name (``people.named_actor_of``). (A bare surname the tagger reads as a common
noun or an organisation, "Sharaa" after "Ahmed al-Sharaa", is found by ``DocActors._add_surnames`` through
the recogniser's label, ``NAME_LABELS``.)
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsevents import labels
from newsevents.actors.mentions import Mention

# Labels of the recogniser under which a bare surname the tagger misses as a proper noun is still a name.
NAME_LABELS = frozenset({"PERSON", "ORG"})
NAME_LABEL_IDS = labels.labels(NAME_LABELS)  # (as ``Token.ent_type`` gives them: no string per word)


def own_surnames(
    doc: Doc, mentions: Sequence[Mention], names: dict[str, tuple[int, Mention]], skip: range
) -> list[Mention]:
    """``mentions`` with each one-word dictionary person that bears the surname of a person this article
    named in full before it (and the dictionary lacks) made a person mention."""
    out: list[Mention] = []
    for m in mentions:
        hit = names.get(doc[m.start].text) if m.end - m.start == 1 and m.start not in skip else None
        if hit is not None and hit[0] < m.start and _namesake(doc, m, hit[1]):
            m = Mention(m.start, m.end, "person")
        out.append(m)
    return out


def _namesake(doc: Doc, m: Mention, full: Mention) -> bool:
    """Whether the dictionary person ``m`` only shares a surname with ``full``, a person the dictionary lacks:
    the surname ends the full name ("Ahmed Hassan"), whose other words are not in the entry's names (a
    headline's "Trump-Kim" is no person of the name Trump)."""
    if m.kind != "entry" or m.entry is None or m.entry.kind != "person":
        return False
    if doc[full.end - 1].text != doc[m.start].text:
        return False
    if full.kind == "entry" and full.entry is not None and full.entry.kind == "person":
        # Another dictionary person named in full whose surname this is ("Abdullah Abdullah ... Abdullah",
        # a surname that repeats the forename of a namesake): the dictionary vouches for the full name.
        return full.entry.id != m.entry.id and full.end - full.start >= 2
    if full.kind != "person":
        return False
    known = {w.casefold() for name in (m.entry.name, *m.entry.aliases) for w in name.split()}
    return not any(t.is_alpha and t.lower_ in known for t in doc[full.start : full.end - 1])
