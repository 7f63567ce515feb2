"""Clauses that assert no act of a party: questions, and acts of nature.

A question tells what someone asks, not what happened: "Will Oslo expel the envoy?" and "diplomats
asked whether Oslo would expel the envoy" report no expulsion (the asking itself is coded by its own
trigger where it is one). An earthquake, a flood or a storm that "killed forty" or "struck the coast" is a
misfortune with nobody on the acting side (corpus/README.md: actors are parties). Read by the modality
stage (coding/modality.py), which drops such a trigger with the rule named here, as it drops a negated or
a conditional one. The words are in ``coding/data/unasserted.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding.advice import writers_advice
from newsevents.coding.audience import audience
from newsevents.coding.bare_injury import bare_injury
from newsevents.coding.called_off import NEGATED_OCCURRENCE, negated_occurrence
from newsevents.coding.clausebreak import across_break
from newsevents.coding.conjecture import conjecture
from newsevents.coding.curtailed import CURTAILED, curtailed
from newsevents.coding.epithets import epithet
from newsevents.coding.generic import generic
from newsevents.coding.held_captive import held_captive
from newsevents.coding.legal_ground import legal_ground
from newsevents.coding.lexicon import modality_kinds
from newsevents.coding.mishaps import mishap
from newsevents.coding.motive import protest_motive
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.coding.set_plan import set_plan
from newsevents.coding.since_toll import since_toll
from newsevents.coding.standing_claim import standing_claim
from newsevents.coding.standing_law import standing_law
from newsevents.coding.standing_measure import standing_measure
from newsevents.coding.suggested_fact import suggested_fact
from newsevents.coding.supposed import supposed
from newsevents.coding.too_far import ruled_out

QUESTIONED = declare(
    "modality",
    "questioned",
    "an act asked about, in a direct question ending in a question mark or in an indirect one "
    "('asked whether ...'), is no event, and asking a question ('asked whether', 'asked about X, he "
    "said') is no appeal",
    "Will Oslo expel the envoy? Diplomats asked whether Oslo would recall its ambassador.",
)
ACT_OF_NATURE = declare(
    "modality",
    "act-of-nature",
    "a killing, a strike or a destruction done by a force of nature (an earthquake, a flood, a storm) is "
    "nobody's act",
    "An earthquake struck the coast of Peru and killed forty people.",
)
DEMANDED = declare(
    "modality",
    "demanded-content",
    "what a party is urged, asked or required to do ('would require Moscow to withdraw', 'chanting for "
    "Damascus to get out') is the content of a demand, not an act nor an intention of the party asked; so is "
    "any 'for X to do' clause, which only wishes the act",
    "The deal would require Lima to pull its troops out of the border zone.",
)
DENIED_CLAIM = declare(
    "modality",
    "denied-claim",
    "an act told only as the content of a claim the text calls false or denies ('said reports that its "
    "troops had shelled the town were false', 'said it was impossible that a missile had hit the jet') "
    "is no event",
    "Lima said reports that its jets had bombed the camp were false.",
)
FUTURE_OCCASION = declare(
    "modality",
    "future-occasion",
    "an act in a time clause of a future or of a readiness ('will send aid once Manila asks', 'stood ready "
    "to help the moment Rabat asked') is the occasion of another act, still to come: no event",
    "Tokyo will send relief supplies as soon as Manila requests them.",
)
_FILE = "coding/data/unasserted.toml"
# Links by which an act is the content of a demanding verb: its complement clause, its object, an object
# of its preposition ("called FOR the withdrawal"), and the links inside such a phrase. A relative or
# participle clause is left out: it tells a fact about what is demanded ("the release of activists
# ARRESTED last week").
_CONTENT_LINKS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "compound", "conj", "nmod", "amod"})
# Links by which the content hangs from the demanding verb itself.
_DEMAND_ARGS = frozenset({"xcomp", "ccomp", "dobj", "prep"})
# Punctuation that ends a sentence or a quoted one: the first after a trigger says whether it is asked.
_ENDS = labels.labels((".", "!", "?"))  # (as ``Token.orth`` gives them, compared without making strings)
_QUESTION_MARK = labels.label("?")
_QUESTION_MEMO = "newsevents.unasserted.direct_question"  # (its ``Doc.user_data`` key)
# Links of a clause that asserts its act whatever the clause it hangs in does (relative, participle, apposed).
_ASSERTING_LINKS = frozenset({"relcl", "acl", "appos"})
# How far up the parse an indirect question's mark is looked for (a clause, its verb chain, its head).
_MAX_DEPTH = 6


@dataclass(frozen=True, slots=True)
class UnassertedWords:
    """``coding/data/unasserted.toml``."""

    question_marks: frozenset[str]
    complement_question_marks: frozenset[str]
    natural_agents: frozenset[str]
    asking_verbs: frozenset[str]
    demanding_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    false_predicates: frozenset[str]
    denying_verbs: frozenset[str]
    future_occasions: frozenset[str]
    readiness_words: frozenset[str]
    news_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def unasserted_words() -> UnassertedWords:
    """The question and nature words, checked: every key present, each a list of words."""
    return word_table(UnassertedWords, _FILE)


def unasserted(trigger: Trigger) -> str | None:
    """The rule by which ``trigger`` asserts no act (QUESTIONED, ACT_OF_NATURE, ...), or None."""
    tok = trigger.token
    if _direct_question(tok) or _indirect_question(tok) or _question_put(tok):
        return QUESTIONED
    if _natural_agent(tok):
        return ACT_OF_NATURE
    if _demanded(tok) or _for_to_clause(tok):
        return DEMANDED
    if _denied_claim(tok):
        return DENIED_CLAIM
    if _future_occasion(tok):
        return FUTURE_OCCASION
    if curtailed(tok):
        return CURTAILED
    if negated_occurrence(tok):  # ("the visit will not go ahead": coding/called_off.py)
        return NEGATED_OCCURRENCE
    return (
        generic(tok) or epithet(tok) or mishap(tok) or protest_motive(tok) or conjecture(tok) or supposed(tok)
        or writers_advice(tok) or standing_law(tok) or held_captive(tok) or suggested_fact(tok)
        or bare_injury(tok) or standing_measure(tok) or set_plan(tok) or audience(tok) or standing_claim(tok)
        or since_toll(tok) or ruled_out(tok) or legal_ground(tok)
    )


def _direct_question(tok: Token) -> bool:
    """Whether the first sentence-ending mark after ``tok`` is a question mark ("Will Oslo expel the
    envoy?"; not the asking verb after the quote: '"Will you resign?" he asked.')."""
    doc = tok.doc
    # (word index -> the answer for a scan that starts there, kept per Doc: the triggers of one sentence
    # share the tail of their scans, which read every word's text anew for each trigger)
    memo: dict[int, bool] = doc.user_data.get(_QUESTION_MEMO) or doc.user_data.setdefault(_QUESTION_MEMO, {})
    read: list[int] = []
    found = False
    # (up to the end of the sentence of the first word read, as ``Token.is_sent_end`` would stop, without
    # a Token made for each next word: a sentence's words are read once for all its triggers)
    tokens = doccache.tokens(doc)  # (read from the Doc's table: no call per word)
    stop = doccache.sent(tokens[tok.i + 1]).end if tok.i + 1 < len(tokens) else 0
    for i in range(tok.i + 1, stop):
        known = memo.get(i)
        if known is not None:
            found = known
            break
        read.append(i)
        t = tokens[i]
        if t.orth in _ENDS:
            found = t.orth == _QUESTION_MARK
            break
    for i in read:
        memo[i] = found
    return found


def _indirect_question(tok: Token) -> bool:
    """Whether ``tok`` lies in a clause marked as an indirect question ("asked WHETHER war was the only
    way", "asked IF Lima would retaliate"), however deep in it."""
    words = unasserted_words()
    cur = tok
    for _ in range(_MAX_DEPTH):
        marks = {c.lower_ for c in doccache.children(cur) if c.dep == labels.MARK}
        if marks & words.question_marks:
            return True
        if marks & words.complement_question_marks and cur.dep_ in ("ccomp", "csubj"):
            return True
        if cur.head.i == cur.i or cur.dep_ in _ASSERTING_LINKS:
            return False  # (a relative clause asserts its act even inside a question: "whether the fire,
            # which KILLED 20, was set")
        cur = cur.head
    return False


def _question_put(tok: Token) -> bool:
    """Whether ``tok`` asks a question rather than for something: "asked WHETHER Lima would expel the
    envoy", or a reporter's question told by a bare participle ("ASKED about the envoy, the minister
    said ...")."""
    words = unasserted_words()
    if tok.lemma_.casefold() not in words.asking_verbs:
        return False
    children = doccache.children(tok)
    if tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(c.dep_.startswith("nsubj") for c in children):
        return True
    marks = words.question_marks | words.complement_question_marks
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in marks for m in doccache.children(c))
        for c in children
    )


def _demanded(tok: Token) -> bool:
    """Whether ``tok`` is what a demanding verb (``demanding_verbs``) asks for: reached from it through
    its complement or object only ("would require Moscow TO WITHDRAW", "chanting for Damascus to GET out")."""
    verbs = unasserted_words().demanding_verbs
    cur = tok
    for _ in range(_MAX_DEPTH):
        if cur.dep_ not in _CONTENT_LINKS or cur.head.i == cur.i:
            return False
        if across_break(cur):  # ("Greece arrested them; Ankara demanded ...": two clauses, not content)
            return False
        link, cur = cur.dep_, cur.head
        if cur.pos_ == "VERB" and cur.lemma_.casefold() in verbs:
            return link in _DEMAND_ARGS  # (a verb coordinated with the demand is an act of the demander)
    return False


def _for_to_clause(tok: Token) -> bool:
    """Whether ``tok`` is the verb of a "for X to do" clause ("pressed for Damascus to get out", "time for
    the junta to go"): an act wished or called for, never told as done. Read from the words, not the
    attachment of "for", which the parser often hangs elsewhere."""
    if tok.pos_ != "VERB" or not doccache.infinitive_to(tok):
        return False
    for subject in (c for c in doccache.children(tok) if c.dep == labels.NSUBJ):
        start = subject.left_edge.i
        if start > 0 and doccache.token(tok.doc, start - 1).lower_ == "for":
            return True
    return False


def _denied_claim(tok: Token) -> bool:
    """Whether ``tok`` tells the content of a claim declared untrue: the clause of a claim noun that is the
    subject of a false predicate or the object of a denying verb, or a clause extraposed from such a
    predicate ("it was impossible THAT ...")."""
    words = unasserted_words()
    cur = tok
    for _ in range(_MAX_DEPTH):
        if cur.dep_ not in ("ccomp", "acl", "csubj", "xcomp", "conj") or cur.head.i == cur.i:
            return False
        link, cur = cur.dep_, cur.head
        if link in ("ccomp", "csubj") and _called_false(cur, words.false_predicates):
            return True
        if cur.lemma_.casefold() in words.claim_nouns and cur.dep_ in ("nsubj", "nsubjpass", "dobj"):
            head = cur.head
            if cur.dep_ in ("nsubj", "nsubjpass") and _called_false(head, words.false_predicates):
                return True
            return cur.dep == labels.DOBJ and head.lemma_.casefold() in words.denying_verbs
    return False


def _called_false(verb: Token, predicates: frozenset[str]) -> bool:
    """Whether ``verb`` is a copula whose predicate calls its subject untrue ("were FALSE", "is a LIE")."""
    children = doccache.children(verb)
    return any(c.dep_ in ("acomp", "attr") and c.lemma_.casefold() in predicates for c in children)


def _future_occasion(tok: Token) -> bool:
    """Whether ``tok`` heads a time clause ("once", "when", "as soon as", "the moment" ...) hanging from a
    clause told as future (an intent auxiliary: "will", "would") or as a readiness ("stood ready to")."""
    words = unasserted_words()
    if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "relcl"):
        return False
    opener = tok.head if tok.dep == labels.RELCL else None
    openers = [c for c in doccache.children(tok) if c.dep_ in ("mark", "advmod")] + [opener or tok.head]
    if not any(o.lower_ in words.future_occasions for o in openers):
        return False
    kinds = modality_kinds()
    cur = tok.head
    for _ in range(_MAX_DEPTH):
        for child in doccache.children(cur):
            if child.dep == labels.AUX and kinds.get(child.lower_) == "intent-aux":
                return True
            if child.dep == labels.ACOMP and child.lower_ in words.readiness_words:
                return True
        if cur.lower_ in words.readiness_words or cur.head.i == cur.i:
            return cur.lower_ in words.readiness_words
        cur = cur.head
    return False


def news_formula(regret: Token) -> bool:
    """Whether a word of regret only brings news ("SORRY to inform you that ...", "sorry to say"): no
    apology (read by coding/judgement.py)."""
    verbs = unasserted_words().news_verbs
    return any(c.dep == labels.XCOMP and c.lemma_.casefold() in verbs for c in doccache.children(regret))


def _natural_agent(tok: Token) -> bool:
    """Whether the doer of ``tok`` is a force of nature: its subject ("an earthquake killed forty") or
    the agent of its passive ("villages struck by the cyclone")."""
    if tok.pos_ != "VERB":
        return False
    nature = unasserted_words().natural_agents
    for child in doccache.children(tok):
        if child.dep == labels.NSUBJ and child.lemma_.casefold() in nature:
            return True
        if child.dep == labels.AGENT and any(
            p.dep == labels.POBJ and p.lemma_.casefold() in nature for p in doccache.children(child)
        ):
            return True
    return False
