"""``python -m viewer``: the desktop app, or a command (``extract``)."""

from __future__ import annotations

import sys

COMMANDS = ("extract", "render")


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen build's worker processes start here
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        from viewer.cli import main as cli_main

        return cli_main(argv)
    from viewer.ui.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
