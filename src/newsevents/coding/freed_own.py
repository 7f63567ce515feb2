"""People freed by a state with no country of their own, under the dateline of a third country.

"VALLETTA - Ruritania freed the jailed blogger Ivan Petrov and ten other prisoners on Saturday": the
freed name no country, so the actors stage places them in the story's home, the dateline's country, and
the release reads as Ruritania's act on Malta. A report filed from a neighbour's capital (where the freed
were driven, where the swap was done) says nothing of whose the prisoners are. Only the state that holds
someone can let them go, and a state holds its own people unless the text says otherwise: the freed are
the releasing state's people. Freed people whose own words name a country ("an Italian aid worker"), or
a sentence that names the dateline's country as a party ("handed over to Maltese officials"), are left as
they are. Run after the own-country fallbacks (coding/rivals.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor
from newsevents.when import role_day

__all__ = ["FREED_OWN", "freed_at_home"]

FREED_OWN = declare(
    "target",
    "freed-own",
    "people a state frees whose words name no country, placed only by a third country's dateline, are the "
    "releasing state's own people",
    "VALLETTA - Ruritania freed the jailed blogger Ivan Petrov on Saturday.",
)
# CAMEO code of releasing persons and its kinds (0841 persons; 084 in general).
_RELEASE = "084"
# The actors stage's rules that read a phrase as one named before ("them", "the traders"): its country is
# that of the phrase referred to.
_REFERRING = frozenset(
    {
        "pronoun",
        "definite-pair",
        "definite-description",
        "group-referent",
        "coreferent-country",
        "earlier-agents",
    }
)
# The dependencies of the freed on the release: an active verb's object, a passive's subject.
_FREED_DEPS = frozenset({"dobj", "nsubjpass"})


def freed_at_home(drafts: list[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` with each release by a state of people placed only by the dateline's country aimed at
    the one other country the freed's own words name, else at the releasing state's own people."""
    home = actors.home_country
    if home is None:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        own, target = d.source.country, d.target
        if (
            not d.code.startswith(_RELEASE)
            or own is None
            or own == home
            or target is None
            or target.country != home
            or _home_named(d, home, actors)
        ):
            out.append(d)
            continue
        freed = [c for c in doccache.children(d.token) if c.dep_ in _FREED_DEPS]
        named = _named_countries(freed, actors) - {own, home}
        day = role_day(d.when)
        # (no phrase of the freed: the target came from elsewhere; several countries: no one to choose; a
        # phrase that refers back, "freed them", has the country of what it refers to, not the dateline's)
        if not freed or len(named) > 1 or any(actors.rule_of(f, day) in _REFERRING for f in freed):
            out.append(d)
            continue
        iso3 = min(named) if named else own
        role = target.role
        code = f"{iso3}{role or ''}"
        placed = Actor(text=target.text, name=target.name, country=iso3, role=role, code=code)
        out.append(d.step(FREED_OWN, target=placed))
    return out


def _home_named(d: Draft, home: str, actors: DocActors) -> bool:
    """Whether the release's sentence names the home country as a party (outside its dateline)."""
    sent, dateline = d.sent, actors.dateline_tokens
    return any(
        m.names_party and m.iso3 == home and sent.start <= m.start < sent.end and m.start not in dateline
        for m in actors.mentions
    )


def _named_countries(freed: list[Token], actors: DocActors) -> set[str]:
    """The countries the freed's phrases (appositions and conjuncts included) name, by a country word, a
    listed actor or a place: "Ivan Petrov, a Freedonian serving a life term"."""
    found: set[str] = set()
    places = actors.places
    for head in freed:
        indices = [t.i for t in doccache.subtree(head)]
        first, last = min(indices), max(indices)
        found.update(m.iso3 for m in actors.mentions if m.names_party and m.iso3 and first <= m.start <= last)
        found.update(places[i] for i in range(first, last + 1) if i in places)
    return found
