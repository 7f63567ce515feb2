"""Stopping a watch cleanly: SIGINT and SIGTERM set an event instead of raising.

The first signal lets the round finish the records in hand (they are analysed and committed, with what
they cover marked seen); a second one interrupts at once (``KeyboardInterrupt``), which is safe too: the
store rolls the open transaction back and the next start resumes from the last commit.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from types import FrameType


@contextlib.contextmanager
def stop_on_signals(
    stop: threading.Event, note: Callable[[str], object] = print
) -> Iterator[threading.Event]:
    """Within the block, SIGINT/SIGTERM set ``stop`` (the second raises ``KeyboardInterrupt``); the
    previous handlers come back after. Only the main thread may set handlers: elsewhere it does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handle(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        note(f"{signal.Signals(signum).name}: stopping after the articles in hand (again to stop now)")
        stop.set()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


__all__ = ["stop_on_signals"]
