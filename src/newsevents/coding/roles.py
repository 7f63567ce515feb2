"""Where an event's parties sit in the parse: the tokens that head its source and target phrases, each
with the named rule that found it. Pure functions of the parse; ``arguments`` turns heads into actors."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding import clause_party, decided, doers, recent_relative, reduced_relative, scene, syntax
from newsevents.coding.addressee import CONJUNCT_ADDRESSEE, conjunct_addressees
from newsevents.coding.condition_owner import pronoun_condition
from newsevents.coding.diplomacy import recipients, time_anchor
from newsevents.coding.finite_acl import finite_acl
from newsevents.coding.judged_conjunct import JUDGED_CONJUNCT, judging_speakers
from newsevents.coding.lexicon import lexicon
from newsevents.coding.passive_participle import participle_patients, reduced_passive
from newsevents.coding.protest import dispersal_object
from newsevents.coding.replied_with import REPLIED_WITH, reply_verb
from newsevents.coding.rules import declare
from newsevents.coding.side_clauses import partyless_clause
from newsevents.coding.speaker_conjunct import speaker_verb
from newsevents.coding.stand_ins import subjects as stand_in_subjects
from newsevents.coding.target_table import target_roles
from newsevents.coding.targets_agents import OBJECT_AGENT, act_agents, object_agents


class Head(NamedTuple):
    """A token heading a phrase that may name a party, and the rule that pointed at it."""

    token: Token
    rule: str


SUBJECT = declare("source", "subject", "the subject of an active verb", "Peru recalled its ambassador.")
PASSIVE_AGENT = declare(
    "source", "passive-agent", "the 'by' agent of a passive verb", "The convoy was stopped by Serbian police."
)
RELATIVE_HEAD = declare(
    "source",
    "relative-head",
    "the noun a relative clause hangs from acts in it",
    "The rebels, who shelled the town, ...",
)
OBJECT_CONTROL = declare(
    "source",
    "object-control",
    "the object of 'urged/asked X to' acts in the clause",
    "Norway urged Sri Lanka to resume talks.",
)
SHARED_SUBJECT = declare(
    "source",
    "shared-subject",
    "a verb without a subject shares its governor's or first conjunct's",
    "Chile signed the accord and ratified it.",
)
POSSESSOR = declare("source", "possessor", "the possessor of an event noun", "Ghana's mediation ...")
MODIFIER = declare(
    "source", "modifier", "a capitalised modifier of an event noun", "Turkish air strikes on the camps ..."
)
BY_PHRASE = declare(
    "source", "by-phrase", "the 'by' phrase of an event noun", "the expulsion of two diplomats by Oslo"
)
BETWEEN = declare(
    "source", "between", "the parties of 'between X and Y': X acts on Y", "talks between Hanoi and Beijing"
)
OF_PHRASE = declare(
    "source", "of-phrase", "in 'the visit of X to Y' X is the visitor", "the visit of the Pope to Cuba"
)
CAUSED_EVENT = declare(
    "source",
    "caused-event",
    "an event a participle of consequence names ('..., sparking riots') is its place's country's, else "
    "the causer's country's, never the causer's own act",
    "Police fired on the marchers in Dhaka, sparking riots across the capital.",
)
LIGHT_VERB_SUBJECT = declare(
    "source",
    "light-verb-subject",
    "an event noun object takes its verb's subject when it names nobody",
    "Teachers staged a strike.",
)
EVENT_SUBJECT = declare(
    "source",
    "event-subject",
    "a verb whose subject is an event noun takes that noun's parties",
    "Talks between Lima and Quito stalled.",
)
PASSIVE_CONJUNCT = declare(
    "target",
    "passive-conjunct",
    "a passive participle coordinated with another shares its patient",
    "The editor was detained by military police and charged with sedition.",
)
PASSIVE_CONJUNCT_AGENT = declare(
    "source",
    "passive-conjunct",
    "a passive participle coordinated with another shares its 'by' agent",
    "The editor was detained by military police and charged with sedition.",
)
OBJECT = declare(
    "target", "object", "the direct or dative object of the verb", "Peru expelled two Bolivian envoys."
)
PASSIVE_SUBJECT = declare(
    "target", "passive-subject", "the subject of a passive verb", "Two Estonian officers were detained."
)
THERE = declare("target", "there", "'there' stands for the country last named", "He travelled there in May.")
PREP_OBJECT = declare(
    "target",
    "prep-object",
    "the object of a target preposition (with, to, against, on, ...)",
    "Jordan protested to Israel.",
)
ELLIPSIS = declare(
    "target",
    "ellipsis",
    "a repeated verb without an object shares its first conjunct's",
    "Ruiz visited the island and Gómez visited twice.",
)
CLAUSE_OBJECT = declare(
    "target",
    "clause-object",
    "a purpose or complement clause names the counterpart",
    "Rome set up a panel to negotiate with Tripoli.",
)
OBJECT_OWNER = declare(
    "target",
    "object-owner",
    "the actor of an event noun object, named in a clause on it",
    "Caracas denounced the sanctions Washington imposed on its banks.",
)
CONCERN = declare(
    "target",
    "concern",
    "a complaint, demand or rejection made to one party about another is aimed at the other",
    "Lima complained to the council about Quito's troop build-up.",
)
CONDITION = declare(
    "target",
    "condition",
    "a threat is aimed at the party its condition names",
    "Minsk warned Vilnius of reprisals unless Warsaw reopened the crossing.",
)
OBJECT_POSSESSOR = declare(
    "target", "object-possessor", "the possessor of the verb's object", "attended Lebanon's talks"
)
CONSTRUCTION = declare(
    "target",
    "construction",
    "a construction names the target (the party a demand is made of)",
    "Madrid said Rabat must act.",
)


def _prep_targets(tok: Token) -> list[Head]:
    """The objects of the target prepositions on ``tok``, in the lexicon's order of prepositions."""
    preps = syntax.preps(tok)
    present = {prep.lower_ for prep in preps}  # (only these can add a target)
    targets: list[Head] = []
    for word in (w for w in lexicon().target_prepositions if w in present):
        objs = [
            c
            for prep in sorted(preps, key=lambda p: p.head.i == tok.i)  # ("ties with X", the object's, first)
            if prep.lower_ == word
            for c in doccache.children(prep)
            if c.dep == labels.POBJ
        ]
        # "protested against the seizure of a tanker by Iran": the act's agent, before its patient
        targets.extend(Head(a, OBJECT_AGENT) for c in objs for a in act_agents(c))
        targets.extend(Head(c, PREP_OBJECT) for c in objs)
    return targets


def verb_roles(tok: Token) -> tuple[list[Head], list[Head]]:
    """Source and target heads of a verb trigger, in the order they are tried."""
    sources: list[Head] = []
    targets: list[Head] = []
    if syntax.is_passive(tok) or passive_conjunct(tok) or _reduced_passive(tok):
        # "was arrested by police and charged": a passive conjunct shares its first verb's agent and
        # patient when it has none of its own.
        verbs = [tok, tok.head] if passive_conjunct(tok) else [tok]
        for v in verbs:
            agents = [p for a in doccache.dep_children(v, "agent") for p in doccache.dep_children(a, "pobj")]
            sources.extend(Head(p, PASSIVE_AGENT if v.i == tok.i else PASSIVE_CONJUNCT_AGENT) for p in agents)
            patients = [c for c in doccache.children(v) if c.dep == labels.NSUBJPASS]
            if v.i == tok.i and _reduced_passive(tok):
                patients = participle_patients(tok)  # ("workers seized by gunmen": the noun it describes)
            targets.extend(Head(c, PASSIVE_SUBJECT if v.i == tok.i else PASSIVE_CONJUNCT) for c in patients)
    else:
        sources.extend(
            # "the brothers who shot the guards": a relative pronoun is the noun the clause hangs from
            Head(tok.head, RELATIVE_HEAD) if _relative_pronoun(tok, s) else Head(s, SUBJECT)
            for s in syntax.subjects(tok)
        )
        sources.extend(_inherited_subjects(tok) if not sources else [])
        sources.extend(Head(t, rule) for t, rule in stand_in_subjects(tok, [h.token for h in sources]))
        targets.extend(Head(c, OBJECT_AGENT) for c in object_agents(tok))
        targets.extend(
            Head(c, OBJECT)
            for v in syntax.shared_object_verbs(tok)
            for c in doccache.children(v)
            if c.dep == labels.DOBJ or c.dep == labels.DATIVE
        )
        targets.extend(Head(c, THERE) for c in doccache.dep_children(tok, "advmod") if c.lower_ == "there")
    targets.extend(_prep_targets(tok))
    if (
        not any(c.dep == labels.DOBJ for c in doccache.children(tok))
        and tok.dep == labels.CONJ
        and tok.head.lemma_ == tok.lemma_
    ):
        targets[:0] = [Head(c, ELLIPSIS) for c in doccache.children(tok.head) if c.dep_ in ("dobj", "dative")]
    targets.extend(_clause_targets(tok))
    for obj in (c for c in doccache.children(tok) if c.dep == labels.DOBJ):
        targets.extend(Head(c, OBJECT_POSSESSOR) for c in doccache.children(obj) if c.dep == labels.POSS)
        # "the sanctions Washington imposed": the subject of a relative clause on the object (not a
        # relative pronoun: "the envoy who fled" names its own actor).
        targets.extend(
            Head(c, OBJECT_OWNER)
            for rel in doccache.children(obj)
            if rel.dep == labels.RELCL
            for c in doccache.children(rel)
            if c.dep == labels.NSUBJ and c.tag_ not in ("WDT", "WP")
        )
    return sources, targets


def with_fixed_roles(tok: Token, code: str, heads: list[Head]) -> list[Head]:
    """``heads`` with the parties ``code``'s fixed roles name put in their places (fixed_role_targets)."""
    before, after = fixed_role_targets(tok, code)
    if not before and not after:
        return heads
    objects = [h for h in heads if h.rule in (OBJECT, PASSIVE_SUBJECT)]
    return [*before, *objects, *after, *(h for h in heads if h not in objects)]


def fixed_role_targets(tok: Token, code: str) -> tuple[list[Head], list[Head]]:
    """Target heads that a code's fixed roles put first: the party a condition names (threats), then,
    after the direct object, the party a complaint is about. Returns (before objects, after objects)."""
    roles = target_roles()
    first: list[Head] = [Head(t, PREP_OBJECT) for t in recipients(tok, code)]  # (extraditions: to whom)
    after: list[Head] = []
    if code.startswith(roles.condition_codes):
        words = lexicon().conditions
        # (on the act or on the verb that makes it a threat: "threatened to strike unless ...")
        verbs = [tok, *syntax.governors(tok)]
        for clause in (c for v in verbs for c in doccache.children(v) if c.dep == labels.ADVCL):
            if any(m.dep == labels.MARK and m.lower_ in words for m in doccache.children(clause)):
                subjects = [c for c in doccache.children(clause) if c.dep == labels.NSUBJ]
                first.extend(Head(c, CONDITION) for c in subjects if not pronoun_condition(c, tok))
    if code.startswith(roles.concern_codes):
        for prep in syntax.preps(tok):
            if prep.lower_ not in roles.concern_prepositions:
                continue
            for pobj in (c for c in doccache.children(prep) if c.dep_ in ("pobj", "pcomp")):
                # "about what it called Britain's build-up": the owner inside the phrase, else the phrase
                owners = [t for t in doccache.subtree(pobj) if t.dep == labels.POSS and t.pos_ != "PRON"]
                after.extend(Head(t, CONCERN) for t in [*owners, *([pobj] if pobj.dep_ == "pobj" else [])])
    after.extend(Head(t, CONJUNCT_ADDRESSEE) for t in conjunct_addressees(tok, code))  # ("met X and urged")
    return first, after


def stray_objects(obj: Token) -> list[Token]:
    """Nouns the parser hangs as conjuncts from the verb of the direct object ``obj`` rather than from
    ``obj``: coordinated objects, each a party of its own ("killed the premier and four Belgian
    paratroopers")."""
    if obj.dep != labels.DOBJ:
        return []
    return [c for c in doccache.dep_children(obj.head, "conj") if c.pos_ in ("NOUN", "PROPN") and c.i > obj.i]


def _reduced_passive(tok: Token) -> bool:
    """A participle with a 'by' agent on a noun or set off on a clause (coding/passive_participle.py)."""
    return reduced_passive(tok, _dated)


def _relative_pronoun(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` is the relative pronoun of a relative clause that stands for the noun it hangs
    from ("the envoy, who met ..."); not in a clause with a date of its own ("the rebels, who overran
    the town last month": backstory, as selection reads scene clauses), unless news (an arrival, "Obama,
    who landed on Sunday for a visit": the visit itself, coding/diplomacy.py)."""
    return verb.dep == labels.RELCL and subject.tag_ in ("WP", "WDT") and recent_relative.told(verb, _dated)


def _dated(clause: Token) -> bool:
    """Whether a clause gives a time of its own: a date entity, or a noun used as a time adverb ("late
    last month", "a week ago", which the recogniser may miss)."""
    return any(
        t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "npadvmod" and t.pos_ == "NOUN") for t in clause.subtree
    )


def passive_conjunct(tok: Token) -> bool:
    """A participle coordinated with a passive verb, without subject or auxiliary of its own: "was
    detained and charged", "were rounded up and deported"."""
    return (
        tok.dep == labels.CONJ
        and tok.tag_ == "VBN"
        and syntax.is_passive(tok.head)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in doccache.children(tok))
    )


# Clause links a subjectless verb climbs to find the subject it shares.
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "relcl", "acl", "acomp"})


def _inherited_subjects(tok: Token) -> list[Head]:
    """Subjects a verb without its own takes from the clause it hangs from."""
    cur, judges = tok, list[Token]()
    for _ in range(4):
        if cur.dep == labels.PCOMP and time_anchor(cur.head.head).pos_ in ("VERB", "AUX"):
            gerund = _gerund_subjects(cur)
            if gerund:
                return gerund
        if (cur.dep_ not in _CLIMB_DEPS and not decided.held_intention(cur)) or cur.head.i == cur.i:
            return []
        gov = cur.head
        if cur.dep == labels.RELCL or finite_acl(cur):  # ("vessels FIRED on ...": coding/finite_acl.py)
            return [Head(gov, RELATIVE_HEAD)]
        gov = speaker_verb(cur, gov)  # "said X shelled Y and DEMANDED ...": the speaker demands
        # (", accusing them of ..." on an infinitive is the orderer's speech, not the ordered party's)
        if cur.dep_ == "xcomp" and (cur is tok or tok.lemma_.casefold() not in lexicon().speech_participles):
            if objects := [c for c in doccache.children(gov) if c.dep == labels.DOBJ]:
                return [Head(o, OBJECT_CONTROL) for o in objects]
        found = syntax.subjects(gov) or decided.owners(cur, lexicon()) or reduced_relative.dated_doers(cur)
        judges = judges or judging_speakers(cur, cur.head)  # ("said the seizure was unjust and SUMMONED")
        if not found and gov.dep == labels.CONJ:
            found, judges = syntax.subjects(gov.head), judges or judging_speakers(gov, gov.head)
        if not found and cur.dep_ == "acl" and gov.dep_ == "dobj" and scene.message_content(cur, lexicon()):
            found = syntax.subjects(gov.head)  # "adopted a resolution URGING ...": the resolution's authors
        if found:
            return [*(Head(s, SHARED_SUBJECT) for s in found), *(Head(s, JUDGED_CONJUNCT) for s in judges)]
        cur = gov
    return []


# Prepositions whose gerund is an act not (yet) done: "demanded a truce before allowing convoys in".
_NOT_YET = frozenset({"before", "instead", "without"})


def _gerund_subjects(gerund: Token) -> list[Head]:
    """Who does a gerund after a preposition on a verb: "accused Quito of sheltering rebels" (the
    accused: the verb's object, after "of"/"for"), "broke off ties after ordering troops north" (else
    the verb's subject); nobody for an act not done ("before allowing")."""
    prep, verb = gerund.head, time_anchor(gerund.head.head)  # ("a day after meeting ...": the main verb)
    objects = [c for c in doccache.children(verb) if c.dep == labels.DOBJ]
    if prep.lower_ in ("of", "for") and objects:
        return [Head(o, OBJECT_CONTROL) for o in objects]
    if prep.lower_ in _NOT_YET:
        return []
    found = syntax.subjects(verb) or (syntax.subjects(verb.head) if verb.dep == labels.CONJ else [])
    return [Head(s, SHARED_SUBJECT) for s in found]


def _clause_targets(tok: Token) -> list[Head]:
    out: list[Head] = []
    words = lexicon().target_prepositions
    for clause in (c for c in doccache.children(tok) if c.dep in labels.COMPLEMENTS):
        if clause.pos_ not in ("VERB", "AUX") or partyless_clause(clause):  # (coding/side_clauses.py)
            continue
        if clause.dep == labels.CCOMP:
            out.extend(Head(c, CLAUSE_OBJECT) for c in doccache.children(clause) if c.dep == labels.NSUBJ)
        out.extend(Head(c, CLAUSE_OBJECT) for c in doccache.children(clause) if c.dep_ in ("dobj", "dative"))
        out.extend(
            Head(p, CLAUSE_OBJECT)
            for prep in syntax.preps(clause)
            if prep.lower_ in words
            for p in doccache.children(prep)
            if p.dep == labels.POBJ
        )
    return out


def noun_roles(tok: Token) -> tuple[list[Head], list[Head]]:
    """Source and target heads of an event noun trigger, in the order they are tried."""
    sources = [Head(c, POSSESSOR) for c in doccache.children(tok) if c.dep == labels.POSS]
    # "Israeli strikes", "US sanctions": a capitalised modifier names the actor; "naval drills" does not.
    sources.extend(
        Head(c, MODIFIER)
        for c in doccache.children(tok)
        if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()
    )
    preps = {c.lower_: c for c in doccache.children(tok) if c.dep == labels.PREP}
    if tok.dep == labels.NSUBJ and "between" not in preps:
        # "Clashes broke out between X and Y": the parties hang from the verb the event noun is subject of
        preps.update((c.lower_, c) for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "between")
    if "by" in preps:
        sources.extend(Head(c, BY_PHRASE) for c in doccache.children(preps["by"]) if c.dep == labels.POBJ)
    targets: list[Head] = []
    if "between" in preps:
        pobjs = [c for c in doccache.children(preps["between"]) if c.dep == labels.POBJ]
        # (an adjective capitalised only as a first word, "Heavy fighting" after a dateline, names nobody)
        named = [h for h in sources if h.rule != MODIFIER or h.token.pos_ == "PROPN"]
        named += [h for h in sources if h.rule == MODIFIER and not syntax.lead_word(h.token)]
        if pobjs and not named:
            sources.append(Head(pobjs[0], BETWEEN))
            targets.extend(Head(c, BETWEEN) for c in doccache.conjuncts(pobjs[0]))
    if "of" in preps and not sources and doers.of_names_doer(tok, preps):
        sources.extend(Head(c, OF_PHRASE) for c in doccache.children(preps["of"]) if c.dep == labels.POBJ)
    if not sources and (held := clause_party.clause_party(tok)) is not None:  # ("stayed off work in protest")
        sources.extend(Head(h.token, held[1]) for h in verb_roles(held[0])[0])
    taken = {h.token.i for h in sources}
    for word in lexicon().noun_target_prepositions:
        if word in preps:
            targets.extend(
                Head(c, PREP_OBJECT) for c in preps[word].children if c.dep_ == "pobj" and c.i not in taken
            )
    if tok.dep == labels.DOBJ and tok.head.pos_ == "VERB" and not dispersal_object(tok):
        rule = CAUSED_EVENT if scene.consequence(tok.head, lexicon()) else LIGHT_VERB_SUBJECT
        sources.extend(Head(h.token, rule) for h in verb_roles(tok.head)[0])
    elif not sources and (answer := reply_verb(tok)) is not None:  # ("responded with air strikes")
        sources.extend(Head(h.token, REPLIED_WITH) for h in verb_roles(answer)[0])
    return sources, targets
