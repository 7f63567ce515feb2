"""The words around a trigger that its patterns test: objects (lemmas, or the kind of thing they name),
prepositions and subject. Used by the trigger stage (``coding/triggers.py``)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.strings import StringStore
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from newsevents import doccache, labels
from newsevents.annotations import annotation
from newsevents.coding import aspect_subject, own_complement, permitted_subject, syntax, time_given
from newsevents.coding.lexicon import lexicon
from newsevents.coding.patterns import ACTOR_OBJECT, PERSON_OBJECT, PLACE_OBJECT, Pattern

# The object words of a pattern that ask for a kind of thing named (an actor, a person, a place), not a lemma
OBJECT_KINDS = frozenset({ACTOR_OBJECT, PERSON_OBJECT, PLACE_OBJECT})
# spaCy entity types that name an actor (for ``@actor`` objects)
_ACTOR_ENTITIES = frozenset({"PERSON", "GPE", "NORP", "ORG"})
# pronouns that stand for things more often than for actors ("called it an act of savagery")
_NOT_ACTORS = frozenset({"it", "this", "that", "these", "those", "which", "what"})
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})
# spaCy entity types of a named place (for ``@place`` objects): a city, region or country taken is ground
# taken ("captured Goma", "seized Kuwait"), whatever else the name resolves to
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# entity types (or none) the recogniser gives many one-word place names ("captured Goma": a PERSON)
_MISTAGGED_PLACE_ENTITIES = frozenset({"PERSON", "ORG", ""})
# Entity types of a time phrase: "called the move a mistake on Sunday" is no "call on" (an appeal); "on"
# with a day says when, never what a pattern's "on" asks for ("until" with a day is an ultimatum's).
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Words that count a part of a group told by an "of" phrase ("MOST of the girls", "DOZENS of the captives")
_PART_WORDS = frozenset(
    {"most", "many", "some", "all", "several", "both", "half", "dozens", "hundreds", "scores", "thousands"}
)


class Context:
    """The words around one trigger that patterns test, computed once however many patterns are tried."""

    __slots__ = ("tok", "_objects", "_preps", "_subject", "_named")

    def __init__(self, tok: Token) -> None:
        self.tok = tok
        self._objects: dict[bool, set[str]] = {}
        self._preps: list[tuple[str, set[str]]] | None = None
        self._subject: set[str] | None = None
        self._named: dict[str, bool] = {}

    def object_names(self, kind: str) -> bool:
        """Whether a direct object of the verb names an actor (a person, a state, an organisation), a
        person or a place: what ``@actor``, ``@person`` and ``@place`` in a pattern's object ask ("called
        Lula", not "called the plan reckless"; "seized the reporter", not "seized the town"; "captured
        Goma", not "captured two soldiers")."""
        if kind not in self._named:
            heads = [
                c
                for v in own_complement.object_verbs(self.tok, _time_phrase)
                for c in doccache.children(v)
                if c.dep_ in ("dobj", "nsubjpass")
            ]
            if self.tok.dep == labels.ACL and self.tok.tag_ == "VBN":
                heads.append(self.tok.head)  # a reduced relative's noun is its patient ("pupils SEIZED from")
            test = _OBJECT_TESTS.get(kind, _names_person)
            self._named[kind] = any(test(h) or test(partitive_whole(h)) for h in heads)
        return self._named[kind]

    def object_lemmas(self, noun: bool) -> set[str]:
        if noun not in self._objects:
            self._objects[noun] = syntax.object_lemmas(self.tok, noun)
            if not noun:  # ("let THE INSPECTORS resume": the one let, coding/permitted_subject.py)
                self._objects[noun] |= permitted_subject.permitted_words(self.tok)
                # ("gave the junta ONE WEEK to ...": the span read as an adverb, coding/time_given.py)
                self._objects[noun] |= time_given.span_words(self.tok)
        return self._objects[noun]

    def preps(self) -> list[tuple[str, set[str]]]:
        if self._preps is None:
            self._preps = [
                (p.lower_, {t.lemma_.casefold() for t in doccache.subtree(p)})
                for p in syntax.preps(self.tok)
                if not _time_phrase(p)
            ]
        return self._preps

    def subject_lemmas(self) -> set[str]:
        if self._subject is None:
            # (a phase verb's complement shares its subject: coding/aspect_subject.py)
            self._subject = aspect_subject.subject_lemmas(self.tok)
        return self._subject


def partitive_whole(head: Token) -> Token:
    """The group a count of its part names ("returned MOST of the schoolgirls", "freed 40 of the hostages"):
    the parser makes the count the object, and the count names nobody; any other head stays itself."""
    if head.pos_ != "NUM" and head.lower_ not in _PART_WORDS:
        return head
    of = (p for c in doccache.children(head) if c.dep == labels.PREP and c.lower_ == "of" for p in c.children)
    return next((p for p in of if p.dep == labels.POBJ), head)


def _time_phrase(prep: Token) -> bool:
    """Whether ``prep`` is "on" and every object of it is a time ("on Sunday", "on May 3")."""
    if prep.lower_ != "on":
        return False
    objects = [c for c in doccache.children(prep) if c.dep == labels.POBJ]
    return bool(objects) and all(o.ent_type_ in _TIME_ENTITIES for o in objects)


def object_names_actor(head: Token) -> bool:
    """Whether a noun phrase names an actor (see ``_names_actor``)."""
    return _names_actor(head)


def _actor_object(head: Token) -> bool:
    """An object that names an actor, and not an act of one: "called the Israeli RAID a massacre" names
    a raid (an event noun, ``event_nouns`` in words.toml), though its modifier resolves to a state."""
    return head.lemma_.casefold() not in lexicon().event_nouns and _names_actor(head)


def _names_actor(head: Token) -> bool:
    """A noun phrase that the actors stage resolves, or a name of a person, place or group."""
    if head.lower_ in _NOT_ACTORS:
        return False
    actors = head.doc._.ne_actors
    if actors is not None and actors.resolve(head, None) is not None:
        return True
    return head.ent_type_ in _ACTOR_ENTITIES or head.pos_ == "PROPN"


def _names_person(head: Token) -> bool:
    """A pronoun for people ("recaptured him"), a noun for people (``person_nouns`` in words.toml), or a
    person's full name or the surname of one named in
    full earlier: the parser takes many one-word place names for persons ("seized Goma")."""
    if head.lower_ in _PERSON_PRONOUNS or head.lemma_.casefold() in lexicon().person_nouns:
        return True  # "seized 15 British sailors", "captured two journalists"
    if head.ent_type_ != "PERSON":
        return False
    people = [e for e in doccache.ents(head.doc) if e.label_ == "PERSON"]
    own = next((e for e in people if e.start <= head.i < e.end), None)
    if own is not None and len(own) >= 2:
        return True
    return any(len(e) >= 2 and any(t.text == head.text for t in e) for e in people)


def _names_place(head: Token) -> bool:
    """A name the entity recogniser gives as a place (a city, a region, a country, a site), or a proper noun
    it took for a person or a group ("captured Goma" read as a PERSON) that the gazetteer knows as a place
    near the article's countries, even where it also stands for a government ("seized Sanaa": the city,
    not the Yemeni government); never a person named as such (``_names_person``)."""
    dateline = annotation(head.doc, "ne_dateline")
    if _names_person(head) or (dateline is not None and dateline.start <= head.i < dateline.end):
        return False  # (the dateline's place read as a passive's subject: "ABIDJAN - X was captured")
    if head.ent_type_ in _PLACE_ENTITIES:
        return True
    places = head.doc._.ne_places
    if places is None or head.pos_ != "PROPN" or head.ent_type_ not in _MISTAGGED_PLACE_ENTITIES:
        return False
    span = next((e for e in doccache.ents(head.doc) if e.start <= head.i < e.end), None)
    place = places.gazetteer.lookup_near(span.text if span is not None else head.text, places.context)
    return place is not None and bool(place.country)


# what each object kind of a pattern asks of an object's head (``@person`` the default)
_OBJECT_TESTS = {ACTOR_OBJECT: _actor_object, PLACE_OBJECT: _names_place}


def words_present(pattern: Pattern, words: set[str]) -> bool:
    """A quick necessary condition: the pattern's plain words (not word sets) are in the sentence."""
    if pattern.prep and pattern.prep not in words:
        return False
    return _plain_words(pattern) <= words


def needed_words(pattern: Pattern) -> frozenset[str]:
    """``words_present`` as one set: ``pattern`` can fire only in a sentence that has all of these words."""
    plain = _plain_words(pattern)
    return plain | {pattern.prep} if pattern.prep else plain


def needs_of(patterns: tuple[Pattern, ...]) -> tuple[tuple[Pattern, frozenset[str]], ...]:
    """Each of ``patterns`` with its ``needed_words``: the trigger scan tests a pattern with one set
    operation instead of two calls. Read once per tuple of patterns (the pattern set keeps its tuples;
    a verb's with its model's lent patterns is made anew each time, hence the bound)."""
    hit = _NEEDS.get(id(patterns))
    if hit is None or hit[0] is not patterns:
        if len(_NEEDS) >= _MAX_NEEDS:
            _NEEDS.clear()
        hit = _NEEDS[id(patterns)] = (patterns, tuple((p, needed_words(p)) for p in patterns))
    return hit[1]


# id(patterns) -> (the patterns, each with its needed words): kept with the tuple, so that its id is never
# another's while it is here
_NEEDS: dict[int, tuple[tuple[Pattern, ...], tuple[tuple[Pattern, frozenset[str]], ...]]] = {}
_MAX_NEEDS = 20_000


def lacks_all(sent: Span, words: frozenset[str]) -> bool:
    """Whether no word of ``sent`` is, in lower case, one of ``words``: compared by the hashes spaCy keeps
    on each token (a string's hash is the same in any vocabulary), without making the words' strings."""
    hit = _HASHES.get(id(words))
    if hit is None or hit[0] is not words:
        if len(_HASHES) >= _MAX_NEEDS:
            _HASHES.clear()
        hit = _HASHES[id(words)] = (words, frozenset(int(StringStore()[w]) for w in words))
    return hit[1].isdisjoint(_span_lowers(sent))


# id(word set) -> (the set, its words' hashes), for ``lacks_all`` (the lexicon's sets: a handful)
_HASHES: dict[int, tuple[frozenset[str], frozenset[int]]] = {}
_LOWERS_MEMO = "newsevents.objects.span_lowers"


def _span_lowers(span: Span) -> frozenset[int]:
    """The lower-case hashes of ``span``'s words, read once per span of a Doc: several rules ask
    ``lacks_all`` of each sentence, and each read every word of it anew."""
    memo = doccache.memo(span.doc, _LOWERS_MEMO)
    key = (span.start, span.end)
    found: frozenset[int] | None = memo.get(key)
    if found is None:
        found = memo[key] = frozenset([t.lower for t in doccache.sent_tokens(span)])
    return found


def sentence_words(tokens: list[Token]) -> set[str]:
    """The case-folded lemmas and the lower-case forms of ``tokens``: the words a pattern's are looked for
    among (``words_present``), each read by its hash from a memo of the strings a vocabulary gave."""
    if not tokens:
        return set()
    vocab = tokens[0].vocab
    lemmas, lowers = _words_memo(vocab)
    out = set()
    # (each distinct hash once: a sentence repeats its function words; a string made only for a hash the
    # memo has not seen, as ``Token.lemma_`` and ``Token.lower_`` make theirs, from the vocabulary)
    for h in {t.lemma for t in tokens}:
        lemma = lemmas.get(h)
        out.add(lemma if lemma is not None else lemmas.setdefault(h, vocab.strings[h].casefold()))
    for h in {t.lower for t in tokens}:
        lower = lowers.get(h)
        out.add(lower if lower is not None else lowers.setdefault(h, vocab.strings[h]))
    for t in tokens:
        # (a plural read as a name after a dateline: its singular too; a word of a named entity gives only
        # its lemma, already in: ``syntax.subject_words``)
        if t.tag in _NAME_TAG_IDS and not t.ent_type:
            out.update(syntax.subject_words(t))
    return out


def _words_memo(vocab: Vocab) -> tuple[dict[int, str], dict[int, str]]:
    """(lemma hash -> its case-folded string, lower-case hash -> its string) for ``vocab``: emptied for
    another vocabulary, or when it grows large."""
    if not _WORDS or _WORDS[0][0] is not vocab or len(_WORDS[0][1]) + len(_WORDS[0][2]) > _MAX_WORDS:
        _WORDS[:] = [(vocab, {}, {})]
    return _WORDS[0][1], _WORDS[0][2]


# ``syntax.NAME_TAGS`` as ``Token.tag`` gives them: every word of every sentence is tested, without its
# tag's string made (newsevents.labels)
_NAME_TAG_IDS = labels.labels(syntax.NAME_TAGS)
# [(a vocabulary, its lemma memo, its lower-case memo)] for ``sentence_words``; a few MB at most
_WORDS: list[tuple[Vocab, dict[int, str], dict[int, str]]] = []
_MAX_WORDS = 400_000


# id(pattern) -> (the pattern, its plain words): a pattern's words are read once per process, not once
# per sentence it is tried on (the pattern is kept with them, so its id is never another's).
_PLAIN: dict[int, tuple[Pattern, frozenset[str]]] = {}


def _plain_words(pattern: Pattern) -> frozenset[str]:
    hit = _PLAIN.get(id(pattern))
    if hit is None or hit[0] is not pattern:
        groups = (pattern.object, pattern.prep_words, pattern.subject)
        hit = _PLAIN[id(pattern)] = (pattern, frozenset(w for g in groups for w in g if w[0] not in "&@"))
    return hit[1]


# The parts of speech that get pattern lookup keys (``syntax.trigger_keys``); carrier nouns are NOUNs.
_KEYED_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})
# (as ``Token.pos`` gives them: newsevents.labels; the trigger scan tests it before calling may_trigger)
KEYED_POS_IDS = labels.labels(_KEYED_POS)


def may_trigger(tok: Token, noun_lemmas: frozenset[str], carrier_nouns: frozenset[str]) -> bool:
    """False for a word that cannot have a candidate pattern: a part of speech without lookup keys, or a
    noun that no noun pattern names (``noun_lemmas``) and that is no carrier noun ("relief convoys")."""
    pos = tok.pos
    if pos not in KEYED_POS_IDS:
        return False
    if pos == labels.POS_VERB or pos == labels.POS_AUX:
        return True
    lemma = tok.lemma_.casefold()
    return lemma in noun_lemmas or (pos == labels.POS_NOUN and lemma in carrier_nouns)


def split_members(members: Iterable[str]) -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """A synset's one-word members as a set, and its phrases split into words, by their first word (a
    phrase is tried only where its first word is: synset phrases are never empty, ``patterns.py``)."""
    split = [tuple(m.split()) for m in members]
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for m in split:
        if len(m) != 1:
            phrases[m[0]] = (*phrases.get(m[0], ()), m)
    return frozenset(m[0] for m in split if len(m) == 1), phrases
