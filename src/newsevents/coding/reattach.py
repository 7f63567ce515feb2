"""Stage ``newsevents_reattach``: mend parses that put a clause's act under the wrong word.

The small English model misreads a few shapes the same way every time, and each misreading loses or
misplaces an act: its subject, its date offset and its "after"/"before" clause go to another word. This
stage runs before every other coding stage and moves those words' heads (``Token.head``, ``Token.dep_``),
so that the stages after it read the clause as a person would. Each repair is a named rule with a test.

- **Reduced relative read as the clause's verb.** "a day after gunmen LINKED to the group burned a church":
  the parser makes "linked" the verb of the "after" clause (subject "gunmen", mark "after", offset "a
  day") and hangs "burned" on the main verb as a conjunct, so the burning loses its subject, its offset
  and its clause. The participle is put back on its noun, and the finite verb that follows it takes the
  subject and the clause's words.
- **Second verb read as its object's modifier.** "shot down a helicopter and REPELLED repeated assaults":
  the past-tense verb is read as an adjective on "assaults", and "assaults" as a conjunct of "shot". The
  verb is put back as the conjunct, with its object.
- **Coordinated object read as a conjunct of the verb.** "offered condolences and HELP to Morocco on
  Tuesday": "help" hangs from "offered" as if it were a second verb, with "to Morocco" and "on Tuesday" on
  it. The noun is put back beside the first object, and the phrases that belong to the verb (its
  addressee, its date, its "after" clause) back on the verb.
- **Participle read as an adjective.** "Assets worth $18 million were FROZEN": the tagger makes "frozen" an
  adjective after "were", so no verb names the freezing. A participle of a verb of coercion or force
  after a form of "be" is made the passive verb it is ("were" its auxiliary, the subject its passive
  subject); ``coding/participles.py`` finds the verb.
- **Held responsible read as a clause.** "Oslo HOLDS Moscow responsible": the party is read as the subject
  of "responsible" (``coding/held_responsible.py``); it is put back as the verb's object.
- **A hyphenated name cut in two.** "King Ana-Maria of X apologised": the halves read as two subjects; the
  name is made one, under its title (``coding/hyphen_name.py``).
- **A verb's hyphenated prefix read as a noun modifier.** "Peru TEST-fired a missile": "test", taken for
  the verb's subject, is made the verb's adverb (``coding/prefixed_verb.py``).
- **A verb read as a noun in a verbless clause.** "09:15 Riot police FIRE tear gas": the bare, -s or past
  form after its subject is read as a noun or a modifier; it is made the clause's verb, with its subject
  and object (``coding/verbless.py``).
- **"To aid convoys" read as an infinitive.** "closed the crossing TO AID convoys": "aid" is made the
  modifier of the carrier noun, and "to" the verb's preposition (``coding/aid_noun.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy
from spacy.attrs import DEP, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.coding import (
    after_subject,
    aid_noun,
    as_complement,
    aside_object,
    carrier_verb,
    dated_verb,
    headline,
    held_responsible,
    hyphen_name,
    kept_state,
    misplaced_agent,
    named_object,
    noun_root,
    object_subject,
    offset_object,
    operation_agent,
    ordered_participle,
    participles,
    passive_tag,
    permitted_clause,
    persona_grata,
    prefixed_verb,
    reply_noun,
    reported_conjunct,
    resources,
    restated_claim,
    said_participle,
    subject_root,
    then_conjunct,
    verbless,
)
from newsevents.coding.lexicon import lexicon
from newsevents.coding.rules import declare
from newsevents.coding.thing_subjects import mend_thing_subjects

REDUCED_RELATIVE_SUBJECT = declare(
    "source",
    "reduced-relative-subject",
    "a participle with a phrase of its own between a subject and its finite verb describes the subject "
    "('gunmen linked to the group burned ...'): the verb after it takes the subject and the clause",
    "Troops fought on Monday, a day after gunmen linked to the cartel burned a police station.",
)
VERB_AS_MODIFIER = declare(
    "trigger",
    "verb-as-modifier",
    "a past-tense verb read as the adjective of a noun coordinated with a verb ('shot down a jet and "
    "repelled repeated raids') is that second verb, with the noun its object",
    "Kenyan troops shot down a drone and repelled repeated raids on their camp.",
)
OBJECT_AS_CONJUNCT = declare(
    "trigger",
    "object-as-conjunct",
    "a noun coordinated with a verb that has an object before it ('offered condolences and help to X') is "
    "a second object; its addressee, date and time clause are the verb's",
    "Chile offered condolences and help to Ecuador on Monday.",
)
VERB_AFTER_APPOSITION = declare(
    "trigger",
    "verb-after-apposition",
    "a past-tense verb read as the adjective of a noun in apposition to a subject ('the minister, Ana "
    "Ruiz, thanked donors and said ...') is a verb of that subject, the noun its object",
    "Peru's foreign minister, Ana Ruiz, thanked donors and said Lima would host a summit.",
)
ADJECTIVE_PARTICIPLE = declare(
    "trigger",
    "adjective-participle",
    "a participle of a verb of coercion or force tagged as an adjective after 'be' ('assets were "
    "frozen') is that verb in the passive",
    "Accounts of the newspaper were frozen on Monday.",
)
# Roots of the verbs whose participles are mended: acts on a party, not states of mind ("was disappointed").
_ACT_ROOTS = frozenset({"08", "16", "17", "18", "19", "20"})
# Prepositions of a misplaced coordinated object that belong to the verb: the addressee ("to Morocco") and
# the time ("after the earthquake"); one whose object is a date moves whatever it is ("on Tuesday").
_VERB_PREPOSITIONS = frozenset({"to", "after", "before", "during"})

# Past and present finite verbs: the verb a subject and a participle phrase run into.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Words after the verb that a participle read as the root carries and the verb takes over (conj, cc, punct).
_ROOT_WORDS = frozenset({"conj", "cc", "punct"})
# Words some repairs start from: "by" (misplaced, operation agents), "persona" (non grata), "aid" (convoys).
_START_WORDS = ("by", "persona", "aid")
# Participles the reduced-relative repair mends: past ("linked to") and present ("meeting in").
_PARTICIPLES = frozenset({"VBN", "VBG"})
# Words of the clause that belong to its verb, not its subject: "after", an offset, an adverb, punctuation.
_CLAUSE_WORDS = frozenset({"mark", "npadvmod", "advmod", "punct"})


def reduced_relative(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Mend each participle read as its subject's verb ("gunmen linked to X burned ..."); the count mended."""
    mended = 0
    for part in doc if words is None else words:
        verb = _misread_verb(part)
        if verb is None:
            continue
        subject = next(c for c in part.children if c.dep_ == "nsubj")
        clause_words = [c for c in part.children if c.dep_ in _CLAUSE_WORDS and c.i < subject.i]
        old_head, old_dep = part.head, part.dep_
        marked = any(c.dep_ == "mark" for c in clause_words)
        # (the order keeps the tree a tree at every step: the subject leaves the participle first)
        subject.head = verb
        if any(c.dep_ == "auxpass" for c in verb.children):
            subject.dep_ = "nsubjpass"  # ("geologists held by the rebels were freed": the freed)
        part.head, part.dep_ = subject, "acl"
        for word in clause_words:
            word.head = verb
        if old_head.i == part.i:
            verb.head, verb.dep_ = verb, "ROOT"  # (the participle was the root: the verb takes its place)
            # (and the root's later conjuncts and its stop: "..., and an air strike flattened ...")
            for word in [c for c in part.children if c.dep_ in _ROOT_WORDS and c.i > verb.i]:
                word.head = verb
        elif old_head.i != verb.i:
            verb.head, verb.dep_ = old_head, old_dep
        elif marked and verb.dep_ == "conj":
            verb.dep_ = "advcl"  # (the mark now on it makes it the subordinate clause it is)
        mended += 1
    return mended


def _misread_verb(part: Token) -> Token | None:
    """The finite verb right after ``part``'s phrase when ``part`` is a participle the parser took for the
    verb of its subject: a past participle with a subject and a phrase of its own ("linked to the group"),
    no auxiliary, followed at once by a finite verb with no subject, hung on it, on its head, or as its
    head. A present participle counts only where the parser made it, with its own subject, the subject of
    that verb ("ministers meeting in Cairo condemned ...": "ministers" subject of "meeting", "meeting" of
    "condemned"), which drops the ministers' act and codes the meeting instead."""
    if part.tag_ not in _PARTICIPLES or part.dep_ in ("acl", "amod", "relcl"):
        return None
    if part.tag_ == "VBG" and part.dep_ not in ("nsubj", "csubj"):
        return None
    kids = list(part.children)
    if not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in kids):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in kids):
        return None
    if not any(_own_phrase(c) and c.i > part.i for c in kids):
        return None
    # (the phrase ends before a verb the parser coordinated with the participle: "held by the rebels WERE
    # freed" hangs "freed" on "held")
    # (and before the sentence's last stop, which a participle read as the root carries)
    end = min([c.i for c in kids if c.dep_ == "conj"], default=len(part.doc))
    phrase = [c.right_edge.i for c in kids if c.dep_ not in ("conj", "cc") and c.i < end]
    after = max([part.i, *phrase]) + 1
    if after >= len(part.doc):
        return None
    verb = doccache.token(part.doc, after)
    if verb.tag_ not in _FINITE or verb.pos_ not in ("VERB", "AUX") or verb.sent.start != part.sent.start:
        return None
    verb = _aux_verb(verb)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != part.i for c in verb.children):
        return None  # (the participle itself may be the verb's subject: the VBG case above)
    if not (verb.head.i in (part.i, part.head.i) or part.head.i == verb.i):
        return None
    return verb


def _own_phrase(word: Token) -> bool:
    """A phrase that makes a participle a reduced relative of its own: a preposition or "by" agent
    ("linked TO the group"), or a bare date ("soldiers captured LAST WEEK were handed over")."""
    return word.dep_ in ("prep", "agent") or (word.dep_ == "npadvmod" and word.ent_type_ in ("DATE", "TIME"))


def _aux_verb(word: Token) -> Token:
    """The verb a finite auxiliary after the participle's phrase belongs to ("geologists held by the rebels
    WERE freed", "gunmen linked to the group HAD burned"): that participle is the finite verb the subject
    runs into; any other word stays."""
    head = word.head
    if word.dep_ in ("aux", "auxpass") and head.i > word.i and head.tag_ in _PARTICIPLES:
        return head if head.pos_ == "VERB" else word
    return word


def verb_as_modifier(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Mend each past-tense verb read as the modifier of its object ("and repelled repeated assaults", "and
    signed agreements" tagged as a participle); the number mended."""
    mended = 0
    for verb in doc if words is None else words:
        if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod":
            continue
        noun = verb.head
        if noun.i <= verb.i or noun.dep_ != "conj":
            continue
        first = noun.head
        if first.pos_ != "VERB" or first.i >= verb.i or (verb.tag_ == "VBN" and not _after_and(verb, first)):
            continue
        verb.head, verb.dep_ = first, "conj"  # (first: the verb leaves the noun before the noun hangs on it)
        noun.head, noun.dep_ = verb, "dobj"
        mended += 1
    return mended


def _after_and(verb: Token, first: Token) -> bool:
    """ "met Lula and SIGNED agreements": a participle right after "and" that follows a finite past verb is
    a second finite verb the tagger took for a participle (errmiss2), not "the signed agreements"."""
    return first.tag_ == "VBD" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "and"


def object_as_conjunct(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Mend each coordinated object read as a conjunct of its verb ("offered condolences and help");
    the number mended."""
    mended = 0
    for noun in doc if words is None else words:
        if noun.dep_ != "conj" or noun.pos_ != "NOUN":
            continue
        verb = noun.head
        if verb.pos_ != "VERB" or verb.i >= noun.i:
            continue
        kids = list(noun.children)
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") or c.tag_ == "VBD" for c in kids):
            continue
        first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)
        if first is None:
            continue
        moved = [c for c in kids if c.dep_ == "prep" and _verb_phrase(c)]
        links = [c for c in verb.children if c.dep_ in ("cc", "punct") and first.i < c.i < noun.i]
        partner = _partner(first, links[0] if links else noun)
        noun.head = partner
        for word in (*moved, *links):
            word.head = verb if word in moved else partner
        mended += 1
    return mended


def _partner(first: Token, link: Token) -> Token:
    """The noun a misplaced object is coordinated with: the one just before "and" when it is in the first
    object's phrase ("took control of the airport and HARBOUR": the airport), else the first object."""
    before = doccache.token(link.doc, link.i - 1)
    inside = first.left_edge.i <= before.i <= first.right_edge.i
    return before if inside and before.pos_ in ("NOUN", "PROPN") else first


def _verb_phrase(prep: Token) -> bool:
    """Whether a preposition on a misplaced object belongs to the verb: its addressee or its time."""
    if prep.lower_ in _VERB_PREPOSITIONS:
        return True
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def adjective_participle(doc: Doc, verbs: frozenset[str], words: Sequence[Token] | None = None) -> int:
    """Mend each participle of one of ``verbs`` tagged as an adjective after "be" ("were frozen") into
    the passive verb; the number mended."""
    mended = 0
    for adj in doc if words is None else words:
        if adj.pos_ != "ADJ" or adj.dep_ != "acomp":
            continue
        be = adj.head
        if be.lemma_ != "be" or be.i > adj.i:
            continue
        lemma = participles.verb_of(adj.text, verbs)
        if lemma is None:
            continue
        kids = [c for c in be.children if c.i != adj.i]
        adj.pos_, adj.tag_, adj.lemma_ = "VERB", "VBN", lemma
        adj.head, adj.dep_ = (adj if be.head.i == be.i else be.head), be.dep_
        be.head, be.dep_ = adj, "auxpass"
        for kid in kids:
            kid.head = adj
            kid.dep_ = "nsubjpass" if kid.dep_ == "nsubj" else kid.dep_
        mended += 1
    return mended


def verb_after_apposition(doc: Doc, verbs: frozenset[str], words: Sequence[Token] | None = None) -> int:
    """Mend each past-tense verb of ``verbs`` read as the adjective of a noun in apposition to a subject
    ("the minister, Ana Ruiz, thanked donors and said ..."); the number mended."""
    mended = 0
    for adj in doc if words is None else words:
        if adj.pos_ != "ADJ" or adj.dep_ != "amod" or adj.i == 0:
            continue
        if doccache.token(doc, adj.i - 1).text != ",":
            continue
        noun = adj.head
        subject, verb = noun.head, noun.head.head
        if noun.dep_ != "appos" or noun.i <= adj.i or subject.dep_ != "nsubj" or verb.i <= noun.i:
            continue
        if verb.pos_ != "VERB" or not any(c.dep_ == "cc" and noun.i < c.i < verb.i for c in subject.children):
            continue
        lemma = participles.verb_of(adj.text, verbs)
        if lemma is None:
            continue
        adj.pos_, adj.tag_, adj.lemma_ = "VERB", "VBD", lemma
        adj.head, adj.dep_ = verb, "conj"  # (first: the verb leaves the noun before the noun hangs on it)
        noun.head, noun.dep_ = adj, "dobj"
        mended += 1
    return mended


@functools.lru_cache(maxsize=1)
def _act_verbs() -> frozenset[str]:
    """The verbs with a pattern of one of ``_ACT_ROOTS`` (their participles are mended)."""
    return frozenset(p.lemma for p in resources.patterns(()) if p.pos == "verb" and p.code[:2] in _ACT_ROOTS)


@functools.lru_cache(maxsize=1)
def _transitive_verbs() -> frozenset[str]:
    """The verbs with a pattern that asks for an object (their past tense after a passive is mended)."""
    return frozenset(
        p.lemma.split()[0] for p in resources.patterns(()) if p.pos == "verb" and p.object and p.is_event
    )


@functools.lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """The nouns with a pattern of their own (their "by" phrase is their doer's)."""
    return frozenset(p.lemma.casefold() for p in resources.patterns(()) if p.pos == "noun")


class ReattachStage:
    """Mends the parse of each Doc in place before the coding stages read it."""

    def __call__(self, doc: Doc) -> Doc:
        words = _candidates(doc)
        if words:
            reduced_relative(doc, words)
            adjective_participle(doc, _act_verbs(), words)
            verb_after_apposition(doc, resources.pattern_verbs(), words)
            verb_as_modifier(doc, words)
            object_as_conjunct(doc, words)
            as_complement.as_complements(doc, words)  # ("dismissed the report as biased")
            held_responsible.held_responsible(doc, words)  # ("holds Moscow responsible")
            subject_root.subject_roots(doc, words)  # (past-tense verbs only: the candidates')
            subject_root.infinitive_conjuncts(doc, words)
            noun_root.mend(doc, words)  # ("Chile, an ally, called on ...", "the IAAF suspended X": no verb)
            dated_verb.mend(doc, words)  # ("lifted on Sunday and rebels freed X", "a ship on Sunday fired X")
            reported_conjunct.reported_conjuncts(doc, words)  # ("said it would X and recalled")
            restated_claim.restated_claims(doc, words)  # ("accused X of ..., a charge Y denied")
            then_conjunct.then_conjuncts(doc, words)  # ("massed troops, then pulled them back")
            passive_tag.passive_tags(doc, _transitive_verbs(), words)  # ("were driven and HANDED over")
        if len(doc):
            headline.headline_passive(doc)  # ("Blogger detained at airport": a passive)
            ordered_participle.ordered_participles(doc)  # ("ordered the assets FROZEN": no adjective)
            kept_state.kept_states(doc)  # ("kept the crossing CLOSED": the keeper closes it)
            carrier_verb.carrier_verbs(doc)  # ("trucks of flour crossed into X" read as a noun phrase)
            verbless.mend_verbless(doc)  # ("Border guards SEAL the crossing": no noun)
            mend_thing_subjects(doc, lexicon().event_subjects)  # ("Missiles struck")
            offset_object.offset_objects(doc)  # ("visited Baku days after": Baku is the object)
            found = doccache.words(doc, _START_WORDS)  # (the words "by", "persona", "aid": one array read)
            misplaced_agent.misplaced_agents(doc, _event_nouns(), found["by"])
            operation_agent.operation_agents(found["by"])  # ("evacuated in an operation run by Oxfam")
            object_subject.object_subjects(doc)  # ("cut ties with Chile and Bolivia protested")
            after_subject.after_subjects(doc)  # ("hours after a quake of magnitude 7 killed ...")
            persona_grata.mend_persona_grata(found["persona"])  # ("declared two diplomats persona non grata")
            permitted_clause.lift_participles(doc)  # ("let him go, rejecting the request")
            said_participle.lower_toll_participles(doc)  # ("bombed X, the army said, killing 12")
            aid_noun.aid_nouns(found["aid"])  # ("closed the crossing to aid convoys")
            reply_noun.reply_nouns(doc)  # ("a charge Minsk REJECTS": the verb read as a noun)
            hyphen_name.hyphen_names(doc)  # ("King Ana | -Maria of X": one name, under its title)
            prefixed_verb.mend_prefixes(doc)  # ("test-fired": the prefix is no subject)
            aside_object.aside_objects(doc)  # ("suspended, with immediate effect, the Republic of X")
            named_object.named_objects(doc)  # ("launched what it called X operations": X is the object)
        return doc


def _candidates(doc: Doc) -> list[Token]:
    """The words any rule may start from (past forms, adjectives, coordinated nouns), off the parse arrays."""
    if not len(doc):
        return []
    table = doc.to_array([TAG, POS, DEP])
    strings = doc.vocab.strings
    tags, pos, deps = table[:, 0], table[:, 1], table[:, 2]
    mask = (tags == strings["VBN"]) | (tags == strings["VBD"]) | (pos == strings["ADJ"])
    mask |= (pos == strings["NOUN"]) & (deps == strings["conj"])
    mask |= (tags == strings["VBG"]) & ((deps == strings["nsubj"]) | (deps == strings["csubj"]))
    mask |= (pos == strings["VERB"]) & (deps == strings["dep"])  # (then_conjunct's)
    tokens = doccache.tokens(doc)
    return [tokens[int(i)] for i in numpy.flatnonzero(mask)]


@Language.factory("newsevents_reattach")
def make_reattach_stage(nlp: Language, name: str) -> ReattachStage:
    """The parse-mending stage."""
    return ReattachStage()
