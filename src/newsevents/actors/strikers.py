"""Where unnamed aircraft strike is not where they come from: the phrases that must not place an
``air-agents`` subject (``actors/data/words.tsv``), for ``DocActors._context_country``."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.words import packaged_words

_WORDS = packaged_words()


def struck_places(head: Token) -> set[int]:
    """Tokens of what the verb of the subject ``head`` acts on or at ("bombed a market in Nyala") and of
    who tells of it ("..., officials in Gaza said")."""
    verb = head.head if head.dep_ == "nsubj" else head
    out = {t.i for c in verb.children if c.i != head.i and c.dep_ in ("dobj", "prep") for t in c.subtree}
    tellers = [c for v in verb.ancestors if v.lemma_ in _WORDS.speech_verbs for c in v.children]
    return out | {t.i for c in tellers if c.dep_ == "nsubj" for t in c.subtree}
