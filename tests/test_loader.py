"""The loader's pause of Python's cyclic collector while corpora are built in threads."""

from __future__ import annotations

import gc
import threading

from viewer.ui.loader import collector_paused


def test_the_collector_rests_until_the_last_builder_is_done() -> None:
    assert gc.isenabled()
    started, release = threading.Event(), threading.Event()

    def build() -> None:
        with collector_paused():
            started.set()
            release.wait(10)

    other = threading.Thread(target=build)
    other.start()
    started.wait(10)
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread is still building
    release.set()
    other.join(10)
    assert gc.isenabled()


def test_the_collector_starts_again_after_a_failed_build() -> None:
    try:
        with collector_paused():
            raise ValueError("a build that failed")
    except ValueError:
        pass
    assert gc.isenabled()


def test_only_a_load_freezes_what_was_made() -> None:
    """A merge's working objects are gone when it ends: freezing then would only keep
    garbage made meanwhile for good; a load's corpus is frozen out of future passes."""
    before = gc.get_freeze_count()
    with collector_paused():
        junk = [[] for _ in range(1000)]
    assert gc.get_freeze_count() == before and gc.isenabled()
    with collector_paused(freeze=True):
        kept = [[] for _ in range(1000)]
    assert gc.get_freeze_count() >= before + 1000 and gc.isenabled()
    gc.unfreeze()
    del junk, kept
