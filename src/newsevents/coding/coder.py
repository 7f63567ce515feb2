"""The event coder: dependency-parse patterns → CAMEO/PLOVER events with actors, modality, date and place.

For each sentence the coder
1. finds triggers: verbs (and phrasal verbs) and event nouns that have patterns (``coding/data/verbs.tsv``),
   and picks each trigger's most specific pattern whose object, preposition and subject words are there;
2. finds the trigger's source and target phrases in the parse (subject/agent, object/prepositional
   object; possessor and "of"/"on"/"against" phrases for nouns; subjects shared through coordination and
   control verbs);
3. reads modality from the clause: negation drops the event, "would"/"agreed to"/"vowed to" make it an
   intention and "may" a hypothesis (both recoded to the CAMEO "express intent" twin), a clause under
   "said" is reported, a clause under "refused to" gives way to the refusal;
4. dates the event from its own clause's date expression, else the sentence's, else a "then" sequel's
   predecessor, else the publication date, else nothing; places it from "in/at/near X";
5. resolves actors on the event's date (time-aware roles), and merges restatements of one event.

Every event carries the sentence, its character span, the trigger and the pattern id as evidence.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib import resources

from spacy.tokens import Doc, Span, Token

from newsevents.actors.resolve import DocActors
from newsevents.coding.codebook import Code, load_codebook
from newsevents.coding.patterns import Pattern, PatternSet
from newsevents.errors import DataFileError
from newsevents.records import Actor, Event, Evidence, Modality, Place, Plover, make_event_id
from newsevents.tone import score as tone_score
from newsevents.when import When, resolve
from newsevents.where import Gazetteer

# Children whose words count as the trigger's object when a pattern asks for object words.
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "xcomp", "dative", "acomp"})
# Prepositions that introduce a target, in the order they are tried.
_TARGET_PREPS = (
    "with",
    "to",
    "against",
    "on",
    "into",
    "toward",
    "towards",
    "at",
    "for",
    "from",
    "over",
    "upon",
    "in",
    "between",
    "of",
    "across",
)
_NOUN_TARGET_PREPS = (
    "against",
    "on",
    "with",
    "to",
    "into",
    "toward",
    "towards",
    "between",
    "of",
    "for",
    "at",
    "in",
    "from",
)
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "off"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "PERSON"})
_SEQUEL_ADVERBS = frozenset({"then", "afterwards", "afterward", "subsequently", "later", "thereafter"})
# Prepositions whose event noun is background to the clause's own event.
_SCENE_PREPS = frozenset(
    {
        "during",
        "before",
        "after",
        "since",
        "until",
        "amid",
        "despite",
        "following",
        "throughout",
        "in",
        "at",
        "for",
        "of",
        "from",
        "over",
        "about",
        "like",
    }
)
# GDELT-scale tone (positive minus negative words, % of words) that makes a reported judgement a comment.
_COMMENT_TONE = 4.0
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})
_SCENE_MARKS = frozenset(
    {"after", "before", "since", "until", "till", "as", "while", "when", "because", "once", "following"}
)
_CONDITIONS = frozenset({"if", "unless", "whether", "lest"})
_DEONTIC = frozenset({"must", "should", "ought"})
_DEMAND_REPORTS = frozenset({"conclude", "insist", "urge", "demand", "stress", "warn", "reiterate"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
# Codes whose two actors play the same part: A meets B is B meets A.
_SYMMETRIC_ROOTS = frozenset({"04", "05", "06"})
_DIRECTED_CODES = frozenset({"042", "043", "045"})

_MODALITY_CONFIDENCE: dict[str, float] = {
    "asserted": 1.0,
    "reported": 0.9,
    "intended": 0.85,
    "hypothetical": 0.7,
}


def _load_modality() -> dict[str, str]:
    text = resources.files("newsevents").joinpath("data/modality.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for number, row in enumerate(csv.DictReader(text.splitlines(), delimiter="\t"), 2):
        lemma, kind = row.get("lemma"), row.get("kind")
        if not lemma or kind not in {
            "intent",
            "threat",
            "hypothetical",
            "negate",
            "intent-aux",
            "hypothetical-aux",
            "report",
            "light",
            "aspect",
        }:
            raise DataFileError(f"data/modality.tsv:{number}: bad row {row!r}")
        table[lemma] = kind
    return table


@dataclass(frozen=True, slots=True)
class Match:
    """A trigger with the pattern that fired, before actors and modality are read."""

    trigger: Token
    pattern: Pattern
    noun: bool
    # Set when a construction rather than the trigger's own dependents names the target
    # ("X said Y must ...": Y is the target of X's demand).
    target_heads: tuple[Token, ...] | None = None


def _words_present(pattern: Pattern, words: set[str]) -> bool:
    """A quick necessary condition: the pattern's plain words (not word sets) are in the sentence."""
    if pattern.prep and pattern.prep not in words:
        return False
    return all(
        w in words
        for group in (pattern.object, pattern.prep_words, pattern.subject)
        for w in group
        if not w.startswith("&")
    )


class _TriggerContext:
    """The words around one trigger that patterns test, computed once however many patterns are tried."""

    __slots__ = ("tok", "_objects", "_preps", "_subject")

    def __init__(self, tok: Token) -> None:
        self.tok = tok
        self._objects: dict[bool, set[str]] = {}
        self._preps: list[tuple[str, set[str]]] | None = None
        self._subject: set[str] | None = None

    def object_lemmas(self, noun: bool) -> set[str]:
        if noun not in self._objects:
            self._objects[noun] = _object_lemmas(self.tok, noun)
        return self._objects[noun]

    def preps(self) -> list[tuple[str, set[str]]]:
        if self._preps is None:
            self._preps = [(p.lower_, {t.lemma_.casefold() for t in p.subtree}) for p in _preps(self.tok)]
        return self._preps

    def subject_lemmas(self) -> set[str]:
        if self._subject is None:
            self._subject = _subject_lemmas(self.tok)
        return self._subject


@dataclass(slots=True)
class Draft:
    """An event being assembled (mutable while the sentence is coded, frozen into ``Event`` at the end)."""

    match: Match
    sent: Span
    source: Actor
    target: Actor | None
    modality: Modality
    code: str
    when: When | None
    date_own: bool
    place: Place | None
    actor_certainty: float
    # Used when the text names no target (see ``_implicit_target``); never used to match restatements.
    implicit_target: Actor | None = None

    @property
    def trigger(self) -> Token:
        return self.match.trigger


class Coder:
    """Codes parsed articles. Holds only read-only resources, so one instance serves a whole process."""

    def __init__(self, patterns: PatternSet, gazetteer: Gazetteer | None = None) -> None:
        self.patterns = patterns
        self.codebook: dict[str, Code] = load_codebook()
        self.modality = _load_modality()
        self.gazetteer = gazetteer
        # synset name -> its members split into words (read-only once filled; filled on first use)
        self._synsets: dict[str, tuple[tuple[str, ...], ...]] = {}

    # -- public ---------------------------------------------------------------------------------------

    def code(self, doc: Doc, actors: DocActors, article_id: str, published: dt.date | None) -> list[Event]:
        """The events of one parsed article."""
        drafts: list[Draft] = []
        last_dated: When | None = None
        # Roles of undated events are read on the article's day: its publication date, else the first
        # full date it gives (when its story is set), never the machine's clock.
        story_day = published or _first_day(doc)
        for sent in doc.sents:
            sent_drafts = self._code_sentence(sent, actors, published, last_dated, story_day, drafts)
            for d in sent_drafts:
                if d.when is not None and d.date_own:
                    last_dated = d.when
            drafts.extend(sent_drafts)
        events = [self._finish(d, article_id) for d in _merge(drafts)]
        return events

    def matches(self, sent: Span) -> list[tuple[Match, list[Pattern]]]:
        """Every trigger in ``sent`` with its best pattern and the candidate patterns that did not fire
        (for ``--explain``; a trigger where none fired carries its least specific candidate)."""
        out = []
        for tok, pos, candidates, fired in self._triggers(sent):
            shown = fired or candidates[-1]
            out.append((Match(tok, shown, pos == "noun"), [p for p in candidates if p is not fired]))
        return out

    # -- patterns -------------------------------------------------------------------------------------

    def _triggers(self, sent: Span) -> Iterator[tuple[Token, str, tuple[Pattern, ...], Pattern | None]]:
        """Each trigger word of ``sent`` with its candidate patterns and the most specific that fits: a
        phrasal verb's key first, then the verb alone ("set up" before "set")."""
        # Every word of the sentence, to skip at once the patterns whose words it lacks altogether.
        words = {t.lemma_.casefold() for t in sent} | {t.lower_ for t in sent}
        for tok in sent:
            for lemma, pos in _trigger_keys(tok):
                candidates = self.patterns.by_lemma(lemma, pos)
                if not candidates:
                    continue
                context = _TriggerContext(tok)
                fired = next(
                    (p for p in candidates if _words_present(p, words) and self._fits(p, tok, context)), None
                )
                yield tok, pos, candidates, fired
                if fired is not None:
                    break

    def _find_matches(self, sent: Span) -> list[Match]:
        return [
            Match(tok, fired, pos == "noun")
            for tok, pos, _candidates, fired in self._triggers(sent)
            if fired is not None and fired.code != "---" and not self._background(tok, fired, pos)
        ]

    def _background(self, tok: Token, pattern: Pattern, pos: str) -> bool:
        """Triggers that name no event of their own: a bare reporting verb ("said", "announced": what
        was said is coded, with the speaker as its source), and an event noun that only sets the scene
        ("during negotiations", "after the attack")."""
        if pos == "verb":
            # A bare "make a statement" says nothing about whom; "said"/"announced" are reporting verbs.
            return pattern.specificity == 0 and (
                pattern.code == "010"
                or (self.modality.get(tok.lemma_.casefold()) == "report" and pattern.code[:2] == "01")
            )
        return tok.dep_ == "pobj" and tok.head.lower_ in _SCENE_PREPS

    def _fits(self, pattern: Pattern, tok: Token, context: _TriggerContext | None = None) -> bool:
        ctx = context or _TriggerContext(tok)
        if pattern.object:
            lemmas = ctx.object_lemmas(pattern.pos == "noun")
            if not all(self._has(word, lemmas) for word in pattern.object):
                return False
        if pattern.prep:
            if not any(self._prep_fits(pattern, lower, lemmas) for lower, lemmas in ctx.preps()):
                return False
        if pattern.subject:
            subj = ctx.subject_lemmas()
            if not all(self._has(word, subj) for word in pattern.subject):
                return False
        return True

    def _prep_fits(self, pattern: Pattern, prep: str, lemmas: set[str]) -> bool:
        if prep != pattern.prep:
            return False
        return not pattern.prep_words or all(self._has(word, lemmas) for word in pattern.prep_words)

    def _has(self, word: str, lemmas: set[str]) -> bool:
        if word.startswith("&"):
            members = self._synsets.get(word)
            if members is None:
                members = self._synsets[word] = tuple(tuple(m.split()) for m in self.patterns.expand(word))
            return any(all(part in lemmas for part in member) for member in members)
        return word in lemmas

    # -- sentences ------------------------------------------------------------------------------------

    def _code_sentence(
        self,
        sent: Span,
        actors: DocActors,
        published: dt.date | None,
        last_dated: When | None,
        story_day: dt.date | None,
        previous: list[Draft],
    ) -> list[Draft]:
        matches = self._find_matches(sent)
        demands = self._modal_demands(sent)
        if demands:
            clauses = {d.target_heads[0].head.i for d in demands if d.target_heads}
            # What the demanded party "must" do is the content of the demand, not an event of its own.
            matches = [
                m for m in matches if not ({m.trigger.i} | {g.i for g in _governors(m.trigger)}) & clauses
            ]
            matches.extend(demands)
        if not matches:
            return []
        by_token = {m.trigger.i: m for m in matches}
        date_ents = [e for e in sent.ents if e.label_ == "DATE"]
        sentence_dates = _sentence_dates(date_ents, published, set(by_token))
        drafts: list[Draft] = []
        for match in matches:
            if self._yields_to_governor(match, by_token):
                continue
            modality = self._modality(match.trigger)
            code_override: str | None = None
            if modality is None:
                # "will not accept refugees", "won't attend": refusing a cooperative act is a rejection
                # (CAMEO 12); any other negated event did not happen and is not coded.
                if not (self._refusal(match.trigger) and int(match.pattern.code[:2]) <= 9):
                    continue
                modality, code_override = "asserted", "120"
            whens, own = _own_dates(match.trigger, date_ents, published, set(by_token))
            if not whens:
                whens, own = _fallback_dates(match.trigger, sentence_dates, last_dated, published)
            dated: list[When | None] = list(whens) or [None]
            for when in dated:
                # Roles are read on the event's day; an undated event in an undated article is read on
                # the last date the article gave, which is when its story is set.
                day = _day_of(when) or story_day
                sources, target, certainty = self._arguments(match, actors, day)
                if target is None and sources:
                    # "The United States condemned the test": the target of a reaction to an event
                    # told earlier is that event's actor.
                    target = self._reacted_to(match.trigger, sources[0], previous)
                if not sources and _unattributed(match.trigger):
                    # "was arrested in Lebanon", "a roadside bombing near Samarra killed ...": no actor is
                    # named, so the event belongs to the country where it happened, if the text says.
                    place = self._place(match.trigger, sent, target) or next(
                        (
                            p
                            for s in match.trigger.children
                            if s.dep_ == "nsubj"
                            if (p := self._place(s, sent, target)) is not None
                        ),
                        None,
                    )
                    if place is not None and place.country:
                        sources = [
                            Actor(
                                text="",
                                name=actors.resolver.dictionary.country_name(place.country),
                                country=place.country,
                                role=None,
                                code=place.country,
                            )
                        ]
                        certainty *= 0.6
                for source in sources[:3]:
                    code = code_override or _unconventional(
                        self._recode(match.pattern.code, modality, match.trigger),
                        source,
                        unattributed=certainty < 0.7 and not source.text,
                    )
                    place = self._place(match.trigger, sent, target)
                    implicit = None if target is not None else _implicit_target(source, place, actors)
                    drafts.append(
                        Draft(
                            match, sent, source, target, modality, code, when, own, place, certainty, implicit
                        )
                    )
        # "agreed to restart talks", "said it would meet": once the embedded event is coded, the verb
        # that embeds it adds nothing (if the embedded one found no actors, the governor still stands).
        coded = {d.trigger.i for d in drafts}
        drafts = [d for d in drafts if not self._governs_event(d.match, coded)]
        drafts.extend(self._comments(sent, actors, published, last_dated, story_day, coded))
        return drafts

    def _comments(
        self,
        sent: Span,
        actors: DocActors,
        published: dt.date | None,
        last_dated: When | None,
        story_day: dt.date | None,
        coded: set[int],
    ) -> list[Draft]:
        """ "Kim said the handshake was significant and would play a positive role": a speaker judging
        something about another party is an optimistic (013) or pessimistic (012) comment on it, when
        what was said holds no event of its own."""
        out: list[Draft] = []
        for tok in sent:
            if self.modality.get(tok.lemma_.casefold()) != "report":
                continue
            for clause in (c for c in tok.children if c.dep_ == "ccomp"):
                inside = {t.i for t in clause.subtree}
                # A judgement: "X was significant", "X is a mistake". An event inside its subject ("the
                # leaders shaking hands") is what is judged; one in the predicate ("is willing to
                # withdraw") makes it an intention, coded as such elsewhere.
                predicate = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
                if clause.lemma_ != "be" or not predicate:
                    continue
                if any(t.i in coded for p in predicate for t in p.subtree) or clause.i in coded:
                    continue
                mood = tone_score(_span_of(clause).text)
                if abs(mood.tone) < _COMMENT_TONE:
                    continue
                code = "013" if mood.tone > 0 else "012"
                pattern = _construction(
                    f"ne.comment.{code}", code, tok, "a reported judgement about another party (its tone)"
                )
                match = Match(tok, pattern, False, target_heads=())
                day = story_day
                sources = [a for h in _subjects(tok) for a in actors.resolve_all(h, day) if _can_act(a)]
                if not sources:
                    continue
                targets = [
                    a
                    for t in sorted(inside)
                    for a in actors.resolve_all(sent.doc[t], day)
                    if a.country and not _same(a, sources[0]) and a.country != sources[0].country
                ]
                if not targets:
                    continue
                whens, own = _fallback_dates(tok, [], last_dated, published)
                out.append(
                    Draft(
                        match,
                        sent,
                        sources[0],
                        targets[0],
                        "asserted",
                        code,
                        whens[0] if whens else None,
                        own,
                        None,
                        0.8,
                    )
                )
        return out

    def _modal_demands(self, sent: Span) -> list[Match]:
        """ "Russia said Sudan must return the helicopter": a speaker saying that another party must or
        should act makes a demand (CAMEO 10) on that party, whatever the act."""
        out = []
        for tok in sent:
            if self.modality.get(tok.lemma_.casefold()) != "report" and tok.lemma_ not in _DEMAND_REPORTS:
                continue
            for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
                deontic = any(a.dep_ == "aux" and a.lower_ in _DEONTIC for a in clause.children)
                subjects = tuple(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
                if deontic and subjects:
                    pattern = _construction("ne.demand.must", "100", tok, "X says Y must do Z: a demand of Y")
                    out.append(Match(tok, pattern, False, target_heads=subjects))
        return out

    def _yields_to_governor(self, match: Match, by_token: dict[int, Match]) -> bool:
        """An event under "refused to"/"denied" gives way to its governor; under "urged X to", too."""
        tok = match.trigger
        # "The talks collapsed": a verb pattern about its subject ("TALKS * [164]") codes the event the
        # subject noun names.
        if match.noun and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in by_token:
            if tok.lemma_.casefold() in by_token[tok.head.i].pattern.subject:
                return True
        # A light verb and its event noun ("began a hunger strike", "launched an offensive"): the noun
        # names the event unless the verb's pattern says more.
        if match.noun and tok.dep_ == "dobj" and tok.head.i in by_token:
            return self.modality.get(tok.head.lemma_.casefold()) != "light"
        if not match.noun and self.modality.get(tok.lemma_.casefold()) == "light":
            if any(c.dep_ == "dobj" and c.i in by_token for c in tok.children):
                return True
        for gov in _governors(tok):
            kind = self.modality.get(gov.lemma_.casefold())
            if kind == "negate":
                return True
            coded_gov = gov.i in by_token or any(
                c.i in by_token and c.i != tok.i for c in gov.children if c.dep_ == "dobj"
            )
            if coded_gov and kind not in ("intent", "threat", "hypothetical", "report", "aspect"):
                # "urged Iran to release", "staged protests to demand reforms": the governor's act is
                # coded, and this one is its content or purpose.
                return True
        return _background_clause(tok, by_token)

    def _governs_event(self, match: Match, coded: set[int]) -> bool:
        """Whether ``match`` is an intent, hypothesis or report verb that embeds a coded event."""
        kind = self.modality.get(match.trigger.lemma_.casefold())
        if (
            kind not in ("intent", "threat", "hypothetical", "report", "aspect")
            or match.target_heads is not None
        ):
            return False
        doc = match.trigger.doc
        return any(i != match.trigger.i and match.trigger in _governors(doc[i]) for i in coded)

    def _modality(self, tok: Token) -> Modality | None:
        """Modality of the clause at ``tok``; ``None`` when negated.

        The strongest reading wins: hypothetical ("may lift") over intended ("would form", "agreed to
        meet") over reported ("said they met") over asserted. A clause is negated by its own "not" or
        "never", or by its governor's ("did not agree to meet").
        """
        rank = {"asserted": 0, "reported": 1, "intended": 2, "hypothetical": 3}
        modality: Modality = "asserted"

        def raise_to(new: Modality) -> None:
            nonlocal modality
            if rank[new] > rank[modality]:
                modality = new

        # A coordinated verb shares the auxiliaries and negation of the nearest conjunct that has any
        # ("will not be rushing ... but may lift or ease": ease takes lift's "may", not rushing's "not").
        chain = [tok]
        for head in _shared_heads(tok):
            if any(c.dep_ in ("aux", "neg") for c in chain[-1].children):
                break
            chain.append(head)
        for t in chain:
            for child in t.children:
                if child.dep_ == "neg" or (child.lower_ in _NEGATIONS and child.dep_ in ("advmod", "det")):
                    return None
                if child.dep_ == "aux":
                    kind = self.modality.get(child.lemma_.casefold()) or self.modality.get(child.lower_)
                    if kind == "hypothetical-aux":
                        raise_to("hypothetical")
                    elif kind == "intent-aux":
                        raise_to("intended")
        if _conditional(tok):
            return None
        for gov in _governors(tok):
            if any(c.dep_ == "neg" for c in gov.children):
                return None
            kind = self.modality.get(gov.lemma_.casefold())
            if kind in ("intent", "threat"):
                raise_to("intended")
            elif kind == "hypothetical":
                raise_to("hypothetical")
            elif kind == "report":
                raise_to("reported")
                continue  # what a speaker says is not made hypothetical by the speaker's own modals
            for child in gov.children:
                if child.dep_ == "aux":
                    ckind = self.modality.get(child.lemma_.casefold()) or self.modality.get(child.lower_)
                    if ckind == "hypothetical-aux":
                        raise_to("hypothetical")
                    elif ckind == "intent-aux":
                        raise_to("intended")
        return modality

    def _refusal(self, tok: Token) -> bool:
        """A negated future or volition: "will not", "would not", "won't", "is not willing to"."""
        chain = [tok, *_shared_heads(tok)]
        has_neg = any(c.dep_ == "neg" for t in chain for c in t.children)
        future = any(
            c.dep_ == "aux" and self.modality.get(c.lower_) == "intent-aux" for t in chain for c in t.children
        )
        return has_neg and future

    def _recode(self, code: str, modality: Modality, tok: Token | None = None) -> str:
        """An intended or hypothetical act becomes its CAMEO "express intent" twin (03x), or, for a
        conflict act (10-20) or under "threatened to"/"warned it would", a threat (13x)."""
        if modality not in ("intended", "hypothetical"):
            return code
        threat = tok is not None and any(
            self.modality.get(g.lemma_.casefold()) == "threat" for g in _governors(tok)
        )
        intent = self.patterns.intent_code(code)
        if threat and not (intent or "").startswith("13") and code[:2] != "13":
            return "130"
        return intent or code

    # -- arguments ------------------------------------------------------------------------------------

    def _arguments(
        self, match: Match, actors: DocActors, day: dt.date | None
    ) -> tuple[list[Actor], Actor | None, float]:
        tok = match.trigger
        source_heads, target_heads = _noun_arguments(tok) if match.noun else _verb_arguments(tok)
        event_subject = next(
            (
                c
                for c in tok.children
                if c.dep_ == "nsubj"
                and c.pos_ == "NOUN"
                and c.lemma_.casefold() in match.pattern.subject
                and self.patterns.by_lemma(c.lemma_.casefold(), "noun")
            ),
            None,
        )
        if not match.noun and event_subject is not None:
            # "The talks between Serbia and Kosovo collapsed": the parties are the subject noun's.
            source_heads, target_heads = _noun_arguments(event_subject)
        if match.target_heads is not None:
            target_heads = list(match.target_heads)
        sources: list[Actor] = []
        for head in source_heads:
            sources = [a for a in actors.resolve_all(head, day) if _can_act(a)]
            if sources:
                break
        certainty = 1.0

        def first_target(
            heads: list[Token], places: bool = False, need_country: bool = False
        ) -> Actor | None:
            for head in heads:
                candidates = [a for a in actors.resolve_all(head, day) if a.code] or (
                    self._place_actor(head) if places and _place_target(head, conflict) else []
                )
                for a in candidates:
                    if (a.country or not need_country) and not any(
                        _same(a, s) or _own_forces(a, s) for s in sources
                    ):
                        return a
            return None

        # Places ("met in Singapore") are tried after the actors the clause names, and after a pair of
        # coordinated subjects, who act on each other ("Trump and Kim met in Singapore").
        conflict = int(match.pattern.code[:2]) >= 14
        target = first_target([h for h in target_heads if not _locative(h)], places=True)
        if target is None and len(sources) >= 2:
            target = sources[1]
            sources = sources[:1]
        if target is None:
            target = first_target([h for h in target_heads if _locative(h)])
        if target is None and match.target_heads is None:
            # Last resort: an actor inside the object's phrase ("agreed to an extension of the mandate
            # of the force in Lebanon", "a suspension of air links with Serbia").
            target = first_target(_object_phrase_tokens(tok), need_country=True)
            if target is not None:
                certainty *= 0.8
        if sources and sources[0].name is None and sources[0].country is None:
            certainty *= 0.6  # an agent of no known state ("rebels")
        elif sources and any(s.role is None and s.country is None for s in sources):
            certainty *= 0.7
        return sources, target, certainty

    def _reacted_to(self, tok: Token, source: Actor, previous: list[Draft]) -> Actor | None:
        """The actor of the event a reaction names by a noun. News leads with its event and reports the
        reactions after it, so the first earlier event of the same kind (else the first at all) by
        another party is the one meant."""
        objects = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        roots = {p.code[:2] for o in objects for p in self.patterns.by_lemma(o.lemma_.casefold(), "noun")}
        if not roots and not any(o.lemma_ in _EVENT_NOUNS for o in objects):
            return None
        others = [
            d
            for d in previous
            if d.source.code and not _same(d.source, source) and d.source.country != source.country
        ]
        same_kind = [d for d in others if d.code[:2] in roots]
        chosen = (same_kind or others)[:1]
        return chosen[0].source if chosen else None

    def _place_actor(self, head: Token) -> list[Actor]:
        """A place named where an actor is expected ("blockade Paris", "shelled Kharkiv") stands for its
        country."""
        if self.gazetteer is None or head.ent_type_ not in _PLACE_LABELS:
            return []
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        place = self.gazetteer.lookup(ent.text if ent is not None else head.text)
        if place is None or not place.country:
            return []
        return [Actor(text=head.text, name=place.name, country=place.country, role=None, code=place.country)]

    # -- places ---------------------------------------------------------------------------------------

    def _place(self, tok: Token, sent: Span, target: Actor | None) -> Place | None:
        if self.gazetteer is None:
            return None
        hints = [target.country] if target and target.country else []
        found: list[tuple[bool, int, Place]] = []
        for prep in _preps(tok, deep=True):
            if prep.lower_ not in _PLACE_PREPS:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if pobj.ent_type_ in _TIME_LABELS:
                    continue  # "in August 2009" is a date, not August, California
                for name in _place_names(pobj):
                    place = self.gazetteer.lookup(name, hints)
                    if place is not None:
                        found.append((self.gazetteer.country(place.country or "") == place, pobj.i, place))
                        break
        # A site or city beats a country named alongside it; among them the first named is the most
        # specific ("at the Peace House in Panmunjom", "in Panmunjom in the demilitarized zone").
        return min(found, key=lambda f: (f[0], f[1]))[2] if found else None

    # -- events ---------------------------------------------------------------------------------------

    def _finish(self, d: Draft, article_id: str) -> Event:
        code = self.codebook.get(d.code) or self.codebook[d.code[:2]]
        sent = d.sent
        pattern_strength = 0.55 + 0.15 * min(d.match.pattern.specificity, 3)
        target_bonus = 1.0 if d.target is not None else 0.85
        target = d.target or d.implicit_target
        confidence = round(
            min(1.0, pattern_strength * d.actor_certainty * target_bonus * _MODALITY_CONFIDENCE[d.modality]),
            3,
        )
        trigger = d.trigger
        return Event(
            event_id=make_event_id(
                article_id,
                sent.start_char,
                trigger.idx,
                trigger.idx + len(trigger.text),
                code.code,
                d.source.code,
                target.code if target else None,
                d.when.date if d.when else None,
            ),
            article_id=article_id,
            date=d.when.date if d.when else None,
            date_precision=d.when.precision if d.when else None,
            source=d.source,
            target=target,
            cameo=code.code,
            root=code.code[:2],
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            plover=Plover(code.plover_type or None, code.plover_mode or None, code.plover_context or None),
            modality=d.modality,
            location=d.place,
            evidence=Evidence(
                sentence=sent.text.strip(),
                start=sent.start_char,
                end=sent.start_char + len(sent.text.rstrip()),
                trigger=trigger.text,
                rule=d.match.pattern.id,
            ),
            confidence=confidence,
        )


# -- parse helpers ------------------------------------------------------------------------------------


def _trigger_keys(tok: Token) -> list[tuple[str, str]]:
    """Pattern lookup keys of a token: phrasal verb first ("set up"), then the verb; nouns as nouns."""
    lemma = tok.lemma_.casefold()
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
        keys = [(f"{lemma} {c.lower_}", "verb") for c in tok.children if c.dep_ == "prt"]
        # "set foot on", "crack down on": a particle or a fixed object word makes a longer key.
        return [*keys, (lemma, "verb")]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
        return [(lemma, "noun")]
    return []


def _span_of(tok: Token) -> Span:
    """The contiguous span covered by ``tok``'s subtree."""
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1]


def _object_phrase_tokens(tok: Token) -> list[Token]:
    """Proper nouns and nouns inside the trigger's object phrases (direct object, prepositional objects),
    outside relative clauses, in text order."""
    roots = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    roots.extend(
        p for prep in (c for c in tok.children if c.dep_ == "prep") for p in prep.children if p.dep_ == "pobj"
    )
    found: list[Token] = []
    stack = list(roots)
    while stack:
        t = stack.pop()
        if t.pos_ in ("PROPN", "NOUN", "ADJ"):
            found.append(t)
        # Participles stay in ("crimes committed by Croat forces"); relative clauses do not.
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS or c.dep_ == "acl")
    return sorted(found, key=lambda t: t.i)


def _shared_object_verbs(tok: Token) -> list[Token]:
    """``tok`` and, when it has no object, the coordinated verbs whose object it shares
    ("lift or ease sanctions": lift's object is sanctions)."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return [tok]
    return [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB")]


def _phrase_lemmas(tok: Token) -> set[str]:
    """Lemmas of ``tok``'s phrase, leaving out relative and adverbial clauses inside it ("a resolution
    that aims to tighten sanctions" is not about sanctions)."""
    out = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        out.add(t.lemma_.casefold())
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS)
    return out


def _object_lemmas(tok: Token, noun: bool) -> set[str]:
    lemmas: set[str] = set()
    if noun:
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod", "prep"):
                lemmas.update(_phrase_lemmas(child))
        lemmas.add(tok.lemma_.casefold())
        return lemmas
    for verb in _shared_object_verbs(tok):
        for child in verb.children:
            if child.dep_ in _OBJECT_DEPS:
                lemmas.update(
                    _phrase_lemmas(child)
                    if child.dep_ != "xcomp"
                    else {t.lemma_.casefold() for t in child.subtree}
                )
    return lemmas


def _subject_lemmas(tok: Token) -> set[str]:
    return {t.lemma_.casefold() for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _preps(tok: Token, deep: bool = False) -> list[Token]:
    """Prepositions on the trigger and on its object ("imposed sanctions on Iran")."""
    out = [c for c in tok.children if c.dep_ in ("prep", "agent", "dative")]
    verbs = _shared_object_verbs(tok) if tok.pos_ == "VERB" else [tok]
    for obj in (c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass", "attr")):
        out.extend(c for c in obj.children if c.dep_ == "prep")
        if deep:
            for pobj in (c for p in obj.children if p.dep_ == "prep" for c in p.children):
                out.extend(c for c in pobj.children if c.dep_ == "prep")
    if deep:
        for prep in list(out):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                out.extend(c for c in pobj.children if c.dep_ == "prep")
    return out


def _shared_heads(tok: Token) -> list[Token]:
    """Verbs whose auxiliaries and negation a coordinated verb shares ("may lift or ease")."""
    out = []
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
        out.append(tok)
    return out


def _background_clause(tok: Token, by_token: dict[int, Match]) -> bool:
    """Clauses that set the scene for the sentence's own event: relative clauses ("the rebels, who had
    taken them hostage"), time clauses ("after two vehicles were hit"), and participles that elaborate
    ("..., killing one person and arresting 12"). Their events give way when the main clause has one."""
    clause = tok
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    if tok.pos_ in ("NOUN", "PROPN") and clause.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        clause = clause.head
    if clause.dep_ == "relcl" or (clause.dep_ in ("acl", "ccomp") and clause.head.pos_ in ("NOUN", "PROPN")):
        # Relative clauses, and the content of a noun ("an admission that forces murdered ...").
        background = True
    elif clause.dep_ == "advcl":
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        participle = clause.tag_ == "VBG" and not marks and not any(c.dep_ == "aux" for c in clause.children)
        background = participle or bool(marks & _SCENE_MARKS)
    else:
        background = False
    if not background:
        return False
    inside = {t.i for t in clause.subtree}
    return any(i not in inside for i in by_token)


def _conditional(tok: Token) -> bool:
    """Whether ``tok`` sits in an "if"/"unless" clause: a condition is neither an event nor an intent."""
    for t in _clause_chain(tok):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in t.children):
            return True
    return False


def _clause_chain(tok: Token) -> list[Token]:
    """``tok`` and the verbs it is coordinated with or controlled by ("then crossed ... and became the
    first to set foot": set, became, crossed)."""
    out = [tok]
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("conj", "xcomp") or cur.head is cur:
            break
        cur = cur.head
        out.append(cur)
    return out


def _governors(tok: Token) -> list[Token]:
    """Verbs that embed the clause of ``tok``: "agreed [to meet]", "said [that they would meet]"."""
    out: list[Token] = []
    cur = tok
    for _ in range(4):
        while cur.dep_ == "conj" and cur.head is not cur:
            cur = cur.head
        if cur.dep_ in ("xcomp", "ccomp") or (
            cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        ):
            cur = cur.head
            out.append(cur)
        elif cur.dep_ in ("dobj", "pobj") and cur.head.pos_ in ("VERB", "ADP"):
            # a nominal event as the object of a governing verb: "agreed to a ceasefire"
            cur = cur.head if cur.head.pos_ == "VERB" else cur.head.head
            out.append(cur)
        else:
            break
    return out


def _subjects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "nsubj"]


def _verb_arguments(tok: Token) -> tuple[list[Token], list[Token]]:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    sources: list[Token] = []
    targets: list[Token] = []
    if passive:
        sources.extend(p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")
        targets.extend(c for c in tok.children if c.dep_ == "nsubjpass")
    else:
        sources.extend(_subjects(tok))
        cur = tok
        # Shared subjects: "crossed the border and became the first to set foot", "agreed to meet".
        for _ in range(4):
            if sources:
                break
            if (
                cur.dep_ in ("conj", "xcomp", "advcl", "ccomp", "relcl", "acl", "acomp")
                and cur.head is not cur
            ):
                gov = cur.head
                if cur.dep_ == "relcl":
                    sources.append(gov)  # "the rebels, who attacked ..."
                    break
                if cur.dep_ == "xcomp":
                    # Object control: "urged Iran to talk": Iran talks.
                    objs = [c for c in gov.children if c.dep_ == "dobj"]
                    if objs:
                        sources.extend(objs)
                        break
                sources.extend(_subjects(gov))
                if not sources and gov.dep_ == "conj":
                    sources.extend(_subjects(gov.head))
                cur = gov
            else:
                break
        targets.extend(
            c for v in _shared_object_verbs(tok) for c in v.children if c.dep_ in ("dobj", "dative")
        )
        targets.extend(c for c in tok.children if c.dep_ == "advmod" and c.lower_ == "there")
    preps = _preps(tok)
    for prep_word in _TARGET_PREPS:
        for prep in preps:
            if prep.lower_ == prep_word:
                targets.extend(c for c in prep.children if c.dep_ == "pobj")
    if (
        not any(c.dep_ == "dobj" for c in tok.children)
        and tok.dep_ == "conj"
        and tok.head.lemma_ == tok.lemma_
    ):
        # Ellipsis: "Clinton visited the country and Carter visited twice": the same verb, its object
        # left out, shares its first conjunct's object.
        targets[:0] = [c for c in tok.head.children if c.dep_ in ("dobj", "dative")]
    # A purpose or complement clause may name the target: "formed a task force to continue talks with
    # North Korea", "urged Iran to release the sailors".
    for clause in (c for c in tok.children if c.dep_ in ("xcomp", "advcl", "ccomp")):
        if clause.pos_ in ("VERB", "AUX"):
            targets.extend(c for c in clause.children if c.dep_ in ("nsubj",) and clause.dep_ == "ccomp")
            targets.extend(c for c in clause.children if c.dep_ in ("dobj", "dative"))
            targets.extend(
                p
                for prep in _preps(clause)
                if prep.lower_ in _TARGET_PREPS
                for p in prep.children
                if p.dep_ == "pobj"
            )
    # A verb's object may itself carry the actor: "attended talks with Iran".
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        targets.extend(c for c in obj.children if c.dep_ in ("poss",))
    return sources, targets


def _noun_arguments(tok: Token) -> tuple[list[Token], list[Token]]:
    sources: list[Token] = [c for c in tok.children if c.dep_ == "poss"]
    # "Israeli strikes", "US sanctions": a capitalised modifier names the actor; "military exercises"
    # does not (the clause's subject does, below).
    sources.extend(
        c
        for c in tok.children
        if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()
    )
    preps = {c.lower_: c for c in tok.children if c.dep_ == "prep"}
    by = preps.get("by")
    if by is not None:
        sources.extend(c for c in by.children if c.dep_ == "pobj")
    targets: list[Token] = []
    between = preps.get("between")
    if between is not None:
        pobjs = [c for c in between.children if c.dep_ == "pobj"]
        if pobjs and not sources:
            sources.append(pobjs[0])
            targets.extend(pobjs[0].conjuncts)
    of = preps.get("of")
    if of is not None and not sources and any(p in preps for p in ("to", "with", "against", "on")):
        # "the visit of X to Y": X is the visitor.
        sources.extend(c for c in of.children if c.dep_ == "pobj")
    for prep_word in _NOUN_TARGET_PREPS:
        prep = preps.get(prep_word)
        if prep is None:
            continue
        targets.extend(c for c in prep.children if c.dep_ == "pobj" and c not in sources)
    # A nominal event that is a verb's object takes that verb's subject as source when its own words
    # name nobody: "Iran announced sanctions on ...", "students staged mass demonstrations".
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        sources.extend(_verb_arguments(tok.head)[0])
    return sources, targets


def _place_names(pobj: Token) -> list[str]:
    """Candidate place names for a prepositional object: its entity span, then its compound phrase."""
    names = []
    if pobj.ent_type_ in _PLACE_LABELS or pobj.ent_type_ == "ORG":
        ent = next((e for e in pobj.doc.ents if e.start <= pobj.i < e.end), None)
        if ent is not None:
            names.append(ent.text)
    left = [t for t in pobj.lefts if t.dep_ in ("compound", "amod", "det")]
    if left:
        names.append(pobj.doc[left[0].i : pobj.i + 1].text)
    if pobj.pos_ == "PROPN" or pobj.ent_type_ in _PLACE_LABELS:
        names.append(pobj.text)
    # "the town of Samarra", "the northern city of Kirkuk"
    for of in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"):
        for place in (p for p in of.children if p.dep_ == "pobj" and p.pos_ == "PROPN"):
            names.extend(_place_names(place))
    return names


def _sentence_dates(date_ents: list[Span], published: dt.date | None, triggers: set[int]) -> list[When]:
    """Dates of the sentence that no other trigger claims (for triggers whose clause gives none)."""
    out = []
    for ent in date_ents:
        anchor = _date_anchor(ent)
        if anchor is not None and anchor.i in triggers:
            continue
        out.extend(_resolve_ent(ent, published))
    return out


def _date_anchor(ent: Span) -> Token | None:
    """The nearest verb (or event noun) a date expression hangs from."""
    tok = ent.root.head
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            return tok
        if tok.head is tok:
            return tok
        tok = tok.head
    return None


def _own_dates(
    tok: Token, date_ents: list[Span], published: dt.date | None, triggers: set[int]
) -> tuple[list[When], bool]:
    """Dates in the trigger's own clause: those hanging from it (or from its light-verb head)."""
    clause_heads = {tok.i}
    if tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ == "VERB":
        clause_heads.add(tok.head.i)
    whens: list[When] = []
    for ent in date_ents:
        anchor = _date_anchor(ent)
        if anchor is not None and (
            anchor.i in clause_heads or (anchor.i not in triggers and ent.root.head.i in clause_heads)
        ):
            whens.extend(_resolve_ent(ent, published))
        elif ent.root.head.i == tok.i or (ent.root.head.head.i == tok.i and ent.root.head.dep_ == "prep"):
            whens.extend(_resolve_ent(ent, published))
    if whens:
        return _unique_whens(whens), True
    # A coordinated verb shares its head's date ("met ... and crossed the border on Sunday").
    for head in _shared_heads(tok):
        if head.i not in triggers:
            continue
        shared, _ = _own_dates(head, date_ents, published, triggers - {tok.i})
        if shared:
            return shared, True
    return [], False


def _fallback_dates(
    tok: Token, sentence_dates: list[When], last_dated: When | None, published: dt.date | None
) -> tuple[list[When], bool]:
    if sentence_dates:
        return sentence_dates[:1], True
    sequel = any(c.lower_ in _SEQUEL_ADVERBS for t in _clause_chain(tok) for c in t.children)
    if sequel and last_dated is not None:
        # "Trump then crossed the border": the sequel of the event just told shares its date.
        return [last_dated], True
    if published is not None:
        return [When.of_day(published)], False
    return [], False


def _first_day(doc: Doc) -> dt.date | None:
    """The first day-precise date an (undated) article gives."""
    for ent in doc.ents:
        if ent.label_ == "DATE":
            for when in _resolve_ent(ent, None):
                if when.precision == "day":
                    return dt.date.fromisoformat(when.date)
    return None


def _resolve_ent(ent: Span, published: dt.date | None) -> list[When]:
    # "in June 1994 and August 2010" may come as one entity: each part is a date of its own.
    parts = [p for p in ent.text.replace(" and ", "|").replace(" or ", "|").split("|") if p.strip()]
    whens = [w for p in parts if (w := resolve(p, published)) is not None]
    if not whens and len(parts) > 1:
        whole = resolve(ent.text, published)
        whens = [whole] if whole else []
    return whens


def _unique_whens(whens: Iterable[When]) -> list[When]:
    out: list[When] = []
    for w in whens:
        if w not in out:
            out.append(w)
    return out


def _day_of(when: When | None) -> dt.date | None:
    if when is None:
        return None
    parts = when.date.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 7
    day = int(parts[2]) if len(parts) > 2 else 15
    return dt.date(year, month, day)


# Roles that only a state has: "the minister", "the police", with no country, are nobody in particular.
_STATE_ROLES = frozenset({"GOV", "MIL", "ELI", "LEG", "JUD", "COP", "SPY", "PTY"})


_STATE_SOURCE_ROLES = frozenset({None, "GOV", "MIL", "COP", "LEG", "ELI", "JUD", "SPY"})


def _own_forces(candidate: Actor, source: Actor) -> bool:
    """ "Britain mobilized army reservists", "Syria withdrew its troops": a state's own unnamed forces are
    what it acts with, not whom it acts on."""
    return (
        source.role in _STATE_SOURCE_ROLES  # protesters clashing with police act on them
        and (candidate.name is None or candidate.name == source.name)
        and candidate.role in ("MIL", "COP")
        and candidate.country is not None
        and candidate.country == source.country
    )


def _can_act(actor: Actor) -> bool:
    """Whether an actor is specific enough to be an event's source: a country, a named person or body,
    an organisation, or a non-state group ("rebels", "protesters")."""
    if not actor.code:
        return False
    return actor.country is not None or actor.name is not None or actor.role not in _STATE_ROLES


# Actors without a state's armed forces: their violence is "unconventional" (CAMEO 18), not the
# "conventional military force" (19) of armies and police.
_NON_STATE_ARMED = frozenset({"REB", "UAF", "INS", "RAD", "CRM", "CVL", "SEP", "OPP", "PPL", "MOD", "MUS"})


def _unconventional(code: str, source: Actor, unattributed: bool = False) -> str:
    """A 19x killing, bombing or attack by rebels, militias, militants or civilians, or by nobody the
    text names ("a roadside bombing killed ..."), is an 18x assault."""
    if code[:2] != "19" or not (unattributed or source.role in _NON_STATE_ARMED):
        return code
    return "180"


def _construction(rule: str, code: str, tok: Token, note: str) -> Pattern:
    """A pattern for an event that a construction makes rather than a dictionary row (its id names the
    construction in the evidence)."""
    return Pattern(
        id=rule,
        code=code,
        lemma=tok.lemma_,
        pos="verb",
        object=(),
        prep=None,
        prep_words=(),
        subject=(),
        note=note,
    )


def _place_target(tok: Token, conflict: bool) -> bool:
    """Whether a place in this position is what the event is done to: the object ("shelled Kharkiv",
    "blockade Paris"), a destination ("sent troops into Crimea"), or, for attacks, "fired at Kyiv"."""
    if tok.dep_ == "dobj":
        return True
    if tok.dep_ != "pobj":
        return False
    prep = tok.head.lower_
    return prep in ("against", "into", "toward", "towards", "to") or (conflict and prep in ("at", "on"))


def _locative(tok: Token) -> bool:
    """Whether ``tok`` is the object of a preposition of place ("met in Singapore")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS


def _unattributed(tok: Token) -> bool:
    """A passive without its agent ("was arrested"), or a verb whose subject is an event or a thing
    ("a bombing killed", "an explosion wounded")."""
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return not any(c.dep_ == "agent" for c in tok.children)
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and s.ent_type_ == "" and s.lemma_ in _EVENT_SUBJECTS for s in subjects
    )


# Nouns that name an event just told ("condemned the test", "regretted the decision").
_EVENT_NOUNS = frozenset(
    {
        "test",
        "launch",
        "decision",
        "move",
        "detention",
        "killing",
        "step",
        "action",
        "attack",
        "arrest",
        "strike",
        "shooting",
        "bombing",
        "incident",
        "provocation",
    }
)
_EVENT_SUBJECTS = frozenset(
    {
        "bombing",
        "explosion",
        "blast",
        "attack",
        "bomb",
        "strike",
        "airstrike",
        "shelling",
        "mine",
        "rocket",
        "missile",
        "shell",
        "fire",
        "clash",
        "fighting",
        "raid",
    }
)


def _implicit_target(source: Actor, place: Place | None, actors: DocActors) -> Actor | None:
    """The target of an event whose text names none: the country where it happened, else the source's
    own country (CAMEO codes a strike, a curfew or a protest as domestic: ``DZA -> DZA``). The actor's
    ``text`` is empty, which says that the text did not name it."""
    iso3 = (place.country if place is not None else None) or source.country
    if iso3 is None:
        return None
    return Actor(
        text="", name=actors.resolver.dictionary.country_name(iso3), country=iso3, role=None, code=iso3
    )


def _same(a: Actor, b: Actor) -> bool:
    return a.code == b.code and (a.name == b.name or a.name is None or b.name is None)


# -- one event, one record ----------------------------------------------------------------------------


def _pair(d: Draft) -> tuple[str, ...]:
    src = (d.source.code or "", d.source.name or "")
    tgt = (d.target.code or "", d.target.name or "") if d.target else ("", "")
    if d.code[:2] in _SYMMETRIC_ROOTS and d.code not in _DIRECTED_CODES and tgt[0]:
        return tuple(sorted([src, tgt])[0] + sorted([src, tgt])[1])
    return (*src, *tgt)


def _compatible(a: Draft, b: Draft) -> bool:
    """Whether two drafts tell the same event: same actors (a missing target or date fits any),
    same CAMEO root, and no contradicting dates."""
    if a.code[:2] != b.code[:2] or a.source.code != b.source.code:
        return False
    if a.source.name and b.source.name and a.source.name != b.source.name:
        if not (a.target and b.target and {a.source.name, a.target.name} == {b.source.name, b.target.name}):
            return False
    if a.target is not None and b.target is not None and _pair(a) != _pair(b):
        return False
    if a.when is not None and b.when is not None and a.date_own and b.date_own and a.when != b.when:
        return False
    return True


def _score(d: Draft) -> tuple[int, int, int, float]:
    return (
        d.target is not None,
        d.when is not None and d.date_own,
        d.match.pattern.specificity,
        d.actor_certainty,
    )


def _merge(drafts: list[Draft]) -> list[Draft]:
    """Restatements of one event within an article become one record with the best evidence."""
    kept: list[Draft] = []
    for d in drafts:
        for i, k in enumerate(kept):
            if _compatible(d, k):
                best = d if _score(d) > _score(k) else k
                other = k if best is d else d
                # Keep what the better draft lacks: a date from one, a place from the other.
                if best.when is None or (not best.date_own and other.date_own):
                    best = replace(best, when=other.when, date_own=other.date_own)
                if best.place is None and other.place is not None:
                    best = replace(best, place=other.place)
                kept[i] = best
                break
        else:
            kept.append(d)
    return kept
