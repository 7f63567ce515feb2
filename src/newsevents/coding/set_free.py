"""Releases told with a light verb and a word of leaving or freedom: "the rebels set the hostages free",
"the police let the reporters go", "the court let him walk free", "the army let go of the captives".
The dictionary's "set ... free" row only matches when the parser makes "free" the verb's predicate
complement; spaCy as often hangs it as an adverbial clause or makes the freed its subject ("set [the
hostage free]"), and "let X go" has no row at all since "let" and "go" alone say nothing. The maker of
"set"/"let" is the releaser (the source); the freed person is the target. Only people are freed this
way: "let the talks go ahead" or "let the matter go" are no release, so the freed must be a person
(a personal pronoun, a named person or people, or a noun of persons).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.lexicon import lexicon
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

SET_FREE = declare(
    "trigger",
    "set-free",
    "'set X free' and 'let X go / leave / walk free' release X (0841): the maker of 'set'/'let' is the "
    "source, X (a person) the target",
    "KABUL - The kidnappers let the two engineers go on Sunday.",
)
_RULE = "ne.set-free"
# CAMEO code of releasing persons.
_RELEASE = "0841"
# Light verbs whose freed object is released by a word of freedom ("SET them free").
_SETTING = frozenset({"set"})
# Light verbs that release by allowing to leave ("LET them go").
_LETTING = frozenset({"let"})
# Verbs of leaving under "let" ("let them GO", "let him WALK free").
_LEAVING = frozenset({"go", "leave", "walk"})
# Dependents of the leaving verb that make it no departure ("let the talks go AHEAD", "go UNPUNISHED").
_NOT_LEAVING = frozenset({"acomp", "oprd", "xcomp", "dobj", "prt"})
# Adverbs a departure may carry ("let them go HOME").
_LEAVING_ADVERBS = frozenset({"home", "free", "away"})
# Nouns of people held that the shared person nouns do not list.
_HELD_PEOPLE = frozenset({"prisoner", "detainee", "captive", "hostage", "soldier", "people", "person"})
# Places a freed person is let leave ("let him leave the country", "leave prison").
_PLACES_LEFT = frozenset({"country", "prison", "jail", "territory"})
# Entity types of a named place left ("let her leave Iran").
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Words that take a part of a group of people ("SOME of the hostages", "MOST of the girls").
_PART_WORDS = frozenset({"some", "most", "many", "all", "several", "dozens", "hundreds", "scores", "half"})
# Pronouns that cannot be a freed person.
_THING_PRONOUNS = frozenset({"it", "this", "that"})
# Entity types of named people ("Smith", "the Britons").
_PEOPLE_ENTS = frozenset({"PERSON", "NORP"})


def set_free_triggers(sent: Span) -> list[Trigger]:
    """The set-free and let-go releases of ``sent``."""
    out = []
    for verb in doccache.verbs(sent):
        lemma = verb.lemma_.casefold()
        freed = _set_free(verb) if lemma in _SETTING else _let_go(verb) if lemma in _LETTING else None
        freed = _partitive_whole(freed) if freed is not None else None
        if freed is None or not _person(freed):
            continue
        pattern = construction(_RULE, _RELEASE, verb, "X set Y free / let Y go: X released Y")
        out.append(Trigger(token=verb, pattern=pattern, noun=False, target_heads=(freed,), steps=(SET_FREE,)))
    return out


def _set_free(verb: Token) -> Token | None:
    """The freed of "set X free": the verb's object, or the subject "free" takes ("set [X free]")."""
    free = [c for c in doccache.children(verb) if c.lower_ == "free" and c.dep_ != "prep"]
    if not free:
        return None
    objects = [c for c in doccache.children(verb) if c.dep_ == "dobj"]
    objects += [c for c in doccache.children(free[0]) if c.dep_ == "nsubj"]
    return objects[0] if objects else None


def _let_go(verb: Token) -> Token | None:
    """The freed of "let X go": the subject of the leaving verb, the subject of an agentless passive ("X
    were let go": the state holding X, coding/released.py), or the object of "let go OF X"."""
    for clause in doccache.children(verb):
        if clause.dep_ not in ("ccomp", "xcomp") or clause.lemma_.casefold() not in _LEAVING:
            continue
        kids = doccache.children(clause)
        if any(k.dep_ in _NOT_LEAVING and not _place_left(k) for k in kids):
            return None
        if any(k.dep_ == "advmod" and k.lower_ not in _LEAVING_ADVERBS for k in kids):
            return None
        subjects = [k for k in kids if k.dep_ == "nsubj"]
        # ("X were let go": an agentless passive; "let go by the rebels" leaves the maker to its own rules)
        if not any(k.dep_ == "agent" or k.lower_ == "by" for k in (*kids, *doccache.children(verb))):
            subjects += [k for k in doccache.children(verb) if k.dep_ == "nsubjpass"]
        if subjects:
            return subjects[0]
        of = [p for k in kids if k.dep_ == "prep" and k.lower_ == "of" for p in doccache.children(k)]
        return next((p for p in of if p.dep_ == "pobj"), None)
    return None


def _partitive_whole(tok: Token) -> Token:
    """The people of a part told by number ("let 109 OF THE GIRLS go", "set some of the captives free"):
    the parser makes the number the subject, and the number names nobody; anything else stays."""
    if tok.pos_ != "NUM" and tok.lower_ not in _PART_WORDS:
        return tok
    kids = doccache.children(tok)
    of = [p for k in kids if k.dep_ == "prep" and k.lower_ == "of" for p in doccache.children(k)]
    return next((p for p in of if p.dep_ == "pobj"), tok)


def _place_left(tok: Token) -> bool:
    """Whether ``tok`` is the place a freed person leaves ("let her leave THE COUNTRY"), not what makes
    "let X go" no departure ("let the talks go AHEAD")."""
    return tok.dep_ == "dobj" and (tok.lemma_.casefold() in _PLACES_LEFT or tok.ent_type_ in _PLACE_ENTS)


def _person(tok: Token) -> bool:
    """Whether ``tok`` names people: a personal pronoun, a named person or people, a noun of persons."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in _THING_PRONOUNS
    if tok.ent_type_ in _PEOPLE_ENTS:
        return True
    lemma = tok.lemma_.casefold()
    return lemma in lexicon().person_nouns or lemma in _HELD_PEOPLE
