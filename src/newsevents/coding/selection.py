"""Stage ``newsevents_selection``: which drafts are events, their remaining counterparts, one record each.

Reads ``doc._.ne_drafts`` (and actors, dates) and writes them back: drops a governing verb whose embedded
event is coded ("agreed to talk") and bygone backstory, adds reported judgements ("X said Y's plan was
reckless"), gives a reaction its event's actor as target, a targetless event its implicit one; merges."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsevents import doccache, labels
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.annotations import annotation  # (also declares the Doc attributes)
from newsevents.coding import agentless, occasions, referred, resources, responses, rivals, scene, syntax
from newsevents.coding.answered import Reacted, answerable, answered_party, answered_reaction, reacted_party
from newsevents.coding.backstory import without_backstory
from newsevents.coding.charged import foreign_charges
from newsevents.coding.diplomacy import own_phrase_targets, restated_joint_act
from newsevents.coding.facts import fact_weight
from newsevents.coding.foreign_voice import foreign_voice
from newsevents.coding.judged_proposal import judged_clause_code
from newsevents.coding.lexicon import kind_of, lexicon
from newsevents.coding.own_aim import aim_of_own_act, without_aims
from newsevents.coding.patterns import PatternSet, construction
from newsevents.coding.periods import period_step, precision_rank
from newsevents.coding.records import Draft, Trigger
from newsevents.coding.retold import folded_step
from newsevents.coding.rules import declare
from newsevents.coding.semantics import may_be_domestic, needs_counterpart, symmetric
from newsevents.coding.sentence_party import sentence_counterpart
from newsevents.coding.sources import can_act, same_actor
from newsevents.coding.speaker_conjunct import speaker_act
from newsevents.coding.state_role import with_state_roles
from newsevents.coding.targets import implicit_country
from newsevents.coding.toll_maker import named_tolls
from newsevents.coding.unacted import without_unacted
from newsevents.coding.warned_party import warned_content
from newsevents.records import Actor
from newsevents.tone import score as tone_score
from newsevents.when import DocDates, When, role_day

EMBEDDED_EVENT = declare(
    "select",
    "embedded-event",
    "an intent, report or aspect verb gives way to the event it embeds",
    "Bogotá agreed to resume talks with the guerrillas.",
)
JUDGEMENT = declare(
    "trigger",
    "judgement",
    "a speaker judging something about another party is a comment (013/012) by tone",
    "The minister said Ankara's offer was generous and welcome.",
)
REACTION = declare(
    "target",
    "reaction",
    "a reaction to an event named by a noun targets that event's actor",
    "Pyongyang fired a missile. Seoul condemned the launch.",
)
IMPLICIT = declare(
    "target",
    "implicit",
    "an event that names no target is placed on its country (else, if it may be domestic, the source's own)",
    "Dockers went on strike in Durban.",
)
RESTATEMENT = declare(
    "select",
    "restatement",
    "one event told twice in an article is one record, with the best evidence",
    "Lima cut ties with Caracas. The break in ties came after ...",
)
SELF_DIRECTED = declare(
    "select",
    "self-directed",
    "giving a briefing or a news conference, or declaring a holiday, is no event between parties",
    "The Kenyan foreign minister gave a press briefing in Nairobi.",
)
SAME_TRIGGER = declare(
    "select",
    "same-country-sources",
    "coordinated sources of one country doing one act are one event ('soldiers and police raided')",
    "Peruvian soldiers and police officers raided a rebel camp.",
)
REFUSED_ACT = declare(
    "target",
    "refused-act",
    "a refusal that names no counterpart refuses the party its refused act names",
    "Canberra refused to send army engineers to Fiji.",
)
ANSWERS_LEAD = declare(
    "target",
    "answers-lead",
    "a refusal that names no counterpart answers the story's first event by another country's actor",
    "Moscow imposed sanctions on Ankara. Ankara has refused to apologise.",
)
# Roots whose act answers another party's: a refusal with no named counterpart refuses the lead event's actor.
_ANSWERING_ROOTS = frozenset({"12"})
# GDELT-scale tone (positive minus negative words, % of words) beyond which a judgement is a comment.
COMMENT_TONE = 4.0
_EMBEDDING = frozenset({"intent", "threat", "hypothetical", "report", "aspect"})


class Selector:
    """Selects and merges the drafts of one article."""

    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns
        self.words = lexicon()

    def __call__(self, doc: Doc) -> Doc:
        actors: DocActors = annotation(doc, "ne_actors")
        dates: DocDates = annotation(doc, "ne_dates")
        drafts = list(annotation(doc, "ne_drafts") or ())
        # (trigger positions, not Token.sent: that walks the parse once per token asked)
        triggers = annotation(doc, "ne_triggers") or ()  # (read once: a doc._ read costs microseconds)
        positions = [t.token.i for t in triggers]
        kept: list[Draft] = []
        last_dated: When | None = None
        for sent in doccache.sents(doc):
            mine = warned_content([d for d in drafts if sent.start <= d.token.i < sent.end])
            coded_here = {d.token.i: d.code for d in mine if d.code[:1].isdigit()}
            answers = responses.threats(sent, coded_here, actors, dates, last_dated)
            mine = [d for d in mine if d.token.i not in responses.replaced(answers)]  # (answers recode them)
            if not answers and not any(sent.start <= i < sent.end for i in positions):
                continue  # judgements are read only where a sentence has a trigger to weigh them against
            inside = [t for t in triggers if sent.start <= t.token.i < sent.end]
            drafted = {d.token.i for d in mine} | responses.replaced(answers)  # (no passive left of them)
            mine += agentless.state_passives(inside, drafted, sent, actors, dates, last_dated) + answers
            coded = {d.token.i for d in mine}
            mine = [
                self._scene_step(d)
                for d in without_aims(mine, _EMBEDDING)
                if not self._embeds_event(d.trigger, coded) and not self._self_directed(d.token, coded)
            ]
            mine.extend(referred.later(self._judgements(sent, actors, dates, last_dated, coded), kept + mine))
            mine = [self._with_target(d, kept, actors) for d in agentless.unnamed_tolls(mine)]
            mine = without_unacted(named_tolls(mine, kept))  # (toll_maker.py, unacted.py)
            last_dated = next((d.when for d in reversed(mine) if d.when and d.date_own), last_dated)
            kept.extend(mine)
        kept = foreign_charges(own_phrase_targets(without_backstory(kept, dates), actors.country_name))
        kept = rivals.settle(kept, IMPLICIT, actors, self.words.state_roles)  # (own_country, counterpart)
        # (roles after merging: a role made equal never merges two drafts the stages kept apart)
        doc._.ne_drafts = tuple(with_state_roles(merge(kept)))  # (state_role.py)
        return doc

    def _embeds_event(self, trigger: Trigger, coded: set[int]) -> bool:
        """ "agreed to talk": the coded embedded event stands for its verb (an inquiry's finding does not)."""
        embedding = kind_of(trigger.token) in _EMBEDDING and not scene.own_finding(trigger)
        if not embedding or trigger.target_heads is not None:
            return False
        tok = trigger.token  # (a speaker's own act after the clause, "said X and ACCUSED Y", is no content,
        embedded = [tok.doc[i] for i in coded - {tok.i} if not aim_of_own_act(tok.doc[i], tok)]  # nor an aim)
        return any(tok in syntax.governors(e) and not speaker_act(e) for e in embedded)

    def _self_directed(self, tok: Token, coded: set[int]) -> bool:
        """ "gave a press briefing", "declared a public holiday": an act with nobody on the other side and
        no content of its own (``self_directed_nouns``), or issuing a message whose content is coded."""
        nouns = [tok] if tok.pos_ in ("NOUN", "PROPN") else syntax.contentless_objects(tok)
        for noun in nouns:
            compounds = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
            lemma = noun.lemma_.casefold()
            if lemma in self.words.self_directed_nouns or any(
                f"{c} {lemma}" in self.words.self_directed_nouns for c in compounds
            ):
                return True
        return scene.carried_message(tok, coded, self.words)

    def _scene_step(self, d: Draft) -> Draft:
        """Names the rule that kept an event told in a subordinate clause or a scene phrase."""
        step = scene.kept_by(d.token, self.words, d.code)
        return d.step(step) if step is not None and step not in d.steps else d

    def _judgements(
        self, sent: Span, actors: DocActors, dates: DocDates, last_dated: When | None, coded: set[int]
    ) -> list[Draft]:
        out: list[Draft] = []
        # (only a word with a clausal complement can report a judgement: the others are not looked up)
        heads = sorted({t.head.i for t in doccache.sent_tokens(sent) if t.dep == labels.CCOMP})
        for tok in (doccache.token(sent.doc, i) for i in heads):
            if kind_of(tok) != "report" or tok.i in coded:
                continue  # (a reporting verb coded already is a judgement of the trigger stage's own)
            clauses = (c for c in doccache.children(tok) if c.dep == labels.CCOMP)
            drafts = (self._judgement(tok, c, sent, actors, dates, last_dated, coded) for c in clauses)
            out.extend(d for d in drafts if d is not None)
        return out

    def _judgement(
        self,
        tok: Token,
        clause: Token,
        sent: Span,
        actors: DocActors,
        dates: DocDates,
        last_dated: When | None,
        coded: set[int],
    ) -> Draft | None:
        # A judgement: "X was reckless", "X is a mistake". An event inside its subject is what is judged;
        # one in the predicate ("is ready to withdraw") makes it an intention, coded elsewhere.
        predicate = [c for c in doccache.children(clause) if c.dep_ in ("acomp", "attr")]
        if clause.lemma_ != "be" or not predicate:
            return None
        if clause.i in coded or any(t.i in coded for p in predicate for t in doccache.subtree(p)):
            return None
        mood = tone_score(syntax.span_of(clause).text)
        if abs(mood.tone) < COMMENT_TONE:
            return None
        code = judged_clause_code(clause, "013" if mood.tone > 0 else "012")
        day = dates.story_day
        sources = [
            a
            for h in syntax.subjects(tok)
            for a in actors.resolve_all(h, day)
            if can_act(a, self.words.state_roles)
        ]
        if not sources:
            return None
        inside = sorted(t.i for t in doccache.subtree(clause))
        targets = [
            a
            for i in inside
            for a in actors.resolve_all(sent.doc[i], day)
            if a.country and not same_actor(a, sources[0]) and a.country != sources[0].country
        ]
        if not targets:
            return None
        whens, own, date_rule = dates.fallback(tok, last_dated)
        pattern = construction(f"ne.comment.{code}", code, tok, "a reported judgement about another party")
        trigger = Trigger(token=tok, pattern=pattern, noun=False, target_heads=(), modality="asserted")
        return Draft(
            trigger=trigger,
            sent=sent,
            source=sources[0],
            target=targets[0],
            modality="asserted",
            code=code,
            when=whens[0] if whens else None,
            date_own=own,
            place=None,
            facts=frozenset({"judgement"}),
            steps=(JUDGEMENT, *((date_rule,) if whens and date_rule else ())),
        )

    def _with_target(self, d: Draft, previous: list[Draft], actors: DocActors) -> Draft:
        if (d := answered_party(d, previous, actors)).target is not None:
            return d  # (coding.answered: a denial answers its accuser, condolences go to the harmed)
        reacted = self._reacted_to(d.token, d.trigger.pattern.code, d.source, previous)
        if reacted is not None:
            return d.step(reacted[1], target=reacted[0])
        refused = _refused_party(d, actors)
        if refused is not None:
            return d.step(REFUSED_ACT, target=refused)
        lead = _lead_party(d, previous, self.words.state_roles)
        if lead is not None:
            return d.step(ANSWERS_LEAD, target=lead)
        # (coding.targets: the place, the source's own country for a domestic act, else the counterpart)
        iso3, rule = foreign_voice(d, actors, *sentence_counterpart(d, actors, *implicit_country(d, actors)))
        if iso3 is None:
            return d
        implicit = country_actor(actors, iso3)
        return d.step(rule or IMPLICIT, implicit_target=implicit)

    def _reacted_to(self, tok: Token, code: str, source: Actor, previous: list[Draft]) -> Reacted | None:
        """The actor of the event a reaction names by a noun: news leads with its event and reports the
        reactions after it, so the first earlier event of its kind (else any) by another party."""
        objects = [c for c in doccache.children(tok) if c.dep == labels.DOBJ and c.pos_ == "NOUN"]
        roots = {p.code[:2] for o in objects for p in self.patterns.by_lemma(o.lemma_.casefold(), "noun")}
        if not roots and not any(o.lemma_ in self.words.event_nouns for o in objects):
            return None
        others = [d for d in previous if d.source.code and answerable(d, code, source)]
        if code[:2] in roots:
            # ("imposed sanctions" answers the lead event; a crowd's protest, a curfew, drills: words.toml)
            home = code[:2] in self.words.measure_content_roots or (
                code[:2] in self.words.home_content_roots and source.role not in self.words.state_roles
            )
            return reacted_party(others[0], code, source, REACTION) if others and not home else None
        same_kind = [d for d in others if d.code[:2] in roots]
        return answered_reaction(code, source, same_kind, others, REACTION)  # (a measure joins one)


def _refused_party(d: Draft, actors: DocActors) -> Actor | None:
    """The party a refusal refuses, read from the refused act: "refused to send army engineers to Fiji"
    refuses Suva, "refused to recognise Lukashenko's new cabinet" refuses Minsk."""
    tok = d.token
    if d.code[:2] != "12" or kind_of(tok) != "negate":
        return None
    day = role_day(d.when)
    for act in (c for c in doccache.children(tok) if c.dep_ in ("xcomp", "ccomp")):
        for t in doccache.subtree(act):
            if t.pos_ != "PROPN" or t.dep == labels.COMPOUND:
                continue
            for a in actors.resolve_all(t, day):
                if a.code and a.country and a.country != d.source.country:
                    return a
    return None


def _lead_party(d: Draft, previous: list[Draft], state_roles: frozenset[str]) -> Actor | None:
    """The party a refusal that names nobody answers: "Ankara has refused to apologise" after the story
    led with Moscow's sanctions. Refusing is a reaction (CAMEO 12 needs a counterpart abroad), and news
    reports reactions after the event they answer, so the first earlier event by another country's
    actor is the one refused. A citizen, a party or a cleric may refuse their own state ("the bishop
    refused to board the flight" after the government's expulsions): for a source that is no state
    organ, the first earlier event by another actor of any country."""
    code = d.code
    if code[:2] not in _ANSWERING_ROOTS or not needs_counterpart(code) or may_be_domestic(code):
        return None
    if d.place is not None and d.place.country and d.place.country != d.source.country:
        return None  # the place it happened stands for the counterpart (the implicit target)
    public = d.source.role not in state_roles
    for p in previous:
        if not p.source.code or not p.source.country:
            continue
        if p.source.country != d.source.country or (public and not same_actor(p.source, d.source)):
            return p.source
    return None


# -- one event, one record ----------------------------------------------------------------------------


def _pair(d: Draft) -> tuple[str, ...]:
    src = (d.source.code or "", d.source.name or "")
    tgt = (d.target.code or "", d.target.name or "") if d.target else ("", "")
    if symmetric(d.code) and tgt[0]:
        low, high = sorted([src, tgt])
        return (*low, *high)
    return (*src, *tgt)


def _same_act(a: Draft, b: Draft) -> bool:
    """Two drafts of one trigger and code whose sources are of one country and whose targets agree:
    "soldiers and police raided the camp" is one raid."""
    countries = {a.source.country, b.source.country}
    return (
        a.token.i == b.token.i
        and a.code == b.code
        and len(countries) == 1
        and None not in countries
        and (a.target.country if a.target else None) == (b.target.country if b.target else None)
        and a.when == b.when
    )


def _restated(a: Draft, b: Draft) -> bool:
    """One act told twice in other words, between the same two countries and of the same kind, by a noun
    that names it again ("Turkish jets bombed Iraqi villages. The Turkish strikes on Iraq ...", "the
    strikes killed nine"), whatever the actors' wording (dates that disagree were checked before)."""
    if a.code[:2] != b.code[:2] or a.target is None or b.target is None:
        return False
    if not (_by_noun(a) or _by_noun(b)):
        return False  # two verbs are two acts ("halted the talks and imposed sanctions")
    pair_a = (a.source.country, a.target.country)
    pair_b = (b.source.country, b.target.country)
    if None in pair_a or pair_a != pair_b and not (symmetric(a.code) and pair_a == pair_b[::-1]):
        return False
    return True


def _by_noun(d: Draft) -> bool:
    """An event named by a noun, or told of one ("the strikes killed nine"): how news refers back."""
    subjects = lexicon().event_subjects
    return d.trigger.noun or any(
        c.dep == labels.NSUBJ and c.lemma_.casefold() in subjects for c in doccache.children(d.token)
    )


def _compatible(a: Draft, b: Draft) -> bool:
    """Whether two drafts tell the same event: same actors (a missing target or date fits any), same
    CAMEO root, and no contradicting dates."""
    if _same_act(a, b) or period_step(a, b) is not None:
        return True
    if a.when is not None and b.when is not None and a.date_own and b.date_own and a.when != b.when:
        return False
    if occasions.distinct_acts(a, b):
        return False
    if _restated(a, b) or restated_joint_act(a, b) or folded_step(a, b):
        return True
    if a.code[:2] != b.code[:2] or a.source.code != b.source.code:
        return False
    if a.source.name and b.source.name and a.source.name != b.source.name:
        if not (a.target and b.target and {a.source.name, a.target.name} == {b.source.name, b.target.name}):
            return False
    if a.target is not None and b.target is not None and _pair(a) != _pair(b):
        return False
    return True


def _score(d: Draft) -> tuple[bool, bool, int, float, int]:
    specificity, facts, precise = d.trigger.pattern.specificity, fact_weight(d.facts), precision_rank(d.when)
    return (d.target is not None, d.when is not None and d.date_own, specificity, facts, precise)


def merge(drafts: list[Draft]) -> list[Draft]:
    """Restatements of one event within an article become one record with the best evidence, keeping
    what the better draft lacks: a date from one, a place from the other."""
    kept: list[Draft] = []
    for d in drafts:
        for i, k in enumerate(kept):
            if _compatible(d, k):
                best, other = (d, k) if _score(d) > _score(k) else (k, d)
                if best.when is None or (not best.date_own and other.date_own):
                    best = replace(best, when=other.when, date_own=other.date_own)
                if best.place is None and other.place is not None:
                    best = replace(best, place=other.place)
                rule = SAME_TRIGGER if _same_act(d, k) else folded_step(d, k) or RESTATEMENT
                kept[i] = best if rule in best.steps else best.step(rule)
                break
        else:
            kept.append(d)
    return kept


@Language.factory("newsevents_selection", default_config={"pattern_files": []})
def make_selector(nlp: Language, name: str, pattern_files: list[str]) -> Selector:
    """The selection stage (its event nouns come from the same pattern files as the triggers)."""
    return Selector(resources.patterns(tuple(pattern_files)))
