"""The parts of a sentence whose countries cannot place a bare agent: "The ministry said [the gunmen had
come in from Kosovo]" (the ministry is not Kosovo's), "Saudi Arabia invited both sides to talks, and [the
army said ...]" (another clause's subject), "the military plans exercises [with the United States]" (a
partner), "Police sealed off the square [to stop a vigil for the crackdown in Beijing]" (a purpose).

``DocActors.context_country`` places an agent with no country of its own by the nearest country its
sentence names, and ``role_antecedent`` looks back only when the sentence names none. A country named
inside what the agent says, inside a clause with a subject of its own, as a partner in its object, or in
the aim of its act is a topic or a counterpart, not the agent's own state: those mentions are left out, so
the agent falls to the body of its kind named just before or to the story's home country. Countries and
places named in those parts are left out, and then the dateline's city too.

A crowd (protesters, demonstrators, crowds, a mob) is placed by where it is, never by what it acts on:
"protesters attacked the French embassy", "thousands of protesters marched on the US embassy", "chanted
slogans against France" name its target, and a clause with a subject of its own ("after the junta alleged
that France ...") names another party, and so does what it is angry at ("protesters angry over a film
made in Canada"). For those agents the objects of their verbs, their "against", "on", "outside" and "to"
phrases, such clauses and their grievance are left out (not the dateline, which places a crowd as well
as anything), so the crowd falls to the one of its kind named before or to its dateline's country
(``crowd_home``).
A state body is not placed by what it acts on either ("the Treasury put sanctions on Iran's banks",
"prosecutors issued a warrant for a Russian officer"): the same parts are left out for it, its dateline
kept, and the place of what it acts on still places it ("sealed off temples across Yangon").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.actors.included import listed_doers
from newsevents.actors.matrix_parties import matrix_journey
from newsevents.actors.venue import venue_tokens
from newsevents.actors.words import packaged_words

__all__ = ["CROWD_ROLES", "crowd_like", "unplacing_tokens"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A subject and the conjuncts that share its verb (a set: mypyc cannot compile "in (*xs, y)").
_CONJUNCT_DEPS = _SUBJECT_DEPS | {"conj"}
# The roles of the state bodies a country named in another clause does not place.
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# A verb's complements that hold what its subject says or thinks, not where it acts.
_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
# A verb's clauses that may hold the aim of the act ("to stop a vigil").
_AIM_DEPS = frozenset({"advcl", "xcomp"})
# Objects whose "with" phrase names a partner ("exercises with the United States").
_OBJECT_DEPS = frozenset({"dobj", "attr"})
# The roles of crowds, which the targets of their acts do not place (protesters, crowds: agents.tsv).
CROWD_ROLES = frozenset({"OPP", "CVL"})
# Prepositions of a crowd's verb that name what it acts on ("marched on the US embassy", "rallied outside
# the French consulate", "against France"); for a crowd, its "to" as well ("set fire to the Dutch
# consulate"), which for a state body often names where it goes ("troops moved to the border town of X").
_CROWD_TARGET_PREPS = frozenset({"against", "on", "outside", "toward", "towards"})
_CROWD_ONLY_PREPS = _CROWD_TARGET_PREPS | {"to"}
# Parts of speech of the modifiers that give a crowd's grievance ("protesters angry at a Danish cartoon",
# "students opposed to a deal with Japan"): what it is angry at is its target, not its home.
_GRIEVANCE_POS = frozenset({"ADJ", "VERB"})
# Prepositions of the place of what a crowd or a body acts on, which place the actor too ("sealed off
# temples across the capital").
_PLACE_PREPS = frozenset({"in", "at", "across", "throughout", "around", "inside", "near"})
# How a crowd's clause hangs from another clause whose objects do not place it ("..., as students stoned").
_MATRIX_DEPS = frozenset({"advcl"})
# Tags of a capitalised word the tagger took for a name.
_NAME_TAGS = frozenset({"NNP", "NNPS"})


def unplacing_tokens(head: Token, role: str | None, dateline: range = range(0)) -> frozenset[int]:
    """Indexes of the tokens of ``head``'s sentence whose countries and places do not place the agent of
    ``role`` at ``head``: where a group gathered (``actors/venue.py``: "leaders, meeting in X, gave the
    junta a week"), unless ``head`` is inside that venue, and the parts of ``_acted_on``."""
    venue = venue_tokens(head.doc)
    listed = listed_doers(head)  # ("chiefs of six nations, including A, deplored the beating of students")
    return _acted_on(head, role, dateline) | listed | (venue if head.i not in venue else frozenset())


def _acted_on(head: Token, role: str | None, dateline: range) -> frozenset[int]:
    """The parts of ``head``'s sentence that name what the agent of ``role`` acts on, says or aims at:
    empty unless ``head`` is the subject of a verb and ``role`` a state body's (a company or the
    opposition is often named for another country than the one it speaks about). When any are left out,
    so is the ``dateline`` (where the report was filed places no body its sentence speaks of other
    countries around)."""
    if head.dep == labels.POSS and head.head.dep_ in _SUBJECT_DEPS:
        head = head.head  # ("the president's office said": the owner of a speaking body speaks through it)
    noun = head
    while role in _STATE_ROLES and head.dep == labels.CONJ and head.head.dep_ in _CONJUNCT_DEPS:
        head = head.head  # ("farm groups and senators said": a state body in a conjunct shares the verb)
    crowd = crowd_like(noun, role)
    if crowd and head.dep == labels.POBJ and head.head.lower_ == "of":
        head = head.head.head  # ("thousands of protesters marched": the number is the verb's subject)
    if head.dep_ not in _SUBJECT_DEPS or head.head.pos_ not in ("VERB", "AUX"):
        return frozenset()
    # A state named as the subject of another clause is another party for any agent ("France praised the
    # council, and the opposition denounced it", "the bishops agreed to mediate, and Washington condemned").
    states = _other_clause_states(head.head)
    if crowd:
        targets = _crowd_targets(head.head, _CROWD_ONLY_PREPS) | _grievance(noun)
        return targets | _matrix_clause(head.head) | states
    if role not in _STATE_ROLES:
        return states
    verb = head.head
    out: set[int] = set()
    others = _coordinated_clauses(verb)
    # (the clauses sharing the agent as subject: "will resume broadcasts and plans exercises with X")
    shared = [verb, *(c for c in others if c.i > verb.i and not _subjects(c))]
    # (and its participle clauses with no subject of their own, whose sayings are the agent's too: "the
    # ministry blamed X, SAYING Washington had wrecked the pact")
    participles = [c for v in shared for c in doccache.children(v) if _shared_participle(c)]
    shared += participles
    telling = packaged_words().telling_participles
    for clause in (c for c in participles if c.lemma_.casefold() in telling):
        out.update(t.i for t in doccache.subtree(clause) if t.i != clause.i)
    for child in (c for v in shared for c in doccache.children(v)):
        if child.dep_ in _REPORTED_DEPS or (child.dep_ in _AIM_DEPS and _infinitive(child)):
            out.update(t.i for t in doccache.subtree(child))
        elif child.dep_ in _OBJECT_DEPS:
            out.update(_partners(child))
    out.update(states)
    # Where the clause above an "after/as" clause sends people (actors/matrix_parties.py).
    out.update(matrix_journey(verb))
    # What the body acts on is its target, not its home ("the Treasury put sanctions on Iran's banks");
    # the dateline still places it, as it places a crowd.
    return frozenset(out.union(dateline) if out else out) | _crowd_targets(verb)


def _other_clause_states(verb: Token) -> frozenset[int]:
    """The subjects that name a state of the clauses coordinated with ``verb``: another party ("Saudi Arabia
    invited both sides, and the army said"); the people or the place of such a clause still set the scene
    ("Venezuelans marched in Caracas, and security forces fired")."""
    return frozenset(
        t.i
        for other in _coordinated_clauses(verb)
        for subject in _subjects(other)
        if any(t.ent_type_ == "GPE" for t in doccache.subtree(subject))
        for t in doccache.subtree(subject)
    )


def crowd_like(noun: Token, role: str | None) -> bool:
    """Whether the agent at ``noun`` is a crowd: of a crowd's role, or a plural of ``crowd-nouns``
    ("students", "dockers"), people named by their trade or station who act together in the street."""
    plural = noun.tag_ == "NNS"
    lemma = noun.lemma_.casefold()
    if noun.tag_ in _NAME_TAGS and not noun.ent_type_ and noun.text.istitle() and lemma.endswith("s"):
        # ("LIMA (Wire) - Students stoned ...": a capitalised first word the tagger took for a name)
        plural, lemma = True, lemma[:-1]
    return role in CROWD_ROLES or (plural and lemma in packaged_words().crowd_nouns)


def _crowd_targets(verb: Token, preps: frozenset[str] = _CROWD_TARGET_PREPS) -> frozenset[int]:
    """The tokens naming what a crowd, subject of ``verb``, acts on: the objects of the verbs it is the
    subject of (``verb``, its conjuncts and participles with no subject of their own: "setting fire to",
    "chanting slogans against"), their "against", "on" or "outside" phrases, and their adverbial clauses
    with a subject of their own. The place in such a phrase still places the crowd ("stormed the Saudi
    embassy in Tehran")."""
    shared = [verb, *(c for c in _coordinated_clauses(verb) if c.i > verb.i and not _subjects(c))]
    shared += [c for v in shared for c in doccache.children(v) if c.dep == labels.ADVCL and not _subjects(c)]
    out: set[int] = set()
    for child in (c for v in shared for c in doccache.children(v)):
        if child.dep == labels.DOBJ or (child.dep == labels.PREP and child.lower_ in preps):
            out.update(t.i for t in doccache.subtree(child) if not _in_place(t, child))
        elif child.dep == labels.ADVCL and _subjects(child):
            out.update(t.i for t in doccache.subtree(child))
    return frozenset(out)


def _matrix_clause(verb: Token) -> frozenset[int]:
    """The clause a crowd's clause hangs from, when it has a subject of its own: "China suspended its
    contacts with the United States, as students stoned the U.S. embassy", "Israel evacuated its envoy
    from Egypt after protesters ransacked the embassy". Its parties are others than the crowd, whichever
    side they are on (the one that acts there may be the crowd's own state or the foreign one); the crowd
    falls to its own clause's place, else to where the story is filed (``crowd_home``)."""
    top = verb.head
    # (an active clause only: under a passive one, "peacekeepers were killed when youths attacked", the
    # older reading is kept, as measured in the sources12 commit)
    if verb.dep_ not in _MATRIX_DEPS or top.i == verb.i or not any(s.dep_ == "nsubj" for s in _subjects(top)):
        return frozenset()
    own = range(verb.left_edge.i, verb.right_edge.i + 1)
    return frozenset(t.i for t in doccache.subtree(top) if t.i not in own)


def _grievance(noun: Token) -> frozenset[int]:
    """The tokens of the adjective or participle phrases on the crowd ``noun`` that say what it is against
    ("angry over a film made in the United States", "opposed to the French presence")."""
    return frozenset(
        t.i
        for child in doccache.children(noun)
        if child.dep_ in ("amod", "acl") and child.pos_ in _GRIEVANCE_POS and child.i > noun.i
        for t in doccache.subtree(child)
    )


def _in_place(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is inside an "in" phrase below ``top`` (the place of what a crowd acts on)."""
    while tok.i != top.i:
        if tok.dep == labels.PREP and tok.lower_ in _PLACE_PREPS:
            return True
        tok = tok.head
    return False


def _shared_participle(clause: Token) -> bool:
    """Whether ``clause`` is a present participle clause of a verb with no subject of its own ("...,
    saying Washington had wrecked the pact"): its subject is the verb's."""
    return clause.dep_ in ("advcl", "xcomp") and clause.tag_ == "VBG" and not _subjects(clause)


def _subjects(verb: Token) -> list[Token]:
    return [d for d in doccache.children(verb) if d.dep_ in _SUBJECT_DEPS]


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` heads a "to" clause: the aim of the act."""
    return any(c.dep == labels.AUX and c.tag_ == "TO" for c in doccache.children(verb))


def _partners(obj: Token) -> set[int]:
    """The tokens of the "with" phrases of the object ``obj``."""
    return {
        t.i
        for prep in doccache.children(obj)
        if prep.dep == labels.PREP and prep.lower_ == "with"
        for t in doccache.subtree(prep)
    }


def _verb_conjuncts(verb: Token) -> list[Token]:
    return [c for c in doccache.children(verb) if c.dep == labels.CONJ and c.pos_ in ("VERB", "AUX")]


def _coordinated_clauses(verb: Token) -> list[Token]:
    """The verbs coordinated with ``verb`` (the one it is a conjunct of, and theirs), without it."""
    top = verb
    while top.dep == labels.CONJ and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    found, stack = [], [top]
    while stack:
        clause = stack.pop()
        found.append(clause)
        stack.extend(_verb_conjuncts(clause))
    return [c for c in found if c.i != verb.i]
