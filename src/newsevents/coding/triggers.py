"""Stage ``newsevents_triggers``: the words that name events, each with the pattern that fired on it.

Reads the parse; writes ``doc._.ne_triggers``: every trigger of the article in text order, as
``coding.records.Trigger``. A trigger that names no event of its own (the content of a demand, a light
verb whose noun is coded, an act under "urged X to") stays listed with ``dropped_by`` set to the rule's
step name: later stages date and place events against every trigger of a sentence.

A trigger is a verb (or phrasal verb: "set up" before "set") or an event noun with patterns in
``coding/data/verbs.*.tsv``; the first of its patterns (most specific first) whose object, preposition
and subject words are present fires. Constructions add triggers no dictionary row names ("X said Y
must ...": a demand).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import newsevents.annotations  # noqa: F401  (declares the Doc attributes)
from newsevents import doccache, labels
from newsevents.coding import demands, excluded, objects, protest, refusals, resources, scene, stance, syntax
from newsevents.coding.accused import accused_act_of_force, accused_ground
from newsevents.coding.admissions import admission_triggers
from newsevents.coding.agentless_noun import VERB_OF_NOUN, tells_agentless_act, verb_of_noun
from newsevents.coding.agreed_act import agreed_acts
from newsevents.coding.casualties import WHEN_SAME_ACT, same_act_as_casualties
from newsevents.coding.clause_acts import events_above, own_statement
from newsevents.coding.clause_party import HOSTED_TALKS, hosted_talks
from newsevents.coding.conjoined_objects import with_conjoined_objects
from newsevents.coding.demanded import demanded_content
from newsevents.coding.died_in import died_in_attack, with_dead
from newsevents.coding.diplomacy import cooperation_codes
from newsevents.coding.freed import freed_triggers
from newsevents.coding.freed_journey import FREED_JOURNEY, freed_journey
from newsevents.coding.journeys import PURPOSE_OF_SENDING, is_visit, journey_aim
from newsevents.coding.judgement import JUDGED_THING, judged_object, judgements
from newsevents.coding.legal_acts import legal_acts
from newsevents.coding.lexicon import kind_of, lexicon, verb_models
from newsevents.coding.likewise import followed_suit
from newsevents.coding.objects import Context, may_trigger, needs_of, split_members, words_present
from newsevents.coding.patterns import NOT_AN_EVENT, Pattern, PatternSet
from newsevents.coding.prefixed_verb import PREFIXED_VERB, prefixed_keys
from newsevents.coding.protection_aside import PROTECTION_ASIDE, protection_aside
from newsevents.coding.purpose import helping_deployment, offered_on_contact, purpose_of
from newsevents.coding.records import Trigger
from newsevents.coding.reduced_relative import dated_act
from newsevents.coding.retaliation import threats
from newsevents.coding.rules import declare
from newsevents.coding.signed_act import signed_acts
from newsevents.coding.speaker_conjunct import speaker_act
from newsevents.coding.subjunctive import demanded_acts
from newsevents.coding.tolls import event_tolls
from newsevents.coding.visit_occasion import visit_occasion

CARRIER_NOUN = declare(
    "trigger",
    "carrier-noun",
    "a noun that carries the event its noun modifier names takes the modifier's pattern "
    "('relief convoys for X', 'a mediation bid')",
    "Relief convoys for the stricken province crossed from Chad on Sunday.",
)
PARTICLE_ADVERB = declare(
    "trigger",
    "particle-adverb",
    "a verb with a particle the parser took for an adverb is tried as a phrasal verb first",
    "The interior minister stepped down on Friday.",
)
VERB_CLASS = declare(
    "trigger",
    "verb-class",
    "a verb with no fitting pattern of its own takes the object patterns of the verb it stands for "
    "(coding/data/verb_classes.tsv: 'dispatched troops' as 'sent troops')",
    "Nairobi dispatched 400 police officers to Port-au-Prince on Tuesday.",
)
PURPOSE_OF_VISIT = declare(
    "select",
    "purpose-of-visit",
    "a visit or arrival gives way to the coded act it was made for",
    "Australian police arrived in Bali on Monday to help Indonesian investigators.",
)
ACTOR_OBJECT_RULE = declare(
    "trigger",
    "actor-object",
    "a generic verb codes only when its object names an actor, a person or a place ('called Lula' is a "
    "telephone call; 'seized the reporter' an arrest; 'captured Goma' territory taken)",
    "Macron called Lula on Tuesday to discuss the summit.",
)
EVENT_SUBJECT = declare(
    "select",
    "event-subject",
    "an event noun that is the subject of a verb pattern about it gives way to it",
    "The negotiations between Ottawa and Havana broke down.",
)
NOUN_UNDER_VERB = declare(
    "select",
    "noun-under-coded-verb",
    "an event noun object gives way to a coded verb that is not light",
    "Ankara imposed an embargo on the islands.",
)
LIGHT_VERB = declare(
    "select",
    "light-verb",
    "a light verb gives way to the coded event noun it carries",
    "Farmers staged a blockade of the port.",
)
NEGATING_GOVERNOR = declare(
    "select",
    "negating-governor",
    "an act under a verb that denies it ('refused to', 'denied') gives way",
    "Minsk denied having expelled the envoy.",
)
GOVERNOR_ACT = declare(
    "select",
    "governor-act",
    "an act that is the content or purpose of a coded act gives way to it",
    "Oslo urged Colombo to free the fishermen.",
)
BACKGROUND_CLAUSE = declare(
    "select",
    "background-clause",
    "relative, time and participle clauses set the scene for the main event",
    "After the embassy was stormed, Accra recalled its ambassador.",
)


class TriggerFinder:
    """Matches patterns on sentences. Holds only read-only resources (one per process)."""

    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns
        self.words = lexicon()
        self.models = verb_models()
        # synset name -> its one-word members, and its phrases split into words by their first (on first use)
        self._synsets: dict[str, tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]] = {}
        self._lent: dict[str, tuple[Pattern, ...]] = {}  # a verb's patterns with its model's (``_patterns``)

    def __call__(self, doc: Doc) -> Doc:
        found = tuple(t for sent in doccache.sents(doc) for t in self.sentence(sent))
        doc._.ne_triggers = followed_suit(found)
        return doc

    # -- patterns -------------------------------------------------------------------------------------

    def candidates(self, sent: Span) -> Iterator[tuple[Token, str, tuple[Pattern, ...], Pattern | None]]:
        """Each trigger word of ``sent``, its candidate patterns and the first that fits (``--explain``)."""
        # Every word of the sentence, to skip at once the patterns whose words it lacks altogether.
        tokens = list(doccache.sent_tokens(sent))  # (one Token object per word, not one per walk)
        words = objects.sentence_words(tokens)
        nouns, carriers = self.patterns.lemmas("noun"), self.words.carrier_nouns
        for tok in tokens:
            if tok.pos not in objects.KEYED_POS_IDS or not may_trigger(tok, nouns, carriers):
                continue  # (a shortcut, its first test without a call: such a word has no candidate pattern)
            context = Context(tok)
            fired = None
            for lemma, pos in self._keys(tok):
                found = self._patterns(tok, lemma, pos)
                if not found:
                    continue
                fired = next((p for p, n in needs_of(found) if n <= words and self._fits(p, context)), None)
                yield tok, pos, found, fired
                if fired is not None:
                    break
            if fired is None and tok.pos_ == "NOUN" and tok.lemma_.casefold() in self.words.carrier_nouns:
                yield from self._carried(tok, context, words)

    def _carried(
        self, tok: Token, context: Context, words: set[str]
    ) -> Iterator[tuple[Token, str, tuple[Pattern, ...], Pattern | None]]:
        """ "relief convoys", "a mediation bid": the event its noun modifier names, on the carrier noun."""
        for mod in (c for c in doccache.children(tok) if c.dep == labels.COMPOUND and c.pos_ == "NOUN"):
            found = self.patterns.by_lemma(mod.lemma_.casefold(), "noun")
            fired = next((p for p in found if words_present(p, words) and self._fits(p, context)), None)
            if fired is not None:
                yield tok, "noun", found, fired
                return

    def _keys(self, tok: Token) -> list[tuple[str, str]]:
        """The parse's lookup keys, with a phrasal verb whose particle the parser took for an adverb
        ("stepped down", "pulled back") tried first."""
        if tok.dep == labels.AMOD and tok.pos_ == "VERB":
            return []  # a participle describing a noun ("suspected militants", "armed men") tells no event
        if _predicate_adjective(tok):
            return []
        keys = syntax.trigger_keys(tok)
        if keys and keys[-1][1] == "verb":
            lemma = keys[-1][0]
            adverbs = [
                (f"{lemma} {c.lower_}", "verb")
                for c in doccache.children(tok)
                if c.dep == labels.ADVMOD and c.i > tok.i and c.lower_ in self.words.particle_adverbs
            ]
            keys = [*adverbs, *prefixed_keys(tok, lemma), *keys]
        return keys

    def _patterns(self, tok: Token, lemma: str, pos: str) -> tuple[Pattern, ...]:
        """The patterns of one lookup key. A verb with a model verb (``verb_classes.tsv``) tries its own
        patterns with an object or preposition, then the model's such patterns, then its own bare one:
        the model never lends its bare pattern."""
        found = self.patterns.by_lemma(lemma, pos)
        model = self.models.get(lemma) if pos == "verb" and lemma == tok.lemma_.casefold() else None
        if model is None:
            return found
        if (hit := self._lent.get(lemma)) is None:  # (one tuple per verb: needs_of reads it once)
            lent = [p for p in self.patterns.by_lemma(model, "verb") if p.specificity > 0]
            own = [p for p in found if p.specificity > 0]
            hit = self._lent[lemma] = (*own, *lent, *(p for p in found if p.specificity == 0))
        return hit

    def _fits(self, pattern: Pattern, ctx: Context) -> bool:
        if pattern.object:
            lemmas = ctx.object_lemmas(pattern.pos == "noun")
            if not all(
                ctx.object_names(word) if word[0] == "@" else self._has(word, lemmas)
                for word in pattern.object
            ):
                return False
        if pattern.prep and not any(
            prep == pattern.prep and all(self._has(w, lemmas) for w in pattern.prep_words)
            for prep, lemmas in ctx.preps()
        ):
            return False
        if pattern.subject:
            subj = ctx.subject_lemmas()
            if not all(self._has(word, subj) for word in pattern.subject):
                return False
        return True

    def _has(self, word: str, lemmas: set[str]) -> bool:
        if word.startswith("&"):
            members = self._synsets.get(word)
            if members is None:
                members = self._synsets[word] = split_members(self.patterns.expand(word))
            # one-word members in one set operation; only the phrases whose first word is there one by one
            return not members[0].isdisjoint(lemmas) or any(
                all(part in lemmas for part in member)
                for first in lemmas
                for member in members[1].get(first, ())
            )
        return word in lemmas

    def _names_event(self, tok: Token, pattern: Pattern, pos: str) -> bool:
        """Triggers that name no event of their own: a bare reporting verb ("said": what was said is
        coded, with the speaker as its source), and an event noun that only sets the scene ("during
        the talks")."""
        if pattern.code == NOT_AN_EVENT:
            return False
        if pos == "verb":
            bare = pattern.specificity == 0
            return not (
                bare and (pattern.code == "010" or (kind_of(tok) == "report" and pattern.code[:2] == "01"))
            )
        scenic = tok.dep == labels.POBJ and tok.head.lower_ in self.words.scene_prepositions
        scenic = scenic and not stance.named_option(tok, self.words)
        scenic = scenic and not accused_act_of_force(tok, pattern.code)  # "blamed X FOR the bombing"
        return not scenic or scene.scene_noun_is_event(tok) or died_in_attack(tok, pattern.code)

    # -- one sentence ---------------------------------------------------------------------------------

    def sentence(self, sent: Span) -> list[Trigger]:
        """The triggers of one sentence, those that give way to another marked ``dropped_by``."""
        found = [
            Trigger(token=tok, pattern=fired, noun=pos == "noun", steps=_match_steps(tok, fired))
            for tok, pos, _all, fired in with_conjoined_objects(self.candidates(sent), self._has)
            if fired is not None and self._names_event(tok, fired, pos)
        ]
        recoded = (cooperation_codes(helping_deployment(with_dead(t), self.words), self.words) for t in found)
        found = protest.crowd_acts(stance.over_own([self._stance(t) for t in recoded]), sent)
        found = event_tolls(demanded_acts(refusals.refused_yields(found, sent), sent))
        judged = list(judgements(sent, self.words, frozenset(t.token.i for t in found)))
        if judged:
            # a judgement replaces what a pattern made of its verb ("called" is no telephone call)
            at = {t.token.i for t in judged}
            found = [t for t in found if t.token.i not in at] + judged
        modal = demands.modal_demands(sent, self.words)
        if modal:
            clauses = {d.target_heads[0].head.i for d in modal if d.target_heads}
            # (removed, not dropped: the demand's content is no trigger for any other stage either)
            found = [
                t for t in found if not ({t.token.i} | {g.i for g in syntax.governors(t.token)}) & clauses
            ]
            found.extend(modal)
        found = threats(sent, found + freed_triggers(sent, found))  # ("walked free"; "vowed to hit back")
        by_token = {t.token.i: t for t in found}
        out = []
        for t in found:
            reason = None if t.dropped_by else demanded_content(t.token) or self._gives_way(t, by_token)
            out.append(t if reason is None else _drop(t, reason))
        return legal_acts(sent, agreed_acts(signed_acts(out)) + admission_triggers(sent, out))

    def _stance(self, trigger: Trigger) -> Trigger:
        """An act that is a party's stance rather than an event (coding/stance.py), on the party's verb."""
        moved = stance.blamed_party(stance.speaker_stance(trigger, self.patterns))
        moved = stance.option_act(stance.forecast(moved), self.words)
        return excluded.refused_passive(excluded.out_of_question(stance.continued_act(moved, self.words)))

    def _gives_way(self, trigger: Trigger, by_token: dict[int, Trigger]) -> str | None:
        """The rule by which ``trigger`` gives way to another trigger of its sentence, if any."""
        tok = trigger.token
        if protest.dispersed(trigger):
            return None  # ("police fired tear gas to break up the protests": the protests took place)
        if trigger.noun and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in by_token:
            if tok.lemma_.casefold() in by_token[tok.head.i].pattern.subject:
                return EVENT_SUBJECT
        if trigger.noun and judged_object(tok, self.words):
            return JUDGED_THING
        if trigger.noun and accused_act_of_force(tok, trigger.pattern.code):
            return None  # the attack a party is blamed for is told as having happened (coding/accused.py)
        # (a passive's subject is its object: "sanctions were lifted" lifts them, as "lifted sanctions")
        if trigger.noun and tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in by_token:
            if hosted_talks(tok, by_token[tok.head.i].coded_as):
                return HOSTED_TALKS  # (kept, with the rule among its steps: _drop)
            if tells_agentless_act(trigger, by_token[tok.head.i]):
                return None  # ("the withdrawal of X was completed": coding/agentless_noun.py)
            return NOUN_UNDER_VERB if kind_of(tok.head) != "light" else None
        if trigger.noun and demands.yielded_to(trigger, by_token):
            return NOUN_UNDER_VERB
        if accused_ground(trigger, by_token):
            return GOVERNOR_ACT
        if not trigger.noun and kind_of(tok) == "light":
            if any(c.dep == labels.DOBJ and c.i in by_token for c in doccache.children(tok)):
                return LIGHT_VERB
        if verb_of_noun(trigger, by_token):
            return VERB_OF_NOUN  # ("the withdrawal of X was completed": the noun tells it)
        aims = [by_token[c.i] for c in doccache.children(tok) if _purpose(c) and c.i in by_token]
        if any(journey_aim(trigger, aim) for aim in aims):  # (coding/journeys.py)
            return PURPOSE_OF_VISIT if is_visit(trigger) else PURPOSE_OF_SENDING
        if protection_aside(trigger):  # ("needed radars to protect its ships": coding/protection_aside.py)
            return PROTECTION_ASIDE
        if same_act_as_casualties(trigger, by_token):
            return WHEN_SAME_ACT
        if visit_occasion(trigger):
            return None  # ("criticised the plan ON a visit to Lima": the visit took place; visit_occasion.py)
        if freed_journey(trigger, by_token):
            return FREED_JOURNEY  # ("were freed and flown to the capital": coding/freed_journey.py)
        for gov in syntax.governors(tok) if not speaker_act(tok) else ():  # ("denied X and REJECTED Y")
            kind = kind_of(gov)
            if kind == "negate":
                return NEGATING_GOVERNOR
            if gov.i in by_token and purpose_of(tok, gov):  # (purpose.py: "called X to ... and thank")
                if journey_aim(by_token[gov.i], trigger) or offered_on_contact(trigger, by_token[gov.i]):
                    continue  # what a journey was for is the event (PURPOSE_OF_VISIT), an offer on a call too
            coded = tok.i > gov.i and (gov.i in by_token or any(  # (a clause BEFORE it: none of its content)
                c.i in by_token and c.i != tok.i for c in doccache.children(gov) if c.dep == labels.DOBJ
            ))
            if coded and kind not in ("intent", "threat", "hypothetical", "report", "aspect"):
                return GOVERNOR_ACT
        return BACKGROUND_CLAUSE if self._background_clause(tok, by_token) else None

    def _background_clause(self, tok: Token, by_token: dict[int, Trigger]) -> bool:
        """A clause that only sets the scene (newsevents.coding.scene) gives way when the sentence has an
        event elsewhere. An elaborating participle gives way only to the event it hangs on (or one above
        it): on a verb that names no event ("signed a decree imposing sanctions") it is the event itself,
        and so is a participle of speech ("..., warning that ...", "..., accusing Kyiv of ...")."""
        if not scene.background_clause(tok, by_token, self.words) or dated_act(
            tok, by_token[tok.i].pattern.code
        ):
            return False  # ("activists DETAINED LAST MONTH remain in custody": an act of its own)
        clause = scene.clause_of(tok)
        if clause.i == tok.i and scene.speech_participle(clause, by_token[tok.i].pattern.code, self.words):
            return False
        host = by_token.get(clause.head.i)  # ("condemned the raid, DEMANDING that ...": clause_acts.py)
        head_code = host.coded_as if host is not None else None
        if clause.i == tok.i and own_statement(clause, by_token[tok.i].pattern.code, head_code):
            return False
        inside = {t.i for t in doccache.subtree(clause)}
        if not scene.elaborating_participle(clause):
            return any(i not in inside for i in by_token)
        return any(i not in inside and i in events_above(clause) for i in by_token)


def _predicate_adjective(tok: Token) -> bool:
    """A past participle said of a subject like an adjective, with no auxiliary of its own: "the operation
    would be short and TARGETED", "were LIMITED" (a passive, "was attacked", has its auxiliary)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    if tok.dep == labels.ACOMP:
        return True
    return (
        tok.dep == labels.CONJ
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in doccache.children(tok))
        and (tok.head.dep == labels.ACOMP or any(c.dep == labels.ACOMP for c in doccache.children(tok.head)))
    )


def _purpose(tok: Token) -> bool:
    """A purpose clause: "arrived in Bali TO HELP the investigators"."""
    return tok.dep_ in ("advcl", "xcomp") and any(
        c.dep == labels.AUX and c.lower_ == "to" for c in doccache.children(tok)
    )


def _match_steps(tok: Token, pattern: Pattern) -> tuple[str, ...]:
    """The construction rules by which ``pattern`` matched ``tok`` beyond its plain words."""
    steps: list[str] = []
    if pattern.pos == "noun" and pattern.lemma != tok.lemma_.casefold():
        steps.append(CARRIER_NOUN)
    elif " " in pattern.lemma and not any(c.dep == labels.PRT for c in doccache.children(tok)):
        steps.append(PARTICLE_ADVERB)
    elif "-" in pattern.lemma and pattern.lemma != syntax.verb_lemma(tok):
        steps.append(PREFIXED_VERB)
    elif pattern.pos == "verb" and pattern.lemma != syntax.verb_lemma(tok):
        steps.append(VERB_CLASS)
    if objects.OBJECT_KINDS.intersection(pattern.object):
        steps.append(ACTOR_OBJECT_RULE)
    return tuple(steps)


def _drop(trigger: Trigger, reason: str) -> Trigger:
    if reason == HOSTED_TALKS:  # a rule that keeps the trigger it names
        return replace(trigger, steps=(*trigger.steps, reason))
    return replace(trigger, dropped_by=reason)


@Language.factory("newsevents_triggers", default_config={"pattern_files": []})
def make_trigger_finder(nlp: Language, name: str, pattern_files: list[str]) -> TriggerFinder:
    """The trigger stage over the packaged patterns plus ``pattern_files`` (a user's own rows)."""
    return TriggerFinder(resources.patterns(tuple(pattern_files)))
