"""Breaches told as a state of being: "Britain said Iran was IN significant BREACH of its commitments",
"said Moscow was in violation of the treaty".

``coding/judgement.py`` reads a reported accusation from a verb of wrongdoing in the reported clause ("said
Moscow had violated the accord", ``wrongdoing_verbs``); a breach told with "be in breach/violation of" has
only "be" for its verb, so the accusation is lost. A reported clause whose verb is "be" with an "in" phrase
headed by a breach noun (``breach_nouns`` in words.toml: breach, violation, defiance, contravention) names
its subject as the wrongdoer, as a verb of wrongdoing does (CAMEO 112, accuse; the step is judgement's
reported-wrong): "Ottawa said Lima was in clear violation of the fisheries accord".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import Lexicon


def breaching_party(clause: Token, words: Lexicon) -> Token | None:
    """The subject of a reported "be in breach of" clause (``clause``: its verb), unless it is a pronoun or
    the clause is negated; else None. The caller has left out clauses with a modal ("could be in breach")."""
    if clause.lemma_.casefold() != "be":
        return None
    if doccache.negated(clause, words.negations):
        return None
    kids = doccache.children(clause)
    breach = any(
        o.dep_ == "pobj" and o.lemma_.casefold() in words.breach_nouns
        for p in kids
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in doccache.children(p)
    )
    if not breach:
        return None
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    return None if subject is None or subject.pos_ == "PRON" else subject
