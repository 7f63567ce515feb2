"""Stage ``newsevents_modality``: what the text says of each trigger's reality, and the code that follows.

Reads ``doc._.ne_triggers``; writes them back with ``modality`` set (asserted, reported, intended,
hypothetical), negated triggers dropped, and ``code`` set where the modality changes it: an intended or
hypothetical act becomes its CAMEO "express intent" twin (03x) or, for a coercive act or under "threatened
to", a threat (13x); refusing a cooperative act is a rejection (12). The cue words are in
``data/modality.tsv``, by kind (intent, threat, hypothetical, negate, fail, report, light, aspect, ...).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

import newsevents.annotations  # noqa: F401  (declares the Doc attributes)
from newsevents import dateclause, doccache, labels
from newsevents.coding import cannot_but, defiance, resources, scheduled, stance, syntax, unmeant_modal
from newsevents.coding.accused_intent import charged_intent
from newsevents.coding.announced_posture import announced_posture
from newsevents.coding.conceded import conceded
from newsevents.coding.decided import intending_noun
from newsevents.coding.denied_subject import denied_subject
from newsevents.coding.lexicon import MEANING_KINDS, kind_of, lexicon, modality_kinds
from newsevents.coding.negated_refusal import refusal_rule
from newsevents.coding.not_yet import not_yet
from newsevents.coding.offered_force import COMMITMENT, offered_force  # noqa: F401  (COMMITMENT: tests)
from newsevents.coding.own_naming import OWN_NAMING, names_own_object
from newsevents.coding.participation import part_taken
from newsevents.coding.patterns import PatternSet
from newsevents.coding.perpetrated import PERPETRATED_ACT, perpetrated
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare
from newsevents.coding.speaker_conjunct import speaker_act, speaker_verb, speaker_word_act, tense_break
from newsevents.coding.unasserted import unasserted
from newsevents.records import Modality

NEGATED = declare(
    "modality", "negated", "a negated clause reports no event", "Quito did not recall its envoy."
)
CONDITIONAL = declare(
    "modality",
    "conditional",
    "a condition is neither an event nor an intention",
    "If Riga expels the attaché, Moscow will respond.",
)
REFUSAL = declare(
    "code",
    "refusal",
    "refusing a cooperative act ('will not', 'won't') is a rejection (12)",
    "Bern will not extradite the banker.",
)
HYPOTHETICAL_AUX = declare(
    "modality",
    "hypothetical-aux",
    "a modal of possibility ('may', 'could') makes the act hypothetical",
    "Canberra could suspend the trade talks.",
)
INTENT_AUX = declare(
    "modality",
    "intent-aux",
    "a future or volition auxiliary ('will', 'would') makes the act an intention",
    "Dhaka will send a delegation to Yangon.",
)
INTENT_VERB = declare(
    "modality",
    "intent-verb",
    "an act under an intent or threat verb ('agreed to', 'vowed to') is intended",
    "Hanoi and Manila agreed to hold joint patrols.",
)
OWN_TENSE = declare(
    "modality",
    "own-tense",
    "a past-tense verb coordinated with a bare one has its own tense: it shares no 'would' or 'not' of "
    "its first conjunct",
    "Ankara said it would recall its envoy and froze arms sales to Vienna.",
)
HYPOTHETICAL_VERB = declare(
    "modality",
    "hypothetical-verb",
    "an act under 'considered', 'might' verbs is hypothetical",
    "Lisbon is considering recalling its ambassador.",
)
REPORTED = declare(
    "modality",
    "reported",
    "an act in a clause under a reporting verb is reported",
    "Nairobi said its police had arrested the smugglers.",
)
INTENT_TWIN = declare(
    "code",
    "intent-twin",
    "an intended or hypothetical act is coded as its 'express intent' twin (03x)",
    "Tokyo said it would provide flood relief to Dhaka.",
)
THREAT_TWIN = declare(
    "code",
    "threat-twin",
    "an intended coercive act, or one under 'threatened to', is a threat (13x)",
    "Ankara threatened to close the border crossing.",
)

NEGATED_OBJECT = declare(
    "modality",
    "negated-object",
    "an act whose object or governing noun is denied ('reached no deal', 'no plans to', 'without a "
    "truce') did not happen",
    "Lima and Quito reached no agreement on the border.",
)
FAILED = declare(
    "modality",
    "failed-act",
    "'failed to', 'avoided' report that the act did not happen, and are no event themselves",
    "The two sides failed to agree on a ceasefire.",
)
BE_TO = declare(
    "modality",
    "be-to",
    "'is to', 'are to' with an infinitive state a plan: the act is intended",
    "Under the accord the rebels are to hand over their weapons.",
)
PLANNED = declare(
    "modality",
    "planned",
    "a plan told in the present ('is due to', 'is scheduled to', 'plans to') or a headline's bare 'to' "
    "('Japan to lift sanctions') makes the act an intention",
    "The European Union is due to lift its sanctions on Minsk next week.",
)
_WITHOUT = frozenset({"without"})  # (a preposition that denies its object: "WITHOUT a truce")
# Denied object, passive subject, subject: "reached NO deal", "NO soldiers were killed", "NONE attended".
_DENY = frozenset({"dobj", "nsubjpass", "nsubj"})
# Prepositions that set a gerund beside the clause's act, not inside it: "AFTER condemning the raid, Peru
# threatened to ..." (the condemning is done, not threatened); "committed TO providing" stays an intent.
_BESIDE = frozenset({"after", "before", "since", "despite", "following", "upon", "besides", "while"})
# Links by which an event noun stands in a verb's clause ("conducted a TEST", "a halt TO the raids").
_NOUN_ARGS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr"})
_RANK: dict[Modality, int] = {"asserted": 0, "reported": 1, "intended": 2, "hypothetical": 3}
_AUX: dict[str, tuple[Modality, str]] = {
    "hypothetical-aux": ("hypothetical", HYPOTHETICAL_AUX),
    "intent-aux": ("intended", INTENT_AUX),
}
_GOVERNOR: dict[str, tuple[Modality, str]] = {
    "intent": ("intended", INTENT_VERB),
    "threat": ("intended", INTENT_VERB),
    "hypothetical": ("hypothetical", HYPOTHETICAL_VERB),
    "report": ("reported", REPORTED),
}


class ModalityReader:
    """Reads the modality of each trigger's clause (one per process)."""

    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns
        self.words = lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.ne_triggers = tuple(self.read(t) if t.kept else t for t in doc._.ne_triggers or ())
        return doc

    def read(self, trigger: Trigger) -> Trigger:
        """``trigger`` with its modality and the code it implies, or dropped when it is negated."""
        tok = trigger.token
        if kind_of(tok) == "fail" and any(c.dep_ in ("xcomp", "ccomp") for c in doccache.children(tok)):
            return replace(trigger, dropped_by=FAILED)
        if (no_act := unasserted(trigger)) is not None:  # (coding/unasserted.py: questions, acts of nature)
            return replace(trigger, dropped_by=no_act)
        if names_own_object(tok):  # ("launched what it CALLED an operation": coding/own_naming.py)
            return replace(trigger, dropped_by=OWN_NAMING)
        if cannot_but.helping_idiom(tok):  # ("could not HELP but deplore": no help, no refusal of it)
            return replace(trigger, dropped_by=cannot_but.IDIOM_HELP)
        found = _stance_modality(trigger) or self.modality(tok, trigger.pattern.code)
        if cannot_but.idiom_act(tok):  # ("could not help but DEPLORE": the idiom's "not" is not the act's)
            found = ("asserted", (cannot_but.IDIOM_ACT,))
        why = refusal_rule(tok, REFUSAL if found == NEGATED and self.refusal(tok) else None, found == NEGATED)
        if isinstance(found, str) or why:
            # "will not accept the refugees", "does not recognise X", "no intention of leaving": a rejection
            # (not in an "if" clause: "if Congress cannot meet" is the premise of a guess, no refusal)
            premise = _conditional(tok, self.words.conditions)
            if why and not premise and int(trigger.pattern.code[:2]) <= 9:
                return replace(trigger, modality="asserted", code="120", steps=(*trigger.steps, why))
            return replace(trigger, dropped_by=found if isinstance(found, str) else NEGATED_OBJECT)
        modality, steps = found
        if (taken := part_taken(trigger, modality)) is not None:  # ("took part in the raid": coded on raid)
            return replace(trigger, dropped_by=taken)
        if (charged := charged_intent(trigger, modality)) is not None:  # ("accused X of PLANNING to ...")
            return replace(trigger, dropped_by=charged)
        if (unmeant := unmeant_modal.unmeant(trigger, modality)) is not None:  # ("could restore order")
            return replace(trigger, dropped_by=unmeant)
        code, code_step = self.recode(trigger.pattern.code, modality, tok)
        return replace(
            trigger,
            modality=modality,
            code=code,
            steps=(*trigger.steps, *steps, *((code_step,) if code_step else ())),
        )

    def modality(self, tok: Token, code: str = "") -> tuple[Modality, tuple[str, ...]] | str:
        """The strongest reading of the clause at ``tok`` with the rules that gave it, or the rule that
        negates it. Hypothetical ("may lift") beats intended ("would form", "agreed to meet") beats
        reported ("said they met") beats asserted."""
        best: Modality = "asserted"
        steps: list[str] = []

        def raise_to(new: Modality, step: str) -> None:
            nonlocal best
            if _RANK[new] > _RANK[best]:
                best = new
                steps.append(step)

        # A coordinated verb shares the auxiliaries and negation of the nearest conjunct that has any ("will
        # not stop the drills but could scale or pause them": pause takes scale's "could"), unless it is the
        # speaker's own act hung on a reported clause (coding/speaker_conjunct.py).
        chain = [tok]
        heads = [] if speaker_word_act(tok) else syntax.shared_heads(tok)  # ("said it had not ... CONDEMNED")
        if heads and tok.tag_ in ("VBD", "VBN") and heads[0].tag_ == "VB":
            # "would expel ... and SUSPENDED": a past form after a bare verb has no auxiliary of its own
            if any(c.dep_ in ("aux", "neg") for c in doccache.children(heads[0])):
                steps.append(OWN_TENSE)
            heads = []
        for head in heads:
            if any(c.dep_ in ("aux", "neg") for c in doccache.children(chain[-1])):
                break
            chain.append(head)
        for t in chain:
            for child in doccache.children(t):
                if self._negation(child):
                    return NEGATED
                if child.dep == labels.AUX and (aux := self._aux(child)) is not None:
                    raise_to(*aux)
        if self._denied_object(tok) or denied_subject(tok):  # ("NOBODY was hurt": coding/denied_subject.py)
            return NEGATED_OBJECT
        if _planned(tok):
            raise_to("intended", PLANNED)
        if _conditional(tok, self.words.conditions):
            return CONDITIONAL
        for gov in _governors(_own_clause_verb(tok)):
            if doccache.negated(gov):
                return NEGATED
            if kind_of(gov) == "fail" or not_yet(gov):  # ("has yet to ratify": coding/not_yet.py)
                return FAILED
            reading = _GOVERNOR.get(kind_of(gov) or "")
            if reading is not None and perpetrated(tok, gov, code):
                reading = None  # "committed massacres": done, not meant
                steps.append(PERPETRATED_ACT)
            if gov.lemma_ == "be" and any(c.dep == labels.XCOMP for c in doccache.children(gov)):
                reading = ("intended", BE_TO)  # "the rebels are to disarm"
            if reading is not None:
                raise_to(*reading)
                if reading[0] == "reported" and not (tok.dep == labels.DOBJ and tok.head.i == gov.i):
                    # what a speaker says is not made hypothetical by the speaker's own modals; an act
                    # that is the object of the verb ("would ANNOUNCE new tariffs") is, like its verb
                    continue
            for child in doccache.children(gov):
                if child.dep == labels.AUX and (aux := self._aux(child)) is not None:
                    raise_to(*aux)
        return best, tuple(steps)

    def _negation(self, child: Token) -> bool:
        """Whether a dependent of the clause's verb denies it: "not", "never", "neither ... nor",
        "no longer"."""
        # (a word joined by a hyphen denies nothing, "a no-confidence vote", "a no-fly zone": a compound;
        # read last, on the few words that would deny)
        return self._denies(child) and not _hyphenated(child)

    def _denies(self, child: Token) -> bool:
        dep = child.dep_
        if dep == "neg" or (dep == "preconj" and child.lower_ in self.words.negations):
            return True
        if dep in ("nsubj", "nsubjpass") and any(
            g.dep_ in ("preconj", "det") and g.lower_ == "neither" for g in doccache.children(child)
        ):
            return True  # "NEITHER Addis nor Asmara has signed"
        if dep == "advmod" and any(g.lower_ == "no" for g in doccache.children(child)):
            return True  # "no longer recognises"
        return dep in ("advmod", "det") and child.lower_ in self.words.negations

    def _denied_object(self, tok: Token) -> bool:
        """An act whose object is denied ("reached NO deal", "held NO talks"), whose governing noun is
        ("made NO commitment to free them", "NO plans to visit"), or which comes after "without" ("ended
        without an agreement", "without firing a shot")."""
        nos = self.words.negations

        def denied(noun: Token) -> bool:
            # the determiner may hang on a compound ("NO ceasefire deal"); not on words after the noun
            # (the subtree's words before the noun lie between its left edge and it: only those are read)
            doc = noun.doc
            return noun.lower_ == "none" or any(  # ("NONE of the ministers attended")
                d.dep == labels.DET and d.lower_ in nos and noun.is_ancestor(d) and not _hyphenated(d)
                for d in (doc[i] for i in range(noun.left_edge.i, noun.i))
            )

        if tok.pos == labels.POS_VERB and any(denied(c) for c in doccache.children(tok) if c.dep_ in _DENY):
            return True
        if tok.dep == labels.ACL and tok.head.pos_ == "NOUN" and denied(tok.head):
            return True
        if tok.dep_ not in ("pobj", "pcomp"):
            return False
        prep = tok.head  # "WITHOUT a truce", "INSTEAD OF expelling", "RATHER THAN imposing"
        return prep.lower_ in _WITHOUT or (
            prep.lower_ in ("of", "than")
            and any(w.lower_ in self.words.alternative_words for w in (prep.head, *doccache.children(prep)))
        )

    @staticmethod
    def _aux(child: Token) -> tuple[Modality, str] | None:
        kinds = modality_kinds()
        return _AUX.get(kinds.get(child.lemma_.casefold()) or kinds.get(child.lower_) or "")

    def refusal(self, tok: Token) -> bool:
        """A negated future, volition or ability: "will not", "would not", "won't", "cannot"."""
        chain = [tok, *syntax.shared_heads(tok)]
        has_neg = any(self._negation(c) for t in chain for c in doccache.children(t))
        kinds = modality_kinds()
        modals = self.words.refusal_modals | (self.words.reported_refusal_modals if _reported(tok) else set())
        future = any(
            c.dep == labels.AUX and (kinds.get(c.lower_) == "intent-aux" or c.lower_ in modals)
            for t in chain
            for c in doccache.children(t)
        )
        return has_neg and future and not defiance.resolve(tok)  # ('will not forgive': resolve)

    def recode(self, code: str, modality: Modality, tok: Token) -> tuple[str, str | None]:
        """The code of an intended or hypothetical act, and the rule that changed it (if any)."""
        if modality not in ("intended", "hypothetical"):
            return code, None
        governors = _governors(tok)
        threat = any(kind_of(g) == "threat" for g in governors)
        # The code's own row, else its root's general row ("154" under "150": a deployment is a show of
        # force, and an intended one a threat of force).
        intent = self.patterns.intent_code(code) or self.patterns.intent_code(code[:2] + "0")
        if threat and not (intent or "").startswith("13") and code[:2] != "13":
            return "130", THREAT_TWIN
        # (a concession agreed to: conceded.py; forces offered: offered_force.py; a meeting set: scheduled.py)
        own = conceded(code, tok, governors) or offered_force(code, tok, governors, self.words)
        own = own or announced_posture(code, modality, tok, governors)  # (an offer first: no posture)
        if (own := own or scheduled.scheduled_meeting(code, tok, governors)) is not None and not threat:
            return own
        if intent and intent != code:
            return intent, THREAT_TWIN if intent.startswith("13") else INTENT_TWIN
        return code, None


def _planned(tok: Token) -> bool:
    """A plan told in the present ("is due to lift", "is scheduled to meet": ``dateclause.is_future``) or a
    headline's infinitive with a subject and no finite verb ("Japan to lift sanctions on Iran")."""
    if tok.dep == labels.ROOT and doccache.infinitive_to(tok):
        return any(c.dep == labels.NSUBJ for c in doccache.children(tok))
    return tok.dep_ == "xcomp" and tok.head.lemma_ != "be" and dateclause.is_future(tok)  # ("is to": be-to)


def _hyphenated(tok: Token) -> bool:
    """A word joined by a hyphen to the next ("NO-fly zone", "NO-confidence vote")."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doccache.token(doc, tok.i + 1).text == "-" and not tok.whitespace_


def _own_clause_verb(tok: Token) -> Token:
    """The verb whose governors govern ``tok``: a finite conjunct the parser hung on a base-form verb of
    a reported clause ("warned that it could EXPEL envoys, and IMPOSED a ban") is the speaker's own act
    (coding/speaker_conjunct.py), governed as the verb of saying is, not by it."""
    if speaker_act(tok) and tense_break(tok, tok.head):
        return speaker_verb(tok, tok.head)
    return tok


def _governors(tok: Token) -> list[Token]:
    """The verbs embedding ``tok``'s clause (``syntax.governors``), and for a gerund after a preposition
    the verb of that preposition when it makes an intention: "committed TO providing loans", "vowed TO
    resuming talks" (an intent, not a done act)."""
    found = syntax.governors(tok) or [n for n in (intending_noun(tok, lexicon()),) if n is not None]
    if found or tok.dep != labels.PCOMP or tok.head.dep != labels.PREP or tok.head.lower_ in _BESIDE:
        return found  # (the owner's intent noun governs its infinitive: "Ankara's OFFER to mediate")
    verb = tok.head.head
    kind = kind_of(verb) if verb.pos_ == "VERB" else None
    return [verb] if kind in MEANING_KINDS or kind == "fail" else []


def _stance_modality(trigger: Trigger) -> tuple[Modality, tuple[str, ...]] | None:
    """A stance (coding/stance.py) holds its own modality: an option kept open is hypothetical ("did
    not rule out sanctions" is no negation of the sanctions), an act said to go on is intended."""
    if stance.OPTION_ACT in trigger.steps:
        return "hypothetical", ()
    if stance.CONTINUED_ACT in trigger.steps:
        return "intended", ()
    return None


def _conditional(tok: Token, conditions: frozenset[str]) -> bool:
    """Whether ``tok`` sits in an "if"/"unless" clause, or in an "until" clause of a future act ("the
    raids will go on until Belgrade HALTS its offensive": the halt is the condition, not an event). An
    event noun is read in its verb's clause ("if it conducted another TEST")."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i or tok.dep_ not in _NOUN_ARGS:
            break
        tok = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head
    for t in syntax.clause_chain(tok):
        if t.dep != labels.ADVCL:
            continue
        marks = {c.lower_ for c in doccache.children(t) if c.dep == labels.MARK}
        if marks & conditions:
            return True
        if "until" in marks and any(
            kind_of(a) == "intent-aux" for a in doccache.children(t.head) if a.dep == labels.AUX
        ):
            return True
    return False


@Language.factory("newsevents_modality", default_config={"pattern_files": []})
def make_modality_reader(nlp: Language, name: str, pattern_files: list[str]) -> ModalityReader:
    """The modality stage; its intent twins come from the same pattern files as the triggers."""
    return ModalityReader(resources.patterns(tuple(pattern_files)))


def _reported(tok: Token) -> bool:
    """Whether ``tok``'s clause is reported by a verb of saying ("said it could not ...")."""
    return any(kind_of(g) == "report" for g in _governors(tok))
