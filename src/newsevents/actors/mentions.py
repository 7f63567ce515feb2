"""Finding actor mentions in a parsed article: dictionary phrases, plus people and organisations that
the named-entity recogniser finds and the dictionary lacks.

``MentionFinder`` holds phrase indexes over every country phrase and actor alias of an ``ActorDictionary``
(``compile_phrases``: seconds, so read from the resource cache by ``actors.compiled``);
``MentionFinder.find(doc)`` lists one article's ``Mention`` values.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsevents import doccache
from newsevents.actors import phraseindex
from newsevents.actors.accord_names import names_accord
from newsevents.actors.bracket_initials import defined_elsewhere
from newsevents.actors.dictionary import ActorDictionary, Entry
from newsevents.actors.kin_people import restated_people
from newsevents.actors.namesakes import placed_namesakes
from newsevents.actors.opposed import after_anti
from newsevents.actors.phraseindex import PhraseIndex
from newsevents.actors.regions import region_part
from newsevents.actors.state_people import people_words
from newsevents.actors.titled_names import titled_names
from newsevents.annotations import annotation

__all__ = ["CompiledPhrases", "Mention", "MentionFinder", "compile_phrases", "spelling_key"]

# Name particles that spellings keep or drop ("al-Hussein", "Al Hussein", "Hussein"): left out of a
# name's spelling key.
_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "an", "ar", "bin", "ibn", "ben", "bint", "de", "da"})
# The shortest organisation name the recogniser must find for it to count as an actor (one word is too
# often a misread capitalised noun).
_MIN_ORG_TOKENS = 2

# Words whose strings the mention finder keeps (``MentionFinder._strings_of``); a few MB at most.
_MAX_STRINGS = 200_000

# Hyphens that join two words into one ("Egyptian-style", "British-Iranian"): the plain and the
# non-breaking one.
HYPHENS = frozenset({"-", "\u2011"})
# Mention kinds that name a country's party (``Mention.names_party``).
PARTY_KINDS = frozenset({"country", "entry"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A dictionary phrase found in the text: token span [start, end)."""

    start: int
    end: int
    kind: str  # "entry" (named actor), "country", "person" (a PERSON name not in the dictionary) or "org"
    iso3: str | None = None
    entry: Entry | None = None
    country_kind: str | None = None  # name/alias/adjective/demonym/capital for countries

    @property
    def names_party(self) -> bool:
        """Whether the mention names a country's party: a country's name or adjective, or a dictionary
        actor (a bare PERSON or ORG name carries no country of its own)."""
        return self.kind in PARTY_KINDS

# Words joined to a country word by a hyphen that make it a kind, not a party ("Egyptian-style").
_LIKENESS = frozenset({"style", "type", "like", "inspired", "era"})
# Participles joined to a country word by a hyphen that make it the go-between of what the phrase names,
# not a party to it: "US-brokered talks with the Palestinians" are Israel's with the Palestinians, and
# suspending them is no act against the broker. Likewise a backer: an "Iranian-backed militia" is the
# militia of where it fights, not Iran's (its backer names no party to what it does).
_GO_BETWEEN = frozenset({"brokered", "mediated", "sponsored", "facilitated", "backed", "funded", "supported"})
# Participles joined to a country word by a hyphen that make it where a person was born or schooled, not
# whose party they are: "the French-educated minister" of Mali is Mali's, "a Russian-born British banker"
# Britain's.
_ORIGIN = frozenset({"born", "educated", "trained", "raised", "bred", "schooled"})
# Nouns after a country's adjective that make it a period of history, not a party ("in Soviet times",
# "the Ottoman era"), and the prefixes that make it a past state's lands ("post-Soviet states"; not
# "former", which is mostly the person's: "the former Soviet leader"): counted as parties they would
# outweigh the story's own countries.
_PERIOD_NOUNS = frozenset({"times", "era", "period", "days"})
_PAST_PREFIXES = frozenset({"post", "ex"})


@dataclass(frozen=True, slots=True)
class CompiledPhrases:
    """What ``MentionFinder`` matches with, as plain data that the resource cache stores: match keys
    ("c:<phrase>" for a country phrase, "e:<phrase>" for an actor's, whose entries ``find(phrase)``
    gives) in two phrase indexes, abbreviations by their exact text and the rest by lower case, and the
    spelling keys of people's full names."""

    countries: dict[str, tuple[str, str]]
    exact: PhraseIndex
    lower: PhraseIndex
    spellings: dict[str, str]

    def to_plain(self) -> tuple[Any, ...]:
        """The phrases as plain data (for marshal)."""
        return (self.countries, self.exact.to_plain(), self.lower.to_plain(), self.spellings)

    @classmethod
    def from_plain(cls, plain: tuple[Any, ...]) -> CompiledPhrases:
        """The phrases ``to_plain`` gave."""
        countries, exact, lower, spellings = plain
        exact_index, lower_index = PhraseIndex.from_plain(exact), PhraseIndex.from_plain(lower)
        return cls(countries, exact_index, lower_index, spellings)


def _abbreviation(phrase: str) -> bool:
    """All capitals ("DPRK"), or one short mixed-case word with at least as many capitals as small letters
    ("JeM", "LeT", "AfDB"): wires write these one way, and a case-blind match would take the verb "let"
    for Lashkar-e-Taiba, or give Sudan's "JEM" to Jaish-e-Mohammed's "JeM"."""
    letters = [c for c in phrase if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if letters and upper == len(letters):
        return True
    return len(phrase) <= 5 and phrase.isalnum() and upper >= 2 and upper >= len(letters) - upper


def compile_phrases(dictionary: ActorDictionary) -> CompiledPhrases:
    """Every country phrase and actor alias of ``dictionary`` tokenised (spaCy's English tokenizer) into
    the phrase indexes, and the spelling keys of its people (seconds: cached by ``actors.compiled``)."""
    from spacy.lang.en import English

    countries: dict[str, tuple[str, str]] = {}
    phrases: list[tuple[str, str]] = []
    for iso3, kind, phrase in dictionary.countries():
        key = "c:" + phrase
        countries.setdefault(key, (iso3, kind))
        phrases.append((key, phrase))
    for phrase, _entry_id in dictionary.phrases():
        phrases.append(("e:" + phrase, phrase))
    tokenizer = English().tokenizer
    exact: list[tuple[str, tuple[str, ...]]] = []
    lower: list[tuple[str, tuple[str, ...]]] = []
    seen: set[str] = set()
    for key, phrase in phrases:
        if key in seen:
            continue
        seen.add(key)
        tokens = tokenizer(phrase)
        # Abbreviations ("US", "UN", "DPRK", "JeM") match only as written, so "us" never becomes America.
        if _abbreviation(phrase):
            exact.append((key, tuple(t.text for t in tokens)))
        else:
            lower.append((key, tuple(t.lower_ for t in tokens)))
    # Spelling keys of people's full names ("zeid raad hussein"), for recognised names that the phrase
    # indexes miss by a hyphen, an apostrophe or an accent.
    spellings: dict[str, str] = {}
    for entry in dictionary.entries():
        if entry.kind == "person":
            for name in (entry.name, *entry.aliases):
                spelling = spelling_key(name)
                if spelling.count(" ") >= 1:
                    spellings.setdefault(spelling, entry.id)
    return CompiledPhrases(countries, phraseindex.build(exact), phraseindex.build(lower), spellings)


class MentionFinder:
    """Phrase indexes over the whole dictionary; ``find(doc)`` gives one article's mentions."""

    def __init__(
        self, dictionary: ActorDictionary, vocab: Vocab | None = None, compiled: CompiledPhrases | None = None
    ) -> None:
        # No vocab is needed any more (the indexes match token strings); the argument stays for callers.
        self.dictionary = dictionary
        phrases = compiled if compiled is not None else compile_phrases(dictionary)
        self._countries = phrases.countries
        self._exact = phrases.exact
        self._lower = phrases.lower
        self._spellings = phrases.spellings
        # (a vocabulary, its token hash -> (text, lower case)): most words of an article were seen before
        self._strings: tuple[Vocab | None, dict[int, tuple[str, str]]] = (None, {})

    def find(self, doc: Doc, skip: range = range(0)) -> list[Mention]:
        """All dictionary mentions in ``doc``, longest first where they overlap, then the recogniser's
        people and organisations that no dictionary mention covers; in text order. Nothing that
        overlaps the tokens ``skip`` (the dateline) is a mention."""
        matches: list[tuple[int, int, str]] = []
        strings, tokens = self._strings_of(doc.vocab), doccache.tokens(doc)
        # (one walk over the words' hashes for both, from one array: a word's strings read by its hash, the
        # Token only for a word not seen before)
        orths = doc.to_array(ORTH).tolist()
        pairs = [strings.get(orth) for orth in orths]
        for i in [i for i, pair in enumerate(pairs) if pair is None]:
            tok = tokens[i]  # (a word not seen before; a repeat of a word new in this Doc is found then)
            pairs[i] = strings.get(orths[i]) or strings.setdefault(orths[i], (tok.text, tok.lower_))
        texts, lowers = [pair[0] for pair in pairs], [pair[1] for pair in pairs]  # type: ignore[index]
        for index, words in ((self._exact, texts), (self._lower, lowers)):
            for start, end, key in index.matches(words):
                if start < skip.stop and end > skip.start or not _name_cased(doc, start, end):
                    continue
                matches.append((start, end, key))
        mentions: list[Mention] = []
        shared: dict[int, tuple[Entry, ...]] = {}  # (mention index -> the entries its alias names)
        for start, end, key in _longest_first(matches):
            if key.startswith("c:"):
                iso3, kind = self._countries[key]
                mentions.append(Mention(start, end, "country", iso3, None, kind))
            else:
                found = self.dictionary.find(key[2:])
                entry = _pick_entry(found, annotation(doc, "ne_published"))
                mentions.append(Mention(start, end, "entry", entry.country, entry))
                if len(found) > 1:
                    shared[len(mentions) - 1] = found
        mentions = placed_namesakes(mentions, shared)  # ("the National Liberation Army" in Macedonia)
        # (no "America" of "Central America", likeness or "anti-" crowd's foe: regions.py, opposed.py)
        country = [m for m in mentions if m.kind == "country"]
        dropped = {m.start for m in country if _likeness(doc, m.end) or region_part(doc, m.start, m.end)}
        anti = {m.start for m in country if after_anti(doc, m.start, self.dictionary.agent_role)}
        dropped |= anti | {m.start for m in country if _period(doc, m)} | _go_between_bodies(doc, mentions)
        dropped |= {m.start for m in country if names_accord(doc, m.end, m.country_kind)}  # ("Minsk accords")
        dropped |= people_words(doc, country)  # ("Bosnian Serb forces": Bosnia's, actors/state_people.py)
        mentions = [m for m in mentions if not (m.start in dropped and (m.kind == "country" or _body(m)))]
        mentions = restated_people(doc, country, mentions)  # ("Bosnian Serb ... Serb tanks": kin_people.py)
        mentions = [m for m in mentions if m.start not in defined_elsewhere(doc, mentions)]  # ("(AFP)")
        covered = {i for m in mentions for i in range(m.start, m.end)} | set(skip)
        for ent in doccache.ents(doc):
            span = range(ent.start, ent.end)
            if ent.label_ == "PERSON" and not set(skip).intersection(span):
                if covered.intersection(span) and not self._other_person(ent, mentions):
                    continue
                mentions = [m for m in mentions if not (ent.start <= m.start and m.end <= ent.end)]
                mentions.append(self._person(ent.start, ent.end, ent.text))
                covered.update(span)
            elif ent.label_ == "ORG" and len(ent) >= _MIN_ORG_TOKENS and ent.root.dep_ != "compound":
                if covered.intersection(span):
                    continue
                # An organisation the dictionary lacks ("the Fourth Andean Fisheries Forum"): a non-state
                # actor; but not one used as a modifier ("Andean Fisheries Forum delegate Ruiz").
                mentions.append(Mention(ent.start, ent.end, "org"))
        mentions = self._with_titled_names(doc, mentions, covered, skip)
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _with_titled_names(
        self, doc: Doc, mentions: list[Mention], covered: set[int], skip: range
    ) -> list[Mention]:
        """``mentions`` with the names the recogniser missed after a title ("Army chief General
        Waker-Uz-Zaman"; actors/titled_names.py) as people, in place of an organisation it read in one
        ("King Abdul-Rahman")."""
        parties = [(m.start, m.end, m.kind == "country") for m in mentions]
        missed = list(titled_names(doc, covered, skip, self.dictionary, parties))
        kept = [
            m for m in mentions if m.kind != "org" or not any(a < m.end and m.start < b for a, b in missed)
        ]
        return kept + [Mention(start, end, "person") for start, end in missed]

    def _strings_of(self, vocab: Vocab) -> dict[int, tuple[str, str]]:
        """The memo of words' strings for ``vocab`` (a token's text and lower case are its lexeme's, one
        pair per hash in one vocabulary), emptied for another vocabulary or when it grows large."""
        if self._strings[0] is not vocab or len(self._strings[1]) > _MAX_STRINGS:
            self._strings = (vocab, {})
        return self._strings[1]

    def _person(self, start: int, end: int, text: str) -> Mention:
        """A recognised person: the dictionary's when their name is spelt differently there ("Ra'ad" for
        "Raad"), else a person the dictionary lacks."""
        found = self._spellings.get(spelling_key(text))
        if found is None:
            return Mention(start, end, "person")
        entry = self.dictionary.entry(found)
        return Mention(start, end, "entry", entry.country, entry)

    def _other_person(self, ent: Span, mentions: list[Mention]) -> bool:
        """Whether the recognised person ``ent`` is someone else than the one-word dictionary person
        found inside it: "Zeid Ra'ad al-Hussein" is not the "Hussein" of the dictionary, while "Tayyip
        Erdogan" is the "Erdogan" whose full name has "Tayyip" in it."""
        inside = [m for m in mentions if ent.start <= m.start and m.end <= ent.end]
        if len(inside) != 1 or len(ent) < 2:
            return False
        m = inside[0]
        if m.entry is None or m.entry.kind != "person" or m.end - m.start != 1:
            return False
        known = {w.casefold() for name in (m.entry.name, *m.entry.aliases) for w in name.split()}
        others = [
            t
            for t in ent
            if t.i != m.start
            and t.is_alpha
            and t.text[:1].isupper()
            # A title is no part of the name: "King Hussein" is the dictionary's Hussein.
            and self.dictionary.title_role(t.lower_) is None
            and self.dictionary.agent_role(t.lower_) is None
        ]
        return bool(others) and not any(t.lower_ in known for t in others)



def _pick_entry(entries: tuple[Entry, ...], day: dt.date | None) -> Entry:
    """The actor an alias several share names: the one in office on the article's day ("President George
    Bush" in a 1991 report is the father, in 2005 the son), then one that has a code on that day (an
    entry whose only role ended years before and that names no country is no actor then), then a
    curated entry (kept current), then a person."""
    return min(
        entries,
        key=lambda e: (
            not _in_office(e, day),
            day is not None and e.code_on(day) is None,
            e.source != "curated",
            e.kind != "person",
            e.id,
        ),
    )


def _in_office(entry: Entry, day: dt.date | None) -> bool:
    code = entry.code_on(day) if day is not None else None
    return code is not None and entry.kind == "person" and not code.endswith("ELI")


def hyphen_after_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen written against the word before it (of "British-Iranian")."""
    return 0 < i < len(doc) and doc[i].text in HYPHENS and not doc[i - 1].whitespace_


def _likeness(doc: Doc, end: int) -> bool:
    """Whether a country word ending at ``end`` only names a kind ("an Egyptian-style revolt", "a
    Soviet-type economy"), its go-between ("US-brokered talks") or a person's origin ("French-educated"):
    no party of that country."""
    if end + 1 >= len(doc) or not hyphen_after_word(doc, end):
        return False
    return doc[end + 1].lower_ in _LIKENESS | _GO_BETWEEN | _ORIGIN


def _body(m: Mention) -> bool:
    """Whether ``m`` names an intergovernmental body from the dictionary."""
    return m.kind == "entry" and m.entry is not None and m.entry.kind == "igo"


def _go_between_bodies(doc: Doc, mentions: list[Mention]) -> set[int]:
    """The starts of the bodies of states named as the go-between of what their phrase names, joined by
    a hyphen to a participle of ``_GO_BETWEEN`` as a country's name is ("UN-brokered talks between X and
    Y", "the EU-backed government in X"): no act of the body's, so no mention of it."""
    return {
        m.start
        for m in mentions
        if _body(m)
        and m.end + 1 < len(doc)
        and hyphen_after_word(doc, m.end)
        and doc[m.end + 1].lower_ in _GO_BETWEEN
    }


def _period(doc: Doc, m: Mention) -> bool:
    """Whether a country's adjective at ``m`` names a period or a past state's lands, no party
    (``_PERIOD_NOUNS``, ``_PAST_PREFIXES``)."""
    if m.country_kind != "adjective":
        return False
    if m.end < len(doc) and doc[m.end].lower_ in _PERIOD_NOUNS:
        return True
    hyphened = m.start >= 2 and hyphen_after_word(doc, m.start - 1)
    return hyphened and doc[m.start - 2].lower_ in _PAST_PREFIXES


def spelling_key(name: str) -> str:
    """A name's spelling key: no accents, apostrophes, hyphens or particles, lower case ("Zeid Ra'ad
    al-Hussein" -> "zeid raad hussein")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").casefold()
    text = re.sub(r"['`.]", "", text).replace("-", " ")
    return " ".join(w for w in text.split() if w not in _PARTICLES)


def _name_cased(doc: Doc, start: int, end: int) -> bool:
    """A name starts with a capital: "may" is not Theresa May. After "the", the next word too: "the
    north-east" is no "the North"."""
    first = doc[start]
    if first.lower_ == "the":
        return end - start < 2 or doc[start + 1].text[:1].isupper()
    return first.text[:1].isupper()


def _longest_first(matches: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` matches without overlaps, the (first) longest kept, in text order: what
    ``spacy.util.filter_spans`` does, without making labelled spans in the doc's vocab."""
    # Among equals a match that does not open with "the" wins: "the South Korean coast guard" is South
    # Korean, not "the South"; then a country's phrase beats an actor sharing it ("Kyiv" is Ukraine's
    # capital standing for its government, not an entry that lists the city among its aliases).
    ordered = sorted(
        matches,
        key=lambda m: (m[1] - m[0], not m[2][2:].lower().startswith("the "), -m[0], m[2].startswith("c:")),
        reverse=True,
    )
    kept: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for start, end, key in ordered:
        if start not in taken and end - 1 not in taken:
            kept.append((start, end, key))
            taken.update(range(start, end))
    return sorted(kept, key=lambda m: m[0])
