"""The CAMEO codebook: every event code with its name, Goldstein value, QuadClass and PLOVER category.

The table ships as ``coding/data/cameo.tsv`` (converted by ``tools/convert_phoenix_verbs.py`` from the
CAMEO 1.1b3 lookup tables and CAMEO2PLOVER). Where the reference left a PLOVER column empty, the
converter filled it from the nearest ancestor code and named that ancestor in ``plover_from``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsevents.errors import DataFileError

__all__ = [
    "COLUMNS",
    "FORCE_ROOTS",
    "Code",
    "codebook_path",
    "load_codebook",
    "lookup",
    "read_codebook",
    "root",
]

# The columns of coding/data/cameo.tsv, in order (tools/convert_phoenix_verbs.py writes them).
COLUMNS = (
    "code",
    "name",
    "goldstein",
    "quad_class",
    "plover_type",
    "plover_mode",
    "plover_context",
    "plover_from",
)
_CODE_RE = re.compile(r"^[0-9]{2,4}$")
# The CAMEO roots of material conflict by force (assault, fight, mass violence), which many rules test a
# code against: a tuple, so that it serves both `code[:2] in` and `code.startswith(...)`.
FORCE_ROOTS = ("18", "19", "20")


@dataclass(frozen=True, slots=True)
class Code:
    """One CAMEO event code. PLOVER fields are empty strings where CAMEO2PLOVER gives nothing."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str
    plover_mode: str
    plover_context: str
    plover_from: str = ""  # ancestor code(s) the empty PLOVER columns were filled from, if any

    @property
    def root(self) -> str:
        """The two-digit root ("19" for "195")."""
        return self.code[:2]


def codebook_path() -> Path:
    """Where the packaged codebook lives."""
    return Path(str(resources.files("newsevents.coding").joinpath("data", "cameo.tsv")))


def read_codebook(path: Path) -> dict[str, Code]:
    """Read and check a codebook file in the packaged format; DataFileError names file:line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise DataFileError(f"{path}:1: header must be the tab-separated columns {', '.join(COLUMNS)}")
    codes: dict[str, Code] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        where = f"{path}:{number}"
        if len(fields) != len(COLUMNS):
            raise DataFileError(f"{where}: expected {len(COLUMNS)} tab-separated fields, got {len(fields)}")
        code, name, goldstein, quad, ptype, pmode, pcontext, pfrom = fields
        if not _CODE_RE.match(code):
            raise DataFileError(f"{where}: bad CAMEO code {code!r} (2 to 4 digits)")
        if code in codes:
            raise DataFileError(f"{where}: duplicate code {code}")
        if len(code) > 2 and code[:2] not in codes:
            raise DataFileError(f"{where}: code {code} comes before (or without) its root {code[:2]}")
        if not name.strip():
            raise DataFileError(f"{where}: code {code} has no name")
        try:
            value = float(goldstein)
        except ValueError:
            raise DataFileError(f"{where}: Goldstein value {goldstein!r} is not a number") from None
        if not math.isfinite(value) or not -10.0 <= value <= 10.0:
            raise DataFileError(f"{where}: Goldstein value {value} outside -10..10")
        if quad not in {"1", "2", "3", "4"}:
            raise DataFileError(f"{where}: QuadClass {quad!r} must be 1, 2, 3 or 4")
        codes[code] = Code(code, name, value, int(quad), ptype, pmode, pcontext, pfrom)
    if not codes:
        raise DataFileError(f"{path}: no codes")
    return codes


@lru_cache(maxsize=1)
def load_codebook() -> dict[str, Code]:
    """Every CAMEO code, keyed by code ("042"), read and checked once.

    The dict is shared: treat it as read-only. Raises DataFileError if the packaged file is malformed.
    """
    return read_codebook(codebook_path())


def lookup(code: str) -> Code:
    """The codebook entry for ``code``; KeyError naming the code if CAMEO has no such code."""
    try:
        return load_codebook()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO event code {code!r}") from None


def root(code: str) -> str:
    """The two-digit CAMEO root of a code ("0354" -> "03", "195" -> "19")."""
    if len(code) < 2 or not code[:2].isdigit():
        raise KeyError(f"not a CAMEO event code: {code!r}")
    return code[:2]
