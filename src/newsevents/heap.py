"""The cyclic garbage collector around long-lived resources: what a short run spends in it.

Loading the pipeline creates a few million objects that live as long as the process (spaCy's model, the
actor and place tables, compiled patterns). While they are created, the collector's full passes traverse
all of them again and again (a tenth of a second or more of a one-sentence run), and at interpreter exit
its final passes traverse the whole heap once more (a third of a second). Neither finds anything to free:
these objects hold no garbage cycles.

``loading()`` pauses the collector while such resources load and then *freezes* everything alive
(``gc.freeze``: moved to a generation the collector never scans); reference counting still frees any
object whose count drops to zero, so only cyclic garbage alive at that moment is kept. ``exiting()`` does
the same at the end of a command, so the interpreter's exit passes skip the heap; the interpreter still
finalises every module and flushes every file as usual. ``coding()`` makes the young generation's
collections rarer in a process that codes articles, whose objects die together (``CODING_YOUNG``).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["CODING_YOUNG", "coding", "exiting", "loading"]

# The young generation's threshold in a process that codes articles (Python's default is 700 new
# container objects). Coding one article makes a few hundred to a few thousand objects that live until its
# Doc is released (``pipeline._release``) and then all die at once by reference counting: at 700 the
# collector traversed them about once an article, and again in the older generations, to find nothing to
# free (about 3 % of the coding's CPU on bench/stages.py's texts); at 20,000 it runs every few articles,
# when most of them are gone. The memory this lets wait for a collection is a few megabytes at most.
CODING_YOUNG = 20_000


@contextlib.contextmanager
def loading() -> Iterator[None]:
    """Pause the collector while long-lived resources load; freeze them afterwards. Nested uses are
    respected: only the outermost one restores the collector's thresholds."""
    # A zero threshold, not gc.disable(): spaCy's model loader (srsly's msgpack reader) calls
    # gc.enable() after each file it reads, which would end the pause halfway through the load.
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)


def coding() -> None:
    """In a process that codes articles: collect the young generation every ``CODING_YOUNG`` new objects
    (above), never more often than now; a paused collector (inside ``loading``) stays paused."""
    young, middle, old = gc.get_threshold()
    if young:
        gc.set_threshold(max(young, CODING_YOUNG), middle, old)


def exiting() -> None:
    """Before a short-lived process exits: nothing it holds needs the collector any more, so freeze it
    and let the interpreter's exit passes skip it."""
    gc.freeze()
