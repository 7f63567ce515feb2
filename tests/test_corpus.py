"""The project's corpus (corpus/README.md): the committed tuning and check halves are exactly what
tools/split_corpus.py makes of corpus/parts, the two halves never share an article, and every article and
gold event is in the shared format."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PARTS = sorted(p for p in (CORPUS / "parts").iterdir() if p.is_dir())
# Probe sets (corpus/README.md): tuning material outside the split, one folder each.
PROBES = sorted(p for p in (CORPUS / "probe").glob("*") if p.is_dir())
HALVES = ("tuning", "check")
ISO3 = re.compile(r"[A-Z]{3}")
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
ROOTS = {f"{n:02d}" for n in range(1, 21)}
GOLD_KEYS = {"article", "date", "source", "target", "roots", "symmetric", "required"}
OPTIONAL_GOLD_KEYS = {"source_role", "note"}
ARTICLE_KEYS = {"id", "text", "html", "url", "title", "published", "source", "language"}


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("split_corpus", ROOT / "tools" / "split_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_three_parts() -> None:
    assert [p.name for p in PARTS] == ["asia-global", "europe-americas", "mideast-africa"]


def test_committed_halves_are_exactly_the_split(tool: ModuleType, tmp_path: Path) -> None:
    tool.split(CORPUS / "parts", tmp_path)
    for half in HALVES:
        for kind in ("articles", "gold"):
            committed = (CORPUS / half / f"{kind}.jsonl").read_bytes()
            assert committed == (tmp_path / half / f"{kind}.jsonl").read_bytes(), (
                f"corpus/{half}/{kind}.jsonl differs from tools/split_corpus.py's output: re-run it"
            )


def test_the_split_is_idempotent(tool: ModuleType, tmp_path: Path) -> None:
    first = tool.split(CORPUS / "parts", tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.rglob("*.jsonl")}
    assert tool.split(CORPUS / "parts", tmp_path) == first
    assert {p.name: p.read_bytes() for p in tmp_path.rglob("*.jsonl")} == before


def test_each_part_splits_about_half_and_half(tool: ModuleType, tmp_path: Path) -> None:
    for part, counts in tool.split(CORPUS / "parts", tmp_path).items():
        total = counts["tuning"] + counts["check"]
        assert 0.4 <= counts["tuning"] / total <= 0.6, (part, counts)


def test_no_article_is_in_both_halves() -> None:
    tuning = {a["id"] for a in _rows(CORPUS / "tuning" / "articles.jsonl")}
    check = {a["id"] for a in _rows(CORPUS / "check" / "articles.jsonl")}
    assert tuning and check and not tuning & check
    every = {a["id"] for part in PARTS for a in _rows(part / "articles.jsonl")}
    assert tuning | check == every


def test_the_half_depends_on_the_id_alone(tool: ModuleType) -> None:
    assert {tool.half_of(f"xx-{n:03d}") for n in range(20)} == set(HALVES)
    assert tool.half_of("ea-001") == tool.half_of("ea-001")


def _prefix(part: Path) -> str:
    """The id prefix of a part's articles: the region's initial, or ``pr-NAME-`` for a probe set."""
    return f"pr-{part.name}-" if part.parent.name == "probe" else part.name[:1]


@pytest.mark.parametrize("part", PARTS + PROBES, ids=lambda p: p.name)
def test_articles_are_in_the_input_format(part: Path) -> None:
    articles = _rows(part / "articles.jsonl")
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids))
    for a in articles:
        assert set(a) <= ARTICLE_KEYS, a["id"]
        assert isinstance(a["id"], str) and a["id"].startswith(_prefix(part)), a["id"]
        assert isinstance(a.get("text"), str) and a["text"].strip(), a["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published"]), a["id"]


@pytest.mark.parametrize("part", PARTS + PROBES, ids=lambda p: p.name)
def test_gold_is_in_the_shared_format(part: Path) -> None:
    ids = {a["id"] for a in _rows(part / "articles.jsonl")}
    gold = _rows(part / "gold.jsonl")
    assert {g["article"] for g in gold} <= ids, "a gold event names a missing article"
    for n, g in enumerate(gold, 1):
        where = f"{part.name}/gold.jsonl line {n}"
        assert GOLD_KEYS <= set(g) <= GOLD_KEYS | OPTIONAL_GOLD_KEYS, where
        assert g["source"] == "*" or (isinstance(g["source"], str) and ISO3.fullmatch(g["source"])), where
        assert g["target"] is None or (isinstance(g["target"], str) and ISO3.fullmatch(g["target"])), where
        assert isinstance(g["roots"], list) and g["roots"], where
        assert all(isinstance(r, str) and r in ROOTS for r in g["roots"]), where
        assert len(g["roots"]) == len(set(g["roots"])), where
        assert isinstance(g["symmetric"], bool) and isinstance(g["required"], bool), where
        assert g["date"] is None or (isinstance(g["date"], str) and DATE.fullmatch(g["date"])), where


def test_kosovo_is_xkx() -> None:
    # The parts were written by three people; Kosovo is the user-assigned XKX the dictionaries use.
    codes = {g[k] for part in PARTS for g in _rows(part / "gold.jsonl") for k in ("source", "target")}
    assert "XKX" in codes and not codes & {"KSV", "KOS", "XKO", "RKS", "UNK"}


def test_probe_sets_stay_outside_the_halves() -> None:
    # A probe set is tuning material: none of its articles may reach the check half through the parts.
    probe_ids = {a["id"] for probe in PROBES for a in _rows(probe / "articles.jsonl")}
    split_ids = {a["id"] for half in HALVES for a in _rows(CORPUS / half / "articles.jsonl")}
    assert not probe_ids & split_ids
