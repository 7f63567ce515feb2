"""Stances: acts a party names as its own possible or continuing course, coded on the party's verb.

A threat often names no threatening verb: "said all options were on the table", "kept open the option of
retaliating", "did not rule out military action", "said the air strikes would continue until Belgrade
halts its offensive". In each the act itself has not happened (or goes on only under a condition); what
happened is the speaker's stance, so the trigger moves to the speaker's verb and the act's code becomes
its intent or threat twin there (the modality stage reads such a trigger as hypothetical or intended).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import excluded, scene
from newsevents.coding.doubted_faith import doubted_faith
from newsevents.coding.forecast import forecast_warning
from newsevents.coding.lexicon import Lexicon, kind_of
from newsevents.coding.objects import object_names_actor
from newsevents.coding.patterns import PatternSet
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

SPEAKER_STANCE = declare(
    "trigger",
    "speaker-stance",
    "a reported threat or demand whose subject is a thing ('all options are on the table') is the "
    "speaker's own act",
    "Lima said on Monday that all options remained on the table.",
)
OPTION_ACT = declare(
    "trigger",
    "option-act",
    "an act a party keeps open as an option ('kept open the option of retaliating', 'did not rule out "
    "sanctions') is the party's hypothetical act: its intent or threat twin, on the party's verb",
    "Jakarta kept open the option of recalling its ambassador.",
)
EXCLUDED_ACT = declare(
    "select",
    "excluded-act",
    "an act a party rules out ('ruled out retaliating') is no event and no threat",
    "Brasilia ruled out retaliating against the tariffs.",
)
CONTINUED_ACT = declare(
    "trigger",
    "continued-act",
    "a speaker saying an act of force will go on ('the raids will continue until X halts') threatens "
    "it: the threat is the speaker's, aimed at the party of the 'until' clause",
    "Ankara said the air strikes would continue until the militants withdrew.",
)
BLAMED_PARTY = declare(
    "trigger",
    "blamed-party",
    "a speaker saying a party 'is to blame' accuses it: the accusation is the speaker's, on the "
    "reporting verb, aimed at the party",
    "Oslo said on Tuesday that the rebels were to blame for the attack.",
)
_MOVED = frozenset({OPTION_ACT, CONTINUED_ACT, excluded.EXCLUDED_COOPERATION})
# Roots of acts whose announced continuation is a threat: coercion, force posture and violence.
_FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})


def speaker_stance(trigger: Trigger, patterns: PatternSet) -> Trigger:
    """ "said all options were on the table": a threat or demand whose subject is a thing, not an
    actor nor an event, is the speaker's own act, so the trigger moves to the reporting verb."""
    tok = trigger.token
    if trigger.noun or tok.dep_ != "ccomp" or kind_of(tok.head) != "report":
        return trigger
    if trigger.pattern.code[:2] not in scene.SPEECH_ROOTS:
        return trigger
    if _agentless_threat(trigger):
        # "said any attack would be met with a crushing response": nobody but the speaker threatens
        return replace(trigger, token=tok.head, steps=(*trigger.steps, SPEAKER_STANCE))
    subject = next((c for c in doccache.children(tok) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return trigger
    if subject.lemma_.casefold() not in trigger.pattern.subject:
        return trigger
    if patterns.by_lemma(subject.lemma_.casefold(), "noun") or object_names_actor(subject):
        return trigger
    return replace(trigger, token=tok.head, steps=(*trigger.steps, SPEAKER_STANCE))


def blamed_party(trigger: Trigger) -> Trigger:
    """ "said the rebels were to blame": the party "to blame" is not the one blaming (as the verb's
    subject would make it) but the one blamed; the speaker blames it, so the trigger moves to the
    reporting verb with the party as its target."""
    tok = trigger.token
    if trigger.noun or tok.lemma_.casefold() != "blame" or tok.dep_ != "xcomp" or tok.head.lemma_ != "be":
        return trigger
    be = tok.head
    if not doccache.infinitive_to(tok):
        return trigger
    subject = next((c for c in doccache.children(be) if c.dep_ == "nsubj"), None)
    # (the nearest reporting verb above: "said", "said there was evidence that ...")
    speaker = next((g for g in be.ancestors if kind_of(g) == "report"), None)
    if subject is None or speaker is None:
        return trigger
    return replace(trigger, token=speaker, target_heads=(subject,), steps=(*trigger.steps, BLAMED_PARTY))


def _agentless_threat(trigger: Trigger) -> bool:
    """A reported threat in the passive with no agent and a modal ("would be met with force"): without
    the modal it tells what befell the subject ("said it had not been consulted"), nobody's threat."""
    children = list(doccache.children(trigger.token))
    passive = any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)
    return passive and trigger.pattern.code[:2] == "13" and any(c.tag_ == "MD" for c in children)


def named_option(tok: Token, words: Lexicon) -> bool:
    """Whether ``tok`` is the act an option noun names: "the option OF retaliating"."""
    return (
        tok.dep_ in ("pcomp", "pobj")
        and tok.head.lower_ == "of"
        and tok.head.head.pos_ == "NOUN"
        and tok.head.head.lemma_.casefold() in words.option_nouns
    )


def forecast(trigger: Trigger) -> Trigger:
    """``trigger`` as a pessimistic comment when it warns of what may befall (coding/forecast.py), as
    disapproval when it doubts a party will keep its word (coding/doubted_faith.py)."""
    return doubted_faith(forecast_warning(trigger))


def option_act(trigger: Trigger, words: Lexicon) -> Trigger:
    """ "kept open the OPTION of retaliating", "did not RULE OUT military action": the act moves to the
    verb of the party that keeps it open, marked so that the modality stage reads it as hypothetical."""
    tok = trigger.token
    holder = tok.head.head if named_option(tok, words) else tok
    verb = holder.head
    deps = ("dobj", "nsubjpass", "xcomp") if holder.i == tok.i else ("dobj", "nsubjpass")
    if holder.dep_ not in deps or verb.i == holder.i:
        return trigger
    if verb.lower_ == "open" and verb.dep_ in ("xcomp", "oprd", "acomp", "ccomp"):
        verb = verb.head  # "kept [open the option of ...]" parsed as a small clause
    if verb.pos_ != "VERB":
        return trigger
    kept_open = holder.i != tok.i and (
        verb.lemma_.casefold() in words.option_verbs
        or any(c.lower_ == "open" for c in doccache.children(verb))
    )
    excluding = _phrasal(verb, words) in words.unexcluded_verbs
    not_excluded = excluding and doccache.negated(verb)
    if excluding and not not_excluded and holder.i == tok.i:
        # "ruled out retaliating": no act, no threat; "ruled out talks": a rejection (coding/excluded.py)
        return excluded.ruled_out(trigger, verb, replace(trigger, dropped_by=EXCLUDED_ACT))
    if not (kept_open or not_excluded):
        return trigger
    targets = trigger.target_heads or _objects_of(tok)
    return replace(trigger, token=verb, noun=False, target_heads=targets, steps=(*trigger.steps, OPTION_ACT))


def continued_act(trigger: Trigger, words: Lexicon) -> Trigger:
    """ "said the raids would continue until Belgrade halted its offensive": an act of force that a
    speaker says will go on is the speaker's threat; the party of the "until"/"unless" clause is its
    target."""
    tok = trigger.token
    verb = tok.head
    if not trigger.noun or tok.dep_ != "nsubj" or trigger.pattern.code[:2] not in _FORCE_ROOTS:
        return trigger
    if _phrasal(verb, words) not in words.continuation_verbs or verb.dep_ != "ccomp":
        return trigger
    if kind_of(verb.head) != "report" or not any(kind_of(a) == "intent-aux" for a in doccache.children(verb)):
        return trigger
    clause = next((c for c in doccache.children(verb) if c.dep_ == "advcl" and _until(c)), None)
    if clause is None:
        return trigger  # "the flow of troops would go on": a continued posture, not a conditional threat
    subjects = tuple(c for c in doccache.children(clause) if c.dep_ == "nsubj")
    return replace(
        trigger,
        token=verb.head,
        noun=False,
        target_heads=subjects or trigger.target_heads,
        steps=(*trigger.steps, CONTINUED_ACT),
    )


def over_own(found: list[Trigger]) -> list[Trigger]:
    """A stance moved onto a verb replaces what the verb's own pattern made of it ("WEIGHING the option
    of sanctions" is a threat, not a policy being considered)."""
    moved = {t.token.i for t in found if set(t.steps) & _MOVED}
    # "kept OPEN the option of talks": the small clause's own word goes with the verb it hangs on
    moved |= {
        c.i for t in found if set(t.steps) & _MOVED for c in doccache.children(t.token) if c.lower_ == "open"
    }
    return [t for t in found if t.token.i not in moved or set(t.steps) & _MOVED]


def _until(clause: Token) -> bool:
    """ "until Belgrade halts", "unless the militants withdraw": the condition that would end the act."""
    return any(m.dep_ == "mark" and m.lower_ in ("until", "unless") for m in doccache.children(clause))


def _phrasal(verb: Token, words: Lexicon) -> str:
    """ "rule out", "go on": the verb with its particle, else its lemma."""
    # the parser often takes the particle for an adverb or for a preposition with no object ("go ON")
    particle = next(
        (
            c
            for c in doccache.children(verb)
            if c.dep_ == "prt"
            or (c.dep_ == "advmod" and c.lower_ in words.particle_adverbs)
            or (c.dep_ == "prep" and not list(doccache.children(c)))
        ),
        None,
    )
    lemma = verb.lemma_.casefold()
    return f"{lemma} {particle.lower_}" if particle is not None else lemma


def _objects_of(tok: Token) -> tuple[Token, ...] | None:
    """The objects of the act's own prepositions ("retaliating AGAINST the United States")."""
    found = tuple(
        g
        for p in doccache.children(tok)
        if p.dep_ == "prep"
        for g in doccache.children(p)
        if g.dep_ == "pobj"
    )
    return found or None
