"""The features the learned confidence weighs: general facts about a draft, named ``family:value``.

Every feature is binary and present or absent; the confidence model (``coding/data/confidence.toml``,
written by ``tools/train_confidence.py``) gives each name a weight. The families are general properties
of the reading (root, pattern specificity, modality, the kind of each party, the construction rules that
shaped it), never the words of one sentence: word-identity families (trigger lemma, pattern id) are
offered to the training tool but kept only when grouped cross-validation shows they help held-out
corpora (see the data file's header).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from newsevents.annotations import doc_text
from newsevents.coding.records import Draft
from newsevents.records import Actor

# Family -> what it says. A weight of the data file whose family is not here is a clear error (a typo or
# a file written for another version); a value never seen (a step renamed by a later rule) is ignored.
FAMILIES = {
    "root": "the event's CAMEO root",
    "spec": "the pattern's specificity (object, preposition and subject words it required), capped at 3",
    "mod": "the modality (asserted, reported, intended, hypothetical)",
    "fact": "a fact a stage recorded on the draft (unattributed, stateless-source, ...)",
    "step": "a construction rule (evidence step, aspect:name) that shaped the event",
    "src": "the kind of source: named, body, country, agent, unresolved",
    "tgt": "the kind of target: named, body, country, agent, unresolved, or none (the record's is implicit)",
    "pair": "source and target share a country (same) or not (apart)",
    "sent": "how many events the sentence gives (1, 2, 3+)",
    "quote": "the sentence holds a quotation",
    "pos": "the trigger's part of speech",
    "date": "where the date came from: own clause, publication, none",
    "place": "the event has a place",
    "lemma": "the trigger's lemma (word identity)",
    "pattern": "the pattern id (word identity)",
}
# Families the training tool leaves out unless cross-validation says otherwise.
WORD_FAMILIES = frozenset({"lemma", "pattern"})
_QUOTES = ('"', "\u201c", "\u201d")


def actor_kind(actor: Actor | None) -> str:
    """What kind of party an actor is: a named one (its canonical name is written out in its words, not as
    a demonym: "Chile", "Joe Biden", not "the Chilean minister"), a country alone,
    a body or agent of a country (a role, no name of its own), or unresolved (no country)."""
    if actor is None:
        return "none"
    if not actor.country:
        return "unresolved"
    if actor.name and actor.text and _names(actor.name, actor.text):
        return "named"
    if not actor.role:
        return "country"
    return "body" if actor.role in ("GOV", "MIL", "ELI", "LEG", "JUD", "COP", "SPY") else "agent"


@lru_cache(maxsize=4096)
def _names(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` out as a whole word, as ``\\bNAME\\b`` ignoring case would find it."""
    if name.isascii() and text.isascii():
        # (in ASCII, what matches ignoring case is a substring in lower case, and a word boundary is a
        # change between [A-Za-z0-9_] and the rest: no pattern compiled, one per name cost more than the
        # rest of the confidence stage)
        wanted, lower = name.lower(), text.lower()
        at = lower.find(wanted)
        while at >= 0:
            if _boundary(text, at) and _boundary(text, at + len(wanted)):
                return True
            at = lower.find(wanted, at + 1)
        return False
    return re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) is not None


def _boundary(text: str, at: int) -> bool:
    """Whether ``\\b`` matches at ``at`` in ASCII ``text``: a word character on one side only."""
    return _word_char(text, at - 1) != _word_char(text, at)


def _word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def draft_features(d: Draft, in_sentence: int) -> frozenset[str]:
    """The features of draft ``d``; ``in_sentence`` is how many drafts its sentence gives."""
    target = d.target or d.implicit_target
    names = {
        f"root:{d.code[:2]}",
        f"spec:{min(d.trigger.pattern.specificity, 3)}",
        f"mod:{d.modality}",
        f"src:{actor_kind(d.source)}",
        f"tgt:{actor_kind(d.target)}",
        f"sent:{in_sentence if in_sentence < 3 else '3+'}",
        f"pos:{d.token.pos_}",
        f"date:{'none' if d.when is None else 'own' if d.date_own else 'publication'}",
        f"lemma:{d.token.lemma_.casefold()}",
        f"pattern:{d.trigger.pattern.id}",
    }
    names.update(f"fact:{f}" for f in d.facts)
    names.update(f"step:{s}" for s in d.steps)
    if target is not None and d.source.country and target.country:
        names.add("pair:same" if target.country == d.source.country else "pair:apart")
    sent = d.sent  # (its text sliced from the Doc's: Span.text joins every token's text anew)
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    if any(q in text for q in _QUOTES):
        names.add("quote:yes")
    if d.place is not None:
        names.add("place:yes")
    return frozenset(names)


def doc_features(drafts: Iterable[Draft]) -> list[frozenset[str]]:
    """The features of each draft of one document, in order."""
    drafts = list(drafts)
    per_sentence = Counter(d.sent.start for d in drafts)
    return [draft_features(d, per_sentence[d.sent.start]) for d in drafts]


def family(name: str) -> str:
    """A feature's family: the part of its name before the first ``:``."""
    return name.partition(":")[0]
