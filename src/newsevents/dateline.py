"""The dateline that opens a wire report: "OSLO —", "KYIV, March 3 (Wire) -", "ERBIL, Iraq, Aug 9 -",
"HAVANA (Wire) -", "ALMATY (translated from Russian). " (a translated paper's note, closed by a full
stop), or an all-caps city glued to the first sentence ("TALLINN Estonian police ...").

A dateline says where the report was filed, not who acted: the parser often makes its city the subject
of the first sentence ("CANBERRA, May 19 - China imposed ..."), so the actor stage reads no actor inside
it. ``find_dateline(doc)`` finds it once per article; the actor stage stores it as ``doc._.ne_dateline``
(a ``Dateline`` or None) for the stages after it (dates and places may read its date and place).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from newsevents.annotations import annotation, doc_text
from newsevents.records import Place

__all__ = ["Dateline", "dateline_country", "find_dateline", "release_date"]

# An all-caps place: words of capitals, dots, apostrophes and hyphens ("PORT-AU-PRINCE", "ST. PAUL"),
# or two places filed from together ("MOSCOW/BERLIN").
# Capitals include accented ones ("LOMÉ", "SÃO PAULO").
_CAP = "A-ZÀ-ÖØ-Þ"
_PLACE = rf"(?P<place>[{_CAP}][{_CAP}.'’]*[{_CAP}.](?:[- /][{_CAP}][{_CAP}.'’]*[{_CAP}.]?)*)"
# A month and day; the grammar of a date, so it stays here rather than in a data file.
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# "May 3", "March 10, 2023", or the day first as state agencies and ministries write it ("3 May",
# "9 July 2018").
_DATE = (
    rf"(?P<date>(?:{_MONTH})(?:\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
    rf"|\d{{1,2}}\s+{_MONTH_NAME}(?:,?\s+\d{{4}})?)"
)
# The region or country after the city ("Greece", "Democratic Republic of Congo"): title-case words.
_REGION = rf"(?P<region>(?!(?:{_MONTH})\b)[A-Z][\w.'’-]*(?:\s+(?:of|and|the|[A-Z][\w.'’-]*))*)"
_AGENCY = r"\((?P<agency>[^()\n]{1,40})\)"
# A state agency's name after the date, set off by a comma ("Tehran, June 5, IRNA --") or between
# slashes and closed by a full stop ("MOSCOW, March 14. /TASS/."): metadata, like a bracketed one.
_BARE_AGENCY = r",\s*(?P<bare>[A-Z]{2,8})(?=\s*(?:--|[-—–:]))"
_SLASHED = r"\.\s*/(?P<slashed>[A-Z]{2,8})/\."
_DASH = r"(?:--|[-—–:])"
_FULL = re.compile(
    rf"\s*{_PLACE}(?:,\s*{_REGION}(?=,|\s*\(|\s+{_DASH}))?(?:,?\s+{_DATE})?"
    rf"(?:{_SLASHED}|(?:\s*{_AGENCY}|{_BARE_AGENCY})?\s*(?:{_DASH}|(?<=\))\.))\s+(?=\S)"
)
# A city written in title case, as state agencies write it ("Pyongyang, October 2 (Agency) --",
# "Beijing, 3 May --"): a dateline only with its date and a dash (or slashed agency), and only when the
# gazetteer knows the city, since a sentence may open with a name and a comma.
_TITLED = re.compile(
    rf"\s*(?P<place>[A-Z][A-Za-zà-ÿ'’]+(?:[- ][A-Z][A-Za-zà-ÿ'’]+){{0,2}}),\s*{_DATE}"
    rf"(?:{_SLASHED}|(?:\s*{_AGENCY}|{_BARE_AGENCY})?\s*{_DASH})\s+(?=\S)"
)
# A release's own header with its date and no place ("Press release, 6 May 2022.", "News item, 3 May
# 2021.", "Statement, May 3, 2021 -"): a government's release dates itself the way a dateline does.
_RELEASE = re.compile(
    rf"\s*(?:[A-Z][a-z]+\s+)?(?:[Rr]elease|[Ii]tem|[Ss]tatement|[Rr]eadout)[,:]?\s+{_DATE}\s*(?:\.|{_DASH})\s"
)
# A ministry's or a council's own dateline, closed by a full stop with no dash ("OSLO, 12 March
# 2019. The Government deplores ..."): only with a full date and its year, which no sentence opens with.
_STOPPED = re.compile(
    rf"\s*{_PLACE},\s*(?P<date>\d{{1,2}}\s+{_MONTH_NAME},?\s+\d{{4}}|{_MONTH_NAME}\s+\d{{1,2}},\s*\d{{4}})"
    rf"\.\s+(?=[A-Z])"
)
# A bare all-caps city glued to the first sentence: kept only when the gazetteer knows the city.
_GLUED = re.compile(rf"\s*{_PLACE}\s+(?=[A-Z][a-z])")
# Dotted capitals ("U.S.", "U.K."): an abbreviation, which a glued city never is.
_ABBREVIATION = re.compile(rf"(?:[{_CAP}]\.)+")
# Lines that may open a report before its dateline (a headline of at most this many characters).
_MAX_HEADLINE = 160


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline of one article: its place, region, date and agency as written, and its span."""

    place: str
    region: str | None
    date: str | None
    agency: str | None
    start_char: int
    end_char: int  # after the dash and the space that follow it
    start: int  # token span [start, end)
    end: int
    # Written in a state agency's house style (a title-case city, an agency's name set off by a comma or
    # slashes): the text is the state's own voice, so the rules
    # that give an unnamed agent or patient the dateline's country do not read it.
    official: bool = False


def find_dateline(doc: Doc, is_place: Callable[[str], bool] | None = None) -> Dateline | None:
    """The dateline at the start of ``doc`` (or of its second line, after a headline), else None.

    ``is_place`` says whether an all-caps word as written ("TALLINN") is a known place; without it a
    dateline needs its dash.
    """
    text = doc_text(doc)
    offsets = [0]
    newline = text.find("\n")
    if 0 < newline <= _MAX_HEADLINE:
        offsets.append(newline + 1)
    for offset in offsets:
        found = _match(text, offset, is_place)
        if found is None:
            continue
        start, end, groups = found
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        return Dateline(
            place=groups["place"],
            region=groups.get("region"),
            date=groups.get("date"),
            agency=groups.get("agency"),
            official="official" in groups,
            start_char=start,
            end_char=end,
            start=span.start,
            end=span.end,
        )
    return None


def release_date(text: str) -> tuple[int, int, str] | None:
    """The character span and date of a release header opening ``text`` with no place ("Media release,
    4 May 2022. The Government ..."), else None."""
    found = _RELEASE.match(text)
    return (found.start(), found.end(), found.group("date")) if found is not None else None


def _match(
    text: str, offset: int, is_place: Callable[[str], bool] | None
) -> tuple[int, int, dict[str, str]] | None:
    full = _FULL.match(text, offset)
    if full is not None and _caps_word(full.group("place")):
        return full.start("place"), full.end(), _groups(full)
    stopped = _STOPPED.match(text, offset)
    if stopped is not None and _caps_word(stopped.group("place")):
        return stopped.start("place"), stopped.end(), _groups(stopped)
    titled = _TITLED.match(text, offset)
    if titled is not None and is_place is not None and is_place(titled.group("place").upper()):
        return titled.start("place"), titled.end(), _groups(titled)
    glued = _GLUED.match(text, offset)
    if glued is not None and is_place is not None:
        place = glued.group("place")
        # "U.S. Navy helicopters ...": an abbreviation opening the sentence is no glued city
        abbreviation = _ABBREVIATION.fullmatch(place) is not None
        if _caps_word(place) and len(place) >= 4 and not abbreviation and is_place(place):
            return glued.start("place"), glued.end(), {"place": place}
    return None


def _groups(found: re.Match[str]) -> dict[str, str]:
    """The groups a dateline matched, with an agency however it was set off kept as "agency"."""
    groups = {k: v for k, v in found.groupdict().items() if v}
    agency = groups.pop("bare", None) or groups.pop("slashed", None)
    if agency is not None:
        groups["agency"] = agency
    if agency is not None or groups["place"] != groups["place"].upper():
        groups["official"] = "yes"
    return groups


def _caps_word(place: str) -> bool:
    """At least two capital letters: "OSLO" is a dateline city, "A" opening a sentence is not."""
    return sum(c.isupper() for c in place) >= 2


def dateline_country(doc: Doc, lookup: Callable[[str, Sequence[str]], Place | None]) -> str | None:
    """The country the article's dateline (``doc._.ne_dateline``) files from. When it names a region or
    country after the city, the reading where both agree wins: "GAO, Mali" is Mali's Gao whatever other
    Gao is bigger, "AMRITSAR, Punjab" India's Punjab, "ATLANTA, Georgia" the US state; if none agrees, a
    country named by its own name ("PALMA, Mozambique") beats the city, a region does not ("MELBOURNE,
    Victoria")."""
    dateline = annotation(doc, "ne_dateline")
    if dateline is None:
        return None
    place = lookup(dateline.place, ())
    region = lookup(dateline.region, ()) if dateline.region else None
    if region is None or not region.country or dateline.region is None:
        return place.country if place is not None else None
    if place is None or place.country == region.country:
        return region.country
    inside = lookup(dateline.place, (region.country,))
    if inside is not None and inside.country == region.country:
        return region.country
    for name in (dateline.region, f"{dateline.region} state"):
        other = lookup(name, (place.country,) if place.country else ())
        if other is not None and other.country == place.country:
            return place.country
    return region.country if region.name.casefold() == dateline.region.casefold() else place.country


# A paragraph break: a section of a digest or roundup may open after one with a dateline of its own.
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def section_datelines(doc: Doc) -> list[Dateline]:
    """The datelines that open later paragraphs of ``doc`` ("...\\n\\nLA PAZ - Police ...") with their dash:
    the sections of a news digest or "in brief" roundup, each a story filed from a place of its own.
    Read once per Doc (kept in ``doc.user_data``)."""
    memo = doc.user_data.get("ne_section_datelines")
    if memo is not None:
        return memo  # type: ignore[no-any-return]
    text = doc_text(doc)
    found: list[Dateline] = []
    for m in _PARAGRAPH.finditer(text):
        hit = _match(text, m.end(), None)
        if hit is None:
            continue
        start, end, groups = hit
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            found.append(
                Dateline(
                    groups["place"],
                    groups.get("region"),
                    groups.get("date"),
                    groups.get("agency"),
                    start,
                    end,
                    span.start,
                    span.end,
                )
            )
    doc.user_data["ne_section_datelines"] = found
    return found
