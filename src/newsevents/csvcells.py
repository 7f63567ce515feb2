"""CSV cells that spreadsheets will not run as formulas (issue 12, web details).

Excel, LibreOffice and Google Sheets treat a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab
or carriage return before one) as a formula, so a headline such as ``=HYPERLINK(...)`` in an article
title would run when an analyst opens an export. Every CSV newsevents writes (``events --format csv``,
``sql --format csv``, ``export --format csv``, ``/api/events.csv``) goes through this module, which
prefixes such text cells with an apostrophe, OWASP's advice: the spreadsheet shows the text as written.
Numbers are left alone (a Goldstein score of -5.0 is a number, not a formula). Booleans are written
``true``/``false`` everywhere, as DuckDB's CSV writer does (Python would write ``True``/``False``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """``value`` ready for a CSV cell: text that a spreadsheet would evaluate gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def frame(data: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``data`` with every text cell passed through ``cell``."""
    from pandas.api.types import is_bool_dtype, is_object_dtype, is_string_dtype

    out = data.copy()
    for column in out.columns:
        series = out[column]
        if is_object_dtype(series) or is_string_dtype(series) or is_bool_dtype(series):
            out[column] = series.map(cell)
    return out


def sql(con: duckdb.DuckDBPyConnection, select: str) -> str:
    """``select`` wrapped so that DuckDB's own CSV writer applies ``cell``'s rule to its text columns."""
    described = con.execute(f"DESCRIBE ({select})").fetchall()
    pattern = "'^[=+\\-@\\t\\r]'"
    parts = []
    for name, kind, *_ in described:
        quoted = '"' + str(name).replace('"', '""') + '"'
        if kind == "VARCHAR":
            parts.append(
                f"CASE WHEN regexp_matches({quoted}, {pattern}) THEN '''' || {quoted} ELSE {quoted} END "
                f"AS {quoted}"
            )
        else:
            parts.append(quoted)
    return f"SELECT {', '.join(parts)} FROM ({select})"


__all__ = ["FORMULA_START", "cell", "frame", "sql"]
