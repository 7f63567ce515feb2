"""Build the compiled coder: the hot coding, actor and doccache modules compiled by mypyc into
``build/compiled`` (outside ``src/``), with a manifest of the package's source hashes that
``newsevents/native.py`` checks before it loads any of them (see there, and the README).

    python tools/build_compiled.py [--out DIR] [--jobs N]

Needs mypy (mypyc comes with it: the dev extra), a C compiler and the Python headers. The build is made
in a temporary directory and renamed into place, so a failed build leaves no half build; sources edited
while it ran make it fail rather than record the wrong hashes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsevents"
GROUP = "newsevents_native"  # the shared library every compiled module's stub loads: GROUP__mypyc
# The modules compiled (globs under src/newsevents): the coder's stages and rules, the actor stage and the
# per-Doc cache, that is the Python run between spaCy's parse and the event records.
MODULES = ("coding/*.py", "actors/*.py", "doccache.py")
# Not compiled: package initialisers. (Every other module compiles with the same behaviour: the lazy
# tables of actors/resolve.py are explicit memos, not ``functools.cached_property``, which a mypyc class
# turns into a plain property; actors/phrases.py's ``Phrase`` is a plain class, since a dataclass field
# naming ``DocActors`` crashed the compiled import cycle; and the phrase rules' catalogue text is data in
# actors/rule_notes.py, since mypyc drops docstrings.)
SKIP = ("__init__.py",)


def _paths() -> list[Path]:
    found = {p for glob in MODULES for p in PACKAGE.glob(glob) if p.name not in SKIP}
    return sorted(found)


def _module(path: Path) -> str:
    return ".".join(("newsevents", *path.relative_to(PACKAGE).with_suffix("").parts))


def build(out: Path, jobs: int, opt_level: str = "3") -> None:
    """Compile, then write the extensions and the manifest to ``out`` (replaced whole)."""
    sys.path.insert(0, str(ROOT / "src"))
    from mypyc.build import mypycify
    from setuptools import Distribution

    from newsevents import native

    paths = _paths()
    before = native.source_hashes()
    work = out.with_name(out.name + ".tmp")
    shutil.rmtree(work, ignore_errors=True)
    os.chdir(ROOT)  # mypy reads its options from pyproject.toml ([tool.mypy])
    rel = [str(p.relative_to(ROOT)) for p in paths]
    c_dir = str(work / "c")
    extensions = mypycify(rel, opt_level=opt_level, debug_level="0", group_name=GROUP, target_dir=c_dir)
    dist = Distribution({"name": "newsevents-native", "ext_modules": extensions})
    command = dist.get_command_obj("build_ext")
    command.build_lib = str(work / "lib")  # type: ignore[attr-defined]
    command.build_temp = str(work / "obj")  # type: ignore[attr-defined]
    command.parallel = jobs  # type: ignore[attr-defined]
    dist.run_command("build_ext")
    if native.source_hashes() != before:
        shutil.rmtree(work, ignore_errors=True)
        raise SystemExit("sources changed during the build: run it again")
    suffix = native.abi()["ext_suffix"]
    modules = {_module(p): p.relative_to(PACKAGE.parent).with_suffix(suffix).as_posix() for p in paths}
    modules[f"{GROUP}__mypyc"] = f"{GROUP}__mypyc{suffix}"
    manifest = {"abi": native.abi(), "modules": modules, "sources": before}
    (work / "lib" / native.MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    shutil.rmtree(out, ignore_errors=True)
    (work / "lib").rename(out)
    shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "compiled", help="build directory")
    parser.add_argument("--opt-level", default="3", help="the C compiler's -O level (0: a quick test build)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="C compiler processes")
    args = parser.parse_args()
    start = time.perf_counter()
    build(args.out.resolve(), args.jobs, args.opt_level)
    print(f"compiled {len(_paths())} modules into {args.out} in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
