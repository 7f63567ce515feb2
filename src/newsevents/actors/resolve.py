"""From words in a parsed article to actors: who is "US President Donald Trump", "the North",
"Iraq's caretaker Prime Minister", "Israeli police", "he" or "the country" on the day of an event.

``ActorResolver`` is built once per process from the ``ActorDictionary``; ``ActorResolver.index(doc)``
finds the dictionary's mentions in one article (``DocActors``), and ``DocActors.resolve(token, day)`` turns
the noun phrase headed by ``token`` into ``Actor`` values, with roles in force on ``day``.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from newsevents.actors.dictionary import ActorDictionary, Entry, split_code
from newsevents.errors import DataFileError
from newsevents.records import Actor

# Dependency labels that stay inside an actor's noun phrase. Prepositional phrases are followed only
# through "of"/"from" ("leaders of Romania's government", "officials from Iran"): "troops in Iraq" are
# not Iraqi troops.
_NP_DEPS = frozenset(
    {
        "compound",
        "amod",
        "poss",
        "nmod",
        "det",
        "nummod",
        "appos",
        "case",
        "prep",
        "pobj",
        "npadvmod",
        "quantmod",
        "punct",
        "flat",
        "advmod",
    }
)
_NP_PREPS = frozenset({"of", "from"})
_FORMER = frozenset({"former", "ex", "ex-", "erstwhile", "late", "onetime", "one-time", "retired"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "it", "its", "we", "our", "us"})
_PAIR_PEOPLE = frozenset({"leader", "president", "man", "woman", "minister", "head", "premier", "official"})
_PAIR_NOUNS = _PAIR_PEOPLE | frozenset(
    {
        "country",
        "nation",
        "side",
        "state",
        "government",
        "neighbor",
        "neighbour",
        "party",
        "capital",
        "delegation",
        "team",
    }
)
# Compounds whose head looks like an agent but whose whole does not name one.
_NOT_AGENTS = frozenset(
    {
        "task force",
        "labor force",
        "labour force",
        "work force",
        "driving force",
        "police station",
        "army base",
        "union member",
    }
)
_COUNTRY_NOUNS = frozenset(
    {"country", "nation", "state", "kingdom", "republic", "regime", "government", "administration", "capital"}
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A dictionary phrase found in the text: token span [start, end)."""

    start: int
    end: int
    kind: str  # "entry" (named actor), "country", or "person" (a PERSON name not in the dictionary)
    iso3: str | None = None
    entry: Entry | None = None
    country_kind: str | None = None  # name/alias/adjective/demonym/capital for countries


def _load_coref() -> dict[str, tuple[str, tuple[str, ...]]]:
    """``data/coref.tsv``: phrases like "the North" that name a country only where its context is near."""
    text = resources.files("newsevents").joinpath("data/coref.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for number, row in enumerate(csv.DictReader(text.splitlines(), delimiter="\t"), 2):
        try:
            table[row["phrase"].casefold()] = (row["iso3"], tuple(row["context"].split()))
        except (KeyError, AttributeError) as exc:
            raise DataFileError(f"data/coref.tsv:{number}: bad row ({exc})") from exc
    return table


class ActorResolver:
    """Finds and resolves actor mentions; one per process (PhraseMatchers over the whole dictionary)."""

    def __init__(
        self,
        dictionary: ActorDictionary,
        vocab: Vocab,
        place_country: Callable[[str], str | None] | None = None,
    ) -> None:
        self.dictionary = dictionary
        # Country of a place name ("Istanbul" -> TUR), from the gazetteer, for agents placed by a city.
        self.place_country = place_country
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        self._lower = PhraseMatcher(vocab, attr="LOWER")
        self._countries: dict[str, tuple[str, str]] = {}
        self._entries: dict[str, list[str]] = {}
        from spacy.lang.en import English

        tokenizer = English().tokenizer
        phrases: list[tuple[str, str]] = []
        for iso3, kind, phrase in dictionary.countries():
            key = "c:" + phrase
            self._countries.setdefault(key, (iso3, kind))
            phrases.append((key, phrase))
        for phrase, entry_id in dictionary.phrases():
            key = "e:" + phrase
            self._entries.setdefault(key, []).append(entry_id)
            phrases.append((key, phrase))
        seen: set[str] = set()
        for key, phrase in phrases:
            if key in seen:
                continue
            seen.add(key)
            # Abbreviations ("US", "UN", "DPRK") match only as written, so "us" never becomes America.
            letters = [c for c in phrase if c.isalpha()]
            matcher = self._exact if letters and all(c.isupper() for c in letters) else self._lower
            matcher.add(key, [tokenizer(phrase)])
        self._agents = dict(dictionary.agents())
        self._titles = dict(dictionary.titles())
        self._coref = _load_coref()

    def index(self, doc: Doc) -> DocActors:
        """All dictionary mentions in ``doc``, longest first where they overlap."""
        spans: list[Span] = []
        for matcher in (self._exact, self._lower):
            for match_id, start, end in matcher(doc):
                first = doc[start]
                # A name starts with a capital ("the" aside): "may" is not Theresa May.
                if not (first.text[:1].isupper() or first.lower_ == "the"):
                    continue
                spans.append(Span(doc, start, end, label=match_id))
        mentions: list[Mention] = []
        for span in filter_spans(spans):
            key = doc.vocab.strings[span.label]
            if key.startswith("c:"):
                iso3, kind = self._countries[key]
                mentions.append(Mention(span.start, span.end, "country", iso3, None, kind))
            else:
                entry = self._pick_entry(self._entries[key])
                mentions.append(Mention(span.start, span.end, "entry", entry.country, entry))
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for ent in doc.ents:
            if covered.intersection(range(ent.start, ent.end)):
                continue
            if ent.label_ == "PERSON":
                mentions.append(Mention(ent.start, ent.end, "person"))
            elif ent.label_ == "ORG" and ent.end - ent.start >= 2 and ent.root.dep_ != "compound":
                # (an organisation name used as a modifier, "National Security Adviser Bolton", is not one)
                # An organisation the dictionary lacks ("the Third World Water Forum"): a non-state actor.
                mentions.append(Mention(ent.start, ent.end, "org"))
        mentions.sort(key=lambda m: m.start)
        return DocActors(self, doc, mentions)

    def _pick_entry(self, ids: list[str]) -> Entry:
        # Several actors share an alias: prefer curated entries (kept current), then people.
        entries = [self.dictionary.entry(i) for i in ids]
        return min(entries, key=lambda e: (e.source != "curated", e.kind != "person", e.id))

    def agent_role(self, token: Token) -> str | None:
        """Role of a generic agent or title headed by ``token`` ("police", "foreign minister")."""
        lemma = token.lemma_.casefold()
        compound = next((c for c in token.children if c.dep_ == "compound"), None)
        if compound is not None and f"{compound.lemma_.casefold()} {lemma}" in _NOT_AGENTS:
            return None  # "a task force" is no armed force
        for left in (2, 1):
            if token.i - left >= 0:
                words = [t.lemma_.casefold() for t in token.doc[token.i - left : token.i]]
                phrase = " ".join([*words, lemma])
                role = self._titles.get(phrase) or self._agents.get(phrase)
                if role:
                    return role
        return self._titles.get(lemma) or self._agents.get(lemma) or self._agents.get(token.lower_)


class DocActors:
    """The actor mentions of one article, and resolution of noun phrases to actors."""

    def __init__(self, resolver: ActorResolver, doc: Doc, mentions: list[Mention]) -> None:
        self.resolver = resolver
        self.doc = doc
        self.mentions = mentions
        self._by_token: dict[int, Mention] = {i: m for m in mentions for i in range(m.start, m.end)}
        self._countries_in_doc = {m.iso3 for m in mentions if m.iso3}
        # Surname and first-name references to people named in full earlier ("Kim" after "Kim Jong Un").
        self._names: dict[str, tuple[int, Mention]] = {}
        self._memo: dict[tuple[int, dt.date | None], tuple[Actor, ...]] = {}
        for m in mentions:
            if m.kind == "entry" and m.entry is not None and m.entry.kind == "person":
                # The person's own name, not the alias matched ("North Korean leader Kim Jong Un").
                words = m.entry.name.split()
                for word in {words[0], words[-1]} if len(words) >= 2 else set():
                    self._names.setdefault(word, (m.start, m))
            elif m.kind == "person" and m.end - m.start >= 2:
                for tok in (doc[m.start], doc[m.end - 1]):
                    if tok.text[:1].isupper():
                        self._names.setdefault(tok.text, (m.start, m))

    # -- noun phrases ---------------------------------------------------------------------------------

    @staticmethod
    def phrase_tokens(head: Token) -> list[Token]:
        """The tokens of the noun phrase headed by ``head``, without coordinated phrases or clauses."""
        out = [head]
        stack = [head]
        while stack:
            tok = stack.pop()
            for child in tok.children:
                # Coordinated modifiers belong to the phrase ("Turkish and Greek sides"); a coordinated
                # head is a phrase of its own ("the United States and Jordan").
                if child.dep_ not in _NP_DEPS and not (tok is not head and child.dep_ in ("conj", "cc")):
                    continue
                if child.dep_ == "prep" and child.lower_ not in _NP_PREPS:
                    continue
                out.append(child)
                stack.append(child)
        return sorted(out, key=lambda t: t.i)

    def heads(self, head: Token) -> list[Token]:
        """``head`` and the heads coordinated with it ("the United States and Jordan")."""
        out = [head]
        for conj in head.conjuncts:
            if conj.i > head.i and conj.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"):
                out.append(conj)
        return out

    def resolve_all(self, head: Token, day: dt.date | None) -> list[Actor]:
        """Every actor named by the phrase at ``head`` and its conjuncts, in order, without repeats."""
        head = _collective_member(head)
        actors: list[Actor] = []
        for h in self.heads(head):
            for actor in self._resolve_phrase(h, day):
                if actor.code and all(a.code != actor.code or a.name != actor.name for a in actors):
                    actors.append(actor)
        return actors

    def resolve(self, head: Token, day: dt.date | None) -> Actor | None:
        actors = self.resolve_all(head, day)
        return actors[0] if actors else None

    def _resolve_phrase(self, head: Token, day: dt.date | None) -> list[Actor]:
        # One article asks for the same phrase many times (each pattern tried, pronouns, the actor
        # list); the answer depends only on the phrase and the day.
        key = (head.i, day)
        if key not in self._memo:
            self._memo[key] = tuple(self._read_phrase(head, day))
        return list(self._memo[key])

    def _read_phrase(self, head: Token, day: dt.date | None) -> list[Actor]:
        tokens = self.phrase_tokens(head)
        text = _span_text(tokens)
        former = any(t.lower_ in _FORMER for t in tokens)
        mentions = self._mentions_in(tokens)
        appositive = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
        if head.i in self._by_token and appositive:
            # "Pakistan, a key U.S. ally": the head names the actor; the apposition only describes it.
            mentions = [m for m in mentions if m.start not in appositive]
        named = [m for m in mentions if m.kind in ("entry", "person")]
        orgs = [m for m in mentions if m.kind == "org" and m.start <= head.i < m.end]
        countries = [m for m in mentions if m.kind == "country"]

        if head.lower_ in ("there", "here") and head.pos_ == "ADV":
            # "travelled there": the country last named.
            iso3 = next(
                (
                    m.iso3
                    for m in reversed(self.mentions)
                    if m.start < head.i and m.kind == "country" and m.iso3
                ),
                None,
            )
            return (
                [Actor(text=head.text, name=self._country_name(iso3), country=iso3, role=None, code=iso3)]
                if iso3
                else []
            )
        pair = self._pair(head, tokens, day)
        if pair:
            return pair
        if head.pos_ == "PRON" and (head.lower_ in _PERSON_PRONOUNS or head.lower_ in _GROUP_PRONOUNS):
            antecedent = self._antecedent(head, day)
            return [antecedent] if antecedent else []

        # "Moon and Kim signed" mis-parsed into one phrase: two people joined by "and" are two actors.
        people = [m for m in named if m.kind == "entry"]
        if len(people) >= 2 and any(t.dep_ == "cc" for t in tokens):
            found = [a for m in people if (a := self._named(m, tokens, [], day)) is not None]
            if len(found) >= 2:
                return [_as_former(a, former, text) for a in found]
        # A named actor: the one containing the head, else the nearest to it.
        if named:
            m = min(named, key=lambda m: (not (m.start <= head.i < m.end), abs(m.start - head.i)))
            actor = self._named(m, tokens, countries, day)
            if actor is not None:
                return [_as_former(actor, former, text)]

        role = self.resolver.agent_role(head)
        if orgs and not countries:
            org = orgs[0]
            org_role = (role or "NGO")[:3]
            return [
                Actor(
                    text=text,
                    name=self.doc[org.start : org.end].text,
                    country=None,
                    role=org_role,
                    code=org_role,
                )
            ]
        if not countries:
            iso3 = self._coref_country(head, tokens)
            if iso3:
                code = iso3 + (role or "")
                return [
                    Actor(
                        text=text,
                        name=self._country_name(iso3),
                        country=iso3,
                        role=role[:3] if role else None,
                        code=code,
                    )
                ]

        if countries and any(t.lower_ == "ethnic" for t in tokens):
            # "ethnic Albanians demonstrated in Serbia": a people named for one state, living in another.
            iso3 = self._context_country(head, tokens)
            if iso3 is not None and iso3 not in {m.iso3 for m in countries}:
                return [
                    Actor(
                        text=text,
                        name=self._country_name(iso3),
                        country=iso3,
                        role=role[:3] if role else None,
                        code=iso3 + (role or ""),
                    )
                ]
        if countries:
            # "Hungarian and Romanian officials": each coordinated country adjective is an actor.
            isos = _unique(m.iso3 for m in countries if m.iso3)
            return [
                _as_former(
                    Actor(
                        text=text,
                        name=self._country_name(iso3),
                        country=iso3,
                        role=role[:3] if role else None,
                        code=iso3 + (role or ""),
                    ),
                    former,
                    text,
                )
                for iso3 in isos
            ]
        if role:
            # "Rebels in the Ivory Coast", "Islamic fundamentalists ... Algerian President": a generic
            # agent belongs to the country its phrase or sentence places it in; "its citizens" to the
            # state "its" refers to.
            possessor = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            owner = self._antecedent(possessor, day) if possessor is not None else None
            iso3 = (
                owner.country if owner is not None and owner.country else self._context_country(head, tokens)
            )
            return [
                _as_former(
                    Actor(
                        text=text,
                        name=self._country_name(iso3) if iso3 else None,
                        country=iso3,
                        role=role[:3],
                        code=(iso3 or "") + role,
                    ),
                    former,
                    text,
                )
            ]
        return []

    def _context_country(self, head: Token, tokens: list[Token]) -> str | None:
        """The country an actor without one belongs to: "in/from X" on its phrase, else the nearest
        country named in its sentence."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "from", "of")):
            for tok in prep.subtree:
                m = self._by_token.get(tok.i)
                if m is not None and m.kind == "country" and m.iso3:
                    return m.iso3
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                # "Police in Istanbul": a city places the agent in its country.
                iso3 = self._places.get(pobj.i)
                if iso3:
                    return iso3
        sent = head.sent
        inside = {t.i for t in tokens}
        near = [
            (m.start, m.iso3)
            for m in self.mentions
            if m.iso3 and m.kind in ("country", "entry") and sent.start <= m.start < sent.end
        ]
        near.extend((i, iso3) for i, iso3 in self._places.items() if sent.start <= i < sent.end)
        near = [(i, iso3) for i, iso3 in near if i not in inside]
        if near:
            return min(near, key=lambda n: abs(n[0] - head.i))[1]
        # "The opposition condemned the arrests": the country the article is most about.
        return self._main_country

    @functools.cached_property
    def _places(self) -> dict[int, str]:
        """Token index -> country of the place entities ("Istanbul", "Kirkuk") the dictionary lacks."""
        lookup = self.resolver.place_country
        out: dict[int, str] = {}
        if lookup is None:
            return out
        for ent in self.doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.i not in self._by_token:
                iso3 = lookup(ent.text)
                if iso3:
                    out.update((t.i, iso3) for t in ent)
        return out

    @functools.cached_property
    def _main_country(self) -> str | None:
        counts = Counter(m.iso3 for m in self.mentions if m.kind == "country" and m.iso3)
        counts.update(self._places[ent.root.i] for ent in self.doc.ents if ent.root.i in self._places)
        return counts.most_common(1)[0][0] if counts else None

    def _pair(self, head: Token, tokens: list[Token], day: dt.date | None) -> list[Actor]:
        """ "the two leaders", "both countries": the last two different people (or states) named."""
        words = {t.lower_ for t in tokens}
        # Only a definite pair refers back: "the two leaders", "both sides"; "two other presidents" does not.
        definite = "both" in words or ({"the", "two"} <= words and not words & {"other", "former"})
        if not definite or head.lemma_.casefold() not in _PAIR_NOUNS:
            return []
        people = head.lemma_.casefold() in _PAIR_PEOPLE
        found: list[Actor] = []
        for m in reversed(self.mentions):
            if m.start >= head.i or len(found) == 2:
                continue
            if people != (m.kind in ("entry", "person")):
                continue
            actors = self._resolve_phrase(self.doc[m.end - 1], day)
            if actors and actors[0].code and all(a.code != actors[0].code for a in found):
                found.append(actors[0])
        return list(reversed(found)) if len(found) == 2 else []

    def _named(
        self, m: Mention, tokens: list[Token], countries: list[Mention], day: dt.date | None
    ) -> Actor | None:
        if m.kind == "person":
            # A surname we have seen in full earlier in the article resolves to that person.
            earlier = self._earlier_name(m)
            org = next(
                (
                    o
                    for o in self._mentions_in(tokens)
                    if o.kind == "entry" and o.entry is not None and o.entry.kind != "person"
                ),
                None,
            )
            if earlier is not None and earlier.kind == "entry":
                m = earlier
            elif org is not None:
                # "Arab League Secretary-General Chedli Klibi": an official speaks for the body.
                m = org
            else:
                head_tokens = [t for t in tokens if t.i < m.start or t.i >= m.end]
                role = next((r for t in head_tokens if (r := self.resolver.agent_role(t))), None)
                iso3 = countries[0].iso3 if countries else None
                if earlier is not None and (iso3 is None or role is None):
                    prior = self._resolve_phrase(self.doc[earlier.end - 1], None)
                    if prior:
                        iso3 = iso3 or prior[0].country
                        role = role or prior[0].role
                name = self.doc[m.start : m.end].text
                if iso3 is None and role is not None:
                    iso3 = self._context_country(self.doc[m.end - 1], tokens)
                if iso3 is None and role is None:
                    return Actor(text=_span_text(tokens), name=name, country=None, role=None, code=None)
                return Actor(
                    text=_span_text(tokens),
                    name=name,
                    country=iso3,
                    role=role[:3] if role else None,
                    code=(iso3 or "") + (role or ""),
                )
        assert m.entry is not None
        code = m.entry.code_on(day) or m.entry.country or ""
        iso3, role = split_code(code) if code else (None, None)
        if iso3 is None and role not in ("IGO", "NGO", "MNC"):
            # A national of the body they lead is not acting for their country: the UN Secretary-General
            # is IGOUNO, not Portugal.
            iso3 = m.entry.country
        # "GOVMIL", "IGOUNO": the record's role is the first segment; the full code keeps the rest.
        role = role[:3] if role else None
        return Actor(
            text=_span_text(tokens),
            name=m.entry.name,
            country=iso3,
            role=role[:3] if role else None,
            code=code or None,
        )

    def _mentions_in(self, tokens: list[Token]) -> list[Mention]:
        seen: list[Mention] = []
        for t in tokens:
            m = self._by_token.get(t.i)
            if m is not None and m not in seen:
                seen.append(m)
        return seen

    def _earlier_name(self, m: Mention) -> Mention | None:
        if m.end - m.start != 1:
            return None
        hit = self._names.get(self.doc[m.start].text)
        if hit is not None and hit[0] < m.start:
            return hit[1]
        return None

    # -- coreference ----------------------------------------------------------------------------------

    def _antecedent(self, pronoun: Token, day: dt.date | None) -> Actor | None:
        """The nearest earlier actor a pronoun can refer to: a person for he/she, else a group or state."""
        want_person = pronoun.lower_ in _PERSON_PRONOUNS
        if pronoun.dep_ == "poss":
            # "Fundamentalists continued their hunger strike": a possessive binds to its clause's subject.
            bound = self._clause_subject(pronoun, day)
            if bound is not None:
                return bound
        if not want_person:
            # "A group of Yoruba leaders announced that they ...": the nearest subject before the pronoun
            # that names a group, a state or an organisation, in this sentence or the one before.
            sents = [pronoun.sent]
            if pronoun.sent.start > 0:
                sents.append(self.doc[pronoun.sent.start - 1].sent)
            for sent in sents:
                subjects = [
                    t
                    for t in sent
                    if t.dep_ in ("nsubj", "nsubjpass") and t.i < pronoun.i and t.pos_ != "PRON"
                ]
                for subj in reversed(subjects):
                    found = [
                        a for a in self.resolve_all(subj, day) if a.country or a.role not in (None, "GOV")
                    ]
                    if found and not any(
                        m.kind == "entry" and m.entry is not None and m.entry.kind == "person"
                        for m in self._mentions_in(self.phrase_tokens(subj))
                    ):
                        return found[0]
        # The subject of the pronoun's own sentence is the likeliest antecedent ("North Korea's attitude
        # ... was due to their dissatisfaction"), then the nearest mention before it.
        sent = pronoun.sent
        subject = {
            t.i
            for root in [sent.root]
            for c in root.children
            if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree
        }
        ordered = sorted(
            (m for m in self.mentions if m.start < pronoun.i),
            key=lambda m: (0, m.start) if m.start in subject else (1, -m.start),
        )
        for m in ordered:
            if want_person and m.kind not in ("entry", "person"):
                continue
            if want_person and m.kind == "entry" and m.entry is not None and m.entry.kind != "person":
                continue
            if not want_person and m.kind == "person":
                continue
            if not want_person and m.kind == "entry" and m.entry is not None and m.entry.kind == "person":
                continue
            tok = self.doc[m.end - 1]
            actors = self._resolve_phrase(tok, day) if tok.i != pronoun.i else []
            if actors:
                return actors[0]
        return None

    def _clause_subject(self, pronoun: Token, day: dt.date | None) -> Actor | None:
        verb = pronoun.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        own = {t.i for t in pronoun.head.subtree}
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            if subj.i in own or subj.pos_ == "PRON":
                continue
            actors = self.resolve_all(subj, day)
            if actors:
                return actors[0]
        return None

    def _coref_country(self, head: Token, tokens: list[Token]) -> str | None:
        phrase = " ".join(t.lower_ for t in tokens)
        for key, (iso3, context) in self.resolver._coref.items():
            if phrase.endswith(key) and (not context or self._countries_in_doc.intersection(context)):
                return iso3
        if head.lower_ in _COUNTRY_NOUNS and any(t.lower_ == "the" for t in tokens):
            # "the country", "the regime": the most recent country named before it.
            for m in reversed(self.mentions):
                if m.start < head.i and m.kind == "country" and m.iso3:
                    return m.iso3
        return None

    def _country_name(self, iso3: str) -> str | None:
        return self.resolver.dictionary.country_name(iso3)

    def actor_mentions(self, day: dt.date | None) -> Iterator[Actor]:
        """Every resolved actor mention of the article (for the article's actor list)."""
        for m in self.mentions:
            actors = self._resolve_phrase(self.doc[m.end - 1], day)
            yield from actors[:1]


_COLLECTIVES = frozenset(
    {
        "ten",
        "tens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "dozen",
        "dozens",
        "scores",
        "score",
        "group",
        "number",
        "crowd",
        "member",
        "band",
        "batch",
        "patch",
        "contingent",
        "unit",
        "squad",
        "wave",
        "busload",
        "handful",
        "some",
        "many",
        "most",
        "all",
        "several",
        "majority",
        "delegation",
    }
)


def _collective_member(head: Token) -> Token:
    """ "Tens of thousands of students", "a group of refugees": the actor is who the quantity counts."""
    for _ in range(3):
        if head.lower_ not in _COLLECTIVES and head.lemma_.casefold() not in _COLLECTIVES:
            return head
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            return head
        head = pobj
    return head


def _as_former(actor: Actor, former: bool, text: str) -> Actor:
    """ "former president X": out of office whatever the dictionary says of the day."""
    if not former or actor.country is None:
        return actor
    return Actor(text=text, name=actor.name, country=actor.country, role="ELI", code=actor.country + "ELI")


def _span_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _unique(items: Iterator[str | None] | list[str | None]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item and item not in out:
            out.append(item)
    return out
