"""Compiled resources, cached on disk: what costs seconds to build at every start (the gazetteer index,
the actor dictionary and its phrase index) is built once and read back in milliseconds.

Each resource is one file ``<name>-<key>.bin`` in the cache directory (``NEWSEVENTS_CACHE_DIR``, else the
user cache directory of ``platformdirs``). The key is a hash of everything the resource is built from
(package version, packaged data files, a user's ``--actors`` files, library and Python versions), so a
change to any of them builds a new file; stale files are left for ``newsevents cache clear``.

A file is the payload followed by a trailer (magic, format, payload length, CRC-32 of the payload): the
payload starts the file, so a resource that is itself a database file (the gazetteer's SQLite image) is
opened where it lies instead of being copied into memory (``load_or_build_file``). A file is written to
a temporary file in the same directory and renamed into place, so two processes that build at once each
write a whole file and the last rename wins; a reader never sees half a file. A file whose length or
checksum does not match is deleted and rebuilt, never used. When the directory cannot be written, the
resource is built in memory and the run goes on.

The checksum is CRC-32 (zlib): it catches every accidental damage a cache file meets (truncation, a
torn write, flipped bits, another program's bytes) and reads at several times the speed of SHA-256,
which the 30 MB of files read at every start notice.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import struct
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "CACHE_ENV", "CachedFile", "build", "cache_dir", "clear", "files", "load_or_build", "load_or_build_file",
    "resource_key",
]

CACHE_ENV = "NEWSEVENTS_CACHE_DIR"
# Bumped when the file layout or any payload's encoding changes: old files then simply stop matching.
FORMAT = 2
_MAGIC = b"NECACHE\0"
_TRAILER = struct.Struct("<8sIQI")  # magic, format, payload length, crc32(payload)
_SUFFIX = ".bin"
# Files are checked in chunks of this size through one buffer: a 25 MB file costs 1 MB of fresh memory.
_CHUNK = 1 << 20

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


def _trailer(f: BinaryIO) -> tuple[int, int] | None:
    """The payload length and CRC-32 that the open file ``f`` states in its trailer, if it ends in a
    trailer of this format that fits its size; ``f`` is left at the start of the payload."""
    size = os.fstat(f.fileno()).st_size
    if size < _TRAILER.size:
        return None
    f.seek(size - _TRAILER.size)
    data = f.read(_TRAILER.size)
    if len(data) != _TRAILER.size:
        return None
    magic, fmt, length, crc = _TRAILER.unpack(data)
    if magic != _MAGIC or fmt != FORMAT or length != size - _TRAILER.size:
        return None
    f.seek(0)
    return length, crc


def _read(path: Path) -> bytes | None:
    """The payload of ``path``; None if it is missing, partial or corrupt."""
    try:
        with open(path, "rb") as f:
            stated = _trailer(f)
            if stated is None:
                return None
            payload = f.read(stated[0])  # one buffer, read once: no copy for a slice
    except OSError:
        return None
    if len(payload) != stated[0] or zlib.crc32(payload) != stated[1]:
        return None
    return payload


def _check(path: Path) -> bool:
    """Whether ``path`` is a whole, undamaged file, read in chunks (its payload is not kept)."""
    try:
        with open(path, "rb", buffering=0) as f:
            stated = _trailer(f)
            if stated is None:
                return False
            crc, left = 0, stated[0]
            chunk = memoryview(bytearray(min(_CHUNK, max(left, 1))))
            while left:
                got = f.readinto(chunk[: min(left, len(chunk))])
                if not got:
                    return False
                crc = zlib.crc32(chunk[:got], crc)
                left -= got
    except OSError:
        return False
    return crc == stated[1]


def _write(path: Path, payload: bytes) -> None:
    """Write atomically: a temporary file in the same directory, then a rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    trailer = _TRAILER.pack(_MAGIC, FORMAT, len(payload), zlib.crc32(payload))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.write(trailer)
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
    return _built(path, build)[1]


def load_or_build_file(name: str, key: str, build: Callable[[], bytes]) -> Path | bytes:
    """Resource ``name`` under ``key`` as a checked file whose payload starts at its first byte (the
    path: read it in place, ignoring the trailer after the payload); built by ``build()`` and stored when
    missing or bad. The payload itself when it cannot be stored (a read-only or full disk)."""
    path = _path(name, key)
    if _check(path):
        return path
    stored, payload = _built(path, build)
    return path if stored else payload


def _built(path: Path, build: Callable[[], bytes]) -> tuple[bool, bytes]:
    """Build the payload of ``path`` and store it: (whether it was stored, the payload)."""
    if path.exists():
        log.warning("cache file %s is corrupt or partial: rebuilding it", path)
    payload = build()
    try:
        _write(path, payload)
    except OSError as exc:  # a read-only or full disk costs the next start time, not this run
        log.warning("cannot write cache file %s: %s", path, exc)
        return False, payload
    return True, payload


def files() -> list[CachedFile]:
    """The resource files in the cache directory, each checked."""
    directory = cache_dir()
    if not directory.is_dir():
        return []
    found = []
    for path in sorted(directory.glob(f"*{_SUFFIX}")):
        name = path.name.rsplit("-", 1)[0]
        found.append(CachedFile(path, name, path.stat().st_size, _check(path)))
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
    phrase index of the packaged dictionary plus ``actor_files``, the packaged event patterns and the
    tone lexicon; the files now in the cache."""
    from newsevents import heap
    from newsevents.actors import compiled
    from newsevents.actors.dictionary import ActorDictionary
    from newsevents.coding.compiled import packaged_patterns
    from newsevents.tone import _lexicon
    from newsevents.where import load_gazetteer

    with heap.loading():  # millions of objects, none of them garbage: the collector would only slow it
        load_gazetteer()
        compiled.phrases(ActorDictionary.load(extra=actor_files), actor_files)
        packaged_patterns()
        _lexicon()
    return files()
