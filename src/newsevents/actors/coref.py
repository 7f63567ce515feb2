"""Words that refer back to an actor named earlier in the article: pronouns ("she", "their"), definite
pairs ("the two premiers", "both delegations"), the country last named ("there", "the republic") and
phrases like "the North" that name a country only where its context is near (``data/coref.tsv``).

Functions of a ``DocActors``: they look at the article's mentions and resolve earlier phrases through it
(so each phrase is still read once per article and day).
"""

from __future__ import annotations

import csv
import datetime as dt
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents import doccache, labels
from newsevents.actors.dateline_capital import dateline_capital
from newsevents.actors.described import described_ruler
from newsevents.actors.home_voice import home_voice_country
from newsevents.actors.issuer import issuer
from newsevents.actors.mentions import Mention
from newsevents.actors.mission_owner import host_before_mission
from newsevents.actors.org_referent import org_referent
from newsevents.actors.pairs import addressed_country, pair
from newsevents.actors.plural_ref import aside_subject
from newsevents.actors.referred_state import last_country_before, referred_state
from newsevents.actors.ruling_body import ruling_body_country
from newsevents.actors.sections import section_country
from newsevents.actors.speaking_state import other_than_speaker
from newsevents.actors.state_kind import state_of_form
from newsevents.actors.titled_speaker import titled_speaker
from newsevents.actors.words import packaged_words
from newsevents.errors import DataFileError
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = [
    "CorefTable",
    "antecedent",
    "described_antecedent",
    "earlier_group",
    "coref_country",
    "last_country_before",
    "load_coref",
    "pair",
]

_WORDS = packaged_words()
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Prepositions after which a country is a place ("into Macedonia"), not a party a pronoun refers to.
_PLACE_PREPS = frozenset({"in", "into", "to", "at", "across", "from", "near", "inside", "through"})
# How many sentences back (the phrase's own included) a definite description looks for its antecedent.
_DESCRIPTION_SENTENCES = 4
# ... and for a named group ("the rebels", "the group"), which a report keeps on stage longer than a
# person with a title: a role or group noun agrees only with a group of its kind, so the wider window
# costs little precision.
_GROUP_SENTENCES = 6
# First-person pronouns, which in quoted speech stand for the speaker.
_FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
# The dependencies of a quoted clause on its speech verb, and the verbs that report speech.
_QUOTE_DEPS = frozenset({"ccomp", "parataxis"})
_SPEECH_VERBS = frozenset(
    {"say", "tell", "add", "declare", "state", "warn", "insist", "vow", "write", "announce"}
)
# The entry kinds a generic group noun ("the group", "the movement") takes up.
_ANY_GROUP = frozenset({"group", "ngo"})
# The pronouns that cannot take up a plural common noun ("Syrian fighters shot down HIS jet": the pilot's).
_SINGULAR = frozenset({"it", "its", "itself", "he", "him", "his", "himself", "she", "her", "hers", "herself"})
# How far up the tree a possessive looks for its clause's verb ("the envoys of their ministry" sits
# below it).
_MAX_CLAUSE_CLIMB = 4

CorefTable = dict[str, tuple[str, tuple[str, ...]]]


def load_coref() -> CorefTable:
    """``data/coref.tsv``: phrase -> (iso3, the countries one of which the article must name)."""
    text = resources.files("newsevents").joinpath("data/coref.tsv").read_text(encoding="utf-8")
    table: CorefTable = {}
    for number, row in enumerate(csv.DictReader(text.splitlines(), delimiter="\t"), 2):
        try:
            table[row["phrase"].casefold()] = (row["iso3"], tuple(row["context"].split()))
        except (KeyError, AttributeError) as exc:
            raise DataFileError(f"data/coref.tsv:{number}: bad row ({exc})") from exc
    return table


def coref_country(actors: DocActors, head: Token, tokens: list[Token]) -> str | None:
    """The country a phrase without a country name refers to: a ``coref.tsv`` phrase whose context the
    article names ("the mainland"), or "the" + a country noun after a country ("the republic")."""
    phrase = " ".join(t.lower_ for t in tokens)
    for key, (iso3, context) in actors.resolver._coref.items():
        if phrase.endswith(key) and (not context or actors.countries_in_doc.intersection(context)):
            return iso3
    definite = any(t.lower == labels.THE for t in tokens)
    if head.lower_ in _WORDS.country_nouns and definite and not _condition(head):
        # "the government in Athens" is Greece's, whatever country was named last; "Obama called on the
        # junta" is not the speaker's own; "the kingdom" is the last monarchy named
        return (
            actors.placed_country(head)
            or described_ruler(actors, head)
            or state_of_form(actors, head)
            or section_country(actors, head)  # (a digest's section: never the section before's country)
            or dateline_capital(actors, head)  # ("the capital" told from one: actors/dateline_capital.py)
            or home_voice_country(actors, head)  # ("the union threatened the government": its own)
            or other_than_speaker(actors, head)
            or addressed_country(actors, head)
            or ruling_body_country(actors, head)  # (actors/ruling_body.py: not a visitor named last)
            or host_before_mission(actors, head)  # ("the U.S. ambassador ... the government": the host's)
            or referred_state(actors, head)  # (actors/referred_state.py: a state, not a thing's adjective)
        )
    # ("the island", "the emirate": only a state of that form named before)
    return state_of_form(actors, head) if definite else None


def _condition(head: Token) -> bool:
    """Whether a country noun names a condition: "the state of emergency" ("of" and a common noun)."""
    if head.lower_ not in _WORDS.condition_nouns:
        return False
    of = [c for c in doccache.children(head) if c.dep == labels.PREP and c.lower_ == "of"]
    return any(o.dep == labels.POBJ and o.pos_ == "NOUN" for p in of for o in doccache.children(p))


def earlier_group(actors: DocActors, head: Token, day: dt.date | None, tag: str = "NNS") -> str | None:
    """The country of the last group named in the sentences before ``head`` with its plural noun, or a
    compound of it ("200 schoolgirls were abducted in Chibok, Nigeria. ... help find the girls"): the
    country its phrase is an actor of, else the one its sentence places it in."""
    first = doccache.window_start(head, _DESCRIPTION_SENTENCES)
    noun = head.lower_
    for tok in reversed(actors.doc[first : doccache.sent(head).start]):
        if tok.tag_ == tag and (tok.lemma_ == head.lemma_ or tok.lower_.endswith(noun)):
            found = [a.country for a in actors.resolve_all(tok, day) if a.country]
            return found[0] if found else actors.context_country(tok, actors.phrase_tokens(tok), day)
    return None


def antecedent(actors: DocActors, pronoun: Token, day: dt.date | None) -> Actor | None:
    """The nearest earlier actor a pronoun can refer to: a person for he/she, else a group or state; a
    first-person pronoun in quoted speech is its speaker."""
    want_person = pronoun.lower_ in _WORDS.person_pronouns
    if pronoun.lower_ in _FIRST_PERSON:
        speaker = _speaker(actors, pronoun, day) or issuer(actors, pronoun, day)  # (a statement's "we")
        if speaker is not None:
            return speaker
    if pronoun.dep == labels.POSS:
        # "The farmers ended their blockade": a possessive binds to its clause's subject.
        bound = _clause_subject(actors, pronoun, day)
        if bound is not None:
            return bound
    if not want_person and not _object_pronoun(pronoun):
        group = _group_subject(actors, pronoun, day)
        if group is not None:
            return group
    titled = titled_speaker(actors, pronoun, day) if want_person else None  # ("the minister said she had")
    return titled or _nearest_mention(actors, pronoun, day, want_person)


def _object_pronoun(pronoun: Token) -> bool:
    """Whether a pronoun is its verb's object ("China freed them"): it never means the verb's own
    subject, and it takes up the object of the sentence before rather than its subject ("Iranian forces
    detained fifteen sailors. Tehran accused them ...")."""
    return pronoun.dep_ in ("dobj", "dative") and pronoun.lower_ not in _WORDS.person_pronouns | {"it"}


def described_antecedent(
    actors: DocActors, head: Token, tokens: list[Token], day: dt.date | None
) -> Actor | None:
    """ "the envoy", "the general", "the sect", "the rebels": the actor named earlier (within a few
    sentences) whose own phrase used the same noun ("Special envoy Ana Ruiz", "the Aum Shinrikyo sect");
    a plural or group noun also takes the last named group of the same role ("the Tamil Tigers" for "the
    rebels")."""
    if not any(t.lower == labels.THE and t.dep == labels.DET for t in tokens):
        return None
    owner = org_referent(actors, head, day, owned=True)  # ("NATO ... the alliance's secretary-general")
    lemma = head.lemma_.casefold()
    role = actors.resolver.agent_role(head)
    # ("the Security Council ... the council": a noun many bodies bear takes up a body named with it)
    generic = _WORDS.group_nouns | _WORDS.org_referent_nouns | _WORDS.name_referent_nouns
    if owner is not None or (role is None and lemma not in generic):
        return owner
    plural = head.tag_ in ("NNS", "NNPS")
    family = _WORDS.title_family(lemma)
    first = _window_start(actors, head, _DESCRIPTION_SENTENCES)
    far = _window_start(actors, head, _GROUP_SENTENCES)
    for m in reversed(actors.mentions):
        if m.start >= tokens[0].i or m.start < far or m.kind == "country" or m.kind == "org":
            continue
        is_group = m.entry is not None and m.entry.kind != "person"
        if plural and not is_group:
            continue
        name_head = actors.doc[m.end - 1]
        words = {t.lemma_.casefold() for t in actors.phrase_tokens(name_head)}
        if name_head.dep_ in ("appos", "compound"):
            # "the envoy, Ana Ruiz", "the Aum Shinrikyo sect": the noun the name stands with.
            words |= {t.lemma_.casefold() for t in actors.phrase_tokens(name_head.head)}
        code = m.entry.code_on(day) or m.entry.default or "" if m.entry is not None else ""
        same_role = is_group and role is not None and role[:3] in code[3:]
        # ("Hezbollah fighters ... the group": a generic noun takes up any named non-state group)
        same_role |= lemma in _WORDS.any_group_nouns and m.entry is not None and m.entry.kind in _ANY_GROUP
        if m.start < first and not same_role:
            continue  # (only a group of the noun's role, or any group, is taken up from further back)
        # "Prime Minister Ana Ruiz ... the premier": a word of the same title family names her too
        if (family & words if not is_group else lemma in words) or same_role:
            found = actors.resolve_phrase(name_head, day)
            return found[0] if found else None
    return org_referent(actors, head, day, owned=False)  # ("NATO ... the alliance said")


def _window_start(actors: DocActors, head: Token, sentences: int) -> int:
    """The first token of the sentence ``sentences - 1`` sentences before ``head``'s own."""
    return doccache.window_start(head, sentences)


def _speaker(actors: DocActors, pronoun: Token, day: dt.date | None) -> Actor | None:
    """ "'We will not back down,' the premier said": the subject of the speech verb whose quoted clause
    holds the pronoun."""
    clause = pronoun
    while clause.head.i != clause.i and clause.dep_ not in _QUOTE_DEPS:
        clause = clause.head
    verb = clause.head
    if clause.dep_ not in _QUOTE_DEPS or verb.lemma_.casefold() not in _SPEECH_VERBS:
        return None
    for subj in (
        c
        for c in doccache.children(verb)
        if c.dep == labels.NSUBJ and c.i not in range(clause.left_edge.i, clause.i + 1)
    ):
        found = actors.resolve_all(subj, day)
        if found:
            return found[0]
    return None


def _clause_subject(actors: DocActors, pronoun: Token, day: dt.date | None) -> Actor | None:
    verb = pronoun.head
    for _ in range(_MAX_CLAUSE_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    own = {t.i for t in doccache.subtree(pronoun.head)}
    subjects = [c for c in doccache.children(verb) if c.dep == labels.NSUBJ]
    for subj in subjects or _controller(verb):
        if subj.i in own or (subj.pos_ == "PRON" and subjects) or _disagrees(pronoun, subj):
            continue
        resolved = actors.resolve_all(subj, day)
        if resolved:
            return resolved[0]
    return None


def _controller(verb: Token) -> list[Token]:
    """The doer of a subjectless gerund after "of"/"for": the object of the verb the preposition hangs on
    ("accused Quito of arming ITS militias": Quito arms them, so "its" is Quito's)."""
    if verb.dep != labels.PCOMP or verb.head.lower_ not in ("of", "for"):
        return []
    return [c for c in doccache.children(verb.head.head) if c.dep == labels.DOBJ]


def _controlled_object(pronoun: Token) -> bool:
    """Whether an object pronoun is the doer of an act its verb governs ("accused IT of arming rebels",
    "urged IT to withdraw"): a party, and never its verb's own subject (a reflexive would be). A bare
    object "it" is more often a thing ("called IT a crime") and keeps the older reading."""
    if pronoun.dep_ not in ("dobj", "dative"):
        return False
    return any(
        c.dep == labels.XCOMP or (c.dep == labels.PREP and c.lower_ in ("of", "for") and c.i > pronoun.i)
        for c in doccache.children(pronoun.head)
    )


def _group_subject(actors: DocActors, pronoun: Token, day: dt.date | None) -> Actor | None:
    """ "A band of Aymara farmers said that they ...": the nearest subject before the pronoun that names
    a group, a state or an organisation (not a person), in this sentence or the one before; never the
    subject of the pronoun's own verb when it is that verb's object ("Lima sued Quito, accusing IT of
    ...": a reflexive would mean Lima)."""
    bound = _own_subject(pronoun) if _controlled_object(pronoun) else set()
    sents: list[Span] = [doccache.sent(pronoun)]
    if doccache.sent(pronoun).start > 0:
        sents.append(doccache.sent(actors.doc[doccache.sent(pronoun).start - 1]))
    for sent in sents:
        subjects = [
            t
            for t in doccache.sent_tokens(sent)
            if t.dep_ in _SUBJECT_DEPS
            and t.i < pronoun.i
            and t.pos_ != "PRON"
            and not _disagrees(pronoun, t)
            and t.i not in bound
            and not aside_subject(t, pronoun)
        ]
        for subj in reversed(subjects):
            found = [a for a in actors.resolve_all(subj, day) if a.country or a.role not in (None, "GOV")]
            # (a person is no "it", but a person's government is: "Ruiz's government said it ...")
            if found and not any(
                m.kind == "entry"
                and m.entry is not None
                and m.entry.kind == "person"
                and m.start <= subj.i < m.end
                for m in actors.mentions_in(actors.phrase_tokens(subj))
            ):
                return found[0]
    return None


def _nearest_mention(
    actors: DocActors, pronoun: Token, day: dt.date | None, want_person: bool
) -> Actor | None:
    """The subject of the pronoun's own sentence ("Chile said its patience had run out"), else the most
    salient mention of the nearest sentence before it that has one of the right kind (person or not): a
    clause's subject, then its object, then any other (a possessor deep in a phrase, "on the eve of
    Ruiz's inauguration", is seldom what "him" means)."""
    sent = doccache.sent(pronoun)
    subject = {
        t.i for c in doccache.children(sent.root) if c.dep_ in _SUBJECT_DEPS for t in doccache.subtree(c)
    }
    candidates = [m for m in actors.mentions if m.start < pronoun.i]
    # (an object pronoun: none of its own verb's subject; the earlier sentence's object before its subject)
    salience = _salience
    if _object_pronoun(pronoun) or _personal_object(pronoun) or _controlled_object(pronoun):
        own = _own_subject(pronoun)
        candidates = [m for m in candidates if m.start not in own and not _named_as_place(actors, m)]
        subject = set()
        # (a person "met Orban and urged him": the clause's other person, subjects before objects)
        salience = _object_salience if _object_pronoun(pronoun) else _salience
    ordered = sorted(
        candidates,
        key=lambda m: (
            (0, 0, 0, m.start)
            if m.start in subject
            else (1, -doccache.sent(actors.doc[m.start]).start, salience(actors.doc[m.end - 1]), -m.start)
        ),
    )
    for m in ordered:
        if not _can_refer(m, want_person):
            continue
        tok = actors.doc[m.end - 1]
        resolved = actors.resolve_phrase(tok, day) if tok.i != pronoun.i else []
        if resolved:
            return resolved[0]
    return None


def _personal_object(pronoun: Token) -> bool:
    """ "met Orban and urged him to ...": a personal pronoun that is its verb's object never means that
    verb's own subject (a reflexive would), whatever the sentence's subject is."""
    return pronoun.dep_ in ("dobj", "dative") and pronoun.lower_ in _WORDS.person_pronouns


def _own_subject(pronoun: Token) -> set[int]:
    """The tokens of the subject of an object pronoun's verb (or, for a conjunct without one, of the
    first verb's: "torched their villages and ordered them out")."""
    verb = pronoun.head
    # (a participle clause shares its governor's subject too: "seized the group, accusing them of ...",
    # and so does a gerund after a preposition: "freed the crew a week after seizing them")
    while not any(c.dep_ in _SUBJECT_DEPS for c in doccache.children(verb)):
        if verb.dep_ in ("conj", "advcl", "xcomp"):
            verb = verb.head
        elif verb.dep == labels.PCOMP and verb.head.dep == labels.PREP and verb.head.head.pos_ == "VERB":
            verb = verb.head.head
        else:
            break
    return {t.i for c in doccache.children(verb) if c.dep_ in _SUBJECT_DEPS for t in doccache.subtree(c)}


def _disagrees(pronoun: Token, noun: Token) -> bool:
    """Whether a singular "it"/"its" meets a plural common noun ("Kenya said gunmen had kidnapped two of
    its aid workers": its is Kenya's, not the gunmen's)."""
    return pronoun.lower_ in _SINGULAR and noun.tag_ == "NNS"


def _can_refer(m: Mention, want_person: bool) -> bool:
    """Whether a personal pronoun (``want_person``) or another pronoun can refer to mention ``m``."""
    person_entry = m.kind == "entry" and m.entry is not None and m.entry.kind == "person"
    other_entry = m.kind == "entry" and m.entry is not None and m.entry.kind != "person"
    if want_person:
        return m.kind in ("entry", "person") and not other_entry
    return m.kind != "person" and not person_entry


def _named_as_place(actors: DocActors, m: Mention) -> bool:
    """Whether a country is named as where something happened or went ("crossed into Macedonia"): a
    place, not the people an object pronoun refers to."""
    tok = actors.doc[m.end - 1]
    while m.kind != "country" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i < tok.i:
        tok = tok.head.head  # ("the Court of Justice": the phrase's head noun)
    if tok.dep != labels.POBJ:
        return False
    # (a body "at" which something is done is its venue too: "filed a suit against Quito AT the court")
    return tok.head.lower_ in _PLACE_PREPS if m.kind == "country" else tok.head.lower_ == "at"


def _object_salience(tok: Token) -> int:
    """The salience order an object pronoun takes its antecedent by: an object, then a subject."""
    return {0: 1, 1: 0}.get(_salience(tok), 2)


def _salience(tok: Token) -> int:
    """How prominent the phrase of a mention's head is in its clause: 0 a subject, 1 an object or an
    apposition to one, 2 anything else."""
    while tok.dep_ in ("compound", "appos", "conj", "flat"):
        tok = tok.head
    if tok.dep_ in _SUBJECT_DEPS:
        return 0
    return 1 if tok.dep_ in ("dobj", "dative", "attr") else 2
