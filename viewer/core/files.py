"""Small helpers for files the app writes."""

from __future__ import annotations

import os
import re


def _umask() -> int:
    """The process's umask, read without setting it where the system allows.

    Setting it (os.umask) to read it would, for an instant, give every file another
    thread creates meanwhile (the cache's database and journal) the wrong mode.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            if m := re.search(r"^Umask:\s*([0-7]+)", fh.read(), re.MULTILINE):
                return int(m.group(1), 8)
    except OSError:
        pass
    umask = os.umask(0o022)  # elsewhere: once, when this module is first imported
    os.umask(umask)
    return umask


_FALLBACK_UMASK = None if os.path.exists("/proc/self/status") else _umask()


def usual_mode() -> int:
    """The permissions of a file created the ordinary way here (0666 less the umask).

    ``tempfile.mkstemp`` makes files readable by their owner only (0600); a picture or
    a corrections file renamed into place from one would keep that mode, unlike any
    other file the analyst saves in the same folder.
    """
    umask = _FALLBACK_UMASK if _FALLBACK_UMASK is not None else _umask()
    return 0o666 & ~umask
