"""Live mode (issue 15): watch feeds and folders, and ingest what is new, round after round.

``sources`` (what SOURCES name), ``polite`` (robots.txt, per-host pacing), ``state`` (what was seen, in
the store, committed with the articles), ``poll`` (one round's records), ``watch`` (the rounds),
``signals`` (a clean stop), ``serving`` (``serve --watch``: the watcher beside the web server).
"""

from newsevents.live.watch import RoundStats, Watcher, WatchOptions, watch

__all__ = ["RoundStats", "WatchOptions", "Watcher", "watch"]
