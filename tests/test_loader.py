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


def test_what_was_built_is_frozen_out_of_later_passes() -> None:
    """Left in them, a corpus's or a merge's objects would be walked by the next full
    pass, on the GUI thread."""
    before = gc.get_freeze_count()
    with collector_paused():
        kept = [[] for _ in range(1000)]
    assert gc.get_freeze_count() >= before + 1000 and gc.isenabled()
    gc.unfreeze()
    del kept
