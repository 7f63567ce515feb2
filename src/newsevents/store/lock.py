"""Who holds a store: DuckDB's lock error turned into one line that says which process and what to do.

DuckDB lets one process write a file and then no other open it at all (``database``). Its error names
the holder's program and PID; on Linux ``/proc/PID/cmdline`` tells which command that is (``newsevents
serve``, a notebook), which is what a user needs to decide whether to stop it.
"""

from __future__ import annotations

import re
from pathlib import Path

# DuckDB 1.x and 2.x: 'Conflicting lock is held in /usr/bin/python3 (PID 1234)'; later wording may add
# more after the PID, so only this part is read.
_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")
_MAX_COMMAND = 160  # characters of the holder's command line shown


def lock_holder(message: str) -> tuple[str, int] | None:
    """The program and PID named by a DuckDB lock error, or None when ``message`` is not one."""
    found = _HOLDER.search(message)
    if found is None:
        return None
    return found["program"], int(found["pid"])


def command_of(pid: int, proc: Path = Path("/proc")) -> str | None:
    """The command line of process ``pid`` (Linux ``/proc``), or None when it cannot be read."""
    try:
        raw = (proc / str(pid) / "cmdline").read_bytes()
    except OSError:
        return None
    words = [w.decode("utf-8", "replace") for w in raw.split(b"\0") if w]
    if not words:
        return None
    text = " ".join(words)
    return text if len(text) <= _MAX_COMMAND else text[: _MAX_COMMAND - 3] + "..."


def lock_message(path: str | Path, message: str) -> str | None:
    """One line for a store held by another process (None when ``message`` is another error)."""
    holder = lock_holder(message)
    if holder is None:
        return None
    program, pid = holder
    who = command_of(pid) or program
    return (
        f"the store {path} is in use by another process (PID {pid}: {who}); stop that process first, "
        "or, to add articles while the explorer is up, run both in one process: "
        "`newsevents serve --watch SOURCES`"
    )


__all__ = ["command_of", "lock_holder", "lock_message"]
