"""Compiled resources, cached on disk: what costs seconds to build at every start (the gazetteer index,
the actor dictionary and its phrase index) is built once and read back in milliseconds.

Each resource is one file ``<name>-<key>.bin`` in the cache directory (``NEWSEVENTS_CACHE_DIR``, else the
user cache directory of ``platformdirs``). The key is a hash of everything the resource is built from
(package version, packaged data files, a user's ``--actors`` files, library and Python versions), so a
change to any of them builds a new file; stale files are left for ``newsevents cache clear``.

A file is a header (magic, format, payload length, SHA-256 of the payload) and the payload. It is written
to a temporary file in the same directory and renamed into place, so two processes that build at once
each write a whole file and the last rename wins; a reader never sees half a file. A file whose length
or checksum does not match is deleted and rebuilt, never used. When the directory cannot be written, the
resource is built in memory and the run goes on.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import struct
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

__all__ = ["CACHE_ENV", "CachedFile", "build", "cache_dir", "clear", "files", "load_or_build", "resource_key"]

CACHE_ENV = "NEWSEVENTS_CACHE_DIR"
# Bumped when the file layout or any payload's encoding changes: old files then simply stop matching.
FORMAT = 1
_MAGIC = b"NECACHE\0"
_HEADER = struct.Struct("<8sIQ32s")  # magic, format, payload length, sha256(payload)
_SUFFIX = ".bin"

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CachedFile:
    """One file in the cache directory, as ``newsevents cache info`` lists it."""

    path: Path
    name: str
    size: int
    valid: bool


def cache_dir() -> Path:
    """The cache directory: ``$NEWSEVENTS_CACHE_DIR`` if set, else the user cache dir (platformdirs)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # only here: the override path needs no import

    return Path(platformdirs.user_cache_dir("newsevents", appauthor=False))


@functools.cache
def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "none"


def resource_key(
    name: str, parts: Iterable[str] = (), packaged: Iterable[str] = (), files: Iterable[Path] = ()
) -> str:
    """The cache key of resource ``name``: a hash of the format, Python's and newsevents' versions,
    ``parts`` (versions of libraries it depends on, settings), the bytes of the ``packaged`` files
    (paths inside the package: ``"data/sites.tsv"``, or a folder: ``"coding/data"``) and of a user's
    ``files``."""
    digest = hashlib.sha256()
    for part in (name, str(FORMAT), sys.version.split()[0], _version("newsevents"), *parts):
        digest.update(part.encode("utf-8") + b"\0")
    for path in packaged:
        digest.update(path.encode("utf-8") + b"\0" + _packaged_digest(path))
    for file in files:
        digest.update(str(file).encode("utf-8") + b"\0" + hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()[:32]


@functools.lru_cache(maxsize=64)
def _packaged_digest(path: str) -> bytes:
    # Packaged files do not change while a process runs: each is hashed once, however many keys use it.
    # A folder stands for every file in it.
    item = resources.files("newsevents").joinpath(path)
    if not item.is_dir():
        return hashlib.sha256(item.read_bytes()).digest()
    digest = hashlib.sha256()
    for child in sorted(item.iterdir(), key=lambda c: c.name):
        if child.is_file():
            digest.update(child.name.encode("utf-8") + b"\0" + hashlib.sha256(child.read_bytes()).digest())
    return digest.digest()


def library_version(dist: str) -> str:
    """``dist==version`` of an installed library, for ``resource_key``'s ``parts``."""
    return f"{dist}=={_version(dist)}"


def _path(name: str, key: str) -> Path:
    return cache_dir() / f"{name}-{key}{_SUFFIX}"


def _read(path: Path) -> bytes | None:
    """The payload of ``path``; None if it is missing, partial or corrupt."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < _HEADER.size:
        return None
    magic, fmt, length, checksum = _HEADER.unpack_from(data)
    payload = data[_HEADER.size :]
    if magic != _MAGIC or fmt != FORMAT or length != len(payload):
        return None
    if hashlib.sha256(payload).digest() != checksum:
        return None
    return payload


def _write(path: Path, payload: bytes) -> None:
    """Write atomically: a temporary file in the same directory, then a rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = _HEADER.pack(_MAGIC, FORMAT, len(payload), hashlib.sha256(payload).digest())
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(header)
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_or_build(name: str, key: str, build: Callable[[], bytes]) -> bytes:
    """The cached payload of resource ``name`` under ``key``; built by ``build()`` and stored when it
    is missing or fails its check (a bad file is replaced, never used)."""
    path = _path(name, key)
    payload = _read(path)
    if payload is not None:
        return payload
    if path.exists():
        log.warning("cache file %s is corrupt or partial: rebuilding it", path)
    payload = build()
    try:
        _write(path, payload)
    except OSError as exc:  # a read-only or full disk costs the next start time, not this run
        log.warning("cannot write cache file %s: %s", path, exc)
    return payload


def files() -> list[CachedFile]:
    """The resource files in the cache directory, each checked."""
    directory = cache_dir()
    if not directory.is_dir():
        return []
    found = []
    for path in sorted(directory.glob(f"*{_SUFFIX}")):
        name = path.name.rsplit("-", 1)[0]
        found.append(CachedFile(path, name, path.stat().st_size, _read(path) is not None))
    return found


def clear() -> int:
    """Delete every resource file (and leftover temporary file) in the cache directory; how many."""
    directory = cache_dir()
    if not directory.is_dir():
        return 0
    count = 0
    for path in [*directory.glob(f"*{_SUFFIX}"), *directory.glob(f".*{_SUFFIX}.*")]:
        path.unlink(missing_ok=True)
        count += 1
    return count


def build(actor_files: Sequence[str | Path] = ()) -> list[CachedFile]:
    """Build every resource that is missing or stale: the gazetteer, the packaged actor tables, the
    phrase index of the packaged dictionary plus ``actor_files`` and the packaged event patterns; the
    files now in the cache."""
    from newsevents.actors import compiled
    from newsevents.actors.dictionary import ActorDictionary
    from newsevents.coding.compiled import packaged_patterns
    from newsevents.where import load_gazetteer

    load_gazetteer()
    compiled.phrases(ActorDictionary.load(extra=actor_files), actor_files)
    packaged_patterns()
    return files()
