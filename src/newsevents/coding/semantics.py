"""TEMPORARY stand-in (replaced by the semantics table from the patterns-data branch)."""

from __future__ import annotations


def symmetric(code: str) -> bool:
    return code[:2] in ("04", "05", "06") and code not in ("042", "043", "045")
