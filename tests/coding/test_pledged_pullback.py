"""A pledge to pull troops back or to free captives (0356, 0353) that names no counterpart is aimed at the
story's rival, as the pull-back or the release itself is (coding/targets.py ``force-counterpart``), not at
the pledging state's own country. Every sentence is invented."""

from __future__ import annotations

from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline


def test_pledged_pullback_is_aimed_at_the_rival(pipeline: Pipeline) -> None:
    check_dyads(
        pipeline,
        DyadCase(
            "pledged-pullback",
            "TASHKENT, June 9 (Wire) - Uzbek and Kazakh border guards exchanged fire on Sunday near a "
            "disputed water station, and Kazakhstan accused Uzbekistan of moving artillery to the frontier. "
            "After talks in the evening, Uzbekistan's defence minister said its troops would pull back.",
            (("03", "UZB", "KAZ"),),
        ),
    )


def test_pullback_at_home_with_no_rival_stays_at_home(pipeline: Pipeline) -> None:
    check_dyads(
        pipeline,
        DyadCase(
            "pullback-at-home",
            "LIMA, June 9 (Wire) - Peru's army said on Sunday its troops would pull back from the mining "
            "town of Cerro Alto after a week of clashes with striking miners.",
            (("03", "PER", "PER"),),
        ),
    )
