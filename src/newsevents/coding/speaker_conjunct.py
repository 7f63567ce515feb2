"""The speaker of a speech act the parser hung on the reported clause.

"Lima said the border talks had stalled because Bolivian officials kept delaying them, and ACCUSED La Paz
of bad faith": the parser makes "accused" a conjunct of the reported clause's last verb ("kept"), so the
subject it shares would be the reported clause's ("officials"). A verb of appeal, praise or blame
(``speaker_verbs`` in ``coding/data/words.toml``) with no subject of its own, coordinated anywhere inside
the clause a verb of saying reports, is the speaker's own act. So is any subjectless conjunct in a finite past
or present form hung on a base-form verb (one under "did not", "would" or "to"): "said Tbilisi did not NEED
help and TURNED DOWN the offer" cannot read "did not ... turned", so the conjunct is not the reported
clause's second verb but the speaker's (pedge).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.lexicon import kind_of, lexicon
from newsevents.coding.rules import declare

REPORTED_SPEAKER = declare(
    "source",
    "reported-speaker",
    "a subjectless act coordinated inside a reported clause whose own subject names no party (a thing), or "
    "a participle of speech set off by a comma after that clause, is the speaker's act",
    "Chile said the shipment held only grain and recalled its ambassador.",
)


# Links a reported clause's verbs and nouns hang by inside it: "said [talks stalled because officials KEPT
# delaying]", "said [there was no PROOF the blast was the work of ...]".
_INSIDE = frozenset({"advcl", "xcomp", "conj", "acl", "attr", "dobj", "nsubj", "pobj", "prep"})
# How deep inside the reported clause the conjunct may hang (the clauses a wire sentence nests).
_DEPTH = 6
# Tags of the relative pronouns a true relative clause opens with ("who", "which", "whose").
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Finite tags a conjunct cannot share a base-form verb's "did", "would" or "to" with.
_FINITE_TAGS = frozenset({"VBD", "VBZ"})


def speaker_verb(conj: Token, gov: Token) -> Token:
    """The verb whose subject the subjectless conjunct ``conj`` (of ``gov``) shares: the verb of saying
    when ``conj`` is a speaker's act coordinated inside the clause that verb reports, else ``gov``."""
    if conj.dep_ == "advcl" and reported_participle(conj):
        return reporting_verb(gov)
    if conj.dep_ != "conj":
        return gov
    lexical = conj.lemma_.casefold() in lexicon().speaker_verbs
    if not lexical and not tense_break(conj, gov):
        return gov
    # (a conjunct known only by its tense belongs to the outermost clause: "said Quito did not NEED troops
    # [to KEEP order] and TURNED down ..." is the speaker's refusal)
    if not lexical:
        return _outer_clause_verb(gov)
    return reporting_verb(gov)


def reported_participle(tok: Token) -> bool:
    """A participle of speech set off by a comma, with no subject or conjunction of its own, that the
    parser hangs on a verb of the reported clause ("told the court that Quito had given a false account,
    REJECTING charges that ..."): the speaker's own statement, as a conjunct of the same verbs is. Only
    verbs of rejection and denial (``reported_participles``): a participle of blame or warning may be the
    reported subject's ("said the rebels had attacked, ACCUSING the army of ...")."""
    if tok.tag_ != "VBG":
        return False
    # a phrasal verb by its particle ("..., TURNING DOWN the request"), else by its lemma
    keys = {f"{tok.lemma_.casefold()} {c.lower_}" for c in doccache.children(tok) if c.dep_ == "prt"}
    if not (keys or {tok.lemma_.casefold()}) & lexicon().reported_participles:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in doccache.children(tok)):
        return False
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def reporting_verb(gov: Token) -> Token:
    """The verb of saying whose reported clause holds ``gov`` (the verb a conjunct hangs on), else
    ``gov``."""
    if gov.dep_ == "ccomp":
        return gov.head  # "said X shelled Y and DEMANDED ...": the speaker demands
    cur = gov
    for _ in range(_DEPTH):
        if cur.head.i == cur.i:
            return gov
        if cur.dep_ == "ccomp" and kind_of(cur.head) == "report":
            return cur.head
        if cur.dep_ == "acl" and cur.head.dep_ == "dobj" and kind_of(cur.head.head) == "report":
            # "said [the drill aimed at defence] and ACCUSED": the reported clause parsed as an object
            return cur.head.head
        if cur.dep_ not in _INSIDE and not _content_clause(cur):
            return gov
        cur = cur.head
    return gov


def _outer_clause_verb(gov: Token) -> Token:
    """The outermost verb whose clause ``gov`` sits in ("warned that it could EXPEL": warned; "said Quito
    did not NEED troops to KEEP order": said), or ``gov`` when no clausal complement holds it."""
    found, cur = gov, gov
    for _ in range(_DEPTH):
        if cur.head.i == cur.i or cur.dep_ not in _INSIDE | {"ccomp"}:
            break
        if cur.dep_ == "ccomp":
            found = cur.head
        cur = cur.head
    return found


def tense_break(conj: Token, gov: Token) -> bool:
    """Whether the finite conjunct ``conj`` hangs on a base-form verb it cannot be coordinated with ("did
    not NEED ... and TURNED", "to RESTORE ... and PROTESTED"): the two verbs are not one clause's pair."""
    if conj.tag_ not in _FINITE_TAGS or gov.tag_ != "VB" or gov.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(conj))


def _content_clause(verb: Token) -> bool:
    """A clause the parser calls relative that has a subject of its own, no relative pronoun: "no
    evidence [the attack came from Yemen]" is what the evidence is of, part of the reported clause (a
    true relative clause's conjunct, "rebels who attacked ... and accused ...", is the rebels' own)."""
    subjects = [c for c in doccache.children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.dep_ == "relcl" and any(c.tag_ not in _RELATIVE_TAGS for c in subjects)


def speaker_act(tok: Token) -> bool:
    """Whether ``tok`` is a speaker's act coordinated inside the clause its verb of saying reports: the
    speaker's own event, never the background of the reported clause it hangs on."""
    return tok.dep_ == "conj" and speaker_verb(tok, tok.head).i != tok.head.i


def speaker_word_act(tok: Token) -> bool:
    """Whether ``tok`` is a speaker's act known by its verb (``speaker_verbs``), not only by its tense: the
    modality stage lets a conjunct known by its tense alone take the own-tense step (coding/modality.py)."""
    return speaker_act(tok) and tok.lemma_.casefold() in lexicon().speaker_verbs


def fallback_speaker(tok: Token) -> list[Token]:
    """The subjects of the verb of saying whose reported clause the subjectless conjunct ``tok`` hangs in,
    to try after the subject it shares with that clause's verb ("Chile said the shipment held only grain
    and RECALLED its envoy": a shipment recalls nobody, so Chile does), or the participle of speech set off
    by a comma that the parser hangs on it ("said the talks had collapsed, BLAMING X": talks blame nobody);
    none for any other verb."""
    if tok.dep_ != "conj" and not _speech_participle(tok):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(tok)):
        return []
    if tok.tag_ == "VBN" and syntax.is_passive(tok.head):
        return []  # ("were freed and FLOWN home, officials said": a passive's maker is not its teller)
    said = reporting_verb(tok.head)
    if said.i == tok.head.i or kind_of(said) != "report":
        return []
    return [c for c in doccache.children(said) if c.dep_ == "nsubj"]


def _speech_participle(tok: Token) -> bool:
    """Whether ``tok`` is a participle of speech (``speech_participles``: blame, accusation, warning)
    set off by a comma after the clause it hangs on."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.lemma_.casefold() not in lexicon().speech_participles:
        return False
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","
