"""What a command tells the user about the inputs it rejected (issue 12: no silence, no flood).

Every rejection is counted by reason. The first ``shown`` of each reason are printed on stderr, one line
each; the rest only counted, so 100,000 bad lines print 20 lines and a summary, not 100,000. With a
``--rejections FILE`` every rejection is written there as one JSON line (``Rejection.to_json()``), so
nothing is lost. ``summary()`` is the run's last stderr line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import IO

from newsevents.records import Rejection


class RejectionLog:
    """Counts, echoes (up to ``shown`` per reason) and optionally records the rejections of one run."""

    def __init__(
        self, echo: Callable[[str], None], path: Path | None = None, *, shown: int = 20
    ) -> None:
        self.echo = echo
        self.path = path
        self.shown = shown
        self.counts: Counter[str] = Counter()
        self._file: IO[str] | None = path.open("w", encoding="utf-8") if path is not None else None

    def __call__(self, rejection: Rejection) -> Rejection:
        self.counts[rejection.reason] += 1
        if self.counts[rejection.reason] <= self.shown:
            self.echo(rejection.message())
        elif self.counts[rejection.reason] == self.shown + 1:
            self.echo(f"newsevents: (more '{rejection.reason}' rejections are counted, not shown)")
        if self._file is not None:
            self._file.write(rejection.to_json() + "\n")
        return rejection

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        """``rejected 3 (duplicate 2, not-english 1); all in FILE``, or ``rejected 0``."""
        if not self.total:
            return "rejected 0"
        parts = ", ".join(f"{reason} {n}" for reason, n in self.counts.most_common())
        hidden = sum(max(0, n - self.shown) for n in self.counts.values())
        line = f"rejected {self.total} ({parts})"
        if hidden:
            line += f"; {hidden} not shown"
        if self.path is not None:
            line += f"; all in {self.path}"
        return line

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> RejectionLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["RejectionLog"]
