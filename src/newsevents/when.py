"""Event dates: the date expression of an event's own clause, resolved against the article's reference date.

The reference date is the dateline's ("KYIV, March 3 (Wire) -") when it gives one, else the publication
date; expressions are read by ``newsevents.datewords``, forwards in a future clause ("will meet on
Wednesday"). A date inside a noun phrase ("the 1998 accord", "last Friday's attack", "in power since
1990") dates that noun and what its relative clause tells, not the clause around it. An offset ("a day
after the army stormed ...", "two days earlier", "hours later", "the same day") dates its event from the
date of the clause it is reckoned from. The machine's clock is never used.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsevents import clausedate, dateclause, datetense, doccache, labels, leaddate, occasiondate, sametime
from newsevents.accused_date import dates_accused_act, dates_judged_act
from newsevents.annotations import annotation  # (also declares the Doc attributes)
from newsevents.belowdate import dated_below
from newsevents.coding import syntax
from newsevents.coding.lexicon import lexicon
from newsevents.coding.rules import declare
from newsevents.dateaside import aside, done_dates, done_shift
from newsevents.dated import own_dates
from newsevents.dateexpr import Resolved, date_anchor, resolve_ent, said_over
from newsevents.datetail import without_tail
from newsevents.datewords import When, date_table, date_words, parse_published, resolve
from newsevents.errors import DataFileError
from newsevents.leadreported import LEAD_ACT_DAY, next_sentence_day
from newsevents.linehead import LINE_HEAD, LineHeads
from newsevents.mediumdate import MEDIUM_DAY, medium_participles
from newsevents.moments_after import within_moments
from newsevents.objectdate import OBJECT_CLAUSE_DATE, object_clause_date
from newsevents.offsetbelow import OFFSET_BELOW, clause_below_day
from newsevents.offsetlist import listed_after_offset
from newsevents.overnight import OVERNIGHT_REPORT_DAY, one_night, overnight_day
from newsevents.participledate import SAME_OCCASION_PARTICIPLE, anchored_on, occasion_participles
from newsevents.reporteddate import dates_apart
from newsevents.reportedpair import REPORTED_PAIR, earlier_pair
from newsevents.rootoffset import root_offset_base
from newsevents.sentencedates import SentenceDates

__all__ = ["DocDates", "When", "parse_published", "resolve", "role_day", "role_day_defaults"]

OWN_CLAUSE = declare(
    "date",
    "own-clause",
    "the date expression that hangs from the event's own clause",
    "Helsinki recalled its envoy on 4 May.",
)
SHARED_CONJUNCT = declare(
    "date",
    "shared-conjunct",
    "a coordinated verb shares its head's date",
    "The ministers met in Accra on Friday and signed a transit accord.",
)
SENTENCE = declare(
    "date",
    "sentence",
    "a date of the sentence that no other event of the sentence claims",
    "In March 2011, protesters filled the square as police watched.",
)
SEQUEL = declare(
    "date",
    "sequel",
    "an event told as the sequel of the last one ('then') shares its date",
    "The envoy landed in Lomé on Monday. He then drove to the border.",
)
SAME_OCCASION = declare(
    "date",
    "same-occasion",
    "an undated event told as going on with the occasion just told ('also', 'meanwhile') takes the date "
    "of that sentence's main event",
    "Ministers met in Accra on Friday. They also agreed to reopen the border.",
)
PUBLISHED = declare(
    "date",
    "published",
    "an event whose text gives no date is dated by the publication date",
    "Jakarta condemned the raid. (published 2 March)",
)
DATELINE = declare(
    "date",
    "dateline",
    "an event whose text gives no date is dated by the dateline's date, the day the report was filed",
    "LOMÉ, May 4 (Wire) - Togo closed its border with Benin.",
)
HEAD_NOUN = declare(
    "date",
    "head-noun",
    "an event told in a relative clause takes the date of the noun it describes",
    "Crowds marked Sunday's bombing, in which militants killed nine guards.",
)
SINCE = declare(
    "date",
    "since-start",
    "a date after 'since' tells when a state began, not when the clause's act took place: it dates no event",
    "Troops patrolled the capital on Sunday for the first time since 1991.",
)
OFFSET = declare(
    "date",
    "offset",
    "an offset ('a day after X', 'two days earlier', 'hours later') dates the event from the clause it "
    "is reckoned from, and so every act listed in that clause, even one the parser hung on the main verb",
    "Troops withdrew on Friday, a day after the two sides signed a truce.",
)

ENCLOSING = declare(
    "date",
    "enclosing-clause",
    "an undated subordinate, infinitive, coordinated or reported clause takes the date of the clause it "
    "belongs to",
    "Police fired tear gas on Sunday as protesters tried to storm the ministry.",
)
# Sentences back that "the same day", "hours later" look for the main event they count from.
_MAIN_DATE_REACH = 3
# Steps up from an event to the offset clause it is told in: "two days after soldiers fired on HUNDREDS OF
# STUDENTS WHO occupied the university" is six (relative clause, its noun, "of", "hundreds", "on", "fired").
_OFFSET_REACH = 7
# "after" is not among these: "was captured on Wednesday after his jet was shot down" is one day's story.
_APART = frozenset({"before", "since", "until", "till"})


@functools.lru_cache(maxsize=1)
def role_day_defaults() -> tuple[int, int]:
    """``data/dates.toml``: the month and day on which roles are read for a month- or year-precise date."""
    try:
        table = date_table()["role_day"]
        month, day = int(table["month"]), int(table["day"])  # type: ignore[index]
        dt.date(2001, month, day)
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"data/dates.toml: bad [role_day] ({exc})") from exc
    return month, day


def role_day(when: When | None) -> dt.date | None:
    """The day on which to read the roles of an event dated ``when`` (see ``data/dates.toml``)."""
    if when is None:
        return None
    month, day = role_day_defaults()
    parts = when.date.split("-")
    return dt.date(
        int(parts[0]), int(parts[1]) if len(parts) > 1 else month, int(parts[2]) if len(parts) > 2 else day
    )


class DocDates:
    """The date expressions of one article, resolved against its reference date (``doc._.ne_dates``),
    and the choice of an event's date among them."""

    def __init__(self, doc: Doc, published: dt.date | None) -> None:
        self.published = published
        dateline = dateclause.dateline_date(doc, published)
        self.dateline: When | None = dateline[1] if dateline else None
        # Relative expressions are read from the day the report was filed: its dateline, else publication.
        self.reference = dt.date.fromisoformat(self.dateline.date) if self.dateline else published
        # TIME entities count too: spaCy labels "Saturday night" and "Thursday evening" as times.
        ents = [e for e in doccache.ents(doc) if e.label_ in ("DATE", "TIME")]
        taken = {t for e in ents for t in range(e.start, e.end)}
        ents += [h for h in dateclause.holiday_spans(doc) if not taken & set(range(h.start, h.end))]
        ents = [without_tail(part) for e in ents for part in dateclause.comma_parts(e)]
        self.ents = sorted(
            (
                e
                for e in ents
                if not (dateline and dateline[0][0] <= e.start_char < dateline[0][1])
                and not (dateclause.states_start(e) or datetense.deadline(e) or aside(e))
            ),
            key=lambda e: e.start,
        )
        self._shifts: dict[int, dateclause.Shift | None] = {}  # token index -> its offset (``_shift``)
        self._lead: list[tuple[int, When | None]] = []  # (the lead's end, its day: ``dateclause.story_day``)
        # Each expression's anchor and root head, found once: every trigger of its sentence asks for them.
        self._anchor = {e.start: date_anchor(e) for e in self.ents}
        self._root_head = {e.start: e.root.head for e in self.ents}
        # Each expression is resolved when an event first asks for it: most sit in sentences with no event.
        self._heads = LineHeads(doc, self.reference)  # chronology and bulletin lines' own dates
        self._resolved = Resolved(self.ents, self.reference, self._anchor, published, self._heads)
        # A date bound to a noun ("the 1998 accord") belongs to that noun, not to the clause around it.
        self._noun = {e.start: n for e in self.ents if (n := dateclause.bound_noun(e)) is not None}

    @functools.cached_property
    def story_day(self) -> dt.date | None:
        """The day roles of undated events are read on: the article's reference date, else the first
        full date it gives (when its story is set), never the machine's clock."""
        return self.reference or next(
            (
                dt.date.fromisoformat(w.date)
                for e in self.ents
                for w in resolve_ent(e, None, False)
                if w.precision == "day"
            ),
            None,
        )

    def event_dates(
        self, tok: Token, sent: Span, triggers: set[int], last_dated: When | None
    ) -> tuple[list[When], bool, str | None]:
        """The dates of the event at ``tok`` (several when one clause gives several: "in 1994 and
        2010"), whether they come from the text rather than the reference date, and the rule used.
        ``triggers`` are the token indices of every trigger of the sentence: a date that hangs from
        another trigger is that event's, not this one's."""
        start, end = sent.start, sent.end  # (a Span's bounds are properties: read once, not per expression)
        sent_ents = [e for e in self.ents if start <= e.start < end]
        whens, step = self._own(tok, sent_ents, triggers)
        if whens:  # (newsevents.overnight: "on Sunday night and early Monday" is one act)
            whens, step = one_night(whens, step, sent)
            return whens, True, step
        if noun_dated := self._head_noun(tok, sent_ents):
            return noun_dated, True, HEAD_NOUN
        counted, counted_step = self._offset(tok, sent, sent_ents, last_dated)
        if shifted := done_shift(tok, counted, self.reference):
            return [shifted], True, counted_step
        if sent_ents and (enclosing := self._enclosing(tok, sent_ents)):  # (no date: none to share)
            if (told := next_sentence_day(tok, enclosing[0], lambda v: own_dates(self, v))) is not None:
                return [told], True, LEAD_ACT_DAY
            return enclosing, True, ENCLOSING
        if (head := self._heads.of(tok)) is not None:  # ("March 24 - Jets strike ...": newsevents.linehead)
            return [head], True, LINE_HEAD
        beside = anchored_on(
            [e for e in sent_ents if e.start not in self._noun], self._anchor, occasion_participles(tok)
        )
        if days := [w for e in beside for w in self._resolved[e.start] if w.precision == "day"]:
            return days[:1], True, SAME_OCCASION_PARTICIPLE
        told_in = anchored_on(sent_ents, self._anchor, medium_participles(tok))  # (newsevents.mediumdate)
        if days := [w for e in told_in for w in self._resolved[e.start] if w.precision == "day"]:
            return days[:1], True, MEDIUM_DAY
        unclaimed = [
            w
            for e in sent_ents
            if e.start not in self._noun
            and ((a := self._anchor[e.start]) is None or (a.i not in triggers and not dates_apart(a, tok)))
            for w in self._resolved[e.start]
            if datetense.fits(tok, w, self.reference)
        ]
        if unclaimed:
            return unclaimed[:1], True, SENTENCE
        if (ending := object_clause_date(tok, sent_ents, self._anchor)) is not None:  # (objectdate.py)
            if days := [w for w in self._resolved[ending.start] if w.precision == "day"]:
                return days[:1], True, OBJECT_CLAUSE_DATE
        dates = SentenceDates(sent_ents, self._noun, self._anchor, self._resolved, self.reference)
        if below := dated_below(tok, dates):
            return [below[0]], True, below[1]  # ("arrived to guard X on Sunday": belowdate.py)
        return self.fallback(tok, last_dated)

    def fallback(self, tok: Token, last_dated: When | None) -> tuple[list[When], bool, str | None]:
        """The date of an event whose sentence gives none: the last event's for a sequel ("then"), else
        the dateline's or publication date, else none."""
        adverbs = {
            c.lower_ for t in syntax.clause_chain(tok) for c in doccache.children(t) if c.dep == labels.ADVMOD
        }
        if adverbs & lexicon().sequel_adverbs and last_dated is not None:
            return [last_dated], True, SEQUEL
        if within_moments(tok) and (main := self._main_date(doccache.sent(tok), tok) or last_dated):
            return [main], True, SEQUEL  # ("within minutes": from the main act just told, moments_after.py)
        if adverbs & date_words().same_occasion:
            # the occasion is the story's main event just told, not a background act told last
            main = self._main_date(doccache.sent(tok), tok)
            if main is not None:
                return [main], True, SAME_OCCASION
        if (night := overnight_day(tok, self.reference)) is not None:  # (the report's day: overnight.py)
            return [night], True, OVERNIGHT_REPORT_DAY
        story = leaddate.story_day(tok, self.reference, lambda root: own_dates(self, root), self._lead)
        if story is not None:
            return [story[0]], True, story[1]
        if self.dateline is not None:
            return [self.dateline], False, DATELINE
        if self.published is not None:
            return [When.of_day(self.published)], False, PUBLISHED
        return [], False, None

    def _own(self, tok: Token, ents: list[Span], triggers: set[int]) -> tuple[list[When], str]:
        """Dates in the trigger's own clause: those hanging from it (or from its light-verb head)."""
        heads = {tok.i}
        if (tok.pos == labels.POS_NOUN or tok.pos == labels.POS_PROPN) and tok.head.pos == labels.POS_VERB:
            heads.add(tok.head.i)
        whens: list[When] = []
        inner: list[When] = []  # an infinitive's on the object: the clause's date only when it has no other
        for ent in ents:
            noun = self._noun.get(ent.start)
            if noun is not None:
                # Its noun's date; the clause's too for its subject or occasion ("Sunday's blast killed").
                if noun.i == tok.i or occasiondate.dates_clause(noun, heads):
                    whens.extend(self._resolved[ent.start])
                elif occasiondate.dates_undated(noun, heads):  # ("during the June 17 raid")
                    inner.extend(self._resolved[ent.start])
                continue
            anchor, root_head = self._anchor[ent.start], self._root_head[ent.start]
            if dates_accused_act(tok, ent) or dates_judged_act(tok, ent):  # (the act judged: accused_date.py)
                continue
            if anchor is not None and (
                anchor.i in heads or (anchor.i not in triggers and root_head.i in heads)
            ):
                whens.extend(self._resolved[ent.start])
            elif (root_head.i == tok.i or (root_head.head.i == tok.i and root_head.dep_ == "prep")) and not (
                said_over(anchor, tok)  # ("said on Friday it had killed ...": the saying's day)
            ):
                whens.extend(self._resolved[ent.start])
            elif anchor is not None and sametime.inner_date(anchor, heads):
                inner.extend(self._resolved[ent.start])
        whens = done_dates(tok, whens or inner, self.published or self.reference) if whens or inner else []
        if whens:
            return list(dict.fromkeys(whens)), OWN_CLAUSE
        if not ents or self._shift(tok) is not None:  # (no date to share: none for a conjunct either)
            return [], OWN_CLAUSE  # "..., a day after jets bombed X": its own offset, not its head's date
        # "were shot or beaten to death on Oct. 2": a date on the last conjunct dates them all.
        for conj in (c for c in doccache.children(tok) if c.dep == labels.CONJ and c.pos in labels.VERBAL):
            if any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "NUM" for s in doccache.children(conj)):
                # "militants fired rockets, and jets struck back early on Wednesday": a clause of its own
                # (not "17 were killed and 39 injured on Thursday", whose count is the same victims')
                continue
            if conj.i in triggers:
                shared, _ = self._own(conj, ents, triggers - {tok.i})
                if shared:
                    return shared, SHARED_CONJUNCT
        head = tok
        while head.dep == labels.CONJ and head.head.i != head.i:
            head = head.head
            if head.i in triggers:
                shared, _ = self._own(head, ents, triggers - {tok.i})
                if shared:
                    return shared, SHARED_CONJUNCT
        if (first := earlier_pair(tok)) is not None:  # ("X on Friday, and Y, the army said": reportedpair)
            shared, _ = self._own(first, ents, triggers - {tok.i})
            if shared:
                return shared, REPORTED_PAIR
        return [], OWN_CLAUSE

    def _enclosing(self, tok: Token, ents: list[Span]) -> list[When]:
        """The date of the clause an undated subordinate, infinitive, coordinated or reported clause
        belongs to ("fired tear gas on Sunday as protesters tried to storm the ministry"); not across "after",
        "before", "since" or "until", which set the events apart in time. An event noun object stands
        in its verb's clause (", sparking riots": the participle's)."""
        if tok.dep == labels.DOBJ and tok.pos_ == "NOUN" and tok.head.pos_ == "VERB":
            tok = tok.head
        for _ in range(3):
            if not clausedate.shares_date(tok) or tok.head.i == tok.i:
                return []
            if any(c.dep == labels.MARK and c.lower_ in _APART for c in doccache.children(tok)):
                return []
            if dateclause.measured_apart(tok):
                return []  # "..., weeks after Mogadishu recalled its envoy": another day, not told
            tok = clausedate.governor(tok)
            whens = self._own(tok, ents, set())[0]
            if whens:
                return whens[:1]
        return []

    def _head_noun(self, tok: Token, ents: list[Span]) -> list[When]:
        """The date of the noun whose relative clause tells the event ("Friday's attack, in which ...")."""
        if (day := dateclause.when_clause_date(tok)) is not None:  # ("since Sunday, when X attacked")
            return resolve_ent(day, self.reference, False)[:1]
        noun = dateclause.described_noun(tok)
        while noun is not None:
            # "the site of Saturday's bombing, in which ...": the noun's "of" phrase may carry the date.
            nouns = {noun.i} | {
                p.i for of in doccache.children(noun) if of.lower_ == "of" for p in doccache.children(of)
            }
            found = [
                w for e in ents if _index(self._noun.get(e.start)) in nouns for w in self._resolved[e.start]
            ]
            if found:
                return found[:1]
            noun = dateclause.governing_noun(noun)
        return []

    def _shift(self, tok: Token) -> dateclause.Shift | None:
        """``dateclause.offset(tok)``, read once per token: every trigger below a clause asks again."""
        if tok.i not in self._shifts:
            self._shifts[tok.i] = dateclause.offset(tok)
        return self._shifts[tok.i]

    def _offset(
        self, tok: Token, sent: Span, ents: list[Span], last_dated: When | None
    ) -> tuple[When | None, str]:
        """The date of an event placed by an offset from another ("a day after ..."): its own, or that of
        the clause it is part of ("two days after the navy said its patrol boats had sunk ..."); and the
        rule's step."""
        shift: dateclause.Shift | None = None
        clause = tok
        for _ in range(_OFFSET_REACH):
            clause = listed_after_offset(clause) or clause  # (", arrested X and ...": newsevents.offsetlist)
            shift = self._shift(clause)
            if shift is not None or clause.head.i == clause.i or clause.dep_ == "ROOT":
                break
            if clausedate.apart(clause):
                return None, OFFSET  # ("X accepts the plan; Y rejects it the next day": Y's offset, not X's)
            clause = clause.head
            if self._own(clause, ents, set())[0]:
                return None, OFFSET  # the enclosing clause has a date of its own: the sentence rule reads it
        if shift is None:
            return None, OFFSET
        base: When | None = None
        step = OFFSET
        if shift.from_report and self.reference is not None:
            return shift.from_day(self.reference), OFFSET  # (weeks, months and years: a round figure)
        if (ref := shift.reference) is not None:
            base = next(iter(self._own(ref, ents, set())[0] or self._enclosing(ref, ents)), None)
            base = base or self._head_noun_of(ref, ents) or self._told_before(ref)
            base = base or self._root_date(ref, ents)
            if base is None and (line := self._heads.of(clause)) is not None:
                return line, OFFSET  # ("June 3 - X is killed hours after accusing Y": its line's own date)
            if base is None and (below := self._below(ref, ents)) is not None:
                base, step = below, OFFSET_BELOW  # ("ordered X to leave on Saturday, a day after ...")
        elif shift.from_sentence:
            base = self._main_date(sent, clause)
        # (no base to count from: "two days after a vote"; months and years only from their reference's own)
        if base is None and not _untold(shift.reference) and not shift.long:
            base = last_dated or (When.of_day(self.reference) if self.reference else None)
        if base is None or (base.precision != "day" and not shift.long):
            return base, step
        return shift.apply(base.date), step  # (whole weeks: the month; months and years from a month or year)

    def _below(self, ref: Token, ents: list[Span]) -> When | None:
        """``offsetbelow.clause_below_day``: the date of an undated reference's complement."""
        return clause_below_day(
            ref,
            ents,
            lambda e: self._anchor[e.start],
            lambda e: e.start in self._noun,
            lambda e: self._resolved[e.start],
        )

    def _main_date(self, sent: Span, clause: Token) -> When | None:
        """The date of the sentence's main clause, else of the last sentence before whose main clause has
        one: what "hours later" and "two days earlier" count from (the story's main event, not a background
        clause told last)."""
        if sent.root.i != clause.i:
            own = self._own(sent.root, self.ents, set())[0]
            if own:
                return own[0]
        if (line := self._heads.at(clause.idx)) is not None:  # (its chronology line's date, or a finer
            # one its line's sentence before gave: "1990: X invades in August. Y reacts four days later")
            before = doccache.sent(sent.doc[sent.start - 1]) if sent.start > 0 else None
            on_line = before is not None and before.start_char >= line.start
            own = self._own(before.root, self.ents, set())[0] if before is not None and on_line else []
            head = line.when.date
            finer = [w for w in own if w.date.startswith(head) and len(w.date) > len(head)]
            return finer[0] if finer else line.when
        # the sentences before, back to the last that dates its main clause ("... also froze their assets.
        # The same day, crowds attacked the embassy."): not a background clause's date
        for _ in range(_MAIN_DATE_REACH):
            if sent.start == 0:
                return None
            sent = doccache.sent(sent.doc[sent.start - 1])
            # its main clause or a verb coordinated with it ("called the charges baseless and on Friday
            # ORDERED the envoy out. Caracas expelled ... the same day")
            for verb in [sent.root] + [c for c in doccache.children(sent.root) if c.dep == labels.CONJ]:
                own = self._own(verb, self.ents, set())[0] if verb.pos in labels.VERBAL else []
                if own:
                    return own[0]
        return None

    def _root_date(self, ref: Token, ents: list[Span]) -> When | None:
        """An offset counted from an undated verb: the main clause's date, or the day told before the
        offset when the parser made its clause the root (``newsevents.rootoffset``)."""
        dates = SentenceDates(ents, self._noun, self._anchor, self._resolved, self.reference)
        return root_offset_base(ref, dates, lambda root: own_dates(self, root))

    def _told_before(self, noun: Token) -> When | None:
        """The date of the act an event noun refers back to ("hours before the signing": told earlier)."""
        found = (w for t in dateclause.told_before(noun) for w in self._own(t, self.ents, set())[0])
        return next(found, None)

    def _head_noun_of(self, noun: Token, ents: list[Span]) -> When | None:
        return next(
            (w for e in ents if _index(self._noun.get(e.start)) == noun.i for w in self._resolved[e.start]),
            None,
        )


def _index(tok: Token | None) -> int:
    return tok.i if tok is not None else -1


@Language.factory("newsevents_dates")
def make_date_stage(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Stage ``newsevents_dates``: reads ``doc._.ne_published`` and the DATE entities; writes
    ``doc._.ne_dates`` (``DocDates``)."""

    def annotate(doc: Doc) -> Doc:
        doc._.ne_dates = DocDates(doc, annotation(doc, "ne_published"))
        return doc

    return annotate


def _untold(anchor: Token | None) -> bool:
    """Whether an offset's anchor is an event noun the story introduces there ("a referendum"), undated
    and told nowhere before: the last date told is no base for it, unlike "the raid" told before."""
    return (
        anchor is not None
        and anchor.pos_ == "NOUN"
        and any(c.dep == labels.DET and c.lower_ in ("a", "an") for c in doccache.children(anchor))
    )
