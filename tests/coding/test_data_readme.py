"""coding/data/README.md promises to list every file under `coding/data/` with its loader: twenty data files
had slipped out of its table as rules were added. This keeps the table complete, and every loader it names
importable and present, so a newcomer can go from a data file to the module that reads it."""

import importlib
import re
from pathlib import Path

import newsevents

DATA = Path(newsevents.__file__).parent / "coding" / "data"
ROW = re.compile(
    r"^\| `(?P<file>[^`]+)` \| (?P<kind>\w+) \| `(?P<module>newsevents\.[\w.]+)`"
    r"(?: \(`(?P<loader>\w+)\(\)`\))?",
    re.M,
)


def _rows() -> dict[str, tuple[str, str, str | None]]:
    text = (DATA / "README.md").read_text(encoding="utf-8")
    return {m["file"]: (m["kind"], m["module"], m["loader"]) for m in ROW.finditer(text)}


def test_every_data_file_is_listed() -> None:
    files = {p.name for p in DATA.iterdir() if p.is_file() and p.name != "README.md"}
    missing = sorted(files - set(_rows()))
    assert not missing, f"not in coding/data/README.md's table: {missing}"


def test_every_listed_file_exists_and_its_loader_imports() -> None:
    for name, (kind, module, loader) in _rows().items():
        assert (DATA / name).is_file(), f"README lists {name}, which is not in coding/data/"
        assert kind in {"converted", "curated", "trained"}, (name, kind)
        imported = importlib.import_module(module)
        assert loader is None or hasattr(imported, loader), f"{module} has no {loader}() for {name}"
