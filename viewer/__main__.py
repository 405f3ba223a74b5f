"""``python -m viewer``: the command line (``extract``) and, later, the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from viewer.cli import main as cli_main

    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in ("extract", "-h", "--help"):
        # Until the window exists, launching shows the corpus as a table.
        argv = ["extract", "--format", "table", *argv]
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
