"""From words in a parsed article to actors: who is "Peruvian President Ana Ruiz", "the South",
"Chile's acting Foreign Minister", "Bolivian police", "she" or "the republic" on the day of an event.

``ActorResolver`` is built once per process from the ``ActorDictionary``; ``ActorResolver.index(doc)``
finds the dictionary's mentions in one article (``DocActors``), and ``DocActors.resolve(token, day)`` turns
the noun phrase headed by ``token`` into ``Actor`` values, with roles in force on ``day``.

Parts: ``mentions`` (finding them), ``phrases`` (rules reading one phrase), ``coref`` (pronouns, pairs, ...).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from newsevents import doccache, labels
from newsevents.actors.agentrole import AgentRoles
from newsevents.actors.border_side import border_side_country
from newsevents.actors.clause_scope import unplacing_tokens
from newsevents.actors.coref import load_coref
from newsevents.actors.crowd_home import crowd_home
from newsevents.actors.dictionary import ActorDictionary
from newsevents.actors.doc_countries import dateline_city, home_of, main_country, place_table
from newsevents.actors.ethnic_kin import ethnic_kin
from newsevents.actors.generic_bodies import placed_generic_bodies
from newsevents.actors.headmemo import HeadMemo, acting_phrase, phrase_heads
from newsevents.actors.mentions import CompiledPhrases, Mention, MentionFinder
from newsevents.actors.own_surnames import NAME_LABEL_IDS, own_surnames
from newsevents.actors.parties import coordinated, landmark, object_clauses, passive_patients, set_off
from newsevents.actors.people import entry_actor
from newsevents.actors.phrases import read_phrase
from newsevents.actors.sections import outside_datelines, section_home
from newsevents.actors.strikers import struck_places, unplaced_striker
from newsevents.actors.surname_subject import may_be_surname
from newsevents.actors.words import packaged_words
from newsevents.dateline import Dateline
from newsevents.records import Actor

__all__ = ["ActorResolver", "DocActors", "Mention"]

_WORDS = packaged_words()
_NP_DEPS, _JOINING = labels.labels(_WORDS.np_deps), labels.labels(("conj", "cc"))  # (newsevents.labels)
# Prepositions that place an agent in a country ("police in Lima", "farmers from Oruro").
_PLACING_PREPS = ("in", "from", "of")
# Prepositions whose objects set the scene of a clause (where, when) rather than name a party to it.
_SCENE_PREPS = frozenset(
    {"in", "at", "near", "across", "inside", "outside", "around", "throughout", "during"}
)


class ActorResolver:
    """Finds and resolves actor mentions; one per process (PhraseMatchers over the whole dictionary).

    ``place_country(name, countries=())`` maps a place name to its country ("Lima" -> "PER"), for agents
    placed by a city, preferring a namesake in ``countries`` (the article's).
    """

    def __init__(
        self,
        dictionary: ActorDictionary,
        vocab: Vocab,
        place_country: Callable[..., str | None] | None = None,
        phrases: CompiledPhrases | None = None,
    ) -> None:
        self.dictionary = dictionary
        self.place_country = place_country
        # ``phrases``: the dictionary's compiled phrase indexes (``actors.compiled``), else compiled here.
        self._finder = MentionFinder(dictionary, vocab, phrases)
        self._roles = AgentRoles(dict(dictionary.titles()), dict(dictionary.agents()))
        self._coref = load_coref()
        # All-caps aliases ("NATO", "OPEC"): such a word opening a text is an actor, not a dateline city.
        self._acronyms = frozenset(p for p, _ in dictionary.phrases() if p.isupper())

    def index(self, doc: Doc, dateline: Dateline | None = None) -> DocActors:
        """All dictionary mentions in ``doc``, longest first where they overlap, none in the dateline;
        country phrases of ``coref.tsv`` ("the North") only where their context is named."""
        skip = range(dateline.start, dateline.end) if dateline is not None else range(0)
        mentions = self._finder.find(doc, skip)
        # The countries the article names, with how often, the dateline's among them.
        named = Counter(m.iso3 for m in mentions if m.iso3 and m.kind == "country")
        home = self.dateline_country(dateline) if dateline is not None else None
        if home:
            named[home] += 1
        mentions = [r for m in outside_datelines(doc, mentions) if (r := self._in_context(doc, m, named))]
        mentions = placed_generic_bodies(doc, mentions, named, home)  # ("the Senate" in La Paz)
        return DocActors(self, doc, mentions, dateline)

    def _in_context(self, doc: Doc, m: Mention, named: Counter[str]) -> Mention | None:
        """A country mention read with ``coref.tsv``: a context-bound phrase names its country only where
        the article names one of its context countries elsewhere ("the South" next to North Korea;
        "Congo" in an article that names the Democratic Republic of Congo), and is no mention where it
        names none."""
        found = (
            self._coref.get(doccache.text(doc, m.start, m.end).casefold()) if m.kind == "country" else None
        )
        if found is None or not found[1]:
            return m
        iso3, context = found
        if any(named[c] > (c == m.iso3) for c in context):
            return dataclasses.replace(m, iso3=iso3)
        return None if m.iso3 == iso3 else m

    def is_dateline_place(self, name: str) -> bool:
        """Whether an all-caps word opening a text is a place (a dateline city), not an acronym."""
        if name in self._acronyms or self.place_country is None:
            return False
        return self.place_country(name.title()) is not None

    def dateline_country(self, dateline: Dateline) -> str | None:
        """The country a dateline names: its region ("ERBIL, Iraq") else its city's ("CANBERRA")."""
        for name in (dateline.region, dateline.place.title()):
            if not name:
                continue
            iso3 = self.dictionary.country_code(name)
            if iso3 is None and self.place_country is not None:
                iso3 = self.place_country(name)
            if iso3:
                return iso3
        return None

    def agent_role(self, token: Token) -> str | None:
        """Role of a generic agent or title headed by ``token`` ("police", "foreign minister")."""
        return self._roles.role(token)  # (actors/agentrole.py: read once per token)


class DocActors:
    """The actor mentions of one article, and resolution of noun phrases to actors."""

    def __init__(
        self, resolver: ActorResolver, doc: Doc, mentions: list[Mention], dateline: Dateline | None = None
    ) -> None:
        self.resolver = resolver
        self.doc = doc
        self.mentions = mentions
        self.dateline = dateline
        # Tokens of the dateline: no actor is read there.
        self.dateline_tokens = range(dateline.start, dateline.end) if dateline is not None else range(0)
        self.by_token: dict[int, Mention] = {i: m for m in mentions for i in range(m.start, m.end)}
        self.countries_in_doc = {m.iso3 for m in mentions if m.iso3 and not ethnic_kin(doc, m.start)}
        # Surname and first-name references to people named in full earlier ("Ruiz" after "Ana Ruiz").
        self._names: dict[str, tuple[int, Mention]] = {}
        # (head, day) -> (the rule that decided, the actors), and head -> its acting phrase (``headmemo``):
        # one article asks for the same phrase many times; the answer depends only on the phrase and day.
        self._acting = HeadMemo()
        self._memo: dict[tuple[int, dt.date | None], tuple[str | None, tuple[Actor, ...]]] = {}
        # The tables below made on first read, then kept (an explicit memo: a compiled class has no instance
        # ``__dict__`` for ``functools.cached_property``); a country is kept in a 1-tuple (None: not read).
        self._cities_memo: set[int] | None = None
        self._places_memo: dict[int, str] | None = None
        self._dateline_memo: tuple[str | None] | None = None
        self._home_memo: tuple[str | None] | None = None
        self._main_memo: tuple[str | None] | None = None
        for m in mentions:
            if m.kind == "entry" and m.entry is not None and m.entry.kind == "person":
                # The person's own name, not the alias matched ("Peruvian President Ana Ruiz").
                words = m.entry.name.split()
                # ("Sharaa" after "Ahmed al-Sharaa": the surname without its article)
                for word in {words[0], words[-1], words[-1].rsplit("-", 1)[-1]} if len(words) >= 2 else set():
                    self._names.setdefault(word, (m.start, m))
            elif m.kind == "person" and m.end - m.start >= 2:
                for tok in (doc[m.start], doc[m.end - 1]):
                    if tok.text[:1].isupper():
                        self._names.setdefault(tok.text, (m.start, m))
        self._add_surnames(doc)

    def _add_surnames(self, doc: Doc) -> None:
        """A later bare surname the recogniser missed ("Pelosi met Tsai") is a mention of the person
        named in full earlier, so that the phrase it heads resolves to them."""
        if not self._names:
            return  # (nobody named in full: no surname to find)
        # (a one-word namesake in the dictionary is the article's own person)
        self.mentions = own_surnames(doc, self.mentions, self._names, self.dateline_tokens)
        self.by_token.update((m.start, m) for m in self.mentions if m.end == m.start + 1)
        added = [
            Mention(t.i, t.i + 1, "person")
            for t in doccache.tokens(doc)
            if (t.pos == labels.POS_PROPN or t.ent_type in NAME_LABEL_IDS)  # (every word: no string made)
            and t.i not in self.by_token
            and t.i not in self.dateline_tokens
            and may_be_surname(t)  # (actors/surname_subject.py)
            and (hit := self._names.get(t.text)) is not None
            and hit[0] < t.i
        ]
        if added:
            self.mentions = sorted([*self.mentions, *added], key=lambda m: m.start)
            self.by_token.update((m.start, m) for m in added)

    # -- noun phrases ---------------------------------------------------------------------------------

    @staticmethod
    def phrase_tokens(head: Token) -> list[Token]:
        """The tokens of the noun phrase headed by ``head``, without coordinated phrases or clauses."""
        out, stack, kids = [head], [head], doccache.children_table(head.doc)  # (the table: no call per word)
        while stack:
            tok = stack.pop()
            for child in kids[tok.i]:
                # Coordinated modifiers belong to the phrase ("Chilean and Peruvian envoys"); a coordinated
                # head is a phrase of its own ("Chile and Peru").
                # (but what is coordinated with an apposition is the head's own coordinated phrase: "the
                # mayor, Peter Okello, and three traders")
                joined = (dep := child.dep) in _JOINING and tok.i != head.i and not set_off(tok)
                if dep not in _NP_DEPS and not joined:
                    continue
                if dep == labels.PREP and child.lower_ not in _WORDS.np_preps:
                    continue
                out.append(child)
                stack.append(child)
        return sorted(out, key=lambda t: t.i)

    def heads(self, head: Token) -> list[Token]:
        """``head`` and the heads coordinated with it ("Chile and Peru"), or with its apposition."""
        return [head, *(c for c in coordinated(head) if c.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"))]

    def phrase_heads(self, head: Token) -> list[Token]:
        """The heads of the phrases ``resolve_all`` reads for ``head``: the acting phrase (past a dateline
        and a collective, "dozens of farmers") and the phrases coordinated with it."""
        return phrase_heads(self._acting, head, self.dateline_tokens, self.heads)

    def resolve_all(self, head: Token, day: dt.date | None) -> list[Actor]:
        """Every actor named by the phrase at ``head`` and its conjuncts, in order, without repeats."""
        actors: list[Actor] = []
        for h in self.phrase_heads(head):
            for actor in self.resolve_phrase(h, day):
                if actor.code and all(a.code != actor.code or a.name != actor.name for a in actors):
                    actors.append(actor)
        return actors

    def resolve(self, head: Token, day: dt.date | None) -> Actor | None:
        """The first actor ``resolve_all`` gives, or None."""
        actors = self.resolve_all(head, day)
        return actors[0] if actors else None

    def rule_of(self, head: Token, day: dt.date | None) -> str | None:
        """The name of the rule (``phrases.RULES``) that read the phrase at ``head`` on ``day``: the
        phrase ``resolve_all`` reads first (the counted group, "farmers" in "dozens of farmers"); a
        conjunct is a phrase of its own. None when no rule applied."""
        self.resolve_phrase(head := acting_phrase(self._acting, head, self.dateline_tokens), day)
        return self._memo[(head.i, day)][0]

    def country_name(self, iso3: str) -> str | None:
        """The canonical English short name of the country ``iso3``."""
        return self.resolver.dictionary.country_name(iso3)

    def actor_mentions(self, day: dt.date | None) -> Iterator[Actor]:
        """Every resolved actor mention of the article (for the article's actor list)."""
        for m in self.mentions:
            actors = self.resolve_phrase(self.doc[m.end - 1], day)
            yield from actors[:1]

    def resolve_phrase(self, head: Token, day: dt.date | None) -> list[Actor]:
        """The actors the one phrase at ``head`` names on ``day`` (``phrases.read_phrase``), remembered."""
        key = (head.i, day)
        if key not in self._memo:
            # A phrase being read reads as nobody to the phrases it asks about: two pronouns can each
            # look for their antecedent through the other ("they ... their"), which would never end.
            self._memo[key] = (None, ())
            rule, actors = read_phrase(self, head, day)
            self._memo[key] = (rule, tuple(actors))
        return list(self._memo[key][1])

    def mentions_in(self, tokens: list[Token]) -> list[Mention]:
        """The mentions that ``tokens`` fall in, in order, each once."""
        seen: list[Mention] = []
        for t in tokens:
            m = self.by_token.get(t.i)
            if m is not None and m not in seen:
                seen.append(m)
        return seen

    def earlier_name(self, m: Mention) -> Mention | None:
        """The person named in full before the one-word mention ``m`` ("Ruiz" after "Ana Ruiz"), if any."""
        hit = self._names.get(self.doc[m.start].text) if m.end - m.start == 1 else None
        return hit[1] if hit is not None and hit[0] < m.start else None

    # -- the country an actor is in ---------------------------------------------------------------------

    def placed_country(self, head: Token) -> str | None:
        """The country "in/from/of X" on the phrase at ``head`` places it in."""
        for prep in (c for c in doccache.children(head) if c.dep_ == "prep" and c.lower_ in _PLACING_PREPS):
            for tok in doccache.subtree(prep):
                m = self.by_token.get(tok.i)
                if m is not None and m.kind == "country" and m.iso3 and not landmark(tok):
                    if not ethnic_kin(self.doc, m.start):  # ("leaders of the ethnic Albanian parties")
                        return m.iso3
            for pobj in (c for c in doccache.children(prep) if c.dep == labels.POBJ):
                # "Police in Arequipa": a city places the agent in its country.
                iso3 = self.places.get(pobj.i) or dateline_city(self, pobj)  # (one read as a name)
                if iso3:
                    return iso3
        return None

    def mention_country(self, m: Mention, day: dt.date | None) -> str | None:
        """The country a mention places its neighbours in: a named actor's on ``day`` (an official of
        the UN places nobody in their home country)."""
        if m.kind != "entry" or m.entry is None:
            return m.iso3
        return entry_actor(m, [], day).country

    def context_country(self, head: Token, tokens: list[Token], day: dt.date | None = None) -> str | None:
        """The country an actor without one belongs to: "in/from X" on its phrase, else the nearest
        country named in its sentence, else the country the article is most about."""
        placed = self.placed_country(head) or border_side_country(self, head)
        if placed:
            return placed
        sent = doccache.sent(head)
        inside = {t.i for t in tokens}
        unplacing = unplacing_tokens(head, self.resolver.agent_role(head), self.dateline_tokens)
        near = [
            (m.start, iso3)
            for m in self.mentions
            if sent.start <= m.start < sent.end  # (the sentence's first: a handful of the article's)
            and m.names_party
            and not landmark(self.doc[m.end - 1])  # ("the U.S. embassy": its head word is the one placed)
            and not ethnic_kin(self.doc, m.start)  # ("ethnic Albanian guerrillas" place nobody in Albania)
            and (iso3 := self.mention_country(m, day))
        ]
        air = unplaced_striker(self.resolver, head)  # (actors/strikers.py: not "army drones")
        if air:  # (only a state's own name or adjective places aircraft: no city, no place after "on")
            near = [(i, c) for i, c in near if self.doc[i].dep != labels.POBJ and i not in self._cities]
        else:
            near.extend((i, iso3) for i, iso3 in self.places.items() if sent.start <= i < sent.end)
        others = other_parties(head) | (struck_places(head) if air else set()) | unplacing  # (clause_scope)
        near = [
            (i, iso3) for i, iso3 in near if i not in inside and i not in others and not landmark(self.doc[i])
        ]
        if near or air:
            return min(near, key=lambda n: abs(n[0] - head.i))[1] if near else None
        # "The opposition called a strike": its section's dateline (sections.py), a crowd's (crowd_home.py).
        return section_home(self, head) or crowd_home(self, head, unplacing) or self.story_country

    @property
    def _cities(self) -> set[int]:
        """Token indexes of the capitals named as such ("Beirut's suburbs")."""
        if self._cities_memo is None:
            found = {i for m in self.mentions if m.country_kind == "capital" for i in range(m.start, m.end)}
            self._cities_memo = found
        return self._cities_memo

    @property
    def places(self) -> dict[int, str]:
        """Token index -> country of the place entities ("Arequipa", "Oruro") the dictionary lacks."""
        if self._places_memo is None:
            self._places_memo = place_table(self)
        return self._places_memo

    @property
    def dateline_country(self) -> str | None:
        """The country of the article's dateline ("ERBIL, Iraq, Aug 9 -" -> IRQ), if it has one."""
        if self._dateline_memo is None:
            line = self.dateline
            official = line is not None and line.official  # (a state's own voice: dateline.py)
            self._dateline_memo = (self.resolver.dateline_country(line) if line and not official else None,)
        return self._dateline_memo[0]

    @property
    def home_country(self) -> str | None:
        """The dateline's country when the story names it too: "LIMA - Peru expelled ..." is about Peru;
        "GENEVA - The UN rights chief said Myanmar ..." is filed from where the UN sits, not about it."""
        if self._home_memo is None:
            self._home_memo = (home_of(self, self.dateline_country),)  # (actors/doc_countries.py)
        return self._home_memo[0]

    @property
    def story_country(self) -> str | None:
        """The country the story is set in: the dateline's when the story names it, else the one it names
        most (with the places it names)."""
        return self.home_country or self.main_country

    @property
    def main_country(self) -> str | None:
        """The country the article names most, with its places and dateline (``doc_countries``)."""
        if self._main_memo is None:
            self._main_memo = (main_country(self),)
        return self._main_memo[0]


def other_parties(head: Token) -> set[int]:
    """Tokens of the phrases that name parties other than the one at ``head``, whose countries must not
    place it: its later coordinated phrases ("the premier and four Belgian paratroopers": the premier is
    no Belgian; an earlier conjunct may share its modifiers, "Colombian aircraft and commandos"), and,
    for a subject, the objects of its verbs ("Government soldiers killed Belgian paratroopers": the
    soldiers are not Belgian either). Only the object phrases themselves, with their "of/from" parts:
    a place named inside them still sets the scene ("set fire to a plant in Qingdao"). A subject still
    places an object ("Peruvian police detained 12 protesters"), the usual domestic reading; for the agent
    of a passive, its subject is that object ("an Indian pilot was captured by troops": parties.py)."""
    top = head
    while top.dep_ in ("conj", "appos"):
        top = top.head
    # (an apposition's conjuncts are its noun's: "the mayor, Peter Okello, and three traders")
    heads = [c for c in [*doccache.conjuncts(head), *coordinated(top)] if c.i > head.i]
    verb = top.head
    # (a noun the parser hangs from the verb as a conjunct is a coordinated object: "killed the premier
    # and four paratroopers")
    heads += [
        c for c in doccache.children(verb) if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > top.i
    ]
    verbs = [c for c in doccache.children(top) if c.dep == labels.RELCL]  # (its own "who ..." clauses)
    if top.dep_ in ("nsubj", "nsubjpass"):
        # (the verb and the clauses sharing its subject: "set fire to X and looted Y", "blew himself up")
        verbs += [verb]
        verbs += [
            c
            for c in doccache.children(verb)
            if c.dep_ in ("conj", "advcl", "xcomp")
            and c.pos_ == "VERB"
            and not any(d.dep_.startswith("nsubj") for d in doccache.children(c))
        ]
    for v in verbs:
        for child in doccache.children(v):
            if child.dep_ in ("dobj", "dative"):
                heads.append(child)
            elif child.dep == labels.PREP and child.lower_ not in _SCENE_PREPS:
                heads.extend(p for p in doccache.children(child) if p.dep == labels.POBJ)
    heads += [c for h in [*heads, *passive_patients(head)] if h.i != head.i for c in [h, *coordinated(h)]]
    return {t.i for h in heads for t in (*DocActors.phrase_tokens(h), *object_clauses(h))}
