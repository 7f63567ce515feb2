"""What the parse says about a date: the dateline's date, a future clause, a date bound to a noun, the noun
a relative clause describes, and offsets from another event ("a day after ...", "two days earlier").

Helpers of ``newsevents.when``; the word lists are in ``data/dates.toml``, the units of an offset and the
dates they give in ``dateshift``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsevents import doccache, labels, leadclause, strandeddate, yeardate
from newsevents.annotations import annotation, doc_text
from newsevents.begunsince import begun_since
from newsevents.coding.journey_part import journey_start
from newsevents.coding.rules import declare
from newsevents.dateline import release_date
from newsevents.dateshift import UNITS as _UNITS
from newsevents.dateshift import Shift as Shift
from newsevents.dateshift import amount as _amount
from newsevents.dateshift import calendar_unit as _calendar
from newsevents.dateshift import unit_name as _unit_name
from newsevents.datewords import MONTH_NAMES, When, date_table, date_words, resolve
from newsevents.errors import DataFileError
from newsevents.eventnoundate import event_noun_dated

# A year written out ("1994"), as the last part of a calendar date.
_YEAR_WORD = re.compile(r"(1[89]|20)\d\d")

STORY_DAY = declare(
    "date",
    "story-day",
    "an undated event after the lead takes the day of the lead's main event, when that is a day in the "
    "week before the report was filed: the day the story is told of, not the filing day",
    "LOMÉ, May 4 (Wire) - Togo closed its border on Sunday. Two traders were shot dead, police said.",
)
# Days before the report's reference date within which the lead's day is the story's day (a week, as for
# a dateline's date): an older date is a background the lead recalls, not the day the news is about.
_STORY_REACH = 6
_Lead = tuple[int, When | None]  # (the lead's end and day: the first sentence with a verb, no dateline)
# Nouns that extend a date rather than take it: "Thursday evening", "Monday night".
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "dawn", "noon", "midday", "midnight"})
# Dependencies by which a date modifies a noun: "the 1998 accord", "last Friday's attack", "the Dec. 13 vote",
# "after talks in Ankara last week".
_NOUN_DEPS = frozenset({"poss", "compound", "nummod", "amod", "nmod", "npadvmod", "preconj"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_PRESENT = frozenset({"is", "are", "'s", "'re", "am"})


def dateline_date(doc: Doc, published: dt.date | None) -> tuple[tuple[int, int], When] | None:
    """The date of the dateline the actor stage found (``doc._.ne_dateline``: "TOKYO, May 16 (Wire) -"):
    the dateline's character span and its day, when it falls in the week up to the publication date."""
    dateline = annotation(doc, "ne_dateline")
    # (no dateline: a release's own dated header, "Press release, 4 May 2022.")
    found = (dateline.start_char, dateline.end_char, dateline.date) if dateline else None
    found = found or release_date(doc_text(doc))
    if found is None or found[2] is None or published is None:
        return None
    when = resolve(found[2], published)
    if when is None or when.precision != "day":
        return None
    day = dt.date.fromisoformat(when.date)
    span = found[:2]
    return (span, when) if published - dt.timedelta(days=7) <= day <= published else None


def holiday_spans(doc: Doc) -> list[Span]:
    """Holidays the entity recogniser does not label as dates ("on New Year's Day"), as DATE spans."""
    text = doc_text(doc).casefold().replace("’", "'")
    if not any(name in text for name in date_words().holidays) or not _any_holiday().search(text):
        return []  # most articles name none: plain substring tests (a third of one search), then one search
    spans = []
    for name in date_words().holidays:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            span = doc.char_span(m.start(), m.end(), label="DATE", alignment_mode="expand")
            if span is not None:
                spans.append(span)
    # "christmas day" also contains "christmas": keep the longest of overlapping matches.
    spans.sort(key=lambda sp: (sp.start, -len(sp)))
    kept: list[Span] = []
    for span in spans:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


@functools.lru_cache(maxsize=1)
def _any_holiday() -> re.Pattern[str]:
    """A search that finds a holiday wherever one of the per-holiday searches would."""
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in date_words().holidays) + r")\b")


def is_future(tok: Token | None) -> bool:
    """Whether the clause of ``tok`` is in the future tense: "will meet", "would travel", "is due to
    arrive", "plans to visit" (through coordinated verbs and to-infinitives)."""
    words = date_words()
    for _ in range(4):
        if tok is None:
            return False
        if any(
            (c.dep == labels.AUX or c.dep == labels.AUXPASS) and c.lower_ in words.future_auxiliaries
            for c in doccache.children(tok)
        ):
            return True
        if tok.dep == labels.XCOMP and doccache.infinitive_to(tok):
            gov = tok.head
            if (gov.lemma_.casefold() in words.future_governors or gov.lower_ in words.future_governors) and (
                gov.tag_ in ("VBZ", "VBP")
                or gov.head.lower_ in _PRESENT
                or any(c.lower_ in _PRESENT for c in doccache.children(gov))
            ):
                return True
            tok = gov
        elif tok.dep == labels.CONJ and tok.head.i != tok.i:
            tok = tok.head
        else:
            return False
    return False


def comma_parts(ent: Span) -> list[Span]:
    """``ent`` cut at a comma after which no word hangs from the words before it: the recogniser may run a
    date into the offset after it ("on Saturday, days after the balloon drifted ..." as one DATE), which
    would date the event by the offset's clause. "Monday, Nov. 22" and "Sept. 11, 2001" stay whole: their
    parts after the comma hang from the date before it."""
    doc = ent.doc
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].text != ",":
            continue
        before = range(ent.start, i)
        if any(doc[j].head.i in before for j in range(i + 1, ent.end)) or _year_of_day(
            doc, ent.start, i, ent.end
        ):
            continue
        first, rest = Span(doc, ent.start, i, label=ent.label), Span(doc, i + 1, ent.end, label=ent.label)
        return [first, *comma_parts(rest)]
    return [ent]


def _year_of_day(doc: Doc, start: int, comma: int, end: int) -> bool:
    """Whether the part after the comma is the year of a month and day before it ("the July 8, 1994
    bombing"), which the parser may hang on the noun the whole date modifies: one date, not two."""
    return (
        end == comma + 2
        and bool(_YEAR_WORD.fullmatch(doc[comma + 1].text))
        and comma - start >= 2
        and doc[comma - 1].like_num
        and doc[comma - 2].lower_.rstrip(".") in MONTH_NAMES
    )


def bound_noun(ent: Span) -> Token | None:
    """The noun a date expression modifies ("the 1998 accord", "Sunday's election", "in power since
    1990"), or None when it dates a clause."""
    root, head = yeardate.link(ent)  # ("the 1998 and 2002 contracts": the first year's noun)
    if head.i in range(ent.start, ent.end) or head.i == root.i:
        return None
    if head.ent_type_ in ("DATE", "TIME") or head.lower_ in _DAY_PARTS or strandeddate.stranded(ent):
        return None  # (or a fronted "On Sunday" the parser fused into the subject: it dates the clause)
    if root.dep_ in _NOUN_DEPS and head.pos_ in _NOUNS:
        return head
    if root.dep == labels.DET and head.pos_ in _NOUNS and any(t.like_num for t in ent):
        # "over THE Nov. 7 election": the entity took the noun's article as its root (a calendar date only:
        # "killed in the weekend attacks" is still dated by the clause's reading of "the weekend")
        return head
    if root.dep == labels.POBJ and head.lower_ == "since" and head.head.pos_ not in ("VERB", "AUX"):
        return head.head  # "(in) power since 1990": the state's start, not the clause's date
    if root.dep == labels.POBJ and head.lower_ == "of" and _dated_by_of(head.head):
        return head.head  # "the result of the election of Aug. 9": the vote's day, not the rejection's
    return event_noun_dated(root, head)  # ("into the killing of X in June": eventnoundate.py)


@functools.lru_cache(maxsize=1)
def _period_nouns() -> frozenset[str]:
    """``data/dates.toml`` [of_date] periods: nouns of a stretch of time whose "of" date dates the clause."""
    try:
        return frozenset(date_table()["of_date"]["periods"])  # type: ignore[index]
    except (KeyError, TypeError) as exc:
        raise DataFileError(f"data/dates.toml: bad [of_date] ({exc})") from exc


def _dated_by_of(noun: Token) -> bool:
    """Whether ``noun`` is an event or thing that an "of" date names ("the election of Aug. 9", "the
    accord of 1998"), not a stretch of time ("the night of Aug. 9", "the end of March") that dates its
    clause."""
    return (
        noun.pos_ in _NOUNS
        and noun.ent_type_ not in ("DATE", "TIME")
        and noun.lemma_.casefold() not in _period_nouns()
    )


def deadline(ent: Span) -> bool:
    """Whether the date is a deadline set for a later act ("ordered the envoys to leave BY MONDAY
    evening", "must withdraw by 2030"): it dates no event of its clause."""
    root = ent.root
    for _ in range(2):  # ("by Monday evening": the day modifies the time of day the "by" governs)
        if root.dep_ not in ("compound", "nmod", "npadvmod") or root.head.i == root.i:
            break
        root = root.head
    return root.dep == labels.POBJ and root.head.lower_ == "by" and root.head.dep == labels.PREP


def states_start(ent: Span) -> bool:
    """Whether the date tells when a state began ("has governed the province since 1971", "the first
    curfew since the civil war ended in 2002", "has questioned 40 suspects since Sunday"): such a date
    dates no event of its clause, the corpus leaving an act counted "since" a day undated."""
    tok = ent.root
    for _ in range(8):
        head = doccache.head(tok)
        if head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lower_ == "since" and tok.dep_ in ("prep", "mark"):
            return not begun_since(tok)  # ("has barred arrivals since Friday": newsevents.begunsince)
        tok = head
    return False


def describes_noun(anchor: Token) -> bool:
    """Whether ``anchor`` heads a clause describing a noun ("the zone APPROVED by the council on
    Thursday", "Somalia, which RECALLED its envoy last Friday, ..."): its date dates that description, not
    the sentence. An infinitive on a noun ("signed a deal TO RESUME shipments on Monday") is not one."""
    if anchor.dep == labels.RELCL:
        return True
    return anchor.dep == labels.ACL and not any(
        c.dep == labels.AUX and c.lower_ == "to" for c in doccache.children(anchor)
    )


def object_infinitive(anchor: Token, heads: set[int]) -> bool:
    """Whether ``anchor`` is an infinitive on the object of one of ``heads``: "signed accords TO ESTABLISH
    ties at a ceremony on Tuesday" is one clause, whose date is the signing's."""
    noun = anchor.head
    return (
        anchor.dep == labels.ACL
        and doccache.infinitive_to(anchor)
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.head.i in heads
    )


def described_noun(tok: Token) -> Token | None:
    """The noun whose relative clause tells the event at ``tok`` ("the attack, in which ... killed")."""
    for _ in range(3):
        if tok.dep_ in ("relcl", "acl"):
            return tok.head if tok.head.pos_ in _NOUNS else None
        if tok.dep != labels.CONJ or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def governing_noun(noun: Token) -> Token | None:
    """The noun ``noun`` is part of ("an attack on two mosques" -> attack), or None."""
    if noun.dep == labels.POBJ and noun.head.dep == labels.PREP and noun.head.head.pos_ in _NOUNS:
        return noun.head.head
    if noun.dep_ in ("appos", "conj") and noun.head.pos_ in _NOUNS and noun.head.i != noun.i:
        return noun.head
    return None


def _unit(tok: Token) -> Token | None:
    return next((c for c in doccache.children(tok) if c.dep_ == "npadvmod" and _unit_name(c) in _UNITS), None)


def offset(tok: Token) -> Shift | None:
    """The offset that places the event at ``tok``: inside "a day after ..." (before its reference),
    placed "hours after the vote", or "two days earlier" / "the same day" / "the next day"."""
    if (begun := journey_start(tok)) is not None:  # ("at the end of a two-day visit": coding/journey_part.py)
        return begun
    words = date_words()
    mark = next(
        (c for c in doccache.children(tok) if c.dep == labels.MARK and c.lower_ in words.subordinators), None
    )
    if mark is None and tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in words.subordinators:
        mark = tok.head  # ("a day after the vote", "a day after MEETING his counterpart")
    if mark is not None:
        # "a day after X resigned" may also come parsed as a relative clause of "day", and "a day after
        # meeting X" with "after" under "day".
        of_unit = tok.dep_ in ("relcl", "acl", "advcl") and _unit_name(tok.head) in _UNITS
        on_unit = mark.dep == labels.PREP and _unit_name(mark.head) in _UNITS
        unit = _unit(tok) or _unit(mark) or (tok.head if of_unit else (mark.head if on_unit else None))
        unit = unit or _unit_before(mark)
        days = _amount(unit) if unit is not None else None
        if unit is not None and days is not None:
            reference = (unit.head if of_unit else tok.head) if mark.dep == labels.MARK else mark.head
            reference = unit.head if on_unit and unit.i == mark.head.i else reference
            if _unit_name(reference) in _UNITS:  # ("talks with X, a day after meeting Y": the clause's verb)
                reference = _clause_verb(reference)
            # ("Hours before the signing X accused": the signing, parsed under "before")
            if mark.dep == labels.MARK:
                reference = next((c for c in doccache.children(mark) if c.dep == labels.POBJ), reference)
            return Shift(-days if mark.lower_ == "after" else days, reference, False, False, _calendar(unit))
    for prep in (c for c in doccache.children(tok) if c.dep_ == "prep" and c.lower_ in words.subordinators):
        before = tok.doc[prep.i - 1] if prep.i > 0 else prep
        # "Hours after the vote": the unit hangs from "after", or (parsed loosely) from the verb beside it.
        unit = _unit(prep) or (before if before.head.i == tok.i and _unit_name(before) in _UNITS else None)
        days = _amount(unit) if unit is not None else None
        if days is not None:
            obj = next((c for c in doccache.children(prep) if c.dep_ in ("pobj", "pcomp")), None)
            return Shift(days if prep.lower_ == "after" else -days, obj, False, False, _calendar(unit))
    # "Minutes after the vote, the envoy walked out", parsed with the unit on the verb and "after" under it.
    for near in (c for c in doccache.children(tok) if c.dep == labels.NPADVMOD and _unit_name(c) in _UNITS):
        under = next(
            (c for c in doccache.children(near) if c.dep_ == "prep" and c.lower_ in words.subordinators), None
        )
        days = _amount(near)
        if under is not None and days is not None:
            obj = next((c for c in doccache.children(under) if c.dep_ in ("pobj", "pcomp")), None)
            return Shift(days if under.lower_ == "after" else -days, obj, False, False, _calendar(near))
    return _counted_clause(tok) or _signed(tok)


def _counted_clause(tok: Token) -> Shift | None:
    """ "Minutes before he spoke, police fired": the unit on the verb and the clause it counts from
    hanging from the verb too, right after the unit."""
    words = date_words()
    for near in (c for c in doccache.children(tok) if c.dep == labels.NPADVMOD and _unit_name(c) in _UNITS):
        for clause in (c for c in doccache.children(tok) if c.dep == labels.ADVCL and c.i > near.i):
            mark = next((m for m in doccache.children(clause) if m.dep == labels.MARK), None)
            days = _amount(near)
            if (
                mark is not None
                and mark.i == near.i + 1
                and mark.lower_ in words.subordinators
                and days is not None
            ):
                return Shift(days if mark.lower_ == "after" else -days, clause, False, False, _calendar(near))
    return None


def _unit_before(mark: Token) -> Token | None:
    """The unit just before ``mark`` that the parser hung elsewhere: "came a day after X raised", with
    "a day" on "came", or "a day after meeting", with "after" under "day"."""
    before = mark.doc[mark.i - 1] if mark.i > 0 else mark
    if _unit_name(before) not in _UNITS:
        return None
    if mark.head.i == before.i:  # (however the parser hangs "a day" itself: an adverb, an apposition)
        return before
    # (or left as an unlabelled "dep" of the clause: "nine months after the group declared a truce")
    hung = before.dep_ in ("npadvmod", "dep")
    return before if hung and before.head.i in (mark.head.i, mark.head.head.i) else None


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause ``tok`` stands in (``tok`` itself at the root)."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def when_clause_date(tok: Token) -> Span | None:
    """The date a "when" clause describes, for an event told in it: "since Sunday, when gunmen attacked
    the post" took place on Sunday (the date itself, after "since", dates no event of its own clause)."""
    clause = tok
    while clause.dep == labels.CONJ and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep != labels.RELCL or not any(c.lower_ == "when" for c in doccache.children(clause)):
        return None
    day = clause.head
    return next((e for e in doccache.ents(tok.doc) if e.label_ == "DATE" and e.start <= day.i < e.end), None)


def told_before(noun: Token) -> list[Token]:
    """The verbs or nouns of earlier sentences that tell the act an undated event noun refers back to, the
    last first: "Hours before the signing" counts from the day the text said the accord was signed."""
    lemma = noun.lemma_.casefold()
    if noun.pos_ != "NOUN":
        return []
    start = doccache.sent(noun).start
    return [
        t
        for t in reversed(noun.doc[:start])
        if t.pos_ in ("VERB", "NOUN") and lemma in (t.lemma_.casefold(), t.lemma_.casefold() + "ing")
    ]


def measured_apart(tok: Token) -> bool:
    """Whether the clause at ``tok`` is set apart from its head's time by a span of time, counted or not
    ("days after the balloon drifted ...", "weeks before Lima recalled its envoy"): it does not share
    the date of the clause it hangs from."""
    words = date_words()
    mark = next(
        (c for c in doccache.children(tok) if c.dep == labels.MARK and c.lower_ in words.subordinators), None
    )
    if mark is None:
        return False
    unit = _unit(tok) or _unit(mark)
    return unit is not None and _UNITS[_unit_name(unit)] > 0


def _signed(tok: Token) -> Shift | None:
    """ "two days earlier", "hours later", "the same day", "the previous day", "the night before"."""
    words = date_words()
    moving = words.backward | words.forward  # (once, not once per child)
    for adv in (c for c in doccache.children(tok) if c.lower_ in moving):
        unit = _unit(adv)
        days = _amount(unit) if unit is not None else None
        if days is not None:
            # "ago" counts from the report ("took control a week ago"), the others from another event.
            ago = adv.lower_ == "ago"
            return Shift(-days if adv.lower_ in words.backward else days, None, not ago, ago, _calendar(unit))
    for unit in _units_on(tok):
        amods = {c.lower_ for c in doccache.children(unit) if c.dep_ in ("amod", "advmod")}
        after = tok.doc[min(unit.i + 1, len(tok.doc) - 1)]  # ("attacked the night BEFORE": on the verb)
        if after.head.i == tok.i and any(c.lower_ == "the" for c in doccache.children(unit)):
            amods.add(after.lower_)
        size = _UNITS[_unit_name(unit)]
        if "same" in amods:
            return Shift(0, None, True)
        if amods & words.backward:
            return Shift(-size, None, True, False, _calendar(unit))
        if amods & words.forward:
            return Shift(size, None, True, False, _calendar(unit))
    return None


def _units_on(tok: Token) -> list[Token]:
    """The units of time that place the clause at ``tok`` against another: "the same day" on the verb,
    or after "on" ("On the same day, police charged ..."; not "on the same day as the vote": the vote's)."""
    units = [c for c in doccache.children(tok) if c.dep == labels.NPADVMOD and _unit_name(c) in _UNITS]
    for on in (c for c in doccache.children(tok) if c.dep == labels.PREP and c.lower_ == "on"):
        units += [
            p
            for p in doccache.children(on)
            if p.dep == labels.POBJ
            and _unit_name(p) in _UNITS
            and not any(c.dep == labels.PREP and c.lower_ == "as" for c in doccache.children(p))
        ]
    return units


def story_day(
    tok: Token, reference: dt.date | None, own: Callable[[Token], list[When]], lead: list[_Lead]
) -> When | None:
    """The day of the lead sentence's main event (``own``: the dates of a clause's own), for an undated
    event ``tok`` told after the lead, when the lead dates its news to a day in the week before
    ``reference``: later sentences tell more of that day's story ("...on Sunday. Two traders were shot
    dead, police said."). ``lead`` (one per article, empty at first) keeps the lead's end and its day."""
    if not lead:
        lead.append(leadclause.lead_day(tok.doc, own))
    end, day = lead[0]
    if reference is None or day is None or tok.i < end:
        return None
    return day if 0 < (reference - dt.date.fromisoformat(day.date)).days <= _STORY_REACH else None
