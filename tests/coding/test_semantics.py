"""The CAMEO semantics table: one answer, for coder and store alike, to what a code says about its actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.coding import semantics
from newsevents.coding.codebook import load_codebook
from newsevents.errors import DataFileError

HEADER = "code\tsymmetric\tcounterpart\tdomestic\tnote"
ROOTS = [f"{n:02d}\tno\tyes\tno\troot {n:02d}" for n in range(1, 21)]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("036", True),
        ("030", False),
        ("04", True),
        ("040", True),
        ("041", True),
        ("042", False),
        ("043", False),
        ("044", True),
        ("045", False),
        ("046", True),
        ("051", False),
        ("057", True),
        ("06", True),
        ("061", True),
        ("111", False),
        ("190", False),
    ],
)
def test_symmetric(code: str, expected: bool) -> None:
    assert semantics.symmetric(code) is expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("010", False),
        ("020", True),
        ("046", True),
        ("071", True),
        ("0831", False),
        ("111", True),
        ("141", False),
        ("154", False),
        ("163", True),
        ("173", True),
        ("190", True),
    ],
)
def test_needs_counterpart(code: str, expected: bool) -> None:
    assert semantics.needs_counterpart(code) is expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("040", False),
        ("057", False),
        ("071", False),
        ("0831", True),
        ("091", True),
        ("111", False),
        ("141", True),
        ("143", True),
        ("163", False),
        ("173", True),
        ("1823", True),
        ("193", True),
    ],
)
def test_may_be_domestic(code: str, expected: bool) -> None:
    assert semantics.may_be_domestic(code) is expected


def test_every_code_of_the_codebook_resolves() -> None:
    for code in load_codebook():
        assert semantics.lookup(code).code == code[: len(semantics.lookup(code).code)]


def test_longest_prefix_wins() -> None:
    assert semantics.lookup("0431").code == "043"  # a longer code than the table knows falls back
    assert semantics.lookup("040").code == "04"


def test_a_non_code_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="not a CAMEO code"):
        semantics.symmetric("---")


def write(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "semantics.tsv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_well_formed_table_reads(tmp_path: Path) -> None:
    table = semantics.read_semantics(write(tmp_path, *ROOTS, "042\tno\tyes\tno\ta visit"))
    assert table["042"] == semantics.Semantics("042", False, True, False, "a visit")


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (["999\tno\tno\tno\tx"], r":22: '999' is not a code"),
        (["042\tmaybe\tno\tno\tx"], r":22: symmetric must be 'yes' or 'no'"),
        (["042\tno\tno\tno"], r":22: expected 5 tab-separated fields"),
        (["042\tno\tno\tno\t "], r":22: the note saying why is empty"),
        (["042\tno\tno\tno\tx", "042\tno\tno\tno\ty"], r":23: 042 has a row already"),
    ],
)
def test_malformed_rows_name_file_and_line(tmp_path: Path, rows: list[str], message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        semantics.read_semantics(write(tmp_path, *ROOTS, *rows))


def test_a_missing_root_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="no row for the root"):
        semantics.read_semantics(write(tmp_path, *ROOTS[:-1]))


def test_a_wrong_header_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=":1: expected the header"):
        semantics.read_semantics(write(tmp_path, *ROOTS, header="code\tsymmetric"))
