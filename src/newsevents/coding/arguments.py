"""Stage ``newsevents_arguments``: who did it to whom, when and where, for every kept trigger.

Reads ``doc._.ne_triggers`` (with modality), ``ne_actors``, ``ne_dates`` and ``ne_places``; writes
``doc._.ne_drafts``: one ``Draft`` per trigger, date and source (a trigger dated twice, "in 1994 and 2010", or
with coordinated sources, "France and Spain protested", gives several). Roles are read on the event's own day
("the president" of 1994 is who was president then); ``steps`` name the rules that chose each part.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsevents import announceday, dated, doccache, labels
from newsevents.actors import phrases
from newsevents.actors.hosted import hosted_modifier
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.actors.rule_notes import NOTES
from newsevents.annotations import annotation  # (also declares the Doc attributes)
from newsevents.coding import accused, agentless, coagents, companions, referred, resources, semantics, syntax
from newsevents.coding.agentless import DATELINE_PLACE, caused_source, dateline_source, unattributed
from newsevents.coding.casualties import clash_sides, when_agent_roles
from newsevents.coding.emergency_home import at_home
from newsevents.coding.envoys import host_government
from newsevents.coding.forces import OWN_FORCES_OBJECT, force_code, own_forces, purpose_clause
from newsevents.coding.inquiry_agent import agents_first
from newsevents.coding.launched import launched_place
from newsevents.coding.lexicon import lexicon
from newsevents.coding.makers import settled_source
from newsevents.coding.namesakes import named_place_actor
from newsevents.coding.official_source import official_sources
from newsevents.coding.own_clause import own_side
from newsevents.coding.pair_context import pair_own
from newsevents.coding.pair_events import noted
from newsevents.coding.parallel_targets import OBJECT_PHRASE, with_parallel_targets
from newsevents.coding.patterns import PatternSet
from newsevents.coding.place_noun import kind_place
from newsevents.coding.received import turned
from newsevents.coding.records import Draft, Trigger
from newsevents.coding.referred_maker import referred_makers
from newsevents.coding.roles import (
    CAUSED_EVENT,
    CLAUSE_OBJECT,
    CONSTRUCTION,
    OBJECT,
    Head,
    noun_roles,
    passive_conjunct,
    stray_objects,
    with_fixed_roles,
)
from newsevents.coding.rules import declare
from newsevents.coding.sources import can_act, same_actor
from newsevents.coding.targets import (
    VICTIM_PLACE,
    by_context,
    context_modifier,
    joint_act,
    one_per_party,
    past_source,
    place_target,
    placed_victim,
)
from newsevents.coding.tolled import toll_dates
from newsevents.coding.tolls import event_subject_roles
from newsevents.coding.venue import pair_heads, venue_home
from newsevents.records import Actor
from newsevents.when import DocDates, When, role_day
from newsevents.where import LOCATIVE, DocPlaces

PLACE_AS_STATE = declare(
    "target",
    "place-as-state",
    "a place named where a party is expected stands for its country",
    "Artillery shelled Mosul.",
)
COORDINATED_SUBJECT = declare(
    "target",
    "coordinated-subject",
    "two coordinated subjects act on each other",
    "Kenya and Uganda signed a border pact.",
)
LOCATIVE_TARGET = declare(
    "target",
    "locative",
    "with no party named, the place of a consultation is its counterpart",
    "The envoy held talks in Kabul.",
)
# Modifiers that name no party of their own in a target read word by word: a kind of thing ("intelligence
# support"), a facility's adjective ("the Saudi hospital in Nyala": actors/hosted.py).
_NO_PARTY_MODIFIERS = (context_modifier, hosted_modifier)
UNATTRIBUTED = declare(
    "source",
    "unattributed",
    "an agentless passive or an event-noun subject belongs to the country where it happened",
    "A car bomb killed six people in Kirkuk.",
)
LEAVING_OFFICE = declare(
    "source",
    "leaving-office",
    "a leader who resigns is coded in the office they leave, held until that day",
    "Prime Minister Ana Ruiz resigned on Monday after a week of protests.",
)
# Roots of acts of agreement and cooperation: done by parties, never by the place they are done in.
_AGREED_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# Events one trigger gives at most (coordinated sources times coordinated targets): six, a list of six
# states each recognising or condemning is common in wire reports.
_MAX_PAIRS = 6
# Coordinated targets one trigger is aimed at at most: six, as pairs ("banned food from A, B, C, D and E").
_MAX_TARGETS = 6
# Entity labels of a named place (a locative object that can stand for its state).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Codes of leaving office (0831: accede to demands for a change in leadership, i.e. resign).
_LEAVING_OFFICE = ("0831",)
# The actors stage's phrase rules, so that steps can say how a chosen phrase was read ("actor:pronoun"),
# with their descriptions as data (actors/rule_notes.py: the compiled build has no docstrings).
for _name, _ in phrases.RULES:
    declare("actor", _name, NOTES[_name], NOTES[_name])


@dataclass(frozen=True, slots=True)
class _Parties:
    sources: list[Actor]
    source_rule: str | None
    # One target, or one per coordinated party ("condemned Chad and Niger"); empty when none is named.
    targets: list[Actor]
    target_rule: str | None
    facts: frozenset[str]
    actor_rules: tuple[str, ...] = ()
    # Whether the target is the act's own patient, not the object of its purpose ("fired to disperse X").
    direct: bool = True


class ArgumentFinder:
    """Finds the parties, date and place of each trigger (no resources of its own)."""

    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns
        self.words = lexicon()

    def __call__(self, doc: Doc) -> Doc:
        drafts = referred_makers(companions.joined(self.drafts(doc)))  # ("killed in the strikes")
        doc._.ne_drafts = tuple(referred.referred_back(drafts, self.patterns))
        return doc

    def drafts(self, doc: Doc) -> Iterator[Draft]:
        actors: DocActors = annotation(doc, "ne_actors")
        dates: DocDates = annotation(doc, "ne_dates")
        places: DocPlaces = annotation(doc, "ne_places")
        triggers = list(annotation(doc, "ne_triggers") or ())
        last_dated: When | None = None
        doc._.ne_sides = []
        for sent in doccache.sents(doc):
            inside = [t for t in triggers if sent.start <= t.token.i < sent.end]
            if not inside:
                continue
            indices = {t.token.i for t in inside}
            made: list[Draft] = []
            for trigger in (t for t in inside if t.kept):
                made.extend(self._trigger_drafts(trigger, sent, indices, last_dated, actors, dates, places))
            last_dated = next((d.when for d in made[::-1] if d.when is not None and d.date_own), last_dated)
            yield from noted(doc, made)  # (the pairs that a later "the two sides" names)

    def _trigger_drafts(
        self,
        trigger: Trigger,
        sent: Span,
        indices: set[int],
        last_dated: When | None,
        actors: DocActors,
        dates: DocDates,
        places: DocPlaces,
    ) -> Iterator[Draft]:
        tok, found = trigger.token, dated.event_dates(dates, trigger.token, sent, indices, last_dated)
        whens, own, date_rule = toll_dates(trigger, announceday.announced_day(trigger, found, dates), dates)
        for when in [*whens] if whens else [None]:
            # Roles are read on the event's day; an undated event on the day the article's story is set.
            day = role_day(when) or dates.story_day
            parties = self.parties(trigger, actors, places, day)
            steps = [*trigger.steps]
            steps += [r for r in (parties.source_rule, parties.target_rule, date_rule if when else None) if r]
            steps += parties.actor_rules
            hints = [t.country for t in parties.targets if t.country]
            place = places.event_place(tok, hints) if parties.sources else None
            targets: list[Actor | None] = [*parties.targets[:_MAX_TARGETS]] or [None]
            pairs = [(s, t) for s in parties.sources[:_MAX_PAIRS] for t in targets]
            for source, target in pairs[:_MAX_PAIRS]:
                source, target, sides = clash_sides(
                    trigger, (parties.source_rule, parties.target_rule), source, target
                )
                code, changed = force_code(
                    trigger.coded_as,
                    source,
                    target,
                    "unattributed" in parties.facts,
                    self.words.non_state_armed_roles,
                    direct=parties.direct,
                )
                source, made = settled_source(trigger, parties.source_rule, source, code, day)  # (makers.py)
                extra = [r for r in (sides, changed, made) if r]
                yield Draft(
                    trigger=trigger,
                    sent=sent,
                    source=source,
                    target=target,
                    modality=trigger.modality or "asserted",
                    code=code,
                    when=when,
                    date_own=own,
                    place=place,
                    facts=parties.facts,
                    steps=(*steps, *extra, *((LOCATIVE,) if place is not None else ())),
                )

    # -- parties --------------------------------------------------------------------------------------

    def parties(
        self, trigger: Trigger, actors: DocActors, places: DocPlaces, day: dt.date | None
    ) -> _Parties:
        tok = trigger.token
        source_heads, target_heads = self._heads(trigger)
        sources: list[Actor] = []
        party_steps: list[str] = []
        source_rule: str | None = None
        actor_rules: list[str | None] = []
        code = trigger.coded_as
        # A leader who resigns holds the office until that day: the source is who they were the day before.
        source_day = day - dt.timedelta(days=1) if day and code.startswith(_LEAVING_OFFICE) else day
        group, source_head = False, None
        for head in source_heads:
            sources = [a for a in actors.resolve_all(head.token, source_day) if self.can_act(a)]
            if sources:
                source_rule, source_head = head.rule, head.token
                # three or more coordinated phrases ("Britain, France and Germany urged ...") act together
                group = coagents.group(tok, code, len(actors.phrase_heads(head.token)), party_steps)
                actor_rules.append(actors.rule_of(head.token, day))
                if source_day != day:
                    party_steps.append(LEAVING_OFFICE)
                break
        sources = caused_source(tok, sources, places, actors) if source_rule == CAUSED_EVENT else sources
        # (an agentless accord or meeting is not the host country's: "the accord will be signed in Paris")
        bare = not sources and code[:2] not in _AGREED_ROOTS and unattributed(tok, code)
        if not sources and not bare:
            return _Parties([], None, [], None, frozenset())  # (gives no draft: no target to look for)
        facts: set[str] = set()
        targets, target_rule, target_head = self._target(
            trigger, target_heads, sources, (actors, places, day, group), facts, party_steps
        )
        if target_head is not None and target_rule != PLACE_AS_STATE:
            actor_rules.append(actors.rule_of(target_head, day))
        sources = sources[:1] if target_rule == COORDINATED_SUBJECT else sources
        pair = pair_heads(source_head, target_head)  # ("the government and the opposition met in Oslo")
        targets = venue_home(targets, pair, sources, tok, (actors, places, day, code), party_steps)
        if bare:
            sources = self._place_source(tok, code, places, actors, targets[0] if targets else None)
            sources = official_sources(sources, code, party_steps)  # ("an envoy was summoned": GOV)
            source_rule = UNATTRIBUTED
            party_steps.extend(agentless.unnamed_agent_steps(tok, code))  # ("shot by a bodyguard")
            violent = code[:2] in ("18", "19", "20")
            if not sources and (violent or not (syntax.is_passive(tok) or passive_conjunct(tok))):
                # An agentless passive arrest or expulsion has better fallbacks (the speaker's forces);
                # the speaker of "X was shot dead, police said" is no suspect.
                sources, source_rule = dateline_source(tok.doc, places, actors), DATELINE_PLACE
            if sources:
                facts.add("unattributed")
        elif sources and sources[0].name is None and sources[0].country is None:
            facts.add("stateless-source")
        elif sources and any(s.role is None and s.country is None for s in sources):
            facts.add("unplaced-source")
        return _Parties(
            sources, source_rule,
            targets, target_rule,
            frozenset(facts),
            (*party_steps, *(f"actor:{r}" for r in actor_rules if r)),
            not (target_rule == CLAUSE_OBJECT and target_head is not None and purpose_clause(target_head)),
        )

    def _heads(self, trigger: Trigger) -> tuple[list[Head], list[Head]]:
        """Where the trigger's source and target phrases sit, in the order they are tried."""
        tok = trigger.token
        source_heads, target_heads = noun_roles(tok) if trigger.noun else when_agent_roles(trigger)
        if trigger.noun:  # ("drew a protest from Tallinn")
            heads = accused.noun_sources(tok, trigger.pattern.code, source_heads, target_heads)
            source_heads, target_heads = heads
        # ("The talks between Lima and Quito stalled"; "Shelling by X killed six": the noun's parties)
        source_heads, target_heads = event_subject_roles(trigger, source_heads, target_heads, self.patterns)
        code = trigger.coded_as
        target_heads = with_fixed_roles(tok, code, target_heads)
        # ("received aid from Tokyo"; "held talks on Iran")
        source_heads, target_heads = turned(tok, code, source_heads, target_heads)
        if trigger.target_heads is not None:
            target_heads = [Head(t, CONSTRUCTION) for t in trigger.target_heads]
        return source_heads, target_heads

    def _target(
        self,
        trigger: Trigger,
        heads: list[Head],
        sources: list[Actor],
        context: tuple[DocActors, DocPlaces, dt.date | None, bool],
        facts: set[str],
        steps: list[str],
    ) -> tuple[list[Actor], str | None, Token | None]:
        """The parties the first fitting target head names that are not the source (nor its own forces):
        actors the clause names, places that stand for a state, a coordinated second subject, the event's
        place, last a country in the object's phrase; each of a head's coordinated parties; rule; head."""
        conflict, code = int(trigger.pattern.code[:2]) >= 14, trigger.coded_as
        actors, places, day, group = context  # (group: three or more coordinated sources, co-agents)
        home = at_home(code, trigger.pattern)  # (a declared emergency: its place is no target)

        def first(
            candidates: list[Head], as_places: bool = False, need_country: bool = False
        ) -> tuple[list[Actor], str | None, Token | None]:
            for head in candidates:
                if need_country and any(f(head.token, actors, day) for f in _NO_PARTY_MODIFIERS):
                    continue
                found = [a for a in kind_place(head, places) or actors.resolve_all(head.token, day) if a.code]
                found = past_source(found, head.token, sources, code, (actors, day), steps)
                if head.rule == OBJECT:
                    found += [
                        a for c in stray_objects(head.token) for a in actors.resolve_all(c, day) if a.code
                    ]
                rule = head.rule
                if not found and as_places and place_target(head.token, conflict):
                    found, rule = named_place_actor(head.token, places, actors), PLACE_AS_STATE
                elif len(found) == 1 and not need_country:
                    moved = placed_victim(found[0], head.token, trigger.token, actors, places, day)
                    if moved is not None:
                        found = [moved]
                        steps.append(VICTIM_PLACE)
                fit = self._not_own(found, sources, code, by_context(head.token, actors, day), steps)
                fit = [
                    a for a in fit if (a.country or not need_country) and not own_side(head, a, sources, code)
                ]
                if fit:
                    return (fit[:1] if need_country else one_per_party(fit)), rule, head.token
            return [], None, None

        locative = [h for h in heads if _locative(h.token, self.words.place_prepositions)]
        targets, rule, head = first([h for h in heads if h not in locative], as_places=True)
        pair = joint_act(code, rule, trigger.token, head) or pair_own(targets, sources, head, actors, day)
        if len(sources) >= 2 and not group and (not targets or (pair and not conflict)):
            return [sources[1]], COORDINATED_SUBJECT, None
        if not targets and semantics.needs_counterpart(code) and not home:
            # a resignation or a protest "at the palace" has no counterpart; only a named place is a state
            targets, rule, head = first([h for h in locative if h.token.ent_type_ in _PLACE_LABELS])
            targets, rule = _foreign_place(targets, sources)
        if not targets and trigger.target_heads is None and not home:
            phrase = [Head(t, OBJECT_PHRASE) for t in agents_first(trigger.token, code)]
            targets, rule, head = first(phrase, need_country=True)
            targets = with_parallel_targets(targets, head, trigger, first, steps, bool(sources))
            if targets:
                facts.add("object-phrase-target")
        return targets, rule, head

    def _not_own(
        self, found: list[Actor], sources: list[Actor], code: str, by_context: bool, steps: list[str]
    ) -> list[Actor]:
        """``found`` without the source itself and its own forces (``by_context``: the head was placed
        only by its sentence); notes ``own-forces-object`` when that set aside forces of another country."""
        fit = [
            a
            for a in found
            if not any(
                same_actor(a, s) or own_forces(a, s, self.words.state_source_roles, code, by_context)
                for s in sources
            )
        ]
        own = {s.country for s in sources}
        if (
            by_context
            and OWN_FORCES_OBJECT not in steps
            and any(a not in fit and a.role in ("MIL", "COP") and a.country not in own for a in found)
        ):
            steps.append(OWN_FORCES_OBJECT)
        return fit

    def can_act(self, actor: Actor) -> bool:
        return can_act(actor, self.words.state_roles)

    @staticmethod
    def _place_source(
        tok: Token, code: str, places: DocPlaces, actors: DocActors, target: Actor | None
    ) -> list[Actor]:
        """The country where an unattributed event happened, from its own place or its subject's (or a passive
        conjunct's first verb's: "detained in Minsk and deported"); for an envoy's summons, its government."""
        hints = [target.country] if target and target.country else []
        first = tok.head if passive_conjunct(tok) else tok
        place = (
            launched_place(tok, agentless.subject_nouns(tok), places, hints)  # ("fired from X")
            or places.event_place(tok, hints)
            or places.event_place(first, hints)
            or next(
                (p for s in agentless.subject_nouns(tok) if (p := places.event_place(s, hints)) is not None),
                None,
            )
        )
        found = [country_actor(actors, place.country)] if place is not None and place.country else []
        return host_government(tok, code, found)


def _foreign_place(places: list[Actor], sources: list[Actor]) -> tuple[list[Actor], str | None]:
    """A consultation's place as its counterpart when abroad ("meeting in Paris": none if all French)."""
    found = [p for p in places if all(p.country != s.country for s in sources)][:1]
    return found, (LOCATIVE_TARGET if found else None)


def _locative(tok: Token, place_prepositions: frozenset[str]) -> bool:
    return tok.dep == labels.POBJ and tok.head.lower_ in place_prepositions


@Language.factory("newsevents_arguments", default_config={"pattern_files": []})
def make_argument_finder(nlp: Language, name: str, pattern_files: list[str]) -> ArgumentFinder:
    """The arguments stage (its event nouns come from the same pattern files as the triggers)."""
    return ArgumentFinder(resources.patterns(tuple(pattern_files)))
