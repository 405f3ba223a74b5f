"""Command line: ``viewer extract`` (JSON lines or a table)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Sequence

DEFAULT_CORPUS = "seeds"


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments in one line with status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def _date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="viewer", description="Rare-earth dispute timeline.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    ex = sub.add_parser("extract", help="print the dated events of saved news pages")
    ex.add_argument("paths", nargs="*", metavar="PATH",
                    help=f"files or folders (.txt, .md, .html); default: {DEFAULT_CORPUS}/")
    ex.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD",
                    help="publication date to resolve partial dates against (overrides the page)")
    ex.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    return parser


def main_extract(args: argparse.Namespace) -> int:
    from viewer.core.pipeline import extract_paths

    corpus = extract_paths(args.paths or [DEFAULT_CORPUS], published=args.published)
    for problem in corpus.problems:
        print(f"viewer: {problem}", file=sys.stderr)
    out = sys.stdout
    if args.format == "jsonl":
        for m in corpus.mentions:
            out.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")
    else:
        out.write(format_table(corpus) + "\n")
    return 1 if not corpus.articles else 0


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, width: int) -> str:
    out, used = [], 0
    for c in text:
        w = _width(c)
        if used + w > width:
            break
        out.append(c)
        used += w
    return "".join(out) + " " * (width - used)


def _when(m) -> str:
    if m.start is None:
        return "unresolved"
    if m.precision == "day" and m.start == m.end:
        text = m.start.isoformat()
    elif m.precision == "day":
        text = f"{m.start.isoformat()}..{m.end.isoformat()}"
    elif m.precision == "month":
        text = m.start.strftime("%Y-%m") if m.end.month == m.start.month and m.end.year == m.start.year \
            else f"{m.start:%Y-%m}..{m.end:%Y-%m}"
    else:
        text = str(m.start.year) if m.start.year == m.end.year else f"{m.start.year}..{m.end.year}"
    return text + ("→" if m.open_ended else "")


def format_table(corpus) -> str:
    """An aligned, human-readable view of a corpus's mentions."""
    cols = (("article", 12), ("date", 23), ("text", 18), ("countries", 14), ("label", 44))
    lines = ["  ".join(_fit(name, w) for name, w in cols).rstrip()]
    lines.append("  ".join("-" * w for _, w in cols))
    for m in corpus.mentions:
        row = (m.article, _when(m), m.text, ",".join(m.countries) or "-", m.label)
        lines.append("  ".join(_fit(v, w) for v, (_, w) in zip(row, cols)).rstrip())
    n_art = len(corpus.articles)
    pub = sum(1 for a in corpus.articles if a.published)
    lines.append(f"{len(corpus.mentions)} events from {n_art} articles "
                 f"({pub} with a publication date, {len(corpus.problems)} unreadable)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "extract":
        try:
            return main_extract(args)
        except BrokenPipeError:  # e.g. piped into `head`: stop quietly
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    build_parser().print_help()
    return 2
