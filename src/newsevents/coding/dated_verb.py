"""Parse repairs of ``coding/reattach``: a clause's verb or subject swallowed by the date phrase before it.

**Next clause's subject coordinated with a date.** "The siege was lifted on Sunday AND REBEL FIGHTERS
released the hostages": the small English model reads "Sunday and rebel fighters" as one coordinated
object of "on", so the second clause's verb is left without a subject (or hangs on the fighters as a
participle) and its act is lost or given to the first clause's doer. A past tense after "and" whose only
words before it, back to a date (a named date, "on Sunday"), are a noun phrase is that noun phrase's
verb: the noun becomes its subject, the verb a conjunct of the verb the date's phrase hangs on, and the
date the object of its preposition again.

**Past tense read as an adjective after a date.** "A navy frigate on Tuesday FIRED water cannon at a
trawler": after "on Tuesday" the parser reads the past tense as an adjective of the noun after it ("fired
cannon"), that noun as a second object of "on" and the subject as the root of a verbless sentence. In a
sentence headed by a noun, a past tense (tagged so, not a participle) hung as an adjective on the noun
after it, right after a date that closes a preposition on the root noun, is the sentence's verb: the root
noun its subject, the noun after it its object, the date's phrase its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.coding.rules import declare

DATE_CONJUNCT = declare(
    "trigger",
    "subject-coordinated-with-date",
    "a past tense after 'and' whose noun phrase the parser coordinated with the date before it ('lifted "
    "on Sunday and rebel fighters released ...') has that noun phrase as its subject",
    "The siege was lifted on Sunday and rebel fighters released the hostages.",
)
DATED_ADJECTIVE = declare(
    "trigger",
    "verb-read-as-adjective-after-date",
    "a past tense read as the adjective of the noun after it right after a date ('a frigate on Tuesday "
    "fired water cannon') is the sentence's verb, the root noun its subject",
    "A navy frigate on Tuesday fired water cannon at a trawler.",
)

# Entity labels of a date phrase's words.
_DATE_LABELS = frozenset({"DATE", "TIME"})
# Words of the noun phrase between "and" and the verb (its article, owner, adjectives, nouns).
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"})
# Longest noun phrase (in words) taken as the second clause's subject.
_MAX_PHRASE = 5
# Words after the misread verb's noun that belong to the verb: its date and place, its stop.
_VERB_WORDS = frozenset({"prep", "punct", "cc", "conj", "advmod", "npadvmod", "acl", "advcl"})


def mend(doc: Doc, words: Sequence[Token]) -> None:
    """Both repairs, from the words ``reattach`` starts from (past forms)."""
    date_conjuncts(doc, words)
    dated_adjectives(doc, words)


def _is_date(word: Token) -> bool:
    return word.ent_type_ in _DATE_LABELS


def date_conjuncts(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Give back its subject to each past tense whose noun phrase was read with the date before it; the
    number mended."""
    mended = 0
    for verb in doc if words is None else words:
        found = _date_conjunct(verb)
        if found is None:
            continue
        date, link, prep, main = found
        subject = doc[verb.i - 1]
        phrase = [doc[i] for i in range(link.i + 1, subject.i)]
        # (the order keeps the tree a tree: every word leaves the chain before its new head is set)
        verb.head, verb.dep_ = main, "conj"
        subject.head, subject.dep_ = verb, "nsubj"
        for word in phrase:
            if word.head.i != subject.i or word.dep_ in ("conj", "cc"):
                word.head = subject
                word.dep_ = {"DET": "det", "ADJ": "amod", "NUM": "nummod"}.get(word.pos_, "compound")
        link.head, link.dep_ = main, "cc"
        date.head, date.dep_ = prep, "pobj"
        mended += 1
    return mended


def _date_conjunct(verb: Token) -> tuple[Token, Token, Token, Token] | None:
    """(date, "and", the date's preposition, the verb it hangs on) when ``verb`` is a past tense without
    a subject of its own whose noun phrase follows "and" right after a date."""
    if verb.tag_ != "VBD" or verb.pos_ != "VERB" or verb.dep_ not in ("conj", "acl", "relcl"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    doc, start = verb.doc, verb.sent.start
    before = range(verb.i - 2, max(start, verb.i - _MAX_PHRASE - 2), -1)
    link = next((doc[i] for i in before if doc[i].lower_ == "and"), None)
    if link is None or link.i <= start + 1 or not _is_date(doc[link.i - 1]):
        return None
    phrase = [doc[i] for i in range(link.i + 1, verb.i)]
    if any(w.pos_ not in _PHRASE_POS or _is_date(w) for w in phrase):
        return None
    if phrase[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    date = doc[link.i - 1]
    prep = next((a for a in date.ancestors if a.dep_ == "prep"), None)
    if prep is None or prep.i >= date.i or prep.head.pos_ not in ("VERB", "AUX") or prep.head.i >= date.i:
        return None
    main = prep.head
    moved = {verb.i, link.i, date.i, *(w.i for w in phrase)}
    if main.i in moved or any(a.i in moved for a in main.ancestors):
        return None
    return date, link, prep, main


def dated_adjectives(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Mend each past tense read as the adjective of its object after a date; the number mended."""
    mended = 0
    for verb in doc if words is None else words:
        found = _dated_adjective(verb)
        if found is None:
            continue
        subject, prep, date = found
        noun = verb.head
        # (the order keeps the tree a tree: the verb leaves the noun before the subject hangs on it)
        verb.head, verb.dep_ = verb, "ROOT"
        verb.pos_ = "VERB"
        subject.head, subject.dep_ = verb, "nsubj"
        prep.head = verb
        noun.head, noun.dep_ = verb, "dobj"
        date.head, date.dep_ = prep, "pobj"
        for word in [*subject.children, *noun.children]:
            if word.i > noun.i and word.dep_ in _VERB_WORDS:
                word.head = verb  # (the verb's place, its stop, its clauses)
        mended += 1
    return mended


def _dated_adjective(verb: Token) -> tuple[Token, Token, Token] | None:
    """(subject, the date's preposition, the date) when ``verb`` is a past tense read as the adjective of
    the noun after it, right after a date whose preposition hangs on the noun that heads the sentence."""
    if verb.tag_ != "VBD" or verb.dep_ != "amod" or verb.i < 3:
        return None
    noun, date = verb.head, verb.doc[verb.i - 1]
    if noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN") or not _is_date(date):
        return None
    prep = next((a for a in date.ancestors if a.dep_ == "prep" and a.i < date.i), None)
    if prep is None or prep.head.dep_ != "ROOT" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subject = prep.head
    # (the noun after the verb is read as a second object of the date's preposition or as the subject's
    # apposition)
    if subject.i >= prep.i or not (noun.head.i == subject.i or noun in list(prep.subtree)):
        return None
    if verb.sent[-1].text not in (".", "!", "?"):
        return None
    return subject, prep, date
