"""Diplomacy and cooperation constructions the pattern rows cannot say by themselves.

* Joint acts: two coordinated parties who sign, meet or cooperate act on each other (the arguments
  stage's rule target:coordinated-subject, which ``inner_party`` widens), whatever third party the
  phrase names inside the agreement's content ("Seoul and Tokyo signed a pact on Pyongyang's
  missiles", "Beijing and Nairobi signed a deal under which Beijing's bank will lend ..."). Only a
  counterpart preposition ("with", "to", "between") or the verb's own object names a real third party
  ("Oslo and Rome signed a deal WITH Tripoli").
* Firsts: "the first leader TO VISIT Asmara" says the visit took place; the infinitive on the noun is
  the event, not a description that sets the scene (coding/scene.py).
* "Called X Y": a complement after the called party makes a judgement (coding/judgement.py codes those
  of known tone); whatever its tone, it is no telephone call.
* Joint acts told twice: "Eritrea and Ethiopia signed a declaration ... Isaias and Abiy signed the
  document" is one signing; two drafts of one symmetric code between the same two countries are one
  event, however differently the parties are named (coding/selection.py merges them).
* Arrivals told in a relative clause: "Obama, who landed on Sunday for a three-day visit, ..." is the
  visit, though the clause has a date of its own (dated relative clauses are otherwise backstory).
* Gerunds after a time noun: "arrived in Phnom Penh, a day after meeting his Thai counterpart": the
  parser hangs "a day" off a noun; the gerund's subject is the main clause's (coding/roles.py).
* Handovers for trial: a person handed over or flown to another state "to face charges" or "to stand
  trial" is extradited (063, judicial cooperation), not released (084); the receiving state is the
  target (coding/roles.py tries it first).
* Inquiries started ("ordered an inquiry into the attack") are investigations; deployments carrying
  relief goods ("ships carrying relief supplies") are humanitarian aid.
* Agreement terms: "a deal under which Tokyo will lend Hanoi ..." tells an act of its own.
* Own-phrase targets: an act aimed at another party whose only target is its source's own country, read
  from inside its own phrase, is aimed at the story's counterpart (coding/selection.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding.border_with import border_targets
from newsevents.coding.counterpart import answers_another, story_counterpart
from newsevents.coding.eased import aimed_parties
from newsevents.coding.lexicon import Lexicon
from newsevents.coding.records import Draft, Trigger
from newsevents.coding.rules import declare
from newsevents.coding.semantics import symmetric
from newsevents.records import Actor

FIRST_TO_ACT = declare(
    "select",
    "first-to-act",
    "'the first X to do Y' says Y took place: the infinitive on the noun is an event, not scene",
    "Ruto became the first Kenyan president to visit Juba in a decade.",
)
AGREEMENT_TERMS = declare(
    "select",
    "agreement-terms",
    "a relative clause 'under which X will ...' on an agreement noun tells the agreement's terms, each an "
    "act (an intention) of its own party, not a description of the noun",
    "They signed a deal under which Tokyo will lend Hanoi $2 billion.",
)
OWN_PHRASE_TARGET = declare(
    "target",
    "own-phrase-target",
    "an act aimed at another party whose only target is its source's own country, read from inside its "
    "own phrase (the last-resort object-phrase rule), targets the story's counterpart instead",
    "Riyadh welcomed the emir on Tuesday, the first visit by the Qatari ruler to the kingdom in years.",
)
STARTED_INQUIRY = declare(
    "code",
    "started-inquiry",
    "a verb of starting (order, launch, open, set up) whose object is an inquiry starts an investigation "
    "(09), whatever the inquiry is into",
    "The council ordered an inquiry into the attack on the convoy.",
)
RELIEF_CARGO = declare(
    "code",
    "relief-cargo",
    "ships, planes or troops sent, landing or arriving with relief goods, or a unit of medics or rescuers "
    "landing, are humanitarian aid (073), not a deployment",
    "Canberra sent two navy ships carrying relief supplies to Tonga.",
)
CALLED_NOT_PHONED = declare(
    "select",
    "called-not-phoned",
    "'called X Y' with a complement of no known tone is a judgement, never a telephone call (041) nor a "
    "strike called (143)",
    "The minister called Washington 'ready to tear up every rule'.",
)
TRIAL_HANDOVER = declare(
    "code",
    "trial-handover",
    "a person handed over or flown to another state to face charges or stand trial is extradited (063)",
    "Bogota handed the cartel boss over to Washington on Friday to face trafficking charges.",
)

# Prepositions whose object is a real counterpart of a joint act, not a matter it concerns.
_COUNTERPART_PREPOSITIONS = frozenset({"with", "to", "between", "among", "and"})
# Words that make an infinitive on a noun a fact: "the first/last/only leader to visit ...".
_FIRST_WORDS = frozenset({"first", "second", "third", "last", "only", "latest"})
# Codes of a handover (a release, a return) that a trial purpose turns into an extradition.
_HANDOVER_CODES = frozenset({"084", "0841", "0842", "081"})
# Lemmas of handover triggers ("handed over", "flew", "sent", "transferred", "returned").
_HANDOVER_LEMMAS = frozenset(
    {"hand over", "hand", "fly", "send", "transfer", "return", "deliver", "turn over"}
)
# Purposes that make a handover an extradition: to face (charges, trial), to stand trial, to be tried.
_TRIAL_PURPOSES = frozenset({"face", "stand", "try", "answer"})
EXTRADITION_CODE = "063"
# Receivers that take custody for their state (police, agents, prosecutors, authorities), unlike a go-between
# (an envoy, mediators, the Red Cross) through whom captives are freed to their own state.
_LAW_ORGANS = frozenset(
    {"police", "policeman", "agent", "officer", "authority", "prosecutor", "investigator", "gendarme"}
)
PHONE_CODE = "041"
# Participles that give a person's alias ("known as", "nicknamed", "dubbed", "called").
_ALIAS_VERBS = frozenset({"know", "nickname", "dub", "call"})
# Codes of a transfer whose "to" party is the recipient, the counterpart, before the thing or person
# transferred, which may be named after a country ("handed the Benin masks back to Nigeria"): an
# extradition or handover (063), aid (07), a return or release (084).
_RETURN_CODE = "084"
_TO_RECIPIENT_CODES = (EXTRADITION_CODE, "07", _RETURN_CODE)
# Particles of a transfer ("hand back", "hand over") that may carry its "to" phrase in the parse.
_TRANSFER_PARTICLES = frozenset({"back", "over"})
# The last-resort target rule of coding/arguments.py (named, as the role rules above).
OBJECT_PHRASE = "target:object-phrase"
# Verbs of arriving on a trip.
_ARRIVAL_VERBS = frozenset({"arrive", "land", "fly", "travel", "visit", "come", "fly in"})
# Nouns that measure time from an act ("a day after meeting", "hours before signing").
_TIME_NOUNS = frozenset({"minute", "hour", "day", "week", "month", "year", "night", "morning", "evening"})
# Nouns of an agreement whose "under which ..." clause gives its terms.
_AGREEMENT_NOUNS = frozenset(
    {"deal", "agreement", "accord", "pact", "treaty", "arrangement", "memorandum", "plan", "deals"}
)
# Verbs by which a party turns an agreement or plan down: its terms then tell no act ("rejected a plan
# under which the president would hand power to his deputy", "a plan ... was rejected by Damascus").
_REFUSING_VERBS = frozenset({"reject", "refuse", "spurn", "dismiss", "rebuff", "turn down", "veto"})
# Verbs that start what their object names ("ordered an inquiry", "set up a commission of inquiry").
_STARTING_VERBS = frozenset(
    {"order", "launch", "open", "set up", "begin", "start", "establish", "commission", "institute"}
)
# Nouns of an investigation (the &INVESTIGATION set without its loose members: analysis, research).
_INQUIRY_NOUNS = frozenset({"inquiry", "enquiry", "investigation", "probe", "examination", "commission"})
INVESTIGATION_CODE = "090"
# Codes of a deployment of forces (as coding/purpose.py), and the words of relief goods that a deployment
# "carrying" or "with" them is sent to deliver (beside ``relief_purposes`` of words.toml).
_DEPLOYMENT_CODES = frozenset({"150", "152", "153", "154"})
_RELIEF_GOODS = frozenset({"aid", "food", "water", "medicine", "medical", "tent", "blanket", "rice", "flour"})
_CARRYING = frozenset({"carry", "bring", "load", "laden", "bear", "ferry"})
# The same verbs' participles as the tagger leaves them when it reads one as a noun ("plane carrying ...").
_CARRYING_FORMS = frozenset({"carrying", "bringing", "loaded", "laden", "bearing", "ferrying"})
# Relief workers who make a deployment's subject a relief team ("a brigade of doctors", "a military rescue
# unit"): medics and rescuers are sent to help, not to fight.
_RELIEF_TEAMS = frozenset({"rescuer", "rescue", "medic", "doctor", "nurse", "virologist", "paramedic"})
RELIEF_CODE = "073"
# Roots of cooperation (intent, consult, diplomatic and material cooperation, aid): one sentence telling
# one such act twice tells one event.
_COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07"})
# Dependents that hold the complement of "called X Y" (as coding/judgement.py reads them).
_COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "ccomp"})
# The target rules of coding/roles.py this module reads (named, not imported: roles imports scene, which
# imports this module); tests/coding/test_cooperation_probe.py checks they are still declared.
OBJECT_OWNER = "target:object-owner"
PREP_OBJECT = "target:prep-object"


def inner_party(rule: str | None, head: Token | None) -> bool:
    """Whether a joint act's target was read from inside its content (a clause on its object, or a
    preposition that is no counterpart's), so that two coordinated sources act on each other."""
    if head is None:
        return False
    if rule == OBJECT_OWNER:
        return True
    if rule != PREP_OBJECT:
        return False
    prep = head.head
    for _ in range(3):
        if prep.dep_ in ("prep", "agent") or prep.head.i == prep.i:
            break
        prep = prep.head
    return prep.dep_ == "prep" and prep.lower_ not in _COUNTERPART_PREPOSITIONS


def first_to_act(clause: Token) -> bool:
    """Whether ``clause`` is an infinitive on a noun ranked "first", "last" or "only" ("the first Indian
    leader to visit Israel"; the parser reads it as a participle or a relative clause)."""
    if clause.dep_ not in ("acl", "relcl"):
        return False
    if not doccache.infinitive_to(clause):
        return False
    noun = clause.head
    return any(c.dep_ == "amod" and c.lower_ in _FIRST_WORDS for c in doccache.children(noun))


def recipients(tok: Token, code: str) -> list[Token]:
    """The party an extradition or handover (063), aid or a return is made to ("handed the ex-president
    over TO WASHINGTON"): it, not the person handed over, is the counterpart, so it is tried first; so is the
    party a measure eased or imposed is aimed at (coding/eased.py)."""
    if not code.startswith(_TO_RECIPIENT_CODES):
        return aimed_parties(tok, code)  # (a measure eased or imposed: the party it is aimed at)
    # (the parser may hang "to" on the verb as a dative, or on the object handed over: "handed over the
    # Bronzes TO ABUJA" reads as "the Bronzes to Abuja")
    objects = [c for c in doccache.children(tok) if c.dep_ == "dobj"]
    # (or on the particle the parser took for an adverb: "handed Hong Kong BACK to China")
    particles = [c for c in doccache.children(tok) if c.dep_ == "advmod" and c.lower_ in _TRANSFER_PARTICLES]
    preps = [
        c
        for t in [tok, *objects, *particles]
        for c in doccache.children(t)
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
    ]
    found = [p for c in preps for p in doccache.children(c) if p.dep_ == "pobj"]
    found += _after_alias(objects)
    # (a release made through a go-between, "freed the hostages to the Red Cross", "to Egyptian
    # mediators", is aimed at the freed people's state: only a state named by its name comes first)
    # (but a state's police, agents or prosecutors, "handed the smugglers to Colombian police", are that
    # state taking custody, no go-between: they are the recipient too)
    if not code.startswith(_RETURN_CODE):
        return found
    return [p for p in found if _named_state(p) or _law_organ(p)]


def _after_alias(objects: list[Token]) -> list[Token]:
    """A named state in a "to" phrase the parser hangs on the alias participle of the person handed over
    ("extradited X, KNOWN as Y, the leader of a gang, TO the United States"): an alias takes no "to" of its
    own after its "as" phrase, so the phrase is the handover's."""
    found: list[Token] = []
    for alias in (c for o in objects for c in doccache.children(o) if c.dep_ == "acl"):
        if alias.lemma_.casefold() not in _ALIAS_VERBS:
            continue
        kids = doccache.children(alias)
        named_as = next((c.i for c in kids if c.dep_ == "prep" and c.lower_ == "as"), None)
        for prep in kids:
            if named_as is None or prep.dep_ != "prep" or prep.lower_ != "to" or prep.i < named_as:
                continue
            found += [p for p in doccache.children(prep) if p.dep_ == "pobj" and _named_state(p)]
    return found


def _named_state(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("ORG", "PERSON", "NORP")


def _law_organ(tok: Token) -> bool:
    """Whether ``tok`` is a state's law-enforcement organ qualified by its state ("Colombian police",
    "U.S. drug agents", "the Indian authorities"): a handover to it is custody taken by that state."""
    if tok.lemma_.casefold() not in _LAW_ORGANS:
        return False
    return any(
        c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")
        for c in doccache.children(tok)
    )


def agreement_terms(clause: Token) -> bool:
    """Whether ``clause`` is a relative clause "under which" (or "by which") on an agreement noun with a
    subject of its own that is no pronoun ("a deal under which Beijing's bank will lend Nairobi ...")."""
    if clause.dep_ != "relcl" or clause.head.lemma_.casefold() not in _AGREEMENT_NOUNS:
        return False
    under = any(
        c.dep_ == "prep"
        and c.lower_ in ("under", "by")
        and any(p.lower_ == "which" for p in doccache.children(c))
        for c in doccache.children(clause)
    )
    subject = next((c for c in doccache.children(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    noun = clause.head
    refused = noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.casefold() in _REFUSING_VERBS
    return under and subject is not None and subject.tag_ != "PRP" and not refused


def trial_purpose(tok: Token) -> bool:
    """Whether the handover at ``tok`` has a purpose clause of trial ("to face charges", "to stand trial",
    "to be tried")."""
    for clause in doccache.children(tok):
        if clause.dep_ not in ("advcl", "xcomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not doccache.infinitive_to(clause):
            continue
        if clause.lemma_.casefold() in _TRIAL_PURPOSES:
            return True
    return False


def trial_handover(trigger: Trigger) -> Trigger:
    """``trigger`` recoded as an extradition (063) when it is a handover for trial; else unchanged."""
    code = trigger.coded_as
    if trigger.noun or code not in _HANDOVER_CODES or trigger.pattern.lemma not in _HANDOVER_LEMMAS:
        return trigger
    if not trial_purpose(trigger.token):
        return trigger
    pattern = replace(trigger.pattern, code=EXTRADITION_CODE, id=f"{trigger.pattern.id}+trial")
    return replace(trigger, pattern=pattern, steps=(*trigger.steps, TRIAL_HANDOVER))


def called_not_phoned(trigger: Trigger) -> Trigger:
    """``trigger`` set aside when it is a row of "called" (a telephone call, a strike called) with a
    complement after its object ("called the United States 'ready to ...'", "called the strikes indecent")."""
    tok = trigger.token
    if trigger.noun or tok.lemma_.casefold() != "call":
        return trigger
    if not any(c.dep_ == "dobj" for c in doccache.children(tok)):
        return trigger
    if not any(c.dep_ in _COMPLEMENT_DEPS and c.pos_ in ("ADJ", "NOUN") for c in doccache.children(tok)):
        return trigger
    return replace(trigger, dropped_by=CALLED_NOT_PHONED)


def arrival(verb: Token) -> bool:
    """Whether ``verb`` is a verb of arriving on a trip ("who landed on Sunday for a visit", "who arrived
    in Tehran on Thursday"): a dated relative clause of arrival tells the visit, not backstory."""
    return verb.lemma_.casefold() in _ARRIVAL_VERBS


def time_anchor(tok: Token) -> Token:
    """The verb a time noun measures from ("arrived ..., a DAY after meeting X", the parser hanging "a day"
    off the nearest noun): the sentence's main verb; any other token is itself."""
    if tok.pos_ != "NOUN" or tok.lemma_.casefold() not in _TIME_NOUNS:
        return tok
    root = doccache.sent(tok).root
    return root if root.pos_ in ("VERB", "AUX") else tok


def started_inquiry(trigger: Trigger) -> Trigger:
    """``trigger`` recoded as an investigation when a verb of starting takes an inquiry noun as its object
    ("ordered an inquiry into the attack" is no order to attack); else unchanged."""
    tok = trigger.token
    if trigger.noun or trigger.coded_as == INVESTIGATION_CODE:
        return trigger
    particle = next((c.lower_ for c in doccache.children(tok) if c.dep == labels.PRT), None)
    lemma = tok.lemma_.casefold()
    if (f"{lemma} {particle}" if particle else lemma) not in _STARTING_VERBS:
        return trigger
    objects = [c for c in doccache.children(tok) if c.dep_ in ("dobj", "nsubjpass")]
    if not any(o.lemma_.casefold() in _INQUIRY_NOUNS for o in objects):
        return trigger
    pattern = replace(trigger.pattern, code=INVESTIGATION_CODE, id=f"{trigger.pattern.id}+inquiry")
    return replace(trigger, pattern=pattern, steps=(*trigger.steps, STARTED_INQUIRY))


def relief_cargo(trigger: Trigger, relief_words: frozenset[str]) -> Trigger:
    """``trigger`` recoded as humanitarian aid when a deployment's object carries relief goods ("sent two
    navy ships carrying relief supplies", "dispatched planes with food"); else unchanged."""
    if trigger.noun or trigger.coded_as not in _DEPLOYMENT_CODES:
        return trigger
    goods = _RELIEF_GOODS | relief_words
    tok = trigger.token
    # ("ships carrying relief supplies", "planes with food"; "sent planes to Syria with tents"; as the
    # subject: "planes carrying medical supplies landed")
    links = [
        link for o in doccache.children(tok) if o.dep_ in ("dobj", "nsubj") for link in doccache.children(o)
    ]
    for link in [*links, *doccache.children(tok)]:
        carried = link.dep_ == "acl" and link.lemma_.casefold() in _CARRYING and link.head.i != tok.i
        carried = carried or (link.dep_ == "prep" and link.lower_ == "with")
        if carried and any(t.lemma_.casefold() in goods or t.lower_ in goods for t in doccache.subtree(link)):
            pattern = replace(trigger.pattern, code=RELIEF_CODE, id=f"{trigger.pattern.id}+cargo")
            return replace(trigger, pattern=pattern, steps=(*trigger.steps, RELIEF_CARGO))
    subjects = [t for s in doccache.children(tok) if s.dep_ == "nsubj" for t in doccache.subtree(s)]
    # ("a plane carrying water, blankets and nets landed": the parser may make the cargo the subject's
    # head, with "carrying" a mere modifier of it, so the carrying word and the goods share the subject)
    carrying = any(t.lemma_.casefold() in _CARRYING or t.lower_ in _CARRYING_FORMS for t in subjects)
    if carrying and any(t.lemma_.casefold() in goods or t.lower_ in goods for t in subjects):
        pattern = replace(trigger.pattern, code=RELIEF_CODE, id=f"{trigger.pattern.id}+cargo")
        return replace(trigger, pattern=pattern, steps=(*trigger.steps, RELIEF_CARGO))
    if any(t.lemma_.casefold() in _RELIEF_TEAMS for t in subjects):
        pattern = replace(trigger.pattern, code=RELIEF_CODE, id=f"{trigger.pattern.id}+cargo")
        return replace(trigger, pattern=pattern, steps=(*trigger.steps, RELIEF_CARGO))
    return trigger


def cooperation_codes(trigger: Trigger, words: Lexicon) -> Trigger:
    """``trigger`` with this module's code rules applied (handovers for trial, inquiries started, relief
    cargo; "called X Y")."""
    recoded = relief_cargo(started_inquiry(trial_handover(trigger)), words.relief_purposes)
    return called_not_phoned(recoded)


def restated_joint_act(a: Draft, b: Draft) -> bool:
    """Whether two drafts tell one joint act (a signing, a meeting, a call: a symmetric code) between the
    same two countries in other words ("Chile and Peru signed the accord ... the two presidents signed the
    document"), or one cooperative act of one code told twice in one sentence by one party to another;
    dates that disagree are checked before (coding/selection.py)."""
    if a.code != b.code or a.target is None or b.target is None:
        return False
    pair = (a.source.country, a.target.country)
    if None in pair or pair[0] == pair[1]:
        return False
    if a.sent.start == b.sent.start and a.code[:2] in _COOPERATION_ROOTS:
        # "flew into Pyongyang, the first leader from the South to set foot in the North": one visit
        return pair == (b.source.country, b.target.country)
    return symmetric(a.code) and set(pair) == {b.source.country, b.target.country}


def own_phrase_targets(drafts: list[Draft], country_name: Callable[[str], str | None]) -> list[Draft]:
    """``drafts`` with each act aimed at another party whose target is its source's own country, read
    only from inside its own phrase ("the first visit by the Qatari ruler to the kingdom": QAT -> QAT),
    aimed at the story's counterpart instead (as coding/counterpart.py does for implicit targets)."""
    out: list[Draft] = []
    drafts = border_targets(drafts, country_name)  # ("to its border WITH X": X, coding/border_with.py)
    for i, d in enumerate(drafts):
        own = d.target is not None and d.target.country == d.source.country is not None
        if not own or OBJECT_PHRASE not in d.steps or not answers_another(d.code):
            out.append(d)
            continue
        other = story_counterpart(drafts, i)
        if other is None:
            out.append(d)
            continue
        actor = Actor(text="", name=country_name(other) or other, country=other, role=None, code=other)
        out.append(replace(d, target=actor, steps=(*d.steps, OWN_PHRASE_TARGET)))
    return out
