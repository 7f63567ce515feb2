"""Which subordinate clauses and scene phrases only set the scene, and which tell an event of their own.

Used by the trigger stage when it sets triggers aside. A clause that only elaborates another event ("...,
killing four", "the attack, which wounded six") or gives the content of a noun ("an admission that troops
fired") gives way to the main clause's event. A clause with its own actor is an event of its own, dated by
its own words: "after troops fired on the crowd", "the rebels, who seized the town on Monday", "a demand
the government rejected", "during which riot police charged the marchers". So is an event noun in a scene
phrase that names its own parties ("following talks in Doha between Kabul and the Taliban").
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.annotations import annotation
from newsevents.coding import syntax
from newsevents.coding.agent_relative import AGENT_RELATIVE, agent_antecedent
from newsevents.coding.broker_relative import acting_agent, broker_role
from newsevents.coding.clause_acts import dated_own_act, reduced_relative_act, told_as_past
from newsevents.coding.decided import decided_act
from newsevents.coding.diplomacy import AGREEMENT_TERMS, FIRST_TO_ACT, agreement_terms, first_to_act
from newsevents.coding.finite_acl import finite_acl
from newsevents.coding.instead_act import instead_act
from newsevents.coding.lexicon import Lexicon, modality_kinds
from newsevents.coding.pair_talks import pair_talks
from newsevents.coding.protest import PROTEST_SCENE, protest_scene_event
from newsevents.coding.records import Trigger
from newsevents.coding.refused_message import refusal, refused, refused_content
from newsevents.coding.rules import declare
from newsevents.coding.speaker_conjunct import speaker_act

OWN_CLAUSE = declare(
    "select",
    "own-clause-event",
    "a time or relative clause with its own actor tells an event of its own, not the scene",
    "Accra recalled its envoy a day after soldiers fired on the crowd.",
)
SCENE_NOUN_PARTIES = declare(
    "select",
    "scene-noun-parties",
    "an event noun in a scene phrase that names its own parties is an event",
    "The deal followed two rounds of talks in Doha between Kabul and the Taliban.",
)

CONSEQUENCE = declare(
    "select",
    "consequence-event",
    "an event noun taken by a participle of consequence is a new event the main one caused",
    "Police fired on the marchers in Dhaka, sparking riots across the capital.",
)

SPEECH_PARTICIPLE = declare(
    "select",
    "speech-participle",
    "an elaborating participle of speech that criticises, rejects or threatens is a statement of its own",
    "Caracas sent troops to the frontier, warning that a raid on its soil would mean war.",
)
MESSAGE_CONTENT = declare(
    "select",
    "message-content",
    "a participle of speech on a message noun ('a note DEMANDING that ...', 'a letter URGING ...') is what "
    "the message says: the sender's statement, not a detail of the noun",
    "Quito handed Lima's envoy a note demanding the release of the fishermen.",
)
NO_EVENT_ABOVE = declare(
    "select",
    "no-event-above",
    "an elaborating participle on a verb that names no event is the event itself",
    "Putin signed a decree on Saturday imposing sanctions on Ankara.",
)

# CAMEO roots of verbal acts aimed at another party (appeal, demand, disapprove, reject, threaten): a
# thing ("all options") cannot make them, so the speaker does.
SPEECH_ROOTS = frozenset({"02", "10", "11", "12", "13"})
# Of those, the ones a participle of speech adds to the main event as a statement of its own.
PARTICIPLE_SPEECH_ROOTS = frozenset({"03", "11", "12", "13"})
# Relative pronouns: as a relative clause's subject they stand for the noun the clause hangs on.
_RELATIVE = frozenset({"which", "that", "who", "whom", "whose"})
# Relative adverbs that stand for a place or a time: the clause they open is what happened there.
_SCENE_RELATIVE = frozenset({"where", "when"})
# Named-entity kinds that can act: a relative clause on them tells what they did.
_ACTOR_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# Subordinators after which the clause has not happened yet ("until Belgrade halts", "once the
# ceasefire holds"): a condition, not a scene.
_PENDING_MARKS = frozenset({"until", "till", "once"})
# Subordinators of a clause told as an act before the main one ("a day AFTER it expelled"): with a past
# verb, a pronoun actor there is an act of its own, not the main clause's elaborated.
_EARLIER_MARKS = frozenset({"after", "before", "since"})


def clause_of(tok: Token) -> Token:
    """The head of the clause ``tok`` tells: coordinated verbs share their first conjunct's clause, an
    object or subject noun its verb's, and a controlled verb ("trying TO force", "used TO support") the
    clause of the verb that controls it, and what a participle says ("..., saying X") that participle's."""
    clause = tok
    for _ in range(6):
        while clause.dep == labels.CONJ and clause.head.i != clause.i:
            clause = clause.head
        if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            clause = clause.head
        elif clause.dep == labels.XCOMP and clause.head.i != clause.i:
            clause = clause.head
        elif clause.dep == labels.CCOMP and clause.head.dep == labels.ADVCL and clause.head.tag_ == "VBG":
            clause = clause.head  # what an elaborating participle says: "..., saying it had withheld aid"
        else:
            break
    return clause


def _subject(clause: Token) -> Token | None:
    """The clause's actor: its active subject, or a passive's agent ("was shot by troops"). A passive
    without an agent ("after two trucks were hit") names nobody to code."""
    subject = next((c for c in doccache.children(clause) if c.dep == labels.NSUBJ), None)
    if subject is not None:
        return subject
    agent = next((c for c in doccache.children(clause) if c.dep == labels.AGENT), None)
    return (
        next((c for c in doccache.children(agent) if c.dep_ == "pobj"), None) if agent is not None else None
    )


def relative_is_event(
    clause: Token,
    events: Container[int],
    event_nouns: frozenset[str],
    statements: frozenset[str] = frozenset(),
) -> bool:
    """Whether a relative clause tells an event of its own: a scene relative with its own actor ("during
    which police charged the marchers", "in which a gunman killed six"), or one whose relative pronoun is
    its actor ("the Taliban, who took Kabul"), or one whose own named actor did something to its noun ("a
    demand the government rejected"). A clause that describes its noun ("the attack, which killed six",
    "the bill, which would allow ...", "the hostages, whom they had seized") only elaborates that noun."""
    subject = _subject(clause)
    if subject is not None and _answers_claim(clause, subject, statements):
        return True
    if subject is None or not told_as_past(clause):
        return False
    if subject.lower_ not in _RELATIVE:
        # the relative word sets the scene ("during WHICH police charged"), or the clause's own named
        # actor did something to its noun ("a demand the government has rejected", "the accord Lima
        # signed"); a pronoun actor only elaborates ("the hostages, whom they had seized")
        return (
            _scene_relative(clause)
            or _named_actor_did(clause, subject, events)
            or dated_own_act(clause, subject, events)
        )
    antecedent = clause.head
    if antecedent.i in events or antecedent.lemma_.casefold() in event_nouns:
        return False
    if subject.lower_ in ("who", "whom") or antecedent.ent_type_ in _ACTOR_ENTITIES:
        return True
    # ("drones THAT crossed the border": an agent noun acts as a name does, coding/agent_relative.py)
    return agent_antecedent(antecedent, clause, events)


def _answers_claim(clause: Token, subject: Token, statements: frozenset[str]) -> bool:
    """ "..., which Lima denies", "a charge it rejected": a relative clause on the claim it answers, by a
    verb of ``statements`` with an actor of its own (not the relative word) and no modal, is that actor's
    statement, told in the present as often as in the past. On people ("the refugees, WHOM officials
    blame for the clashes") it describes them, as a present stance does."""
    return (
        clause.lemma_.casefold() in statements
        and clause.head.ent_type_ not in ("PERSON", "NORP")
        and not any(c.lower_ in ("who", "whom") for c in doccache.children(clause))
        and subject.dep == labels.NSUBJ
        and subject.lower_ not in _RELATIVE
        and not any(c.dep == labels.AUX and c.tag_ == "MD" for c in doccache.children(clause))
    )


def _scene_relative(clause: Token) -> bool:
    """A relative clause whose relative word is its scene: "during WHICH police charged", "the capital,
    WHERE he urged both sides to talk", "the week WHEN rebels took the town"."""
    return any(
        (c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lower_ in _RELATIVE for p in doccache.children(c)))
        or (c.dep == labels.ADVMOD and c.lower_ in _SCENE_RELATIVE)
        for c in doccache.children(clause)
    )


def _named_actor_did(clause: Token, subject: Token, events: Container[int]) -> bool:
    """ "a demand the government has rejected", "the accord Lima signed": the relative clause's verb is
    itself an event, done by an actor it names in the active voice (not a pronoun, not "whose army")."""
    return (
        clause.i in events
        and subject.dep == labels.NSUBJ
        and subject.tag_ != "PRP"
        and subject.pos_ in ("NOUN", "PROPN")
        and not any(t.lower_ in _RELATIVE for t in doccache.subtree(subject))
    )


def adverbial_is_event(clause: Token, marks: set[str], things: frozenset[str] = frozenset()) -> bool:
    """Whether a time clause ("after troops fired", "as protesters marched") tells an event of its own:
    it has its own actor and has already happened (not "until ...", "once ...", "before they disarm")."""
    subject = _subject(clause)
    if marks & _PENDING_MARKS or subject is None or not own_actor(clause, subject, marks, things):
        return False
    # "while Jakarta will withdraw its troops": a clause with a modal of its own is an intention of its
    # own (the modality stage reads it), not the scene of the main clause
    # "declared an emergency after rioters set stations alight": what a past act came after has happened,
    # whatever tense the parser read in an ambiguous form ("set", "cut", "put")
    after_past = "after" in marks and told_as_past(clause.head)
    return (
        told_as_past(clause)
        or after_past
        or _historic_present(clause, marks)
        or any(
            c.dep == labels.AUX and modality_kinds().get(c.lower_, "").endswith("-aux")
            for c in doccache.children(clause)
        )
    )


# Subordinators of a clause told beside the main one in a chronology's present ("... as Quito WITHDRAWS")
_HISTORIC_MARKS = frozenset({"after", "as"})
_PRESENT = ("VBZ", "VBP")


def _historic_present(clause: Token, marks: set[str]) -> bool:
    """Whether a present-tense time clause sits on a present-tense main verb, as a chronology tells its
    past in the present ("May 3 - Lima recalls its envoy after Quito EXPELS two diplomats"): the clause
    has happened as much as the main clause has."""
    return bool(marks & _HISTORIC_MARKS) and clause.tag_ in _PRESENT and clause.head.tag_ in _PRESENT


def own_actor(clause: Token, subject: Token, marks: set[str], things: frozenset[str]) -> bool:
    """Whether a time clause's subject is an actor of its own. A pronoun is the main clause's own actor
    ("..., as they searched the ship" elaborates) unless the clause tells an earlier act ("a day after it
    expelled two envoys", "before he resigned": ``_EARLIER_MARKS``); a thing is no actor ("after the convoy
    was hit by gunfire") unless a party is named on it ("after Peruvian shells hit the town", "NATO
    missiles")."""
    if subject.tag_ == "PRP":
        earlier = bool(marks & _EARLIER_MARKS) and told_as_past(clause)
        return earlier and not _two_antecedents(clause, subject)
    if subject.lemma_ in things:
        return any(
            c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in _ACTOR_ENTITIES
            for c in doccache.children(subject)
        )
    return True


def _two_antecedents(clause: Token, pronoun: Token) -> bool:
    """Whether the main clause names two parties the pronoun could stand for ("Putin accused Clinton ...,
    after SHE described the vote as unfair"; "Lima condemned Quito a day after IT expelled ..."): whose act
    it was is then not told, and the clause stays the scene."""
    kinds = ("PERSON",) if pronoun.lower_ in ("he", "she") else ("GPE", "ORG", "NORP")
    # (the dateline's place the parser made a second subject, "NEW DELHI, Feb 16 - India raised ...", is
    # no party the pronoun could stand for: coding/datelined.py)
    dateline = annotation(clause.doc, "ne_dateline")
    parties = [
        c
        for c in doccache.children(clause.head)
        if c.dep_ in ("nsubj", "dobj", "dative")
        and c.ent_type_ in kinds
        and not (dateline is not None and dateline.start <= c.i < dateline.end)
    ]
    return len(parties) >= 2


def background_clause(tok: Token, events: Container[int], words: Lexicon) -> bool:
    """Whether ``tok`` sits in a clause that only sets the scene: an elaborating participle ("...,
    wounding four"), a noun's content ("an admission that troops fired"), a relative or participle
    clause that elaborates its noun, or a time clause without an actor of its own."""
    if speaker_act(tok):
        return False  # ("said there was no proof the blast was the work of X and BLAMED Y": the speaker's)
    clause = clause_of(tok)
    if clause.dep == labels.RELCL:
        own = first_to_act(clause) or agreement_terms(clause)  # (coding/diplomacy.py)
        if (not own and broker_role(clause)) or refused_content(clause, words):
            return True  # ("Norway, which brokered the truce, ...": broker_relative.py; refused_message.py)
        return not own and not relative_is_event(clause, events, words.event_nouns, words.relative_statements)
    if clause.dep == labels.ACL and clause.head.pos_ in ("NOUN", "PROPN"):
        # "a ceasefire brokered by Paris": its agent's act (a body's founders are not: broker_relative.py)
        agent = acting_agent(clause) or first_to_act(clause)
        agent = agent or decided_act(clause, words)  # ("China's decision to recall": coding/decided.py)
        # ("vessels FIRED on the ships, then seized them": a finite verb, coding/finite_acl.py)
        return not agent and not message_content(clause, words) and not finite_acl(clause)
    if clause.dep == labels.CCOMP and clause.head.pos_ in ("NOUN", "PROPN"):
        return not reduced_relative_act(clause, events)
    if clause.dep != labels.ADVCL:
        return False
    marks = {c.lower_ for c in doccache.children(clause) if c.dep == labels.MARK}
    if not marks and message_content(clause, words):
        return False
    if not marks:
        # an elaborating participle: "..., killing four", "..., expected to be joined by Rome"; but what a
        # participle of consequence takes is a new event ("..., sparking riots")
        return (
            not (tok.i != clause.i and consequence(clause, words))
            and clause.tag_ in ("VBG", "VBN")
            and _subject(clause) is None
            and not any(c.dep_ in ("aux", "auxpass") for c in doccache.children(clause))
            and not instead_act(clause)  # ("did not condemn X, CALLING INSTEAD for Y": instead_act.py)
        )
    from newsevents.coding import tolled  # (tolled reads roles, which reads scene)

    if tolled.toll_time_clause(clause, words.event_subjects):
        return False  # ("vowed revenge after a car bomb KILLED 40": the attack, coding/tolled.py)
    return bool(marks & words.scene_marks) and not adverbial_is_event(clause, marks, words.event_subjects)


def message_content(clause: Token, words: Lexicon) -> bool:
    """Whether ``clause`` is a present participle on a message noun that tells what the message asks,
    demands or charges ("a note DEMANDING that Islamabad act", "a resolution URGING a truce"; the verbs are
    ``message_verbs``). A plain "saying" is left to the judgement rules (coding/judgement.py)."""
    if clause.tag_ != "VBG" or clause.lemma_.casefold() not in words.message_verbs:
        return False
    if clause.dep == labels.ACL:  # (a message someone vetoes says what its authors want: refused_message)
        return clause.head.lemma_.casefold() in words.message_nouns and not refused(clause.head, words)
    # "handed him a note DEMANDING ...", parsed as a participle on the verb: the verb's message object
    return elaborating_participle(clause) and not refused(clause, words) and any(
        c.dep == labels.DOBJ and c.i < clause.i and c.lemma_.casefold() in words.message_nouns
        for c in doccache.children(clause.head)
    )


def carried_message(tok: Token, coded: set[int], words: Lexicon) -> bool:
    """Whether verb ``tok`` issues, sends or releases a message ("issued a statement", "sent a letter")
    whose content, a participle of speech on the noun or the verb (``message_content``), is among the
    ``coded`` token indices: the content is the sender's act, and the verb adds nothing of its own, as a
    bare "said" adds nothing to what was said (selection, with the self-directed acts); a veto is no carrier.
    """
    if tok.pos_ != "VERB" or refusal(tok, words) or tok.lemma_.casefold() in words.message_signers:
        return False
    kids = doccache.children(tok)
    messages = [c for c in kids if c.dep == labels.DOBJ and c.lemma_.casefold() in words.message_nouns]
    clauses = [c for m in messages for c in doccache.children(m) if c.dep == labels.ACL]
    clauses += [c for c in kids if c.dep == labels.ADVCL] if messages else []
    return any(c.i in coded and message_content(c, words) for c in clauses)


def speech_participle(clause: Token, code: str, words: Lexicon) -> bool:
    """Whether ``clause`` is an elaborating participle that makes a statement of its own: a criticism,
    rejection, threat or pledge by a verb of speech ("..., warning that a raid would mean war", "...,
    accusing Kyiv of shelling", "met on Monday, pledging to reopen the border"), which no main event
    folds in. (Not an appeal: "marched, calling for ..." is what
    the march was about.)"""
    return (
        elaborating_participle(clause)
        and clause.tag_ == "VBG"
        and code[:2] in PARTICIPLE_SPEECH_ROOTS
        and clause.lemma_.casefold() in words.speech_participles
    )


def elaborating_participle(clause: Token) -> bool:
    """An adverbial participle with no subordinator ("..., killing four", "..., imposing sanctions")."""
    return (
        clause.dep == labels.ADVCL
        and clause.tag_ in ("VBG", "VBN")
        and not any(c.dep == labels.MARK for c in doccache.children(clause))
    )


def consequence(clause: Token, words: Lexicon) -> bool:
    """Whether ``clause`` is a verb of consequence ("sparking", "setting off"), phrasal verbs with their
    particle."""
    particle = next((c.lower_ for c in doccache.children(clause) if c.dep == labels.PRT), None)
    lemma = clause.lemma_.casefold()
    return (f"{lemma} {particle}" if particle else lemma) in words.consequence_verbs


def scene_noun_is_event(tok: Token) -> bool:
    """Whether an event noun under a scene preposition ("after the talks", "during the raid") names its own
    parties ("talks between Kabul and the Taliban", "the raid by commandos", "during a visit to Hanoi":
    ``syntax.setting_act``), which makes it an event; a protest as a stretch of time ("the third day of
    protests") is one too."""
    if protest_scene_event(tok) or syntax.with_counterpart(tok) or syntax.setting_act(tok):
        return True
    if pair_talks(tok) is not None:  # (a pair's talks before its act: coding/pair_talks.py)
        return True
    for prep in (c for c in doccache.children(tok) if c.dep_ in ("prep", "agent")):
        if prep.lower_ in ("between", "by") and any(c.dep == labels.POBJ for c in doccache.children(prep)):
            return True
    return False


def kept_by(tok: Token, words: Lexicon, code: str = "") -> str | None:
    """The rule of this module that kept ``tok``'s event (coded ``code``) when its clause or phrase would
    otherwise only set the scene (for the event's steps), or None."""
    if tok.dep == labels.POBJ and tok.head.lower_ in words.scene_prepositions and scene_noun_is_event(tok):
        return PROTEST_SCENE if protest_scene_event(tok) else SCENE_NOUN_PARTIES
    clause = clause_of(tok)
    if first_to_act(clause):
        return FIRST_TO_ACT
    if agreement_terms(clause):
        return AGREEMENT_TERMS
    if clause.dep == labels.RELCL and agent_antecedent(clause.head, clause, (), code, named=True):
        return AGENT_RELATIVE
    if clause.dep == labels.RELCL or (
        clause.dep == labels.ADVCL and any(c.dep == labels.MARK for c in doccache.children(clause))
    ):
        return OWN_CLAUSE
    if clause.dep == labels.ACL and any(c.dep == labels.AGENT for c in doccache.children(clause)):
        return OWN_CLAUSE
    if clause.dep_ in ("acl", "advcl") and message_content(clause, words):
        return MESSAGE_CONTENT
    if clause.dep == labels.ADVCL and tok.i != clause.i and consequence(clause, words):
        return CONSEQUENCE
    if clause.i == tok.i and speech_participle(clause, code, words):
        return SPEECH_PARTICIPLE
    if elaborating_participle(clause) and background_clause(tok, (), words):
        return NO_EVENT_ABOVE
    return None


# CAMEO root of investigation: an inquiry's finding ("investigators CONCLUDED that a submarine fired the
# torpedo") is an act of its own (09), not a report that gives way to the act it finds.
_FINDING_ROOT = "09"


def own_finding(trigger: Trigger) -> bool:
    """Whether a reporting trigger is an investigation's finding, coded beside the act it finds."""
    return trigger.coded_as.startswith(_FINDING_ROOT)
