"""An act by a home public voice (rights groups, the press, a party, a people, a former leader) that names
no counterpart, in a story set in its own country, is aimed at that country.

``targets.article_counterpart`` aims an act that needs a counterpart and names none at the other country
the article names most; ``home_story``'s home-critic rule already keeps the opposition's statements,
demands, criticism and refusals at home. The country's other public voices answer home affairs in the same
way, and with more kinds of act: "rights groups said the charges were fabricated", "the newspaper denied
the allegation", "the party leaders pledged new powers for the region", "the former ruler promised
elections". In a story set in their country, with no party of another state in their sentence, the story's
foreign country (a donor, a host, a commentator) is not whom they address. Measured on the probe sets at
the base of round 31: of the 12 such fallbacks whose gold names a country, 9 had the voice's own country
and 1 (a mediation, a joint act) the article's counterpart. Acts that join two states (consultation,
agreements, cooperation, aid) are left to the counterpart (``home_story`` returns before this rule for
them), and so are the state's own organs (a government's words at home answer a foreign act as often as
not).
"""

from __future__ import annotations

from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

HOME_PUBLIC = declare(
    "target",
    "home-public-voice",
    "an act that needs a counterpart and names none, by a public voice of the country the story is set in "
    "(rights groups, the press, a party, a people, a union, a former leader), with no party of another "
    "state in its sentence, is aimed at its own country",
    "HARARE - Zimbabwe signed a loan with China on Monday. Rights groups said the arrests were unlawful.",
)
# Agent roles of a country's public voices outside the state: human rights groups, the media, NGOs,
# political parties, the people and civilians, labour, the opposition, former leaders and other elites.
_PUBLIC_VOICES = frozenset({"HRI", "MED", "NGO", "PTY", "PPL", "CVL", "LAB", "OPP", "ELI"})


def home_public(d: Draft, actors: DocActors, own: str) -> bool:
    """Whether ``d``, by a public voice of ``own`` in a story set in ``own`` (checked by the caller),
    names no party of another state in its sentence."""
    if d.source.role not in _PUBLIC_VOICES:
        return False
    sent = d.sent
    return not any(m.iso3 not in (None, own) and sent.start <= m.start < sent.end for m in actors.mentions)
