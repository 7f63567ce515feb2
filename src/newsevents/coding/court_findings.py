"""A court's finding that a party broke the law: "the International Court of Justice ruled that Pakistan had
violated the Vienna Convention", "the tribunal found that Beijing had breached its neighbour's rights", "a
WTO panel ruled that the tariffs broke trade rules", "the judges found that Russia was responsible for the
killings". CAMEO codes a legal finding of guilt or liability 116 (find guilty or liable), by the court
against the party it finds against. The verbs of finding and ruling are reporting verbs, so without this
the found breach is coded as the party's own act (128 defy norms, law), as if the news asserted it, and
the ruling itself is lost.

The finding is coded on the court's verb, its target the subject of the found clause; the acts inside the
found clause are the court's reasons, told to explain the ruling, so they give way to it. Only a finding
against a party counts: the found clause must tell a breach (a verb of breaking the law, a predicate of
liability, "in breach of"), and a negated finding ("found that X had not violated") is none. The words are
in ``coding/data/court_findings.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

__all__ = ["COURT_FINDING", "CourtWords", "court_findings", "court_words"]

COURT_FINDING = declare(
    "trigger",
    "court-finding",
    "a court, tribunal or panel finding or ruling that a party broke the law ('ruled that X had violated "
    "the treaty', 'found that X was responsible for') finds that party liable (116); the acts of the "
    "found clause are its reasons and give way to it",
    "The world court ruled on Monday that Ruritania had breached the border treaty.",
)
_FILE = "coding/data/court_findings.toml"
_RULE = "ne.court-finding"
# CAMEO code of finding guilty or liable (legally).
_FIND_LIABLE = "116"
# Dependencies of the subject of a found clause.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class CourtWords:
    """``coding/data/court_findings.toml``."""

    verbs: frozenset[str]
    bodies: frozenset[str]
    breach_verbs: frozenset[str]
    liable_words: frozenset[str]
    breach_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def court_words() -> CourtWords:
    """The court-finding words, checked: every key present, each a list of strings."""
    return word_table(CourtWords, _FILE)


def court_findings(sent: Span, found: list[Trigger]) -> list[Trigger]:
    """``found`` (the sentence's triggers) with a court-finding trigger added on each verb of finding in
    ``sent`` whose subject is a court and whose found clause tells a breach by a named subject; the
    triggers inside that clause are set aside, and a pattern's own trigger on the verb is replaced."""
    words = court_words()
    out = list(found)
    for verb in doccache.verbs(sent):
        if verb.lemma_.casefold() not in words.verbs or not _by_court(verb, words):
            continue
        clauses = [c for c in doccache.children(verb) if c.dep_ == "ccomp" and _tells_breach(c, words)]
        subjects = [s for c in clauses for s in doccache.children(c) if s.dep_ in _SUBJECT_DEPS]
        if not subjects or doccache.negated(verb):
            continue
        inside = {t.i for c in clauses for t in doccache.subtree(c)}
        out = [_set_aside(t) if t.token.i in inside else t for t in out if t.token.i != verb.i]
        pattern = construction(
            _RULE, _FIND_LIABLE, verb, "a court found that X broke the law: found X liable"
        )
        out.append(
            Trigger(
                token=verb,
                pattern=pattern,
                noun=False,
                target_heads=(_found_party(subjects[0]),),
                steps=(COURT_FINDING,),
            )
        )
    return out


def _by_court(verb: Token, words: CourtWords) -> bool:
    """Whether the subject of ``verb`` is a judicial body or its members ("the court", "a WTO panel")."""
    # (the lemma, or the word itself: a capitalised plural opening a sentence, "Judges", keeps its -s)
    return any(words.bodies & {s.lemma_.casefold(), s.lower_} for s in syntax.subjects(verb))


def _found_party(subject: Token) -> Token:
    """The party a finding is against: the found clause's subject, or, when that is a thing whose maker a
    relative clause names ("the tariffs [that] Washington imposed broke the rules"), the maker."""
    if subject.pos_ != "NOUN":
        return subject
    makers = [
        s
        for c in doccache.children(subject)
        if c.dep_ == "relcl"
        for s in doccache.children(c)
        if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN") and s.i != subject.i
    ]
    return makers[0] if makers else subject


def _tells_breach(clause: Token, words: CourtWords) -> bool:
    """Whether the found clause, or a clause coordinated with it ("had exercised control and was
    responsible"), tells a breach of law or duty that is not negated."""
    for verb in (clause, *doccache.conjuncts(clause)):
        if doccache.negated(verb):
            continue
        if verb.lemma_.casefold() in words.breach_verbs:
            return True
        below = [c for c in doccache.children(verb) if c.dep_ in ("acomp", "advmod", "prep", "attr")]
        below += [p for c in below if c.dep_ == "prep" for p in doccache.children(c) if p.dep_ == "pobj"]
        if any(c.lemma_.casefold() in words.liable_words | words.breach_words for c in below):
            return True
    return False


def _set_aside(trigger: Trigger) -> Trigger:
    """A trigger of the found clause: the court's reason, not an act the news asserts."""
    return trigger if trigger.dropped_by else replace(trigger, dropped_by=COURT_FINDING)
