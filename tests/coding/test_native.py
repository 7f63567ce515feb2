"""The compiled coder's loader (newsevents/native.py): a build is used only when its manifest's source
hashes and ABI match the package as it is now; anything else leaves every module to its .py file."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from newsevents import native


def _build(tmp_path: Path, **changes: object) -> tuple[Path, dict[str, object]]:
    (tmp_path / "newsevents").mkdir(parents=True)
    (tmp_path / "newsevents" / "doccache.so").write_bytes(b"")
    manifest: dict[str, object] = {
        "abi": native.abi(),
        "modules": {"newsevents.doccache": "newsevents/doccache.so"},
        "sources": native.source_hashes(),
    }
    return tmp_path, {**manifest, **changes}


def test_a_matching_build_is_used(tmp_path: Path) -> None:
    build, manifest = _build(tmp_path)
    assert native._files(build, manifest) == {"newsevents.doccache": build / "newsevents" / "doccache.so"}


def test_one_changed_source_turns_the_whole_build_off(tmp_path: Path) -> None:
    sources = native.source_hashes()
    assert "coding/arguments.py" in sources and "doccache.py" in sources
    edited = {**sources, "coding/arguments.py": "0" * 64}
    build, manifest = _build(tmp_path, sources=edited)
    assert native._files(build, manifest) is None
    added = {**sources, "coding/new_rule.py": "0" * 64}
    assert native._files(*_build(tmp_path / "b", sources=added)) is None
    removed = {k: v for k, v in sources.items() if k != "coding/posts.py"}
    assert native._files(*_build(tmp_path / "c", sources=removed)) is None


def test_another_python_or_a_missing_file_turns_it_off(tmp_path: Path) -> None:
    other = {**native.abi(), "cache_tag": "cpython-399"}
    assert native._files(*_build(tmp_path / "a", abi=other)) is None
    build, manifest = _build(tmp_path / "b")
    (build / "newsevents" / "doccache.so").unlink()
    assert native._files(build, manifest) is None


def test_the_finder_serves_only_the_build_s_modules(tmp_path: Path) -> None:
    finder = native._Finder({"newsevents.doccache": tmp_path / "doccache.so"})
    spec = finder.find_spec("newsevents.doccache", None)
    assert spec is not None and spec.origin == str(tmp_path / "doccache.so")
    assert finder.find_spec("newsevents.coding.arguments", None) is None
    assert importlib.util.find_spec("newsevents.coding.arguments") is not None


def test_the_loader_says_what_it_did() -> None:
    assert native.active() in {"on", "off", "not built", "stale (sources changed since the build): not used"}


def test_compiled_modules_read_conjuncts_from_the_cache() -> None:
    # spaCy's stubs type ``Token.conjuncts`` as a 1-tuple, so mypyc checks the length at run time and
    # compiled code raises TypeError on "X and Y"; ``doccache.conjuncts`` is typed as a tuple of any length.
    package = Path(native.__file__).parent
    offenders = [
        f"{path.relative_to(package)}:{number}"
        for pattern in ("coding/*.py", "actors/*.py")
        for path in sorted(package.glob(pattern))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if ".conjuncts" in line and "doccache.conjuncts" not in line and not line.lstrip().startswith("#")
    ]
    assert not offenders, offenders


def test_no_module_reads_a_class_s_slots() -> None:
    # A dataclass compiled by mypyc has no ``__slots__`` to read, and mypyc refuses to build a module that
    # reads them ("Cannot access instance attribute through class object"), so a word table's keys come
    # from ``dataclasses.fields`` (``resources.word_table``); declaring ``__slots__`` is fine.
    package = Path(native.__file__).parent
    offenders = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"\w\.__slots__", line) and not line.lstrip().startswith("#")
    ]
    assert not offenders, offenders
