"""Pairs and addressees named before: "the two premiers", "both sides", "the two countries" (two named in
the phrase's own sentence, else the parties of the last meeting, deal or fight coded before it,
``event_sides``, else the last two parties named, preferring two named together, never the party that
speaks to them), and the country a country noun that is a verb's object refers to ("Obama called on the
junta"). Functions of a ``DocActors``, read by ``coref`` and the phrase rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.actors.all_sides import all_sides
from newsevents.actors.event_sides import event_sides, of_states
from newsevents.actors.group_mentions import NON_STATE_SIDES, group_mentions
from newsevents.actors.home_sides import home_sides
from newsevents.actors.mentions import Mention
from newsevents.actors.plural_states import plural_states
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["addressed_country", "pair"]

_WORDS = packaged_words()
_PAIR_NOUNS = _WORDS.pair_nouns
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Prepositions after which a country is the venue of an event, never one of a pair of parties.
_VENUE_PREPS = frozenset({"in", "at", "near", "inside"})
# Verbs whose 'by' agents are third parties to the talks or deal they go between ("talks mediated by Qatar
# and Turkey ... the two sides" are the parties that talked, not the mediators).
_GO_BETWEEN_VERBS = frozenset({"mediate", "broker", "host", "facilitate", "sponsor", "arrange", "convene"})
# Nouns of going between: a party that modifies one ("under Saudi and U.S. mediation", "Norway, the
# guarantor") is a third party to the pair's talks, not one of the pair.
_GO_BETWEEN_NOUNS = frozenset(
    {"mediation", "mediator", "broker", "host", "sponsor", "sponsorship", "auspices", "facilitator"}
    | {"guarantor"}
)
# Dependencies inside a noun phrase, climbed from a name to the phrase's head ("Saudi and U.S. mediation").
_INSIDE_PHRASE = frozenset({"conj", "amod", "compound", "poss", "nmod", "appos"})
# Prepositions whose object is the other side of its verb's subject ("clashed with the rebels").
_WITH_PREPS = frozenset({"with", "against"})
# "the former" / "the latter" standing alone: which of two parties named together it is.
_ORDINAL = {"former": 0, "latter": 1}
# How many sentences back (the phrase's own included) a pair named together is looked for.
_PAIR_SENTENCES = 4


def addressed_country(actors: DocActors, head: Token) -> str | None:
    """The country a country noun that is a verb's object refers to, other than the verb's subject's
    own: the story's main country, else the last named before ("U.S. President Barack Obama called on the
    junta" after Myanmar is Myanmar's)."""
    speaker = _clause_speaker(head)
    if not speaker:
        return None
    spoken = {
        a.country for m in actors.mentions if m.start in speaker for a in _mention_actors(actors, m, None)
    }
    # (the country the story is most about, unless it speaks: "Mali's rulers postponed the vote. France
    # urged the junta ... Ghana called on the government" is Mali's twice)
    main = actors.main_country
    if main and main not in spoken and any(m.iso3 == main and m.start < head.i for m in actors.mentions):
        return main
    return next(
        (
            m.iso3
            for m in reversed(actors.mentions)
            if m.start < head.i
            and m.kind == "country"
            and m.iso3
            and m.start not in speaker
            and m.iso3 not in spoken
        ),
        None,
    )


def pair(actors: DocActors, head: Token, tokens: list[Token], day: dt.date | None) -> list[Actor]:
    """ "the two premiers", "both delegations": the last two different people (or states) named; none
    unless the pair is definite and exactly two are found."""
    if head.lower_ in _ORDINAL and any(c.lower == labels.THE for c in doccache.children(head)):
        return _one_of_pair(actors, head, day)
    if head.lemma_.casefold() not in _PAIR_NOUNS:  # (the cheap test first: most phrases name no pair)
        return plural_states(actors, head, tokens)  # ("the two Koreas": actors/plural_states.py)
    words = {t.lower_ for t in tokens}
    # Only a definite pair refers back: "the two premiers", "both sides"; "two other envoys" does not.
    definite = bool(words & {"both", "each"}) or ({"the", "two"} <= words and not words & {"other", "former"})
    if not definite:
        return all_sides(actors, head, tokens, _clause_speaker(head), day)  # ("urged all sides to ...")
    people = head.lemma_.casefold() in _WORDS.pair_people
    # (a country named as where they met is left out while two others are named: "Armenia and Azerbaijan
    # signed a pact in Washington", but "Cuba's envoy raised the flag in Washington as the two countries")
    # (nor is the one who speaks to the pair: "Russia urged both sides to cease fire" after "fighting
    # between Armenia and Azerbaijan" is Armenia and Azerbaijan)
    speaker = _clause_speaker(head)
    # (who speaks to the pair is none of it: "Oslo, which mediated, urged both sides" after "monitors
    # made up of Norwegians and Icelanders" looks further back; when every reading holds the speaker's
    # country, the first stands)
    heads = (actors.doc[i] for i in speaker if actors.doc[i].head.i not in speaker)
    spoken = {a.country for t in heads for a in actors.resolve_all(t, day) if a.country}
    readings = _readings(actors, head, people, day, speaker)
    first = next(readings, [])
    if not spoken.intersection(a.country for a in first):
        return first
    return next((r for r in readings if not spoken.intersection(a.country for a in r)), first)


def _readings(
    actors: DocActors, head: Token, people: bool, day: dt.date | None, speaker: set[int]
) -> Iterator[list[Actor]]:
    """The pairs a definite pair phrase may stand for, nearest reading first."""
    # (two named in the phrase's own sentence are the pair; else the parties of the last meeting,
    # deal or fight told before, whoever was named since: "Ruritania and Freedonia met in Geneva. Carana
    # welcomed the talks. The two sides agreed ..." are the two that met)
    own = _coordinated_pair(actors, head, people, day, speaker, sentences=1) or _last_two(
        actors, head, people, day, speaker, skip_venues=True, since=doccache.window_start(head, 1)
    )
    if own:
        yield _in_own_role(actors, head, people, own)
    if met := event_sides(actors, head, day, speaker):
        yield met
    coordinated = _coordinated_pair(actors, head, people, day, speaker)
    if coordinated:
        yield _in_own_role(actors, head, people, coordinated)
    # (one country's sides named paragraphs back: "the army and the RSF ... Peru urged both sides")
    if home := home_sides(actors, head, day, speaker):
        yield home
    last = _last_two(actors, head, people, day, speaker, skip_venues=True)
    found = _in_own_role(actors, head, people, last or _last_two(actors, head, people, day, speaker))
    if found:
        yield found


def _in_own_role(actors: DocActors, head: Token, people: bool, found: list[Actor]) -> list[Actor]:
    """The two states ``found`` in the role the pair's own noun names: "Kyrgyz and Tajik border guards
    clashed. Each government accused the other" are the two governments (GOV), not their guards."""
    role = None if people else actors.resolver.agent_role(head)
    if role is None:
        return found
    return [replace(a, role=role, code=a.country + role) if a.country else a for a in found]


def _one_of_pair(actors: DocActors, head: Token, day: dt.date | None) -> list[Actor]:
    """ "the former", "the latter" as a party: the first or second of the two parties last named
    together, people before states ("Abiy and Isaias met. The former flew home")."""
    speaker = _clause_speaker(head)
    both = _coordinated_pair(actors, head, True, day, speaker) or _coordinated_pair(
        actors, head, False, day, speaker
    )
    return [both[_ORDINAL[head.lower_]]] if both else []


def _coordinated_pair(
    actors: DocActors,
    head: Token,
    people: bool,
    day: dt.date | None,
    speaker: set[int],
    sentences: int = _PAIR_SENTENCES,
) -> list[Actor]:
    """The nearest two parties named together before a pair phrase, within a few sentences ("fighting
    between Armenia and Azerbaijan ... Iran called on the two countries"): a mention coordinated with an
    earlier one of the same kind, neither of them the speaker."""
    first = doccache.window_start(head, sentences)
    # (armed groups named by a noun count beside the named parties: "Mali's army and Tuareg rebels")
    parties = [*actors.mentions, *_groups(actors, head, first, day)]
    starts = {m.end - 1: m for m in parties if first <= m.start < head.i and m.start not in speaker}
    # (a country adjective stands at its noun: "Armenian troops and Azerbaijani forces" are a pair)
    starts |= {
        _noun_of(actors.doc[i]).i: m
        for i, m in list(starts.items())
        if _noun_of(actors.doc[i]).i not in starts
    }
    for m in sorted(set(starts.values()), key=lambda m: -m.start):
        tok = _noun_of(actors.doc[m.end - 1])
        if tok.dep_ == "conj" and tok.head.pos_ == "PRON" and _is_person(m):
            # "where he and Chinese President Xi Jinping agreed ... The two governments": the leaders'
            # sides, the pronoun's by its antecedent
            named = [a for a in actors.resolve_all(tok.head, day) if a.country]
            own = [a for a in _mention_actors(actors, m, day) if a.country]
            if named and own and named[0].country != own[0].country:
                return [named[0], own[0]]
        garbled = _garbled_pair(actors, tok, day, speaker) or _with_pair(actors, m, tok, starts, day)
        if garbled:
            return garbled
        other = starts.get(tok.head.i) if tok.dep_ == "conj" else None
        listed = [c for c in doccache.conjuncts(tok) if c.i not in actors.dateline_tokens]
        if other is not None and len(listed) > 1:
            continue  # (a list of three or more is no pair: "Paris, Rome and Riyadh flew their citizens out")
        # (two leaders the dictionary knows, named together, are their states' sides too: "Xi and Ma met
        # ... the two sides"; a person it does not know has only the country of the sentence's scene)
        if other is None or _is_person(other) != _is_person(m) or (people and not _is_person(m)):
            continue
        if _is_person(m) and not people and not (_known(m) and _known(other)):
            continue
        if m.kind == "org" or other.kind == "org" or _named_as_venue(actors, other):
            continue
        if _go_between(actors, other) or _go_between(actors, m):
            continue
        pair = [_mention_actors(actors, other, day), _mention_actors(actors, m, day)]
        if of_states(head) and not (all(pair) and pair[0][0].country and pair[1][0].country):
            continue
        if all(pair) and pair[0][0].code and not _same_party(pair[0][0], pair[1][0]):
            return [pair[0][0], pair[1][0]]
    return []


def _with_pair(
    actors: DocActors, m: Mention, tok: Token, starts: dict[int, Mention], day: dt.date | None
) -> list[Actor]:
    """An armed group named as the party an act is done with or against ("the army clashed with SPLM-IO
    rebels", "President Ruiz ended talks with ELN rebels"): the act's subject, a state or a leader the
    dictionary knows, and the group are the two sides."""
    group = m.kind == "group" or (m.kind == "entry" and m.entry is not None and m.entry.kind == "group")
    if not group or tok.dep_ != "pobj" or tok.head.lower_ not in _WITH_PREPS:
        return []
    verb = tok.head.head  # (the verb of a noun it hangs from: "held talks with")
    verb = verb.head if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubj") else verb
    for subject in (c for c in doccache.children(verb) if c.dep_ == "nsubj"):
        other = starts.get(subject.i)
        if other is None or other.kind == "org" or (_is_person(other) and not _known(other)):
            continue
        sides = [_mention_actors(actors, other, day), _mention_actors(actors, m, day)]
        if all(sides) and sides[0][0].code and not _same_party(sides[0][0], sides[1][0]):
            return [sides[0][0], sides[1][0]]
    return []


def _window_start(actors: DocActors, head: Token) -> int:
    """The first token of the few sentences (the phrase's own included) a pair is looked for in."""
    return doccache.window_start(head, _PAIR_SENTENCES)


def _groups(actors: DocActors, head: Token, first: int, day: dt.date | None) -> list[Mention]:
    """The armed groups named by a noun from ``first`` to a pair phrase, for a pair of sides ("both
    sides", "the warring parties"); none for a pair of states ("the two countries")."""
    if head.lemma_.casefold() not in _WORDS.pair_sides:
        return []
    return group_mentions(actors, first, head.i, day)


def _noun_of(tok: Token) -> Token:
    """The noun a country adjective or possessive describes ("Azerbaijani" in "Azerbaijani forces",
    "Mali" in "Mali's army"), else the token."""
    return tok.head if tok.dep_ in ("amod", "poss") and tok.head.pos_ == "NOUN" else tok


def _garbled_pair(actors: DocActors, tok: Token, day: dt.date | None, speaker: set[int]) -> list[Actor]:
    """Two parties joined by "and" that the parser read as a modifier of the second ("Mali's army and
    Tuareg rebels": 'army' a noun modifier of 'rebels', with the 'and' under it): the modifier's party and
    the head's, when they are two sides."""
    for c in doccache.children(tok):
        if c.dep_ != "nmod" or c.i in speaker or not any(g.dep_ == "cc" for g in doccache.children(c)):
            continue
        left, right = actors.resolve_phrase(c, day), actors.resolve_phrase(tok, day)
        if left and right and left[0].code and right[0].code and not _same_party(left[0], right[0]):
            return [left[0], right[0]]
    return []


def _known(m: Mention) -> bool:
    return m.kind == "entry" and m.entry is not None and bool(m.entry.country)


def _is_person(m: Mention) -> bool:
    return m.kind == "person" or (m.kind == "entry" and m.entry is not None and m.entry.kind == "person")


def _clause_speaker(head: Token) -> set[int]:
    """The tokens of the subject of the verb a pair phrase is the object of ("urged both sides", "called
    on the two countries"); none when the phrase is no object of a verb ("a meeting between the two
    countries' leaders")."""
    verb = head.head if head.dep_ in ("dobj", "dative") else head.head.head if head.dep_ == "pobj" else head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == head.i:
        return set()
    while verb.dep_ == "conj" and not any(c.dep_ in _SUBJECT_DEPS for c in doccache.children(verb)):
        verb = verb.head
    return {t.i for c in doccache.children(verb) if c.dep_ in _SUBJECT_DEPS for t in doccache.subtree(c)} | (
        _relative_head(verb) | _speakers_above(verb)
    )


def _speakers_above(verb: Token) -> set[int]:
    """The tokens of the subjects of the clauses a participle phrase sits in ("Cuba said it would honour
    the accord signed by both sides"): who speaks of an accord the pair signed is none of the pair (a
    signatory speaks of "the accord it signed")."""
    if verb.dep_ != "acl" or any(c.dep_ in _SUBJECT_DEPS for c in doccache.children(verb)):
        return set()
    found: set[int] = set()
    tok = verb
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            subjects = (c for c in doccache.children(tok) if c.dep_ in _SUBJECT_DEPS)
            found |= {t.i for c in subjects for t in doccache.subtree(c)}
    return found


def _relative_head(verb: Token) -> set[int]:
    """The tokens of the phrase a relative clause hangs from, with its appositions, outside the clause:
    its subject is the relative pronoun ("the AU envoy, a former Kenyan president, who mediated between
    the two sides": the envoy mediates, he is none of the sides)."""
    if verb.dep_ != "relcl":
        return set()
    noun = verb.head
    while noun.dep_ == "appos":
        noun = noun.head
    inside = {t.i for t in doccache.subtree(verb)}
    return {t.i for t in doccache.subtree(noun) if t.i not in inside}


def _last_two(
    actors: DocActors,
    head: Token,
    people: bool,
    day: dt.date | None,
    speaker: set[int],
    skip_venues: bool = False,
    since: int = 0,
) -> list[Actor]:
    """The last two different parties named before a pair phrase (from token ``since`` on), people for a
    pair of people, states and named groups for the rest; none unless there are two."""
    found: list[Actor] = []
    states = of_states(head)
    # (an armed group named by a noun in the sentences before is a side too: "ELN rebels")
    named = sorted(
        [*actors.mentions, *_groups(actors, head, _window_start(actors, head), day)], key=lambda m: m.start
    )
    spoken = {
        a.code
        for i in speaker
        for m in actors.mentions
        if m.start == i
        for a in _mention_actors(actors, m, day)
    }
    for m in reversed(named):
        if m.start >= head.i or m.start < since or len(found) == 2 or m.start in speaker:
            continue
        person = m.kind == "person" or (
            m.kind == "entry" and m.entry is not None and m.entry.kind == "person"
        )
        # People pair with people; sides, countries and delegations with states and named groups.
        if people != person or m.kind == "org" or (skip_venues and _named_as_venue(actors, m)):
            continue
        if _go_between(actors, m):  # (the host or broker of their talks is none of the pair)
            continue
        resolved = _mention_actors(actors, m, day)
        if (
            resolved
            and resolved[0].code
            and (resolved[0].country or not states)  # ("both governments": no bloc or UN body)
            and resolved[0].code not in spoken
            and not any(_same_party(a, resolved[0]) for a in found)
        ):
            found.append(resolved[0])
    return list(reversed(found)) if len(found) == 2 else []


def _mention_actors(actors: DocActors, m: Mention, day: dt.date | None) -> list[Actor]:
    found = actors.resolve_phrase(actors.doc[m.end - 1], day)
    if len(found) > 1 and m.kind == "entry" and m.entry is not None:
        # (a phrase the parser garbled into one, "Ana Ruiz and Peruvian leader Luis Soto" under "Soto",
        # reads as both people: the mention is its own person first)
        found = sorted(found, key=lambda a: a.name != m.entry.name)  # type: ignore[union-attr]
    return found


def _named_as_venue(actors: DocActors, m: Mention) -> bool:
    """Whether a country or capital is named as where something took place ("met in Washington")."""
    tok = actors.doc[m.end - 1]
    return m.kind == "country" and tok.dep_ == "pobj" and tok.head.lower_ in _VENUE_PREPS


def _go_between(actors: DocActors, m: Mention) -> bool:
    """Whether a party is named as a go-between of the talks or deal of a pair: the 'by' agent or the
    subject of a mediating verb ("talks brokered by Qatar and Turkey", "Russia hosted the talks", "Cuba,
    which hosted the talks", "a U.S.-brokered truce"), or in the phrase of a noun of going between ("under
    Saudi and U.S. mediation", "Norway, the guarantor")."""
    tok = actors.doc[m.end - 1]
    while tok.dep_ in _INSIDE_PHRASE and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.casefold() in _GO_BETWEEN_NOUNS:
            return True
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.casefold() in _GO_BETWEEN_VERBS:
        return True
    if tok.dep_ in ("nsubj", "npadvmod") and head.lemma_.casefold() in _GO_BETWEEN_VERBS:
        return True
    for c in doccache.children(tok):
        if c.dep_ == "appos" and c.lemma_.casefold() in _GO_BETWEEN_NOUNS:
            return True
        verbs = (c, *doccache.conjuncts(c)) if c.dep_ == "relcl" else ()
        if any(v.lemma_.casefold() in _GO_BETWEEN_VERBS for v in verbs):  # ("which hosted and guaranteed")
            return True
    return False


def _same_party(a: Actor, b: Actor) -> bool:
    """Whether two actors are one side of a pair: the same code, or two states' actors of one country
    ("Chinese" and "the Chinese government" are one side, not a pair; its rebels or its opposition are
    the other side)."""
    if a.code == b.code:
        return True
    state = a.role not in NON_STATE_SIDES and b.role not in NON_STATE_SIDES
    return state and a.country is not None and a.country == b.country and a.name == b.name
