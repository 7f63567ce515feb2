"""Judgements: "called the plan reckless", "said the ruling had no legal standing".

A speaker who names what another party did with a word of blame criticises it (CAMEO 111); with a word
of praise, praises it (051). No dictionary row can say this: the code depends on the tone of the
complement, not on the verb. The tone words are lists in ``coding/data/words.toml``
(``negative_judgements``, ``positive_judgements``, ``validity_words``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.culpable import REPORTED_CULPRIT, culprit_clause
from newsevents.coding.evidenced import evidenced_clause
from newsevents.coding.false_claim import called_false
from newsevents.coding.feelings import REPORTED_FEELING, felt, folded_comment
from newsevents.coding.judged_appos import closing_complement
from newsevents.coding.judged_clause import (
    antecedent_parties,
    existential_blame,
    judged_words,
    own_standing,
    relative_antecedent,
)
from newsevents.coding.judged_proposal import judged_code
from newsevents.coding.judged_split import CALLED_SPLIT, judged_inside, split_complement
from newsevents.coding.lexicon import Lexicon, kind_of
from newsevents.coding.negated_refusal import refused_by_negation
from newsevents.coding.own_part import DENIED_KNOWLEDGE, denied_knowledge, denied_part, sorry
from newsevents.coding.own_voice import own_voice
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare
from newsevents.coding.self_justified import justified
from newsevents.coding.speech_blame import speech_blame
from newsevents.coding.tone_phrases import blamed_phrase
from newsevents.coding.wrongdoer import wrongdoer
from newsevents.dateclause import is_future

CALLED_JUDGEMENT = declare(
    "trigger",
    "called-judgement",
    "'called X Y' (and 'branded', 'described X as Y'): criticism when Y blames, praise when it approves; "
    "no telephone call",
    "Lisbon called the tariff plan reckless and short-sighted.",
)
REPORTED_JUDGEMENT = declare(
    "trigger",
    "reported-judgement",
    "a speaker saying that a thing was (or had) something of blame or praise judges it: "
    "'said the ruling had no legal standing', 'said the move was unwarranted'",
    "Ankara said the court's ruling had no legal standing.",
)
REPORTED_FAILURE = declare(
    "trigger",
    "reported-failure",
    "a speaker saying a party failed to act ('said Pakistan had failed to act against the groups') "
    "criticises it (111)",
    "Kabul said Islamabad had failed to stop the militants crossing the border.",
)
REPORTED_WRONG = declare(
    "trigger",
    "reported-wrong",
    "a speaker saying a named party broke a rule or worked against others ('said Moscow had violated the "
    "accord'), or did not keep a commitment ('said Tehran had not complied'), accuses it (112)",
    "Tokyo said Beijing had violated the fishing accord.",
)

NEUTRAL_JUDGEMENT = declare(
    "trigger",
    "neutral-judgement",
    "a speaker giving a neutral verdict on an act ('said the deployment was routine', 'hoped the "
    "operation would be short') plays down concern about it: a reassuring comment (013)",
    "The defence ministry said the naval exercise was routine.",
)

# Phoenix codes playing down concern or fear as an optimistic comment; a neutral verdict does the same.
COMMENT = "013"
APOLOGY = "055"
DENY = "016"
REPORTED_APOLOGY = declare(
    "trigger",
    "reported-apology",
    "a speaker saying it is sorry ('a letter saying it was very sorry for the loss') apologises (055), to "
    "the party its 'for' phrase names",
    "Tokyo sent a note saying it was deeply sorry for the collision.",
)
REPORTED_DENIAL = declare(
    "trigger",
    "reported-denial",
    "a speaker saying it had no part in an act ('had no role in the attack', 'had nothing to do with "
    "it') denies responsibility (016)",
    "Caracas said it had no role in the attack on the pipeline.",
)
DENIED_ACT = declare(
    "trigger",
    "denied-act",
    "a speaker saying it, or a party of its own, did not do an act a pattern codes ('said it had never "
    "used such weapons', 'said its troops had not crossed the border') denies responsibility (016)",
    "Minsk said its troops had not crossed the border.",
)
JUDGED_THING = declare(
    "select",
    "judged-thing",
    "the event noun a 'called X Y' judgement names ('called the raid an act of war') is told elsewhere, "
    "or is the judgement's object only: no event of its own there",
    "Lisbon called the blockade an act of aggression.",
)
CRITICISE = "111"
ACCUSE = "112"
PRAISE = "051"
# Dependents that hold the complement of "called X Y" and of a copula ("was unwarranted").
_COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "acomp", "attr", "dobj", "ccomp"})
# Blame words only as the verdict itself ("called the strike political"), not as a noun's modifier.
_KIND_WORDS = frozenset({"political"})
# Blame words that after an article only pick a thing out ("a step in THE WRONG direction"), no verdict.
_PICKING = frozenset({"wrong"})
# Pronouns that name no party: "said THERE was no attack", "said THIS was not a retreat".
_NO_PARTY = frozenset({"there", "this", "that", "what", "which", "who", "nothing", "none", "nobody"})
# Subjects that are the speaker itself: "we were right" judges nobody else.
_SELF = frozenset({"i", "we", "me", "us"})
# Passives whose subject had the part ("were not INVOLVED"); others tell an act done to it ("not warned").
_OWN_PART_PASSIVES = frozenset({"involve", "implicate", "engage"})


def judgements(sent: Span, words: Lexicon, coded: frozenset[int] = frozenset()) -> Iterator[Trigger]:
    """The judgements of a sentence, as triggers on the judging verb (``coded``: the indexes of the
    sentence's triggers, for the acts a speaker denies)."""
    for tok in doccache.verbs(sent):
        lemma = tok.lemma_.casefold()
        if lemma in words.judgement_verbs:
            found = _called(tok, words)
        elif kind_of(tok) == "report" or {lemma, tok.lower_} & words.comment_verbs:
            found = _reported(tok, words) or _denied_act(tok, coded, words)
        else:
            continue
        if found is not None and _message_content(tok, words) and relative_antecedent(tok) is None:
            # "delivered a letter SAYING it was sorry", "issued a statement SAYING the vote was a sham": the
            # message's content is what its sender did
            found = replace(found, token=tok.head.head)
        if found is not None and not folded_comment(tok, found.pattern.code, coded):
            yield found


def judged_object(tok: Token, words: Lexicon) -> bool:
    """Whether ``tok`` is the object of a "called X Y" judgement ("called the RAID an act of war",
    "described the VOTE as a farce"): a verb of judgement with a complement, not "called a strike"."""
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.casefold() not in words.judgement_verbs:
        return False
    if tok.dep_ == "oprd" and (
        any(c.dep_ == "dobj" for c in doccache.children(verb)) or relative_antecedent(verb) is not None
    ):
        # "called the raid a MASSACRE": the word of blame is the judgement, not a second event
        return tone(doccache.subtree(tok), words) is not None
    if tok.dep_ != "dobj":
        return False
    if relative_antecedent(verb) is not None:
        return tone(doccache.subtree(tok), words) is not None  # ("a move his rivals called a COUP")
    if any(
        c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in doccache.children(verb)
    ):
        return True
    if any(c.dep_ == "appos" and tone(doccache.subtree(c), words) for c in doccache.children(tok)):
        return True
    # "called the offensive ethnic CLEANSING": a fused judgement; its head is the word of blame
    return tone([tok], words) is not None and any(_names_thing(c, words) for c in doccache.children(tok))


def _message_content(tok: Token, words: Lexicon) -> bool:
    """ "a letter SAYING ...", "sent a note to Hanoi SAYING ...": a participle of speech that gives the
    content of a message the verb's object names."""
    if tok.dep_ == "acl":
        return tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB"
    if tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return False
    return any(
        c.dep_ == "dobj" and c.lemma_.casefold() in words.message_nouns for c in doccache.children(tok.head)
    )


def _called(tok: Token, words: Lexicon) -> Trigger | None:
    """ "called the plan reckless", "branded them terrorists", "described the vote as a farce"."""
    obj = next((c for c in doccache.children(tok) if c.dep_ in ("dobj", "nsubjpass")), None)
    complement = [c for c in doccache.children(tok) if c.dep_ in ("oprd", "xcomp", "ccomp")]
    complement += [p for p in doccache.children(tok) if p.dep_ == "prep" and p.lower_ == "as"]
    if obj is None and [c.dep_ for c in complement[:2]] == ["oprd", "oprd"]:
        # "called [the Czech] [step a hostile act]": the parser split the thing judged off as a complement
        obj, complement = complement[0], complement[1:]
    if obj is None:
        obj = judged_inside(complement)
    split = split_complement(complement) if obj is None and relative_antecedent(tok) is None else None
    if split is not None:  # ("called the ruling a betrayal" read as one phrase: coding/judged_split.py)
        code = tone(split, words)
        return None if code is None else _trigger(tok, code, CALLED_SPLIT, None)
    antecedent = relative_antecedent(tok)  # ("the vote [that Lima called a sham]": the vote is judged)
    if antecedent is not None:
        relative = judged_words().relative_pronouns
        complement += [c for c in doccache.children(tok) if c.dep_ == "dobj" and c.lower_ not in relative]
        obj, judged = antecedent, antecedent_parties(antecedent)
    else:
        judged = None
    if obj is None:
        return None
    appos = closing_complement(obj)
    if not complement and appos is not None and tone(doccache.subtree(appos), words):
        # "called the closure of the border an unfriendly GESTURE": the complement parsed as an apposition
        return _trigger(tok, tone(doccache.subtree(appos), words) or CRITICISE, CALLED_JUDGEMENT, None)
    if not complement:
        return _fused(tok, obj, words)
    # (an antecedent's phrase holds the judging clause itself: nothing of the complement to skip)
    said = list(_tokens(complement, skip=obj if judged is None else None))
    code = DENY if called_false(tok, obj, said) else tone(said, words)  # (a claim called a lie: false_claim)
    if code is None or justified(code, obj, said):  # ("called the raid lawful": its own act, self_justified)
        return None
    return _trigger(tok, judged_code(obj, code, said), CALLED_JUDGEMENT, judged)  # (a proposal: rejected)


def _fused(tok: Token, obj: Token, words: Lexicon) -> Trigger | None:
    """ "called the raids aggression" parsed as one noun phrase ("raids" a modifier of "aggression"):
    the head is the judgement when it is a word of tone and its modifier names the thing judged; "called
    the verdict PART OF a smear campaign" fused the same way: the tone is in the "of" phrase."""
    of = next((c for c in doccache.children(obj) if c.lower_ == "of"), None)
    if of is not None and obj.lemma_.casefold() in judged_words().partitive_heads:
        code = tone(doccache.subtree(of), words)
    elif any(_names_thing(c, words) for c in doccache.children(obj)):  # (with conjuncts: "and FASCISTS")
        code = tone([obj, *(c for c in doccache.children(obj) if c.dep_ == "conj")], words)
    else:
        return None
    return None if code is None else _trigger(tok, code, CALLED_JUDGEMENT, None)


def _names_thing(child: Token, words: Lexicon) -> bool:
    """A modifier that names the thing a fused "called X Y" judges: a noun ("the RAIDS aggression", "the
    BOMBING open aggression") or an event word the tagger took for an adjective ("the OFFENSIVE ethnic
    cleansing")."""
    if child.dep_ in ("compound", "nmod") and child.pos_ in ("NOUN", "PROPN"):
        return True
    first = child.i == child.head.left_edge.i + 1
    named = {child.lemma_.casefold(), child.lower_} & words.event_nouns
    return child.dep_ == "amod" and first and bool(named)


def _reported(tok: Token, words: Lexicon) -> Trigger | None:
    """ "said the move was unwarranted", "said the ruling had no legal standing"."""
    # ("said there was evidence that X was behind it": the clause evidenced, coding/evidenced.py)
    for clause in (evidenced_clause(c) for c in doccache.children(tok) if c.dep_ == "ccomp"):
        denied = denied_part(clause, words)
        if denied is not None:
            return _trigger(tok, DENY, REPORTED_DENIAL, denied or None)
        if (unknown := denied_knowledge(clause)) is not None and _own_side(unknown[0], words):
            return _trigger(tok, DENY, DENIED_KNOWLEDGE, unknown[1])  # ("had not known of it": own_part.py)
        failed = _failed_party(clause, words)
        if failed is not None:
            return _trigger(tok, CRITICISE, REPORTED_FAILURE, (failed,))
        if (party := wrongdoer(clause, words)) is not None:
            return _trigger(tok, ACCUSE, REPORTED_WRONG, (party,))
        if (culprit := culprit_clause(clause)) is not None:  # "said Russia was responsible": culpable.py
            return _blame_or_denial(tok, culprit.clause, words, culprit.table)
        feelers = (c for c in doccache.children(clause) if c.dep_ == "nsubjpass")
        passive = any(c.pos_ == "PRON" or own_voice(tok, c) for c in feelers)  # ("said Oslo was angered")
        if passive and clause.tag_ == "VBN" and (outlook := felt([clause])) is not None:
            return _trigger(tok, outlook[0], REPORTED_FEELING, outlook[1])  # "said it was angered by"
        if (blamed := speech_blame(tok, clause, words)) is not None:
            return blamed  # ("said the clues pointed to the army", "said it was rigged": speech_blame.py)
        if clause.lemma_.casefold() not in words.judgement_copulas:
            continue
        subject = next((c for c in doccache.children(clause) if c.dep_ in _doers(clause)), None)
        complement = [c for c in doccache.children(clause) if c.dep_ in _COMPLEMENT_DEPS or _amounts_to(c)]
        if subject is not None and subject.pos_ == "PRON" and sorry(complement, words):
            # "a letter saying it was very sorry for the loss": the speaker apologises
            concern = tuple(
                o for p in doccache.children(complement[0]) if p.lower_ == "for" for o in doccache.children(p)
            )
            return _trigger(tok, APOLOGY, REPORTED_APOLOGY, concern or None)
        own = subject is not None and (subject.pos_ == "PRON" or own_voice(tok, subject))  # (own_voice.py)
        if own and (outlook := felt(complement)) is not None:
            return _trigger(tok, outlook[0], REPORTED_FEELING, outlook[1])  # "said it was hopeful about"
        if subject is None and (acts := existential_blame(clause, words)) is not None:
            return _trigger(tok, CRITICISE, REPORTED_JUDGEMENT, acts)  # "said there was no basis for X"
        if subject is None or subject.lower_ in _SELF:
            continue
        negated = clause.lemma_.casefold() == "lack" or doccache.negated(clause, words.negations)
        tokens = list(_tokens(complement, skip=subject))
        code = tone(tokens, words, negated)
        if code is not None and not own_standing(subject, tokens) and not justified(code, subject, tokens):
            return _trigger(tok, judged_code(subject, code, tokens), REPORTED_JUDGEMENT, (subject,))
        if not negated and _neutral(subject, tokens, words):
            return _trigger(tok, COMMENT, NEUTRAL_JUDGEMENT, (subject,))
    return None


def _amounts_to(child: Token) -> bool:
    """ "said the moves AMOUNTED TO aggression": the "to" phrase is the copula's complement."""
    return child.dep_ == "prep" and child.lower_ == "to" and child.head.lemma_.casefold() == "amount"


def _failed_party(clause: Token, words: Lexicon) -> Token | None:
    """ "said Pakistan had FAILED to act": the party a speaker says failed to act (``failure_verbs``),
    unless negated ("had not failed") or the speaker itself ("said it had failed")."""
    if clause.lemma_.casefold() not in words.failure_verbs:
        return None
    if doccache.negated(clause, words.negations):
        return None
    subject = next((c for c in doccache.children(clause) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or subject.lower_ in _SELF:
        return None
    return subject


def _blame_or_denial(tok: Token, clause: Token, words: Lexicon, table: bool) -> Trigger | None:
    """A named party said to be responsible is accused (112); the speaker's own side said not to be
    denies it (016); another party said not to be is no event."""
    children = doccache.children(clause)
    negated = doccache.negated(clause, words.negations)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if negated:
        return _trigger(tok, DENY, REPORTED_DENIAL, None) if _own_side(subject, words) else None
    if subject.pos_ == "PRON" or subject.lower_ in _SELF:
        return None
    return _trigger(tok, ACCUSE, REPORTED_CULPRIT if table else REPORTED_WRONG, (subject,))


def _denied_act(tok: Token, coded: frozenset[int], words: Lexicon) -> Trigger | None:
    """ "said it had never used chemical weapons", "said its troops did not cross": a coded act the
    speaker's own side did, negated in the reported clause, is denied."""
    for clause in (c for c in doccache.children(tok) if c.dep_ == "ccomp" and c.i in coded):
        if not doccache.negated(clause, words.negations):
            continue
        subject = next((c for c in doccache.children(clause) if c.dep_ in _doers(clause)), None)
        if subject is None or is_future(clause) or refused_by_negation(clause):
            continue  # ("said he would not use force": an assurance to come; "did not recognise": a refusal)
        if _own_side(subject, words):
            return _trigger(tok, DENY, DENIED_ACT, None)
    return None


def _doers(clause: Token) -> tuple[str, ...]:
    """The dependencies that name who did the act of a reported clause."""
    return ("nsubj", "nsubjpass") if clause.lemma_.casefold() in _OWN_PART_PASSIVES else ("nsubj",)


def _own_side(subject: Token, words: Lexicon) -> bool:
    """Whether a reported clause's subject is the speaker's own side: a pronoun ("it", "they"), a noun
    with a possessive pronoun ("its troops"), or "the government" with no name of its own."""
    if subject.pos_ == "PRON":
        return subject.lower_ not in _NO_PARTY
    children = doccache.children(subject)
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children):
        return True
    named = any(c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() for c in children)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
    # ("said troops had not fired": a bare plural with no party of its own is the speaker's side too)
    bare = subject.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in children)
    own = {subject.lemma_.casefold(), subject.lower_} & words.own_side_nouns  # ("troops": lemma "troop")
    return (the or bare) and not named and bool(own)


def _neutral(subject: Token, tokens: list[Token], words: Lexicon) -> bool:
    """ "said the deployment was routine": a neutral verdict on an act (an event noun), a comment."""
    if subject.lemma_.casefold() not in words.event_nouns:
        return False
    return any(t.lemma_.casefold() in words.neutral_judgements and t.dep_ != "neg" for t in tokens)


def tone(tokens: Iterable[Token], words: Lexicon, negated: bool = False) -> str | None:
    """Criticism, praise or neither, from the words of a judgement. Negation turns praise and
    validity into blame ("neither free nor fair", "no legal basis"); negated blame says nothing."""
    lemmas = set()
    blamed = False
    for t in tokens:
        if t.dep_ == "amod" and (t.lower_ in _KIND_WORDS or t.lower_ in _PICKING and t.nbor(-1).tag_ == "DT"):
            continue  # ("a political solution", "political actors": a kind of thing, no verdict on it)
        blamed = blamed or blamed_phrase(t)  # ("an attack on democracy", "an attempt to punish")
        lemmas.add(t.lemma_.casefold())
        if t.lower_ == "-" and 0 < t.i < len(t.doc) - 1 and not t.whitespace_ and not t.nbor(-1).whitespace_:
            # the parser splits "short-sighted" and "one-sided" into three tokens; the lists hold the word
            lemmas.add(f"{t.nbor(-1).lower_}-{t.nbor(1).lower_}")
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.casefold() == "act":
            lemmas.add(f"act of {t.lemma_.casefold()}")  # "an act of war": blame no word of it is alone
        negated = negated or t.dep_ == "neg" or t.lower_ in words.negations
    if blamed or lemmas & words.negative_judgements:
        return None if negated else CRITICISE
    if negated and lemmas & (words.positive_judgements | words.validity_words):
        return CRITICISE
    if lemmas & words.positive_judgements:
        return PRAISE
    return None


def _tokens(roots: list[Token], skip: Token | None) -> Iterator[Token]:
    inside = {t.i for t in doccache.subtree(skip)} if skip is not None else set()
    for root in roots:
        yield from (t for t in doccache.subtree(root) if t.i not in inside)


def _trigger(tok: Token, code: str, rule: str, targets: tuple[Token, ...] | None) -> Trigger:
    pattern = construction(f"ne.{rule.partition(':')[2]}", code, tok, "a judgement, coded by its tone")
    return Trigger(token=tok, pattern=pattern, noun=False, target_heads=targets, steps=(rule,))
