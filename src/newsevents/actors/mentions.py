"""Finding actor mentions in a parsed article: dictionary phrases, plus people and organisations that
the named-entity recogniser finds and the dictionary lacks.

``MentionFinder`` holds PhraseMatchers over every country phrase and actor alias of an ``ActorDictionary``
(built once per process: seconds); ``MentionFinder.find(doc)`` lists one article's ``Mention`` values.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.actors.dictionary import ActorDictionary, Entry

__all__ = ["Mention", "MentionFinder"]

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
            if covered.intersection(range(ent.start, ent.end)):
                continue
            if ent.label_ == "PERSON":
                mentions.append(Mention(ent.start, ent.end, "person"))
            elif ent.label_ == "ORG" and len(ent) >= _MIN_ORG_TOKENS and ent.root.dep_ != "compound":
                # An organisation the dictionary lacks ("the Fourth Andean Fisheries Forum"): a non-state
                # actor; but not one used as a modifier ("Andean Fisheries Forum delegate Ruiz").
                mentions.append(Mention(ent.start, ent.end, "org"))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _pick_entry(self, ids: list[str]) -> Entry:
        # Several actors share an alias: prefer curated entries (kept current), then people.
        entries = [self.dictionary.entry(i) for i in ids]
        return min(entries, key=lambda e: (e.source != "curated", e.kind != "person", e.id))


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
    ordered = sorted(matches, key=lambda m: (m[1] - m[0], -m[0]), reverse=True)
    kept: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for start, end, key in ordered:
        if start not in taken and end - 1 not in taken:
            kept.append((start, end, key))
            taken.update(range(start, end))
    return sorted(kept, key=lambda m: m[0])
