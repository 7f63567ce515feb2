"""Travel advice to a state's own people that names no foreign place: "the Foreign Office advised Britons to
stay alert", "Tokyo advised Japanese citizens to keep away from crowds". A government (or its embassy) that
advises ITS OWN nationals what to do, with no other country in view, is briefing its public, a self-directed
non-event: nobody abroad is advised of anything, and the corpus codes no event for it (corpus/README.md:
acts between parties). Row ph.advise.1 (020) reads any advice as an appeal; left alone, the self-pair would
be re-aimed at some foreign country of its sentence (coding/own_country.py) and turn into an appeal to it.
Advice that names the country to leave or avoid ("advised Britons to avoid travel to X") never reaches this
rule as a self-pair: ``nationals_abroad`` (read earlier, in ``answered.answered_party``) aims it at X. Advice
to a foreign envoy ("advised the U.S. ambassador to go home") or by a world body ("the WHO advised
travellers") keeps its code: the advised are another party's.

Read by own_country.settle (coding/own_country.py) before the foreign counterparts are set.
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

OWN_ADVISORY = declare(
    "select",
    "own-advisory",
    "a state advising its own nationals with no foreign country named (a travel advisory: 'advised Britons "
    "to avoid travel to the region') briefs its own public: no event",
    "The Foreign Office advised Britons to avoid all travel to the region.",
)
# The CAMEO root of advice and appeals that ph.advise.1 gives the verb.
_ADVICE_ROOT = "02"
# Verbs of advising a public (the advice, not an appeal or demand with its own rows).
_ADVISING = frozenset({"advise"})
# Links by which the advised people hang on the verb.
_ADVISED = frozenset({"dobj", "nsubjpass"})


def without_own_advisories(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less each piece of advice a state gives its own nationals (``OWN_ADVISORY``)."""
    return [d for d in drafts if not _own_advisory(d)]


def _own_advisory(d: Draft) -> bool:
    tok = d.token
    if not d.code.startswith(_ADVICE_ROOT) or tok.lemma_.casefold() not in _ADVISING:
        return False
    target = d.target
    own = d.source.country
    if target is None or own is None or target.country != own:
        return False
    # (the advised are the verb's own object, "advised Britons", or the subject of its passive, "Britons
    # were advised": the self-pair then names the advisor's people, not a state it merely mentions)
    return any(c.dep_ in _ADVISED and c.pos_ in ("NOUN", "PROPN", "PRON") for c in tok.children)
