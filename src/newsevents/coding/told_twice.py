"""One act told twice in one sentence: "Ruritania refused to hand over the fugitive, rejecting a demand from
Osterlich", "the council imposed an embargo on Osterlich, barring all its exports", "gunmen stormed the
school and killed ten pupils". News names an act and then, in the same breath, says it again: by an
adverbial participle that glosses it ("rejecting ...", "barring ...") or by the deed the doers did in
an assault ("stormed ... and killed ..."). The trigger stage codes both verbs, each of the same CAMEO
root and pair, and selection's restatement rule keeps two verbs as two acts ("halted the talks and
imposed sanctions"), so the gloss stayed a second record of one event (corpus/README.md: one gold event
per real event).

Read by selection's merging through ``retold.folded_step``. Only a participle with no subject or
subordinator of its own ("after meeting ...", "before leaving ..." tell another moment), and only a
conjunct of a verb of ``coding/data/told_twice.toml``'s ``assault_verbs`` with no subject of its own,
both of the assault root (18), fold (a police raid and its arrests are two acts by the corpus's gold);
both drafts must be of one root and go from one source country, or one international body (a body has no
country: "West African leaders gave the junta a week ..., warning that they could use force",
coding/world_body.py), to one target country (the target a draft leaves implicit counts). Merging keeps
the better of the two readings.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import lexicon
from newsevents.coding.one_pledge import one_pair
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.coding.threat_again import one_pair as body_pair

GLOSSED_ACT = declare(
    "select",
    "glossed-act",
    "an adverbial participle with no subject or subordinator of its own ('..., rejecting a demand') on a "
    "verb of the same CAMEO root between the same two countries says that act again: one record",
    "Ruritania refused to hand over the fugitive, rejecting a demand from Osterlich.",
)
ASSAULT_DEED = declare(
    "select",
    "assault-deed",
    "a verb of assault ('stormed', 'raided') and a conjunct with no subject of its own, both of the assault "
    "root (18) between the same two countries ('and killed ten'), are one assault and its deed: one record",
    "Ruritanian gunmen stormed a school in Osterlich and killed ten pupils.",
)
_FILE = "coding/data/told_twice.toml"
# Dependencies of a subject of its own, or a subordinator that sets the participle at another moment.
_OWN = frozenset({"nsubj", "nsubjpass", "expl", "mark"})
# CAMEO root of assault (18): "stormed ... and killed", "ambushed ... and took hostage" tell one attack.
_ASSAULT_ROOT = "18"


@dataclass(frozen=True, slots=True)
class ToldTwiceWords:
    """``coding/data/told_twice.toml``."""

    assault_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def told_twice_words() -> ToldTwiceWords:
    """The words, checked: every key present, each a list of words."""
    return word_table(ToldTwiceWords, _FILE)


def told_twice_step(a: Draft, b: Draft) -> str | None:
    """GLOSSED_ACT or ASSAULT_DEED when one of two verb drafts of one CAMEO root and one pair of countries
    hangs on the other as a bare participle or as the deed of its assault; else None."""
    if a.code[:2] != b.code[:2] or a.trigger.noun or b.trigger.noun or a.token.i == b.token.i:
        return None
    if a.sent.start != b.sent.start or not (one_pair(a, b) or body_pair(a, b)):
        return None
    for told, main in ((a.token, b.token), (b.token, a.token)):
        if told.i == told.head.i or _has_own(told):
            continue
        if told.dep_ == "advcl" and told.tag_ == "VBG" and _glossed(told.head, main):
            return GLOSSED_ACT
        if told.dep_ == "conj" and told.head.i == main.i and _assault_deed(main, a.code):
            return ASSAULT_DEED
    return None


def _assault_deed(main: Token, code: str) -> bool:
    """Whether ``main`` is a verb of assault and the two acts are of the assault root: a raid and the
    arrests or seizures the police made in it, or a crowd that stormed one building and burned another,
    are coded as two acts (the probe sets' gold lists both)."""
    return code[:2] == _ASSAULT_ROOT and main.lemma_.casefold() in told_twice_words().assault_verbs


def _glossed(head: Token, main: Token) -> bool:
    """Whether a participle on ``head`` glosses the act ``main``: it hangs on that verb, or on the verb of
    saying that reports it ("will not extradite him, the ministry said, rejecting ..."; the parser hangs
    the verb of saying above or below the act)."""
    if head.i == main.i:
        return True
    if head.lemma_.casefold() not in lexicon().quote_verbs:
        return False
    return head.is_ancestor(main) or main.is_ancestor(head)


def _has_own(verb: Token) -> bool:
    """Whether ``verb`` has a subject or a subordinator of its own."""
    return any(c.dep_ in _OWN for c in doccache.children(verb))
