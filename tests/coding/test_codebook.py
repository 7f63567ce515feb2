"""The CAMEO codebook shipped as package data (issue 3, item 1)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsevents.coding.codebook import Code, load_codebook, lookup, read_codebook, root
from newsevents.errors import DataFileError

HEADER = "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\tplover_from"
REFERENCE = Path(__file__).resolve().parent.parent.parent.parent / "shared" / "reference" / "cameo.tsv"


def test_every_reference_code_is_shipped_with_its_values() -> None:
    if not REFERENCE.is_file():
        pytest.skip(
            f"needs the shared checkout: {REFERENCE} is absent (check out `shared` next to the project)"
        )
    shipped = load_codebook()
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()[1:]
    assert len(shipped) == len(lines)
    for line in lines:
        code, name, goldstein, quad, *_ = line.split("\t")
        entry = shipped[code]
        assert (entry.name, entry.goldstein, entry.quad_class) == (name, float(goldstein), int(quad))


@pytest.mark.parametrize("root_code", [f"{n:02d}" for n in range(1, 21)])
def test_every_root_is_present(root_code: str) -> None:
    assert lookup(root_code).code == root_code
    assert any(code.startswith(root_code) and len(code) == 3 for code in load_codebook())


@pytest.mark.parametrize(
    ("code", "name", "quad"),
    [
        ("042", "Make a visit", 1),
        ("043", "Host a visit", 1),
        ("057", "Sign formal agreement", 1),
        ("0354", "Express intent to ease economic sanctions, boycott, or embargo", 1),
        ("163", "Impose embargo, boycott, or sanctions", 4),
        ("173", "Arrest, detain, or charge with legal action", 4),
        ("195", "Employ aerial weapons", 4),
    ],
)
def test_lookup(code: str, name: str, quad: int) -> None:
    entry = lookup(code)
    assert (entry.name, entry.quad_class, entry.root) == (name, quad, code[:2])


def test_plover_columns_filled_from_the_nearest_ancestor() -> None:
    # the reference leaves 1823's PLOVER mode empty; 182 has one
    assert lookup("1823").plover_mode == lookup("182").plover_mode != ""
    assert lookup("1823").plover_from == "182"
    assert lookup("042").plover_from == ""
    # from 03 on every code has a PLOVER type (01 and 02 have none in CAMEO2PLOVER)
    assert all(c.plover_type for c in load_codebook().values() if c.code[:2] not in {"01", "02"})


def test_unknown_code_raises_a_clear_key_error() -> None:
    with pytest.raises(KeyError, match="unknown CAMEO event code '999'"):
        lookup("999")


@pytest.mark.parametrize(("code", "expected"), [("0354", "03"), ("195", "19"), ("20", "20")])
def test_root(code: str, expected: str) -> None:
    assert root(code) == expected


def test_root_rejects_non_codes() -> None:
    with pytest.raises(KeyError):
        root("x")


def test_codes_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        lookup("042").name = "x"  # type: ignore[misc]
    assert isinstance(lookup("042"), Code)


def test_load_is_cached() -> None:
    assert load_codebook() is load_codebook()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("04\tCONSULT\t1.0\t1\tCONSULT\t\t", "expected 8"),
        ("4x\tCONSULT\t1.0\t1\tCONSULT\t\t\t", "bad CAMEO code"),
        ("04\tCONSULT\tlots\t1\tCONSULT\t\t\t", "not a number"),
        ("04\tCONSULT\t11.0\t1\tCONSULT\t\t\t", "outside -10..10"),
        ("04\tCONSULT\t1.0\t5\tCONSULT\t\t\t", "QuadClass"),
        ("04\t\t1.0\t1\tCONSULT\t\t\t", "no name"),
        ("041\tDiscuss by telephone\t1.0\t1\tCONSULT\tphone\t\t", "comes before \\(or without\\) its root"),
    ],
)
def test_malformed_rows_are_rejected_with_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "cameo.tsv"
    path.write_text(f"{HEADER}\n01\tMAKE PUBLIC STATEMENT\t0.0\t1\t\t\t\t\n{row}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as info:
        read_codebook(path)
    assert f"{path}:3" in str(info.value)


def test_duplicate_code_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "cameo.tsv"
    row = "01\tMAKE PUBLIC STATEMENT\t0.0\t1\t\t\t\t"
    path.write_text(f"{HEADER}\n{row}\n{row}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=f"{path}:3: duplicate code 01"):
        read_codebook(path)


def test_bad_header_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "cameo.tsv"
    path.write_text("code\tname\n01\tX\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=":1: header"):
        read_codebook(path)
