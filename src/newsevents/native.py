"""The compiled coder: the hot coding, actor and doccache modules compiled to C extensions by mypyc
(``make compiled``, ``tools/build_compiled.py``), used only while they match the sources exactly.

The ``.py`` files stay the source of truth. A build lives outside the package, in ``build/compiled`` of
the checkout (or the directory ``NEWSEVENTS_COMPILED`` names; ``NEWSEVENTS_COMPILED=0`` turns it off),
with a manifest of the SHA-256 of every ``.py`` file of the package at build time. ``install`` (run by
``newsevents/__init__.py`` before anything else of the package loads) puts a finder in front of Python's
import system that loads the compiled modules only when the manifest's hashes equal those of the
package's sources now, for the same Python and extension ABI; else it does nothing and every module
loads from its ``.py``. The check is all or nothing: compiled modules call each other's functions
directly, so one changed file anywhere in the package (an edit, a checkout, a pull) turns the whole build
off until it is rebuilt, and a module is never compiled code of an older source.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import sysconfig
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

__all__ = ["ENV", "MANIFEST", "abi", "active", "default_dir", "install", "source_hashes"]

ENV = "NEWSEVENTS_COMPILED"
MANIFEST = "manifest.json"
_PACKAGE = Path(__file__).resolve().parent
_state: dict[str, str] = {}


def abi() -> dict[str, str]:
    """What an extension module is built for: the interpreter and the extension file suffix."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    return {"cache_tag": str(sys.implementation.cache_tag), "ext_suffix": str(suffix)}


def source_hashes(package: Path = _PACKAGE) -> dict[str, str]:
    """SHA-256 of every ``.py`` file under ``package``, by path relative to it."""
    return {
        p.relative_to(package).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(package.rglob("*.py"))
    }


def default_dir() -> Path:
    """``build/compiled`` of the checkout the package lies in (``src/newsevents`` -> the checkout)."""
    return _PACKAGE.parent.parent / "build" / "compiled"


def active() -> str:
    """Why the compiled modules are used or not, in a few words (``install`` sets it)."""
    return _state.get("status", "not checked")


class _Finder(importlib.abc.MetaPathFinder):
    """Finds the build's extension modules, by module name, before the ``.py`` files."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def _files(build: Path, manifest: dict[str, object]) -> dict[str, Path] | None:
    """The build's extension file for each module it holds, or None when the build does not match."""
    if manifest.get("abi") != abi() or manifest.get("sources") != source_hashes():
        return None
    modules = manifest.get("modules")
    if not isinstance(modules, dict):
        return None
    files = {str(name): build / str(file) for name, file in modules.items()}
    return files if all(f.is_file() for f in files.values()) else None


def install() -> bool:
    """Put the build's finder first on ``sys.meta_path`` when a build exists and matches; True if so."""
    if _state:
        return _state["status"] == "on"
    setting = os.environ.get(ENV, "")
    build = default_dir() if setting in ("", "1") else Path(setting)
    if setting == "0" or not (build / MANIFEST).is_file():
        _state["status"] = "off" if setting == "0" else "not built"
        return False
    try:
        files = _files(build, json.loads((build / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        files = None
    if files is None:
        _state["status"] = "stale (sources changed since the build): not used"
        return False
    sys.meta_path.insert(0, _Finder(files))
    # A compiled module imports the compiled modules it uses directly, not through their packages: the
    # packages (``newsevents.actors`` is a namespace package) must be in ``sys.modules`` first.
    for package in sorted({name.rpartition(".")[0] for name in files if name.startswith("newsevents.")}):
        importlib.import_module(package)
    _state["status"] = "on"
    return True
