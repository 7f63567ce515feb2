"""Finding actor mentions in a parsed article: dictionary phrases, plus people and organisations that
the named-entity recogniser finds and the dictionary lacks.

``MentionFinder`` holds PhraseMatchers over every country phrase and actor alias of an ``ActorDictionary``
(built once per process: seconds); ``MentionFinder.find(doc)`` lists one article's ``Mention`` values.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsevents.actors.dictionary import ActorDictionary, Entry

__all__ = ["Mention", "MentionFinder", "spelling_key"]

# Name particles that spellings keep or drop ("al-Hussein", "Al Hussein", "Hussein"): left out of a
# name's spelling key.
_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "an", "ar", "bin", "ibn", "ben", "bint", "de", "da"})
# The shortest organisation name the recogniser must find for it to count as an actor (one word is too
# often a misread capitalised noun).
_MIN_ORG_TOKENS = 2


@dataclass(frozen=True, slots=True)
class Mention:
    """A dictionary phrase found in the text: token span [start, end)."""

    start: int
    end: int
    kind: str  # "entry" (named actor), "country", "person" (a PERSON name not in the dictionary) or "org"
    iso3: str | None = None
    entry: Entry | None = None
    country_kind: str | None = None  # name/alias/adjective/demonym/capital for countries


class MentionFinder:
    """PhraseMatchers over the whole dictionary; ``find(doc)`` gives one article's mentions."""

    def __init__(self, dictionary: ActorDictionary, vocab: Vocab) -> None:
        self.dictionary = dictionary
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        self._lower = PhraseMatcher(vocab, attr="LOWER")
        self._countries: dict[str, tuple[str, str]] = {}
        self._entries: dict[str, list[str]] = {}
        # Match ids back to keys here, not through the doc's vocab: a doc parsed by another pipeline than
        # the one whose vocab built the matchers has not seen the keys (nor should it have to).
        self._keys: dict[int, str] = {}
        self._vocab = vocab
        phrases: list[tuple[str, str]] = []
        for iso3, kind, phrase in dictionary.countries():
            key = "c:" + phrase
            self._countries.setdefault(key, (iso3, kind))
            phrases.append((key, phrase))
        for phrase, entry_id in dictionary.phrases():
            key = "e:" + phrase
            self._entries.setdefault(key, []).append(entry_id)
            phrases.append((key, phrase))
        self._add_patterns(phrases)
        # Spelling keys of people's full names ("zeid raad hussein"), for recognised names that the
        # phrase matchers miss by a hyphen, an apostrophe or an accent.
        self._spellings: dict[str, str] = {}
        for entry in dictionary.entries():
            if entry.kind == "person":
                for name in (entry.name, *entry.aliases):
                    key = spelling_key(name)
                    if key.count(" ") >= 1:
                        self._spellings.setdefault(key, entry.id)

    def _add_patterns(self, phrases: list[tuple[str, str]]) -> None:
        from spacy.lang.en import English

        tokenizer = English().tokenizer
        seen: set[str] = set()
        for key, phrase in phrases:
            if key in seen:
                continue
            seen.add(key)
            self._keys[self._vocab.strings.add(key)] = key
            # Abbreviations ("US", "UN", "DPRK") match only as written, so "us" never becomes America.
            letters = [c for c in phrase if c.isalpha()]
            matcher = self._exact if letters and all(c.isupper() for c in letters) else self._lower
            matcher.add(key, [tokenizer(phrase)])

    def find(self, doc: Doc, skip: range = range(0)) -> list[Mention]:
        """All dictionary mentions in ``doc``, longest first where they overlap, then the recogniser's
        people and organisations that no dictionary mention covers; in text order. Nothing that
        overlaps the tokens ``skip`` (the dateline) is a mention."""
        matches: list[tuple[int, int, str]] = []
        for matcher in (self._exact, self._lower):
            for match_id, start, end in matcher(doc):
                if start < skip.stop and end > skip.start or not _name_cased(doc, start, end):
                    continue
                matches.append((start, end, self._keys[match_id]))
        mentions: list[Mention] = []
        for start, end, key in _longest_first(matches):
            if key.startswith("c:"):
                iso3, kind = self._countries[key]
                mentions.append(Mention(start, end, "country", iso3, None, kind))
            else:
                entry = self._pick_entry(self._entries[key])
                mentions.append(Mention(start, end, "entry", entry.country, entry))
        covered = {i for m in mentions for i in range(m.start, m.end)} | set(skip)
        for ent in doc.ents:
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
        mentions.sort(key=lambda m: m.start)
        return mentions

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

    def _pick_entry(self, ids: list[str]) -> Entry:
        # Several actors share an alias: prefer curated entries (kept current), then people.
        entries = [self.dictionary.entry(i) for i in ids]
        return min(entries, key=lambda e: (e.source != "curated", e.kind != "person", e.id))


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
    # Korean, not "the South".
    ordered = sorted(
        matches, key=lambda m: (m[1] - m[0], not m[2][2:].lower().startswith("the "), -m[0]), reverse=True
    )
    kept: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for start, end, key in ordered:
        if start not in taken and end - 1 not in taken:
            kept.append((start, end, key))
            taken.update(range(start, end))
    return sorted(kept, key=lambda m: m[0])
