"""Loads ``tools/convert_phoenix_verbs.py`` (a script, not a package module) for the tests that use it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).resolve().parents[2] / "tools" / "convert_phoenix_verbs.py"


def load_converter() -> ModuleType:
    """The converter script as a module (imported once per test session)."""
    if "convert_phoenix_verbs" in sys.modules:
        return sys.modules["convert_phoenix_verbs"]
    spec = importlib.util.spec_from_file_location("convert_phoenix_verbs", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module
