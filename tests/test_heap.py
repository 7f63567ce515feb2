"""newsevents.heap (issue 11, start-up): the collector paused while resources load, then frozen."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from newsevents import heap


@pytest.fixture(autouse=True)
def _collector() -> Iterator[None]:
    thresholds, enabled = gc.get_threshold(), gc.isenabled()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    if enabled:
        gc.enable()


def test_loading_pauses_the_collector_even_when_a_loader_enables_it() -> None:
    gc.enable()
    before = gc.get_threshold()
    with heap.loading():
        gc.enable()  # what spaCy's model loader (srsly) does after every file it reads
        young = [[] for _ in range(before[0] * 5)]  # containers: each counts towards a collection
        assert gc.get_count()[0] >= len(young), "no collection ran while loading"
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() >= len(young), "what was loaded is frozen"


def test_nested_loading_restores_the_outer_thresholds() -> None:
    gc.set_threshold(700, 10, 10)
    with heap.loading():
        with heap.loading():
            pass
        assert gc.get_threshold()[0] == 0, "still paused inside the outer use"
    assert gc.get_threshold() == (700, 10, 10)


def test_loading_restores_the_collector_when_loading_fails() -> None:
    gc.set_threshold(700, 10, 10)
    with pytest.raises(RuntimeError), heap.loading():
        raise RuntimeError("a resource failed to load")
    assert gc.get_threshold() == (700, 10, 10)


def test_exiting_freezes_what_is_alive() -> None:
    kept = [[] for _ in range(1000)]
    heap.exiting()
    assert gc.get_freeze_count() >= len(kept)


def test_coding_collects_the_young_generation_less_often() -> None:
    gc.set_threshold(700, 10, 10)
    heap.coding()
    assert gc.get_threshold() == (heap.CODING_YOUNG, 10, 10)
    gc.set_threshold(50_000, 10, 10)
    heap.coding()
    assert gc.get_threshold() == (50_000, 10, 10), "never more often than it was"


def test_coding_leaves_a_paused_collector_paused() -> None:
    gc.set_threshold(700, 10, 10)
    with heap.loading():
        heap.coding()
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == (700, 10, 10)
