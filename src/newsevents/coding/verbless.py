"""A present-tense or past verb the tagger read as a noun or an adjective, in a clause left with no verb.

Bulletins, timelines and briefs tell their events in the present, and the small model reads the verb of
such a clause as a word of its subject's noun phrase: "Border guards SEAL the crossing" (a noun compound
"guards seal crossing"), "The court UNSEALS a warrant" (a plural noun), "Two frigates CLASH off the
cape" (a noun in apposition), "Talks OPEN in Geneva" (an adjective); a past tense fares the same now and
then ("The ministry LIFTED curbs on grain", an adjective). The clause then has no verb, and its act is
lost. Such a word is made the verb it is when everything around it says so:

- its clause (the sentence, or the part of it between a timeline's dash or a semicolon and the next) has
  no finite verb and no modal of its own;
- it follows its subject's noun phrase and agrees with it: a bare form after a plural ("guards seal"), a
  form in -s after a singular ("the court unseals"), a past form in -ed after either;
- it is the form of a verb with an event pattern, takes no determiner or modifier of its own between
  the subject and it, and is followed by its object, a preposition or the clause's end.

The word becomes the clause's verb (tagged as the finite form it is), the subject's head its subject,
the noun phrase after it its object, and the phrases after it that hung on the subject or the sentence's
noun root hang on it. Called by the parse-mending stage (``coding/reattach.py``); the words are in
``coding/data/verbless.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents import doccache, labels
from newsevents.coding import participles, resources
from newsevents.coding.point_verb import point_verbs

__all__ = ["mend_verbless"]

_FILE = "coding/data/verbless.toml"
# Tags the tagger gives such a verb: a noun (bare or in -s), an adjective, a particle ("troops back X").
_BARE_TAGS = frozenset({"NN", "JJ", "RP"})
_S_TAG = "NNS"
# Every tag the scan reads further, as ``Token.tag`` gives them (newsevents.labels): every word of the
# article is tested, and most have none of these, without its tag's string made.
_SCANNED_TAG_IDS = labels.labels((*_BARE_TAGS, _S_TAG, "VBN"))
# Tags of a finite verb or a modal: a clause with one has its verb.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# What may follow the verb: its object's first word, a preposition, a particle or the clause's end.
_AFTER = frozenset(
    {"DT", "PDT", "NNP", "NNPS", "NN", "NNS", "CD", "PRP", "PRP$", "JJ", "IN", "RP", "TO", "."}
)
_NOMINAL = frozenset({"NOUN", "PROPN"})
# Words inside a noun phrase, hung on a later word of it: what the object's head is found through.
_NP_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "nmod", "quantmod", "predet"})
# Places of a plural noun in a noun phrase or as an object ("arms embargo", "withdrew its forces"): a
# form in -s there is the noun; a verb read as a plural noun is a root or a subject's neighbour.
_PLURAL_NOUN_DEPS = frozenset({"compound", "pobj", "dobj", "conj", "nmod", "poss", "attr"})
# Clauses inside a phrase or reported by the clause: their verbs are not the clause's own.
_INNER_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})
# Modifiers a noun has and a verb has not: one between the subject and the word makes the word a noun.
_NOUN_MODIFIERS = frozenset({"det", "poss", "amod", "nummod", "predet"})
# Dependents after the verb that the parser hung on the subject or the noun root: the verb's own.
_VERB_DEPS = frozenset({"prep", "advmod", "npadvmod", "agent", "advcl", "punct", "cc", "conj", "dobj"})


@dataclass(frozen=True, slots=True)
class VerblessWords:
    """``coding/data/verbless.toml``."""

    plural_nouns: frozenset[str]
    clause_breaks: frozenset[str]
    caption_nouns: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Reading:
    """A word read as the verb of its clause: its lemma, the tag of its finite form, its subject's head,
    its object's head (or None) and the clause's edges (``start`` to ``end``, exclusive)."""

    verb: Token
    lemma: str
    tag: str
    subject: Token
    object: Token | None
    start: int
    end: int


@functools.lru_cache(maxsize=1)
def verbless_words() -> VerblessWords:
    """The word lists, checked: every key present, each a list of words."""
    return resources.word_table(VerblessWords, _FILE)


@functools.lru_cache(maxsize=1)
def _event_verbs() -> frozenset[str]:
    """The verbs with an event pattern of their own (one word: the forms read are single words)."""
    return frozenset(
        p.lemma for p in resources.patterns(()) if p.pos == "verb" and p.is_event and " " not in p.lemma
    )


def mend_verbless(doc: Doc) -> int:
    """Make each verb of a verbless clause in ``doc`` the verb it is; the number mended."""
    words, verbs = verbless_words(), _event_verbs()
    mended = 0
    for tok in doccache.tokens(doc):
        if tok.tag not in _SCANNED_TAG_IDS:
            continue  # (the cheap test first: the test below is false for every other tag)
        if (
            tok.tag_ not in _BARE_TAGS
            and tok.tag_ != _S_TAG
            and not (tok.tag_ == "VBN" and tok.dep_ == "amod")
        ):
            continue
        reading = _reading(tok, verbs, words)
        if reading is not None and _apply(reading):
            mended += 1
    return mended + point_verbs(doc)  # ("3. Calls upon X to ...": a point's verb, point_verb.py)


def _lemma(tok: Token, verbs: frozenset[str]) -> tuple[str, str] | None:
    """The verb ``tok``'s form is of and the tag of that finite form, or None."""
    word = tok.lower_
    if tok.tag_ == _S_TAG:
        if tok.dep_ in _PLURAL_NOUN_DEPS:
            return None
        stems = (word[:-1], word[:-2], word[:-3] + "y") if word.endswith("s") else ()
        found = next((s for s in stems if s in verbs), None)
        return (found, "VBZ") if found else None
    if tok.tag_ == "VBN":  # (a past tense read as its object's modifier: "the Union RELAXED curbs")
        lemma = participles.verb_of(word, verbs) or tok.lemma_.casefold()
        return (lemma, "VBD") if lemma in verbs else None
    if word in verbs:
        return word, "VBP"
    past = participles.verb_of(word, verbs) if tok.tag_ == "JJ" else None
    return (past, "VBD") if past else None


def _reading(tok: Token, verbs: frozenset[str], words: VerblessWords) -> _Reading | None:
    """``tok`` read as the verb of its verbless clause, or None when the clause or the word says no."""
    if tok.i == 0 or tok.lower_ in words.caption_nouns:
        return None
    found = _lemma(tok, verbs)
    doc = tok.doc
    if found is None or tok.i + 1 >= len(doc) or doc[tok.i + 1].tag_ not in _AFTER:
        return None
    if doc[tok.i - 1].pos_ not in _NOMINAL:
        return None
    start, end = _clause(tok, words)
    if any(_main_finite(doc[i], tok) for i in range(start, end)):
        return None
    subject = _subject(doc, start, tok)
    if subject is None or not _agrees(subject, found[1], words) or _compound_head(tok, subject):
        return None
    if not _after_of(tok, subject) and any(
        c.dep_ in _NOUN_MODIFIERS and subject.i < c.i < tok.i for c in tok.children
    ):
        return None
    return _Reading(tok, found[0], found[1], subject, _object(tok, end), start, end)


def _main_finite(tok: Token, word: Token) -> bool:
    """Whether ``tok`` is a finite verb or modal of ``word``'s clause, not of a clause inside one of its
    phrases that ``word`` is outside ("sanctions on a firm that TRADES with ..."), which leaves the clause
    without a verb."""
    if tok.tag_ not in _FINITE and not (tok.tag_ == "VBN" and tok.dep_ == "ROOT"):
        return False  # (a root participle is a past tense the tagger misread: "Oslo CALLED on ...")
    while tok.head != tok:
        if tok.dep_ in _INNER_CLAUSES and not tok.left_edge.i <= word.i <= tok.right_edge.i:
            return False
        tok = tok.head
    return True


def _clause(tok: Token, words: VerblessWords) -> tuple[int, int]:
    """The edges of ``tok``'s clause: its sentence, cut at the clause breaks on either side."""
    sent: Span = tok.sent
    before = reversed(sent[: tok.i - sent.start])
    start = next((t.i + 1 for t in before if _breaks(t, words)), sent.start)
    end = next((t.i for t in sent[tok.i - sent.start + 1 :] if _breaks(t, words)), sent.end)
    return start, end


def _breaks(tok: Token, words: VerblessWords) -> bool:
    """Whether ``tok`` closes a clause (a dash, not the hyphen inside "U.N.-backed")."""
    return tok.tag_ != "HYPH" and tok.text in words.clause_breaks


def _subject(doc: Doc, start: int, verb: Token) -> Token | None:
    """The head of the noun phrase before ``verb`` in its clause: a noun the parser hung outside the words
    before the verb ("troops" of "the troops of the force land"), else the last of those it hung on the
    verb (the head of an English noun phrase is its last word: "riot police" of "riot police fire")."""
    tops = [
        t
        for t in doc[start : verb.i]
        if t.pos_ in _NOMINAL and (t.head == t or not start <= t.head.i < verb.i)
    ]
    outer = [t for t in tops if t.head != verb]
    return outer[0] if outer else (tops[-1] if tops else None)


def _compound_head(tok: Token, subject: Token) -> bool:
    """Whether ``tok`` heads a noun compound other than its subject ("the peacekeeping FORCE"): the word
    before it hangs on it, and is neither the subject nor a noun after "of" in the subject's phrase."""
    before = tok.doc[tok.i - 1]
    if before.head != tok or before == subject or before.dep_ not in ("compound", "amod", "nmod"):
        return False
    return not _after_of(tok, subject)


def _after_of(tok: Token, subject: Token) -> bool:
    """Whether the parser read ``tok`` as the noun of a phrase on the subject ("troops of the force LAND"):
    the words between are that phrase's, and the one before ``tok`` its noun."""
    return tok.head.dep_ == "prep" and tok.head.head == subject and subject.i < tok.head.i < tok.i


def _agrees(subject: Token, tag: str, words: VerblessWords) -> bool:
    """Whether ``subject`` takes the finite form ``tag``: a bare form a plural, an -s form a singular."""
    if tag == "VBD":
        return True
    plural = (
        subject.tag_ in ("NNS", "NNPS")
        or subject.lower_ in words.plural_nouns
        or any(c.dep_ == "conj" for c in subject.children)
    )
    return plural if tag == "VBP" else not plural and subject.tag_ in ("NN", "NNP")


def _object(verb: Token, end: int) -> Token | None:
    """The head of the noun phrase right after ``verb`` in its clause, or None."""
    if verb.i + 1 >= end:
        return None
    tok = verb.doc[verb.i + 1]
    if tok.tag_ in ("IN", "TO", "RP", "."):
        return None
    while tok.dep_ in _NP_DEPS and verb.i < tok.head.i < end and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM") else None


def _root_dep(root: Token, r: _Reading) -> str:
    """The label the sentence's former root takes under the verb: its subject, its object or a second verb."""
    if root == r.subject:
        return "nsubj"
    return "dobj" if root == r.object else "conj"


def _apply(r: _Reading) -> bool:
    """Rebuild the clause around the verb; False (nothing changed) when the sentence's root is a word the
    rebuilt clause has no place for."""
    verb, doc = r.verb, r.verb.doc
    root = verb.sent.root
    inside = r.start <= root.i < r.end
    if inside and root not in (verb, r.subject, r.object) and not (root.i > verb.i and root.pos_ == "VERB"):
        return False
    old_head, old_dep = verb.head, verb.dep_
    moved = [t for t in doc[r.start : verb.i] if t != r.subject and (t.head == verb or t.head.i > verb.i)]
    owners = (r.subject, root) if root != r.object else (r.subject,)
    after = [t for t in doc[verb.i + 1 : r.end] if t.head in owners and t.dep_ in _VERB_DEPS]
    verb.tag_, verb.pos_, verb.lemma_ = r.tag, "VERB", r.lemma
    # (the verb takes its place first, so that no word ever hangs, even for a moment, under its own child)
    if root != verb:
        verb.head, verb.dep_ = (verb, "ROOT") if inside else (root, "conj")
        if inside:
            root.head, root.dep_ = verb, _root_dep(root, r)
    r.subject.head, r.subject.dep_ = verb, "nsubj"
    phrase = old_head if r.subject.i < old_head.i < verb.i and old_head.dep_ == "prep" else None
    noun = doc[verb.i - 1]
    for tok in moved:
        if tok.head != verb and tok.i > r.subject.i:
            continue  # (a word of the subject's phrase hung further right stays)
        if tok.i < r.subject.i and tok.head.i > verb.i and tok.dep_ not in _NP_DEPS:
            tok.head = verb  # ("On Friday riot police fire ...": the date is the verb's)
        elif phrase is None or tok.i < phrase.i:
            tok.head = r.subject
        elif tok == noun:
            tok.head, tok.dep_ = phrase, old_dep
        else:
            tok.head = noun
    for tok in after:
        if tok != r.object and tok.head != verb:
            tok.head = verb
    if r.object is not None:
        verbs_on_object = [c for c in r.object.children if c.dep_ in ("cc", "conj") and c.i > r.object.i]
        r.object.head, r.object.dep_ = verb, "dobj"
        for tok in verbs_on_object:
            if tok.dep_ == "cc" or tok.pos_ == "VERB":
                tok.head = verb
    return True
