"""Small helpers for files the app writes."""

from __future__ import annotations

import os


def usual_mode() -> int:
    """The permissions of a file created the ordinary way here (0666 less the umask).

    ``tempfile.mkstemp`` makes files readable by their owner only (0600); a picture or
    a corrections file renamed into place from one would keep that mode, unlike any
    other file the analyst saves in the same folder.
    """
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
