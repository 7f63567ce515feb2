"""Parse repairs of ``coding/reattach``: a sentence whose tree is headed by a noun while its verb hangs on
a noun as a participle or as an adjective.

**Main verb read as its subject's participle.** "Chile, a close ally of Peru, CALLED on both sides to
talk": the small English model often reads a past tense after an apposition or a relative clause on its
subject as a participle qualifying the subject ("Chile [called on ...]"), so the sentence is a noun
phrase with no verb. The selection stage then sets the act aside as a description of the subject, or no
stage reads it at all. In a sentence closed by a full stop whose root is that noun, a past form hung on it
as a clause (``acl``) right after the comma that closes the apposition or relative clause, with no
auxiliary, subject or "by" agent of its own, is the sentence's verb: it is made the root and finite, the
noun its subject. Right after the subject without a comma ("the cabinet offered to resign", "queues
formed") the reading is left as it is: measured, the mended verbs there were more often wrong events than
lost ones. A dateline city the parser made the root ("LIMA, May 3 (Wire) - Rebels [tunnelled ...]") hangs
on the verb as the others' datelines do. ``subject_root`` mends the same shape when the verb is tagged
finite; this one takes the participles it leaves.

**Main verb read as its object's adjective.** "The IAAF SUSPENDED Russia's federation", "Peru's military
SEIZED power on Monday": after an acronym or a noun the tagger marks as an adjective ("military"), the
parser reads the past tense as an adjective of the noun after it ("suspended federation"), the subject as
a modifier of that noun, and the whole as one noun phrase. A word tagged as a past tense (a
participle only right after a name, "TAIPEI - Taiwan SCRAMBLED fighter jets": "the banned weapons" and
"those denied asylum" are tagged VBN too) hung on the noun after it as an adjective, right after a noun
or name that hangs on the same noun, is mended into the verb: it takes the noun's place in the tree, the
noun becomes its object and the word before it, with the words that lead up to it, its subject (the first
of the names it closes when it ends a coordination: "Japan and South Korea SCRAMBLED jets"). After
a dateline the parser may make the city the root and the misread phrase its
object ("YANGON, Feb 1 - Myanmar's military SEIZED power ... and detained ..."), or the phrase the city's
apposition and the city the subject of the verb coordinated after it ("KHARTOUM, Oct 25 - Sudan's
military SEIZED power ... and DETAINED ...", so the detention's source was the city's country): the city
then hangs on the mended verb, with the coordinated verbs and the stop it had taken, and the verb it was
read as the subject of becomes the mended verb's conjunct, sharing its subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.coding import buried_verb
from newsevents.coding.rules import declare

PARTICIPLE_ROOT = declare(
    "trigger",
    "verb-read-as-participle",
    "a past form hung as a participle on the noun that heads a sentence with no verb ('Chile, an ally of "
    "Peru, called on both sides to talk') is the sentence's verb, the noun its subject",
    "Norway, a friend of both sides, offered on Monday to host the talks.",
)
ADJECTIVE_VERB = declare(
    "trigger",
    "verb-read-as-adjective",
    "a past tense read as the adjective of the noun after it, right after a name or noun of the same "
    "phrase ('the IAAF suspended Russia's federation'), is the clause's verb: the noun its object, the "
    "name its subject",
    "The IAAF suspended Kenya's federation on Friday.",
)

# Words a verb of its own has: with one, the participle is a reduced clause ("those jailed by X").
_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "agent", "expl"})
# Closing marks of a sentence (a headline's reduced passive, with none, is ``headline``'s).
_CLOSERS = frozenset({".", "!", "?"})
# What the word before the misread verb is to the noun after it when it is the verb's subject.
_SUBJECT_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod", "poss", "nsubj"})
# Words after the object that belong to the mended verb: its date and place, its coordinated verbs, its
# stop.
_VERB_WORDS = frozenset({"prep", "punct", "cc", "conj", "advmod", "npadvmod"})
# How the parser hangs the misread noun phrase on a dateline city it made the root ("YANGON, Feb 1 -
# Myanmar's military seized [power] ...": the phrase read as the city's object).
_CITY_DEPS = frozenset({"dobj", "appos", "npadvmod"})
# Words that lead up to the subject and go with it (its article, its owner, its own modifiers).
_LEADING_DEPS = frozenset({"det", "poss", "compound", "amod", "nummod", "nmod", "case"})


def mend(doc: Doc, words: Sequence[Token]) -> None:
    """Both repairs, from the words ``reattach`` starts from (past forms)."""
    participle_roots(doc, words)
    adjective_verbs(doc, words)
    buried_verb.buried_verbs(doc, words)  # ("militiamen dressed as herders [killed ...]": no verb)


def participle_roots(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Mend each main verb read as a participle of the noun that heads its sentence; the number mended."""
    mended = 0
    for verb in doc if words is None else words:
        noun = _headless_subject(verb)
        if noun is None:
            continue
        root = noun.head if noun.dep_ == "appos" else noun  # (a dateline city the parser made the root)
        # (the order keeps the tree a tree: the verb leaves the noun before the noun hangs on it)
        verb.head, verb.dep_ = verb, "ROOT"
        if root.i != noun.i:
            root.head, root.dep_ = verb, "npadvmod"
        noun.head, noun.dep_ = verb, "nsubj"
        for word in root.children:
            if word.i > verb.i and word.dep_ == "punct":  # (the closing stop is the verb's)
                word.head = verb
        verb.tag_ = "VBD"
        mended += 1
    return mended


def _headless_subject(verb: Token) -> Token | None:
    """The noun ``verb`` should have as subject: the root of a verbless sentence closed by a full stop (or
    the apposition of a dateline city read as the root), when ``verb`` is the last past form hung on it
    as a bare participle."""
    if verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB" or verb.dep_ != "acl":
        return None
    noun = verb.head
    if noun.i >= verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    sent = verb.sent
    before = sent[verb.i - sent.start - 1].text
    # (right after the subject, "cabinet offered to resign", "queues formed", the verb may be either;
    # after the comma that closes the subject's apposition or relative clause it is the clause's verb)
    if not (noun.dep_ == "ROOT" and before == ",") and not (
        noun.dep_ == "appos" and _dateline_root(noun.head)
    ):
        return None
    if sent[-1].text not in _CLOSERS:
        return None
    if any(c.dep_ in _OWN_CLAUSE for c in verb.children):
        return None
    # (a past form before the noun, "police raided [apartments] linked to ...", or a verb without a subject
    # inside the participle's phrase, "trucks loaded with food [crossed] into ...", is the clause's verb)
    if any(c.tag_ in ("VBD", "VBN") for c in noun.lefts) or any(_subjectless(t) for t in verb.subtree):
        return None
    later = [c for c in noun.children if c.dep_ == "acl" and c.i > verb.i and c.tag_ in ("VBD", "VBN")]
    return None if later else noun


def _subjectless(word: Token) -> bool:
    """A finite past tense hung as a clause on a noun without a subject of its own ("food [crossed]")."""
    return (
        word.tag_ == "VBD"
        and word.dep_ in ("acl", "relcl")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
    )


def _dateline_root(word: Token, root: Token | None = None) -> bool:
    """An all-caps city that opens its sentence and heads its tree ("LIMA, May 3 (Wire) - ..."), or whose
    head is ``root``."""
    heads = word.dep_ == "ROOT" or word.head == root
    return heads and word.i == word.sent.start and word.text.isupper() and len(word.text) > 2


def adjective_verbs(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Mend each past tense read as the adjective of its object; the number mended."""
    mended = 0
    for verb in doc if words is None else words:
        subject = _misread_object_subject(verb)
        if subject is None:
            continue
        noun = _object_noun(verb)
        leading = [c for c in noun.children if c.i < subject.i and c.dep_ in _LEADING_DEPS]
        clause = noun.head if noun.dep_ == "nsubj" else None  # (the clause the noun was read as subject of)
        city = noun.head if noun.dep_ in _CITY_DEPS else None  # (the dateline city read as the root)
        links = [c for c in noun.children if c.dep_ == "cc" and clause is not None and c.i < clause.i]
        # (the order keeps the tree a tree: the verb takes the noun's place before the noun hangs on it)
        top = clause is None or clause.dep_ == "ROOT"
        verb.head, verb.dep_ = (verb, "ROOT") if top or clause is None else (clause.head, clause.dep_)
        verb.pos_ = "VERB"
        if clause is not None:
            clause.head, clause.dep_ = verb, ("conj" if links else "advcl")
        subject.head, subject.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "dobj"
        for word in leading:
            word.head = subject
        for word in noun.children:
            if word.dep_ in _VERB_WORDS and word.i > noun.i:
                word.head = verb  # (the verb's date, place, coordinated verbs and stop)
        if city is not None:
            _hang_city(city, noun, verb)
        mended += 1
    return mended


def _misread_object_subject(verb: Token) -> Token | None:
    """The word before ``verb`` when it is the subject of a past tense read as the adjective of its
    object: a noun or name (or a noun tagged as an adjective after an owner) of the same noun phrase, in a
    noun phrase that heads its sentence or is the subject of a subordinate or coordinated clause."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" or verb.i == 0:
        return None
    noun, subject = _object_noun(verb), _first_conjunct(verb.doc[verb.i - 1])
    if verb.tag_ == "VBN" and subject.tag_ not in ("NNP", "NNPS"):
        return None  # (a participle only after a name: "Taiwan scrambled jets", not "the banned weapons")
    if noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if subject.head.i not in (noun.i, verb.i) or subject.dep_ not in _SUBJECT_DEPS:
        return None
    if subject.pos_ not in ("NOUN", "PROPN") and not (subject.pos_ == "ADJ" and _owned(subject)):
        return None
    if noun.dep_ == "ROOT" or (noun.dep_ in _CITY_DEPS and _dateline_city(noun.head, noun)):
        return subject
    clause = noun.head
    if noun.dep_ != "nsubj" or clause.i <= noun.i:
        return None
    joined = any(c.dep_ == "mark" and noun.i < c.i < clause.i for c in clause.children) or any(
        c.dep_ == "cc" and c.i < clause.i for c in noun.children
    )
    return subject if joined else None


def _first_conjunct(word: Token) -> Token:
    """The first of the coordinated names ``word`` closes ("Japan and South [Korea] scrambled jets": the
    parser hangs the first on the misread verb as its subject, the others on the first)."""
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head
    return word


def _object_noun(verb: Token) -> Token:
    """The noun ``verb`` was read as the adjective of, past the first word of a compound it hangs on
    ("Taiwan scrambled [fighter] JETS")."""
    noun = verb.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _dateline_city(city: Token, noun: Token) -> bool:
    """A dateline city the parser made the root, or the subject of the verb coordinated after ``noun``
    ("KHARTOUM, Oct 2 - Sudan's army seized [power] ... and DETAINED ...": the city read as its subject)."""
    if city.dep_ == "nsubj":
        verb = city.head
        linked = any(c.dep_ == "cc" and noun.i < c.i < verb.i for c in city.children)
        return linked and verb.dep_ == "ROOT" and verb.i > noun.i and _dateline_root(city, verb)
    return _dateline_root(city)


def _hang_city(city: Token, noun: Token, verb: Token) -> None:
    """Hang a dateline city on the mended ``verb``, with the words after ``noun`` it had taken: its
    coordinated verbs, its stop, and the verb it was read as the subject of, as ``verb``'s conjunct."""
    if city.dep_ == "nsubj":
        later = city.head
        later.head, later.dep_ = verb, "conj"
    for word in city.children:
        if word.dep_ in _VERB_WORDS and word.i > noun.i:
            word.head = verb
    city.head, city.dep_ = verb, "npadvmod"


def _owned(word: Token) -> bool:
    """An adjective with an owner before it ("Peru's military"): a noun the tagger read as an adjective."""
    return word.i > 1 and word.doc[word.i - 1].tag_ == "POS"
