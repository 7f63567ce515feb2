"""What a CAMEO code says about its two actors, from one table: ``coding/data/cameo_semantics.tsv``.

Each row gives a code prefix (``04``, ``042``) three yes/no answers and a note saying why:

``symmetric``
    The two actors play the same part, so "A meets B" and "B meets A" report one event: consultations
    (04) except visits, hosting and mediation (042, 043, 045); intent to meet (036); signing an agreement
    (057); material cooperation (06).
``counterpart``
    The act is done to or with a party other than the source: the event needs a target, and a target
    that is the source itself is a mistake (appeals, consultations, cooperation, aid, demands,
    disapproval, rejection, threats, reduced relations, coercion, violence). Statements, protests,
    shows of force, investigations and resignations need no target.
``domestic``
    The target may be the source's own country as a whole, so where the text names no target the
    source's country may stand in (CAMEO codes a strike at home as ``DZA -> DZA``): statements,
    investigations, yielding, protests, force posture, coercion, violence. Where it is "no", an actor
    paired with its own country is a mistake (Korea consults Korea); a target in the same country must
    be a distinct actor the text names (the opposition criticising the government).

The longest prefix of a code that has a row decides, so ``042`` overrides ``04`` for visits. Every root
01-20 has a row, so every code of the codebook resolves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsevents.coding.codebook import load_codebook
from newsevents.errors import DataFileError

__all__ = [
    "COLUMNS",
    "Semantics",
    "load_semantics",
    "lookup",
    "may_be_domestic",
    "needs_counterpart",
    "read_semantics",
    "symmetric",
]

COLUMNS = ("code", "symmetric", "counterpart", "domestic", "note")
_FLAGS = {"yes": True, "no": False}
_CODE_RE = re.compile(r"^[0-9]{2,4}$")
_ROOTS = tuple(f"{n:02d}" for n in range(1, 21))


@dataclass(frozen=True, slots=True)
class Semantics:
    """The answers of one row of the table, for the code prefix ``code``."""

    code: str
    symmetric: bool
    counterpart: bool
    domestic: bool
    note: str


def read_semantics(path: Path) -> dict[str, Semantics]:
    """Read and check a table in the packaged format; DataFileError names ``file:line``.

    Checks: the header, five tab-separated fields, a code of the CAMEO codebook given once, ``yes`` or
    ``no`` in each flag column, a note, and a row for every root 01-20.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read the CAMEO semantics table: {exc}") from exc
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise DataFileError(f"{path}:1: expected the header {' '.join(COLUMNS)}")
    codes = load_codebook()
    table: dict[str, Semantics] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        where = f"{path}:{number}"
        fields = line.split("\t")
        if len(fields) != len(COLUMNS):
            raise DataFileError(f"{where}: expected {len(COLUMNS)} tab-separated fields, got {len(fields)}")
        code, *flags, note = fields
        if not _CODE_RE.match(code) or code not in codes:
            raise DataFileError(f"{where}: {code!r} is not a code of the CAMEO codebook")
        if code in table:
            raise DataFileError(f"{where}: {code} has a row already")
        for column, value in zip(COLUMNS[1:4], flags, strict=True):
            if value not in _FLAGS:
                raise DataFileError(f"{where}: {column} must be 'yes' or 'no', not {value!r}")
        if not note.strip():
            raise DataFileError(f"{where}: the note saying why is empty")
        sym, counterpart, domestic = (_FLAGS[v] for v in flags)
        table[code] = Semantics(
            code=code, symmetric=sym, counterpart=counterpart, domestic=domestic, note=note
        )
    missing = [root for root in _ROOTS if root not in table]
    if missing:
        raise DataFileError(f"{path}: no row for the root(s) {', '.join(missing)}; every code must resolve")
    return table


@lru_cache(maxsize=1)
def load_semantics() -> dict[str, Semantics]:
    """The packaged table (read once), by code prefix."""
    path = Path(str(resources.files("newsevents.coding").joinpath("data", "cameo_semantics.tsv")))
    return read_semantics(path)


def lookup(code: str) -> Semantics:
    """The row that decides for ``code``: its longest prefix in the table. KeyError if none."""
    table = load_semantics()
    # (a code's row, kept per table: the stages ask about the same few codes thousands of times an article)
    if not _BY_CODE or _BY_CODE[0][0] is not table:
        _BY_CODE[:] = [(table, {})]
    found = _BY_CODE[0][1].get(code)
    if found is not None:
        return found
    for cut in range(min(len(code), 4), 1, -1):
        row = table.get(code[:cut])
        if row is not None:
            _BY_CODE[0][1][code] = row
            return row
    raise KeyError(f"{code!r} is not a CAMEO code (no root 01-20)")


# [(the table, code -> its row)]: one table at a time, kept so that its id is never another's
_BY_CODE: list[tuple[dict[str, Semantics], dict[str, Semantics]]] = []


def symmetric(code: str) -> bool:
    """Whether the two actors of ``code`` play the same part ("A meets B" is "B meets A")."""
    return lookup(code).symmetric


def needs_counterpart(code: str) -> bool:
    """Whether ``code`` needs a target other than the source (an appeal, a meeting, an attack)."""
    return lookup(code).counterpart


def may_be_domestic(code: str) -> bool:
    """Whether the target of ``code`` may be the source's own country (a protest, an arrest, resigning)."""
    return lookup(code).domestic
