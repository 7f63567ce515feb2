"""Tests of the actor dictionary: time-aware roles, countries, agents, titles, user files, data checks."""

from __future__ import annotations

import datetime
import json
from collections import defaultdict
from pathlib import Path

import pytest

from newsevents.actors.dictionary import (
    ActorDictionary,
    Entry,
    RoleSpan,
    known_countries,
    known_roles,
    split_code,
)
from newsevents.errors import DataFileError

CURATED = Path(__file__).resolve().parents[2] / "tools" / "curated_actors.jsonl"
D = datetime.date.fromisoformat


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def _one(actors: ActorDictionary, name: str) -> Entry:
    hits = [e for e in actors.find(name) if e.kind == "person"]
    assert len(hits) == 1, [e.id for e in hits]
    return hits[0]


# issue 3: the seed's point is that Trump visited as a sitting president, Clinton and Carter as former ones
@pytest.mark.parametrize(("name", "day", "code"), [
    ("Donald Trump", "2019-06-30", "USAGOV"),
    ("Donald Trump", "2025-06-01", "USAGOV"),
    ("Donald Trump", "2022-03-01", "USAELI"),
    ("Donald Trump", "2017-01-19", "USAELI"),
    ("Bill Clinton", "2009-08-04", "USAELI"),
    ("Bill Clinton", "1995-05-01", "USAGOV"),
    ("Jimmy Carter", "1994-06-15", "USAELI"),
    ("Jimmy Carter", "2010-08-25", "USAELI"),
    ("Jimmy Carter", "1979-01-01", "USAGOV"),
    ("Kim Jong Un", "2019-06-30", "PRKGOV"),
    ("Kim Jong Un", "2010-06-30", "PRKELI"),
    ("Kim Jong Il", "2011-12-16", "PRKGOV"),
    ("Kim Jong Il", "2011-12-17", "PRKELI"),
    ("Moon Jae-in", "2019-06-30", "KORGOV"),
    ("Moon Jae-in", "2023-01-01", "KORELI"),
    ("Pope Francis", "2025-05-01", "VATELI"),
    ("Pope Leo XIV", "2025-06-01", "VATGOV"),
    ("António Guterres", "2020-01-01", "IGOUNO"),
])
def test_code_on_dates(actors: ActorDictionary, name: str, day: str, code: str) -> None:
    assert _one(actors, name).code_on(D(day)) == code


def test_trump_entry_shape(actors: ActorDictionary) -> None:
    trump = actors.entry("donald-trump")
    assert trump.default == "USAELI" and trump.country == "USA" and trump.source == "curated"
    assert "Trump" in trump.aliases
    assert trump.title_on(D("2019-06-30")) == "President"
    assert trump.code_on(None) == "USAELI"


def test_phrases_point_at_entries(actors: ActorDictionary) -> None:
    pairs = set(actors.phrases())
    assert ("Kim Jong-un", "kim-jong-un") in pairs
    assert ("President Trump", "donald-trump") in pairs
    assert not any(phrase in {"Kim", "Lee", "Li", "Wang", "Ali", "Park", "Khan"} for phrase, _ in pairs)


def test_curated_merge_keeps_phoenix_aliases(actors: ActorDictionary) -> None:
    carter = actors.entry("jimmy-carter")
    assert carter.source == "curated"
    assert "U.S. President Jimmy Carter" in carter.aliases  # from Phoenix
    assert len([e for e in actors.find("Jimmy Carter")]) == 1


@pytest.mark.parametrize(("phrase", "iso3"), [
    ("Pyongyang", "PRK"), ("the Kremlin", "RUS"), ("North Korean", "PRK"), ("U.S.", "USA"), ("US", "USA"),
    ("North Koreans", "PRK"), ("Washington", "USA"), ("the White House", "USA"), ("Beijing", "CHN"),
    ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Hungarian", "HUN"), ("Britain", "GBR"), ("Downing Street", "GBR"),
    ("Tehran", "IRN"), ("DPRK", "PRK"), ("Kosovo", "XKX"), ("Taiwan", "TWN"), ("the Vatican", "VAT"),
    ("Georgia", "GEO"), ("SOUTH KOREAN", "KOR"), ("The Kremlin", "RUS"),
])
def test_country_phrases(actors: ActorDictionary, phrase: str, iso3: str) -> None:
    assert actors.country_code(phrase) == iso3


@pytest.mark.parametrize("phrase", ["us", "chad", "Chungcheong", "New York", "Kandahar"])
def test_not_country_phrases(actors: ActorDictionary, phrase: str) -> None:
    assert actors.country_code(phrase) is None


def test_country_names(actors: ActorDictionary) -> None:
    assert actors.country_name("PRK") == "North Korea"
    assert actors.country_name("USA") == "United States"
    codes = {iso for iso, _kind, _phrase in actors.countries()}
    assert len(codes) >= 197  # UN members + Palestine, Taiwan, Kosovo, the Vatican, Western Sahara
    assert {"PSE", "TWN", "XKX", "VAT", "ESH", "SSD"} <= codes


@pytest.mark.parametrize(("phrase", "role"), [
    ("police", "COP"), ("police officer", "COP"), ("police officers", "COP"), ("rebel", "REB"),
    ("rebels", "REB"), ("soldier", "MIL"), ("protester", "OPP"),
])
def test_agents(actors: ActorDictionary, phrase: str, role: str) -> None:
    assert actors.agent_role(phrase) == role


@pytest.mark.parametrize(("phrase", "role"), [
    ("president", "GOV"), ("Prime Minister", "GOV"), ("foreign minister", "GOV"),
    ("defence minister", "GOVMIL"),
    ("supreme leader", "GOV"), ("general", "MIL"), ("senator", "LEG"), ("judge", "JUD"),
    ("opposition leader", "OPP"), ("rebel leader", "REB"), ("police chief", "COP"),
])
def test_titles(actors: ActorDictionary, phrase: str, role: str) -> None:
    assert actors.title_role(phrase) == role


@pytest.mark.parametrize(("code", "parts"), [
    ("USAGOV", ("USA", "GOV")), ("IGOUNO", (None, "IGO")), ("USA", ("USA", None)), ("PSEREB", ("PSE", "REB")),
    ("USAGOVLEG", ("USA", "GOV")),
])
def test_split_code(code: str, parts: tuple[str | None, str | None]) -> None:
    assert split_code(code) == parts


@pytest.mark.parametrize("code", ["", "US", "usagov", "USAG"])
def test_split_code_rejects(code: str) -> None:
    with pytest.raises(ValueError):
        split_code(code)


def _valid(code: str) -> bool:
    country, role = split_code(code)
    return (country is None or country in known_countries()) and (role is None or role in known_roles()) \
        and (country, role) != (None, None)


def test_every_code_in_data_is_valid(actors: ActorDictionary) -> None:
    bad = []
    for entry in actors.entries():
        for code in [r.code for r in entry.roles] + ([entry.default] if entry.default else []):
            if not _valid(code):
                bad.append((entry.id, code))
    for _phrase, role in [*actors.agents(), *actors.titles()]:
        if any(role[i:i + 3] not in known_roles() for i in range(0, len(role), 3)):
            bad.append((_phrase, role))
    for iso3, _kind, _phrase in actors.countries():
        if split_code(iso3) != (iso3, None):
            bad.append((iso3, _phrase))
    assert not bad, bad[:20]


def test_user_file_overrides_and_adds(tmp_path: Path) -> None:
    user = tmp_path / "mine.jsonl"
    lines = [
        {"id": "donald-trump", "kind": "person", "name": "Donald Trump", "aliases": [], "country": "USA",
         "roles": [], "default": "USAELI"},
        {"id": "jane-roe", "kind": "person", "name": "Jane Roe", "country": "HUN",
         "roles": [{"code": "HUNGOV", "from": "2020-01-01", "until": None, "title": "Minister"}],
         "default": "HUNELI"},
    ]
    user.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    mine = ActorDictionary.load(extra=[user])
    assert mine.entry("donald-trump").code_on(D("2019-06-30")) == "USAELI"
    assert mine.entry("jane-roe").code_on(D("2021-01-01")) == "HUNGOV"
    assert ("Jane Roe", "jane-roe") in set(mine.phrases())
    # the packaged dictionary is untouched
    assert ActorDictionary.load().entry("donald-trump").code_on(D("2019-06-30")) == "USAGOV"


@pytest.mark.parametrize(("line", "message"), [
    ('{"id": "x", "kind": "person", "name": "X"', "invalid JSON"),
    ('{"id": "x", "kind": "wizard", "name": "X"}', "unknown kind"),
    ('{"id": "x", "kind": "person", "name": "X", "roles": [{"code": "USAGOV", "from": "2020-13-01"}]}',
     "bad date"),
    ('{"id": "x", "kind": "person", "name": "X", "default": "USAXYZ"}', "USAXYZ"),
    ('{"id": "x", "kind": "person", "name": "X", "default": "usa"}', "bad code"),
    ('{"id": "x", "kind": "person", "name": "X", "colour": "red"}', "unknown field"),
])
def test_malformed_user_file(tmp_path: Path, line: str, message: str) -> None:
    user = tmp_path / "bad.jsonl"
    good = '{"id": "ok", "kind": "person", "name": "Ok"}'
    user.write_text(f"# a comment\n{good}\n{line}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"bad\.jsonl:3: .*{message}"):
        ActorDictionary.load(extra=[user])


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        ActorDictionary.load(extra=[tmp_path / "absent.jsonl"])


def test_eli_never_beats_an_office() -> None:
    entry = Entry("x", "person", "X", (), "USA",
                  (RoleSpan("USAELI", D("1990-01-01"), D("2030-01-01"), None),
                   RoleSpan("USAGOV", D("2000-01-01"), D("2004-01-01"), "President")), "USAELI")
    assert entry.code_on(D("2001-01-01")) == "USAGOV"
    assert entry.code_on(D("2005-01-01")) == "USAELI"


def _curated() -> list[dict[str, object]]:
    rows = []
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(json.loads(line))
    return rows


def test_curated_dates_are_consistent() -> None:
    problems = []
    for row in _curated():
        spans = defaultdict(list)
        for role in row["roles"]:  # type: ignore[attr-defined]
            start, end = role.get("from"), role.get("until")
            if start and end and not start < end:
                problems.append((row["id"], role))
            if "concurrent" not in role.get("note", "") and not role["code"].endswith("ELI"):
                spans[row["id"]].append((start or "0000", end or "9999", role["code"]))
        for ident, items in spans.items():
            items.sort()
            for (s1, e1, c1), (s2, _e2, c2) in zip(items, items[1:], strict=False):
                if s2 < e1:
                    problems.append((ident, c1, s1, e1, c2, s2))
    assert not problems, problems


def test_curated_covers_the_2020s() -> None:
    rows = _curated()
    recent = [r for r in rows if any((ro.get("until") or "9999") > "2020-01-01"  # type: ignore[attr-defined]
                                     for ro in r["roles"])]  # type: ignore[attr-defined]
    assert len(recent) >= 200
    assert len({r["id"] for r in rows}) == len(rows)
