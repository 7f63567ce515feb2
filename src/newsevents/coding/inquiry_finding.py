"""An inquiry's finding told as what the inquiry said: "an international team of investigators concluded
that a Ruritanian submarine sank the ferry", "the panel of experts said the Freedonian army used gas".

The corpus codes the finding of an inquiry body (investigators, inspectors, a fact-finding mission, a
panel or team of experts) as an investigation (CAMEO 09), aimed at the party it finds did the act, beside
the act itself where that is told as an event. Under a reporting verb the finding is a bare statement
(``data/modality.tsv`` reads "conclude" and "say" as reports, which give way to what they report), so no
dictionary row can code it; ``judgement._reported`` reads the reported clause as blame only when it
carries a word of blame. Kept narrow (``data/inquiry_finding.toml``): the subject's phrase names an
inquiry body, the verb and the act are neither negated nor hedged by a modal, the act's doer is named in
its own words (``pointed_blame.named_phrase``), and no other trigger was made of the verb. The act stays
an event of its own; the finding stands beside it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.patterns import construction
from newsevents.coding.pointed_blame import named_phrase
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

INQUIRY_FINDING = declare(
    "trigger",
    "inquiry-finding",
    "an inquiry body (investigators, inspectors, a fact-finding mission, a panel of experts) that concludes "
    "or says a named party did an act reports its investigation's finding (090), aimed at that party",
    "A team of investigators concluded on Monday that a Ruritanian submarine had sunk the ferry.",
)
_FILE = "coding/data/inquiry_finding.toml"
_RULE = "ne.inquiry-finding"
# CAMEO code of an investigation (090: investigate, not specified).
_INVESTIGATE = "090"
# Dependencies that tie the act found to the finding verb: the reported clause below it ("concluded
# THAT ..."), or the verb's own place in a trailing report ("X sank the ferry, investigators CONCLUDED").
_FOUND_DEPS = frozenset({"ccomp"})
_TRAILING_DEPS = frozenset({"ccomp", "parataxis"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class FindingWords:
    """``coding/data/inquiry_finding.toml``."""

    finding_verbs: frozenset[str]
    body_words: frozenset[str]
    negations: frozenset[str]


@functools.lru_cache(maxsize=1)
def finding_words() -> FindingWords:
    """The verbs and body words of the rule (``word_table`` checks every key)."""
    return word_table(FindingWords, _FILE)


def inquiry_findings(sent: Span, found: list[Trigger]) -> list[Trigger]:
    """A finding trigger on each verb of ``sent`` by which an inquiry body tells that a named party did an
    act, unless another trigger was made of that verb (``found``: the sentence's triggers)."""
    words = finding_words()
    coded = {t.token.i for t in found if t.kept}
    out = []
    for verb in doccache.verbs(sent):
        if verb.lemma_.casefold() not in words.finding_verbs or verb.i in coded:
            continue
        if _hedged(verb, words) or not _inquiry_body(verb, words):
            continue
        party = next((p for c in _found_clauses(verb) if (p := _doer(c, words)) is not None), None)
        if party is None:
            continue
        pattern = construction(_RULE, _INVESTIGATE, verb, "an inquiry body's finding: an investigation")
        steps = (INQUIRY_FINDING,)
        out.append(Trigger(token=verb, pattern=pattern, noun=False, target_heads=(party,), steps=steps))
    return out


def _inquiry_body(verb: Token, words: FindingWords) -> bool:
    """Whether the verb's subject phrase names an inquiry body: one of ``body_words`` (a "+" group needs
    each of its words)."""
    lemmas = syntax.subject_lemmas(verb)
    return any(all(w in lemmas for w in group.split("+")) for group in words.body_words)


def _found_clauses(verb: Token) -> list[Token]:
    """The clauses the verb reports: its "that" clause, else the clause it trails."""
    below = [c for c in doccache.children(verb) if c.dep_ in _FOUND_DEPS and c.pos_ in ("VERB", "AUX")]
    if below:
        return below
    if verb.dep_ in _TRAILING_DEPS and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return [verb.head]
    return []


def _hedged(tok: Token, words: FindingWords) -> bool:
    """A verb negated or hedged by a modal: "did NOT conclude", "MAY have sunk"."""
    return doccache.negated(tok, words.negations) or any(c.tag_ == "MD" for c in doccache.children(tok))


def _doer(clause: Token, words: FindingWords) -> Token | None:
    """The party the clause names as the doer of its act: the subject of an active verb, the "by" agent of
    a passive, or the "by" agent of a participle on the subject ("a torpedo FIRED BY a Ruritanian
    submarine sank it"), named in its own words."""
    if _hedged(clause, words):
        return None
    subjects = [c for c in doccache.children(clause) if c.dep_ in _SUBJECTS]
    agents = [o for a in doccache.children(clause) if a.dep_ == "agent" for o in doccache.children(a)]
    for subject in subjects:
        if subject.dep_ == "nsubj" and named_phrase(subject):
            return subject
        for acl in (c for c in doccache.children(subject) if c.dep_ == "acl"):
            agents += [o for a in doccache.children(acl) if a.dep_ == "agent" for o in doccache.children(a)]
    return next((o for o in agents if o.dep_ == "pobj" and named_phrase(o)), None)
