"""Events and victims referred back by a definite noun: "Turkey condemned the attack", "Athens dismissed
the charge", "expressed regret over the bombing", "offered his apologies to the victims". The noun names no
party of its own; the party is the one the article gave to the event it refers to. A pure function of the
drafts the arguments stage made, in article order (``coding/data/referred.toml``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding import resources, syntax
from newsevents.coding.act_pronoun import act_pronoun
from newsevents.coding.answered import as_phrases
from newsevents.coding.drawn import drawn_reaction
from newsevents.coding.earlier_people import earlier_people
from newsevents.coding.home_reference import home_retarget
from newsevents.coding.lead_reaction import guessed, lead_of_kind
from newsevents.coding.mistaken_deed import admitted_mistake
from newsevents.coding.nominal_verbs import verbs_of
from newsevents.coding.patterns import PatternSet
from newsevents.coding.records import Draft
from newsevents.coding.referred_deeds import deed
from newsevents.coding.referred_deeds import same_word as named_by_word
from newsevents.coding.regretted_deed import bare_regret, regretted_deed
from newsevents.coding.resources import packaged_table
from newsevents.coding.rules import declare
from newsevents.coding.sources import same_actor
from newsevents.records import Actor

REFERRED_EVENT = declare(
    "target",
    "referred-event",
    "a reaction to an event named earlier by a definite noun ('condemned the attack', 'dismissed the "
    "charge') is aimed at that event's source; an apology or regret over it at its target",
    "Greek jets bombed a Turkish frigate. Ankara condemned the attack and Athens expressed regret over "
    "the bombing.",
)
REFERRED_VICTIMS = declare(
    "target",
    "referred-victims",
    "'the victims', 'the hostages' without a party of their own are the target of the last violent event "
    "named before",
    "Gunmen killed nine Kenyan herders near the border. Addis Ababa sent condolences to the victims.",
)
# The dependencies of a noun's own party ("Greece's attack", "the Greek attack", "the attack by Greece").
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_PARTY_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
# A country or its people named in a rejection's 'as' phrase, and the root of a rejection (_cause_named).
_NATION_LABELS = frozenset({"NORP", "GPE"})
_REJECTION = "12"
_OWNER_PREPS = frozenset({"by", "of", "from"})  # ("the raid on X" names whom it struck, not its doer)


@dataclass(frozen=True, slots=True)
class _Act:
    """An event of the article a later noun can refer to (the rules called back read it as
    ``earlier_act.EarlierAct``): a draft, or a trigger set aside as scene-setting
    ("a day after NATO missiles struck the embassy"), with the parties its clause names."""

    token: Token
    code: str
    source: Actor | None
    target: Actor | None


class _Acts:
    """The acts the drafts may refer back to, in text order, made on first need: most drafts refer to
    none, and the background acts' parties are read by resolving their phrases (issue 10, throughput)."""

    def __init__(self, drafts: list[Draft], scene_of: list[Draft]) -> None:
        self.drafts = drafts  # (their own acts)
        self.scene_of = scene_of  # (the drafts whose Doc's background acts are added)
        self._acts: list[_Act] | None = None

    def get(self) -> list[_Act]:
        if self._acts is None:
            own = (_Act(d.token, d.code, d.source, d.target) for d in self.drafts if not guessed(d))
            self._acts = sorted([*own, *_scene_acts(self.scene_of)], key=lambda a: a.token.i)
        return self._acts


@dataclass(frozen=True, slots=True)
class ReferredWords:
    """``coding/data/referred.toml``."""

    reaction_roots: tuple[str, ...]
    victim_codes: tuple[str, ...]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    sentences: int
    generic_nouns: frozenset[str]
    noun_roots: dict[str, tuple[str, ...]]
    victim_nouns: frozenset[str]
    violent_roots: tuple[str, ...]
    verbal_roots: tuple[str, ...]
    coagent_roots: tuple[str, ...]
    cogiver_roots: tuple[str, ...]
    comediator_codes: tuple[str, ...]
    reciprocal_verbs: frozenset[str]
    kin_roots: dict[str, tuple[str, ...]]
    preferred_codes: dict[str, tuple[str, ...]]


# The rule of "said the ruling was unfair" (coding/judgement.py), and the root of the measures it may judge.
_JUDGEMENT_RULE = "ne.reported-judgement"
_COERCION = "17"


@functools.lru_cache(maxsize=1)
def referred_words() -> ReferredWords:
    """The packaged table (read once per process)."""
    return packaged_table(
        "coding/data/referred.toml",
        lambda t: ReferredWords(
            reaction_roots=tuple(t["reaction_roots"]),
            victim_codes=tuple(t["victim_codes"]),
            prepositions=frozenset(t["prepositions"]),
            determiners=frozenset(t["determiners"]),
            sentences=int(t["sentences"]),
            generic_nouns=frozenset(t["generic_nouns"]),
            noun_roots={k: tuple(v) for k, v in t["noun_roots"].items()},
            victim_nouns=frozenset(t["victim_nouns"]),
            violent_roots=tuple(t["violent_roots"]),
            verbal_roots=tuple(t["verbal_roots"]),
            coagent_roots=tuple(t["coagent_roots"]),
            cogiver_roots=tuple(t["cogiver_roots"]),
            comediator_codes=tuple(t["comediator_codes"]),
            reciprocal_verbs=frozenset(t["reciprocal_verbs"]),
            kin_roots={k: tuple(v) for k, v in t["kin_roots"].items()},
            preferred_codes={k: tuple(v) for k, v in t["preferred_codes"].items()},
        ),
    )


def referred_back(drafts: Iterable[Draft], patterns: PatternSet) -> Iterator[Draft]:
    """``drafts`` (in article order) with the targets of reactions to earlier events and of acts towards
    earlier victims taken from those events."""
    words = referred_words()
    made = list(drafts)
    acts = _Acts(made, made)
    for draft in made:
        yield _retargeted(draft, acts, patterns, words) or draft


def later(drafts: Iterable[Draft], earlier: list[Draft]) -> list[Draft]:
    """``drafts`` made after the arguments stage (the selection stage's reported judgements: "called the
    raids aggression") retargeted like ``referred_back``'s, against the ``earlier`` drafts (the event
    nouns' roots are the packaged patterns')."""
    words, patterns = referred_words(), resources.patterns()
    new = list(drafts)
    if not new:
        return new
    acts = _Acts(earlier, [*earlier, *new])
    return [_retargeted(d, acts, patterns, words) or d for d in new]


def _scene_acts(made: list[Draft]) -> Iterator[_Act]:
    """The verb triggers set aside as background, with their subject and object's actors."""
    if not made:
        return
    doc = made[0].token.doc
    actors, day = doc._.ne_actors, doc._.ne_dates.story_day if doc._.ne_dates is not None else None
    for trigger in doc._.ne_triggers or ():
        tok = trigger.token
        if trigger.kept or trigger.noun:
            continue
        sources = [a for s in syntax.subjects(tok) for a in actors.resolve_all(s, day) if a.code]
        targets = [
            a
            for c in doccache.children(tok)
            if c.dep_ in ("dobj", "dative")
            for a in actors.resolve_all(c, day)
            if a.code
        ]
        if sources:
            yield _Act(tok, trigger.coded_as, sources[0], targets[0] if targets else None)


def _retargeted(draft: Draft, acts: _Acts, patterns: PatternSet, words: ReferredWords) -> Draft | None:
    tok = draft.token
    victims = [n for n in _objects(tok, words, with_to=True) if _definite(n, words) and _victims(n, words)]
    if victims:
        earlier = _earlier(draft, acts, words, lambda a: bool(a.code.startswith(words.violent_roots)))
        party = earlier.target if earlier is not None else earlier_people(draft, words.sentences)
        return _with_target(draft, party, REFERRED_VICTIMS)
    if (bare := bare_regret(draft, lambda fits: _earlier(draft, acts, words, fits))) is not None:
        return bare  # ("expressed deep regret" naming no deed: coding/regretted_deed.py)
    if (act := act_pronoun(draft, lambda fits: _earlier(draft, acts, words, fits))) is not None:
        return act  # ("condemned it": the deed "it" names, coding/act_pronoun.py)
    if (own := admitted_mistake(draft, lambda fits: _earlier(draft, acts, words, fits))) is not None:
        return own  # ("called the strike", its own army's, "a mistake": coding/mistaken_deed.py)
    if not draft.code.startswith(words.reaction_roots) or _names_party(tok) or _cause_named(draft):
        return None
    if draft.code.startswith(words.victim_codes) and _addressed(tok):
        return None  # ("apologised to Quito for the raid": the apology's party is named)
    for noun in _objects(tok, words, with_to=False):
        roots = _roots(noun, patterns, words)
        if roots is None or not _definite(noun, words) or _owned(noun):
            continue
        earlier = _referred_act(draft, noun, roots, acts, words)
        if earlier is None:
            continue
        party = earlier.target if draft.code.startswith(words.victim_codes) else earlier.source
        # (a home voice on "the deal" judges its own government's act: coding/home_reference.py)
        # (regret over another country's act is disapproval of it: coding/regretted_deed.py)
        regretted = regretted_deed(draft, earlier.source, earlier.code)
        return regretted or home_retarget(draft) or _with_target(draft, party, REFERRED_EVENT)
    return _judged_measure(draft, acts, patterns, words)


def _judged_measure(
    draft: Draft, acts: _Acts, patterns: PatternSet, words: ReferredWords
) -> Draft | None:
    """A judgement of blame on a coercive measure told before as the subject of the judged clause ("police
    searched the weekly's offices ... the opposition called the searches a blow to a free press"): aimed at
    the measure's maker. Only measures of coercion (17): a plan or a build-up judged may be another party's
    than the nearest of its kind."""
    if draft.trigger.pattern.id != _JUDGEMENT_RULE or not draft.code.startswith("11"):
        return None
    judged = (s for c in doccache.children(draft.token) if c.dep_ == "ccomp" for s in syntax.subjects(c))
    for noun in (n for n in judged if n.pos_ == "NOUN" and _definite(n, words) and not _owned(n)):
        roots = _roots(noun, patterns, words)
        if roots and _COERCION in roots:
            earlier = _referred_act(draft, noun, (_COERCION,), acts, words)
            if earlier is not None and earlier.code.startswith(_COERCION):
                return _with_target(draft, earlier.source, REFERRED_EVENT)
    return None


def _referred_act(
    draft: Draft, noun: Token, roots: tuple[str, ...], acts: _Acts, words: ReferredWords
) -> _Act | None:
    """The earlier act ``noun`` names: one of the same word first ("struck ... condemned the strike"),
    then one of the noun's roots; for a generic noun ("the move") the last act of another country that
    is no statement ("Mexico granted asylum; Ecuadorean police raided the embassy; Lopez Obrador called
    the operation illegal")."""
    lemma, country, own = noun.lemma_.casefold(), draft.source.country, draft.source.code
    # (the helpers below read strings only, never ``draft``: a compiled closure keeps what it reads
    # alive with its functions, and a Draft would keep its Doc past coding)

    def same_word(a: _Act) -> bool:
        return named_by_word(a.token, lemma)  # (coding/referred_deeds.py: not "moved" for "the move")

    def same_kind(a: _Act) -> bool:
        return a.code.startswith(roots)

    def other_kind(a: _Act) -> bool:
        return same_kind(a) and a.source is not None and a.source.code != own

    def foreign_act(a: _Act) -> bool:
        return (
            a.source is not None
            and a.source.country != country
            and (not a.code.startswith(words.verbal_roots) or deed(a.code))
        )

    # (the same word is looked for back to the article's start: "carried out a test ... [six sentences]
    # ... condemned the test" names that test, not a nearer alert of the other side)
    found = _earlier(draft, acts, words, same_word, from_start=True)
    # (an agreement noun names the signing before any other cooperative act: "X and Y signed a treaty;
    # Z sent its minister; W denounced the treaty" denounces the signing, not Z's visit), back to the start
    preferred = words.preferred_codes.get(lemma, ())
    if found is None and preferred:
        found = _earlier(draft, acts, words, lambda a: a.code.startswith(preferred), from_start=True)
    # (an act of the kind by another country first: "its forces were on alert; Taipei condemned the
    # drills" condemns the other side's drills, not its own alert)
    if found is None and roots:
        found = _earlier(draft, acts, words, lambda a: same_kind(a) and foreign_act(a))
        found = lead_of_kind(draft, found, acts.get(), lambda a: same_kind(a) and foreign_act(a))
    # (words named back, "the remarks", "the charge", are another actor's: a government's reaction to its own
    # summons is no reaction to them, though a leader may reject his own army's ultimatum)
    spoken = bool(roots) and all(r in words.verbal_roots for r in roots)
    if found is None:
        found = _earlier(draft, acts, words, (other_kind if spoken else same_kind) if roots else foreign_act)
    return found


def _with_target(draft: Draft, party: Actor | None, step: str) -> Draft | None:
    """The draft aimed at ``party``, unless that is no party, the source itself, or already its target."""
    if party is None or not party.code or same_actor(party, draft.source):
        return None
    if draft.target is not None and draft.target.code == party.code:
        return None
    return draft.step(step, target=party)


def _objects(tok: Token, words: ReferredWords, with_to: bool) -> list[Token]:
    """The nouns a reaction is about: its direct object and the objects of its "over"/"for"/... (and,
    for acts towards people, "to") prepositions, on the trigger or on the noun a light verb takes."""
    preps = words.prepositions | ({"to"} if with_to else set())
    found: list[Token] = []
    for owner in (tok, *(c for c in doccache.children(tok) if c.dep == labels.DOBJ)):
        for c in doccache.children(owner):
            if c.dep == labels.DOBJ and owner is tok:
                found.append(c)
            elif c.dep == labels.PREP and c.lower_ in preps:
                found.extend(p for p in doccache.children(c) if p.dep_ == "pobj")
    if drawn_reaction(tok):  # ("the decision drew criticism from X": the decision is what X reacts to)
        found.extend(syntax.subjects(tok.head))
    # "revenge on the criminals behind the killing": who is behind an event is its source
    found += [
        p
        for n in found
        for c in doccache.children(n)
        if c.dep_ == "prep" and c.lower_ == "behind"
        for p in doccache.children(c)
        if p.dep_ == "pobj"
    ]
    # (the parser reads "called the raids aggression" as one noun: "raids" is a compound of the object)
    kids = (c for n in found for c in doccache.children(n))
    return found + [c for c in kids if c.dep == labels.COMPOUND and c.pos == labels.POS_NOUN]


def _names_party(tok: Token) -> bool:
    """Whether the reaction names its party as its object ("blamed Seoul for the clash"), or an object
    its modifiers give a party ("blamed Korean gunboats for the clash"), or each other (the pair's)."""
    return any(
        c.dep_ in ("dobj", "dative")
        and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in _PARTY_LABELS or _owned(c) or c.lower_ == "other")
        for c in doccache.children(tok)
    )


def _cause_named(draft: Draft) -> bool:
    """Whether a rejection says in an 'as' phrase whose the thing rejected is, by a country or its people
    ("dismissed the measures as a product of Peruvian jealousy"): coding/answered.py aims it at that party,
    not at the maker of the measures."""
    if not draft.code.startswith(_REJECTION):
        return False
    return any(t.ent_type_ in _NATION_LABELS for p in as_phrases(draft.token) for t in doccache.subtree(p))


def _addressed(tok: Token) -> bool:
    """Whether an act names the party it is addressed to in a "to" phrase with a proper noun ("apologised to
    Quito", "expressed regret to Seoul"); the parser hangs it as a preposition or a dative."""
    return any(
        c.dep_ in ("prep", "dative")
        and c.lower_ == "to"
        and any(p.dep_ == "pobj" and _party_word(p) for p in c.children)
        for c in doccache.children(tok)
    )


def _party_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in _PARTY_LABELS


def _definite(noun: Token, words: ReferredWords) -> bool:
    noun = noun.head if noun.dep_ == "compound" else noun
    return any(c.dep_ in ("det", "amod") and c.lower_ in words.determiners for c in doccache.children(noun))


def _victims(noun: Token, words: ReferredWords) -> bool:
    return noun.lemma_.casefold() in words.victim_nouns and not _owned(noun)


def _owned(noun: Token) -> bool:
    """Whether the noun names its own party: a possessor, a modifier naming a party, or "by"/"of"/... X
    with a proper noun ("the attack by Greece", "the Greek attack", "Ankara's decision")."""
    for c in doccache.children(noun):
        if c.dep_ in _OWNER_DEPS and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in _PARTY_LABELS):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in _OWNER_PREPS
            and any(
                p.pos_ == "PROPN" or p.ent_type_ in _PARTY_LABELS for p in doccache.subtree(c) if p.i != c.i
            )
        ):
            return True
    return False


def _roots(noun: Token, patterns: PatternSet, words: ReferredWords) -> tuple[str, ...] | None:
    """The roots of the events ``noun`` can refer back to (empty for a generic noun such as "the move");
    None when it names no event."""
    lemma, text = noun.lemma_.casefold(), noun.lower_
    if lemma in words.generic_nouns:
        return ()
    if text in words.noun_roots or lemma in words.noun_roots:
        return words.noun_roots.get(text) or words.noun_roots[lemma]
    codes = {p.code[:2] for p in patterns.by_lemma(lemma, "noun")}
    # (a show-of-force noun also names the act a verb coded as force: "detonated a device ... the test")
    found = tuple(sorted(codes.union(*(words.kin_roots.get(c, ()) for c in codes))))
    # (a noun made from a verb no pattern carries, "the intervention", names an act as "the move" does)
    return found or (() if verbs_of(lemma) else None)


def _earlier(
    draft: Draft,
    acts: _Acts,
    words: ReferredWords,
    fits: Callable[[_Act], bool],
    from_start: bool = False,
) -> _Act | None:
    """The last act before ``draft`` (in its own sentence or the few before, or from the article's start)
    that ``fits``."""
    doc = draft.token.doc
    first = 0 if from_start else doccache.window_start(doc[draft.sent.start], words.sentences)
    found = [a for a in acts.get() if first <= a.token.i < draft.token.i and fits(a)]
    # (of the acts a coordinated subject made, the first-named party's: "Riyadh, Abu Dhabi and Cairo
    # accused Doha ...; Doha rejected the accusation" rejects the leading accuser's)
    return next(a for a in found if a.token.i == found[-1].token.i) if found else None
