"""newsevents: turn news into event data.

    >>> import newsevents
    >>> for result in newsevents.run(["article.txt"]):   # read, deduplicate, analyse on every core
    ...     for event in result.events: print(event.to_json())

``run`` takes one ``Settings`` object (``load_settings(config, **options)``: defaults, a TOML file,
``NEWSEVENTS_*`` variables, options); ``Pipeline.load()`` gives the per-article step itself.

The public surface is ``__all__``; everything else may change without notice. Heavy modules (spaCy, the
store) load on first use, so ``import newsevents`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

from newsevents import native
from newsevents.records import Actor, Article, ArticleResult, Event, Evidence, Place, Plover, Quote, Rejection

native.install()  # the compiled coder (``make compiled``), when built from these very sources

__version__ = "0.1.0"

# name -> module that defines it, imported on first access
_LAZY = {
    "Pipeline": "newsevents.pipeline",
    "analyze": "newsevents.pipeline",
    "read": "newsevents.ingest",
    "evaluate": "newsevents.evaluate",
    "Store": "newsevents.store",
    "run": "newsevents.runner",
    "Settings": "newsevents.config",
    "load_settings": "newsevents.config",
}

__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "Event",
    "Evidence",
    "Pipeline",
    "Place",
    "Plover",
    "Quote",
    "Rejection",
    "Settings",
    "Store",
    "__version__",
    "analyze",
    "evaluate",
    "load_settings",
    "read",
    "run",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
